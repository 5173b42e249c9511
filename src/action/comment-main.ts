/**
 * The comment/ sub-action: the second, trusted stage of the fork-safe PR comment. A workflow_run
 * workflow downloads the run artifact(s) and this posts each `pr-comment.md` found there, using
 * `pr-comment.json` for the PR number and marker. The artifact comes from untrusted code, so
 * every field is checked and, for workflow_run events, the PR must belong to the triggering run's
 * head commit.
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { NAME_PATTERN } from '../spec/schema.js';
import { COMMENT_LIMIT_CHARS, commentMarker } from '../report/comment.js';
import { OrchestratorError, UsageError, errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { COMMENT_BODY_FILE, COMMENT_META_FILE, postComment, type CommentRequest } from './pr-comment.js';
import type { ActionServices } from './services.js';

export interface PendingComment {
  dir: string;
  jobName: string;
  prNumber: number;
  marker: string;
  body: string;
}

async function findMetaFiles(root: string, depth = 3): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const p = join(root, entry.name);
    if (entry.isFile() && entry.name === COMMENT_META_FILE) out.push(p);
    else if (entry.isDirectory() && depth > 0) out.push(...(await findMetaFiles(p, depth - 1)));
  }
  return out.sort();
}

/** Reads and checks every comment request under `root`; `prOverride` replaces the PR number. */
export async function readPendingComments(root: string, prOverride?: number): Promise<PendingComment[]> {
  const metas = await findMetaFiles(root);
  const out: PendingComment[] = [];
  for (const file of metas) {
    const req = JSON.parse(await readFile(file, 'utf8')) as Partial<CommentRequest>;
    const jobName = req.job_name;
    if (typeof jobName !== 'string' || !NAME_PATTERN.test(jobName)) throw new OrchestratorError('E_COMMENT_INVALID', `${file}: job_name is missing or invalid`);
    const prNumber = prOverride ?? req.pr_number;
    if (prNumber === null || prNumber === undefined) continue; // the run was not for a pull request
    if (!Number.isInteger(prNumber) || prNumber <= 0) throw new OrchestratorError('E_COMMENT_INVALID', `${file}: pr_number must be a positive integer`);
    // The marker is rebuilt from the job name: an artifact cannot make us edit someone else's comment.
    const marker = commentMarker(jobName);
    let body = await readFile(join(dirname(file), COMMENT_BODY_FILE), 'utf8');
    if (!body.startsWith(marker)) body = `${marker}\n${body.split(marker).join('')}`;
    if (body.length > COMMENT_LIMIT_CHARS) body = `${body.slice(0, COMMENT_LIMIT_CHARS - 40)}\n\n… (comment truncated)\n`;
    out.push({ dir: dirname(file), jobName, prNumber, marker, body });
  }
  return out;
}

export async function runComment(services?: ActionServices): Promise<void> {
  const svc = services ?? (await (await import('./github-services.js')).githubServices());
  const { core } = svc;
  try {
    const path = core.getInput('path').trim() || '.';
    const token = core.getInput('github-token').trim();
    const prRaw = core.getInput('pr-number').trim();
    if (token) core.setSecret(token);
    if (!token) throw new UsageError('E_ACTION_INPUT', 'input "github-token" is required');
    if (prRaw && !/^[1-9]\d*$/.test(prRaw)) throw new UsageError('E_ACTION_INPUT', `input "pr-number" must be a positive integer; got "${prRaw}"`);
    const ctx = readRunContext(svc.env);
    const pending = await readPendingComments(resolve(ctx.workspace, path), prRaw ? Number(prRaw) : undefined);
    if (pending.length === 0) {
      core.notice(`No PR comment to post under ${path} (no ${COMMENT_META_FILE} with a pull request number)`);
      core.setOutput('posted', 0);
      return;
    }
    const octokit = await svc.github(token);
    const headSha = readWorkflowRunHeadSha(svc.env.GITHUB_EVENT_PATH);
    let posted = 0;
    for (const c of pending) {
      if (headSha) {
        const pr = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: c.prNumber });
        if (pr.data.head.sha !== headSha) {
          core.warning(`Not commenting on #${c.prNumber}: its head ${pr.data.head.sha.slice(0, 7)} is not the workflow run's head ${headSha.slice(0, 7)}`);
          continue;
        }
      }
      const res = await postComment(octokit, core, { owner: ctx.owner, repo: ctx.repo, issueNumber: c.prNumber, marker: c.marker }, c.body);
      if (res !== 'forbidden') posted++;
    }
    core.setOutput('posted', posted);
  } catch (e) {
    core.setFailed(`orchestrator comment: ${errorMessage(e)}`);
  }
}

function readWorkflowRunHeadSha(eventPath: string | undefined): string | undefined {
  if (!eventPath) return undefined;
  try {
    return (JSON.parse(readFileSync(eventPath, 'utf8')) as { workflow_run?: { head_sha?: string } }).workflow_run?.head_sha;
  } catch {
    return undefined;
  }
}
