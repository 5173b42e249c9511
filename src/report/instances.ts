/**
 * Fanned-out steps in reports: a `for_each` step may have thousands of instances (`STEP[KEY]`),
 * each with its own manifest entry. Tables and diagrams show the step once, with its instances
 * counted by status and the failed ones named (a few); the instances' own rows stay in
 * `--json` / manifest.json. One place decides this for the summary, the comment, `show` and the DAG.
 */
import type { Manifest, StepState } from '../run/manifest-types.js';

/** How many failed instance ids a report names per step before it says "and N more". */
export const FAILED_INSTANCES_SHOWN = 10;

export interface InstanceGroup {
  total: number;
  /** Count per status (succeeded, failed, running, pending, skipped); kept instances count as succeeded. */
  byStatus: Record<string, number>;
  /** Failed instance ids in manifest order. */
  failed: string[];
}

const groups = new WeakMap<object, Map<string, InstanceGroup>>();

/** Step id -> its instances, for every fanned-out step of the manifest (computed once per manifest). */
export function instanceGroups(m: Manifest): Map<string, InstanceGroup> {
  let g = groups.get(m.steps);
  if (g) return g;
  g = new Map();
  for (const [id, st] of Object.entries(m.steps ?? {})) {
    const parent = instanceParent(st);
    if (parent === undefined) continue;
    let grp = g.get(parent);
    if (!grp) g.set(parent, (grp = { total: 0, byStatus: {}, failed: [] }));
    grp.total++;
    const status = typeof st.status === 'string' ? st.status : 'pending';
    grp.byStatus[status] = (grp.byStatus[status] ?? 0) + 1;
    if (status === 'failed') grp.failed.push(id);
  }
  groups.set(m.steps, g);
  return g;
}

/** The step an instance entry belongs to, or undefined for a step's own entry. */
export function instanceParent(st: StepState | undefined): string | undefined {
  if (st && typeof st.instance_of === 'string') return st.instance_of;
  return undefined;
}

/** The manifest's steps without their instances, in the given order. */
export function withoutInstances(m: Manifest, ids: string[]): string[] {
  return ids.filter((id) => instanceParent(m.steps[id]) === undefined);
}

/** `12 instances: 10 succeeded, 2 failed (a[x], a[y])`, or undefined for a step that does not fan out. */
export function instanceText(m: Manifest, id: string, shown = FAILED_INSTANCES_SHOWN): string | undefined {
  const g = instanceGroups(m).get(id);
  const own = m.steps[id]?.instances;
  if (!g && !own) return undefined;
  const total = g?.total ?? own?.total ?? 0;
  const counts = g
    ? Object.entries(g.byStatus)
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([s, n]) => `${n} ${s}`)
    : [`${own!.succeeded} succeeded`, ...(own!.failed ? [`${own!.failed} failed`] : [])];
  const failed = g?.failed ?? [];
  const names = failed.length
    ? ` (failed: ${failed.slice(0, shown).join(', ')}` +
      `${failed.length > shown ? `, and ${failed.length - shown} more` : ''})`
    : '';
  return `${total} instance${total === 1 ? '' : 's'}${total ? `: ${counts.join(', ')}` : ''}${names}`;
}
