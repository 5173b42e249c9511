/**
 * A Mermaid `flowchart TD` of a step DAG. Pure; lives in the spec layer so `orchestrator plan`
 * can use it, and src/report/mermaid.ts re-exports it for the job summary (colour by status).
 */

export type NodeStatus = 'succeeded' | 'failed' | 'skipped' | 'running' | 'pending' | 'cached';

export interface FlowNode {
  id: string;
  needs: readonly string[];
  /** Command steps are drawn as hexagons, LLM steps as rounded boxes. */
  kind?: 'llm' | 'command';
  /** Shown instead of the id (the id is still the first line when label is given). */
  label?: string;
}

export interface MermaidOptions {
  /** Colours nodes with `classDef` + `class` lines; undefined = no class. */
  statusOf?: (id: string) => NodeStatus | undefined;
  /** Extra text under a node's id (e.g. "cache hit, 1.2 s"). */
  detailOf?: (id: string) => string | undefined;
  /** Flowchart direction; default TD. */
  direction?: 'TD' | 'LR';
}

const CLASS_DEFS: Record<NodeStatus, string> = {
  succeeded: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
  cached: 'fill:#ddf4ff,stroke:#0969da,color:#0969da',
  failed: 'fill:#ffebe9,stroke:#cf222e,color:#cf222e',
  skipped: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray: 4 3',
  running: 'fill:#fff8c5,stroke:#9a6700,color:#9a6700',
  pending: 'fill:#ffffff,stroke:#8c959f,color:#57606a',
};

