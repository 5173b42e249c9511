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
import type { Usage } from '../events/types.js';

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
  // A Bedrock model id (`us.anthropic.claude-sonnet-4-5-20250929-v1:0`) is the model behind a prefix.
  const id = model
    .toLowerCase()
    .replace(/^(openai|anthropic)\//, '')
    .replace(/^([a-z]{2,6}\.)?anthropic\./, '');
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

/** What a call's usage costs beyond plain input and output: prompt-cache reads and writes. */
export interface CostOptions {
  /** The provider's type: where the spec and the registry give no cache rate, its documented ratio applies. */
  providerType?: string;
  /** Anthropic's cache lifetime: a 1-hour write costs 2x the input rate instead of 1.25x. */
  cacheTtl?: '5m' | '1h';
}

/**
 * Cache rates as documented by the providers, relative to the input rate, for a price that names
 * none: Anthropic bills a cache read at 0.1x and a write at 1.25x (5-minute) or 2x (1-hour)
 * (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#pricing). OpenAI's
 * discount differs by model and writes are free, so an OpenAI model the registry does not know is
 * charged the input rate for cached tokens: never less than the provider may bill.
 */
export function cacheRates(price: Price, opts: CostOptions = {}): { read: number; write: number } {
  const anthropic = opts.providerType === 'anthropic' || opts.providerType === 'bedrock';
  const writeRatio = opts.cacheTtl === '1h' ? 2 : 1.25;
  const read = price.cache_read_per_mtok ?? (anthropic ? price.input_per_mtok * 0.1 : price.input_per_mtok);
  const write =
    opts.cacheTtl === '1h' && anthropic
      ? price.input_per_mtok * writeRatio
      : (price.cache_write_per_mtok ?? (anthropic ? price.input_per_mtok * writeRatio : price.input_per_mtok));
  return { read, write };
}

/**
 * The one price formula: USD for a call's usage. `input_tokens` counts every input token, the
 * cached and cache-written ones included (docs/reference.md, "Usage and cost"); each part is
 * charged at its own rate.
 */
export function costOfUsage(usage: Usage, price: Price | undefined, opts: CostOptions = {}): number {
  if (!price) return 0;
  const cached = Math.max(0, usage.cached_input_tokens ?? 0);
  const written = Math.max(0, usage.cache_write_tokens ?? 0);
  const plain = Math.max(0, usage.input_tokens - cached - written);
  const rates = cached > 0 || written > 0 ? cacheRates(price, opts) : { read: 0, write: 0 };
  return (
    (plain * price.input_per_mtok +
      cached * rates.read +
      written * rates.write +
      usage.output_tokens * price.output_per_mtok) /
    1e6
  );
}

/** What the cached part of a call would have cost at the plain input rate, less what it did cost. */
export function cacheSavingsOf(usage: Usage, price: Price | undefined, opts: CostOptions = {}): number {
  if (!price) return 0;
  const uncached: Usage = { input_tokens: usage.input_tokens, output_tokens: usage.output_tokens };
  return costOfUsage(uncached, price, opts) - costOfUsage(usage, price, opts);
}

/**
 * USD of a call's input and output tokens at `price` (no cache parts): estimates for budgets, routing by cost and
 * `plan --cost`.
 */
export function callCost(price: Price, inputTokens: number, outputTokens: number): number {
  return costOfUsage({ input_tokens: inputTokens, output_tokens: outputTokens }, price);
}
