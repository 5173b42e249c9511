/**
 * The pass-rate arithmetic of sampled steps (docs/reference.md, "Samples and gates"), checked
 * against figures computed by another route: the Wilson bounds are the roots of the quadratic
 * (p - x)^2 = z^2 x (1 - x) / n, solved here with the quadratic formula and the published z values
 * (NIST/SEMATECH e-Handbook, table of the standard normal distribution) rather than the module's
 * centre/half-width form and its library quantile.
 */
import { formatSamples, summarize, summaryPasses, wantsAnother, wilson } from '../../src/quality/wilson.js';
import { zFor } from '../../src/quality/z-value.js';

const Z: Record<string, number> = { '0.9': 1.6448536269514722, '0.95': 1.959963984540054, '0.99': 2.5758293035489004 };

/** Roots of (1 + z²/n) x² - (2p + z²/n) x + p² = 0. */
function quadraticBounds(passed: number, n: number, z: number): [number, number] {
  const p = passed / n;
  const a = 1 + (z * z) / n;
  const b = -(2 * p + (z * z) / n);
  const c = p * p;
  const disc = Math.sqrt(b * b - 4 * a * c);
  return [(-b - disc) / (2 * a), (-b + disc) / (2 * a)];
}

describe('Wilson score interval', () => {
  it('z is the inverse normal CDF of (1 + C) / 2 to within 1e-12 of the published values', async () => {
    for (const [c, z] of Object.entries(Z)) expect(Math.abs((await zFor(Number(c))) - z)).toBeLessThan(1e-12);
  });

  const table: Array<[number, number, string]> = [
    [17, 20, '0.95'],
    [0, 10, '0.95'],
    [10, 10, '0.95'],
    [1, 1, '0.95'],
    [0, 1, '0.95'],
    [5, 12, '0.9'],
    [38, 40, '0.99'],
    [60, 100, '0.95'],
    [95, 100, '0.95'],
    [3, 7, '0.99'],
  ];
  it.each(table)('%i of %i at C = %s matches the quadratic roots', async (passed, n, c) => {
    const [low, high] = quadraticBounds(passed, n, Z[c]!);
    const got = wilson(passed, n, await zFor(Number(c)));
    expect(got.low).toBeCloseTo(Math.max(0, low), 12);
    expect(got.high).toBeCloseTo(Math.min(1, high), 12);
  });

  it('matches a worked example: 17/20 at 95% is 0.6396 to 0.9476', () => {
    // Newcombe (1998), method 3, as tabulated by common calculators.
    const ci = wilson(17, 20, Z['0.95']!);
    expect(ci.low).toBeCloseTo(0.6396, 4);
    expect(ci.high).toBeCloseTo(0.9476, 4);
  });

  it('is [0, 1] with nothing judged', () => {
    expect(wilson(0, 0, Z['0.95']!)).toEqual({ low: 0, high: 1 });
  });
});

describe('gate rule and verdicts', () => {
  const gate = { min_pass_rate: 0.8, confidence: 0.95, max_samples: 30 };
  const z = Z['0.95']!;

  it('draws another while the interval contains R and fewer than max_samples were drawn', () => {
    expect(wantsAnother(gate, { passed: 5, judged: 5, drawn: 5 }, z)).toBe(true); // [0.566, 1] contains .8
    expect(wantsAnother(gate, { passed: 20, judged: 20, drawn: 20 }, z)).toBe(false); // low 0.839 > .8
    expect(wantsAnother(gate, { passed: 2, judged: 10, drawn: 10 }, z)).toBe(false); // high 0.51 < .8
    expect(wantsAnother(gate, { passed: 0, judged: 0, drawn: 29 }, z)).toBe(true); // nothing judged: [0, 1]
    expect(wantsAnother(gate, { passed: 0, judged: 0, drawn: 30 }, z)).toBe(false); // max_samples reached
  });

  it('pass when low >= R, fail when high < R, inconclusive between, unmeasured with none judged', () => {
    expect(summarize({ drawn: 20, judged: 20, passed: 20 }, gate, z).verdict).toBe('pass');
    expect(summarize({ drawn: 10, judged: 10, passed: 2 }, gate, z).verdict).toBe('fail');
    const inc = summarize({ drawn: 30, judged: 30, passed: 25 }, gate, z);
    expect(inc.verdict).toBe('inconclusive');
    // 25/30 = 0.833 >= 0.8: an inconclusive gate passes on its point estimate.
    expect(summaryPasses(inc)).toBe(true);
    expect(summaryPasses(summarize({ drawn: 30, judged: 30, passed: 22 }, gate, z))).toBe(false);
    const none = summarize({ drawn: 4, judged: 0, passed: 0 }, gate, z);
    expect(none).toMatchObject({ verdict: 'unmeasured', pass_rate: null, ci_low: 0, ci_high: 1, errored: 4 });
    expect(summaryPasses(none)).toBe(false);
  });

  it('without a gate: pass only when every drawn sample passed; the interval is at 95%', () => {
    expect(summarize({ drawn: 5, judged: 5, passed: 5 }, undefined, Z['0.95']!)).toMatchObject({
      verdict: 'pass',
      confidence: 0.95,
    });
    expect(summarize({ drawn: 5, judged: 5, passed: 4 }, undefined, Z['0.95']!).verdict).toBe('fail');
    expect(summarize({ drawn: 5, judged: 4, passed: 4 }, undefined, Z['0.95']!).verdict).toBe('fail'); // an errored sample did not pass
    expect(summarize({ drawn: 3, judged: 0, passed: 0 }, undefined, Z['0.95']!)).toMatchObject({
      verdict: 'fail',
      pass_rate: null,
    }); // pass or fail, never more
    const [low, high] = quadraticBounds(4, 5, Z['0.95']!);
    const s = summarize({ drawn: 5, judged: 5, passed: 4 }, undefined, Z['0.95']!);
    expect(s.ci_low).toBeCloseTo(low, 12);
    expect(s.ci_high).toBeCloseTo(high, 12);
  });
});

describe('report line', () => {
  it('prints passed/judged, whole percents and the verdict', () => {
    expect(
      formatSamples(
        summarize({ drawn: 20, judged: 20, passed: 17 }, { min_pass_rate: 0.6, confidence: 0.95 }, Z['0.95']!),
      ),
    ).toBe('17/20 passed (85%, 95% CI 64-95%), pass');
  });
  it('shows errored samples apart, and the gate confidence', () => {
    expect(
      formatSamples(
        summarize({ drawn: 22, judged: 20, passed: 17 }, { min_pass_rate: 0.8, confidence: 0.9 }, Z['0.9']!),
      ),
    ).toBe('17/20 passed (85%, 90% CI 68-94%), inconclusive, 2 errored');
  });
});
