/**
 * One LLM step: render -> key -> cache lookup -> call (with retries/failover in the pool) ->
 * extract -> check -> write outputs -> cache -> step.succeeded. Output that failed a check is
 * never written and never cached; `on_fail` decides between failing, calling again, and moving
 * to the next route candidate.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { llmCacheKey } from '../cache/key.js';
import type { CacheEntry } from '../cache/types.js';
import { runChecks, writeCandidate, type CheckReport } from '../quality/checks.js';
import type { Usage } from '../providers/types.js';
import type { OutputRecord } from '../run/manifest-types.js';
import type { StepSpec } from '../spec/schema.js';
import { OrchestratorError } from '../util/errors.js';
import { errorData, writeStepLog, type StepRunContext } from './context.js';
import { ExtractionError, extract } from './extract.js';
import { gatherContext } from './step-context.js';
import { attemptsOf } from '../routing/pool.js';
import type { Outcome } from './scheduler.js';
import { BudgetExceededError } from '../budget/ledger.js';
import { BUDGET_EXCEEDED } from './budget-wiring.js';

export interface RenderedStep {
  target: string;
  system?: string;
  prompt: string;
  key: string;
  contextData?: Record<string, unknown>;
}

/** Renders a step's prompt (with its context) and computes its cache key. */
export async function renderLlmStep(ctx: StepRunContext, id: string, step: StepSpec): Promise<RenderedStep> {
  const { loaded } = ctx;
  const target = step.provider ?? loaded.spec.defaults.provider!;
  const vars = { inputs: loaded.spec.inputs, stepOutput: (s: string) => ctx.texts.get(s) };
  const template = ctx.templates.get(`p:${id}`, loaded.prompts[id] ?? '');
  let prompt: string;
  let contextData: Record<string, unknown> | undefined;
  if (step.context) {
    const query = template.render({ ...vars, context: '' });
    const built = await gatherContext(ctx, id, step, query);
    contextData = built.data;
    prompt = template.refs.context ? template.render({ ...vars, context: built.text }) : `${query}\n\n${built.text}`;
  } else {
    prompt = template.render({ ...vars, context: '' });
  }
  const system = step.system === undefined ? undefined : ctx.templates.get(`s:${id}`, step.system).render({ ...vars, context: '' });
  const key = llmCacheKey({
    code_version: loaded.spec.code_version,
    step_id: id,
    provider: ctx.pool.identity(target),
    system,
    prompt,
    outputs: step.outputs,
  });
  return { target, system, prompt, key, contextData };
}

interface Produced {
  /** Output path -> content, extracted from the response. */
  contents: Array<{ path: string; content: string }>;
  report: CheckReport;
}

