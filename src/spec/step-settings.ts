/**
 * A step's effective settings: its own value, else the job's `defaults`. Resolved once for the
 * whole spec, so the engine, the plan and the dry run read one answer instead of each repeating
 * `step.x ?? defaults.x`.
 */
import type { JobSpec } from './schema.js';

export interface StepSettings {
  /** LLM steps: the provider or route the step calls (undefined for command steps). */
  target?: string;
  /** Extra calls per provider on retryable errors; also the on_fail: retry budget. */
  retries: number;
  /** Per provider call, or per command run. */
  timeoutMs: number;
}

export function resolveStepSettings(spec: JobSpec): ReadonlyMap<string, StepSettings> {
  const out = new Map<string, StepSettings>();
  for (const [id, step] of Object.entries(spec.steps)) {
    out.set(id, {
      target: step.run === undefined ? step.provider ?? spec.defaults.provider : undefined,
      retries: step.retries ?? spec.defaults.retries,
      timeoutMs: (step.timeout_s ?? spec.defaults.timeout_s) * 1000,
    });
  }
  return out;
}
