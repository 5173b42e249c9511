import { fisherExactTwoSided } from '../../src/quality/fisher.js';

/** C(n, k) exactly, as a BigInt. */
function choose(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/**
 * The definition, computed independently: every table with the observed margins, its probability
 * an exact rational (numerator over the common denominator C(n, col1)); sum those no more likely
 * than the observed one. Exact integers, so "no more likely" needs no tolerance here.
 */
function bruteForce(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const weight = (x: number) =>
    x < 0 || x > row1 || col1 - x < 0 || col1 - x > row2 ? 0n : choose(row1, x) * choose(row2, col1 - x);
  const observed = weight(a);
  let sum = 0n;
  for (let x = 0; x <= row1; x++) {
    const w = weight(x);
    if (w > 0n && w <= observed) sum += w;
  }
  // Scale before dividing so the quotient keeps 15 digits.
  const scale = 10n ** 15n;
  return Number((sum * scale) / choose(row1 + row2, col1)) / 1e15;
}

describe('two-sided Fisher exact test', () => {
  it('matches R fisher.test on the tea-tasting table: p = 0.4857', () => {
    // R: fisher.test(matrix(c(3, 1, 1, 3), nrow = 2))$p.value = 0.4857143 (= 34/70)
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.4857143, 7);
  });

  it('matches the published dieting example: 1 of 12 men vs 9 of 12 women, p = 0.002759', () => {
    // Wikipedia, "Fisher's exact test", worked example; R: fisher.test(matrix(c(1, 9, 11, 3), nrow = 2))
    // gives p-value = 0.002759.
    expect(fisherExactTwoSided(1, 11, 9, 3)).toBeCloseTo(0.002759456, 6);
  });

  it('agrees with exact enumeration over BigInt binomials', () => {
    const tables: Array<[number, number, number, number]> = [
      [12, 8, 19, 1],
      [19, 1, 12, 8],
      [10, 10, 10, 10],
      [0, 20, 20, 0],
      [5, 0, 0, 5],
      [17, 3, 15, 5],
      [45, 55, 70, 30],
      [0, 3, 0, 7],
      [2, 7, 8, 2],
      [95, 5, 80, 20],
    ];
    for (const [a, b, c, d] of tables) {
      const want = bruteForce(a, b, c, d);
      const got = fisherExactTwoSided(a, b, c, d);
      expect(Math.abs(got - want)).toBeLessThan(1e-12 + want * 1e-9);
    }
  });

  it('counts tables whose probability ties the observed one (symmetric margins)', () => {
    // 10/10 vs 10/10 has margins symmetric around the observed cell: all tables count, p = 1.
    expect(fisherExactTwoSided(10, 10, 10, 10)).toBe(1);
    // 3/4 vs 1/4 and its mirror 1/4 vs 3/4 tie exactly; both are in the sum (34/70 above).
    expect(fisherExactTwoSided(1, 3, 3, 1)).toBeCloseTo(fisherExactTwoSided(3, 1, 1, 3), 12);
  });

  it('is 1 when a margin is empty and refuses counts that are not whole', () => {
    expect(fisherExactTwoSided(0, 0, 5, 5)).toBe(1);
    expect(fisherExactTwoSided(3, 0, 4, 0)).toBe(1);
    expect(() => fisherExactTwoSided(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTwoSided(1.5, 2, 3, 4)).toThrow(RangeError);
  });
});
