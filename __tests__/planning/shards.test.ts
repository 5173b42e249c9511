import { loadSpecFromString } from '../../src/jobspec/load.js';
import { estimateStepWeights, stepUnits, weightsFromDurations } from '../../src/planning/shard-weights.js';
import { parseShardSpec, planShards, shardMatrix, type Shard, type WorkUnit } from '../../src/planning/shards.js';
import { cleanup, tempProject } from '../jobspec/helpers.js';

afterAll(cleanup);

const unit = (id: string, weight = 1, needs: string[] = []): WorkUnit => ({ id, weight, needs });

function everyUnitOnce(units: WorkUnit[], shards: Shard[]): void {
  const seen = shards.flatMap((s) => s.units);
  expect([...seen].sort()).toEqual(units.map((u) => u.id).sort());
  expect(new Set(seen).size).toBe(seen.length);
}

describe('planShards', () => {
  it('a 2,000-leaf fan-out: every step in one shard, loads within one step of a quarter', () => {
    const units = [unit('root'), ...Array.from({ length: 2000 }, (_, i) => unit(`leaf-${i}`, 1, ['root']))];
    const shards = planShards(units, 4);
    everyUnitOnce(units, shards);
    expect(shards.map((s) => s.units.length).sort()).toEqual([500, 500, 500, 501]);
    // The real work, the root run again included, is even too.
    expect(shards.map((s) => s.work)).toEqual([501, 501, 501, 501]);
    // The shards without the root run it too (or read it from a cache): it is what they need.
    expect(
      shards.filter((s) => !s.units.includes('root')).every((s) => s.runsToo.length === 1 && s.runsToo[0] === 'root'),
    ).toBe(true);
  });

  it('keeps independent chains together when that costs no balance', () => {
    // 40 chains of 5: each shard gets 10 whole chains and never needs another shard's step.
    const units: WorkUnit[] = [];
    for (let c = 0; c < 40; c++)
      for (let k = 0; k < 5; k++) units.push(unit(`c${c}-${k}`, 1, k ? [`c${c}-${k - 1}`] : []));
    const shards = planShards(units, 4);
    everyUnitOnce(units, shards);
    expect(shards.map((s) => s.weight)).toEqual([50, 50, 50, 50]);
    expect(shards.every((s) => s.runsToo.length === 0)).toBe(true);
    for (const s of shards) {
      const chains = new Set(s.units.map((id) => id.split('-')[0]));
      expect(chains.size).toBe(10);
    }
  });

  it('balances by weight, not by count: one heavy step gets a shard of its own', () => {
    const units = [unit('big', 30), ...Array.from({ length: 30 }, (_, i) => unit(`s${i}`, 1))];
    const shards = planShards(units, 2);
    everyUnitOnce(units, shards);
    expect(shards.map((s) => s.weight).sort()).toEqual([30, 30]);
    expect(shards.find((s) => s.units.includes('big'))!.units).toEqual(['big']);
  });

  it('splits a group too heavy for one shard along its branches while that keeps the balance', () => {
    // A root with three chains of 10 below it, over 3 shards: one group of 31, too heavy whole.
    const units: WorkUnit[] = [unit('r')];
    for (const p of ['x', 'y', 'z'])
      for (let k = 0; k < 10; k++) units.push(unit(`${p}${k}`, 1, [k ? `${p}${k - 1}` : 'r']));
    const shards = planShards(units, 3);
    everyUnitOnce(units, shards);
    const branchesOf = (s: Shard) => [...new Set(s.units.filter((id) => id !== 'r').map((id) => id[0]))];
    // Each chain whole in one shard; a shard without the root runs it again, and nothing else.
    expect(shards.map(branchesOf).sort()).toEqual([['x'], ['y'], ['z']]);
    expect(shards.map((s) => s.work)).toEqual([11, 11, 11]);
    for (const s of shards) expect(s.runsToo).toEqual(s.units.includes('r') ? [] : ['r']);
  });

  it('a fan-in is placed with most of what it needs; its shard runs the rest again (runs_too, work)', () => {
    const units = [
      unit('r'),
      ...Array.from({ length: 30 }, (_, i) => unit(`l${i}`, 1, ['r'])),
      unit(
        'join',
        1,
        Array.from({ length: 30 }, (_, i) => `l${i}`),
      ),
    ];
    const shards = planShards(units, 4);
    everyUnitOnce(units, shards);
    expect(Math.max(...shards.map((s) => s.weight)) - Math.min(...shards.map((s) => s.weight))).toBeLessThanOrEqual(2);
    const joined = shards.find((s) => s.units.includes('join'))!;
    expect(joined.work).toBe(32);
    expect(joined.runsToo.length).toBe(32 - joined.units.length);
  });

  it('a chain longer than a share is cut where a share is full; later shards run the earlier steps again', () => {
    const units = Array.from({ length: 40 }, (_, i) => unit(`c${i}`, 1, i ? [`c${i - 1}`] : []));
    const shards = planShards(units, 4);
    everyUnitOnce(units, shards);
    expect(shards.map((s) => s.units.length)).toEqual([11, 11, 11, 7]);
    // Cut in order, never interleaved: each shard holds one run of consecutive steps.
    for (const s of shards) {
      const idx = s.units.map((id) => Number(id.slice(1)));
      expect(idx).toEqual(Array.from({ length: idx.length }, (_, k) => idx[0]! + k));
    }
    expect(shards.map((s) => s.work)).toEqual([11, 22, 33, 40]);
  });

  it('more shards than steps: the extra shards are empty and left out of the matrix', () => {
    const units = [unit('a'), unit('b', 1, ['a'])];
    const shards = planShards(units, 4);
    everyUnitOnce(units, shards);
    const matrix = shardMatrix(shards);
    expect(matrix.include.length).toBe(shards.filter((s) => s.units.length).length);
    expect(matrix.include.every((e) => /^\d\/4$/.test(e.shard))).toBe(true);
  });

  it('is deterministic: the same units give the same plan', () => {
    const units = Array.from({ length: 300 }, (_, i) =>
      unit(`s${i}`, ((i * 7919) % 13) + 1, i % 5 ? [`s${i - 1}`] : []),
    );
    expect(planShards(units, 7)).toEqual(planShards(units, 7));
  });

  it('rejects bad shard specs and counts', () => {
    expect(parseShardSpec('2/4')).toEqual({ index: 2, total: 4 });
    for (const bad of ['0/4', '5/4', '1/0', 'a/b', '1/257', '2']) expect(() => parseShardSpec(bad)).toThrow(/K\/N/);
    expect(() => planShards([unit('a')], 0)).toThrow(/--shards/);
    expect(() => planShards([unit('a')], 257)).toThrow(/256/);
  });
});

