/**
 * The action in two halves. `prepareAndRun` parses the spec, restores the cache, fetches the
 * previous attempt's run on a re-run and runs the engine; anything it throws is kept, not raised.
 * `tail` then ALWAYS runs, whatever happened: summary, comment files, artifact, cache save, PR
 * comment, outputs, and only then the verdict (7.8). Collaborators come in through ActionServices
 * so tests drive this without module mocks.
 */
import { credentialsOptions } from './credentials-mode.js';
import { goldenWithoutCredentials } from './golden-unmeasured.js';
import { credentialsSection } from '../report/credentials.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { LocalCacheStore } from '../cache/local-store.js';
import { readSpendRecords } from '../cache/spend-records.js';
import { legsSpendLine } from '../report/budget-lines.js';
import { runJob } from '../engine/run.js';
import { readEventsSync } from '../events/reader.js';
import type { OrchestratorEvent } from '../events/types.js';
import { namedSecrets } from '../providers/secrets.js';
import type { GoldenResult } from '../report/summary.js';
import type { Manifest } from '../run/manifest-types.js';
import { readManifest, runFolder, runPaths } from '../run/run-folder.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import { loadSpec } from '../jobspec/load.js';
import { actionInputValues, resolveInputs } from '../jobspec/inputs.js';
import { SpecError, errorMessage, isOrchestratorError } from '../util/errors.js';
import { Redactor, secretVariants } from '../util/redact.js';
import { restoreCacheFolder, saveCacheFolder } from './cache-sync.js';
import { readRunContext, type RunContext } from './context.js';
import { parseInputs, type ActionInputs } from './inputs.js';
import { StepLogGroups } from './log-groups.js';
import { artifactName, cacheKeys, commentIdentity, type CacheKeys } from './naming.js';
import { cacheCounts, pickResult, readResult, stepsOutput } from './outputs.js';
import { postComment, writeCommentFiles } from './pr-comment.js';
import { fetchPreviousRun, uploadRunFolder, writeGithubRecord } from './run-artifact.js';
import type { ActionServices, CoreLike, FindBy } from './services.js';

export interface RunOptions {
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM). */
  signal?: AbortSignal;
}

export async function run(services?: ActionServices, options: RunOptions = {}): Promise<void> {
  const svc = services ?? (await (await import('./services.js')).realServices());
  const { core } = svc;
  let inputs: ActionInputs;
  try {
    inputs = parseInputs((name) => core.getInput(name));
  } catch (e) {
    // Bad inputs: nothing was run, there is nothing to summarise beyond the error.
    reportFatal(core, e, new Redactor([]));
    return;
  }
  // Every form the redactor masks is masked in the log too.
  if (inputs.githubToken) for (const v of secretVariants(inputs.githubToken)) core.setSecret(v);
  const ctx = readRunContext(svc.env);
  if (inputs.planShards !== undefined) {
    // The plan job of a matrix: nothing runs, so there is nothing for the tail to report.
    try {
      await (
        await import('./shards.js')
      ).planMatrixOutput(core, inputs, resolve(ctx.workspace, inputs.workingDirectory));
    } catch (e) {
      reportFatal(core, e, new Redactor([]));
    }
    return;
  }
  const state: RunState = { notes: [], events: [] };
  try {
    await prepareAndRun(svc, inputs, ctx, options, state);
  } catch (e) {
    state.error = e;
  }
  if (state.emptyShard) {
    core.info('This shard owns no steps (more shards than steps): nothing to run');
    core.setOutput('status', 'succeeded');
    return;
  }
  await tail(svc, inputs, ctx, state);
}

/** What the first half got to; the tail works from whatever is there. */
interface RunState {
  loaded?: LoadedSpec;
  /** Known from the first event on, so a run that throws later still has its folder. */
  jobId?: string;
  runsDir?: string;
  manifest?: Manifest;
  events: OrchestratorEvent[];
  store?: LocalCacheStore;
  keys?: CacheKeys;
  cacheService?: boolean;
  golden?: GoldenResult;
  goldenDiffFile?: string;
  goldenHistory?: import('./golden-history.js').GoldenHistoryResult;
  /** Golden files a run without credentials did not produce. */
  goldenUnmeasured?: string[];
  notes: string[];
  /** A throw from setup or the engine (a missing key, a spec error, a bug). */
  error?: unknown;
  /** `shard` named a shard that owns no steps. */
  emptyShard?: boolean;
}

