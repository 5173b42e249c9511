/**
 * The shard planner behind `plan --shards N` and `run --shard K/N` (docs/reference.md: Shards): splits work
 * units over N shards so that every unit is in exactly one shard and the heaviest shard is as
 * light as the work allows.
 *
 * It knows nothing of specs: a unit is an id, an estimated weight and the ids it needs. Today a
 * unit is a step; a `for_each` instance whose list is known at plan time joins as a unit of its
 * own (id `STEP[KEY]`, needs = the step's needs) without a change here.
 *
 * How: weakly connected groups (units linked by needs) are placed whole, heaviest first, on the
 * shard with the least own weight (LPT), as long as that shard stays within its share (total / N,
 * plus one average unit of slack): a group kept together never computes another shard's work. A
 * group too heavy for that is split unit by unit in dependency order; among the shards it still
 * fits in, each unit goes where the shard's real work ends lowest: its weight plus the upstream
 * units that shard would have to run again (its cache is its own). So a fan-out spreads (each
 * shard runs the root once more) and a chain is cut only where a share is full; the shard after a
 * cut runs the steps before it again. `runsToo` lists what a shard runs for others; `work` is
 * its weight with them. Balance is by own weight, as the contract asks (7.9); `work` shows what
 * the cuts cost.
 *
 * Deterministic: ties go to the earlier unit and the lower shard, so `plan` in one job and
 * `run --shard` in another compute the same plan from the same spec.
 */
import { stepGraph, type NeedsMap } from '../jobspec/dag.js';
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
  /** What the shard really runs: its units' weight plus that of `runsToo`. */
  work: number;
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
    throw new UsageError(
      'E_USAGE',
      `--shard needs K/N with 1 <= K <= N <= ${MAX_SHARDS}, got ${JSON.stringify(value)}`,
      {
        hint: 'e.g. --shard 2/4 (from plan --shards 4 --format matrix)',
      },
    );
  }
  return { index, total };
}

