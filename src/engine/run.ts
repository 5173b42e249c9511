/**
 * runJob: the engine's entry point. Sets up the run folder (or reopens it to resume), wires the
 * event writer, the live manifest fold and the providers, schedules the steps, and closes the run
 * with job.succeeded / job.failed / job.cancelled. Usable in-process: no argv, no exit, no GitHub.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EventWriter } from '../events/writer.js';
import { readEventsSync } from '../events/reader.js';
import type { OrchestratorEvent } from '../events/types.js';
import { secretValues, apiKeyEnvOf } from '../providers/secrets.js';
import { RunState } from '../run/fold.js';
import { FileStore } from '../run/filestore.js';
import { ManifestWriter } from '../run/manifest-writer.js';
import { checkJobId, runPaths } from '../run/run-folder.js';
import { ProviderPool } from '../routing/pool.js';
import { stepGraph, needsOfSpec } from '../spec/graph.js';
import { UsageError } from '../util/errors.js';
import { newJobId, newSpanId, newTraceId } from '../util/ids.js';
import { Redactor } from '../util/redact.js';
import { systemClock } from './clock.js';
import { StepTexts, TemplateCache, errorData, type StepRunContext } from './context.js';
import { runCommandStep } from './command-step.js';
import { runLlmStep } from './llm-step.js';
import { keepFromPrior } from './resume.js';
import { schedule, type Outcome } from './scheduler.js';
import type { RunJobOptions, RunResult } from './types.js';
import { createQualityMonitor } from '../quality/monitor.js';
// issue-16: budgets and prices
import { openBudget, BUDGET_EXCEEDED } from './budget-wiring.js';
import { resolvePrices } from '../providers/price-registry.js';

const STEP_END = new Set(['step.succeeded', 'step.failed', 'step.skipped']);

interface Opened {
  jobId: string;
  /** The state folded from the earlier attempts' events, when resuming a run that has any. */
  prior?: RunState;
  traceId: string;
}

/** Cuts a torn last line (a crash mid-write) so that the next event starts on a line of its own. */
function dropTornTail(file: string): void {
  const bytes = readFileSync(file);
  if (bytes.length === 0 || bytes[bytes.length - 1] === 0x0a) return;
  truncateSync(file, bytes.lastIndexOf(0x0a) + 1);
}

function openRun(opts: RunJobOptions): Opened {
  const { spec } = opts.loaded;
  const fresh = (jobId: string): Opened => ({ jobId, traceId: newTraceId() });
  if (!opts.resume) {
    const jobId = checkJobId(opts.jobId ?? newJobId(spec.name, new Date((opts.clock ?? systemClock).now())));
    const file = runPaths(opts.runsDir, jobId).events;
    // A run killed before its first event left an empty log: nothing to keep, the id is free.
    if (existsSync(file) && statSync(file).size > 0) {
      throw new UsageError('E_RUN_EXISTS', `run ${jobId} already exists in ${opts.runsDir}`, { hint: `continue it with --resume ${jobId}, or pick another --job-id` });
    }
    return fresh(jobId);
  }
  if (!opts.jobId) throw new UsageError('E_NO_RUN', 'resume needs the id of the run to continue');
  const jobId = checkJobId(opts.jobId);
  const paths = runPaths(opts.runsDir, jobId);
  if (!existsSync(paths.events)) throw new UsageError('E_NO_RUN', `no run ${jobId} in ${opts.runsDir} to resume`, { hint: 'start it without --resume' });
  dropTornTail(paths.events);
  const { events } = readEventsSync(paths.events);
  // Killed before its first event was written: start it afresh in its own folder.
  if (events.length === 0) return fresh(jobId);
  // Folded once, with the quality monitor: this state goes on as the run's live state.
  const prior = RunState.fold(events, createQualityMonitor());
  if (prior.jobName && prior.jobName !== spec.name) {
    throw new UsageError('E_RESUME_MISMATCH', `run ${jobId} belongs to job ${prior.jobName}, not ${spec.name}`, { hint: 'resume it with its own spec, or start a new run' });
  }
  return { jobId, prior, traceId: events[0]!.trace_id };
}