function redactorFor(svc: ActionServices, inputs: ActionInputs, state: RunState): Redactor {
  const secrets = state.loaded ? namedSecrets(state.loaded.spec, svc.env) : [];
  return new Redactor([...secrets, ...(inputs.githubToken ? [inputs.githubToken] : [])]);
}

function annotateError(core: CoreLike, e: unknown, redact: Redactor): void {
  if (e instanceof SpecError) {
    for (const issue of e.issues)
      core.error(redact.apply(issue.message), {
        title: 'orchestrator: invalid job spec',
        file: issue.file,
        startLine: issue.line,
      });
  }
  if (!isOrchestratorError(e) && e instanceof Error && e.stack) core.debug(redact.apply(e.stack));
}

function reportFatal(core: CoreLike, e: unknown, redact: Redactor): void {
  annotateError(core, e, redact);
  core.setFailed(`orchestrator: ${redact.apply(describeError(e))}`);
}

function describeError(e: unknown): string {
  const code = isOrchestratorError(e) ? `[${e.code}] ` : '';
  const hint = isOrchestratorError(e) && e.hint ? `\nhint: ${e.hint}` : '';
  return `${code}${errorMessage(e)}${hint}`;
}

async function prepareAndRun(
  svc: ActionServices,
  inputs: ActionInputs,
  ctx: RunContext,
  options: RunOptions,
  state: RunState,
): Promise<void> {
  const { core, env } = svc;
  const workDir = resolve(ctx.workspace, inputs.workingDirectory);
  state.runsDir = resolve(workDir, inputs.runsDir);
  // Job input values from the action inputs `inputs` and `input-files` (docs/reference.md: Inputs from outside).
  const loaded = resolveInputs(
    await loadSpec(resolve(workDir, inputs.spec)),
    actionInputValues(inputs.inputs ?? '', inputs.inputFiles ?? '', workDir),
    {
      face: 'action',
    },
  );
  state.loaded = loaded;
  const jobName = loaded.spec.name;
  for (const { value } of namedSecrets(loaded.spec, env)) for (const v of secretVariants(value)) core.setSecret(v);
  // The offline doctor before the first step: its problems head the summary.
  state.notes.unshift(...(await (await import('./preflight.js')).preflightNotes(loaded.spec.providers, env)));

  // 1. Cache: restore the folder the engine reads and writes.
  state.keys = cacheKeys(inputs.cacheKeyPrefix, jobName, loaded.sha256, ctx.runId, ctx.runAttempt, inputs.instance);
  // A shard also starts from what the matrix's finish job saved (no instance): the whole job's cache.
  if (inputs.shard)
    state.keys.restore.push(
      ...cacheKeys(inputs.cacheKeyPrefix, jobName, loaded.sha256, ctx.runId, ctx.runAttempt).restore,
    );
  const shards =
    inputs.shard || inputs.cacheFrom.length || inputs.cacheExport ? await import('./shards.js') : undefined;
  let only: string[] | undefined;
  let budgetUsd = inputs.budgetUsd;
  // A leg's share of the job's budget is enforced strictly: the legs together stay within the whole.
  let budgetIsShare = false;
  if (inputs.shard) {
    const whole = inputs.budgetUsd ?? loaded.spec.budget?.usd;
    const mine = await shards!.shardSteps(
      loaded,
      inputs.shard,
      [state.runsDir!, resolve(workDir, '.orchestrator', 'cache')],
      whole,
    );
    only = mine.units;
    if (only.length === 0) {
      state.emptyShard = true;
      return;
    }
    state.notes.push(
      `Shard ${inputs.shard.index}/${inputs.shard.total}: ${only.length} step${only.length === 1 ? '' : 's'} ` +
        `and what they need.`,
    );
    if (mine.budgetUsd !== undefined) {
      budgetUsd = mine.budgetUsd;
      budgetIsShare = true;
      state.notes.push(`Budget: this shard's share is $${mine.budgetUsd} of the job's $${whole} (by planned cost).`);
    }
  }
  state.cacheService = inputs.cache && svc.cache.isAvailable();
  if (inputs.cache) {
    state.store = new LocalCacheStore(resolve(workDir, '.orchestrator', 'cache'));
    if (state.cacheService) {
      const restored = await restoreCacheFolder(svc.cache, core, state.store.dir, state.keys);
      if (restored.matchedKey) state.notes.push(`Cache restored from \`${restored.matchedKey}\`.`);
    } else {
      core.info('Cache service not available: the cache folder is used locally only');
    }
    if (inputs.cacheFrom.length) {
      const n = await shards!.importCacheFrom(core, inputs.cacheFrom, workDir, state.store.dir);
      state.notes.push(`${n} cache entr${n === 1 ? 'y' : 'ies'} merged in from \`${inputs.cacheFrom.join('`, `')}\`.`);
      const legs = legsSpendLine(readSpendRecords(state.store.dir), inputs.budgetUsd ?? loaded.spec.budget?.usd);
      if (legs) state.notes.push(`${legs}.`);
    }
  }

  // 2. Resume: on a re-run, continue the previous attempt's run from its artifact.
  let jobId: string | undefined;
  let resume = false;
  if (inputs.resume === 'always' || (inputs.resume === 'auto' && ctx.runAttempt > 1)) {
    try {
      const client = await resumeClient(svc, inputs, ctx);
      const fetched = await fetchPreviousRun(client, core, {
        jobName,
        githubJob: ctx.job,
        instance: inputs.instance,
        repository: `${ctx.owner}/${ctx.repo}`,
        runId: ctx.runId,
        runAttempt: ctx.runAttempt,
        runsDir: state.runsDir,
        tempDir: join(ctx.tempDir, `orchestrator-${process.pid}`),
      });
      if (fetched) {
        jobId = fetched.jobId;
        resume = true;
        state.notes.push(
          `Resumed run \`${fetched.jobId}\` from attempt ${fetched.attempt} (artifact \`${fetched.artifactName}\`).`,
        );
      } else {
        core.notice(`No run artifact from an earlier attempt of ${jobName}; starting a fresh run`, {
          title: 'orchestrator: fresh run',
        });
      }
    } catch (e) {
      core.warning(`Could not resume from the previous attempt, starting a fresh run: ${errorMessage(e)}`, {
        title: 'orchestrator: resume failed',
      });
    }
  }

  // 3. The cost plan, before any call (input plan-cost).
  if (inputs.planCost && inputs.summary) {
    await (
      await import('./cost-plan-summary.js')
    ).writeCostPlan({
      core,
      loaded,
      store: state.store,
      env,
      budgetUsd: inputs.budgetUsd,
      redact: redactorFor(svc, inputs, state),
    });
  }

  // 4. The run.
  const logs = new StepLogGroups(core);
  const result = await runJob({
    loaded,
    runsDir: state.runsDir,
    jobId,
    resume,
    cache: state.store ?? null,
    concurrency: inputs.concurrency,
    only,
    ...(budgetUsd !== undefined ? { budget: { usd: budgetUsd, ...(budgetIsShare ? { strict: true } : {}) } } : {}),
    env,
    signal: options.signal,
    onEvent: (e) => {
      state.jobId ??= e.job_id;
      logs.onEvent(e);
    },
    secrets: inputs.githubToken ? [inputs.githubToken] : [],
    // An OIDC or exchanged token is masked in the job log too, as the keys are above.
    onSecret: (value) => {
      for (const v of secretVariants(value)) core.setSecret(v);
    },
    attempt: ctx.runAttempt,
    ...credentialsOptions(core, inputs, ctx),
  });
  state.jobId = result.manifest.job_id;
  state.manifest = result.manifest;

  // 5. Golden check. Loaded only when asked for: it brings the diff library.
  if (inputs.golden) {
    // The spec's golden.files rules apply to the input's folder (docs/reference.md, "Golden checks").
    state.golden = await (
      await import('../golden/for-spec.js')
    ).goldenForSpec({
      loaded,
      outputsDir: result.outputsDir,
      goldenDir: resolve(workDir, inputs.golden),
      manifest: result.manifest,
      env,
    });
    const { report, unmeasured } = goldenWithoutCredentials(state.golden, result.manifest);
    state.golden = report;
    if (unmeasured.length) {
      state.goldenUnmeasured = unmeasured;
      state.notes.push(`Golden files unmeasured (their steps needed credentials): \`${unmeasured.join('`, `')}\`.`);
    }
    if (state.golden.drift) {
      state.goldenDiffFile = runFolder(result.runDir).goldenDiff;
      await writeFile(state.goldenDiffFile, state.golden.diff);
    }
    // The last 100 checks of this job and instance, and their trend (./golden-history.ts).
    const files = (state.golden as { files?: import('../golden/verdicts.js').GoldenFileVerdict[] }).files ?? [];
    state.goldenHistory = await (
      await import('./golden-history.js')
    ).recordGoldenHistory({
      svc,
      ctx,
      prefix: inputs.cacheKeyPrefix,
      instance: inputs.instance,
      jobName,
      files,
      manifest: result.manifest,
      runDir: result.runDir,
    });
  }
}

