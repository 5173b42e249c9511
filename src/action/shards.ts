/**
 * The action's part in a matrix (docs/reference.md: Shards): `plan-shards: N` plans and sets the `matrix`
 * output (nothing runs); `shard: K/N` picks the steps of shard K; `cache-from` merges downloaded
 * cache deltas into the cache folder; `cache-export` hands this run's entries to the next job.
 * The planning is the CLI's (src/run/shard-plan.ts), so both faces agree on who owns which step.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { importCacheFolder, runCacheKeys } from '../cache/export.js';
import { LocalCacheStore } from '../cache/local-store.js';
import { knownInstanceIds } from '../engine/fan-out.js';
import type { OrchestratorEvent } from '../events/types.js';
import { shardPlan } from '../planning/shard-plan.js';
import { loadSpec } from '../jobspec/load.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import { shardMatrix } from '../planning/shards.js';
import type { ActionInputs } from './inputs.js';
import type { CoreLike } from './services.js';

/** `plan-shards`: the matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export async function planMatrixOutput(core: CoreLike, inputs: ActionInputs, workDir: string): Promise<void> {
  const loaded = await loadSpec(resolve(workDir, inputs.spec));
  const shards = await shardPlan(loaded, inputs.planShards!, { instances: await knownInstanceIds(loaded) });
  const matrix = shardMatrix(shards);
  core.setOutput('matrix', JSON.stringify(matrix));
  core.setOutput('job-name', loaded.spec.name);
  core.info(
    `Planned ${Object.keys(loaded.spec.steps).length} steps in ${matrix.include.length} shard(s): ${shards.map((s) => `${s.index}/${shards.length} ${s.units.length}`).join(', ')}`,
  );
}

/** The steps shard K owns (the engine adds what they need); empty when the shard has none. */
export async function shardSteps(loaded: LoadedSpec, shard: { index: number; total: number }): Promise<string[]> {
  return (await shardPlan(loaded, shard.total, { instances: await knownInstanceIds(loaded) }))[shard.index - 1]!.units;
}

/** Merges each `cache-from` folder's entries into the cache folder; a missing folder is a notice, not a failure. */
export async function importCacheFrom(core: CoreLike, dirs: readonly string[], workDir: string, cacheDir: string): Promise<number> {
  let total = 0;
  for (const d of dirs) {
    const n = await importCacheFolder(resolve(workDir, d), cacheDir);
    if (n === 0) core.notice(`cache-from: no cache entries in ${d}`, { title: 'orchestrator: cache-from' });
    total += n;
  }
  return total;
}

/**
 * Copies the entries the run used or created (every attempt's, from its events) into `dest`,
 * which exists afterwards even when empty, so the workflow's upload step always finds it.
 */
export async function exportRunEntries(store: LocalCacheStore, events: readonly OrchestratorEvent[], dest: string): Promise<number> {
  await mkdir(dest, { recursive: true });
  return LocalCacheStore.copyEntries(store.dir, dest, runCacheKeys(events));
}
