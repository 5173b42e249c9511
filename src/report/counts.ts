/**
 * The counts every report shows, from one place, so that no two lines of one report disagree
 * (the terminal summary, `show`, the job summary and the PR comment):
 * - steps are the spec's steps; a fanned-out step is one step, and its instances are counted
 *   apart (the progress header announces the spec's steps before any list is known);
 * - a fanned-out step's row sums its instances' tokens, cost and calls (its own entry has none).
 */
import type { Manifest, StepState } from '../run/manifest-types.js';
import type { Usage } from '../events/types.js';
import { instanceGroups, instanceParent } from './instances.js';

export interface StepTally {
  /** The spec's steps (instances not included). */
  steps: number;
  succeeded: number;
  failed: number;
  skipped: number;
  /** Instances of fanned-out steps, by status. */
  instances: { total: number; succeeded: number; failed: number; skipped: number };
}

export function stepTally(m: Manifest): StepTally {
  const t: StepTally = {
    steps: 0,
    succeeded: 0,
    failed: 0,
    skipped: 0,
    instances: { total: 0, succeeded: 0, failed: 0, skipped: 0 },
  };
  for (const st of Object.values(m.steps ?? {})) {
    const bucket = instanceParent(st) === undefined ? t : t.instances;
    if (bucket === t) t.steps++;
    else t.instances.total++;
    if (st.status === 'succeeded') bucket.succeeded++;
    else if (st.status === 'failed') bucket.failed++;
    else if (st.status === 'skipped') bucket.skipped++;
  }
  return t;
}

/** `3 succeeded, 0 failed, 0 skipped of 3` plus `(+12 instances: 11 succeeded, 1 failed)` when there are any. */
export function stepTallyText(t: StepTally): string {
  const i = t.instances;
  const parts = [
    `${i.succeeded} succeeded`,
    ...(i.failed ? [`${i.failed} failed`] : []),
    ...(i.skipped ? [`${i.skipped} skipped`] : []),
  ];
  return (
    `${t.succeeded} succeeded, ${t.failed} failed, ${t.skipped} skipped of ${t.steps}` +
    (i.total ? ` (+${i.total} instance${i.total === 1 ? '' : 's'}: ${parts.join(', ')})` : '')
  );
}

export interface RolledUp {
  usage: Usage;
  cost_usd: number;
  attempts: number;
  provider?: string;
  model?: string;
}

/** A step's row figures: its own, or for a fanned-out step the sum over its instances. */
export function rolledUp(m: Manifest, id: string): RolledUp {
  const own = m.steps[id]!;
  if (!instanceGroups(m).has(id))
    return {
      usage: own.usage,
      cost_usd: own.cost_usd,
      attempts: own.attempts,
      provider: own.provider,
      model: own.model,
    };
  const out: RolledUp = {
    usage: { input_tokens: 0, output_tokens: 0 },
    cost_usd: 0,
    attempts: 0,
    provider: own.provider,
    model: own.model,
  };
  const models = new Set<string>();
  for (const st of Object.values(m.steps) as StepState[]) {
    if (instanceParent(st) !== id) continue;
    out.usage.input_tokens += st.usage.input_tokens;
    out.usage.output_tokens += st.usage.output_tokens;
    out.cost_usd += st.cost_usd;
    out.attempts += st.attempts;
    if (st.provider && !out.provider) out.provider = st.provider;
    if (st.model) models.add(st.model);
  }
  out.cost_usd = Math.round(out.cost_usd * 1e8) / 1e8;
  // One model for every instance names it; several are left out rather than one picked.
  if (!out.model && models.size === 1) out.model = [...models][0];
  return out;
}

/** `1 hit` / `2 hits`, `1 miss` / `0 misses`. */
export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** True when no step that ran used the cache (`--no-cache`, the action's `cache: false`): reports say "cache off". */
export function cacheOff(m: Manifest): boolean {
  return Object.values(m.steps ?? {}).every((st) => st.cache !== 'hit' && st.cache !== 'miss');
}
