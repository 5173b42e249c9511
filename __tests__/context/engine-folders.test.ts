/**
 * The engine's own folders (the runs folder, the cache folder, wherever --runs-dir/--cache-dir put
 * them inside the workspace) are never inputs of a glob: `files:` of a cached command step, a
 * `for_each` glob and `context.include` all leave them out (docs/reference.md, "Globs").
 */
import { rmSync } from 'node:fs';
import { Workspace, cli, replaySpec } from '../helpers/workspace.js';

describe('globs never read the engine folders', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('a cached command step with files: ["**"] hits on its second run in the default layout', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('ef', { build: 'run: "echo built"\ncache: true\nfiles: ["**"]' }),
      'responses.yaml': '{}\n',
      'src/a.txt': 'a\n',
    });
    expect((await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', 'one'], { cwd: ws.dir })).code).toBe(0);
    expect(ws.manifest('one').steps.build!.cache).toBe('miss');
    expect((await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', 'two'], { cwd: ws.dir })).code).toBe(0);
    expect(ws.manifest('two').steps.build!.cache).toBe('hit');
    // Still never a stale hit: a changed workspace file misses.
    ws.write({ 'src/a.txt': 'changed\n' });
    expect((await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', 'three'], { cwd: ws.dir })).code).toBe(0);
    expect(ws.manifest('three').steps.build!.cache).toBe('miss');
  });

  it('a for_each glob "**" fans out over the workspace files only, as plan counts them', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('eg', {
        each: 'for_each: { glob: "**" }\nprompt: "Look at {{ item }}"\noutputs: [{ path: "out/{{ item }}.md" }]',
      }),
      'responses.yaml': 'each: "ok"\n',
      'docs/a.md': 'a\n',
      'docs/b.md': 'b\n',
    });
    const plan = JSON.parse((await cli(['plan', '--spec', 'job.yaml', '--json'], { cwd: ws.dir })).stdout);
    const planned = JSON.stringify(plan);
    expect(planned).toContain('"for_each":{"items":4}');
    for (const [id, extra] of [
      ['r1', []],
      ['r2', []],
      ['r3', ['--runs-dir', 'build/runs', '--cache-dir', 'build/cache']],
    ] as const) {
      // Folders of earlier runs elsewhere are workspace files like any other: start clean.
      if (extra.length) rmSync(ws.path('runs'), { recursive: true });
      const r = await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', id, ...extra], { cwd: ws.dir });
      expect(r.code).toBe(0);
      const dir = extra.length ? 'build/runs' : 'runs';
      const m = JSON.parse(ws.read(dir, id, 'manifest.json')) as { steps: Record<string, unknown> };
      const instances = Object.keys(m.steps).filter((s) => s.startsWith('each['));
      expect(instances.sort()).toEqual([
        'each[docs/a.md]',
        'each[docs/b.md]',
        'each[job.yaml]',
        'each[responses.yaml]',
      ]);
    }
  });

  it('context.include "**" leaves the runs folder out of the prompt', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('ec', {
        look: 'prompt: "Review"\ncontext: { include: ["**"], max_tokens: 100000 }\noutputs: [{ path: r.md }]',
      }),
      'responses.yaml': 'look: "ok"\n',
      'src/code.ts': 'export const x = 1;\n',
    });
    expect((await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', 'c1'], { cwd: ws.dir })).code).toBe(0);
    expect((await cli(['run', '--spec', 'job.yaml', '-q', '--job-id', 'c2'], { cwd: ws.dir })).code).toBe(0);
    const built = ws.events('c2').find((e) => e.type === 'context.built');
    const text = JSON.stringify(built?.data ?? {});
    expect(text).toContain('src/code.ts');
    expect(text).not.toContain('runs/');
    expect(ws.manifest('c2').steps.look!.cache).toBe('hit');
  });

  it.each([['../*.txt'], ['/etc/*.conf'], ['src/../../x']])(
    'validate refuses files: [%j] with FILE:LINE:COL',
    async (glob) => {
      ws = new Workspace({
        'job.yaml': replaySpec('ev', { build: `run: "echo built"\ncache: true\nfiles: [${JSON.stringify(glob)}]` }),
        'responses.yaml': '{}\n',
      });
      const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
      expect(r.code).toBe(2);
      expect(r.stderr + r.stdout).toMatch(/job\.yaml:\d+:\d+: .*files.*leaves/);
    },
  );
});
