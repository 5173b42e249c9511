/**
 * Pure DAG utilities over a needs map (`stepId -> ids it needs`, in spec order). Everything here
 * is iterative (a 20,000-step chain must not overflow the stack) and linear or n·log n, except
 * what must return a closure (upstreamOf / downstreamOf cost the size of their answer).
 *
 * The free functions build a `StepGraph` once per needs object and memoize it (WeakMap), so the
 * engine can call them per step. Do not mutate a needs object after passing it here.
 */
import { UsageError } from '../util/errors.js';
import { didYouMean } from './suggest.js';

export type NeedsMap = Readonly<Record<string, readonly string[]>>;

export interface CriticalPath {
  /** Step ids from a source to a sink. */
  path: string[];
  /** Sum of the path's weights (its step count with the default weight 1). */
  length: number;
}

export type Weights = Readonly<Record<string, number>> | ((id: string) => number);

/** A min-heap of spec indices: Kahn's algorithm picks ready steps in spec order. */
class IndexHeap {
  private readonly a: number[] = [];
  get size(): number {
    return this.a.length;
  }
  push(v: number): void {
    const a = this.a;
    a.push(v);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= v) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const last = a.pop()!;
    if (a.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= a.length) break;
        const r = l + 1;
        const c = r < a.length && a[r]! < a[l]! ? r : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}

export class StepGraph {
  /** Step ids in spec order. */
  readonly ids: readonly string[];
  private readonly index = new Map<string, number>();
  /** needs[i] = spec indices step i needs (unknown ids and self-references dropped, deduplicated). */
  private readonly needsIdx: number[][];
  private readonly dependentsIdx: number[][];
  private topo?: number[];
  private cyclic = false;
  private levelOf?: Int32Array;

