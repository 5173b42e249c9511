/**
 * `plan --cost` for the model-backed checks (docs/reference.md, "What `plan --cost` counts"): a
 * `judge` check is one more call per sample of its step, on the judge's provider at that
 * provider's price, and a `similar` check with `metric: embedding` one embeddings request per
 * sample. A gate that may draw up to max_samples may judge up to max_samples answers, so the upper
 * bound multiplies them too.
 *
 * What a judge call is sent is the judge's own prompt (src/quality/judge.ts: instructions, the
 * rubric, the reference) around the candidate; a candidate not known yet (the step's answer is not
 * cached) is taken at the step's expected answer length (max_tokens, else EXPECTED_OUTPUT_TOKENS),
 * and the verdict at the judge provider's max_tokens, else EXPECTED_OUTPUT_TOKENS. A candidate
 * that is cached is known: its judge call has its real cache key, so a verdict already cached
 * costs nothing, as in a run.
 */
import type { CacheEntry } from '../cache/types.js';
import { EXPECTED_OUTPUT_TOKENS } from '../budget/ledger.js';
import type { LoadedSpec, ProviderSpec, StepSpec } from '../jobspec/schema.js';
import { registryPrice } from '../providers/price-registry.js';
import { callCost, priceOf } from '../providers/prices.js';
import { countTokens } from '../providers/tokenize.js';
import type { Price } from '../jobspec/schema.js';
import { judgeCacheKey, judgePrompt } from '../quality/judge.js';
import { readCheckFile } from '../quality/model-checks.js';
import type { ProviderPool } from '../routing/pool.js';
import { planCandidates } from '../routing/strategy.js';
import { estimateTokens } from '../util/tokens.js';
import { embeddingCacheKey } from './model-check-services.js';
import type { PlannedCall } from './run-plan.js';

type Lookup = { get(key: string): Promise<CacheEntry | undefined> } | null;

/** One model-backed check of a planned step and the calls it would make. */
export interface CheckCallPlan {
  kind: 'judge' | 'embedding';
  /** The check's position in the step's checks (0-based). */
  check: number;
  /** The check's provider or route, and the provider a call would go to first. */
  target: string;
  provider?: string;
  model?: string;
  /** Calls the estimate counts: one per sample whose verdict (embedding) is not cached. */
  calls: number;
  /** At most: every gate drawing its max_samples. */
  calls_max: number;
  /** Samples whose answer and verdict (embeddings) are both cached already: no call. */
  cached: number;
  /**
   * Input tokens of one call on an answer not known yet (for a judge: its prompt plus the answer at the step's expected
   * length).
   */
  input_tokens: number;
  /** False when the tokens were counted with o200k_base as an approximation (the model's tokenizer is not public). */
  tokenizer_exact: boolean;
  /**
   * Tokens a judge's verdict is assumed to take (its provider's max_tokens, else EXPECTED_OUTPUT_TOKENS); 0 for
   * embeddings.
   */
  output_tokens_est: number;
  /** USD of `calls` and of `calls_max`; undefined when the provider's price (an embedding model's) is unknown. */
  cost_usd?: number;
  cost_usd_max?: number;
}

export interface CheckCostInput {
  loaded: LoadedSpec;
  pool: ProviderPool;
  /** The unit's step (an instance's checks rendered). */
  step: StepSpec;
  /** The unit's planned calls: the judge and embedding ones are counted here. */
  calls: readonly PlannedCall[];
  /** The step's expected answer length in tokens: the stand-in for a candidate not known yet. */
  answerTokens: number;
  /** Samples whose answer is not known yet: expected and at most. */
  unknown: number;
  unknownMax: number;
  /** Samples whose answer is cached: their checks run on that text. */
  known: ReadonlyArray<{ sample: number; text: string }>;
  cache: Lookup;
  /** Embedding model prices, resolved once per provider and model. */
  embeddingPrices: Map<string, Promise<Price | undefined>>;
}

function maxTokensOf(spec: ProviderSpec | undefined): number | undefined {
  return spec && 'options' in spec ? spec.options?.max_tokens : undefined;
}

const round = (usd: number): number => Math.round(usd * 1e8) / 1e8;

async function hit(cache: Lookup, key: string): Promise<boolean> {
  if (!cache) return false;
  return (await cache.get(key).catch(() => undefined)) !== undefined;
}

/**
 * An embedding model's price: free on a local server, else the price registry's rate for the
 * embedding model (a provider's `price:` is its chat model's, so it does not apply), else unknown.
 */
export async function embeddingPrice(spec: ProviderSpec, model: string): Promise<Price | undefined> {
  const local = priceOf({
    type: spec.type,
    ...('base_url' in spec && spec.base_url ? { base_url: spec.base_url } : {}),
  });
  if (local && local.input_per_mtok === 0 && local.output_per_mtok === 0) return local;
  if (spec.type === 'replay') return undefined;
  const r = await registryPrice(model, spec.type).catch(() => undefined);
  return r ? { input_per_mtok: r.price.input_per_mtok, output_per_mtok: 0 } : undefined;
}

