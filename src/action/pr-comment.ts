/**
 * The sticky PR comment: found by its hidden marker (first line) and its author among the PR's
 * comments (all pages) and updated in place, else created. A second hidden line records the run
 * that wrote it, so a slow older run never overwrites a newer one. A read-only token (fork PRs)
 * is a notice, not a failure.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
import { runFolder, RUN_FILES } from '../run/run-folder.js';
import type { CoreLike, Octokit } from './services.js';

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
}

/** What the action leaves in the run folder for the fork-safe second stage (comment/). */
export interface CommentRequest {
  job_name: string;
  pr_number: number | null;
  marker: string;
  instance?: string;
  github_job?: string;
  run_id?: string;
  run_attempt?: number;
  head_sha?: string;
}

export const COMMENT_BODY_FILE = RUN_FILES.prComment;
export const COMMENT_META_FILE = 'pr-comment.json';

export async function writeCommentFiles(runDir: string, request: CommentRequest, body: string): Promise<void> {
  await mkdir(runDir, { recursive: true });
  await writeFile(runFolder(runDir).prComment, body);
  await writeFile(join(runDir, COMMENT_META_FILE), `${JSON.stringify(request, null, 2)}\n`);
}

/** Which run wrote a comment: kept in a second hidden line so an older run never overwrites a newer one. */
export interface CommentRun {
  runId: number;
  attempt: number;
  headSha?: string;
}

const RUN_LINE = /<!-- orchestrator-action-run: run=(\d+) attempt=(\d+)(?: sha=([0-9a-f]{7,64}))? -->/;

export function runLine(run: CommentRun): string {
  return (
    `<!-- orchestrator-action-run: run=${run.runId} ` +
    `attempt=${run.attempt}${run.headSha && /^[0-9a-f]{7,64}$/.test(run.headSha) ? ` sha=${run.headSha}` : ''} ` +
    `-->`
  );
}

export function parseRunLine(body: string): CommentRun | undefined {
  const m = RUN_LINE.exec(body);
  return m ? { runId: Number(m[1]), attempt: Number(m[2]), headSha: m[3] } : undefined;
}

function isNewer(a: CommentRun, b: CommentRun): boolean {
  return a.runId > b.runId || (a.runId === b.runId && a.attempt > b.attempt);
}

/** The body as posted: identity marker, run line, then the rendered comment without any marker of its own. */
export function commentText(marker: string, run: CommentRun | undefined, body: string): string {
  const cleaned = body.replace(/<!-- orchestrator-action[^>]*-->\n?/g, '');
  return `${marker}\n${run ? `${runLine(run)}\n` : ''}${cleaned}`;
}

/** GitHub's login for comments made with a workflow's GITHUB_TOKEN (GET /user is refused to it). */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/** The token's login: GET /user for a user or app token; installation tokens cannot call it. */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch {
    return ACTIONS_BOT_LOGIN;
  }
}

export type UpsertAction = 'created' | 'updated' | 'recreated' | 'superseded' | 'stale';

/** update: edit in place; recreate: delete and post anew; hide-old: post anew and minimize the old one as outdated. */
export type CommentMode = 'update' | 'recreate' | 'hide-old';

/** GitHub's GraphQL mutation behind "Hide -> Outdated" in the UI (REST has no equivalent). */
const MINIMIZE =
  'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment ' +
  '{ isMinimized } } }';

/**
 * Finds our comment (marker AND author: someone else's comment holding the marker is left alone),
 * then updates it, or deletes and re-posts it (`recreate`), unless it was written by a newer run.
 */
export async function upsertComment(
  octokit: Octokit,
  target: CommentTarget,
  body: string,
  opts: { run?: CommentRun; mode?: CommentMode; author?: string } = {},
): Promise<{ action: UpsertAction; id: number; url?: string }> {
  const { owner, repo, issueNumber, marker } = target;
  const author = opts.author ?? (await tokenLogin(octokit));
  const text = commentText(marker, opts.run, body);
  let found: { id: number; nodeId: string; body: string } | undefined;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
    owner,
    repo,
    issue_number: issueNumber,
    per_page: 100,
  })) {
    // The newest of ours wins: with hide-old, older ones stay on the PR, minimized.
    for (const c of page.data) {
      if (typeof c.body === 'string' && c.body.split('\n', 1)[0] === marker && c.user?.login === author)
        found = { id: c.id, nodeId: c.node_id, body: c.body };
    }
  }
  if (found) {
    const theirs = parseRunLine(found.body);
    if (opts.run && theirs && isNewer(theirs, opts.run)) return { action: 'stale', id: found.id };
    if (opts.mode === undefined || opts.mode === 'update') {
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body: text });
      return { action: 'updated', id: found.id, url: res.data.html_url };
    }
    if (opts.mode === 'recreate') await octokit.rest.issues.deleteComment({ owner, repo, comment_id: found.id });
  }
  const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
  if (found && opts.mode === 'hide-old') {
    // Posted first, hidden second: a failure here leaves two visible comments, never none.
    await octokit.graphql(MINIMIZE, { id: found.nodeId });
    return { action: 'superseded', id: res.data.id, url: res.data.html_url };
  }
  return { action: found ? 'recreated' : 'created', id: res.data.id, url: res.data.html_url };
}

export function isReadOnlyTokenError(e: unknown): boolean {
  const status = (e as { status?: unknown })?.status;
  return status === 403 || /Resource not accessible by integration/i.test(errorMessage(e));
}

/** Posts or updates the comment; a token without write access gets a notice and 'forbidden'. */
export async function postComment(
  octokit: Octokit,
  core: CoreLike,
  target: CommentTarget,
  body: string,
  opts: { run?: CommentRun; mode?: CommentMode } = {},
): Promise<UpsertAction | 'forbidden'> {
  try {
    const res = await upsertComment(octokit, target, body, opts);
    if (res.action === 'stale') {
      core.notice(`PR comment left as is: #${target.issueNumber}'s comment was written by a newer run`, {
        title: 'orchestrator: PR comment not updated',
      });
      return 'stale';
    }
    core.info(`PR comment ${res.action}${res.url ? `: ${res.url}` : ''}`);
    return res.action;
  } catch (e) {
    if (isReadOnlyTokenError(e)) {
      core.notice(
        `PR comment skipped: the token cannot write to #${target.issueNumber} (${errorMessage(e)}). ` +
          'Pull requests from forks get a read-only token; post the comment from a workflow_run workflow ' +
          'with the comment/ action.',
        { title: 'orchestrator: PR comment skipped' },
      );
      return 'forbidden';
    }
    throw e;
  }
}
