/**
 * The one token estimate of the product: 4 characters a token. Used for offline usage numbers
 * (replay), context budgets and route pre-checks, so they all agree. Deterministic on purpose: a
 * real tokenizer differs per model, and a context built under a budget must be the same on
 * every machine for cache keys to hold.
 */
export const CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}
