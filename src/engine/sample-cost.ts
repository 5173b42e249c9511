/**
 * `plan --cost` for sampled steps (docs/reference.md, "Samples and gates"): each sample is a call
 * of its own with its own cache entry, so a step of N samples costs N calls less those already
 * cached, and a gate may draw up to max_samples: the plan's upper bound.
 */
import type { CacheEntry } from '../cache/types.js';
import { maxDraws, type Sampling } from '../jobspec/sampling.js';

type Lookup = { get(key: string): Promise<CacheEntry | undefined> } | null;

/**
 * How many of the first N samples are cached, and sample 0's entry when all are (a stand-in for the step's answer
 * downstream).
 */
export async function sampledEntry(
  r: { keyFor(k: number): string },
  s: Sampling,
  cache: Lookup,
): Promise<{ entry?: CacheEntry; cached: number; known: Array<{ sample: number; text: string }> }> {
  if (!cache) return { cached: 0, known: [] };
  const entries = await Promise.all(Array.from({ length: s.samples }, (_, k) => cache.get(r.keyFor(k))));
  // The cached answers: their checks run on known text (src/engine/check-cost.ts).
  const known = entries.flatMap((e, sample) => (e ? [{ sample, text: e.text }] : []));
  const cached = known.length;
  return cached === s.samples ? { entry: entries[0]!, cached, known } : { cached, known };
}

/** The calls a sampled step still needs, expected and at most, and their cost at `perCall` USD. */
export function sampleCalls(
  s: Sampling,
  cached: number,
  perCall: number | undefined,
): {
  samples: { planned: number; max: number; cached: number; calls: number; calls_max: number };
  cost_usd_max?: number;
} {
  const max = maxDraws(s);
  const calls = Math.max(0, s.samples - cached);
  const callsMax = Math.max(0, max - cached);
  return {
    samples: { planned: s.samples, max, cached, calls, calls_max: callsMax },
    ...(perCall !== undefined ? { cost_usd_max: Math.round(perCall * callsMax * 1e8) / 1e8 } : {}),
  };
}

/** ` (5 samples, up to 20)` after a step's cache column. */
export function samplesNote(s: { samples?: { planned: number; max: number; cached: number } }): string {
  if (!s.samples) return '';
  const { planned, max, cached } = s.samples;
  return (
    ` (${planned} samples${max > planned ? `, up to ${max}` : ''}` +
    `${cached && cached < planned ? `, ${cached} cached` : ''})`
  );
}
