/**
 * The bench's inputs must be the same on every run and machine (seeded), and its floor scheduler
 * must be a correct DAG scheduler, or the figures in docs/benchmarks.md compare nothing.
 * Small graphs only; no timing assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../bench/lib/prng.mjs';
import {
  chain,
  criticalPathMs,
  depth,
  fanOut,
  idealMakespanMs,
  layerWidth,
  layered,
  skewedLatency,
  uniformLatency,
  verifyTrace,
  type BenchGraph,
  type Trace,
} from '../../bench/lib/graphs.mjs';
import { writeSpec } from '../../bench/lib/spec-writer.mjs';
import { runBare } from '../../bench/peers/bare.mjs';
import { loadSpec } from '../../src/jobspec/load.js';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the bare scheduler with a task that yields, recording the trace and the peak in flight. */
async function traced(graph: BenchGraph, concurrency: number) {
  const trace: Trace = [];
  let inFlight = 0;
  let peak = 0;
  await runBare(graph, {
    concurrency,
    task: async (id: string) => {
      trace.push(['start', id]);
      peak = Math.max(peak, ++inFlight);
      await tick();
      inFlight--;
      trace.push(['end', id]);
    },
  });
  return { trace, peak };
}

describe('seeded generators', () => {
  test('mulberry32 repeats its sequence for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
    for (const x of seqA) expect(x >= 0 && x < 1).toBe(true);
  });

  test('layered graphs are identical for a seed, and each step needs 1-3 steps of the previous layer', () => {
    const g = layered(120, 7);
    expect(layered(120, 7)).toEqual(g);
    expect(layered(120, 8).steps).not.toEqual(g.steps);
    const width = layerWidth(120);
    const layerOf = new Map(g.steps.map((s, i) => [s.id, Math.floor(i / width)]));
    expect(g.steps).toHaveLength(120);
    for (const [i, step] of g.steps.entries()) {
      const layer = Math.floor(i / width);
      if (layer === 0) expect(step.needs).toEqual([]);
      else {
        expect(step.needs.length).toBeGreaterThanOrEqual(1);
        expect(step.needs.length).toBeLessThanOrEqual(3);
        expect(new Set(step.needs).size).toBe(step.needs.length);
        for (const p of step.needs) expect(layerOf.get(p)).toBe(layer - 1);
      }
    }
    expect(depth(g)).toBe(Math.ceil(120 / width));
  });

  test('fan-out and chain have the advertised shape', () => {
    const f = fanOut(6);
    expect(f.steps[0]!.needs).toEqual([]);
    expect(f.steps[5]!.needs).toEqual(f.steps.slice(1, 5).map((s) => s.id));
    expect(depth(f)).toBe(3);
    const c = chain(5);
    expect(c.steps.map((s) => s.needs.length)).toEqual([0, 1, 1, 1, 1]);
    expect(depth(c)).toBe(5);
  });

  test('skewed latency makes exactly 1 step in 10 slow, the same ones every time', () => {
    const g = layered(200);
    const plan = skewedLatency(g, { slowMs: 200, fastMs: 5 });
    expect([...plan.values()].filter((ms) => ms === 200)).toHaveLength(20);
    expect([...plan.values()].filter((ms) => ms === 5)).toHaveLength(180);
    expect(skewedLatency(g, { slowMs: 200, fastMs: 5 })).toEqual(plan);
  });

  test('the ideal makespan is the larger of the critical path and work / concurrency', () => {
    const g: BenchGraph = {
      shape: 'layered',
      n: 4,
      seed: 0,
      steps: [
        { id: 'a', needs: [] },
        { id: 'b', needs: ['a'] },
        { id: 'c', needs: ['a'] },
        { id: 'd', needs: ['b', 'c'] },
      ],
    };
    const lat = new Map([
      ['a', 10],
      ['b', 20],
      ['c', 5],
      ['d', 1],
    ]);
    expect(criticalPathMs(g, lat)).toBe(31); // a -> b -> d
    expect(idealMakespanMs(g, lat, 2)).toBe(31);
    expect(idealMakespanMs(g, lat, 1)).toBe(36); // all the work, one at a time
  });
});

describe('verifyTrace', () => {
  const g = chain(3);
  test('accepts a run in order and rejects an early start, a double run, a missing step', () => {
    const [a, b, c] = g.steps.map((s) => s.id) as [string, string, string];
    expect(
      verifyTrace(g, [
        ['start', a],
        ['end', a],
        ['start', b],
        ['end', b],
        ['start', c],
        ['end', c],
      ]),
    ).toBeNull();
    expect(
      verifyTrace(g, [
        ['start', a],
        ['start', b],
        ['end', a],
        ['end', b],
        ['start', c],
        ['end', c],
      ]),
    ).toMatch(/before its parent/);
    expect(
      verifyTrace(g, [
        ['start', a],
        ['end', a],
        ['start', a],
      ]),
    ).toMatch(/twice/);
    expect(
      verifyTrace(g, [
        ['start', a],
        ['end', a],
      ]),
    ).toMatch(/never ran/);
  });
});

describe('the bare floor scheduler', () => {
  test.each([
    ['fanout', fanOut(40)],
    ['layered', layered(150)],
    ['chain', chain(30)],
  ])('runs every %s step once, after its parents, within the concurrency', async (_name, graph) => {
    const { trace, peak } = await traced(graph, 4);
    expect(verifyTrace(graph, trace)).toBeNull();
    expect(peak).toBeLessThanOrEqual(4);
  });

  test('fills its slots when enough steps are ready', async () => {
    const { peak } = await traced(fanOut(40), 8);
    expect(peak).toBe(8);
  });

  test('rejects when a step fails', async () => {
    const g = chain(4);
    await expect(
      runBare(g, {
        concurrency: 2,
        task: (id: string) => (id === g.steps[1]!.id ? Promise.reject(new Error('boom')) : undefined),
      }),
    ).rejects.toThrow('boom');
  });
});

describe('the spec writer', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bench-spec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('writes a spec the engine accepts, with the same DAG and a provider per latency', async () => {
    const g = layered(30, 3);
    const plan = skewedLatency(g, { slowMs: 200, fastMs: 5 });
    const loaded = await loadSpec(writeSpec(dir, g, plan, { concurrency: 16 }));
    const { spec } = loaded;
    expect(Object.keys(spec.steps)).toEqual(g.steps.map((s) => s.id));
    for (const s of g.steps) {
      expect(spec.steps[s.id]!.needs).toEqual(s.needs);
      expect(spec.steps[s.id]!.outputs).toEqual([{ path: `out/${s.id}.txt`, extract: 'text' }]);
      for (const p of s.needs) expect(loaded.prompts[s.id]).toContain(`{{ steps.${p}.output }}`);
      const provider = spec.steps[s.id]!.provider ?? spec.defaults.provider!;
      const latency = spec.providers[provider];
      expect(latency).toMatchObject({ type: 'replay', latency_ms: plan.get(s.id) });
    }
    expect(spec.defaults.concurrency).toBe(16);
    expect(uniformLatency(g, 0).size).toBe(30);
  });
});
