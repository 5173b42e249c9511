/**
 * The order a route tries its providers in. `ordered`: as written. `cost`: cheapest first by an
 * estimate of this call's cost = prompt tokens x input price + EXPECTED_OUTPUT_TOKENS x output
 * price (the answer's length is unknown before the call; a typical one is assumed). Providers
 * without a known price go last; ties keep the written order. Either strategy skips a provider
 * whose `context_window` is smaller than the prompt (estimated at 4 characters a token), and the
 * ones the caller excluded.
 */
import type { Provider } from '../providers/types.js';
import type { RouteSpec } from '../jobspec/schema.js';
import { estimateTokens } from '../util/tokens.js';
import { callCost } from '../providers/prices.js';

export const EXPECTED_OUTPUT_TOKENS = 1000;

/** Rough token count of a call's input: the same rule as everywhere (src/util/tokens.ts). */
export function estimatePromptTokens(system: string | undefined, prompt: string): number {
  return estimateTokens((system ?? '') + prompt);
}

/** Estimated USD for one call, or undefined when the provider has no known price. */
export function estimateCost(
  p: Provider,
  promptTokens: number,
  outputTokens = EXPECTED_OUTPUT_TOKENS,
): number | undefined {
  if (!p.price) return undefined;
  return callCost(p.price, promptTokens, outputTokens);
}

export interface SkippedCandidate {
  provider: string;
  reason: 'excluded' | 'context_window';
}

export interface CandidatePlan {
  order: Provider[];
  skipped: SkippedCandidate[];
}

export function planCandidates(
  strategy: RouteSpec['strategy'],
  providers: Provider[],
  promptTokens: number,
  exclude?: ReadonlySet<string>,
): CandidatePlan {
  const skipped: SkippedCandidate[] = [];
  const usable = providers.filter((p) => {
    if (exclude?.has(p.name)) {
      skipped.push({ provider: p.name, reason: 'excluded' });
      return false;
    }
    if (p.contextWindow !== undefined && promptTokens > p.contextWindow) {
      skipped.push({ provider: p.name, reason: 'context_window' });
      return false;
    }
    return true;
  });
  if (strategy === 'ordered') return { order: usable, skipped };
  const cost = (p: Provider) => estimateCost(p, promptTokens) ?? Number.POSITIVE_INFINITY;
  // Array.prototype.sort is stable: equal estimates keep the route's written order.
  return { order: [...usable].sort((a, b) => cost(a) - cost(b)), skipped };
}

export interface DeferredCandidate {
  provider: string;
  reason: 'rate_limited';
  /** How long its pacer would make this call wait. */
  wait_ms: number;
  /** What the next candidate is expected to take: its own pacer wait plus its mean call time. */
  next_expected_ms: number;
}

/**
 * The cost route's rate rule: a candidate whose pacer would make this call wait longer than the
 * next candidate is expected to take (that one's pacer wait + its mean call duration) moves to
 * the end of the order. It stays a fallback: a cheap provider that is busy is still better than
 * no answer. Changes `plan.order` in place; returns what it moved.
 */
export function deferBusyCandidates(
  plan: CandidatePlan,
  waitMs: (p: Provider) => number,
  latencyMs: (p: Provider) => number,
): DeferredCandidate[] {
  const { order } = plan;
  if (order.length < 2) return [];
  const kept: Provider[] = [];
  const moved: Provider[] = [];
  const deferred: DeferredCandidate[] = [];
  for (let i = 0; i < order.length; i++) {
    const p = order[i]!;
    const next = order[i + 1];
    if (next) {
      const wait = waitMs(p);
      const nextExpected = waitMs(next) + latencyMs(next);
      if (wait > nextExpected) {
        moved.push(p);
        deferred.push({
          provider: p.name,
          reason: 'rate_limited',
          wait_ms: Math.round(wait),
          next_expected_ms: Math.round(nextExpected),
        });
        continue;
      }
    }
    kept.push(p);
  }
  order.splice(0, order.length, ...kept, ...moved);
  return deferred;
}
