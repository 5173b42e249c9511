/**
 * Moving cache entries between folders for sharded runs (docs/reference.md: Shards). The local store is
 * content-addressed, one file an entry named by its key, each entry checked against its own
 * integrity hash on read: so the union of several folders (files copied together, artifacts
 * downloaded with merge-multiple) is a valid cache. Two folders holding the same key hold two
 * valid answers to the same question; whichever file lands last is read, and a torn copy is a
 * miss, never a wrong hit.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseManifest } from '../run/manifest-decode.js';
import { copySpendRecords, spendRecordOf, writeSpendRecord } from './spend-records.js';
import { readEventsSync } from '../events/reader.js';
import { viewEvents } from '../events/decode.js';
import type { OrchestratorEvent } from '../events/types.js';
import { runPaths } from '../run/run-folder.js';
import { UsageError } from '../util/errors.js';
import { LocalCacheStore } from './local-store.js';

const KEYED = ['cache.hit', 'cache.miss', 'step.succeeded', 'step.failed', 'step.skipped'] as const;

/** Every cache key a run looked up, wrote or kept (from its events, all attempts). */
export function runCacheKeys(events: readonly OrchestratorEvent[]): Set<string> {
  const keys = new Set<string>();
  for (const e of viewEvents(events, KEYED, ['key', 'cache_key'])) {
    const key =
      e.type === 'cache.hit' || e.type === 'cache.miss'
        ? e.data.key
        : e.type === 'step.succeeded' || e.type === 'step.failed'
          ? e.data.cache_key
          : e.type === 'step.skipped' && e.data.reason === 'completed'
            ? e.data.cache_key
            : undefined;
    if (key !== undefined) keys.add(key);
  }
  return keys;
}

export interface ExportResult {
  /** Keys the run used or created. */
  keys: number;
  /** Entries copied (keys whose entry is in the cache folder). */
  copied: number;
  dir: string;
}

/** Copies the entries run `jobId` used or created from `cacheDir` into `destDir` (a cache folder). */
export async function exportRunCache(
  runsDir: string,
  jobId: string,
  cacheDir: string,
  destDir: string,
): Promise<ExportResult> {
  const file = runPaths(runsDir, jobId).events;
  if (!existsSync(file))
    throw new UsageError('E_NO_RUN', `no run ${jobId} in ${runsDir}`, {
      hint: 'pass --runs-dir, or list runs with `orchestrator runs`',
    });
  const keys = runCacheKeys(readEventsSync(file).events);
  const copied = await LocalCacheStore.copyEntries(cacheDir, destDir, keys);
  // The leg's spend travels with its delta: the finish run reports the legs against the whole budget.
  const manifest = runPaths(runsDir, jobId).manifest;
  const decoded = existsSync(manifest)
    ? parseManifest(readFileSync(manifest, 'utf8'), { requireSchema: false })
    : undefined;
  if (decoded) writeSpendRecord(destDir, spendRecordOf(decoded));
  return { keys: keys.size, copied, dir: destDir };
}

/** Copies every entry of `fromDir` (e.g. merged shard deltas) into `toDir`. Returns how many. */
export async function importCacheFolder(fromDir: string, toDir: string): Promise<number> {
  copySpendRecords(fromDir, toDir);
  return LocalCacheStore.copyEntries(fromDir, toDir, new LocalCacheStore(fromDir).keys());
}
