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
import { spendRecordOf, writeSpendRecord } from '../cache/spend-records.js';
import type { Manifest } from '../run/manifest-types.js';
import { shardBudgetShares } from '../engine/shard-budget.js';
import type { OrchestratorEvent } from '../events/types.js';
import { shardPlan } from '../planning/shard-plan.js';
import { loadSpec } from '../jobspec/load.js';
import { actionInputValues, resolveInputs } from '../jobspec/inputs.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import { shardMatrix } from '../planning/shards.js';
import type { ActionInputs } from './inputs.js';
import type { CoreLike } from './services.js';

/** `plan-shards`: the matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export async function planMatrixOutput(core: CoreLike, inputs: ActionInputs, workDir: string): Promise<void> {
  // With the job's inputs, as the legs load it: a fan-out over an input list splits per instance alike.
  const loaded = resolveInputs(
    await loadSpec(resolve(workDir, inputs.spec)),
    actionInputValues(inputs.inputs ?? '', inputs.inputFiles ?? '', workDir),
    {
      face: 'action',
    },
  );
  // The engine's folders, which for_each globs leave out (as the legs' runs will).
  const engineDirs = [resolve(workDir, inputs.runsDir), resolve(workDir, '.orchestrator', 'cache')];
  const shards = await shardPlan(loaded, inputs.planShards!, { instances: await knownInstanceIds(loaded, engineDirs) });
  const whole = inputs.budgetUsd ?? loaded.spec.budget?.usd;
  const matrix = shardMatrix(shards, whole === undefined ? undefined : await shardBudgetShares(loaded, shards, whole));
  core.setOutput('matrix', JSON.stringify(matrix));
  core.setOutput('job-name', loaded.spec.name);
  core.info(
    `Planned ${Object.keys(loaded.spec.steps).length} steps in ${matrix.include.length} shard(s): ` +
      `${shards.map((s) => `${s.index}/${shards.length} ${s.units.length}`).join(', ')}`,
  );
}

/**
 * The steps shard K owns (the engine adds what they need; empty when the shard has none) and, when
 * the job has a budget (`wholeUsd`: the input budget-usd, else the spec's), the share it enforces.
 */
export async function shardSteps(
  loaded: LoadedSpec,
  shard: { index: number; total: number },
  engineDirs?: readonly string[],
  wholeUsd?: number,
): Promise<{ units: string[]; budgetUsd?: number }> {
  const shards = await shardPlan(loaded, shard.total, { instances: await knownInstanceIds(loaded, engineDirs) });
  const units = shards[shard.index - 1]!.units;
  if (wholeUsd === undefined || units.length === 0) return { units };
  return { units, budgetUsd: (await shardBudgetShares(loaded, shards, wholeUsd))[shard.index - 1]! };
}

/** Merges each `cache-from` folder's entries into the cache folder; a missing folder is a notice, not a failure. */
export async function importCacheFrom(
  core: CoreLike,
  dirs: readonly string[],
  workDir: string,
  cacheDir: string,
): Promise<number> {
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
export async function exportRunEntries(
  store: LocalCacheStore,
  events: readonly OrchestratorEvent[],
  dest: string,
  manifest?: Manifest,
): Promise<number> {
  await mkdir(dest, { recursive: true });
  // The leg's spend travels with its delta: the finish job reports the legs against the whole budget.
  if (manifest) writeSpendRecord(dest, spendRecordOf(manifest));
  return LocalCacheStore.copyEntries(store.dir, dest, runCacheKeys(events));
}
