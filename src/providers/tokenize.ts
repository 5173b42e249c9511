/**
 * Real token counts for cost planning (`plan --cost`), with gpt-tokenizer (pure JS BPE with
 * OpenAI's encodings). OpenAI models get their own encoding (exact); other models get o200k_base
 * as an approximation (closer than 4 characters a token, which under-counts code and CJK text),
 * and the result says which. Never used for cache keys or context budgets: those keep the one
 * deterministic estimate of src/util/tokens.ts. Loaded lazily: the encodings are megabytes.
 */

export interface TokenCount {
  tokens: number;
  /** The encoding used, e.g. `o200k_base`. */
  tokenizer: string;
  /** True when the encoding is the model's own. */
  exact: boolean;
}

type Encoding = 'o200k_base' | 'cl100k_base' | 'p50k_base' | 'r50k_base' | 'o200k_harmony';
const loaded = new Map<Encoding, (text: string) => number>();

/** Encodings of OpenAI's current families (gpt-tokenizer's model table stops at gpt-4-turbo). */
const O200K = /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|codex-)/;

// Written out (no template import path) so a bundler sees each encoding it may need.
const LOADERS: Record<Encoding, () => Promise<{ countTokens: (text: string) => number }>> = {
  o200k_base: () => import('gpt-tokenizer/encoding/o200k_base'),
  // Harmony (gpt-oss) is o200k_base's ranks plus chat special tokens, which plain prompt text never
  // encodes to: the same counts, and one 578 KB rank table in dist/ instead of two copies.
  o200k_harmony: () => import('gpt-tokenizer/encoding/o200k_base'),
  cl100k_base: () => import('gpt-tokenizer/encoding/cl100k_base'),
  p50k_base: () => import('gpt-tokenizer/encoding/p50k_base'),
  r50k_base: () => import('gpt-tokenizer/encoding/r50k_base'),
};

async function counter(encoding: Encoding): Promise<(text: string) => number> {
  let c = loaded.get(encoding);
  if (c) return c;
  const mod = await LOADERS[encoding]();
  c = (text: string) => mod.countTokens(text);
  loaded.set(encoding, c);
  return c;
}

/** Which encoding a model uses, and whether it is the model's own. */
export async function encodingFor(
  model: string | undefined,
  providerType: string,
): Promise<{ encoding: Encoding; exact: boolean }> {
  const id = (model ?? '').toLowerCase().replace(/^openai\//, '');
  const openaiLike = providerType === 'openai' || providerType === 'openai-compatible';
  if (openaiLike || /^(gpt|o\d|text-|chatgpt)/.test(id)) {
    const { modelToEncodingMap } = await import('gpt-tokenizer/mapping');
    const table = modelToEncodingMap as Record<string, string>;
    const known = table[id];
    if (known && known in LOADERS) return { encoding: known as Encoding, exact: true };
    if (O200K.test(id)) return { encoding: 'o200k_base', exact: true };
  }
  return { encoding: 'o200k_base', exact: false };
}

export async function countTokens(text: string, model: string | undefined, providerType: string): Promise<TokenCount> {
  const { encoding, exact } = await encodingFor(model, providerType);
  const count = await counter(encoding);
  return { tokens: count(text), tokenizer: encoding, exact };
}
