/**
 * Maps the local cache folder onto actions/cache: restore before the run (a unique key per run
 * attempt, restore-keys from most to least specific), save after it, failed runs included, but
 * only when the run added entries, and only the entries this run used or created.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { LocalCacheStore } from '../cache/local-store.js';
import { errorMessage } from '../util/errors.js';
import type { CacheKeys } from './naming.js';
import type { CacheClient, CoreLike } from './services.js';

export interface RestoreOutcome {
  matchedKey?: string;
  /** The restore matched the primary key itself (a re-run of this very attempt). */
  exact: boolean;
}

export async function restoreCacheFolder(
  client: CacheClient,
  core: CoreLike,
  dir: string,
  keys: CacheKeys,
): Promise<RestoreOutcome> {
  await mkdir(dir, { recursive: true });
  try {
    const matchedKey = await client.restore([dir], keys.primary, keys.restore);
    if (matchedKey) core.info(`Cache restored from key ${matchedKey}`);
    else core.info(`No cache found for ${keys.restore[keys.restore.length - 1]}*`);
    return { matchedKey, exact: matchedKey === keys.primary };
  } catch (e) {
    // A cache outage must not fail the job: the run just calls the providers again.
    core.warning(`Cache restore failed, running without restored entries: ${errorMessage(e)}`);
    return { exact: false };
  }
}

export type SaveOutcome = 'saved' | 'nothing-new' | 'exists' | 'failed';

/**
 * `alsoKeep`: keys the run relied on without reading them from the store, i.e. the steps a
 * resumed run took over as completed; dropping them would make the next run miss.
 */
export async function saveCacheFolder(
  client: CacheClient,
  core: CoreLike,
  store: LocalCacheStore,
  keys: CacheKeys,
  alsoKeep: string[] = [],
): Promise<SaveOutcome> {
  if (store.addedCount() === 0) {
    core.info('Cache not saved: this run added no entries');
    return 'nothing-new';
  }
  const dir = store.dir;
  try {
    // Caches are immutable per key, and saving onto an existing key makes @actions/cache retry
    // for ~30 s ("Unable to reserve cache"): ask first.
    const existing = await client.restore([dir], keys.primary, [], true);
    if (existing === keys.primary) {
      core.info(`Cache not saved: key ${keys.primary} already exists`);
      return 'exists';
    }
    // Save only what this run used: copy those entries to a fresh folder and put it in the
    // cache folder's place (the saved path must equal the restored one for the next restore).
    const fresh = `${dir}.save-${process.pid}`;
    const old = `${dir}.old-${process.pid}`;
    await rm(fresh, { recursive: true, force: true });
    await mkdir(fresh, { recursive: true });
    const copied = await LocalCacheStore.copyEntries(dir, fresh, new Set([...store.usedKeys(), ...alsoKeep]));
    await rename(dir, old);
    await rename(fresh, dir);
    await rm(old, { recursive: true, force: true });
    await client.save([dir], keys.primary);
    core.info(`Cache saved: ${copied} entries (${store.addedCount()} new) under key ${keys.primary}`);
    return 'saved';
  } catch (e) {
    core.warning(`Cache save failed: ${errorMessage(e)}`);
    if (!existsSync(dir)) await mkdir(dir, { recursive: true });
    return 'failed';
  }
}
