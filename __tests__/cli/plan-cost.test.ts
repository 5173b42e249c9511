/** `plan --cost`: hit/miss predicted from the local cache, real token counts, the cost of the misses. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace, cli } from '../helpers/workspace.js';

const spec = (archPrompt: string) => `version: 2
name: pc
defaults: { provider: r, concurrency: 2, retries: 0 }
providers:
  r: { type: replay, responses: r.yaml, model: gpt-4o-mini, price: { input_per_mtok: 1000, output_per_mtok: 2000 } }
steps:
  arch: { prompt: "${archPrompt}", outputs: [{ path: design.md }] }
  build: { needs: [arch], prompt: "Build this: {{ steps.arch.output }}", outputs: [{ path: app.txt }] }
  side: { prompt: "写一个函数 function add(a, b) { return a + b; }", outputs: [{ path: side.txt }] }
`;

function entryTimes(dir: string): number[] {
  const out: number[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d, { withFileTypes: true }))
      if (f.isDirectory()) walk(join(d, f.name));
      else out.push(statSync(join(d, f.name)).mtimeMs);
  };
  walk(dir);
  return out;
}

describe('plan --cost', () => {
  let ws: Workspace;
  beforeEach(
    () =>
      (ws = new Workspace({
        'job.yaml': spec('Design a notes API'),
        'r.yaml': 'arch: "the design"\nbuild: "the app"\nside: "done"\n',
      })),
  );
  afterEach(() => ws.cleanup());

  it('before any run: every step a miss, priced; after a run: all hits at $0; a changed prompt misses it and what reads it', async () => {
    const before = await cli(['plan', '--spec', 'job.yaml', '--cost', '--json'], { cwd: ws.dir });
    expect(before.code).toBe(0);
    const p0 = JSON.parse(before.stdout);
    expect(p0.steps.map((s: { id: string; cache: string }) => [s.id, s.cache])).toEqual(
      expect.arrayContaining([
        ['arch', 'miss'],
        ['build', 'miss'],
        ['side', 'miss'],
      ]),
    );
    const side = p0.steps.find((s: { id: string }) => s.id === 'side');
    // gpt-4o-mini uses o200k_base: a real count, not 4 characters a token.
    expect(side).toMatchObject({ tokenizer: 'o200k_base', tokenizer_exact: true, output_tokens_est: 1000 });
    const chars = '写一个函数 function add(a, b) { return a + b; }'.length;
    expect(side.input_tokens).toBeGreaterThan(Math.ceil(chars / 4));
    expect(side.cost_usd).toBeCloseTo((side.input_tokens * 1000 + 1000 * 2000) / 1e6, 8);
    expect(p0.totals.misses).toBe(3);
    expect(p0.totals.cost_usd).toBeCloseTo(
      p0.steps.reduce((a: number, s: { cost_usd: number }) => a + s.cost_usd, 0),
      8,
    );
    expect(p0.prices.r).toMatchObject({ source: 'spec' });

    expect((await cli(['run', '--spec', 'job.yaml', '-q'], { cwd: ws.dir })).code).toBe(0);
    const times = entryTimes(ws.path('.orchestrator/cache'));
    const after = JSON.parse((await cli(['plan', '--spec', 'job.yaml', '--cost', '--json'], { cwd: ws.dir })).stdout);
    expect(after.steps.every((s: { cache: string }) => s.cache === 'hit')).toBe(true);
    expect(after.totals).toMatchObject({ hits: 3, misses: 0, cost_usd: 0 });
    expect(entryTimes(ws.path('.orchestrator/cache'))).toEqual(times); // looking is not using

    ws.write({ 'job.yaml': spec('Design a todo API') });
    const changed = JSON.parse((await cli(['plan', '--spec', 'job.yaml', '--cost', '--json'], { cwd: ws.dir })).stdout);
    const byId = Object.fromEntries(changed.steps.map((s: { id: string }) => [s.id, s]));
    expect(byId.arch).toMatchObject({ cache: 'miss', reason: 'no_entry' });
    expect(byId.build).toMatchObject({ cache: 'miss', reason: 'upstream_unknown' });
    expect(byId.side).toMatchObject({ cache: 'hit', cost_usd: 0 });
    expect(changed.totals.misses).toBe(2);

    const text = await cli(['plan', '--spec', 'job.yaml', '--cost'], { cwd: ws.dir });
    expect(text.stdout).toMatch(/^arch\s+r\s+miss\s+\d+\s+\$\d/m);
    expect(text.stdout).toMatch(/^side\s+r\s+hit\s+\d+\s+-$/m);
    expect(text.stdout).toMatch(/total: 1 hit, 2 misses; misses: \d+ input tokens/);
    expect(text.stdout).toContain('prices (USD per Mtok, in / out): r 1000 / 2000 (spec)');
  });
  it('--only prices what `run --only` would run: the steps named and what they need; without --cost it is refused', async () => {
    const all = JSON.parse((await cli(['plan', '--spec', 'job.yaml', '--cost', '--json'], { cwd: ws.dir })).stdout);
    const r = await cli(['plan', '--spec', 'job.yaml', '--cost', '--only', 'build', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const only = JSON.parse(r.stdout);
    expect(only.steps.map((s: { id: string }) => s.id).sort()).toEqual(['arch', 'build']);
    const cost = (p: { steps: Array<{ id: string; cost_usd: number }> }, id: string) =>
      p.steps.find((s) => s.id === id)!.cost_usd;
    expect(only.totals.cost_usd).toBeCloseTo(cost(all, 'arch') + cost(all, 'build'), 8);
    expect(only.totals.cost_usd).toBeLessThan(all.totals.cost_usd);
    const unknown = await cli(['plan', '--spec', 'job.yaml', '--cost', '--only', 'nope'], { cwd: ws.dir });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no step named "nope"');
    const noCost = await cli(['plan', '--spec', 'job.yaml', '--only', 'build'], { cwd: ws.dir });
    expect(noCost.code).toBe(2);
    expect(noCost.stderr).toContain('--only prices what `run --only` would run: it needs --cost');
  });
});
