/**
 * The local content-addressed store: one JSON file an entry at `<dir>/v1/<2 hex>/<key>.json`,
 * written atomically (temp + rename), so runs sharing the folder never see half an entry. Each
 * entry carries the sha256 of its payload: a torn or edited entry is a miss, never a wrong hit.
 * In CI the same folder is restored and saved with actions/cache; `usedKeys()` tells the action
 * which entries to save so the cache does not grow without bound.
 */
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
} from 'node:fs';
import { OrchestratorError } from '../util/errors.js';
import { join } from 'node:path';
import { atomicWriteSync, tempName } from '../util/atomic-write.js';
import { sha256 } from '../util/hash.js';
import type { CacheEntry, CacheStore } from './types.js';

const LAYOUT = 'v1';
/** 64 MiB: far above any LLM answer or command output a step caches, far below what hurts memory. */
export const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** A cache entry file that is not safe to read (not a regular file, too large). */
export class CacheEntryRejected extends OrchestratorError {
  constructor(file: string, why: string) {
    super('E_CACHE_ENTRY', `cache entry ${file} ignored: ${why}`, {
      hint: 'remove it, or run `orchestrator cache prune`',
    });
  }
}
const KEY = /^[0-9a-f]{64}$/;

interface StoredEntry extends CacheEntry {
  /** sha256 of the canonical payload (text + files): the entry's integrity check. */
  integrity: string;
}

function integrityOf(e: CacheEntry): string {
  const files = e.files
    ? Object.keys(e.files)
        .sort()
        .map((k) => `${k}\0${e.files![k]}`)
        .join('\0')
    : '';
  return sha256(`${e.key}\0${e.text}\0${files}`);
}

export interface CacheStats {
  dir: string;
  entries: number;
  bytes: number;
  oldest?: string;
  newest?: string;
}

export interface PruneOptions {
  /** Remove entries not used for longer than this. */
  maxAgeMs?: number;
  /** Then remove least recently used entries until the store is at most this big. */
  maxSizeBytes?: number;
  now?: number;
}

export class LocalCacheStore implements CacheStore {
  private readonly used = new Set<string>();
  private added = 0;
  private readonly knownDirs = new Set<string>();

  /** Entries larger than this are not read (a huge or hostile file in a restored cache). */
  readonly maxEntryBytes: number;

  constructor(
    readonly dir: string,
    opts: { maxEntryBytes?: number } = {},
  ) {
    this.maxEntryBytes = opts.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  }

