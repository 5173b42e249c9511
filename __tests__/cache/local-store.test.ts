/**
 * The local cache folder as a user meets it through the CLI: hits and misses (events and
 * manifest), damaged entries that must miss (never a wrong hit), what is never cached, --no-cache,
 * `cache stats` / `cache prune`, and two processes sharing one folder.
 */
import { existsSync, readdirSync, readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

const STEPS = {
  a: 'prompt: "start"\noutputs: [{ path: a.txt }]',
  b: 'needs: [a]\nprompt: "B sees {{ steps.a.output }}"\noutputs: [{ path: b.txt }]',
  c: 'needs: [b]\nprompt: "C sees {{ steps.b.output }}"\noutputs: [{ path: c.txt }]',
};
const ANSWERS = 'a: "answer A"\nb: "answer B"\nc: "answer C"\n';

function entryFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

describe('local cache through the CLI', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());
  const run = (jobId: string, ...args: string[]) =>
    cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', jobId, ...args], { cwd: ws.dir });
  const typesOf = (jobId: string, type: string) =>
    ws
      .events(jobId)
      .filter((e) => e.type === type)
      .map((e) => e.step_id)
      .sort();

  it('a second run of an unchanged job is all hits, with no provider call; cache per step in the manifest', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    expect(typesOf('r1', 'cache.miss')).toEqual(['a', 'b', 'c']);
    expect(Object.values(ws.manifest('r1').steps).map((s) => s.cache)).toEqual(['miss', 'miss', 'miss']);
    expect(entryFiles(ws.path('cache')).filter((f) => f.endsWith('.json'))).toHaveLength(3);

    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.hit')).toEqual(['a', 'b', 'c']);
    expect(typesOf('r2', 'llm.request')).toEqual([]);
    const m = ws.manifest('r2');
    expect(Object.values(m.steps).map((s) => s.cache)).toEqual(['hit', 'hit', 'hit']);
    expect(m.totals).toMatchObject({ cache_hits: 3, cache_misses: 0, llm_calls: 0 });
    for (const f of ['a.txt', 'b.txt', 'c.txt'])
      expect(ws.read('runs', 'r2', 'outputs', f)).toBe(ws.read('runs', 'r1', 'outputs', f));
    // The hit carries the same key the miss stored.
    expect(m.steps.b!.cache_key).toBe(ws.manifest('r1').steps.b!.cache_key);
  });

  it("changing one step's prompt misses that step alone; its dependent still hits when the answer is the same", async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    ws.write({ 'job.yaml': replaySpec('cached', { ...STEPS, b: STEPS.b.replace('B sees', 'B now sees') }) });
    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.miss')).toEqual(['b']);
    expect(typesOf('r2', 'cache.hit')).toEqual(['a', 'c']);
    expect(typesOf('r2', 'llm.request')).toEqual(['b']);
  });

  it('a truncated entry and an entry with a flipped byte are misses, never wrong hits', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    const m = ws.manifest('r1');
    const store = new LocalCacheStore(ws.path('cache'));
    const aFile = store.entryFile(m.steps.a!.cache_key!);
    const bFile = store.entryFile(m.steps.b!.cache_key!);
    // Torn: half the file.
    truncateSync(aFile, Math.floor(statSync(aFile).size / 2));
    // Edited: still valid JSON, one character of the answer changed.
    const b = readFileSync(bFile, 'utf8');
    expect(b).toContain('answer B');
    writeFileSync(bFile, b.replace('answer B', 'answer X'));

    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.miss')).toEqual(['a', 'b']);
    expect(typesOf('r2', 'llm.request')).toEqual(['a', 'b']);
    expect(ws.read('runs', 'r2', 'outputs', 'b.txt')).toBe('answer B');
    expect(typesOf('r2', 'cache.hit')).toEqual(['c']);
    // The misses rewrote good entries: the next run is all hits again.
    expect((await run('r3')).code).toBe(0);
    expect(typesOf('r3', 'cache.hit')).toEqual(['a', 'b', 'c']);
  });

  it('a whole, valid entry filed under another key misses (the key inside must match)', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    const m = ws.manifest('r1');
    const store = new LocalCacheStore(ws.path('cache'));
    // Copy a's entry over b's: valid JSON, valid integrity for a's key, but filed under b's key.
    writeFileSync(store.entryFile(m.steps.b!.cache_key!), readFileSync(store.entryFile(m.steps.a!.cache_key!)));
    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.miss')).toEqual(['b']);
    expect(ws.read('runs', 'r2', 'outputs', 'b.txt')).toBe('answer B');
  });

  it('failed calls and outputs that failed their checks are never cached', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('cached', {
        good: 'prompt: "ok"\noutputs: [{ path: good.txt }]',
        nocode: 'prompt: "code please"\noutputs: [{ path: x.py, extract: code }]',
        checked: 'prompt: "say hello"\noutputs: [{ path: hello.txt }]\nchecks: [{ type: contains, value: hello }]',
        missing: 'prompt: "no fixture for me"\noutputs: [{ path: m.txt }]',
      }),
      'responses.yaml': 'good: "fine"\nnocode: "no code block"\nchecked: "goodbye"\n',
    });
    expect((await run('r1')).code).toBe(1);
    expect(ws.manifest('r1').failed_steps.sort()).toEqual(['checked', 'missing', 'nocode']);
    expect(entryFiles(ws.path('cache')).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    // The same failures are called again (not served from a cache).
    expect((await run('r2')).code).toBe(1);
    expect(typesOf('r2', 'llm.request')).toEqual(['checked', 'missing', 'nocode']);
    expect(typesOf('r2', 'cache.hit')).toEqual(['good']);
  });

  it('a command step hits on unchanged reads (its files restored, the command not run) and misses when a read file changes', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('cmd', {
        gen: 'prompt: "gen"\noutputs: [{ path: in.txt }]',
        count:
          'needs: [gen]\nrun: "mkdir -p out && wc -c < in.txt | tr -d \' \' > out/size.txt && echo counted"\nreads: [in.txt]\ncache: true\noutputs: [{ path: out/size.txt }]',
      }),
      'responses.yaml': 'gen: "12345"\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect(ws.read('runs', 'r1', 'outputs', 'out', 'size.txt')).toBe('5\n');
    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.hit')).toEqual(['count', 'gen']);
    expect(typesOf('r2', 'command.started')).toEqual([]);
    expect(ws.read('runs', 'r2', 'outputs', 'out', 'size.txt')).toBe('5\n');
    // The cached stdout is the step's log (and its {{ steps.count.output }}).
    const logs = readdirSync(ws.path('runs', 'r2', 'logs')).filter((f) => f.startsWith('count'));
    expect(logs.map((f) => ws.read('runs', 'r2', 'logs', f)).join('')).toContain('counted');

    ws.write({ 'responses.yaml': 'gen: "1234567"\n' });
    // gen's key does not cover the fixture: bump code_version so gen answers anew, count's read changes.
    ws.write({ 'job.yaml': ws.read('job.yaml').replace('name: cmd\n', 'name: cmd\ncode_version: "2"\n') });
    expect((await run('r3')).code).toBe(0);
    expect(typesOf('r3', 'cache.miss')).toEqual(['count', 'gen']);
    expect(typesOf('r3', 'command.started')).toEqual(['count']);
    expect(ws.read('runs', 'r3', 'outputs', 'out', 'size.txt')).toBe('7\n');
  });

  it('--no-cache: cache off on every step, no cache folder created, nothing read', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    const entries = entryFiles(ws.path('cache'));
    const res = await cli(['run', '--spec', 'job.yaml', '--quiet', '--no-cache', '--job-id', 'r2'], { cwd: ws.dir });
    expect(res.code).toBe(0);
    expect(Object.values(ws.manifest('r2').steps).map((s) => s.cache)).toEqual(['off', 'off', 'off']);
    expect(typesOf('r2', 'cache.hit')).toEqual([]);
    expect(typesOf('r2', 'cache.miss')).toEqual([]);
    expect(typesOf('r2', 'llm.request')).toEqual(['a', 'b', 'c']);
    expect(existsSync(ws.path('.orchestrator'))).toBe(false);
    expect(entryFiles(ws.path('cache'))).toEqual(entries);
  });

  it('the default cache folder is .orchestrator/cache', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await cli(['run', '--spec', 'job.yaml', '--quiet', '--job-id', 'r1'], { cwd: ws.dir })).code).toBe(0);
    expect(entryFiles(ws.path('.orchestrator', 'cache')).filter((f) => f.endsWith('.json'))).toHaveLength(3);
  });

  it('cache stats and cache prune --max-age 7d --max-size 500MB (entries aged with utimes)', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    const empty = await cli(['cache', 'stats', '--cache-dir', 'cache', '--json'], { cwd: ws.dir });
    expect(empty.code).toBe(0);
    expect(JSON.parse(empty.stdout)).toMatchObject({ entries: 0, bytes: 0 });
    expect((await run('r1')).code).toBe(0);

    const stats = await cli(['cache', 'stats', '--cache-dir', 'cache', '--json'], { cwd: ws.dir });
    const s = JSON.parse(stats.stdout) as { entries: number; bytes: number };
    const files = entryFiles(ws.path('cache')).filter((f) => f.endsWith('.json'));
    expect(s.entries).toBe(3);
    expect(s.bytes).toBe(files.reduce((n, f) => n + statSync(f).size, 0));
    const text = await cli(['cache', 'stats', '--cache-dir', 'cache'], { cwd: ws.dir });
    expect(text.stdout).toMatch(/3 entries/);

    // a's entry unused for 8 days, b's for 6 days: --max-age 7d removes a's only.
    const m = ws.manifest('r1');
    const store = new LocalCacheStore(ws.path('cache'));
    const day = 86_400_000;
    const age = (key: string, days: number) => {
      const t = new Date(Date.now() - days * day);
      utimesSync(store.entryFile(key), t, t);
    };
    age(m.steps.a!.cache_key!, 8);
    age(m.steps.b!.cache_key!, 6);
    const pruned = await cli(
      ['cache', 'prune', '--cache-dir', 'cache', '--max-age', '7d', '--max-size', '500MB', '--json'],
      { cwd: ws.dir },
    );
    expect(pruned.code).toBe(0);
    expect(JSON.parse(pruned.stdout)).toMatchObject({ removed: 1, kept: 2 });
    expect(existsSync(store.entryFile(m.steps.a!.cache_key!))).toBe(false);
    expect(existsSync(store.entryFile(m.steps.b!.cache_key!))).toBe(true);

    // --max-size removes least recently used first: b (6 days) goes before c (now).
    const cSize = statSync(store.entryFile(m.steps.c!.cache_key!)).size;
    const bySize = await cli(['cache', 'prune', '--cache-dir', 'cache', '--max-size', `${cSize}B`, '--json'], {
      cwd: ws.dir,
    });
    expect(bySize.code).toBe(0);
    expect(JSON.parse(bySize.stdout)).toMatchObject({ removed: 1, kept: 1 });
    expect(existsSync(store.entryFile(m.steps.c!.cache_key!))).toBe(true);

    // A pruned entry is a plain miss next time.
    expect((await run('r2')).code).toBe(0);
    expect(typesOf('r2', 'cache.hit')).toEqual(['c']);
    expect(typesOf('r2', 'cache.miss')).toEqual(['a', 'b']);
  });

  it('a hit refreshes the entry, so LRU pruning keeps what is used', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('cached', STEPS), 'responses.yaml': ANSWERS });
    expect((await run('r1')).code).toBe(0);
    const store = new LocalCacheStore(ws.path('cache'));
    const key = ws.manifest('r1').steps.a!.cache_key!;
    const old = new Date(Date.now() - 30 * 86_400_000);
    utimesSync(store.entryFile(key), old, old);
    expect((await run('r2')).code).toBe(0);
    const pruned = await cli(['cache', 'prune', '--cache-dir', 'cache', '--max-age', '7d', '--json'], { cwd: ws.dir });
    expect(JSON.parse(pruned.stdout)).toMatchObject({ removed: 0, kept: 3 });
  });

  it('cache prune without limits, a bad duration or an unknown action is a usage error (exit 2)', async () => {
    ws = new Workspace();
    for (const args of [
      ['cache', 'prune'],
      ['cache', 'prune', '--max-age', 'seven days'],
      ['cache', 'prune', '--max-size', 'lots'],
      ['cache', 'explode'],
    ]) {
      const r = await cli([...args, '--cache-dir', 'cache'], { cwd: ws.dir });
      expect([args.join(' '), r.code]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(/^error\[/);
    }
  });
});

