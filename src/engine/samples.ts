/**
 * Sampled steps (docs/reference.md, "Samples and gates"): N independent samples of one LLM step,
 * each its own call, cache entry and events (`sample: k`), judged by the step's checks; with a gate,
 * more samples while the Wilson interval is undecided. A failing check is a failed sample, never a
 * retry; a sample whose call still fails after its retries is errored (neither pass nor fail).
 *
 * The step's executor supplies the calls and the checks (SampleHost); this module decides what is
 * drawn, in what order, and what the samples show. Samples of one step run at once within a
 * run-wide limit of `concurrency` calls, and the providers' pacers keep their rate limits.
 */
import type { CacheEntry, CacheStore } from '../cache/types.js';
import { viewEvents, type Lenient } from '../events/decode.js';
import type { CacheState, OrchestratorEvent, SamplesData, Usage } from '../events/types.js';
import { samplingOf, type Sampling } from '../jobspec/sampling.js';
import type { JobSpec } from '../jobspec/schema.js';
import { DEFAULT_CONFIDENCE, summarize, summaryPasses, wantsAnother } from '../quality/wilson.js';
import { zFor } from '../quality/z-value.js';
import { OrchestratorError, errorMessage, type ErrorCode } from '../util/errors.js';
import { sha256Json } from '../util/hash.js';
import { Semaphore } from '../util/semaphore.js';
import { BudgetExceededError } from '../budget/ledger.js';
import { NeedsCredentialsError } from '../routing/credentials.js';
import type { RunServices } from './services.js';

/** One sample's answer: fresh from a call, from the cache, or from an earlier attempt's log. */
export interface SampleAnswer {
  text: string;
  provider?: string;
  model?: string;
  finishReason?: string;
  usage?: Usage;
  costUsd?: number;
}

/** What the step's checks said of one sample. */
export interface SampleJudgement {
  passed: boolean;
  /** Every check passed (no `on_fail: warn` failure either): preferred as the step's output. */
  clean: boolean;
  /** The output text (the answer, or its canonical JSON under output_schema). */
  text: string;
  files: Array<{ path: string; content: string }>;
  checks: { passed: number; failed: number };
  /** A check could not be measured (its judge call failed): the sample is errored, neither passed nor failed. */
  errored?: boolean;
}

/** The executor's side of sampling: one call for a sample, and the checks. */
export interface SampleHost {
  /** Sample k's cache key (sample 0's is the key of the step unsampled). */
  keyFor(k: number): string;
  /** One call (with the provider's retries and the route's fallbacks), its events tagged with k. */
  draw(
    k: number,
    key: string,
  ): Promise<{ ok: true; answer: SampleAnswer; attempts: number } | { ok: false; error: unknown; attempts: number }>;
  /** The step's checks on sample k; throws only on what is not the answer's fault. */
  judge(k: number, answer: SampleAnswer): Promise<SampleJudgement>;
  /** A line of logs/ID.log. */
  log(title: string, body: string | undefined): void;
}

/** Answers of sampled calls in earlier attempts of a resumed run, by sample cache key. */
export type PriorSamples = ReadonlyMap<string, SampleAnswer & { attempt?: number }>;

/**
 * Reads the completed samples of the earlier attempts: every llm.response that carries a sample's
 * key and answer. A sample whose response is in the log is never drawn again on `--resume`.
 */
export function collectPriorSamples(events: readonly OrchestratorEvent[]): PriorSamples {
  const out = new Map<string, SampleAnswer & { attempt?: number }>();
  for (const e of viewEvents(events, ['llm.response'])) {
    const d = e.data;
    if (d.sample === undefined || d.sample_key === undefined || d.text === undefined) continue;
    out.set(d.sample_key, {
      text: d.text,
      ...(d.provider !== undefined ? { provider: d.provider } : {}),
      ...(d.model !== undefined ? { model: d.model } : {}),
      ...(d.finish_reason !== undefined ? { finishReason: d.finish_reason } : {}),
      ...usageOf(d.usage),
      ...(d.cost_usd !== undefined ? { costUsd: d.cost_usd } : {}),
    });
  }
  return out;
}

