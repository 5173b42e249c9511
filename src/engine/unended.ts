/**
 * The last guard of a run's verdict: a step the scheduler ran (or a started instance) that has no
 * end event fails the run instead of letting it succeed. The step runner ends every step it runs;
 * this catches what a future change might let slip.
 */
import type { StepFailedData } from '../events/types.js';
import type { RunState } from '../run/fold.js';

/** Scheduled steps without an ending, and instances started in this attempt that never ended. */
export function unendedSteps(state: RunState, scheduled: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of scheduled) {
    const st = state.steps.get(id)?.status;
    if (st === undefined || st === 'pending' || st === 'running') out.add(id);
  }
  for (const [id, st] of state.steps) if (st.status === 'running') out.add(id);
  return [...out];
}

export function unendedData(id: string): StepFailedData {
  return {
    error: {
      code: 'E_INTERNAL',
      message: `step ${id} ended without a result`,
      hint: 'a defect of the orchestrator: please report it with the run folder',
    },
    cache: 'off',
    attempts: 0,
    duration_ms: 0,
  };
}
