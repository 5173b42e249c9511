/**
 * A step's effective settings: its own value, else the job's `defaults`. Resolved in one place,
 * so the engine, the preflight and the dry run read one answer instead of each repeating
 * `step.x ?? defaults.x`; each step's are computed once, when first asked for (a resumed
 * 10,000-step run asks for none of the steps it keeps).
 */
import type { JobSpec } from './schema.js';
import { stepOf } from './fan-out.js';

export interface StepSettings {
  /** LLM steps: the provider or route the step calls (undefined for command steps). */
  target?: string;
  /** Extra calls per provider on retryable errors; also the on_fail: retry budget. */
  retries: number;
  /** Per provider call, or per command run. */
  timeoutMs: number;
}

export class StepSettingsTable {
  private readonly resolved = new Map<string, StepSettings>();
  constructor(private readonly spec: JobSpec) {}

  /** The settings of step `id` (a step of the spec, or an instance `STEP[KEY]`: its step's). */
  get(instanceOrStep: string): StepSettings {
    const id = stepOf(instanceOrStep);
    let s = this.resolved.get(id);
    if (s) return s;
    const { spec } = this;
    const step = spec.steps[id]!;
    s = {
      target: step.run === undefined ? (step.provider ?? spec.defaults.provider) : undefined,
      retries: step.retries ?? spec.defaults.retries,
      timeoutMs: (step.timeout_s ?? spec.defaults.timeout_s) * 1000,
    };
    this.resolved.set(id, s);
    return s;
  }
}

export function resolveStepSettings(spec: JobSpec): StepSettingsTable {
  return new StepSettingsTable(spec);
}
