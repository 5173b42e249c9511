/**
 * The order a route tries its providers in. `ordered`: as written. `cost`: cheapest first by an
 * estimate of this call's cost = prompt tokens x input price + EXPECTED_OUTPUT_TOKENS x output
 * price (the answer's length is unknown before the call; a typical one is assumed). Providers
 * without a known price go last; ties keep the written order. Either strategy skips a provider
 * whose `context_window` is smaller than the prompt (estimated at 4 characters a token), and the
 * ones the caller excluded.
 */
import type { Provider } from '../providers/types.js';
import type { RouteSpec } from '../spec/schema.js';
import { estimateTokens } from '../util/tokens.js';

export const EXPECTED_OUTPUT_TOKENS = 1000;

/** Rough token count of a call's input: the same rule as everywhere (src/util/tokens.ts). */
export function estimatePromptTokens(system: string | undefined, prompt: string): number {
  return estimateTokens((system ?? '') + prompt);
}

/** Estimated USD for one call, or undefined when the provider has no known price. */
export function estimateCost(p: Provider, promptTokens: number, outputTokens = EXPECTED_OUTPUT_TOKENS): number | undefined {
  if (!p.price) return undefined;
  return (promptTokens * p.price.input_per_mtok + outputTokens * p.price.output_per_mtok) / 1e6;
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
