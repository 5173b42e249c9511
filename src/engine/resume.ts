/**
 * Resume: which steps of an earlier attempt can be kept. A step is kept when it succeeded, each
 * output file still has the sha256 it recorded, and its cache key is unchanged. When the spec
 * file is byte-identical, the step reads nothing from outside the run (no context globs, no
 * command `reads`) and none of its needs ran again, its key cannot have changed and the
 * re-render is skipped: resuming a completed 10,000-step run must take well under a second.
 * A command step that completed is part of the run and is kept like any other (it does not run
 * again just because commands are uncached); changed job inputs count as a changed spec.
 */
import type { StepSpec } from '../spec/schema.js';
import type { StepRunContext } from './context.js';
import { renderLlmStep } from './llm-step.js';
import { commandKey } from './command-step.js';

export type KeepVerdict = { keep: true; data: Record<string, unknown> } | { keep: false; reason?: string; detail?: Record<string, unknown> };

export async function keepFromPrior(ctx: StepRunContext, id: string, step: StepSpec): Promise<KeepVerdict> {
  const prior = ctx.prior;
  if (!prior) return { keep: false };
  const st = prior.state.steps.get(id);
  if (!st || !prior.known.has(id)) return { keep: false, reason: 'new_step' };
  if (st.status === 'failed') return { keep: false, reason: 'failed_before' };
  if (st.status !== 'succeeded') return { keep: false, reason: st.status === 'running' ? 'interrupted' : 'not_run_before' };
  const declared = new Set(step.outputs.map((o) => o.path));
  if (st.outputs.length !== declared.size || st.outputs.some((o) => !declared.has(o.path))) {
    return { keep: false, reason: 'outputs_changed' };
  }
  for (const o of st.outputs) {
    const now = ctx.files.hashOf(o.path);
    if (now !== o.sha256) return { keep: false, reason: now === undefined ? 'output_missing' : 'output_modified', detail: { path: o.path } };
  }
  const readsOutside = step.context !== undefined || (step.run !== undefined && (step.reads?.length ?? 0) > 0)
    // [issue-14] a cached command's declared workspace files and variables may have changed since.
    || (step.run !== undefined && step.cache === true && ((step.files?.length ?? 0) > 0 || (step.env?.length ?? 0) > 0));
  // A need that ran again may have answered differently: then this step's prompt, and key, changed.
  const needRanAgain = step.needs.some((n) => prior.ranAgain.has(n));
  if (prior.specChanged || readsOutside || needRanAgain) {
    const key = step.run !== undefined ? commandKey(ctx, id, step) : (await renderLlmStep(ctx, id, step)).key;
    if (key !== st.cache_key) return { keep: false, reason: 'cache_key_changed', detail: { previous_key: st.cache_key, key } };
  }
  return { keep: true, data: { reason: 'completed', cache_key: st.cache_key, outputs: st.outputs } };
}