async function judgeCost(input: CheckCostInput, call: PlannedCall): Promise<CheckCallPlan | undefined> {
  const { loaded, pool, step } = input;
  const check = step.checks[call.check!];
  if (check?.type !== 'judge') return undefined;
  const baseDir = loaded.baseDir;
  const rubric =
    check.rubric ?? (check.rubric_file ? await readCheckFile(check.rubric_file, baseDir, 'judge rubric_file') : '');
  const reference =
    check.reference ??
    (check.reference_file ? await readCheckFile(check.reference_file, baseDir, 'judge reference_file') : undefined);
  const withReference = reference !== undefined ? { reference } : {};
  const framing = judgePrompt({ rubric, candidate: '', ...withReference });
  const all = pool.candidates(call.target);
  const provider =
    planCandidates(
      loaded.spec.routes[call.target]?.strategy ?? 'ordered',
      all,
      estimateTokens(framing.system + framing.prompt) + input.answerTokens,
    ).order[0] ?? all[0];
  if (!provider) return undefined;
  let exact = true;
  const tokens = async (candidate: string) => {
    const p = judgePrompt({ rubric, candidate, ...withReference });
    const c = await countTokens(p.system + p.prompt, provider.model, provider.type);
    exact &&= c.exact;
    return c.tokens;
  };
  const perCall = (await tokens('')) + input.answerTokens;
  const out = maxTokensOf(loaded.spec.providers[provider.name]) ?? EXPECTED_OUTPUT_TOKENS;
  const price = provider.price;
  // Known candidates: their verdict may be cached already (the run's key), else a call on that text.
  let knownCalls = 0;
  let knownCost = 0;
  for (const { sample, text } of input.known) {
    const key = judgeCacheKey({
      code_version: loaded.spec.code_version,
      provider: pool.identity(call.target),
      rubric,
      ...withReference,
      candidate: text,
      sample,
    });
    if (await hit(input.cache, key)) continue;
    knownCalls++;
    if (price) knownCost += callCost(price, await tokens(text), out);
  }
  const one = price ? callCost(price, perCall, out) : undefined;
  return {
    kind: 'judge',
    check: call.check!,
    target: call.target,
    provider: provider.name,
    model: provider.model,
    calls: knownCalls + input.unknown,
    calls_max: knownCalls + input.unknownMax,
    cached: input.known.length - knownCalls,
    input_tokens: perCall,
    tokenizer_exact: exact,
    output_tokens_est: out,
    ...(one !== undefined
      ? { cost_usd: round(knownCost + one * input.unknown), cost_usd_max: round(knownCost + one * input.unknownMax) }
      : {}),
  };
}

async function embeddingCost(input: CheckCostInput, call: PlannedCall): Promise<CheckCallPlan | undefined> {
  const { loaded, pool, step } = input;
  const check = step.checks[call.check!];
  if (check?.type !== 'similar' || !call.model) return undefined;
  const spec = loaded.spec.providers[call.target];
  if (!spec) return undefined;
  const model = call.model;
  const reference =
    check.reference ??
    (check.reference_file ? await readCheckFile(check.reference_file, loaded.baseDir, 'similar reference_file') : '');
  const memo = `${call.target}\u0000${model}`;
  if (!input.embeddingPrices.has(memo)) input.embeddingPrices.set(memo, embeddingPrice(spec, model));
  const price = await input.embeddingPrices.get(memo)!;
  let exact = true;
  const count = async (t: string) => {
    const c = await countTokens(t, model, spec.type);
    exact &&= c.exact;
    return c.tokens;
  };
  const refTokens = await count(reference);
  // The candidate and the reference go in one request; a cached reference embedding is not sent again.
  const perCall = input.answerTokens + refTokens;
  const identity = pool.get(call.target).identity();
  let knownCalls = 0;
  let knownTokens = 0;
  for (const { text } of input.known) {
    const missing = [];
    for (const t of [text, reference])
      if (!(await hit(input.cache, embeddingCacheKey(identity, model, t)))) missing.push(t);
    if (missing.length === 0) continue;
    knownCalls++;
    for (const t of missing) knownTokens += await count(t);
  }
  const cost = (tokens: number) => (price ? round(callCost(price, tokens, 0)) : undefined);
  const usd = cost(knownTokens + perCall * input.unknown);
  const usdMax = cost(knownTokens + perCall * input.unknownMax);
  return {
    kind: 'embedding',
    check: call.check!,
    target: call.target,
    provider: call.target,
    model,
    calls: knownCalls + input.unknown,
    calls_max: knownCalls + input.unknownMax,
    cached: input.known.length - knownCalls,
    input_tokens: perCall,
    tokenizer_exact: exact,
    output_tokens_est: 0,
    ...(usd !== undefined ? { cost_usd: usd, cost_usd_max: usdMax } : {}),
  };
}

/** The judge and embedding calls of one planned unit, in the order of its checks. */
export async function checkCalls(input: CheckCostInput): Promise<CheckCallPlan[]> {
  const out: CheckCallPlan[] = [];
  for (const call of input.calls) {
    const plan =
      call.kind === 'judge'
        ? await judgeCost(input, call)
        : call.kind === 'embedding'
          ? await embeddingCost(input, call)
          : undefined;
    if (plan) out.push(plan);
  }
  return out;
}

/** The part of `checks` that is priced: USD expected and at most, and how many checks have no price. */
export function checksCost(checks: readonly CheckCallPlan[] | undefined): {
  usd: number;
  usdMax: number;
  unpriced: number;
} {
  let usd = 0;
  let usdMax = 0;
  let unpriced = 0;
  for (const c of checks ?? []) {
    if (c.cost_usd === undefined) {
      if (c.calls_max > 0) unpriced++;
      continue;
    }
    usd += c.cost_usd;
    usdMax += c.cost_usd_max ?? c.cost_usd;
  }
  return { usd: round(usd), usdMax: round(usdMax), unpriced };
}