  constructor(needs: NeedsMap) {
    this.ids = Object.keys(needs);
    this.ids.forEach((id, i) => this.index.set(id, i));
    this.needsIdx = this.ids.map(() => []);
    this.dependentsIdx = this.ids.map(() => []);
    this.ids.forEach((id, i) => {
      const seen = new Set<number>();
      for (const n of needs[id] ?? []) {
        const j = this.index.get(n);
        if (j === undefined || j === i || seen.has(j)) continue;
        seen.add(j);
        this.needsIdx[i]!.push(j);
        this.dependentsIdx[j]!.push(i);
      }
    });
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  needsOf(id: string): string[] {
    return this.needsIdx[this.idx(id)]!.map((j) => this.ids[j]!);
  }

  dependentsOf(id: string): string[] {
    return this.dependentsIdx[this.idx(id)]!.map((j) => this.ids[j]!);
  }

  /**
   * Every distinct dependency cycle, each as its path closed on its first step
   * (`[a, b, a]` = a needs b, b needs a), rotated to start at the cycle's earliest step in spec
   * order. One cycle per back edge of a DFS in spec order: enough to show every knot, bounded.
   */
  findCycles(limit = 100): string[][] {
    const n = this.ids.length;
    const color = new Uint8Array(n); // 0 new, 1 on stack, 2 done
    const stack: number[] = [];
    const posOnStack = new Int32Array(n).fill(-1);
    const cursor = new Int32Array(n);
    const found = new Map<string, string[]>();
    for (let root = 0; root < n && found.size < limit; root++) {
      if (color[root] !== 0) continue;
      stack.push(root);
      color[root] = 1;
      posOnStack[root] = 0;
      while (stack.length > 0) {
        const u = stack[stack.length - 1]!;
        const next = this.needsIdx[u]!;
        if (cursor[u]! < next.length) {
          const v = next[cursor[u]!++]!;
          if (color[v] === 0) {
            color[v] = 1;
            posOnStack[v] = stack.length;
            stack.push(v);
          } else if (color[v] === 1 && found.size < limit) {
            const cyc = stack.slice(posOnStack[v]!);
            let m = 0;
            for (let k = 1; k < cyc.length; k++) if (cyc[k]! < cyc[m]!) m = k;
            const rotated = [...cyc.slice(m), ...cyc.slice(0, m)];
            const key = rotated.join(',');
            if (!found.has(key))
              found.set(
                key,
                [...rotated, rotated[0]!].map((i) => this.ids[i]!),
              );
          }
        } else {
          color[u] = 2;
          posOnStack[u] = -1;
          stack.pop();
        }
      }
    }
    return [...found.values()];
  }

  /** Steps in an order where every step comes after what it needs; ties broken by spec order. */
  topoOrder(): string[] {
    return this.topoIdx().map((i) => this.ids[i]!);
  }

  /** Longest-path layering: level 0 needs nothing, level k needs something at level k-1. */
  levels(): string[][] {
    const lv = this.levelsIdx();
    const out: string[][] = [];
    for (let i = 0; i < this.ids.length; i++) (out[lv[i]!] ??= []).push(this.ids[i]!);
    return out;
  }

  levelOfStep(id: string): number {
    return this.levelsIdx()[this.idx(id)]!;
  }

  /** Everything `id` needs, directly or transitively (not `id` itself). Cost: the answer's size. */
  upstreamOf(id: string): Set<string> {
    return new Set(this.walk([this.idx(id)], this.needsIdx, false).map((i) => this.ids[i]!));
  }

  /** Everything that needs `id`, directly or transitively (not `id` itself). */
  downstreamOf(id: string): Set<string> {
    return new Set(this.walk([this.idx(id)], this.dependentsIdx, false).map((i) => this.ids[i]!));
  }

  /**
   * Whether `ancestor` is upstream of `id`. Direct needs answer at once; otherwise a search that
   * never descends below the ancestor's level (an ancestor always sits on a lower level).
   */
  isUpstream(ancestor: string, id: string): boolean {
    const a = this.index.get(ancestor);
    const s = this.index.get(id);
    if (a === undefined || s === undefined || a === s) return false;
    if (this.needsIdx[s]!.includes(a)) return true;
    // With a cycle there are no levels: fall back to a plain search (only invalid specs get here).
    const lv = this.tryTopo() ? this.levelsIdx() : undefined;
    const floor = lv ? lv[a]! : -1;
    if (lv && floor >= lv[s]!) return false;
    const seen = new Uint8Array(this.ids.length);
    const todo = [s];
    while (todo.length > 0) {
      const u = todo.pop()!;
      for (const v of this.needsIdx[u]!) {
        if (v === a) return true;
        if (seen[v] || (lv && lv[v]! <= floor)) continue;
        seen[v] = 1;
        todo.push(v);
      }
    }
    return false;
  }

  /** The steps `--only` selects plus everything they need, in spec order. */
  closureForOnly(ids: readonly string[]): string[] {
    const starts = ids.map((id) => {
      const i = this.index.get(id);
      if (i === undefined) {
        throw new UsageError('E_UNKNOWN_STEP', `--only: no step named ${JSON.stringify(id)}`, {
          hint:
            didYouMean(id, this.ids) ??
            `steps: ${this.ids.slice(0, 20).join(', ')}${this.ids.length > 20 ? ', ...' : ''}`,
        });
      }
      return i;
    });
    const picked = new Set(this.walk(starts, this.needsIdx, true));
    return this.ids.filter((_, i) => picked.has(i));
  }

  /** The heaviest path through the DAG (default weight 1 a step); ties go to the earlier step. */
  criticalPath(weights?: Weights): CriticalPath {
    const n = this.ids.length;
    if (n === 0) return { path: [], length: 0 };
    const w = (i: number): number => {
      const id = this.ids[i]!;
      const v = weights === undefined ? 1 : typeof weights === 'function' ? weights(id) : (weights[id] ?? 1);
      return Number.isFinite(v) ? v : 0;
    };
    const dist = new Float64Array(n);
    const prev = new Int32Array(n).fill(-1);
    for (const i of this.topoIdx()) {
      let best = -1;
      for (const j of this.needsIdx[i]!) {
        if (best === -1 || dist[j]! > dist[best]! || (dist[j] === dist[best] && j < best)) best = j;
      }
      dist[i] = w(i) + (best === -1 ? 0 : dist[best]!);
      prev[i] = best;
    }
    let end = 0;
    for (let i = 1; i < n; i++) if (dist[i]! > dist[end]!) end = i;
    const path: string[] = [];
    for (let i = end; i !== -1; i = prev[i]!) path.push(this.ids[i]!);
    return { path: path.reverse(), length: dist[end]! };
  }

  private idx(id: string): number {
    const i = this.index.get(id);
    if (i === undefined)
      throw new UsageError('E_UNKNOWN_STEP', `no step named ${JSON.stringify(id)}`, { hint: didYouMean(id, this.ids) });
    return i;
  }

  private walk(starts: number[], edges: number[][], includeStarts: boolean): number[] {
    const seen = new Uint8Array(this.ids.length);
    const out: number[] = [];
    const todo: number[] = [];
    for (const s of starts) {
      if (includeStarts && !seen[s]) {
        seen[s] = 1;
        out.push(s);
      }
      todo.push(s);
    }
    while (todo.length > 0) {
      const u = todo.pop()!;
      for (const v of edges[u]!) {
        if (seen[v]) continue;
        seen[v] = 1;
        out.push(v);
        todo.push(v);
      }
    }
    return out;
  }

  /** Whether the graph is acyclic (then topoOrder, levels and criticalPath work). */
  isAcyclic(): boolean {
    return this.tryTopo() !== undefined;
  }

  private tryTopo(): number[] | undefined {
    if (this.topo) return this.topo;
    if (this.cyclic) return undefined;
    const n = this.ids.length;
    const pending = new Int32Array(n);
    const heap = new IndexHeap();
    for (let i = 0; i < n; i++) {
      pending[i] = this.needsIdx[i]!.length;
      if (pending[i] === 0) heap.push(i);
    }
    const order: number[] = [];
    while (heap.size > 0) {
      const u = heap.pop();
      order.push(u);
      for (const v of this.dependentsIdx[u]!) if (--pending[v]! === 0) heap.push(v);
    }
    if (order.length < n) {
      this.cyclic = true;
      return undefined;
    }
    this.topo = order;
    return order;
  }

  private topoIdx(): number[] {
    const order = this.tryTopo();
    if (!order) {
      const cycle = this.findCycles(1)[0] ?? [];
      throw new UsageError('E_SPEC_CYCLE', `dependency cycle: ${cycle.join(' -> ')}`, {
        hint: 'remove one of these needs entries',
      });
    }
    return order;
  }

  private levelsIdx(): Int32Array {
    if (this.levelOf) return this.levelOf;
    const lv = new Int32Array(this.ids.length);
    for (const i of this.topoIdx()) {
      let l = 0;
      for (const j of this.needsIdx[i]!) if (lv[j]! + 1 > l) l = lv[j]! + 1;
      lv[i] = l;
    }
    this.levelOf = lv;
    return lv;
  }
}

const graphs = new WeakMap<NeedsMap, StepGraph>();

/** The (memoized) graph of a needs map. */
export function stepGraph(needs: NeedsMap): StepGraph {
  let g = graphs.get(needs);
  if (!g) {
    g = new StepGraph(needs);
    graphs.set(needs, g);
  }
  return g;
}

export const findCycles = (needs: NeedsMap): string[][] => stepGraph(needs).findCycles();
export const topoOrder = (needs: NeedsMap): string[] => stepGraph(needs).topoOrder();
export const levels = (needs: NeedsMap): string[][] => stepGraph(needs).levels();
export const upstreamOf = (needs: NeedsMap, id: string): Set<string> => stepGraph(needs).upstreamOf(id);
export const downstreamOf = (needs: NeedsMap, id: string): Set<string> => stepGraph(needs).downstreamOf(id);
export const isUpstream = (needs: NeedsMap, ancestor: string, id: string): boolean =>
  stepGraph(needs).isUpstream(ancestor, id);
export const closureForOnly = (needs: NeedsMap, ids: readonly string[]): string[] =>
  stepGraph(needs).closureForOnly(ids);
export const criticalPath = (needs: NeedsMap, weights?: Weights): CriticalPath =>
  stepGraph(needs).criticalPath(weights);

/** The needs map of a parsed spec (memoized per spec object, so graph memoization holds too). */
const specNeeds = new WeakMap<object, NeedsMap>();
export function needsOfSpec(spec: { steps: Readonly<Record<string, { needs?: readonly string[] }>> }): NeedsMap {
  let m = specNeeds.get(spec);
  if (!m) {
    const out: Record<string, readonly string[]> = {};
    for (const [id, step] of Object.entries(spec.steps)) out[id] = step.needs ?? [];
    m = out;
    specNeeds.set(spec, m);
  }
  return m;
}
