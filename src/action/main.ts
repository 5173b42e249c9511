/**
 * The action: parse inputs once, restore the cache, fetch the previous attempt's run when
 * re-running, run the engine, then summary -> artifact -> cache save -> PR comment -> outputs.
 * Collaborators come in through ActionServices so tests drive this without module mocks.
 */
import { join, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { LocalCacheStore } from '../cache/local-store.js';
import { runJob } from '../engine/run.js';
import { readEventsSync } from '../events/reader.js';
import { secretValues } from '../providers/secrets.js';
import type { Manifest } from '../run/manifest-types.js';
import { loadSpec } from '../spec/load.js';
import { SpecError, errorMessage, isOrchestratorError } from '../util/errors.js';
import { restoreCacheFolder, saveCacheFolder } from './cache-sync.js';
import { readRunContext, type RunContext } from './context.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { StepLogGroups } from './log-groups.js';
import { artifactName, cacheKeys } from './naming.js';
import { postComment, writeCommentFiles } from './pr-comment.js';
import { fetchPreviousRun, uploadRunFolder } from './run-artifact.js';
import type { ActionServices, CoreLike } from './services.js';

export interface RunOptions {
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export async function run(services?: ActionServices, options: RunOptions = {}): Promise<void> {
  const svc = services ?? (await (await import('./services.js')).realServices());
  const { core } = svc;
  try {
    const inputs = parseInputs((name) => core.getInput(name));
    if (inputs.githubToken) core.setSecret(inputs.githubToken);
    await runAction(svc, inputs, readRunContext(svc.env), options);
  } catch (e) {
    reportFatal(core, e);
  }
}

function reportFatal(core: CoreLike, e: unknown): void {
  if (e instanceof SpecError) {
    for (const issue of e.issues) core.error(issue.message, { title: 'orchestrator: invalid job spec', file: issue.file, startLine: issue.line });
  }
  const code = isOrchestratorError(e) ? `[${e.code}] ` : '';
  const hint = isOrchestratorError(e) && e.hint ? `\nhint: ${e.hint}` : '';
  if (!isOrchestratorError(e) && e instanceof Error && e.stack) core.debug(e.stack);
  core.setFailed(`orchestrator: ${code}${errorMessage(e)}${hint}`);
}

async function runAction(svc: ActionServices, inputs: ActionInputs, ctx: RunContext, options: RunOptions): Promise<void> {
  const { core, env } = svc;
  const workDir = resolve(ctx.workspace, inputs.workingDirectory);
  const runsDir = resolve(workDir, inputs.runsDir);
  const loaded = await loadSpec(resolve(workDir, inputs.spec));
  const jobName = loaded.spec.name;
  for (const secret of secretValues(loaded.spec, env)) core.setSecret(secret);
  const notes: string[] = [];

  // 1. Cache: restore the folder the engine reads and writes.
  const keys = cacheKeys(inputs.cacheKeyPrefix, jobName, loaded.sha256, ctx.runId, ctx.runAttempt);
  const cacheService = inputs.cache && svc.cache.isAvailable();
  let store: LocalCacheStore | null = null;
  if (inputs.cache) {
    store = new LocalCacheStore(resolve(workDir, '.orchestrator', 'cache'));
    if (cacheService) {
      const restored = await restoreCacheFolder(svc.cache, core, store.dir, keys);
      if (restored.matchedKey) notes.push(`Cache restored from \`${restored.matchedKey}\`.`);
    } else {
      core.info('Cache service not available: the cache folder is used locally only');
    }
  }

  // 2. Resume: on a re-run, continue the previous attempt's run from its artifact.
  let jobId: string | undefined;
  let resume = false;
  if (inputs.resume === 'always' || (inputs.resume === 'auto' && ctx.runAttempt > 1)) {
    try {
      const fetched = await fetchPreviousRun(await svc.artifacts(), core, {
        jobName, githubJob: ctx.job, runAttempt: ctx.runAttempt, runsDir, tempDir: join(ctx.tempDir, `orchestrator-${process.pid}`),
      });
      if (fetched) {
        jobId = fetched.jobId;
        resume = true;
        notes.push(`Resumed run \`${fetched.jobId}\` from attempt ${fetched.attempt} (artifact \`${fetched.artifactName}\`).`);
      } else {
        core.notice(`No run artifact from an earlier attempt of ${jobName}; starting a fresh run`, { title: 'orchestrator: fresh run' });
      }
    } catch (e) {
      core.warning(`Could not resume from the previous attempt, starting a fresh run: ${errorMessage(e)}`, { title: 'orchestrator: resume failed' });
    }
  }

  // 3. The run.
  const logs = new StepLogGroups(core);
  const result = await runJob({
    loaded,
    runsDir,
    jobId,
    resume,
    cache: store,
    concurrency: inputs.concurrency,
    ...(inputs.budgetUsd !== undefined ? { budget: { usd: inputs.budgetUsd } } : {}),
    env,
    signal: options.signal,
    onEvent: logs.onEvent,
    secrets: inputs.githubToken ? [inputs.githubToken] : [],
    attempt: ctx.runAttempt,
  });
  const manifest = result.manifest;
  const events = readEventsSync(join(result.runDir, 'events.jsonl')).events;
  for (const id of manifest.failed_steps) {
    const err = manifest.steps[id]?.error;
    core.error(err ? `[${err.code}] ${err.message}${err.hint ? `\nhint: ${err.hint}` : ''}` : 'step failed', { title: `orchestrator: step ${id} failed` });
  }

  // 4. Golden check.
  // Loaded only when asked for: it brings the diff library.
  const golden = inputs.golden ? await (await import('../engine/golden.js')).compareGolden(result.outputsDir, resolve(workDir, inputs.golden)) : undefined;
  const goldenDiffFile = join(result.runDir, 'golden.diff');
  if (golden?.drift) await writeFile(goldenDiffFile, golden.diff);

  const failed = result.status !== 'succeeded' || golden?.drift === true;
  const upload = inputs.uploadArtifact === 'always' || (inputs.uploadArtifact === 'on-failure' && failed);
  const name = artifactName(jobName, ctx.job, ctx.runAttempt);

  // 5. Summary, and the comment body left in the run folder (for the fork-safe second stage).
  const { renderSummary } = await import('../report/summary.js');
  const { renderComment, commentMarker } = await import('../report/comment.js');
  const reportOptions = { runUrl: ctx.runUrl, artifactName: upload ? name : undefined, golden };
  if (inputs.summary) {
    try {
      await core.appendSummary(renderSummary(manifest, events, { ...reportOptions, notes }));
    } catch (e) {
      core.warning(`Could not write the job summary: ${errorMessage(e)}`);
    }
  }
  const marker = commentMarker(jobName);
  const commentBody = renderComment(manifest, events, reportOptions);
  await writeCommentFiles(result.runDir, { job_name: jobName, pr_number: ctx.prNumber ?? null, marker }, commentBody);

  // 6. Artifact.
  let uploadedName = '';
  if (upload) {
    try {
      await uploadRunFolder(await svc.artifacts(), name, result.runDir, inputs.artifactRetentionDays);
      uploadedName = name;
      core.info(`Run folder uploaded as artifact ${name}`);
    } catch (e) {
      core.warning(`Could not upload the run folder as artifact ${name}: ${errorMessage(e)}`);
    }
  }

  // 7. Cache save, failed runs included.
  if (store && cacheService) {
    const completedKeys = Object.values(manifest.steps).flatMap((s) => (s.status === 'succeeded' && s.cache_key ? [s.cache_key] : []));
    await saveCacheFolder(svc.cache, core, store, keys, completedKeys);
  }

  // 8. PR comment.
  const wantComment = inputs.comment === 'always' || (inputs.comment === 'auto' && ctx.prNumber !== undefined);
  if (wantComment) {
    if (ctx.prNumber === undefined) core.notice('comment: always, but this run is not for a pull request; no comment posted');
    else if (!inputs.githubToken) core.notice('No github-token: PR comment skipped');
    else {
      try {
        await postComment(await svc.github(inputs.githubToken), core, { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber, marker }, commentBody);
      } catch (e) {
        core.warning(`Could not post the PR comment: ${errorMessage(e)}`);
      }
    }
  }

  // 9. Outputs and the verdict.
  setOutputs(core, manifest, result.runDir, result.outputsDir, uploadedName);
  core.setOutput('golden-drift', golden ? String(golden.drift) : '');
  core.setOutput('golden-diff', golden?.drift ? goldenDiffFile : '');
  if (result.status !== 'succeeded') {
    const list = manifest.failed_steps.length ? `: ${manifest.failed_steps.length} step(s) failed (${manifest.failed_steps.slice(0, 10).join(', ')}${manifest.failed_steps.length > 10 ? ', ...' : ''})` : '';
    core.setFailed(`orchestrator: job ${jobName} ${result.status}${list}`);
  } else if (golden?.drift) {
    core.setFailed(`orchestrator: golden outputs drifted (${golden.changed.length} changed, ${golden.missing.length} missing, ${golden.extra.length} extra); see the job summary for the diff`);
  }
}

function setOutputs(core: CoreLike, m: Manifest, runDir: string, outputsDir: string, artifact: string): void {
  core.setOutput('job-id', m.job_id);
  core.setOutput('job-name', m.job_name);
  core.setOutput('status', m.status);
  core.setOutput('run-dir', runDir);
  core.setOutput('outputs-dir', outputsDir);
  core.setOutput('cache-hits', m.totals.cache_hits);
  core.setOutput('cache-misses', m.totals.cache_misses);
  core.setOutput('failed-steps', JSON.stringify(m.failed_steps));
  core.setOutput('cost-usd', String(Math.round(m.totals.cost_usd * 1e6) / 1e6));
  core.setOutput('artifact-name', artifact);
}
