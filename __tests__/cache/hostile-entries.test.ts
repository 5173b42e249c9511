/**
 * Cache entries come from outside (restored CI caches, shared folders): a FIFO, a symlink to
 * /dev/zero or a huge file must be a miss with a warning, never a hang or an unbounded read. A
 * cache that cannot be read or written never fails a step.
 */
import { rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';

const KEY = 'ab'.repeat(32);
const SPEC = fakeSpec(`  a: { prompt: "go", outputs: [{ path: a.txt }] }
  b: { run: "echo hi > $ORCHESTRATOR_OUTPUTS_DIR/b.txt", outputs: [{ path: b.txt }] }
`);

describe('hostile cache entries', () => {
  const { ws, run } = engineWorkspacePerTest();

  function placeEntry(store: LocalCacheStore, make: (file: string) => void): void {
    const file = store.entryFile(KEY);
    writeFileSync(file.replace(/[^/]+$/, '.keep'), '', { flag: 'a' });
    make(file);
  }

  function storeWithDir(opts?: { maxEntryBytes?: number }): LocalCacheStore {
    const store = new LocalCacheStore(ws.path('cache'), opts);
    const file = store.entryFile(KEY);
    spawnSync('mkdir', ['-p', file.replace(/\/[^/]+$/, '')]);
    return store;
  }

  it('a FIFO entry is rejected without blocking', async () => {
    const store = storeWithDir();
    placeEntry(store, (f) => spawnSync('mkfifo', [f]));
    await expect(store.get(KEY)).rejects.toMatchObject({
      code: 'E_CACHE_ENTRY',
      message: expect.stringMatching(/not a regular file/),
    });
  });

  it('a symlink to /dev/zero is rejected without reading', async () => {
    const store = storeWithDir();
    placeEntry(store, (f) => symlinkSync('/dev/zero', f));
    await expect(store.get(KEY)).rejects.toMatchObject({
      code: 'E_CACHE_ENTRY',
      message: expect.stringMatching(/symbolic link/),
    });
  });

  it('an entry over the size limit is rejected before it is read', async () => {
    const store = storeWithDir({ maxEntryBytes: 1024 });
    placeEntry(store, (f) => {
      writeFileSync(f, '');
      truncateSync(f, 10 * 1024 * 1024 * 1024);
    });
    await expect(store.get(KEY)).rejects.toMatchObject({
      code: 'E_CACHE_ENTRY',
      message: expect.stringMatching(/over the 1024-byte limit/),
    });
  });

  it('in a run, hostile entries are misses with a cache.error warning and the steps still run', async () => {
    const first = new LocalCacheStore(ws.path('cache'));
    await run(SPEC, new FakeProvider('fake'), { jobId: 'one', cache: first });
    const keys = first.usedKeys();
    // LLM steps are cached; command steps too in 2.0 (opt-in from 2.1 on): at least one entry.
    expect(keys.length).toBeGreaterThanOrEqual(1);
    keys.forEach((k, i) => {
      rmSync(first.entryFile(k));
      if (i % 2 === 0) spawnSync('mkfifo', [first.entryFile(k)]);
      else symlinkSync('/dev/zero', first.entryFile(k));
    });
    const fake = new FakeProvider('fake');
    const res = await run(SPEC, fake, { jobId: 'two', cache: new LocalCacheStore(ws.path('cache')) });
    expect(res.status).toBe('succeeded');
    expect(fake.callsOf('a')).toBe(1);
    const warnings = ws.events('two').filter((e) => e.type === 'cache.error');
    expect(warnings.length).toBeGreaterThanOrEqual(keys.length);
    expect(warnings.every((e) => e.level === 'warn')).toBe(true);
    expect(warnings.map((e) => e.data.code)).toContain('E_CACHE_ENTRY');
  });

  it('a cache folder that cannot be created does not fail the steps', async () => {
    writeFileSync(ws.path('not-a-folder'), 'x');
    const res = await run(SPEC, new FakeProvider('fake'), {
      jobId: 'ro',
      cache: new LocalCacheStore(ws.path('not-a-folder', 'cache')),
    });
    expect(res.status).toBe('succeeded');
    const warnings = ws.events('ro').filter((e) => e.type === 'cache.error');
    expect(warnings.map((e) => e.data.op)).toEqual(expect.arrayContaining(['put']));
    expect(warnings[0]!.data.message).toMatch(/ENOTDIR|EEXIST/);
  });
});
