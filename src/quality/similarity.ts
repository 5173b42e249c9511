/**
 * Text similarity scores of the `similar` check (docs/reference.md, "Checks for model output"),
 * computed locally and deterministically, every score on 0..1:
 *
 * - chrF exactly as sacreBLEU 2.x computes a sentence score with its defaults (char_order 6,
 *   word_order 0, beta 2, whitespace removed, case kept, effective-order averaging, no epsilon
 *   smoothing), divided by 100. Characters are Unicode code points, and whitespace is what
 *   Python's str.split() splits on, so a non-ASCII text scores as it does in sacreBLEU.
 * - ROUGE-L as google-research's rouge-score computes its F-measure (no stemming), with tokens
 *   taken as runs of Unicode letters and digits after lower-casing (rouge-score keeps ASCII
 *   [a-z0-9] only: the two agree on ASCII text).
 * - cosine similarity of two embedding vectors (the `embedding` metric; the vectors come from a
 *   provider, src/quality/embeddings.ts).
 *
 * No library: no maintained JavaScript package reproduces sacreBLEU's chrF (its effective-order
 * averaging) or rouge-score's tokenisation, and both formulas are a few lines.
 */

/** Characters Python's str.split() (no argument) splits on: str.isspace() is true for them. */
const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;

export interface ChrfOptions {
  /** Character n-gram orders 1..charOrder (sacreBLEU: 6). */
  charOrder?: number;
  /** Weight of recall (sacreBLEU: 2). */
  beta?: number;
  /**
   * sacreBLEU's `eps_smoothing=True` (its chrF++.py-compatible mode): the mean of each order's F
   * with 1e-16 for an order without n-grams. Off by default, as in sacreBLEU.
   */
  epsSmoothing?: boolean;
}

/** n-gram counts of orders 1..maxOrder over code points, whitespace removed. */
function charNgrams(text: string, maxOrder: number): Array<Map<string, number>> {
  const s = text.replace(PY_WHITESPACE, '');
  // UTF-16 offsets of each code point (and the end), so an n-gram is one slice of the string.
  const at: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) at.push(i);
  }
  at.push(s.length);
  const chars = at.length - 1;
  const out: Array<Map<string, number>> = [];
  for (let n = 1; n <= maxOrder; n++) {
    const counts = new Map<string, number>();
    for (let i = 0; i + n <= chars; i++) {
      const g = s.slice(at[i]!, at[i + n]!);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
    out.push(counts);
  }
  return out;
}

/** [hyp count, ref count, matches] of one order, as sacreBLEU's _get_match_statistics. */
function matchStats(hyp: Map<string, number>, ref: Map<string, number>): [number, number, number] {
  let hypCount = 0;
  let match = 0;
  for (const [g, c] of hyp) {
    hypCount += c;
    const r = ref.get(g);
    if (r !== undefined) match += Math.min(c, r);
  }
  let refCount = 0;
  for (const c of ref.values()) refCount += c;
  // sacreBLEU: "Don't count hits if no reference exists for that n-gram".
  return [ref.size > 0 ? hypCount : 0, refCount, match];
}

/** chrF of `hypothesis` against one `reference`, on 0..1 (see the header). */
export function chrf(hypothesis: string, reference: string, opts: ChrfOptions = {}): number {
  const order = opts.charOrder ?? 6;
  const factor = (opts.beta ?? 2) ** 2;
  const eps = 1e-16;
  const hyp = charNgrams(hypothesis, order);
  const ref = charNgrams(reference, order);
  let epsScore = 0;
  let avgPrec = 0;
  let avgRec = 0;
  let effectiveOrder = 0;
  for (let i = 0; i < order; i++) {
    const [nHyp, nRef, nMatch] = matchStats(hyp[i]!, ref[i]!);
    const prec = nHyp > 0 ? nMatch / nHyp : eps;
    const rec = nRef > 0 ? nMatch / nRef : eps;
    const denom = factor * prec + rec;
    epsScore += denom > 0 ? ((1 + factor) * prec * rec) / denom : eps;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effectiveOrder++;
    }
  }
  if (opts.epsSmoothing) return epsScore / order;
  if (effectiveOrder === 0) return 0;
  avgPrec /= effectiveOrder;
  avgRec /= effectiveOrder;
  if (avgPrec + avgRec === 0) return 0;
  return ((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec);
}

/** The most token comparisons one ROUGE-L score makes (about a second of work). */
export const MAX_LCS_CELLS = 400_000_000;

/** ROUGE-L's tokens: runs of Unicode letters and digits of the lower-cased text. */
export function rougeTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Length of the longest common subsequence (two rows of the dynamic-programming table). */
function lcsLength(a: readonly string[], b: readonly string[]): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

export interface RougeScore {
  precision: number;
  recall: number;
  fmeasure: number;
}

/**
 * ROUGE-L of `candidate` against `reference` (see the header): F = 2PR / (P + R), P = LCS/|candidate|,
 * R = LCS/|reference|.
 */
export function rougeL(candidate: string, reference: string): RougeScore {
  const cand = rougeTokens(candidate);
  const ref = rougeTokens(reference);
  if (cand.length === 0 || ref.length === 0) return { precision: 0, recall: 0, fmeasure: 0 };
  // The LCS table is |candidate| x |reference| cells: bound the work a pathological output can cause.
  if (cand.length * ref.length > MAX_LCS_CELLS)
    throw new RangeError(
      `ROUGE-L: ${cand.length} x ${ref.length} tokens is more than ${MAX_LCS_CELLS} comparisons; compare shorter texts`,
    );
  const lcs = lcsLength(cand, ref);
  const precision = lcs / cand.length;
  const recall = lcs / ref.length;
  return { precision, recall, fmeasure: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Cosine similarity of two vectors of equal length; 0 when either is all zeros. */
export function cosine(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new Error(`embedding vectors differ in length (${a.length} and ${b.length})`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  if (na === 0 || nb === 0) return 0;
  return dot / (Math.sqrt(na) * Math.sqrt(nb));
}