/**
 * The artifact client for resume: the public REST API (run-scoped) when github-token may read
 * actions, else the runtime path, which since July 2026 cannot download an earlier attempt's
 * artifact on github.com (actions/download-artifact#486): say which permission is missing.
 */
async function resumeClient(svc: ActionServices, inputs: ActionInputs, ctx: RunContext) {
  const runId = Number(ctx.runId);
  if (inputs.githubToken && ctx.owner && Number.isSafeInteger(runId)) {
    const findBy: FindBy = {
      token: inputs.githubToken,
      workflowRunId: runId,
      repositoryOwner: ctx.owner,
      repositoryName: ctx.repo,
    };
    const client = await svc.artifacts(findBy);
    try {
      // Probe once: the list is what needs actions: read.
      const listed = await client.list();
      return { ...client, list: async () => listed };
    } catch (e) {
      svc.core.notice(
        `github-token cannot list this run's artifacts (${errorMessage(e)}); add \`permissions: actions: ` +
          `read\` to the job. ` +
          "Falling back to the runner's artifact path, which on github.com cannot download an earlier " +
          "attempt's artifact.",
        { title: 'orchestrator: resume needs actions: read' },
      );
    }
  } else if (!inputs.githubToken) {
    svc.core.notice(
      "No github-token: resume uses the runner's artifact path; give the action a token with `actions: read`",
      {
        title: 'orchestrator: resume needs actions: read',
      },
    );
  }
  return svc.artifacts();
}

