import {
  closureForOnly,
  criticalPath,
  downstreamOf,
  findCycles,
  isUpstream,
  levels,
  StepGraph,
  topoOrder,
  upstreamOf,
  type NeedsMap,
} from '../../src/jobspec/dag.js';
import { UsageError } from '../../src/util/errors.js';

//   a   b
//   |\ /
//   c d
//    \|
//     e     f (alone)
const diamond: NeedsMap = { a: [], b: [], c: ['a'], d: ['a', 'b'], e: ['c', 'd'], f: [] };

function chain(n: number): NeedsMap {
  const m: Record<string, string[]> = {};
  for (let i = 0; i < n; i++) m[`s${i}`] = i === 0 ? [] : [`s${i - 1}`];
  return m;
}

/** A seeded random DAG: each step needs up to 3 earlier steps. */
function randomDag(n: number, seed = 42): Record<string, string[]> {
  let x = seed;
  const rnd = (k: number): number => {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    return x % k;
  };
  const m: Record<string, string[]> = {};
  for (let i = 0; i < n; i++) {
    const needs = new Set<string>();
    const k = i === 0 ? 0 : rnd(4);
    for (let j = 0; j < k; j++) needs.add(`s${rnd(i)}`);
    m[`s${i}`] = [...needs];
  }
  return m;
}

describe('graph utilities', () => {
  it('orders topologically with ties broken by spec order', () => {
    expect(topoOrder(diamond)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    // Among the steps ready to go, the earliest in the spec goes first.
    expect(topoOrder({ z: ['y'], y: [], x: [] })).toEqual(['y', 'z', 'x']);
    expect(topoOrder({ c: ['a', 'b'], b: [], a: [] })).toEqual(['b', 'a', 'c']);
  });

  it('layers by longest path', () => {
    expect(levels(diamond)).toEqual([['a', 'b', 'f'], ['c', 'd'], ['e']]);
    expect(levels({ a: [], b: ['a'], c: ['a', 'b'] })).toEqual([['a'], ['b'], ['c']]);
  });

  it('computes upstream and downstream closures', () => {
    expect([...upstreamOf(diamond, 'e')].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...downstreamOf(diamond, 'a')].sort()).toEqual(['c', 'd', 'e']);
    expect(upstreamOf(diamond, 'a').size).toBe(0);
    expect(isUpstream(diamond, 'b', 'e')).toBe(true);
    expect(isUpstream(diamond, 'c', 'd')).toBe(false);
    expect(isUpstream(diamond, 'e', 'a')).toBe(false);
  });

  it('selects --only steps with everything they need, in spec order', () => {
    expect(closureForOnly(diamond, ['c', 'f'])).toEqual(['a', 'c', 'f']);
    expect(closureForOnly(diamond, ['e'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(() => closureForOnly(diamond, ['cc'])).toThrow(UsageError);
  });

  it('finds the critical path, weighted or not', () => {
    expect(criticalPath(diamond)).toEqual({ path: ['a', 'c', 'e'], length: 3 });
    expect(criticalPath(diamond, { b: 10 })).toEqual({ path: ['b', 'd', 'e'], length: 12 });
    expect(criticalPath(diamond, (id) => (id === 'f' ? 100 : 1))).toEqual({ path: ['f'], length: 100 });
    expect(criticalPath({})).toEqual({ path: [], length: 0 });
  });

  it('finds each cycle once, and refuses to order a cyclic graph', () => {
    const g: NeedsMap = { a: ['b'], b: ['c'], c: ['a'], d: ['d2'], d2: ['d'], e: ['a'] };
    expect(findCycles(g)).toEqual([
      ['a', 'b', 'c', 'a'],
      ['d', 'd2', 'd'],
    ]);
    expect(() => topoOrder(g)).toThrow(/dependency cycle: a -> b -> c -> a/);
    expect(findCycles(diamond)).toEqual([]);
    expect(isUpstream(g, 'c', 'e')).toBe(true);
  });

  it('handles a 20,000-step chain without recursion', () => {
    const g = chain(20_000);
    const t0 = performance.now();
    expect(topoOrder(g)[19_999]).toBe('s19999');
    expect(levels(g)).toHaveLength(20_000);
    expect(criticalPath(g).length).toBe(20_000);
    expect(findCycles(g)).toEqual([]);
    expect(upstreamOf(g, 's19999').size).toBe(19_999);
    expect(downstreamOf(g, 's0').size).toBe(19_999);
    expect(closureForOnly(g, ['s19999'])).toHaveLength(20_000);
    expect(isUpstream(g, 's0', 's19999')).toBe(true);
    expect(isUpstream(g, 's19999', 's0')).toBe(false);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('finds the cycle closing a 20,000-step chain', () => {
    const g = { ...chain(20_000), s0: ['s19999'] };
    const cycles = findCycles(g);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(20_001);
    expect(cycles[0]![0]).toBe('s0');
  });

  it('answers per-step queries on a 20,000-step random DAG fast, and agrees with a brute-force closure', () => {
    const needs = randomDag(20_000);
    const g = new StepGraph(needs);
    const t0 = performance.now();
    const order = g.topoOrder();
    const pos = new Map(order.map((id, i) => [id, i]));
    for (const [id, ns] of Object.entries(needs)) for (const n of ns) expect(pos.get(n)!).toBeLessThan(pos.get(id)!);
    // Every direct need answers isUpstream for every step: linear overall.
    for (const [id, ns] of Object.entries(needs)) for (const n of ns) expect(g.isUpstream(n, id)).toBe(true);
    const lv = g.levels();
    expect(lv.flat()).toHaveLength(20_000);
    expect(g.criticalPath().path.length).toBe(lv.length);
    expect(performance.now() - t0).toBeLessThan(8000);

    // Brute force on a sample: a step's upstream = the union of its needs and their upstream.
    const small = randomDag(300, 7);
    const sg = new StepGraph(small);
    const memo = new Map<string, Set<string>>();
    for (const id of sg.topoOrder()) {
      const s = new Set<string>();
      for (const n of small[id]!) {
        s.add(n);
        for (const u of memo.get(n)!) s.add(u);
      }
      memo.set(id, s);
    }
    for (const id of Object.keys(small)) {
      expect(sg.upstreamOf(id)).toEqual(memo.get(id));
      for (const other of ['s0', 's10', 's150', 's299'])
        expect(sg.isUpstream(other, id)).toBe(memo.get(id)!.has(other));
    }
  });
});
