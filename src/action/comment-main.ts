/**
 * The comment/ sub-action: the second, trusted stage of the fork-safe PR comment. A workflow_run
 * workflow downloads the run artifact(s); this finds each run folder (by its `pr-comment.json`)
 * and RE-RENDERS the comment from that folder's manifest and events with the same renderer the
 * action uses: the artifact comes from untrusted code, so its `pr-comment.md` is never posted.
 * It refuses a folder whose manifest is of another job than its request, or whose head commit is
 * not the triggering run's; the marker is rebuilt from the checked job name and instance.
 */
import { readFileSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { readEventsSync } from '../events/reader.js';
import { renderComment } from '../report/comment.js';
import { credentialsSection } from '../report/credentials.js';
import { readManifest, runFolder } from '../run/run-folder.js';
import { NAME_PATTERN } from '../jobspec/schema.js';
import { OrchestratorError, UsageError, errorMessage } from '../util/errors.js';
import { readRunContext } from './context.js';
import { INSTANCE_PATTERN, commentIdentity } from './naming.js';
import { COMMENT_META_FILE, postComment, type CommentRequest, type CommentRun } from './pr-comment.js';
import type { ActionServices } from './services.js';

export interface PendingComment {
  dir: string;
  jobName: string;
  prNumber: number;
  marker: string;
  body: string;
  headSha?: string;
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

function refuse(file: string, why: string): OrchestratorError {
  return new OrchestratorError('E_COMMENT_INVALID', `${file}: ${why}`);
}

/**
 * Reads and checks every comment request under `root` and renders its comment from the run
 * folder beside it. `prOverride` replaces the PR number; `headSha` (the triggering run's) must
 * match the commit the run recorded, when it recorded one.
 */
export async function readPendingComments(
  root: string,
  prOverride?: number,
  headSha?: string,
): Promise<PendingComment[]> {
  const metas = await findMetaFiles(root);
  const out: PendingComment[] = [];
  for (const file of metas) {
    const req = JSON.parse(await readFile(file, 'utf8')) as Partial<CommentRequest>;
    const jobName = req.job_name;
    if (typeof jobName !== 'string' || !NAME_PATTERN.test(jobName))
      throw refuse(file, 'job_name is missing or invalid');
    const instance = req.instance ?? '';
    if (typeof instance !== 'string' || (instance !== '' && !INSTANCE_PATTERN.test(instance)))
      throw refuse(file, 'instance is invalid');
    const prNumber = prOverride ?? req.pr_number;
    if (prNumber === null || prNumber === undefined) continue; // the run was not for a pull request
    if (!Number.isInteger(prNumber) || prNumber <= 0) throw refuse(file, 'pr_number must be a positive integer');
    if (headSha && req.head_sha !== undefined && req.head_sha !== headSha) {
      throw refuse(
        file,
        `the run was for commit ${String(req.head_sha).slice(0, 12)}, not the triggering run's ${headSha.slice(0, 12)}`,
      );
    }
    const runDir = dirname(file);
    let manifest;
    try {
      manifest = await readManifest(runDir);
    } catch (e) {
      throw refuse(
        file,
        `no readable manifest beside it (${errorMessage(e)}); the comment is rendered from the run, not from ` +
          `a body file`,
      );
    }
    if (manifest.job_name !== jobName)
      throw refuse(file, `the run folder holds job "${String(manifest.job_name)}", not "${jobName}"`);
    // The marker is rebuilt from the checked job name and instance: an artifact cannot make us edit someone else's
    // comment.
    const marker = commentIdentity(jobName, instance);
    const body =
      renderComment(manifest, readEventsSync(runFolder(runDir).events).events) + credentialsSection(manifest);
    out.push({ dir: runDir, jobName, prNumber, marker, body, headSha: req.head_sha });
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
    if (prRaw && !/^[1-9]\d*$/.test(prRaw))
      throw new UsageError('E_ACTION_INPUT', `input "pr-number" must be a positive integer; got "${prRaw}"`);
    const ctx = readRunContext(svc.env);
    const trigger = readWorkflowRun(svc.env.GITHUB_EVENT_PATH);
    const headSha = trigger.headSha;
    const pending = await readPendingComments(resolve(ctx.workspace, path), prRaw ? Number(prRaw) : undefined, headSha);
    if (pending.length === 0) {
      core.notice(`No PR comment to post under ${path} (no ${COMMENT_META_FILE} with a pull request number)`);
      core.setOutput('posted', 0);
      return;
    }
    const octokit = await svc.github(token);
    // Ordering comes from the trusted event, never from the artifact (a forged huge run id would
    // freeze the comment).
    const run: CommentRun | undefined = trigger.runId
      ? { runId: trigger.runId, attempt: trigger.attempt ?? 1, headSha }
      : undefined;
    let posted = 0;
    for (const c of pending) {
      if (headSha) {
        const pr = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: c.prNumber });
        if (pr.data.head.sha !== headSha) {
          core.warning(
            `Not commenting on #${c.prNumber}: its head ${pr.data.head.sha.slice(0, 7)} is not the workflow ` +
              `run's head ${headSha.slice(0, 7)}`,
          );
          continue;
        }
      }
      const res = await postComment(
        octokit,
        core,
        { owner: ctx.owner, repo: ctx.repo, issueNumber: c.prNumber, marker: c.marker },
        c.body,
        { run },
      );
      if (res !== 'forbidden' && res !== 'stale') posted++;
    }
    core.setOutput('posted', posted);
  } catch (e) {
    core.setFailed(`orchestrator comment: ${errorMessage(e)}`);
  }
}

function readWorkflowRun(eventPath: string | undefined): { headSha?: string; runId?: number; attempt?: number } {
  if (!eventPath) return {};
  try {
    const wr = (
      JSON.parse(readFileSync(eventPath, 'utf8')) as {
        workflow_run?: { head_sha?: unknown; id?: unknown; run_attempt?: unknown };
      }
    ).workflow_run;
    return {
      headSha: typeof wr?.head_sha === 'string' ? wr.head_sha : undefined,
      runId: typeof wr?.id === 'number' ? wr.id : undefined,
      attempt: typeof wr?.run_attempt === 'number' ? wr.run_attempt : undefined,
    };
  } catch {
    return {};
  }
}