export async function runJob(opts: RunJobOptions): Promise<RunResult> {
  const { loaded } = opts;
  const { spec } = loaded;
  const clock = opts.clock ?? systemClock;
  const env = opts.env ?? process.env;
  // Before anything is written: an unknown --only id is a usage error, not a run.
  const graph = needsOfSpec(spec);
  const g = stepGraph(graph);
  const selected = opts.only?.length ? new Set(g.closureForOnly(opts.only)) : undefined;
  const order = g.topoOrder().filter((id) => !selected || selected.has(id));

  const { jobId, prior, traceId } = openRun(opts);
  const paths = runPaths(opts.runsDir, jobId);
  for (const d of [paths.dir, paths.outputs, paths.logs]) mkdirSync(d, { recursive: true });

  const redactor = new Redactor([...secretValues(spec, env), ...(opts.secrets ?? [])]);
  // A resumed run's manifest covers all its attempts: it goes on from the earlier attempts' fold.
  // Resume reads only a step's own entry of it, which changes only when that step runs again.
  const state = prior ?? new RunState(createQualityMonitor());
  const controller = new AbortController();
  const onAbort = () => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onAbort();
  else opts.signal?.addEventListener('abort', onAbort, { once: true });

  let manifest: ManifestWriter | undefined;
  const writer = new EventWriter({
    file: paths.events, jobId, traceId, jobSpanId: newSpanId(), lastSeq: prior?.lastSeq ?? 0, redactor, now: clock.now,
    listeners: [
      (e: OrchestratorEvent) => {
        state.apply(e);
        if (STEP_END.has(e.type)) manifest?.touch();
      },
      ...(opts.onEvent ? [opts.onEvent] : []),
    ],
  });
  manifest = new ManifestWriter(paths.manifest, state, undefined, () => writer.flush());

  const secretEnvNames = new Set(Object.values(spec.providers).map(apiKeyEnvOf).filter((n): n is string => !!n));
  const commandEnv = {
    ...Object.fromEntries(Object.entries(env).filter(([k]) => !secretEnvNames.has(k))),
    ORCHESTRATOR_SPEC_DIR: loaded.baseDir, ORCHESTRATOR_RUN_DIR: paths.dir, ORCHESTRATOR_OUTPUTS_DIR: paths.outputs, ORCHESTRATOR_JOB_ID: jobId,
  };
  const prices = await resolvePrices(spec.providers);
  const budget = openBudget(spec.budget, opts.budget, prior, writer);
  const ctx: StepRunContext = {
    loaded, jobId, paths, events: writer, files: new FileStore(paths.outputs, writer, join(paths.dir, '.tmp')), cache: opts.cache ?? null, redactor, clock,
    signal: controller.signal, commandEnv, workspaceDir: opts.workspaceDir ?? loaded.baseDir,
    texts: new StepTexts(prior ? new Map(prior.outputs) : undefined), templates: new TemplateCache(),
    pool: new ProviderPool({ loaded, env, overrides: opts.providers, events: writer, clock, newSpanId, budget: budget?.ledger, prices }),
    prior: prior ? { state: prior, specChanged: prior.specSha256 !== loaded.sha256, known: new Set(prior.steps.keys()), ranAgain: new Set() } : undefined,
  };

  const startData = {
    job_name: spec.name, spec_file: relative(process.cwd(), loaded.file) || loaded.file, spec_sha256: loaded.sha256,
    code_version: spec.code_version, attempt: opts.attempt ?? (prior ? prior.attempt + 1 : 1), graph,
    concurrency: opts.concurrency ?? spec.defaults.concurrency, ...(opts.only ? { only: opts.only } : {}),
    ...(budget ? { budget: budget.ledger.limits } : {}), prices,
  };
  if (prior) {
    let completedBefore = 0;
    for (const st of prior.steps.values()) if (st.status === 'succeeded') completedBefore++;
    writer.emit({ type: 'job.resumed', data: { ...startData, previous_status: prior.status, spec_changed: ctx.prior!.specChanged,
      ...(ctx.prior!.specChanged ? { previous_spec_sha256: prior.specSha256 } : {}), completed_before: completedBefore } });
  } else {
    writer.emit({ type: 'job.started', data: startData });
  }

  try {
    // Missing keys and unreadable fixtures fail the run before any step starts.
    const targets = new Set(order.filter((id) => spec.steps[id]!.run === undefined).map((id) => spec.steps[id]!.provider ?? spec.defaults.provider!));
    await ctx.pool.preflight(targets);

    if (selected) for (const id of g.ids) if (!selected.has(id)) writer.emit({ type: 'step.skipped', step_id: id, data: { reason: 'not_selected' } });

    const runOne = async (id: string): Promise<Outcome> => {
      const step = spec.steps[id]!;
      writer.resetStepSpan(id);
      let startedData: Record<string, unknown> = {};
      if (prior) {
        const verdict = await keepFromPrior(ctx, id, step);
        if (verdict.keep) {
          writer.emit({ type: 'step.skipped', step_id: id, data: verdict.data });
          return 'succeeded';
        }
        if (verdict.reason) startedData = { rerun_reason: verdict.reason, ...verdict.detail };
        ctx.prior!.ranAgain.add(id);
      }
      if (budget?.ledger.exhausted) {
        writer.emit({ type: 'step.skipped', step_id: id, data: { reason: BUDGET_EXCEEDED } });
        return 'failed'; // blocks its dependents; the skip hook below names the budget as the reason
      }
      return step.run !== undefined ? runCommandStep(ctx, id, step, startedData) : runLlmStep(ctx, id, step, startedData);
    };
    await schedule(order, graph, Math.max(1, opts.concurrency ?? spec.defaults.concurrency), {
      run: runOne,
      skip: (id, failedNeed) => writer.emit({ type: 'step.skipped', step_id: id, data: state.steps.get(failedNeed)?.reason === BUDGET_EXCEEDED
        ? { reason: BUDGET_EXCEEDED, upstream: failedNeed }
        : { reason: 'upstream_failed', upstream: failedNeed } }),
    }, controller.signal);
    const totals = state.totals();
    const summary = { succeeded: totals.succeeded, failed: totals.failed, skipped: totals.skipped, cache_hits: totals.cache_hits, cost_usd: totals.cost_usd };
    const budgetSkipped = budget ? [...state.steps].filter(([, st]) => st.reason === BUDGET_EXCEEDED).map(([sid]) => sid) : [];
    if (controller.signal.aborted) writer.emit({ type: 'job.cancelled', level: 'warn', data: { reason: String(controller.signal.reason ?? 'interrupted'), ...summary } });
    else if (totals.failed > 0 || budgetSkipped.length > 0) writer.emit({ type: 'job.failed', data: { failed_steps: state.failedSteps(), ...(budgetSkipped.length ? { budget_exceeded: true, budget_skipped: budgetSkipped } : {}), ...summary } });
    else writer.emit({ type: 'job.succeeded', data: summary });
  } catch (e) {
    writer.emit({ type: 'job.failed', data: { error: errorData(e) } });
    throw e;
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    manifest.writeNow();
    manifest.stop();
    writer.close();
    rmSync(join(paths.dir, '.tmp'), { recursive: true, force: true });
  }
  const m = state.toManifest();
  return { jobId, runDir: paths.dir, outputsDir: paths.outputs, status: m.status, manifest: m };
}
