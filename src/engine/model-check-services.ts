/**
 * The run's side of the checks for model output (src/quality/model-checks.ts): a judge call and
 * an embedding call, each with its own cache entry (so a second run of an unchanged job makes no
 * provider call, judge and embeddings included) and its own events, scoped to the judged step.
 *
 * - A judge call goes through the provider pool like a step's call: its route, retries, circuit
 *   breaker, rate limits and budget; llm.* events carry `judge: true` and `check: INDEX`; replay
 *   answers it from the entry `judge:STEP` (`judge:STEP[KEY]` for an instance). Its tokens and
 *   cost are added to the step's.
 * - An embedding call is paced by the provider's rate limits and retried on retryable errors;
 *   its llm.* events carry `embedding: true`.
 * Both follow the step's cache setting (`cache: false`, `--no-cache`).
 */
import type { CacheStore } from '../cache/types.js';
import { CACHE_FORMAT } from '../cache/key.js';
import type { StepSpec } from '../jobspec/schema.js';
import {
  JUDGE_OUTPUT_SCHEMA,
  judgeCacheKey,
  judgePrompt,
  parseJudgeAnswer,
  JudgeAnswerError,
  type JudgeVerdict,
} from '../quality/judge.js';
import type { EmbedCall, JudgeCall, ModelCheckServices } from '../quality/model-checks.js';
import { backoffDelay } from '../resilience/backoff.js';
import { OrchestratorError, ProviderError, UsageError, errorMessage } from '../util/errors.js';
import { sha256Json } from '../util/hash.js';
import { estimateTokens } from '../util/tokens.js';
import { stepCache } from './cache-policy.js';
import type { RunServices } from './services.js';

export interface ModelCheckContext {
  /** The sample being judged (0 when the step is not sampled): part of the judge's cache key. */
  sample?: number;
  /** Called with each judge call's spend, which the step's tally adds. */
  onSpend?: (spend: {
    input_tokens: number;
    output_tokens: number;
    cached_input_tokens?: number;
    cache_write_tokens?: number;
    cost_usd: number;
    /** A cut-off call charged an estimate (docs/reference.md, "Prompt caching and cost"). */
    estimated?: boolean;
  }) => void;
  /**
   * Adds a section to the judged step's log (logs/STEP.log): a judge call's system prompt, prompt
   * and answer, so `orchestrator record` can make a replay fixture of it (`judge:STEP`).
   */
  onLog?: (title: string, body: string) => void;
}

async function cached(store: CacheStore | null, key: string): Promise<string | undefined> {
  if (!store) return undefined;
  try {
    return (await store.get(key))?.text;
  } catch {
    return undefined; // a cache that cannot be read is a miss, as for steps
  }
}

async function remember(
  store: CacheStore | null,
  key: string,
  stepId: string,
  text: string,
  extra: { provider?: string; model?: string },
): Promise<void> {
  if (!store) return;
  await store
    .put({ v: 1, key, step_id: stepId, text, ...extra, created_at: new Date().toISOString() })
    .catch(() => undefined);
}

/** An embedding's cache key: what it depends on is the server and the embedding model, not the chat options. */
export function embeddingCacheKey(identity: Record<string, unknown>, model: string, text: string): string {
  return sha256Json({
    format: CACHE_FORMAT,
    kind: 'embedding',
    type: identity.type,
    base_url: identity.base_url ?? null,
    model,
    text,
  });
}