/** A line read from disk (an older version, a damaged file): its usage is taken only when it is whole. */
function usageOf(u: Lenient<Usage> | undefined): { usage?: Usage } {
  const { input_tokens, output_tokens } = u ?? {};
  return input_tokens !== undefined && output_tokens !== undefined ? { usage: { input_tokens, output_tokens } } : {};
}

/**
 * A sampled step's key in its step events: its sample 0 key and how it samples, so a changed N or
 * gate runs it again on resume.
 */
export function sampledStepKey(sample0Key: string, sampling: Sampling): string {
  return sha256Json({ sample0: sample0Key, samples: sampling.samples, gate: sampling.gate ?? null });
}

/** A sampled step that did not pass: its samples are on the error, for step.failed and the manifest. */
export class SamplesFailedError extends OrchestratorError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly samples: SamplesData,
    hint?: string,
  ) {
    super(code, message, hint ? { hint } : {});
  }
}

export interface SampledResult {
  text: string;
  files: Array<{ path: string; content: string }>;
  checks: { passed: number; failed: number };
  samples: SamplesData;
  /** hit: every sample came from the cache; off: no cache; else miss. */
  cache: CacheState;
  /** Provider calls made in this attempt, over every sample. */
  attempts: number;
  usage: Usage;
  costUsd: number;
  provider?: string;
  model?: string;
  finishReason?: string;
}

type Drawn =
  | { k: number; kind: 'judged'; judgement: SampleJudgement; answer: SampleAnswer; source: 'hit' | 'miss' | 'prior' }
  | { k: number; kind: 'errored'; error: unknown; source: 'miss' }
  | { k: number; kind: 'fatal'; error: unknown };

/** One semaphore per run: samples of every step share `concurrency` calls at once. */
const slotsByRun = new WeakMap<RunServices, Semaphore>();
function slotsOf(ctx: RunServices, width: number): Semaphore {
  let s = slotsByRun.get(ctx);
  if (!s) {
    s = new Semaphore(Math.max(1, width));
    slotsByRun.set(ctx, s);
  }
  return s;
}

function isFatal(e: unknown, signal: AbortSignal): boolean {
  return (
    signal.aborted ||
    e instanceof BudgetExceededError ||
    // A run without credentials: the step is skipped for them (unmeasured), not failed on errored samples.
    e instanceof NeedsCredentialsError ||
    (e instanceof OrchestratorError && e.code === 'E_CANCELLED')
  );
}

/**
 * Draws a step's samples and decides it. Returns the step's result (the lowest-index sample that
 * passed every check) or throws SamplesFailedError; a cancellation or the budget ends it as they
 * end any step (after the samples in flight settled).
 */