export function checkShardCount(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_SHARDS) {
    throw new UsageError(
      'E_USAGE',
      `--shards needs a whole number from 1 to ${MAX_SHARDS} (a matrix starts at most ${MAX_SHARDS} jobs), got ${n}`,
    );
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
  // The ideal share plus one average unit: the slack lets a group that ends a step over the share
  // stay whole (and a chain be cut a step later), at most one step of imbalance. A float hair so
  // equal weights summing to it still fit.
  const cap = (total / n + (units.length ? total / units.length : 0)) * (1 + 1e-9);
  const needIdx = units.map((u) => needs[u.id]!.map((d) => index.get(d)!));
  /** What each shard owns plus what it runs again for its owned units' needs (its real work). */
  const work = new Float64Array(n);
  const ownWeight = new Float64Array(n);
  const owner = new Int32Array(units.length).fill(-1);
  // present[t][i]: unit i runs on shard t (owned or needed). Always closed under needs.
  const present: Uint8Array[] = Array.from({ length: n }, () => new Uint8Array(units.length));
  const stamp = new Int32Array(units.length);
  let walkId = 0;
  /** Weight of i's upstream not yet on shard t; Infinity once it reaches `bound` (it cannot win then). */
  const missing = (t: number, i: number, bound: number): number => {
    const here = present[t]!;
    for (const d of needIdx[i]!) if (!here[d] && heaviestPath[d]! >= bound) return Infinity;
    const id = ++walkId;
    let sum = 0;
    const todo = [...needIdx[i]!];
    while (todo.length > 0) {
      const d = todo.pop()!;
      if (here[d] || stamp[d] === id) continue;
      stamp[d] = id;
      sum += weight[d]!;
      if (sum >= bound) return Infinity;
      for (const up of needIdx[d]!) todo.push(up);
    }
    return sum;
  };
  /** Owns i on shard t, with its upstream that t does not hold yet. */
  const place = (i: number, t: number) => {
    owner[i] = t;
    ownWeight[t] += weight[i]!;
    const here = present[t]!;
    const todo = [i];
    while (todo.length > 0) {
      const u = todo.pop()!;
      if (here[u]) continue;
      here[u] = 1;
      work[t] += weight[u]!;
      for (const up of needIdx[u]!) todo.push(up);
    }
  };

  const topo = graph.topoOrder().map((id) => index.get(id)!);
  const topoRank = new Int32Array(units.length);
  topo.forEach((i, r) => (topoRank[i] = r));
  // Heaviest path ending at each unit: a shard lacking a need d runs at least that much of d's
  // upstream, a lower bound that rules a shard out without walking (a long chain stays linear).
  const heaviestPath = new Float64Array(units.length);
  for (const i of topo) {
    let up = 0;
    for (const d of needIdx[i]!) if (heaviestPath[d]! > up) up = heaviestPath[d]!;
    heaviestPath[i] = weight[i]! + up;
  }

  const lightestOwn = (): number => {
    let best = 0;
    for (let t = 1; t < n; t++) if (ownWeight[t]! < ownWeight[best]!) best = t;
    return best;
  };

  for (const g of ordered) {
    const s = lightestOwn();
    if (ownWeight[s]! + g.weight <= cap || n === 1) {
      for (const i of g.members) place(i, s);
      continue;
    }
    // Too heavy to keep whole without costing balance: unit by unit, needs first. Among the shards
    // it fits in, the one whose real work ends lowest, counting the needs it would run again: so a
    // fan-out's leaves spread, and a chain is cut only where a share is full. Ties go to the shard
    // holding more of its needs, then the lower shard. Fits nowhere: the lightest shard.
    const members = [...g.members].sort((a, b) => topoRank[a]! - topoRank[b]!);
    for (const i of members) {
      const held = new Float64Array(n);
      for (const d of needIdx[i]!) held[owner[d]!] += weight[d]!;
      // Candidates: the shards holding its needs, and the fitting shards with the least own weight
      // and the least work (walking every shard's upstream would be quadratic in wide DAGs).
      const fits = (t: number) => ownWeight[t]! + weight[i]! <= cap;
      const pool = new Set<number>();
      for (const d of needIdx[i]!) if (fits(owner[d]!)) pool.add(owner[d]!);
      let byOwn = -1;
      let byWork = -1;
      for (let t = 0; t < n; t++) {
        if (!fits(t)) continue;
        if (byOwn === -1 || ownWeight[t]! < ownWeight[byOwn]!) byOwn = t;
        if (byWork === -1 || work[t]! < work[byWork]!) byWork = t;
      }
      if (byOwn >= 0) pool.add(byOwn);
      if (byWork >= 0) pool.add(byWork);
      const order = [...pool].sort((a, b) => held[b]! - held[a]! || a - b);
      let best = order.length ? order[0]! : lightestOwn();
      let bestCost = Infinity;
      for (const t of order) {
        const cost = work[t]! + weight[i]! + missing(t, i, bestCost - work[t]! - weight[i]!);
        if (cost < bestCost) {
          bestCost = cost;
          best = t;
        }
      }
      place(i, best);
    }
  }

  const shards: Shard[] = Array.from({ length: n }, (_, t) => ({
    index: t + 1,
    units: [],
    weight: ownWeight[t]!,
    work: work[t]!,
    runsToo: [],
  }));
  units.forEach((u, i) => shards[owner[i]!]!.units.push(u.id));
  shards.forEach((shard, t) => {
    shard.runsToo = units.filter((_, i) => present[t]![i] && owner[i] !== t).map((u) => u.id);
  });
  return shards;
}

/** `strategy.matrix` for GitHub Actions: one entry per shard that owns work. */
export interface ShardMatrix {
  include: Array<{ shard: string; steps: string; budget_usd?: number }>;
}

/**
 * `budgets`: each shard's budget share (src/planning/budget-shares.ts), by shard index - 1, when the job has a budget.
 */
export function shardMatrix(shards: readonly Shard[], budgets?: readonly number[]): ShardMatrix {
  const n = shards.length;
  // A shard with nothing to do would start a runner for nothing (more shards than steps).
  return {
    include: shards
      .filter((s) => s.units.length > 0)
      .map((s) => ({
        shard: `${s.index}/${n}`,
        steps: s.units.join(','),
        ...(budgets ? { budget_usd: budgets[s.index - 1]! } : {}),
      })),
  };
}
