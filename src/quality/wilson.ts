/**
 * Pass-rate arithmetic of sampled steps (docs/reference.md, "Samples and gates"): the Wilson score
 * interval without continuity correction, the adaptive-sampling rule and the verdict. Pure
 * functions of z (./z-value.ts gives z for a confidence): the engine draws the samples, this
 * module only says what they show.
 */
import type { SamplesData } from '../events/types.js';

/** The gate verdicts a sampled step can end with. */
export type SampleVerdict = 'pass' | 'fail' | 'inconclusive' | 'unmeasured';

export interface Interval {
  low: number;
  high: number;
}

/**
 * The Wilson score interval of `passed` successes in `judged` trials, z standing for its confidence:
 * centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²).
 * With nothing judged it is [0, 1]: no evidence either way.
 */
export function wilson(passed: number, judged: number, z: number): Interval {
  if (judged <= 0) return { low: 0, high: 1 };
  const n = judged;
  const p = passed / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Rounding can push an end a hair past [0, 1] (p = 0 or 1): the interval never leaves it.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface GateRule {
  min_pass_rate: number;
  confidence: number;
  max_samples: number;
}

/**
 * Whether a gated step draws one more sample: while its interval contains R (low <= R <= high)
 * and fewer than max_samples were drawn (errored samples count as drawn).
 */
export function wantsAnother(
  gate: Pick<GateRule, 'min_pass_rate' | 'max_samples'>,
  tally: { passed: number; judged: number; drawn: number },
  z: number,
): boolean {
  if (tally.drawn >= gate.max_samples) return false;
  const ci = wilson(tally.passed, tally.judged, z);
  return ci.low <= gate.min_pass_rate && gate.min_pass_rate <= ci.high;
}

/** Confidence of the interval reported for a sampled step without a gate. */
export const DEFAULT_CONFIDENCE = 0.95;

/** What a sampled step's samples showed (the `samples` object of its end event and manifest entry). */
export type SamplesSummary = SamplesData & { verdict: SampleVerdict; confidence: number };

/**
 * The verdict over a step's samples. With a gate: pass when low >= R, fail when high < R, else
 * inconclusive; nothing judged is unmeasured (a gate never passes on no evidence). Without one:
 * pass only when every drawn sample passed, else fail (nothing judged included).
 */
export function summarize(
  tally: { drawn: number; judged: number; passed: number },
  gate: Pick<GateRule, 'min_pass_rate' | 'confidence'> | undefined,
  /** z of the gate's confidence, else of 0.95. */
  z: number,
): SamplesSummary {
  const confidence = gate?.confidence ?? DEFAULT_CONFIDENCE;
  const ci = wilson(tally.passed, tally.judged, z);
  let verdict: SampleVerdict;
  if (!gate) verdict = tally.judged > 0 && tally.passed === tally.drawn ? 'pass' : 'fail';
  else if (tally.judged === 0) verdict = 'unmeasured';
  else if (ci.low >= gate.min_pass_rate) verdict = 'pass';
  else if (ci.high < gate.min_pass_rate) verdict = 'fail';
  else verdict = 'inconclusive';
  return {
    drawn: tally.drawn,
    judged: tally.judged,
    passed: tally.passed,
    errored: tally.drawn - tally.judged,
    pass_rate: tally.judged === 0 ? null : tally.passed / tally.judged,
    ci_low: ci.low,
    ci_high: ci.high,
    verdict,
    confidence,
    ...(gate ? { min_pass_rate: gate.min_pass_rate } : {}),
  };
}

/** Whether the step passes on this summary: an inconclusive gate passes when the point estimate reaches R. */
export function summaryPasses(s: SamplesSummary): boolean {
  if (s.verdict === 'pass') return true;
  if (s.verdict === 'inconclusive') return s.pass_rate !== null && s.pass_rate >= (s.min_pass_rate ?? 1);
  return false;
}

/** `17/20 passed (85%, 95% CI 64-95%), pass` (`, 2 errored` after it): how every report shows a sampled step. */
export function formatSamples(
  s: Pick<SamplesSummary, 'passed' | 'judged' | 'errored' | 'ci_low' | 'ci_high' | 'verdict'> & {
    pass_rate: number | null;
    confidence?: number;
  },
): string {
  const pct = (x: number) => Math.round(x * 100);
  const conf = pct(s.confidence ?? DEFAULT_CONFIDENCE);
  const rate = s.pass_rate === null ? 'no pass rate' : `${pct(s.pass_rate)}%`;
  const errored = s.errored > 0 ? `, ${s.errored} errored` : '';
  return (
    `${s.passed}/${s.judged} passed (${rate}, ${conf}% CI ${pct(s.ci_low)}-${pct(s.ci_high)}%), ` +
    `${s.verdict}${errored}`
  );
}