export async function runSamples(
  ctx: RunServices,
  id: string,
  sampling: Sampling,
  host: SampleHost,
  store: CacheStore | null,
  width: number,
): Promise<SampledResult> {
  const slots = slotsOf(ctx, width);
  const tally = { attempts: 0, usage: { input_tokens: 0, output_tokens: 0 } as Usage, costUsd: 0 };
  let anyNotHit = false;

  const settle = (
    k: number,
    answer: SampleAnswer,
    judgement: SampleJudgement,
    source: 'hit' | 'miss' | 'prior',
  ): Drawn =>
    judgement.errored
      ? {
          k,
          kind: 'errored',
          error: new OrchestratorError('E_CHECK_ERRORED', `sample ${k}: a check could not be measured`),
          source: 'miss',
        }
      : { k, kind: 'judged', answer, judgement, source };

  const one = async (k: number): Promise<Drawn> => {
    await slots.acquire();
    try {
      if (ctx.signal.aborted) return { k, kind: 'fatal', error: ctx.signal.reason };
      const key = host.keyFor(k);
      const prior = ctx.priorSamples?.get(key);
      if (prior) {
        // Completed in an earlier attempt: its answer is in the log, it is judged again, never drawn again.
        host.log(`sample ${k} (resumed, ${prior.provider ?? 'unknown'}/${prior.model ?? 'unknown'})`, prior.text);
        addUsage(tally, prior);
        tally.attempts += 1;
        return settle(k, prior, await host.judge(k, prior), 'prior');
      }
      if (store) {
        const entry = await store.get(key);
        if (entry) {
          ctx.events.emit({ type: 'cache.hit', step_id: id, data: { key, sample: k, sample_key: key } });
          const answer = fromEntry(entry);
          host.log(
            `sample ${k} (cache hit, ${answer.provider ?? 'unknown'}/${answer.model ?? 'unknown'})`,
            answer.text,
          );
          return settle(k, answer, await host.judge(k, answer), 'hit');
        }
        ctx.events.emit({ type: 'cache.miss', step_id: id, data: { key, sample: k, sample_key: key } });
      }
      const r = await host.draw(k, key);
      tally.attempts += r.attempts;
      if (!r.ok) {
        if (isFatal(r.error, ctx.signal)) return { k, kind: 'fatal', error: r.error };
        host.log(`sample ${k} (errored)`, errorMessage(r.error));
        return { k, kind: 'errored', error: r.error, source: 'miss' };
      }
      addUsage(tally, r.answer);
      host.log(`sample ${k} (${r.answer.provider ?? 'unknown'}/${r.answer.model ?? 'unknown'})`, r.answer.text);
      // Every draw is cached, passing or not: a second run of the job makes no call, and a sample is
      // judged afresh on each hit (a changed check applies to the same answers).
      if (store)
        await store.put({
          v: 1,
          key,
          step_id: id,
          text: r.answer.text,
          ...(r.answer.provider !== undefined ? { provider: r.answer.provider } : {}),
          ...(r.answer.model !== undefined ? { model: r.answer.model } : {}),
          ...(r.answer.usage ? { usage: r.answer.usage } : {}),
          cost_usd: r.answer.costUsd ?? 0,
          ...(r.answer.finishReason !== undefined ? { finish_reason: r.answer.finishReason } : {}),
          created_at: new Date(ctx.clock.now()).toISOString(),
        });
      return settle(k, r.answer, await host.judge(k, r.answer), 'miss');
    } catch (e) {
      return { k, kind: 'fatal', error: e };
    } finally {
      slots.release();
    }
  };

  const results: Drawn[] = [];
  const counts = { drawn: 0, judged: 0, passed: 0 };
  const take = (batch: Drawn[]): void => {
    for (const d of batch) {
      results.push(d);
      if (d.kind === 'fatal') continue;
      counts.drawn++;
      if (d.source !== 'hit') anyNotHit = true;
      if (d.kind === 'judged') {
        counts.judged++;
        if (d.judgement.passed) counts.passed++;
      }
    }
    const fatal = batch.find((d) => d.kind === 'fatal');
    if (fatal) throw fatal.error;
  };

  const z = await zFor(sampling.gate?.confidence ?? DEFAULT_CONFIDENCE);
  take(await Promise.all(Array.from({ length: sampling.samples }, (_, k) => one(k))));
  // Adaptive: one more at a time while the interval contains R and fewer than max_samples were drawn.
  if (sampling.gate) while (wantsAnother(sampling.gate, counts, z)) take([await one(counts.drawn)]);

  const summary = summarize(counts, sampling.gate, z);
  const samples: SamplesData = summary;
  const judged = results
    .filter((d): d is Extract<Drawn, { kind: 'judged' }> => d.kind === 'judged')
    .sort((a, b) => a.k - b.k);
  const errored = results
    .filter((d): d is Extract<Drawn, { kind: 'errored' }> => d.kind === 'errored')
    .sort((a, b) => a.k - b.k);
  const chosen = judged.find((d) => d.judgement.passed && d.judgement.clean) ?? judged.find((d) => d.judgement.passed);

  if (!summaryPasses(summary) || !chosen) throw failure(id, summary, sampling, errored[0]?.error);
  const last = judged.at(-1)!;
  return {
    text: chosen.judgement.text,
    files: chosen.judgement.files,
    checks: chosen.judgement.checks,
    samples,
    cache: store === null ? 'off' : anyNotHit ? 'miss' : 'hit',
    attempts: tally.attempts,
    usage: tally.usage,
    costUsd: tally.costUsd,
    ...(chosen.answer.provider !== undefined
      ? { provider: chosen.answer.provider }
      : last.answer.provider !== undefined
        ? { provider: last.answer.provider }
        : {}),
    ...(chosen.answer.model !== undefined ? { model: chosen.answer.model } : {}),
    ...(chosen.answer.finishReason !== undefined ? { finishReason: chosen.answer.finishReason } : {}),
  };
}