/** Extracts every output and runs the checks on the first output (or on the response without outputs). */
async function produce(ctx: StepRunContext, id: string, step: StepSpec, text: string, provider?: string): Promise<Produced> {
  const contents = step.outputs.map((o) => ({ path: o.path, content: extract(text, o.extract, o.path) }));
  if (step.checks.length === 0) return { contents, report: { passed: true, verdicts: [] } };
  const subject = contents[0]?.content ?? text;
  let tmp: string | undefined;
  try {
    const report = await runChecks(subject, step.checks, {
      cwd: ctx.paths.outputs,
      baseDir: ctx.loaded.baseDir,
      signal: ctx.signal,
      env: ctx.commandEnv,
      candidateFile: async () => {
        tmp = mkdtempSync(join(tmpdir(), 'orchestrator-candidate-'));
        return writeCandidate(tmp, contents[0]?.path ?? `${id}.txt`, subject);
      },
    });
    ctx.events.emit({
      type: report.passed ? 'quality.passed' : 'quality.failed',
      level: report.passed ? 'info' : 'warn',
      step_id: id,
      data: { provider, verdicts: report.verdicts },
    });
    return { contents, report };
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

export class CheckFailedError extends OrchestratorError {
  constructor(id: string, report: CheckReport) {
    const failed = report.verdicts.filter((v) => !v.passed && v.severity === 'fail');
    super('E_CHECK_FAILED', `step ${id}: ${failed.length} check(s) failed: ${failed.map((v) => v.message).join('; ')}`, {
      hint: 'see the quality.failed event; on_fail: retry calls the model again, on_fail: fallback tries the next route candidate',
    });
  }
}

/** An answer that stopped at max_tokens (finish_reason: length): incomplete, so not a success. */
export class TruncatedError extends OrchestratorError {
  constructor(id: string, provider: string, model: string) {
    super('E_TRUNCATED', `step ${id}: the answer of ${provider}/${model} was cut off at max_tokens (finish_reason: length)`, {
      hint: 'raise options.max_tokens, shorten what the prompt asks for, or set allow_truncated: true on the step',
    });
  }
}

function truncationFailure(ctx: StepRunContext, id: string, provider: string, model: string): TruncatedError {
  const error = new TruncatedError(id, provider, model);
  ctx.events.emit({ type: 'quality.failed', level: 'warn', step_id: id, data: { provider, verdicts: [
    { index: -1, type: 'finish_reason', passed: false, message: 'finish_reason is length: the answer was cut off at max_tokens', severity: 'fail', duration_ms: 0 },
  ] } });
  return error;
}

async function writeOutputs(ctx: StepRunContext, id: string, contents: Produced['contents']): Promise<OutputRecord[]> {
  const out: OutputRecord[] = [];
  for (const { path, content } of contents) {
    const r = await ctx.files.safeWrite(path, content, id);
    out.push({ path: r.path, sha256: r.sha256, size_bytes: r.size_bytes });
  }
  return out;
}

function checkCounts(report: CheckReport): { passed: number; failed: number } {
  let passed = 0;
  for (const v of report.verdicts) if (v.passed) passed++;
  return { passed, failed: report.verdicts.length - passed };
}

export async function runLlmStep(ctx: StepRunContext, id: string, step: StepSpec, startedData: Record<string, unknown>): Promise<Outcome> {
  const started = ctx.clock.now();
  const { events } = ctx;
  events.emit({ type: 'step.started', step_id: id, data: { kind: 'llm', provider: step.provider ?? ctx.loaded.spec.defaults.provider, ...startedData } });
  const usage: Usage = { input_tokens: 0, output_tokens: 0 };
  let attempts = 0;
  let cost = 0;
  let provider: string | undefined;
  let model: string | undefined;
  const cacheState = ctx.cache ? 'miss' : 'off';
  let key: string | undefined;
  // Written once when the step ends, success or failure: one file a step.
  const log: Array<[string, string | undefined]> = [];
  try {
    const r = await renderLlmStep(ctx, id, step);
    key = r.key;
    if (r.contextData) events.emit({ type: 'context.built', step_id: id, data: r.contextData });
    log.push(['system', r.system], ['prompt', r.prompt]);

    if (ctx.cache) {
      const entry = await ctx.cache.get(key);
      if (entry) {
        const produced = await produce(ctx, id, step, entry.text, entry.provider).catch(() => undefined);
        if (produced?.report.passed) {
          events.emit({ type: 'cache.hit', step_id: id, data: { key } });
          log.push([`response (cache hit, ${entry.provider ?? 'unknown'}/${entry.model ?? 'unknown'})`, entry.text]);
          const outputs = await writeOutputs(ctx, id, produced.contents);
          ctx.texts.set(id, entry.text);
          events.emit({ type: 'step.succeeded', step_id: id, data: {
            cache: 'hit', cache_key: key, provider: entry.provider, model: entry.model, attempts: 0,
            duration_ms: ctx.clock.now() - started, usage: { input_tokens: 0, output_tokens: 0 }, cost_usd: 0,
            outputs, checks: checkCounts(produced.report), output: entry.text,
          } });
          return 'succeeded';
        }
      }
      events.emit({ type: 'cache.miss', step_id: id, data: { key } });
    }

    const exclude = new Set<string>();
    const maxCalls = (step.retries ?? ctx.loaded.spec.defaults.retries) + 1;
    for (let round = 1; ; round++) {
      const res = await ctx.pool.invoke({
        stepId: id, target: r.target, system: r.system, prompt: r.prompt,
        timeoutMs: (step.timeout_s ?? ctx.loaded.spec.defaults.timeout_s) * 1000,
        retries: step.retries ?? ctx.loaded.spec.defaults.retries,
        signal: ctx.signal, stepSpanId: events.stepSpan(id), exclude,
      });
      attempts += res.attempts;
      usage.input_tokens += res.result.usage.input_tokens;
      usage.output_tokens += res.result.usage.output_tokens;
      cost += res.costUsd;
      provider = res.provider.name;
      model = res.result.model;
      // Redacted at the source: outputs, logs, cache and downstream prompts all see the same text.
      const text = ctx.redactor.apply(res.result.text);
      log.push([`response (round ${round}, ${provider}/${model})`, text]);
      // A response without the block an output extracts is judged like a failed check: on_fail
      // decides whether to call again, move to the next candidate, or fail.
      let produced: Produced | undefined;
      let failure: OrchestratorError | undefined;
      // issue-16: an answer cut off at max_tokens is a failed check unless the step allows it.
      const truncated = res.result.finishReason === 'length' && !step.allow_truncated ? truncationFailure(ctx, id, provider, model) : undefined;
      try {
        produced = await produce(ctx, id, step, text, provider);
        if (!produced.report.passed) failure = new CheckFailedError(id, produced.report);
      } catch (e) {
        if (!(e instanceof ExtractionError)) throw e;
        failure = e;
      }
      failure = truncated ?? failure;
      if (failure || !produced) {
        const retry = step.on_fail === 'retry' && round < maxCalls;
        const fallback = step.on_fail === 'fallback' && ctx.pool.candidates(r.target).some((p) => p.name !== provider && !exclude.has(p.name));
        if (!retry && !fallback) throw failure;
        if (fallback) exclude.add(provider);
        events.emit({ type: 'step.retrying', level: 'warn', step_id: id, data: {
          provider, attempt: round + 1, reason: failure instanceof ExtractionError ? 'extraction_failed' : failure instanceof TruncatedError ? 'truncated' : 'check_failed', on_fail: step.on_fail, message: failure?.message,
        } });
        continue;
      }
      const outputs = await writeOutputs(ctx, id, produced.contents);
      ctx.texts.set(id, text);
      if (ctx.cache) {
        const entry: CacheEntry = { v: 1, key, step_id: id, text, provider, model, usage: res.result.usage,
          cost_usd: res.costUsd, finish_reason: res.result.finishReason, created_at: new Date(ctx.clock.now()).toISOString() };
        await ctx.cache.put(entry);
      }
      events.emit({ type: 'step.succeeded', step_id: id, data: {
        cache: cacheState, cache_key: key, provider, model, attempts, duration_ms: ctx.clock.now() - started,
        usage, cost_usd: cost, outputs, checks: checkCounts(produced.report), finish_reason: res.result.finishReason, output: text,
      } });
      return 'succeeded';
    }
  } catch (e) {
    if (ctx.signal.aborted) return 'cancelled';
    attempts += attemptsOf(e) ?? 0;
    // issue-16: the budget refused this step's call: it did not run to an answer; resume runs it.
    if (e instanceof BudgetExceededError) {
      events.emit({ type: 'step.skipped', step_id: id, data: { reason: BUDGET_EXCEEDED, message: e.message, attempts, usage, cost_usd: cost } });
      log.push(['skipped', e.message]);
      return 'failed';
    }
    events.emit({ type: 'step.failed', step_id: id, data: {
      error: errorData(e), cache: cacheState, cache_key: key, provider, model, attempts,
      duration_ms: ctx.clock.now() - started, usage, cost_usd: cost,
    } });
    log.push(['error', `${errorData(e).code}: ${errorData(e).message}`]);
    return 'failed';
  } finally {
    if (log.length) await writeStepLog(ctx, id, log);
  }
}
