/**
 * runJob: the engine's entry point. Sets up the run folder (or reopens it to resume), wires the
 * event writer, the live manifest fold and the providers, schedules the steps, and closes the run
 * with job.succeeded / job.failed / job.cancelled. Usable in-process: no argv, no exit, no GitHub.
 */
import { existsSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { EventWriter } from '../events/writer.js';
import { readEventsSync, type SkippedLine } from '../events/reader.js';
import type { JobStartedData, KnownEvent } from '../events/types.js';
import { namedSecrets } from '../providers/secrets.js';
import { RunState } from '../run/fold.js';
import type { EventSink } from '../events/types.js';
import type { BatchRecorder } from '../providers/batch/queue.js';
import { FileStore } from '../run/filestore.js';
import { ManifestWriter } from '../run/manifest-writer.js';
import { assertInputListsAreArrays } from './input-lists.js';
import { BestEffortCache, cacheFaultData } from '../cache/best-effort.js';
import { checkJobId, makeRunDir, runPaths } from '../run/run-folder.js';
import { acquireRunLock, type RunLock } from '../run/lock.js';
import { ProviderPool } from '../routing/pool.js';
import { UsageError } from '../util/errors.js';
import { assertRegularFile, fsFault } from '../util/fs-errors.js';
import { newJobId, newSpanId, newTraceId } from '../util/ids.js';
import { MIN_SECRET_LENGTH, Redactor } from '../util/redact.js';
import { CommandEnvironment, withheldVariableNames } from './command-env.js';
import { systemClock } from '../util/clock.js';
import { StepTexts, TemplateCache, engineFolders, errorData, outputReader, type RunServices } from './services.js';
import { CommandStepExecutor } from './command-step.js';
import { LlmStepExecutor } from './llm-step.js';
import { ResumePlan } from './resume.js';
import { collectPriorSamples, unmeasuredSkip, type PriorSamples } from './samples.js';
import { inputsHash, priorSettings, settingsData, type RunSettings } from './run-settings.js';
import { assertInputsComplete, inputEnv } from '../jobspec/inputs.js';
import { schedule } from './scheduler.js';
import { StepRunner } from './step-runner.js';
import { planRun } from './run-plan.js';
import { unendedData, unendedSteps } from './unended.js';
import type { RunJobOptions, RunResult } from './types.js';
import { createQualityMonitor } from '../quality/monitor.js';
import { writerIdentity } from '../run/liveness.js';
import { writeRunReportQuietly } from '../report/html/write.js';
import { ReportEvents } from './report-events.js';
import { setMaxListeners } from 'node:events';
// Budgets and prices
import { NEEDS_CREDENTIALS, credentialCause } from './credentials-skip.js';
import { openBudget, BUDGET_EXCEEDED } from './budget-wiring.js';
import { resolvePrices } from '../providers/price-registry.js';

const STEP_END = new Set(['step.succeeded', 'step.failed', 'step.skipped']);

interface Opened {
  jobId: string;
  lock: RunLock;
  /** The state folded from the earlier attempts' events, when resuming a run that has any. */
  prior?: RunState;
  /** Damaged lines of the earlier attempts' log that resume skipped. */
  damaged?: SkippedLine[];
  /** What the earlier attempts recorded at their start. */
  settings?: RunSettings;
  /** Samples the earlier attempts completed (never drawn again). */
  priorSamples?: PriorSamples;
  /** The earlier attempts' events the end-of-run report reads. */
  reportEvents?: ReportEvents;
  traceId: string;
}

/** Cuts a torn last line (a crash mid-write) so that the next event starts on a line of its own. */
function dropTornTail(file: string): void {
  const bytes = readFileSync(file);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return;
  truncateSync(file, bytes.lastIndexOf(0x0a) + 1);
}

/** Locks the run folder (creating it) for the whole of openRun's checks and the run after them. */
function openRun(opts: RunJobOptions): Opened {
  const jobId = opts.resume
    ? checkJobId(
        opts.jobId ??
          (() => {
            throw new UsageError('E_NO_RUN', 'resume needs the id of the run to continue');
          })(),
      )
    : checkJobId(opts.jobId ?? newJobId(opts.loaded.spec.name, new Date((opts.clock ?? systemClock).now())));
  const paths = runPaths(opts.runsDir, jobId);
  const dir = paths.dir;
  const specArg = relative(process.cwd(), opts.loaded.file) || opts.loaded.file;
  assertRegularFile(paths.events, 'the event log');
  if (opts.resume && !existsSync(paths.events)) {
    throw new UsageError(
      'E_NO_RUN',
      existsSync(dir)
        ? `run ${jobId} has no ${paths.events}: it stopped before its first event`
        : `no run ${jobId} in ${opts.runsDir} to resume`,
      { hint: `start it afresh: \`orchestrator run --spec ${specArg} --job-id ${jobId}\`` },
    );
  }
  makeRunDir(opts.runsDir, dir);
  const lock = acquireRunLock(dir, jobId, {
    then: `run \`orchestrator run --spec ${specArg} ${opts.resume ? '--resume' : '--job-id'} ${jobId}\``,
  });
  try {
    return { ...openLocked(opts, jobId), lock };
  } catch (e) {
    lock.release();
    throw e;
  }
}

function openLocked(opts: RunJobOptions, jobId: string): Omit<Opened, 'lock'> {
  const { spec } = opts.loaded;
  const fresh = (id: string) => ({ jobId: id, traceId: newTraceId() });
  if (!opts.resume) {
    const file = runPaths(opts.runsDir, jobId).events;
    // A run killed before its first event left an empty log: nothing to keep, the id is free.
    if (existsSync(file) && statSync(file).size > 0) {
      throw new UsageError('E_RUN_EXISTS', `run ${jobId} already exists in ${opts.runsDir}`, {
        hint: `continue it with --resume ${jobId}, or pick another --job-id`,
      });
    }
    return fresh(jobId);
  }
  const paths = runPaths(opts.runsDir, jobId);
  dropTornTail(paths.events);
  const { events, skipped } = readEventsSync(paths.events);
  // Killed before its first event was written: start it afresh in its own folder.
  if (events.length === 0) return fresh(jobId);
  // Folded once, with the quality monitor: this state goes on as the run's live state.
  const prior = RunState.fold(events, createQualityMonitor());
  if (prior.jobName && prior.jobName !== spec.name) {
    throw new UsageError('E_RESUME_MISMATCH', `run ${jobId} belongs to job ${prior.jobName}, not ${spec.name}`, {
      hint: 'resume it with its own spec, or start a new run',
    });
  }
  return {
    jobId,
    prior,
    settings: priorSettings(events),
    priorSamples: collectPriorSamples(events),
    reportEvents: new ReportEvents(events),
    traceId: events.find((e) => typeof e.trace_id === 'string')?.trace_id ?? newTraceId(),
    damaged: skipped,
  };
}

export async function runJob(opts: RunJobOptions): Promise<RunResult> {
  // The run folder's lock is held from openRun until everything is written, on every path.
  const held: { lock?: RunLock } = {};
  try {
    return await runJobLocked(opts, held);
  } finally {
    held.lock?.release();
  }
}

async function runJobLocked(opts: RunJobOptions, held: { lock?: RunLock }): Promise<RunResult> {
  const { loaded } = opts;
  const { spec } = loaded;
  const clock = opts.clock ?? systemClock;
  const env = opts.env ?? process.env;
  // Before anything is written: an unknown --only id is a usage error, not a run.
  const plan = planRun(loaded, { only: opts.only });
  const { graph, order, settings } = plan;
  // A required input without a value is a usage error before anything is written.
  assertInputsComplete(loaded);
  assertInputListsAreArrays(loaded, order);

  const {
    jobId,
    prior,
    traceId,
    lock,
    damaged,
    settings: priorRun,
    priorSamples,
    reportEvents: priorReportEvents,
  } = openRun(opts);
  const reportEvents = priorReportEvents ?? new ReportEvents();
  held.lock = lock;
  // --resume keeps the original run's --no-cache; other input values re-check every key.
  const cacheStore = priorRun?.noCache ? null : (opts.cache ?? null);
  const inputsChanged = !!priorRun?.inputsSha256 && priorRun.inputsSha256 !== inputsHash(spec.inputs);
  const paths = runPaths(opts.runsDir, jobId);
  for (const d of [paths.dir, paths.outputs, paths.logs]) makeRunDir(opts.runsDir, d);

  // One redactor for everything the run writes; short keys cannot be masked (warned below).
  const redactor = new Redactor([...namedSecrets(spec, env), ...(opts.secrets ?? [])]);
  // A resumed run's manifest covers all its attempts: it goes on from the earlier attempts' fold.
  // Resume reads only a step's own entry of it, which changes only when that step runs again.
  const state = prior ?? new RunState(createQualityMonitor());
  const controller = new AbortController();
  // Every call in flight listens on the run's signal (and detaches when done): `concurrency`
  // decides how many, so Node's leak warning at 11 (printed over the live view on Node 20) is noise.
  setMaxListeners(0, controller.signal);
  const onAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  let manifest: ManifestWriter | undefined;
  const writer = new EventWriter({
    file: paths.events,
    jobId,
    traceId,
    jobSpanId: newSpanId(),
    lastSeq: prior?.lastSeq ?? 0,
    redactor,
    now: clock.now,
    // The log cannot be written (a full disk): stop starting work; the run ends with the error below.
    onWriteError: (e) => controller.abort(e),
    listeners: [
      (e: KnownEvent) => {
        state.applyKnown(e);
        reportEvents.add(e);
        if (STEP_END.has(e.type)) manifest?.touch();
      },
      ...(opts.onEvent ? [opts.onEvent] : []),
    ],
  });
  manifest = new ManifestWriter(paths.manifest, state, undefined, () => writer.flush());

  // Command environments from one explicit rule (docs/reference.md: Command environments, src/engine/command-env.ts).
  const commandEnvironment = new CommandEnvironment({
    base: env,
    withheld: withheldVariableNames(spec),
    secretValues: [...namedSecrets(spec, env).map((s) => s.value), ...(opts.secrets ?? [])],
    extra: {
      ...inputEnv(spec.inputs),
      // Absolute: commands run inside outputs/, not in the CLI's folder.
      ORCHESTRATOR_SPEC_DIR: resolve(loaded.baseDir),
      ORCHESTRATOR_RUN_DIR: resolve(paths.dir),
      ORCHESTRATOR_OUTPUTS_DIR: resolve(paths.outputs),
      ORCHESTRATOR_JOB_ID: jobId,
    },
  });
  const prices = await resolvePrices(spec.providers);
  const budget = openBudget(spec.budget, opts.budget, prior, writer);
  const ctx: RunServices = {
    loaded,
    settings,
    jobId,
    paths,
    events: writer,
    files: new FileStore(paths.outputs, writer, paths.tmp),
    cache: cacheStore
      ? new BestEffortCache(cacheStore, (f) =>
          writer.emit({ type: 'cache.error', level: 'warn', step_id: f.step_id, data: cacheFaultData(f) }),
        )
      : null,
    redactor,
    clock,
    signal: controller.signal,
    commandEnvironment,
    workspaceDir: opts.workspaceDir ?? loaded.baseDir,
    texts: new StepTexts(prior ? new Map(prior.outputs) : undefined),
    readOutput: outputReader(paths.outputs),
    // The runs folder and the cache folder: no workspace glob reads them.
    engineDirs: engineFolders({ paths, cache: cacheStore }),
    templates: new TemplateCache(),
    ...(priorSamples?.size ? { priorSamples } : {}),
    pool: new ProviderPool({
      loaded,
      env,
      overrides: opts.providers,
      events: writer,
      clock,
      newSpanId,
      budget: budget?.ledger,
      prices,
      batch: batchRecorder(jobId, opts.attempt ?? (prior ? prior.attempt + 1 : 1), prior, writer, env),
      redact: (t) => redactor.apply(t),
      withoutCredentials: opts.withoutCredentials,
      // Keyless providers' tokens (docs/reference.md, Keyless (OIDC)).
      addSecret: (value) => {
        redactor.add(value);
        opts.onSecret?.(value);
      },
    }),
  };
  const resume = prior
    ? new ResumePlan(prior, loaded.sha256, (path) => ctx.files.hashOf(path), inputsChanged)
    : undefined;
  const runner = new StepRunner(
    ctx,
    (id, step, inst) =>
      step.run !== undefined ? new CommandStepExecutor(ctx, id, step, inst) : new LlmStepExecutor(ctx, id, step, inst),
    resume,
    budget?.ledger,
    {
      instanceConcurrency: Math.max(1, opts.concurrency ?? spec.defaults.concurrency),
      selectedInstances: plan.selectedInstances,
    },
  );

  const startData: JobStartedData = {
    job_name: spec.name,
    spec_file: relative(process.cwd(), loaded.file) || loaded.file,
    spec_sha256: loaded.sha256,
    code_version: spec.code_version,
    attempt: opts.attempt ?? (prior ? prior.attempt + 1 : 1),
    // Readonly in the engine, plain in the event type (readers fold it as is); nobody mutates it.
    graph: graph as Record<string, string[]>,
    concurrency: opts.concurrency ?? spec.defaults.concurrency,
    ...(opts.only ? { only: opts.only } : {}),
    // Who writes this run: `show` tells a live run from one whose process was killed (src/run/liveness.ts).
    ...writerIdentity(),
    ...settingsData(cacheStore === null, spec.inputs),
    ...(budget ? { budget: budget.ledger.limits } : {}),
    prices,
  };
  if (prior && resume) {
    writer.emit({
      type: 'job.resumed',
      data: {
        ...startData,
        previous_status: prior.status,
        spec_changed: resume.specChanged,
        ...(resume.specChanged ? { previous_spec_sha256: prior.specSha256 } : {}),
        ...(inputsChanged ? { inputs_changed: true } : {}),
        completed_before: resume.completedBefore(),
      },
    });
    if (damaged?.length)
      writer.emit({
        type: 'events.damaged',
        level: 'warn',
        data: { skipped_lines: damaged.length, lines: damaged.slice(0, 20) },
      });
  } else {
    writer.emit({ type: 'job.started', data: startData });
  }
  for (const name of redactor.unmaskable) {
    writer.emit({
      type: 'secret.unmaskable',
      level: 'warn',
      data: {
        variable: name,
        min_length: MIN_SECRET_LENGTH,
        message: `${name} is shorter than ${MIN_SECRET_LENGTH} characters and cannot be masked in what the run writes`,
      },
    });
  }

  let manifestError: unknown;
  /** A file-system failure writing the run's records: what happened, and how to go on after fixing it. */
  const storageFault = (e: unknown, file: string): unknown =>
    fsFault(e, `write ${file}`, {
      then:
        `continue the run with \`orchestrator run --spec ` +
        `${relative(process.cwd(), loaded.file) || loaded.file} --resume ${jobId}\``,
    }) ?? e;
  try {
    // Missing keys and unreadable fixtures fail the run before any step starts.
    const targets = new Set(order.map((id) => settings.get(id)!.target).filter((t): t is string => t !== undefined));
    await ctx.pool.preflight(targets);

    for (const id of plan.unselected)
      writer.emit({ type: 'step.skipped', step_id: id, data: { reason: 'not_selected' } });

    const credentialCauses = new Map<string, string>();
    await schedule(
      order,
      graph,
      Math.max(1, opts.concurrency ?? spec.defaults.concurrency),
      {
        run: (id) => runner.run(id, spec.steps[id]!),
        // What a budget-skipped step blocks is skipped for the budget too.
        skip: (id, failedNeed, cause) =>
          writer.emit({
            type: 'step.skipped',
            step_id: id,
            data:
              cause === 'credentials'
                ? {
                    reason: NEEDS_CREDENTIALS,
                    upstream: credentialCause(credentialCauses, id, failedNeed),
                    ...unmeasuredSkip(spec, id),
                  }
                : cause === 'budget'
                  ? { reason: BUDGET_EXCEEDED, upstream: failedNeed }
                  : { reason: 'upstream_failed', upstream: failedNeed },
          }),
      },
      controller.signal,
    );
    if (writer.writeError !== undefined) throw storageFault(writer.writeError, paths.events);
    // The verdict follows from the steps' events: a step left without an end event fails the run.
    if (!controller.signal.aborted)
      for (const id of unendedSteps(state, order))
        writer.emit({ type: 'step.failed', step_id: id, data: unendedData(id) });
    const totals = state.totals();
    const summary = {
      succeeded: totals.succeeded,
      failed: totals.failed,
      skipped: totals.skipped,
      cache_hits: totals.cache_hits,
      cost_usd: totals.cost_usd,
    };
    const budgetSkipped = budget
      ? [...state.steps].filter(([, st]) => st.reason === BUDGET_EXCEEDED).map(([sid]) => sid)
      : [];
    const credentialsFail = opts.failOnUnmeasured
      ? [...state.steps].filter(([, st]) => st.reason === NEEDS_CREDENTIALS).map(([sid]) => sid)
      : [];
    const batchPending = [...state.steps]
      .filter(([, st]) => st.status === 'failed' && st.error?.code === 'E_BATCH_PENDING')
      .map(([sid]) => sid);
    if (!controller.signal.aborted && batchPending.length > 0)
      writer.emit({
        type: 'job.interrupted',
        level: 'warn',
        data: { reason: 'batch_pending', steps: batchPending, ...summary },
      });
    else if (controller.signal.aborted)
      writer.emit({
        type: 'job.cancelled',
        level: 'warn',
        data: { reason: String(controller.signal.reason ?? 'interrupted'), ...summary },
      });
    else if (totals.failed > 0 || budgetSkipped.length > 0 || credentialsFail.length > 0)
      writer.emit({
        type: 'job.failed',
        data: {
          failed_steps: state.failedSteps(),
          ...(budgetSkipped.length ? { budget_exceeded: true, budget_skipped: budgetSkipped } : {}),
          ...(credentialsFail.length ? { needs_credentials: credentialsFail } : {}),
          ...summary,
        },
      });
    else writer.emit({ type: 'job.succeeded', data: summary });
  } catch (e) {
    // The faces print this error; it must not carry a key echoed by a server.
    const redacted = redactor.applyError(e);
    writer.emit({ type: 'job.failed', data: { error: errorData(redacted) } });
    throw redacted;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    // Written even after a failure (best effort: on a full disk it may fail too, reported below).
    // A log that could not be written makes the run failed, whatever its steps did.
    writer.flush();
    if (writer.writeError !== undefined && state.status !== 'failed') {
      writer.emit({ type: 'job.failed', data: { error: errorData(storageFault(writer.writeError, paths.events)) } });
    }
    try {
      manifest.writeNow();
    } catch (e) {
      manifestError = e;
    }
    manifest.stop();
    writer.close();
    rmSync(paths.tmp, { recursive: true, force: true });
    // Every run and resume ends with its report.html (docs/reference.md, "The HTML report").
    await writeRunReportQuietly(paths.dir, {
      redactor,
      env,
      manifest: () => state.toManifest(),
      events: reportEvents.events,
    });
  }
  if (writer.writeError !== undefined) throw storageFault(writer.writeError, paths.events);
  if (manifestError !== undefined) throw storageFault(manifestError, paths.manifest);
  const m = state.toManifest();
  return { jobId, runDir: paths.dir, outputsDir: paths.outputs, status: m.status, manifest: m };
}

/**
 * What batch providers record and read: `batch.submitted` / `batch.completed` in this run's log,
 * and the submissions of earlier attempts. ORCHESTRATOR_BATCH_POLL_MS shortens the polling
 * interval (first poll, then x1.5 up to 60 s) for tests and impatient users.
 */
function batchRecorder(
  jobId: string,
  attempt: number,
  prior: RunState | undefined,
  writer: EventSink,
  env: Record<string, string | undefined>,
): BatchRecorder {
  const poll = Number(env.ORCHESTRATOR_BATCH_POLL_MS);
  return {
    jobId,
    attempt,
    submitted: new Map(prior?.batchSubmitted ?? []),
    emit: (type, data) => void writer.emit({ type, data }),
    ...(Number.isFinite(poll) && poll > 0 ? { pollMs: { first: poll, max: Math.max(poll, 60_000) } } : {}),
  };
}
