/**
 * What `--only` (and `run --shard`, which passes its shard's units as `--only`) selects: steps and
 * the steps they need, and instances of fanned-out steps (`STEP[KEY]`, docs/reference.md: Fan-out, Shards). An
 * instance id runs just that instance of its step, unless something selected needs the whole step
 * (a downstream step reads its output): then every instance runs.
 */
import { stepGraph, type NeedsMap } from './dag.js';
import { isInstanceId, stepOf } from './fan-out.js';
import { UsageError } from '../util/errors.js';

export interface Selection {
  /** Every step that runs (fully or in part), in spec order. */
  steps: string[];
  /** Fanned-out steps of which only some instances run: step -> those instance ids. */
  instances: Map<string, Set<string>>;
}

export function selectionOf(needs: NeedsMap, fannedOut: ReadonlySet<string>, only: readonly string[]): Selection {
  const g = stepGraph(needs);
  const known = new Set(g.ids);
  const plain = only.filter((id) => !isInstanceId(id));
  const picked = new Map<string, Set<string>>();
  for (const id of only.filter(isInstanceId)) {
    const step = stepOf(id);
    if (known.has(step) && !fannedOut.has(step)) {
      throw new UsageError(
        'E_UNKNOWN_STEP',
        `--only: ${JSON.stringify(id)} names an instance, but step ${step} has no for_each`,
        {
          hint: `select the step itself: --only ${step}`,
        },
      );
    }
    let set = picked.get(step);
    if (!set) picked.set(step, (set = new Set()));
    set.add(id);
  }
  // closureForOnly also refuses an unknown step name (the STEP of STEP[KEY] included).
  const steps = g.closureForOnly([...plain, ...picked.keys()]);
  const wholly = new Set(g.closureForOnly([...plain, ...[...picked.keys()].flatMap((s) => needs[s] ?? [])]));
  const instances = new Map([...picked].filter(([step]) => !wholly.has(step)));
  return { steps, instances };
}
