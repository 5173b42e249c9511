/**
 * The cache is an optimisation, never a reason for a step to fail: a read that fails (an
 * unreadable, hostile or oversized entry, a broken folder) is a miss, and a write that fails (a
 * read-only or full disk, a folder that cannot be created) is skipped. Either is reported
 * through `onError` (the engine turns it into a `cache.error` warn event) and the step runs on.
 */
import { errorMessage } from '../util/errors.js';
import type { CacheErrorData } from '../events/types.js';
import type { CacheEntry, CacheStore } from './types.js';

export type CacheFault = { op: 'get' | 'put'; key: string; step_id?: string; error: unknown };

export class BestEffortCache implements CacheStore {
  constructor(
    private readonly inner: CacheStore,
    private readonly onError: (fault: CacheFault) => void,
  ) {}

  get dir(): string | undefined {
    return this.inner.dir;
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    try {
      return await this.inner.get(key);
    } catch (error) {
      this.onError({ op: 'get', key, error });
      return undefined;
    }
  }

  async put(entry: CacheEntry): Promise<void> {
    try {
      await this.inner.put(entry);
    } catch (error) {
      this.onError({ op: 'put', key: entry.key, step_id: entry.step_id, error });
    }
  }
}

/** The data of a `cache.error` event. */
export function cacheFaultData(f: CacheFault): CacheErrorData {
  const code = (f.error as { code?: unknown } | null)?.code;
  return {
    op: f.op,
    key: f.key,
    ...(typeof code === 'string' ? { code } : {}),
    message: errorMessage(f.error),
    effect: f.op === 'get' ? 'treated as a miss' : 'not cached; the step result stands',
  };
}
