/**
 * The shard plan of a loaded spec, as `plan --shards`, `run --shard` and the action compute it:
 * the same function everywhere, so the plan job and the shard jobs of a matrix agree on who owns
 * which step. Durations of an earlier run (`--from-run`) come from its manifest.
 */
import type { Manifest } from '../run/manifest-types.js';
import { readManifest, resolveRunId, runPaths } from '../run/run-folder.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import { estimateStepWeights, stepUnits, weightsFromDurations } from './shard-weights.js';
import { planShards, type Shard } from './shards.js';

export interface ShardPlanOptions {
  /** An earlier run of this job whose durations weigh the steps (its id, or the job name = its latest run). */
  fromRun?: string;
  runsDir?: string;
  /**
   * Fanned-out steps whose items are known at plan time: step -> its instance ids (the engine's
   * `knownInstanceIds`). Each instance is then a unit of its own, so a fan-out spreads over shards.
   */
  instances?: Readonly<Record<string, readonly string[]>>;
}

/** Steps that did their work in `m` (not served from a cache or kept from an earlier attempt), with their durations. */
export function measuredDurations(m: Manifest): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, s] of Object.entries(m.steps)) {
    if (
      (s.status === 'succeeded' || s.status === 'failed') &&
      s.cache !== 'hit' &&
      typeof s.duration_ms === 'number' &&
      s.duration_ms > 0
    )
      out.set(id, s.duration_ms);
  }
  return out;
}

export async function shardPlan(loaded: LoadedSpec, shards: number, opts: ShardPlanOptions = {}): Promise<Shard[]> {
  let weights = estimateStepWeights(loaded);
  if (opts.fromRun) {
    const runsDir = opts.runsDir ?? 'runs';
    const id = resolveRunId(runsDir, opts.fromRun, loaded.spec.name);
    weights = weightsFromDurations(weights, measuredDurations(await readManifest(runPaths(runsDir, id).dir)));
  }
  return planShards(stepUnits(loaded, weights, opts.instances), shards);
}