describe('step weights', () => {
  const SPEC = `version: 2
name: w
providers: { r: { type: replay, responses: r.yaml } }
defaults: { provider: r }
steps:
  short: { prompt: hi }
  long: { prompt: "${'x'.repeat(8000)}" }
  cmd: { run: "true" }
`;
  it('a longer prompt weighs more; durations of an earlier run replace estimates', async () => {
    const loaded = await loadSpecFromString(SPEC, 'job.yaml', tempProject({ 'r.yaml': '{}' }));
    const est = estimateStepWeights(loaded);
    expect(est.get('long')! - est.get('short')!).toBe(2000 - 1);
    const ms = weightsFromDurations(
      est,
      new Map([
        ['short', 100],
        ['long', 5000],
      ]),
    );
    expect(ms.get('short')).toBe(100);
    expect(ms.get('long')).toBe(5000);
    // Unmeasured: scaled by the median ms per estimated unit of the measured steps.
    expect(ms.get('cmd')).toBeGreaterThan(0);
    const units = stepUnits(loaded, ms);
    expect(units.map((u) => u.id)).toEqual(['short', 'long', 'cmd']);
    // With measured weights, the 5-second step alone outweighs the rest: it gets its own shard.
    const shards = planShards(units, 2);
    expect(shards.find((s) => s.units.includes('long'))!.units).toEqual(['long']);
  });
});

describe('stepUnits with known instances', () => {
  it('a fan-out is one unit per instance (the step weight each, the step needs); its dependents need every instance', async () => {
    const spec = `version: 2
name: fan
defaults: { provider: r }
providers:
  r: { type: replay, responses: r.yaml }
inputs:
  files: '["a","b","c"]'
steps:
  root: { prompt: "list", outputs: [{ path: root.txt }] }
  review: { needs: [root], for_each: "{{ inputs.files }}", prompt: "Review {{ item }}", outputs: [{ path: "r/{{ item }}.md" }] }
  empty: { for_each: "[]", prompt: "x {{ item }}", outputs: [{ path: "e/{{ item }}.md" }] }
  sum: { needs: [review, empty], prompt: "{{ steps.review.outputs }}", outputs: [{ path: sum.txt }] }
`;
    const loaded = await loadSpecFromString(spec, 'job.yaml', tempProject({ 'r.yaml': '{}' }));
    const weights = estimateStepWeights(loaded);
    const ids = ['review[a]', 'review[b]', 'review[c]'];
    const units = stepUnits(loaded, weights, { review: ids, empty: [] });
    expect(units.map((u) => u.id)).toEqual(['root', ...ids, 'empty', 'sum']);
    for (const u of units.filter((x) => ids.includes(x.id)))
      expect(u).toEqual({ id: u.id, weight: weights.get('review'), needs: ['root'] });
    expect(units.find((u) => u.id === 'sum')!.needs).toEqual([...ids, 'empty']);
    everyUnitOnce(units, planShards(units, 2));
  });
});