  entryFile(key: string): string {
    return join(this.dir, LAYOUT, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CacheEntry | undefined> {
    const entry = this.read(key);
    if (!entry) return undefined;
    this.used.add(key);
    // Mark recent use for LRU pruning; failing to touch is harmless.
    try {
      const now = new Date();
      utimesSync(this.entryFile(key), now, now);
    } catch {
      /* read-only cache folder */
    }
    return entry;
  }

  /** Reads an entry without marking it used (`plan --cost` looks; it does not use). */
  async peek(key: string): Promise<CacheEntry | undefined> {
    return this.read(key);
  }

  private read(key: string): CacheEntry | undefined {
    if (!KEY.test(key)) return undefined;
    const file = this.entryFile(key);
    const raw = this.readEntryFile(file);
    if (raw === undefined) return undefined;
    let entry: StoredEntry;
    try {
      entry = JSON.parse(raw) as StoredEntry;
    } catch {
      return undefined;
    }
    if (entry.v !== 1 || entry.key !== key || typeof entry.text !== 'string' || entry.integrity !== integrityOf(entry))
      return undefined;
    const { integrity: _integrity, ...rest } = entry;
    return rest;
  }

  /**
   * An entry's bytes, or undefined when there is none. Entries come from outside (a restored CI
   * cache, a shared folder), so the file is opened without following symlinks and without
   * blocking (a FIFO would block the open until a writer appears), must be a regular file, and
   * is read only up to maxEntryBytes: anything else throws CacheEntryRejected, which the engine
   * reports as a warning and treats as a miss.
   */
  private readEntryFile(file: string): string | undefined {
    let fd: number;
    try {
      fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
      if (code === 'ELOOP') throw new CacheEntryRejected(file, 'it is a symbolic link');
      throw e;
    }
    try {
      const st = fstatSync(fd);
      if (!st.isFile()) throw new CacheEntryRejected(file, 'it is not a regular file');
      if (st.size > this.maxEntryBytes)
        throw new CacheEntryRejected(file, `it is ${st.size} bytes, over the ${this.maxEntryBytes}-byte limit`);
      // Read at most one byte past the size seen: a file still growing is not trusted either.
      const buf = Buffer.alloc(st.size + 1);
      let n = 0;
      while (n < buf.length) {
        const got = readSync(fd, buf, n, buf.length - n, null);
        if (got === 0) break;
        n += got;
      }
      if (n > st.size) throw new CacheEntryRejected(file, 'it grew while being read');
      return buf.toString('utf8', 0, n);
    } finally {
      closeSync(fd);
    }
  }

  async put(entry: CacheEntry): Promise<void> {
    if (!KEY.test(entry.key)) throw new Error(`invalid cache key ${entry.key}`);
    const file = this.entryFile(entry.key);
    const sub = entry.key.slice(0, 2);
    if (!this.knownDirs.has(sub)) {
      mkdirSync(join(this.dir, LAYOUT, sub), { recursive: true });
      this.knownDirs.add(sub);
    }
    const existed = existsSync(file);
    atomicWriteSync(file, JSON.stringify({ ...entry, integrity: integrityOf(entry) } satisfies StoredEntry));
    this.used.add(entry.key);
    if (!existed) this.added++;
  }

  /** Keys read or written through this store object. */
  usedKeys(): string[] {
    return [...this.used];
  }

  /** Entries this store object created. */
  addedCount(): number {
    return this.added;
  }

  /** Copies the named entries (those that exist) from one cache folder to another. */
  static async copyEntries(fromDir: string, toDir: string, keys: Iterable<string>): Promise<number> {
    const from = new LocalCacheStore(fromDir);
    const to = new LocalCacheStore(toDir);
    let n = 0;
    for (const key of keys) {
      if (!KEY.test(key)) continue;
      const src = from.entryFile(key);
      // Regular files only: copying a FIFO blocks, and a symlink could point anywhere.
      const st = lstatSync(src, { throwIfNoEntry: false });
      if (!st?.isFile() || st.size > from.maxEntryBytes) continue;
      const dst = to.entryFile(key);
      mkdirSync(join(toDir, LAYOUT, key.slice(0, 2)), { recursive: true });
      // Temp + rename, like put(): a run reading the target folder meanwhile sees a whole entry.
      const tmp = tempName(dst);
      try {
        copyFileSync(src, tmp);
        renameSync(tmp, dst);
      } catch (e) {
        rmSync(tmp, { force: true });
        throw e;
      }
      n++;
    }
    return n;
  }

  /**
   * The keys of the entries in this folder, by file name only (`v1/<2 hex>/<key>.json`, the first
   * two hex of the key naming the sub-folder): anything else in a foreign folder is not an entry.
   * Whether an entry is whole is checked when it is read.
   */
  *keys(): Generator<string> {
    const root = join(this.dir, LAYOUT);
    if (!existsSync(root)) return;
    for (const sub of readdirSync(root)) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      let names: string[];
      try {
        names = readdirSync(join(root, sub));
      } catch {
        continue;
      }
      for (const name of names) {
        const key = name.endsWith('.json') ? name.slice(0, -5) : '';
        if (KEY.test(key) && key.startsWith(sub)) yield key;
      }
    }
  }

  private *files(): Generator<{ file: string; size: number; mtimeMs: number }> {
    const root = join(this.dir, LAYOUT);
    if (!existsSync(root)) return;
    for (const sub of readdirSync(root)) {
      const subDir = join(root, sub);
      let names: string[];
      try {
        names = readdirSync(subDir);
      } catch {
        continue;
      }
      for (const name of names) {
        const file = join(subDir, name);
        try {
          const st = statSync(file);
          if (st.isFile()) yield { file, size: st.size, mtimeMs: st.mtimeMs };
        } catch {
          /* removed meanwhile by another run */
        }
      }
    }
  }

  stats(): CacheStats {
    let entries = 0;
    let bytes = 0;
    let oldest = Infinity;
    let newest = -Infinity;
    for (const f of this.files()) {
      if (!f.file.endsWith('.json')) continue;
      entries++;
      bytes += f.size;
      oldest = Math.min(oldest, f.mtimeMs);
      newest = Math.max(newest, f.mtimeMs);
    }
    return {
      dir: this.dir,
      entries,
      bytes,
      ...(entries ? { oldest: new Date(oldest).toISOString(), newest: new Date(newest).toISOString() } : {}),
    };
  }

  /** Removes stale temp files, entries older than maxAge, then least recently used ones over maxSize. */
  prune(opts: PruneOptions): { removed: number; freedBytes: number; kept: number; keptBytes: number } {
    const now = opts.now ?? Date.now();
    let removed = 0;
    let freed = 0;
    const kept: Array<{ file: string; size: number; mtimeMs: number }> = [];
    for (const f of this.files()) {
      const stale = f.file.endsWith('.tmp')
        ? now - f.mtimeMs > 3600_000
        : opts.maxAgeMs !== undefined && now - f.mtimeMs > opts.maxAgeMs;
      if (stale) {
        rmSync(f.file, { force: true });
        removed++;
        freed += f.size;
      } else if (f.file.endsWith('.json')) kept.push(f);
    }
    let total = kept.reduce((s, f) => s + f.size, 0);
    if (opts.maxSizeBytes !== undefined && total > opts.maxSizeBytes) {
      kept.sort((a, b) => a.mtimeMs - b.mtimeMs);
      while (kept.length && total > opts.maxSizeBytes) {
        const f = kept.shift()!;
        rmSync(f.file, { force: true });
        removed++;
        freed += f.size;
        total -= f.size;
      }
    }
    return { removed, freedBytes: freed, kept: kept.length, keptBytes: total };
  }
}
