/**
 * A step's sampling settings (docs/reference.md, "Samples and gates"): how many samples it draws
 * at first, and its gate, with the job's defaults applied. A step is sampled when it draws more
 * than one sample or has a gate; any other LLM step runs as before (one call, `on_fail` applies).
 */
import type { GateSpec, JobSpec, StepSpec } from './schema.js';
import { stepOf } from './fan-out.js';

export interface Sampling {
  /** N: samples drawn at first. */
  samples: number;
  /** The gate with its defaults applied (max_samples: N), when the step has one. */
  gate?: { min_pass_rate: number; confidence: number; max_samples: number };
}

/** The sampling of step `id` (a step or an instance `STEP[KEY]`), undefined when it is not sampled. */
export function samplingOf(spec: JobSpec, id: string): Sampling | undefined {
  const step = spec.steps[stepOf(id)];
  if (!step || step.run !== undefined) return undefined;
  return samplingOfStep(step, spec.defaults.samples);
}

export function samplingOfStep(
  step: Pick<StepSpec, 'samples' | 'gate'>,
  defaultSamples: number | undefined,
): Sampling | undefined {
  const samples = step.samples ?? defaultSamples ?? 1;
  if (samples <= 1 && !step.gate) return undefined;
  return { samples, ...(step.gate ? { gate: gateOf(step.gate, samples) } : {}) };
}

function gateOf(g: GateSpec, samples: number): NonNullable<Sampling['gate']> {
  return { min_pass_rate: g.min_pass_rate, confidence: g.confidence, max_samples: g.max_samples ?? samples };
}

/** The most samples a step may draw: M with a gate, else N (what `plan --cost` takes as its upper bound). */
export function maxDraws(s: Sampling): number {
  return s.gate ? Math.max(s.gate.max_samples, s.samples) : s.samples;
}

/** What `validate` warns about (valid, but probably not what the author meant). */
export function samplingWarnings(spec: JobSpec): string[] {
  const out: string[] = [];
  for (const [id, step] of Object.entries(spec.steps)) {
    const s = step.run === undefined ? samplingOfStep(step, spec.defaults.samples) : undefined;
    if (s && step.on_fail !== 'fail')
      out.push(
        `step ${id}: on_fail: ${step.on_fail} is ignored on a sampled step: a failing check is a failed ` +
          `sample, never a retry (docs/reference.md, "Samples and gates")`,
      );
  }
  return out;
}
