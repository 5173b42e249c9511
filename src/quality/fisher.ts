/**
 * Two-sided Fisher exact test for a 2x2 table (docs/reference.md, "Quality against the base
 * branch"). The p-value sums the hypergeometric probabilities of every table with the observed
 * margins that is no more likely than the observed table, with R's fisher.test relative tolerance
 * (1 + 1e-7) so that tables equal to the observed one up to rounding count too.
 *
 * Probabilities come from a table of log-factorials built by summing logs: sample counts are small
 * (hundreds at most), so the table is short and its rounding error (~1e-13 relative) sits far
 * below the tolerance. See docs/ARCHITECTURE.md for why no library is used.
 */

/** R's fisher.test: `relErr <- 1 + 10^(-7)`. */
const REL_TOLERANCE = 1 + 1e-7;

const logFactorials: number[] = [0];

function logFactorial(n: number): number {
  for (let i = logFactorials.length; i <= n; i++) logFactorials.push(logFactorials[i - 1] + Math.log(i));
  return logFactorials[n];
}

function logChoose(n: number, k: number): number {
  return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}

function count(name: string, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`fisher: ${name} must be a whole number >= 0, got ${n}`);
  return n;
}

/**
 * Two-sided p-value of the table
 *
 *     | a | b |
 *     | c | d |
 *
 * e.g. (passed here, failed here, passed base, failed base). 1 when a margin is 0.
 */
export function fisherExactTwoSided(a: number, b: number, c: number, d: number): number {
  count('a', a);
  count('b', b);
  count('c', c);
  count('d', d);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  // The top-left cell ranges over every value the margins allow; each value is one table.
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (lo === hi) return 1;
  const logDenominator = logChoose(n, col1);
  const logProb = (x: number) => logChoose(row1, x) + logChoose(row2, col1 - x) - logDenominator;
  const observed = logProb(a);
  // Compare in the log domain: log(p * (1 + 1e-7)) = log p + log1p(1e-7).
  const limit = observed + Math.log(REL_TOLERANCE);
  // As R does, divide by the sum over all tables rather than trusting the log-factorials to sum
  // to exactly 1, so a test where every table counts gives p = 1, not 1 - 1e-15.
  let p = 0;
  let all = 0;
  for (let x = lo; x <= hi; x++) {
    const lp = logProb(x);
    const prob = Math.exp(lp);
    all += prob;
    if (lp <= limit) p += prob;
  }
  return p >= all ? 1 : p / all;
}
