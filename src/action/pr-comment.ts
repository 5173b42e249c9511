/**
 * The sticky PR comment: found by its hidden marker among the PR's comments (all pages) and
 * updated in place, else created. A read-only token (fork PRs) is a notice, not a failure.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errorMessage } from '../util/errors.js';
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
}

export const COMMENT_BODY_FILE = 'pr-comment.md';
export const COMMENT_META_FILE = 'pr-comment.json';

export async function writeCommentFiles(runDir: string, request: CommentRequest, body: string): Promise<void> {
  await mkdir(runDir, { recursive: true });
  await writeFile(join(runDir, COMMENT_BODY_FILE), body);
  await writeFile(join(runDir, COMMENT_META_FILE), `${JSON.stringify(request, null, 2)}\n`);
}

export async function upsertComment(octokit: Octokit, target: CommentTarget, body: string): Promise<{ action: 'created' | 'updated'; id: number; url?: string }> {
  const { owner, repo, issueNumber, marker } = target;
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 })) {
    const found = page.data.find((c) => typeof c.body === 'string' && c.body.includes(marker));
    if (found) {
      const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body: text });
      return { action: 'updated', id: found.id, url: res.data.html_url };
    }
  }
  const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
  return { action: 'created', id: res.data.id, url: res.data.html_url };
}

export function isReadOnlyTokenError(e: unknown): boolean {
  const status = (e as { status?: unknown })?.status;
  return status === 403 || /Resource not accessible by integration/i.test(errorMessage(e));
}

/** Posts or updates the comment; a token without write access gets a notice and 'forbidden'. */
export async function postComment(octokit: Octokit, core: CoreLike, target: CommentTarget, body: string): Promise<'created' | 'updated' | 'forbidden'> {
  try {
    const res = await upsertComment(octokit, target, body);
    core.info(`PR comment ${res.action}${res.url ? `: ${res.url}` : ''}`);
    return res.action;
  } catch (e) {
    if (isReadOnlyTokenError(e)) {
      core.notice(
        `PR comment skipped: the token cannot write to #${target.issueNumber} (${errorMessage(e)}). ` +
          'Pull requests from forks get a read-only token; post the comment from a workflow_run workflow with the comment/ action.',
        { title: 'orchestrator: PR comment skipped' },
      );
      return 'forbidden';
    }
    throw e;
  }
}
