/**
 * The shard planner behind `plan --shards N` and `run --shard K/N` (CONTRACT 7.9): splits work
 * units over N shards so that every unit is in exactly one shard and the heaviest shard is as
 * light as the work allows.
 *
 * It knows nothing of specs: a unit is an id, an estimated weight and the ids it needs. Today a
 * unit is a step; a `for_each` instance whose list is known at plan time joins as a unit of its
 * own (id `STEP[KEY]`, needs = the step's needs) without a change here.
 *
 * How: weakly connected groups (units linked by needs) are placed whole, heaviest first, on the
 * lightest shard (LPT), as long as that shard stays within the ideal share (total / N): a group
 * kept together never computes another shard's work. A group too heavy for that is split unit by
 * unit in dependency order, each unit going to the shard that already holds most of what it needs
 * while it fits, else to the shard where it ends lightest, counting the needs it would run again.
 * A shard also runs (or reads from a cache) the upstream units of other shards it needs:
 * `runsToo` lists them.
 *
 * Deterministic: ties go to the earlier unit and the lower shard, so `plan` in one job and
 * `run --shard` in another compute the same plan from the same spec.
 */
import { stepGraph, type NeedsMap } from './dag.js';
import { UsageError } from '../util/errors.js';

export interface WorkUnit {
  id: string;
  /** Estimated work, any unit (tokens, milliseconds) as long as all units use the same. */
  weight: number;
  needs: readonly string[];
}

export interface Shard {
  /** 1-based. */
  index: number;
  /** The units this shard owns, in the order given. */
  units: string[];
  /** Sum of the owned units' weights. */
  weight: number;
  /** Units of other shards this shard needs (transitively): run here too, or read from a cache. */
  runsToo: string[];
}

/** GitHub's limit of jobs one matrix may start. */
export const MAX_SHARDS = 256;

/** `K/N` with 1 <= K <= N <= 256. */
export function parseShardSpec(value: string): { index: number; total: number } {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const total = m ? Number(m[2]) : NaN;
  if (!m || index < 1 || total < 1 || index > total || total > MAX_SHARDS) {
    throw new UsageError('E_USAGE', `--shard needs K/N with 1 <= K <= N <= ${MAX_SHARDS}, got ${JSON.stringify(value)}`, { hint: 'e.g. --shard 2/4 (from plan --shards 4 --format matrix)' });
  }
  return { index, total };
}

export function checkShardCount(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw new UsageError('E_USAGE', `--shards needs a whole number from 1 to ${MAX_SHARDS} (a matrix starts at most ${MAX_SHARDS} jobs), got ${n}`);
  }
  return n;
}

/** Weights must be finite and positive for the balance to mean anything; others count as 1. */
function safeWeight(w: number): number {
  return Number.isFinite(w) && w > 0 ? w : 1;
}

export function planShards(units: readonly WorkUnit[], shardCount: number): Shard[] {
  const n = checkShardCount(shardCount);
  const index = new Map(units.map((u, i) => [u.id, i]));
  const weight = units.map((u) => safeWeight(u.weight));
  const needs: Record<string, readonly string[]> = {};
  for (const u of units) needs[u.id] = u.needs.filter((d) => index.has(d));
  const graph = stepGraph(needs as NeedsMap);

  // Weakly connected groups (union-find), each listed in the units' order.
  const parent = units.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  units.forEach((u, i) => {
    for (const d of needs[u.id]!) {
      const a = find(i);
      const b = find(index.get(d)!);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, number[]>();
  units.forEach((_, i) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  });
  const groupWeight = (g: number[]) => g.reduce((s, i) => s + weight[i]!, 0);
  const ordered = [...groups.values()]
    .map((g) => ({ members: g, weight: groupWeight(g) }))
    .sort((a, b) => b.weight - a.weight || a.members[0]! - b.members[0]!);

  const total = weight.reduce((s, w) => s + w, 0);
  // The ideal share, with a hair of float tolerance so equal weights summing to it still fit.
  const cap = (total / n) * (1 + 1e-9);
  const load = new Float64Array(n);
  const owner = new Int32Array(units.length).fill(-1);
  const lightest = (): number => {
    let best = 0;
    for (let s = 1; s < n; s++) if (load[s]! < load[best]!) best = s;
    return best;
  };
  const place = (i: number, s: number) => {
    owner[i] = s;
    load[s] += weight[i]!;
  };

  const topo = graph.topoOrder().map((id) => index.get(id)!);
  const topoRank = new Int32Array(units.length);
  topo.forEach((i, r) => (topoRank[i] = r));

  for (const g of ordered) {
    const s = lightest();
    if (load[s]! + g.weight <= cap || n === 1) {
      for (const i of g.members) place(i, s);
      continue;
    }
    // Too heavy to keep whole without costing balance: unit by unit, needs first.
    const members = [...g.members].sort((a, b) => topoRank[a]! - topoRank[b]!);
    const affinity = new Float64Array(n);
    for (const i of members) {
      affinity.fill(0);
      for (const d of needs[units[i]!.id]!) {
        const o = owner[index.get(d)!]!;
        if (o >= 0) affinity[o] += weight[index.get(d)!]!;
      }
      let best = -1;
      for (let t = 0; t < n; t++) {
        if (load[t]! + weight[i]! > cap) continue;
        if (best === -1 || affinity[t]! > affinity[best]! || (affinity[t] === affinity[best] && load[t]! < load[best]!)) best = t;
      }
      if (best === -1) {
        // Nothing fits: the shard where it ends lightest, counting the needs it would run again.
        let cost = Infinity;
        for (let t = 0; t < n; t++) {
          let c = load[t]! + weight[i]!;
          for (const d of needs[units[i]!.id]!) if (owner[index.get(d)!] !== t) c += weight[index.get(d)!]!;
          if (c < cost) {
            cost = c;
            best = t;
          }
        }
      }
      place(i, best);
    }
  }

  const shards: Shard[] = Array.from({ length: n }, (_, s) => ({ index: s + 1, units: [], weight: load[s]!, runsToo: [] }));
  units.forEach((u, i) => shards[owner[i]!]!.units.push(u.id));
  for (const shard of shards) {
    const own = new Set(shard.units);
    const outside = new Set<string>();
    for (const id of shard.units) for (const up of graph.upstreamOf(id)) if (!own.has(up)) outside.add(up);
    shard.runsToo = units.filter((u) => outside.has(u.id)).map((u) => u.id);
  }
  return shards;
}

/** `strategy.matrix` for GitHub Actions: one entry per shard that owns work. */
export interface ShardMatrix {
  include: Array<{ shard: string; steps: string }>;
}

export function shardMatrix(shards: readonly Shard[]): ShardMatrix {
  const n = shards.length;
  // A shard with nothing to do would start a runner for nothing (more shards than steps).
  return { include: shards.filter((s) => s.units.length > 0).map((s) => ({ shard: `${s.index}/${n}`, steps: s.units.join(',') })) };
}