/** Mermaid labels are quoted strings; quotes and markup-ish characters become entity codes. */
export function mermaidLabel(text: string): string {
  return text.replace(/["#<>`{}|[\]\\]/g, (c) => `#${c.charCodeAt(0)};`).replace(/\r?\n/g, '<br/>');
}

/**
 * Node ids are `s0`, `s1`, ... (spec order): step ids like `end` or `graph` are Mermaid keywords,
 * so the step id only ever appears inside a quoted label.
 */
export function mermaidFlowchart(nodes: readonly FlowNode[], opts: MermaidOptions = {}): string {
  const idOf = new Map<string, string>();
  nodes.forEach((n, i) => idOf.set(n.id, `s${i}`));
  const lines = [`flowchart ${opts.direction ?? 'TD'}`];
  for (const n of nodes) {
    const detail = opts.detailOf?.(n.id);
    const text = mermaidLabel(n.label ?? n.id) + (detail ? `<br/><small>${mermaidLabel(detail)}</small>` : '');
    const nid = idOf.get(n.id)!;
    lines.push(n.kind === 'command' ? `  ${nid}{{"${text}"}}` : `  ${nid}("${text}")`);
  }
  for (const n of nodes) {
    for (const need of n.needs) {
      const from = idOf.get(need);
      if (from) lines.push(`  ${from} --> ${idOf.get(n.id)!}`);
    }
  }
  if (opts.statusOf) {
    const byStatus = new Map<NodeStatus, string[]>();
    for (const n of nodes) {
      const s = opts.statusOf(n.id);
      if (s && s in CLASS_DEFS) {
        const list = byStatus.get(s) ?? [];
        list.push(idOf.get(n.id)!);
        byStatus.set(s, list);
      }
    }
    for (const [status, ids] of byStatus) {
      lines.push(`  classDef ${status} ${CLASS_DEFS[status]}`);
      lines.push(`  class ${ids.join(',')} ${status}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Mermaid's defaults (mermaid 11 `defaultConfig`): more edges than this and the flowchart is an
 * "Edge limit exceeded" box; more text than this and it is "Maximum text size in diagram exceeded".
 * GitHub renders with these defaults, so every diagram we emit stays within them. */
export const MERMAID_MAX_EDGES = 500;
export const MERMAID_MAX_TEXT = 50_000;

export interface CapOptions extends MermaidOptions {
  maxNodes?: number;
  maxEdges?: number;
  maxChars?: number;
  /** Lower = drawn first when the DAG must be cut (e.g. failures 0). Default: spec order. */
  priority?: (id: string) => number;
}

export interface CappedDiagram {
  text: string;
  /** Steps drawn as their own node. */
  shown: number;
  total: number;
  /** Nodes standing for several steps (collapsed per level band). */
  groups: number;
  edges: number;
}

/** Longest-path level of each node (roots 0), iteratively so a 10,000-step chain cannot overflow. */
export function levelsOf(nodes: readonly FlowNode[]): Map<string, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const dependents = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  for (const n of nodes) {
    const needs = n.needs.filter((x) => ids.has(x) && x !== n.id);
    indegree.set(n.id, needs.length);
    for (const need of needs) {
      const list = dependents.get(need);
      if (list) list.push(n.id);
      else dependents.set(need, [n.id]);
    }
  }
  const level = new Map<string, number>();
  const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) level.set(id, 0);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const d of dependents.get(id) ?? []) {
      level.set(d, Math.max(level.get(d) ?? 0, level.get(id)! + 1));
      const left = indegree.get(d)! - 1;
      indegree.set(d, left);
      if (left === 0) queue.push(d);
    }
  }
  // A cycle (never in a valid spec) leaves nodes unlevelled: put them last rather than lose them.
  const top = Math.max(0, ...level.values());
  for (const n of nodes) if (!level.has(n.id)) level.set(n.id, top + 1);
  return level;
}

function countEdges(nodes: readonly FlowNode[]): number {
  const ids = new Set(nodes.map((n) => n.id));
  let edges = 0;
  for (const n of nodes) for (const need of new Set(n.needs)) if (ids.has(need)) edges++;
  return edges;
}

/** `STEP[KEY]`: an instance of a for_each step. */
const FOR_EACH_INSTANCE = /^([a-z0-9][a-z0-9_-]*)\[[\s\S]*\]$/;

const STATUS_RANK: NodeStatus[] = ['failed', 'running', 'skipped', 'pending', 'succeeded', 'cached'];

/**
 * The DAG within Mermaid's limits. When it fits (nodes, edges and text) it is drawn whole, as
 * mermaidFlowchart draws it. Otherwise the steps that matter most (`priority`) keep their own node
 * and the rest are collapsed into one node per level band ("levels 3-5: 120 steps"), with one edge
 * per connected pair; the number of individual nodes is the largest that keeps every limit.
 */
export function cappedFlowchart(nodes: readonly FlowNode[], opts: CapOptions = {}): CappedDiagram {
  const maxNodes = opts.maxNodes ?? 200;
  const maxEdges = Math.min(opts.maxEdges ?? MERMAID_MAX_EDGES, MERMAID_MAX_EDGES);
  const maxChars = Math.min(opts.maxChars ?? 40_000, MERMAID_MAX_TEXT);
  const total = nodes.length;
  if (total <= maxNodes && countEdges(nodes) <= maxEdges) {
    const text = mermaidFlowchart(nodes, opts).trimEnd();
    if (text.length <= maxChars) return { text, shown: total, total, groups: 0, edges: countEdges(nodes) };
  }
  const level = levelsOf(nodes);
  const maxLevel = Math.max(0, ...level.values());
  // At most ~40 bands, so a 2,000-step chain collapses into a readable column; fewer bands when
  // even the bands alone would not fit.
  for (const bands of [40, 20, 10, 5, 1]) {
    const d = collapsed(nodes, opts, level, Math.max(1, Math.ceil((maxLevel + 1) / bands)), {
      maxNodes,
      maxEdges,
      maxChars,
    });
    if (d) return d;
  }
  return { text: 'flowchart LR\n  s0("DAG too large to draw")', shown: 0, total, groups: 1, edges: 0 };
}

function collapsed(
  nodes: readonly FlowNode[],
  opts: CapOptions,
  level: Map<string, number>,
  bandSize: number,
  caps: { maxNodes: number; maxEdges: number; maxChars: number },
): CappedDiagram | undefined {
  const { maxNodes, maxEdges, maxChars } = caps;
  const total = nodes.length;
  // Instances of a for_each step (`STEP[KEY]`, docs/reference.md: Fan-out) collapse into one node per step;
  // other steps into one node per level band.
  const groupOf = (id: string) => {
    const each = FOR_EACH_INSTANCE.exec(id);
    return each ? `each:${each[1]}` : `band:${Math.floor(level.get(id)! / bandSize)}`;
  };
  const order = nodes
    .map((n, i) => ({ n, i, p: opts.priority?.(n.id) ?? 0 }))
    .sort((a, b) => a.p - b.p || a.i - b.i)
    .map((x) => x.n);

  const build = (k: number): CappedDiagram => {
    const explicit = new Set(order.slice(0, k).map((n) => n.id));
    const repOf = (id: string) => (explicit.has(id) ? id : groupOf(id));
    const groups = new Map<string, { members: string[]; lo: number; hi: number }>();
    for (const n of nodes) {
      if (explicit.has(n.id)) continue;
      const gid = groupOf(n.id);
      const l = level.get(n.id)!;
      const g = groups.get(gid);
      if (g) {
        g.members.push(n.id);
        g.lo = Math.min(g.lo, l);
        g.hi = Math.max(g.hi, l);
      } else groups.set(gid, { members: [n.id], lo: l, hi: l });
    }
    const out: FlowNode[] = [];
    const groupStatus = new Map<string, NodeStatus | undefined>();
    const groupLabel = new Map<string, string>();
    // Keep spec order for the explicit nodes; groups follow in level order.
    for (const n of nodes) if (explicit.has(n.id)) out.push({ ...n, needs: [] });
    for (const [gid, { members, lo, hi }] of [...groups].sort((a, b) => a[1].lo - b[1].lo || (a[0] < b[0] ? -1 : 1))) {
      const counts = new Map<NodeStatus, number>();
      for (const m of members) {
        const s = opts.statusOf?.(m);
        if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
      }
      const worst = STATUS_RANK.find((s) => counts.has(s));
      groupStatus.set(gid, worst);
      const tally = STATUS_RANK.filter((s) => counts.has(s))
        .map((s) => `${counts.get(s)} ${s}`)
        .join(', ');
      const n = members.length;
      const what = gid.startsWith('each:')
        ? `${gid.slice(5)}[…]: ${n} more instance${n === 1 ? '' : 's'}`
        : `${lo === hi ? `level ${lo}` : `levels ${lo}-${hi}`}: ${n} more step${n === 1 ? '' : 's'}`;
      groupLabel.set(gid, `${what}${tally ? `\n${tally}` : ''}`);
      out.push({ id: gid, needs: [], label: groupLabel.get(gid) });
    }
    const needsOf = new Map<string, Set<string>>(out.map((n) => [n.id, new Set<string>()]));
    for (const n of nodes) {
      const to = repOf(n.id);
      for (const need of n.needs) {
        if (!level.has(need)) continue;
        const from = repOf(need);
        if (from !== to) needsOf.get(to)!.add(from);
      }
    }
    const drawn = out.map((n) => ({ ...n, needs: [...needsOf.get(n.id)!] }));
    const text = mermaidFlowchart(drawn, {
      ...opts,
      statusOf: (id) => (groupStatus.has(id) ? groupStatus.get(id) : opts.statusOf?.(id)),
      detailOf: (id) => (groupLabel.has(id) ? undefined : opts.detailOf?.(id)),
    }).trimEnd();
    return { text, shown: explicit.size, total, groups: groupLabel.size, edges: countEdges(drawn) };
  };
  const fits = (d: CappedDiagram) => d.edges <= maxEdges && d.text.length <= maxChars;
  // Edges are not monotonic in k, but close enough that a binary search then a walk down finds
  // the largest k that fits in O(log n) builds.
  let lo = 0;
  let hi = Math.min(total, maxNodes);
  let best = build(0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const d = build(mid);
    if (fits(d)) {
      lo = mid;
      best = d;
    } else hi = mid - 1;
  }
  if (best.shown !== lo) best = build(lo);
  while (!fits(best) && lo > 0) best = build(--lo);
  return fits(best) ? best : undefined;
}