describe('two CLI processes sharing one cache folder', () => {
  let bin: CliBin;
  let ws: Workspace;
  beforeAll(() => (bin = snapshotCli()));
  afterAll(() => bin.cleanup());
  afterEach(() => ws.cleanup());

  it('run at the same time, both succeed with the same outputs, and every entry left is whole', async () => {
    const steps: Record<string, string> = {};
    const answers: string[] = [];
    for (let i = 0; i < 16; i++) {
      steps[`s${i}`] =
        `${i >= 4 ? `needs: [s${i % 4}]\n` : ''}prompt: "step ${i}${i >= 4 ? ` after {{ steps.s${i % 4}.output }}` : ''}"\noutputs: [{ path: out/${i}.txt }]`;
      answers.push(`s${i}: "answer ${i} ${'x'.repeat(2000)}"`);
    }
    ws = new Workspace({
      'job.yaml': replaySpec('shared', steps).replace(
        'responses: responses.yaml }',
        'responses: responses.yaml, latency_ms: 5 }',
      ),
      'responses.yaml': `${answers.join('\n')}\n`,
    });
    const args = (id: string) => [
      'run',
      '--spec',
      'job.yaml',
      '--quiet',
      '--cache-dir',
      'shared-cache',
      '--job-id',
      id,
      '--concurrency',
      '4',
    ];
    const [p1, p2] = await Promise.all([
      runAsync(bin.bin, args('p1'), ws.dir).done,
      runAsync(bin.bin, args('p2'), ws.dir).done,
    ]);
    expect([p1.code, p1.stderr]).toEqual([0, '']);
    expect([p2.code, p2.stderr]).toEqual([0, '']);
    for (let i = 0; i < 16; i++)
      expect(ws.read('runs', 'p1', 'outputs', 'out', `${i}.txt`)).toBe(
        ws.read('runs', 'p2', 'outputs', 'out', `${i}.txt`),
      );
    const files = entryFiles(ws.path('shared-cache'));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files).toHaveLength(16);
    const store = new LocalCacheStore(ws.path('shared-cache'));
    for (const id of Object.keys(steps)) {
      const key = ws.manifest('p1').steps[id]!.cache_key!;
      expect(ws.manifest('p2').steps[id]!.cache_key).toBe(key);
      const entry = await store.get(key);
      expect(entry?.text).toBe(`answer ${id.slice(1)} ${'x'.repeat(2000)}`);
    }
    // A third run, after both: all hits.
    const p3 = await runAsync(bin.bin, args('p3'), ws.dir).done;
    expect(p3.code).toBe(0);
    expect(ws.manifest('p3').totals).toMatchObject({ cache_hits: 16, llm_calls: 0 });
  });
});