export function modelCheckServices(
  ctx: RunServices,
  id: string,
  step: StepSpec,
  mc: ModelCheckContext = {},
): ModelCheckServices {
  const store = stepCache(ctx.cache, step);
  const { retries, timeoutMs } = ctx.settings.get(id);
  const sample = mc.sample ?? 0;

  const judge = async (call: JudgeCall): Promise<JudgeVerdict> => {
    const target = call.check.provider;
    const key = judgeCacheKey({
      code_version: ctx.loaded.spec.code_version,
      provider: ctx.pool.identity(target),
      rubric: call.rubric,
      ...(call.reference !== undefined ? { reference: call.reference } : {}),
      candidate: call.candidate,
      sample,
    });
    const marker = { judge: true, check: call.index, ...(mc.sample !== undefined ? { sample: mc.sample } : {}) };
    const { system, prompt } = judgePrompt(call);
    // `(sample K)` places the call in a sampled step's list of answers when it is recorded.
    const suffix = mc.sample !== undefined ? ` (sample ${mc.sample})` : '';
    const logCall = (answer: string) => {
      if (!mc.onLog) return;
      mc.onLog(`judge system${suffix}`, ctx.redactor.apply(system));
      mc.onLog(`judge prompt${suffix}`, ctx.redactor.apply(prompt));
      mc.onLog(`judge response${suffix}`, ctx.redactor.apply(answer));
    };
    const hit = await cached(store, key);
    if (hit !== undefined) {
      try {
        const v = parseJudgeAnswer(hit);
        ctx.events.emit({ type: 'cache.hit', step_id: id, data: { key, ...marker } });
        logCall(hit);
        return v;
      } catch {
        /* a record that is not a verdict is a miss */
      }
    } else if (store) ctx.events.emit({ type: 'cache.miss', step_id: id, data: { key, ...marker } });
    const res = await ctx.pool.invokeSettled({
      stepId: id,
      target,
      system,
      prompt,
      timeoutMs,
      retries,
      signal: ctx.signal,
      stepSpanId: ctx.events.stepSpan(id),
      outputSchema: JUDGE_OUTPUT_SCHEMA,
      answerKey: `judge:${id}`,
      eventData: marker,
      ...(mc.sample !== undefined ? { sample: mc.sample } : {}),
    });
    // A judge call cut off by its deadline or a cancel is charged like a step's (docs/reference.md, "Prompt caching and
    // cost").
    if (res.charged)
      mc.onSpend?.({ ...res.charged.usage, cost_usd: res.charged.usd, estimated: res.charged.estimated });
    if (!res.ok) throw res.error;
    logCall(res.result.text);
    // The whole usage: a judge's prompt-cache parts count in its step's usage like an answer's.
    mc.onSpend?.({ ...res.result.usage, cost_usd: res.costUsd });
    let v: JudgeVerdict;
    try {
      v = parseJudgeAnswer(res.result.text);
    } catch (e) {
      if (e instanceof JudgeAnswerError)
        throw new OrchestratorError('E_JUDGE_ANSWER', `${res.provider.name}: ${e.message}`);
      throw e;
    }
    v = { ...v, reason: ctx.redactor.apply(v.reason) };
    await remember(store, key, `judge:${id}`, JSON.stringify(v), {
      provider: res.provider.name,
      model: ctx.redactor.apply(res.result.model),
    });
    return v;
  };

  const embed = async (call: EmbedCall): Promise<number[][]> => {
    const provider = ctx.pool.get(call.provider);
    if (!provider.embed) {
      throw new UsageError(
        'E_NO_EMBEDDINGS',
        `provider ${call.provider} (type ${provider.type}) has no embeddings API`,
        {
          hint: 'metric embedding needs a provider of type openai, openai-compatible or ollama',
        },
      );
    }
    const keys = call.texts.map((text) => embeddingCacheKey(provider.identity(), call.model, text));
    const vectors: Array<number[] | undefined> = await Promise.all(
      keys.map(async (k) => {
        const t = await cached(store, k);
        if (t === undefined) return undefined;
        try {
          const v = JSON.parse(t) as unknown;
          return Array.isArray(v) && v.every((x) => typeof x === 'number') ? (v as number[]) : undefined;
        } catch {
          return undefined;
        }
      }),
    );
    const missing = vectors.flatMap((v, i) => (v === undefined ? [i] : []));
    if (missing.length === 0) return vectors as number[][];
    const values = missing.map((i) => call.texts[i]!);
    const pacer = ctx.pool.pacer(provider.name);
    const tokens = values.reduce((n, t) => n + estimateTokens(t), 0);
    const marker = { embedding: true, check: call.index, ...(mc.sample !== undefined ? { sample: mc.sample } : {}) };
    for (let attempt = 1; ; attempt++) {
      let retryAfter: number;
      await pacer.acquire(tokens, ctx.signal);
      const started = ctx.clock.now();
      ctx.events.emit({
        type: 'llm.request',
        step_id: id,
        data: {
          ...marker,
          provider: provider.name,
          provider_type: provider.type,
          model: call.model,
          attempt,
          provider_attempt: attempt,
          prompt_chars: values.reduce((n, t) => n + t.length, 0),
          timeout_ms: timeoutMs,
        },
      });
      const deadline = AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]);
      try {
        const r = await provider.embed({ model: call.model, values, signal: deadline });
        if (r.embeddings.length !== values.length)
          throw new ProviderError(
            'E_BAD_RESPONSE',
            provider.name,
            `provider ${provider.name}: ${r.embeddings.length} embeddings for ${values.length} texts`,
            {
              retryable: false,
            },
          );
        pacer.succeeded();
        ctx.events.emit({
          type: 'llm.response',
          step_id: id,
          data: {
            ...marker,
            provider: provider.name,
            model: call.model,
            attempt,
            duration_ms: ctx.clock.now() - started,
            usage: { input_tokens: r.tokens, output_tokens: 0 },
            cost_usd: 0,
          },
        });
        for (const [j, i] of missing.entries()) {
          vectors[i] = r.embeddings[j]!;
          await remember(store, keys[i]!, `embedding:${id}`, JSON.stringify(r.embeddings[j]), {
            provider: provider.name,
            model: call.model,
          });
        }
        return vectors as number[][];
      } catch (e) {
        if (ctx.signal.aborted) throw ctx.signal.reason ?? e;
        const retryable = e instanceof OrchestratorError ? e.retryable : deadline.aborted;
        const willRetry = retryable && attempt <= retries;
        ctx.events.emit({
          type: 'llm.error',
          level: willRetry ? 'warn' : 'error',
          step_id: id,
          data: {
            ...marker,
            provider: provider.name,
            model: call.model,
            attempt,
            duration_ms: ctx.clock.now() - started,
            code: e instanceof OrchestratorError ? e.code : deadline.aborted ? 'E_TIMEOUT' : 'E_PROVIDER',
            message: errorMessage(e),
            ...(e instanceof OrchestratorError && e.status !== undefined ? { status: e.status } : {}),
            retryable,
          },
        });
        if (!willRetry) throw e;
        retryAfter = backoffDelay(attempt, e instanceof OrchestratorError ? e.retryAfterMs : undefined);
      } finally {
        pacer.release();
      }
      await ctx.clock.sleep(retryAfter, ctx.signal);
    }
  };

  return { judge, embed };
}
