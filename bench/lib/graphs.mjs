/**
 * The benchmark DAGs. A graph is `{ shape, n, seed, steps: [{ id, needs }] }` with steps in a
 * topological order; every runner (our engine through a generated spec, and each peer) gets the
 * same object, so the figures compare the same work.
 */
import { mulberry32, randInt, shuffled } from './prng.mjs';

export const DEFAULT_SEED = 20240607;
export const SHAPES = ['fanout', 'layered', 'chain'];

/** Zero-padded ids sort in topological order and keep file names a fixed width. */
function idOf(i, n) {
  return `s${String(i).padStart(String(n - 1).length, '0')}`;
}

/** One root, n-2 independent middles, one sink that needs them all. */
export function fanOut(n) {
  if (n < 3) throw new Error('fanout needs at least 3 steps');
  const ids = Array.from({ length: n }, (_, i) => idOf(i, n));
  const root = ids[0];
  const middles = ids.slice(1, n - 1);
  const steps = [{ id: root, needs: [] }, ...middles.map((id) => ({ id, needs: [root] })), { id: ids[n - 1], needs: middles }];
  return { shape: 'fanout', n, seed: 0, steps };
}

/** A straight line: each step needs the one before it. */
export function chain(n) {
  const steps = Array.from({ length: n }, (_, i) => ({ id: idOf(i, n), needs: i === 0 ? [] : [idOf(i - 1, n)] }));
  return { shape: 'chain', n, seed: 0, steps };
}

/** Layer width for n steps: a square-ish DAG (100 -> 10 x 10, 10,000 -> 100 x 100). */
export function layerWidth(n) {
  return Math.max(1, Math.round(Math.sqrt(n)));
}

/**
 * Layers of `layerWidth(n)` steps; every step after the first layer needs 1-3 distinct random
 * steps of the previous layer (the last layer may be shorter).
 */
export function layered(n, seed = DEFAULT_SEED) {
  const rand = mulberry32(seed);
  const width = layerWidth(n);
  const steps = [];
  let previous = [];
  for (let start = 0; start < n; start += width) {
    const layer = [];
    for (let i = start; i < Math.min(n, start + width); i++) {
      const id = idOf(i, n);
      let needs = [];
      if (previous.length > 0) {
        const k = Math.min(previous.length, randInt(rand, 1, 3));
        needs = shuffled(rand, previous).slice(0, k).sort();
      }
      steps.push({ id, needs });
      layer.push(id);
    }
    previous = layer;
  }
  return { shape: 'layered', n, seed, steps };
}

export function makeGraph(shape, n, seed = DEFAULT_SEED) {
  switch (shape) {
    case 'fanout': return fanOut(n);
    case 'chain': return chain(n);
    case 'layered': return layered(n, seed);
    default: throw new Error(`unknown shape ${shape}`);
  }
}

/**
 * Latency plans: step id -> milliseconds.
 * uniform: every call takes `ms`. skewed: exactly round(n * slowShare) steps, chosen by the seed,
 * take `slowMs`; the rest `fastMs`.
 */
export function uniformLatency(graph, ms) {
  return new Map(graph.steps.map((s) => [s.id, ms]));
}

export function skewedLatency(graph, { slowMs = 200, fastMs = 5, slowShare = 0.1, seed = DEFAULT_SEED } = {}) {
  const rand = mulberry32(seed ^ 0x5eed);
  const slowCount = Math.round(graph.steps.length * slowShare);
  const slow = new Set(shuffled(rand, graph.steps.map((s) => s.id)).slice(0, slowCount));
  return new Map(graph.steps.map((s) => [s.id, slow.has(s.id) ? slowMs : fastMs]));
}

/** Longest path, counting each step's latency (steps are in topological order). */
export function criticalPathMs(graph, latency) {
  const finish = new Map();
  let longest = 0;
  for (const step of graph.steps) {
    let start = 0;
    for (const parent of step.needs) start = Math.max(start, finish.get(parent));
    const end = start + latency.get(step.id);
    finish.set(step.id, end);
    longest = Math.max(longest, end);
  }
  return longest;
}

/** Number of steps on the longest path (LangGraph's recursion limit counts supersteps). */
export function depth(graph) {
  return criticalPathMs(graph, uniformLatency(graph, 1));
}

/** The ideal makespan: no scheduler can beat the critical path nor total work / concurrency. */
export function idealMakespanMs(graph, latency, concurrency) {
  let work = 0;
  for (const ms of latency.values()) work += ms;
  return Math.max(criticalPathMs(graph, latency), work / concurrency);
}

/**
 * Checks a run's trace: every step ran exactly once and started only after all its parents ended.
 * `trace` is a list of ['start' | 'end', id] in the order they happened.
 */
export function verifyTrace(graph, trace) {
  const ended = new Set();
  const started = new Set();
  const needs = new Map(graph.steps.map((s) => [s.id, s.needs]));
  for (const [what, id] of trace) {
    if (what === 'start') {
      if (started.has(id)) return `${id} started twice`;
      for (const parent of needs.get(id) ?? []) if (!ended.has(parent)) return `${id} started before its parent ${parent} ended`;
      started.add(id);
    } else {
      if (!started.has(id)) return `${id} ended without starting`;
      ended.add(id);
    }
  }
  if (ended.size !== graph.steps.length) return `${graph.steps.length - ended.size} steps never ran`;
  return null;
}
