/**
 * What a call costs. A spec's `price` always wins; otherwise a small built-in table for common
 * hosted models, and zero for models served on your own machine (ollama, or any server on a
 * loopback base_url). Unknown models have no price: their cost shows as 0 and cost routing
 * tries them last.
 *
 * Figures: USD per million tokens, standard (non-batch, uncached) rates as published on
 * https://openai.com/api/pricing and https://www.anthropic.com/pricing, checked 2025-11-30.
 * Prices change: put `price:` in the spec when the number matters.
 */
import type { Price } from '../jobspec/schema.js';

export const BUILTIN_PRICES: Readonly<Record<string, Price>> = {
  // OpenAI
  'gpt-5': { input_per_mtok: 1.25, output_per_mtok: 10 },
  'gpt-5-mini': { input_per_mtok: 0.25, output_per_mtok: 2 },
  'gpt-5-nano': { input_per_mtok: 0.05, output_per_mtok: 0.4 },
  'gpt-4.1': { input_per_mtok: 2, output_per_mtok: 8 },
  'gpt-4.1-mini': { input_per_mtok: 0.4, output_per_mtok: 1.6 },
  'gpt-4.1-nano': { input_per_mtok: 0.1, output_per_mtok: 0.4 },
  'gpt-4o': { input_per_mtok: 2.5, output_per_mtok: 10 },
  'gpt-4o-mini': { input_per_mtok: 0.15, output_per_mtok: 0.6 },
  o3: { input_per_mtok: 2, output_per_mtok: 8 },
  'o3-mini': { input_per_mtok: 1.1, output_per_mtok: 4.4 },
  'o4-mini': { input_per_mtok: 1.1, output_per_mtok: 4.4 },
  // Anthropic
  'claude-opus-4-5': { input_per_mtok: 5, output_per_mtok: 25 },
  'claude-opus-4-1': { input_per_mtok: 15, output_per_mtok: 75 },
  'claude-opus-4': { input_per_mtok: 15, output_per_mtok: 75 },
  'claude-sonnet-4-5': { input_per_mtok: 3, output_per_mtok: 15 },
  'claude-sonnet-4': { input_per_mtok: 3, output_per_mtok: 15 },
  'claude-3-7-sonnet': { input_per_mtok: 3, output_per_mtok: 15 },
  'claude-haiku-4-5': { input_per_mtok: 1, output_per_mtok: 5 },
  'claude-3-5-haiku': { input_per_mtok: 0.8, output_per_mtok: 4 },
};

const FREE: Price = { input_per_mtok: 0, output_per_mtok: 0 };

/** The table entry for a model id, allowing dated snapshots (`gpt-4o-mini-2024-07-18`). */
export function builtinPrice(model: string): Price | undefined {
  const id = model.toLowerCase().replace(/^(openai|anthropic)\//, '');
  if (BUILTIN_PRICES[id]) return BUILTIN_PRICES[id];
  let best: string | undefined;
  for (const key of Object.keys(BUILTIN_PRICES)) {
    if (id.startsWith(key + '-') && (!best || key.length > best.length)) best = key;
  }
  return best ? BUILTIN_PRICES[best] : undefined;
}

function isLoopback(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
  } catch {
    return false;
  }
}

/** Anything with a type and model: a provider spec or a Provider. */
export interface Priced {
  type: string;
  model?: string;
  price?: Price;
  base_url?: string;
}

/** USD per million input/output tokens for a provider, or undefined when unknown. */
export function priceOf(p: Priced): Price | undefined {
  if (p.price) return p.price;
  if (p.type === 'ollama' || (p.type === 'openai-compatible' && isLoopback(p.base_url))) return FREE;
  if (p.type === 'replay') return undefined;
  return p.model ? builtinPrice(p.model) : undefined;
}

/** USD of a call at `price`: the one price formula (runs, budgets, routing by cost and `plan --cost` use it). */
export function callCost(price: Price, inputTokens: number, outputTokens: number): number {
  return (inputTokens * price.input_per_mtok + outputTokens * price.output_per_mtok) / 1e6;
}
