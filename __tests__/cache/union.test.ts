/**
 * The cache folder as the data plane of a matrix (docs/reference.md: Shards): folders copied together are a
 * valid cache, the same key written by two shards is a hit either way, and importing a folder
 * from outside (a downloaded artifact) takes entries only, never links or strays.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCacheFolder } from '../../src/cache/export.js';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import type { CacheEntry } from '../../src/cache/types.js';

const K1 = 'a'.repeat(64);
const K2 = 'b'.repeat(64);
const entry = (key: string, text: string, created_at: string): CacheEntry => ({
  v: 1,
  key,
  step_id: 's',
  text,
  created_at,
});

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'cache-union-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('a union of cache folders', () => {
  it('two shards wrote the same key (different bytes): the union hits with one of their answers', async () => {
    const one = new LocalCacheStore(join(root, 'one'));
    const two = new LocalCacheStore(join(root, 'two'));
    await one.put(entry(K1, 'same answer', '2026-11-29T10:00:00.000Z'));
    await one.put(entry(K2, 'only in one', '2026-11-29T10:00:00.000Z'));
    await two.put(entry(K1, 'same answer', '2026-11-29T11:00:00.000Z'));
    for (const d of ['one', 'two']) cpSync(join(root, d), join(root, 'union'), { recursive: true, force: true });
    const union = new LocalCacheStore(join(root, 'union'));
    expect((await union.get(K1))?.text).toBe('same answer');
    expect((await union.get(K2))?.text).toBe('only in one');
    expect([...union.keys()].sort()).toEqual([K1, K2]);
  });

  it('import copies entries only: a symlink, a stray file or a misplaced key is left behind', async () => {
    const from = join(root, 'downloaded');
    const src = new LocalCacheStore(from);
    await src.put(entry(K1, 'good', '2026-11-29T10:00:00.000Z'));
    writeFileSync(join(root, 'secret.txt'), 'not a cache entry');
    mkdirSync(join(from, 'v1', 'bb'), { recursive: true });
    symlinkSync(join(root, 'secret.txt'), join(from, 'v1', 'bb', `${K2}.json`));
    writeFileSync(join(from, 'v1', 'aa', 'notes.json'), '{}');
    mkdirSync(join(from, 'v1', 'cc'), { recursive: true });
    writeFileSync(join(from, 'v1', 'cc', `${K1}.json`), '{}'); // a key in the wrong sub-folder
    const to = join(root, 'cache');
    expect(await importCacheFolder(from, to)).toBe(1);
    expect(readdirSync(join(to, 'v1'))).toEqual(['aa']);
    expect((await new LocalCacheStore(to).get(K1))?.text).toBe('good');
  });
});
