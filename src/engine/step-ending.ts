/**
 * How a step or an instance ended: one value, made into its one end event by the step runner's
 * `end()`. Everything downstream reads this value (the scheduler's verdict for dependents, a
 * fan-out's tally of its instances) instead of re-deriving it from the fold.
 *
 * To add a kind of ending, add a member here and a case to `endEvent` and `outcomeOf`; a summary
 * every ending carries (e.g. the samples of a step) is an optional field intersected with the union
 * below, filled in by the step runner's `end()`.
 */
import type { CacheState, StepFailedData, StepSkippedData, StepSucceededData } from '../events/types.js';
import type { Outcome } from './scheduler.js';

type Skipped<R extends StepSkippedData['reason']> = Extract<StepSkippedData, { reason: R }>;

export type StepEnding =
  | { readonly kind: 'succeeded'; readonly data: StepSucceededData }
  /** Completed in an earlier attempt of a resumed run: kept, not run again. */
  | { readonly kind: 'kept'; readonly data: Skipped<'completed'> }
  | { readonly kind: 'failed'; readonly data: StepFailedData }
  /** Not selected (`--only`, a shard): a fanned-out step run in part ends so, and its dependents may run. */
  | { readonly kind: 'not_selected'; readonly data: Skipped<'not_selected'> }
  /**
   * The run's budget stopped it before or during its call: not a failure of its own; a resume with more budget runs it.
   */
  | { readonly kind: 'budget'; readonly data: Skipped<'budget_exceeded'> }
  /** A run without credentials reached a call that needs them: skipped, and so are its dependents. */
  | { readonly kind: 'credentials'; readonly data: Skipped<'needs_credentials'> }
  /** The run was cancelled while it ran: no end event of its own (job.cancelled says it). */
  | { readonly kind: 'cancelled' };

/** The event that records an ending, or undefined for a cancellation. */
export function endEvent(
  ending: StepEnding,
):
  | { type: 'step.succeeded'; data: StepSucceededData }
  | { type: 'step.failed'; data: StepFailedData }
  | { type: 'step.skipped'; data: StepSkippedData }
  | undefined {
  switch (ending.kind) {
    case 'succeeded':
      return { type: 'step.succeeded', data: ending.data };
    case 'failed':
      return { type: 'step.failed', data: ending.data };
    case 'kept':
    case 'not_selected':
    case 'budget':
    case 'credentials':
      return { type: 'step.skipped', data: ending.data };
    case 'cancelled':
      return undefined;
  }
}

/** What the scheduler does with the step's dependents. */
export function outcomeOf(ending: StepEnding): Outcome {
  switch (ending.kind) {
    case 'succeeded':
    case 'kept':
    case 'not_selected':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'budget':
      return 'budget';
    case 'credentials':
      return 'credentials';
    case 'cancelled':
      return 'cancelled';
  }
}

/** How the result was come by: `kept` for a step kept from an earlier attempt. */
export function cacheOf(ending: StepEnding): CacheState | 'kept' {
  switch (ending.kind) {
    case 'succeeded':
    case 'failed':
      return ending.data.cache;
    case 'kept':
      return 'kept';
    default:
      return 'off';
  }
}
