/**
 * The resume plan: which steps of an earlier attempt a resumed run keeps. A step is kept when it
 * succeeded, each output file still has the sha256 it recorded, and its cache key is unchanged.
 * When the spec file is byte-identical, the step reads nothing from outside the run (no context
 * globs, no command `reads`) and none of its needs ran again, its key cannot have changed and the
 * re-render is skipped: resuming a completed 10,000-step run must take well under a second.
 * A command step that completed is part of the run and is kept like any other (it does not run
 * again just because commands are uncached); changed job inputs count as a changed spec.
 */
import type { OutputRecord } from '../events/types.js';
import type { RunState } from '../run/fold.js';
import type { StepSpec } from '../jobspec/schema.js';

export type KeepVerdict =
  | { keep: true; cacheKey?: string; outputs: OutputRecord[] }
  | { keep: false; reason: string; detail?: Record<string, unknown> };

export class ResumePlan {
  /** Steps that run again in this attempt: their dependents' prompts (and keys) may change. */
  private readonly ranAgain = new Set<string>();
  private readonly known: ReadonlySet<string>;
  readonly specChanged: boolean;

  /**
   * @param prior the state folded from the earlier attempts (it goes on as this run's state;
   *   the plan reads only a step's own entry, which changes only when that step runs again)
   * @param specSha256 the sha256 of the spec file this attempt runs
   * @param hashOf the sha256 of an output file now, undefined when it is gone
   * @param inputsChanged this attempt's input values differ from the last attempt's
   */
  constructor(
    readonly prior: RunState,
    specSha256: string,
    private readonly hashOf: (path: string) => string | undefined,
    inputsChanged = false,
  ) {
    this.specChanged = prior.specSha256 !== specSha256 || inputsChanged;
    this.known = new Set(prior.steps.keys());
  }

  /**
   * Decides for one step; `keyNow` computes its cache key today (called only when it may differ,
   * or always with `recheckKey`: an instance's item can change while the spec stays the same).
   */
  async verdict(
    id: string,
    step: StepSpec,
    keyNow: () => Promise<string>,
    opts: { recheckKey?: boolean } = {},
  ): Promise<KeepVerdict> {
    const st = this.prior.steps.get(id);
    if (!st || !this.known.has(id)) return { keep: false, reason: 'new_step' };
    if (st.status === 'failed') return { keep: false, reason: 'failed_before' };
    if (st.status !== 'succeeded')
      return { keep: false, reason: st.status === 'running' ? 'interrupted' : 'not_run_before' };
    const declared = new Set(step.outputs.map((o) => o.path));
    if (st.outputs.length !== declared.size || st.outputs.some((o) => !declared.has(o.path))) {
      return { keep: false, reason: 'outputs_changed' };
    }
    for (const o of st.outputs) {
      const now = this.hashOf(o.path);
      if (now !== o.sha256)
        return {
          keep: false,
          reason: now === undefined ? 'output_missing' : 'output_modified',
          detail: { path: o.path },
        };
    }
    const readsOutside =
      step.context !== undefined ||
      (step.run !== undefined && (step.reads?.length ?? 0) > 0) ||
      // a cached command's declared workspace files and variables may have changed since.
      (step.run !== undefined && step.cache === true && ((step.files?.length ?? 0) > 0 || (step.env?.length ?? 0) > 0));
    // A need that ran again may have answered differently: then this step's prompt, and key, changed.
    const needRanAgain = step.needs.some((n) => this.ranAgain.has(n));
    if (this.specChanged || readsOutside || needRanAgain || opts.recheckKey) {
      const key = await keyNow();
      if (key !== st.cache_key)
        return { keep: false, reason: 'cache_key_changed', detail: { previous_key: st.cache_key, key } };
    }
    return { keep: true, cacheKey: st.cache_key, outputs: st.outputs };
  }

  /** Records that a step runs again in this attempt (whatever its verdict said, or if it threw). */
  runsAgain(id: string): void {
    this.ranAgain.add(id);
  }

  /** How many steps had succeeded before this attempt. */
  completedBefore(): number {
    let n = 0;
    for (const st of this.prior.steps.values()) if (st.status === 'succeeded') n++;
    return n;
  }
}