/** Always runs: summary, comment files, artifact, cache save, PR comment, outputs, then the verdict. */
async function tail(svc: ActionServices, inputs: ActionInputs, ctx: RunContext, state: RunState): Promise<void> {
  const { core } = svc;
  const redact = redactorFor(svc, inputs, state);
  const jobName = state.loaded?.spec.name;
  const folder = state.jobId && state.runsDir ? runPaths(state.runsDir, state.jobId) : undefined;
  const runDir = folder?.dir;
  const outputsDir = folder?.outputs ?? '';

  // The engine threw after opening its run folder: its manifest still says what happened.
  if (!state.manifest && folder && existsSync(folder.manifest)) {
    state.manifest = await readManifest(folder.dir).catch(() => undefined);
  }
  if (folder) state.events = readEventsSync(folder.events).events;
  const m = state.manifest;
  if (state.error) {
    if (state.error instanceof SpecError)
      annotateError(core, state.error, redact); // one annotation per spec issue
    else {
      annotateError(core, state.error, redact);
      core.error(redact.apply(describeError(state.error)), { title: 'orchestrator: the run did not finish' });
    }
  }
  for (const id of m?.failed_steps ?? []) {
    const err = m!.steps[id]?.error;
    core.error(
      redact.apply(err ? `[${err.code}] ${err.message}${err.hint ? `\nhint: ${err.hint}` : ''}` : 'step failed'),
      {
        title: `orchestrator: step ${id} failed`,
      },
    );
  }

  const failed = !!state.error || m?.status !== 'succeeded' || state.golden?.drift === true;
  const upload =
    !!runDir &&
    existsSync(runDir) &&
    !!jobName &&
    (inputs.uploadArtifact === 'always' || (inputs.uploadArtifact === 'on-failure' && failed));
  const name = jobName ? artifactName(jobName, ctx.job, ctx.runAttempt, inputs.instance) : '';
  const marker = jobName ? commentIdentity(jobName, inputs.instance) : '';
  const errorNote = state.error
    ? `❌ The run stopped early: ${redact.apply(describeError(state.error)).replace(/\n/g, ' — ')}`
    : undefined;

  const { renderSummary } = await import('../report/summary.js');
  const { renderComment } = await import('../report/comment.js');
  // What this PR changed, output previews and step kinds for the reports (base-run.ts).
  const extras =
    m && state.loaded
      ? await (
          await import('./base-run.js')
        ).reportExtras({
          svc,
          inputs,
          ctx,
          spec: state.loaded.spec,
          manifest: m,
          outputsDir,
          cacheAvailable: !!state.cacheService,
        })
      : {};
  const reportOptions = {
    runUrl: ctx.runUrl,
    artifactName: upload ? name : undefined,
    golden: state.golden,
    ...extras,
  };

  // 1. What the fork-safe comment/ action and a later resume check: comment request, uploader.
  if (m && runDir && jobName) {
    try {
      await writeCommentFiles(
        runDir,
        {
          job_name: jobName,
          pr_number: ctx.prNumber ?? null,
          marker,
          instance: inputs.instance,
          github_job: ctx.job,
          run_id: ctx.runId,
          run_attempt: ctx.runAttempt,
          ...(ctx.headSha ? { head_sha: ctx.headSha } : {}),
        },
        redact.apply(renderComment(m, state.events, reportOptions) + credentialsSection(m)),
      );
      await writeGithubRecord(runDir, {
        repository: `${ctx.owner}/${ctx.repo}`,
        run_id: ctx.runId,
        run_attempt: ctx.runAttempt,
        github_job: ctx.job,
        instance: inputs.instance,
        job_name: jobName,
        ...(ctx.headSha ? { head_sha: ctx.headSha } : {}),
      });
    } catch (e) {
      core.warning(`Could not write the comment files: ${errorMessage(e)}`);
    }
  }

  // The HTML report, now with github.json's links and the golden comparison (./html-report.ts).
  const { writeActionReport, reportNote } = await import('./html-report.js');
  const reportWritten =
    !!runDir &&
    !!m &&
    existsSync(runDir) &&
    (await writeActionReport(core, runDir, { redactor: redact, golden: state.golden, env: svc.env }));

  // 2. Artifact.
  let uploadedName = '';
  let artifactUrl: string | undefined;
  if (upload) {
    try {
      const artifactId = await uploadRunFolder(await svc.artifacts(), name, runDir!, inputs.artifactRetentionDays);
      uploadedName = name;
      if (artifactId && ctx.runUrl) artifactUrl = `${ctx.runUrl}/artifacts/${artifactId}`;
      core.info(`Run folder uploaded as artifact ${name}`);
    } catch (e) {
      core.warning(`Could not upload the run folder as artifact ${name}: ${errorMessage(e)}`);
    }
  }
  // The summary and the comment claim the artifact only once it is uploaded.
  const finalOptions = { ...reportOptions, artifactName: uploadedName || undefined, artifactUrl };

  // 3. Summary.
  if (inputs.summary) {
    try {
      const text = m
        ? renderSummary(m, state.events, {
            ...finalOptions,
            notes: [
              ...state.notes,
              ...(errorNote ? [errorNote] : []),
              reportNote(m.job_id, reportWritten, uploadedName || undefined, inputs.uploadArtifact),
            ],
          }) + credentialsSection(m)
        : notStartedSummary(jobName, redact.apply(describeError(state.error)), ctx.runUrl);
      const trend = state.goldenHistory?.trend;
      await core.appendSummary(redact.apply(trend ? `${text}\n\n${trend}\n` : text));
    } catch (e) {
      core.warning(`Could not write the job summary: ${errorMessage(e)}`);
    }
  }

  // 4. Cache delta for the next job of a matrix, then the cache save, failed runs included.
  if (inputs.cacheExport && state.store && state.runsDir) {
    try {
      const dest = resolve(ctx.workspace, inputs.workingDirectory, inputs.cacheExport);
      const n = await (await import('./shards.js')).exportRunEntries(state.store, state.events, dest, m);
      core.info(`Cache delta: ${n} entries copied to ${inputs.cacheExport}`);
    } catch (e) {
      core.warning(`Could not export the cache entries to ${inputs.cacheExport}: ${errorMessage(e)}`);
    }
  }
  if (state.store && state.keys && state.cacheService) {
    const completedKeys = Object.values(m?.steps ?? {}).flatMap((s) =>
      s.status === 'succeeded' && s.cache_key ? [s.cache_key] : [],
    );
    await saveCacheFolder(svc.cache, core, state.store, state.keys, completedKeys);
  }

  // 5. PR comment.
  const wantComment = inputs.comment === 'always' || (inputs.comment === 'auto' && ctx.prNumber !== undefined);
  if (wantComment && m && jobName) {
    if (ctx.prNumber === undefined)
      core.notice('comment: always, but this run is not for a pull request; no comment posted');
    else if (!inputs.githubToken) core.notice('No github-token: PR comment skipped');
    else {
      try {
        const runId = Number(ctx.runId);
        const body = redact.apply(renderComment(m!, state.events, finalOptions) + credentialsSection(m!));
        await postComment(
          await svc.github(inputs.githubToken),
          core,
          { owner: ctx.owner, repo: ctx.repo, issueNumber: ctx.prNumber, marker },
          body,
          {
            run: Number.isSafeInteger(runId) ? { runId, attempt: ctx.runAttempt, headSha: ctx.headSha } : undefined,
            mode: inputs.commentMode,
          },
        );
      } catch (e) {
        core.warning(`Could not post the PR comment: ${errorMessage(e)}`);
      }
    }
  }

  // 6. Outputs.
  // The summary's figures (the fold's totals): one source, so the outputs and the summary agree.
  const counts = m ? { hits: m.totals.cache_hits, misses: m.totals.cache_misses } : cacheCounts(state.events);
  let result = '';
  if (m && state.loaded) {
    const pick = pickResult(state.loaded.spec, m, outputsDir, inputs.resultStep);
    if ('problem' in pick) {
      if (inputs.resultStep) core.warning(`result output empty: ${pick.problem}`);
    } else if (pick.file) {
      result = redact.apply(await readResult(pick.file, outputsDir).catch(() => ''));
    }
  }
  core.setOutput('job-id', m?.job_id ?? state.jobId ?? '');
  core.setOutput('job-name', jobName ?? '');
  core.setOutput('status', m?.status === 'running' || !m ? 'failed' : m.status);
  core.setOutput('run-dir', runDir ?? '');
  core.setOutput('outputs-dir', outputsDir);
  core.setOutput('cache-hits', counts.hits);
  core.setOutput('cache-misses', counts.misses);
  core.setOutput('failed-steps', JSON.stringify(m?.failed_steps ?? []));
  core.setOutput('cost-usd', String(Math.round((m?.totals.cost_usd ?? 0) * 1e6) / 1e6));
  core.setOutput('artifact-name', uploadedName);
  core.setOutput('steps', JSON.stringify(m ? stepsOutput(m, outputsDir) : {}));
  core.setOutput('result', result);
  // Pull requests: step -> pass rates here and on the base branch, p and verdict (docs/reference.md).
  core.setOutput('quality', JSON.stringify(('quality' in extras && extras.quality) || {}));
  core.setOutput('golden-drift', state.golden ? String(state.golden.drift) : '');
  core.setOutput('golden-diff', state.goldenDiffFile ?? '');
  core.setOutput('golden-outcome', state.goldenHistory?.outcome ?? '');
  core.setOutput('golden-trend', state.goldenHistory?.trendFile ?? '');

  // 7. The verdict, last.
  if (state.error) {
    core.setFailed(`orchestrator: ${redact.apply(describeError(state.error))}`);
  } else if (m?.status === 'interrupted') {
    // The provider still works on a batch: a re-run of this job resumes and collects it.
    core.setFailed(
      `orchestrator: job ${jobName} interrupted: batch results still pending at the provider after ` +
        `batch_wait_s; re-run this job to collect them (no call is submitted again)`,
    );
  } else if (m && m.status !== 'succeeded') {
    const list = m.failed_steps.length
      ? `: ${m.failed_steps.length} step(s) failed ` +
        `(${m.failed_steps.slice(0, 10).join(', ')}${m.failed_steps.length > 10 ? ', ...' : ''})`
      : '';
    core.setFailed(`orchestrator: job ${jobName} ${m.status}${list}`);
  } else if (state.golden?.drift) {
    const g = state.golden;
    core.setFailed(
      `orchestrator: golden outputs drifted (${g.changed.length} changed, ${g.missing.length} missing, ` +
        `${g.extra.length} extra); see the job summary for the diff`,
    );
  } else if (inputs.failOnUnmeasured && state.goldenUnmeasured?.length) {
    core.setFailed(
      `orchestrator: golden files unmeasured (no credentials; fail-on-unmeasured): ` +
        `${state.goldenUnmeasured.join(', ')}`,
    );
  }
}

/** The summary of a run that never got a run folder: why, and the hint. */
function notStartedSummary(jobName: string | undefined, why: string, runUrl?: string): string {
  const [message, ...rest] = why.split('\nhint: ');
  return [
    `## ❌ orchestrator: ${jobName ? `\`${jobName}\` ` : ''}did not start`,
    '',
    runUrl ? `[workflow run](${runUrl})\n` : '',
    '```text',
    message.replace(/```/g, '`\u200b``'),
    '```',
    rest.length ? `\n**Hint:** ${rest.join(' ').replace(/[<>]/g, '')}` : '',
    '',
  ].join('\n');
}
