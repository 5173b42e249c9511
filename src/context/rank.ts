/**
 * BM25 relevance of files to a prompt: what decides which files stay when the context is over
 * budget. The tokenizer is deliberately simple and locale-free (same scores on every OS):
 * runs of letters/digits, split at camelCase and snake_case boundaries, lowercased.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const CAMEL = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;

/** `parseHTTPResponse_v2` -> parse, http, response, v2 (plus the whole word `parsehttpresponse`). */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const parts = word.split(CAMEL);
    for (const p of parts) if (p.length >= 2) out.push(p.toLowerCase());
    if (parts.length > 1) out.push(word.toLowerCase());
  }
  return out;
}

export interface RankDoc {
  path: string;
  content: string;
}

const K1 = 1.2;
const B = 0.75;
/** A term in the path counts as much as this many occurrences in the content. */
const PATH_WEIGHT = 3;

/**
 * BM25 score of every doc for `query`, in the docs' order. Only the query's terms are counted,
 * so thousands of files cost one pass over their text.
 */
export function bm25Scores(docs: RankDoc[], query: string): number[] {
  const terms = [...new Set(tokenize(query))];
  if (terms.length === 0 || docs.length === 0) return docs.map(() => 0);
  const termSet = new Set(terms);
  const tfs: Map<string, number>[] = [];
  const lengths: number[] = [];
  const df = new Map<string, number>();
  for (const doc of docs) {
    const tf = new Map<string, number>();
    let length = 0;
    const count = (tokens: string[], weight: number) => {
      for (const t of tokens) {
        length += weight;
        if (termSet.has(t)) tf.set(t, (tf.get(t) ?? 0) + weight);
      }
    };
    count(tokenize(doc.path), PATH_WEIGHT);
    count(tokenize(doc.content), 1);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    tfs.push(tf);
    lengths.push(length);
  }
  const n = docs.length;
  const avgdl = lengths.reduce((a, b) => a + b, 0) / n || 1;
  return tfs.map((tf, i) => {
    let score = 0;
    for (const t of terms) {
      const f = tf.get(t);
      if (!f) continue;
      const d = df.get(t)!;
      const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
      score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[i]!) / avgdl));
    }
    // Rounded so that last-bit differences can never reorder files between machines.
    return Math.round(score * 1e6) / 1e6;
  });
}