function addUsage(tally: { usage: Usage; costUsd: number }, a: SampleAnswer): void {
  if (a.usage) {
    tally.usage.input_tokens += a.usage.input_tokens;
    tally.usage.output_tokens += a.usage.output_tokens;
  }
  tally.costUsd += a.costUsd ?? 0;
}

function fromEntry(e: CacheEntry): SampleAnswer {
  return {
    text: e.text,
    ...(e.provider !== undefined ? { provider: e.provider } : {}),
    ...(e.model !== undefined ? { model: e.model } : {}),
    ...(e.finish_reason !== undefined ? { finishReason: e.finish_reason } : {}),
  };
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

function failure(id: string, s: SamplesData, sampling: Sampling, firstError: unknown): SamplesFailedError {
  const shown = `${s.passed}/${s.judged} passed${s.errored ? `, ${s.errored} errored` : ''}`;
  const because = firstError !== undefined ? `: ${errorMessage(firstError)}` : '';
  if (s.judged === 0)
    return new SamplesFailedError(
      'E_UNMEASURED',
      `step ${id}: no sample was judged (${s.errored} of ${s.drawn} errored${because}): ` +
        'a gate never passes on no evidence',
      s,
      'see the llm.error events of its samples (orchestrator tail --step ID --type llm.)',
    );
  if (sampling.gate) {
    const ci = `${pct(s.ci_low)}-${pct(s.ci_high)}`;
    return new SamplesFailedError(
      'E_GATE_FAILED',
      `step ${id}: gate ${s.verdict}: ${shown}, ${pct(s.confidence ?? 0.95)} CI ${ci} ` +
        `against min_pass_rate ${pct(sampling.gate.min_pass_rate)}`,
      s,
      "see the step's quality.failed events (orchestrator tail --step ID --type quality.)",
    );
  }
  return new SamplesFailedError(
    s.judged < s.drawn && s.passed === s.judged ? 'E_SAMPLE_ERRORED' : 'E_CHECK_FAILED',
    `step ${id}: not every sample passed: ${shown}` +
      (s.passed === s.judged && firstError !== undefined ? ` (${errorMessage(firstError)})` : ''),
    s,
    'without a gate a sampled step passes only when every sample passes; ' +
      'add gate: { min_pass_rate: R } to accept a pass rate',
  );
}

/**
 * A sampled or gated step that a run without credentials skipped measured nothing: its samples
 * object says `unmeasured` (a gate never passes on no evidence), so reports, golden and the PR
 * quality comparison show it as such. Undefined for a step that is not sampled.
 */
export function unmeasuredSamples(spec: JobSpec, id: string): SamplesData | undefined {
  const sampling = samplingOf(spec, id);
  if (!sampling) return undefined;
  return {
    drawn: 0,
    judged: 0,
    passed: 0,
    errored: 0,
    pass_rate: null,
    ci_low: 0,
    ci_high: 1,
    verdict: 'unmeasured',
    confidence: sampling.gate?.confidence ?? DEFAULT_CONFIDENCE,
    ...(sampling.gate ? { min_pass_rate: sampling.gate.min_pass_rate } : {}),
  };
}

/** `samples` for a skipped step's event: present (unmeasured) when the step is sampled. */
export function unmeasuredSkip(spec: JobSpec, id: string): { samples?: SamplesData } {
  const samples = unmeasuredSamples(spec, id);
  return samples ? { samples } : {};
}
