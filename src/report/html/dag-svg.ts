/**
 * The DAG of the HTML report as an SVG drawn here, with no layout library in the page: steps in
 * columns by depth (longest path from a step with no needs), ordered within a column by the mean
 * position of their needs (a few barycenter sweeps, which untangle most crossings), edges as one
 * path. A fanned-out step's instances are one node with their count, so a 1,000-instance fan-out
 * is one box. The page pans and zooms it (./client-script.ts).
 */
import { esc, short } from './escape.js';
import type { ReportStep } from './model.js';

export interface DagNode {
  id: string;
  status: string;
  /** Position of the step in the report's step list (its details are `#s-INDEX`). */
  index: number;
  needs: string[];
  instances?: { total: number; succeeded: number; failed: number };
}

export const NODE_W = 180;
export const NODE_H = 30;
const GAP_X = 60;
const GAP_Y = 12;
const PAD = 16;

/** One node per step; instances fold into their fanned-out step. */
export function dagNodes(steps: readonly ReportStep[]): DagNode[] {
  const nodes = new Map<string, DagNode>();
  const instanceCounts = new Map<string, { total: number; succeeded: number; failed: number }>();
  steps.forEach((s, index) => {
    if (s.instance_of !== undefined) {
      const c = instanceCounts.get(s.instance_of) ?? { total: 0, succeeded: 0, failed: 0 };
      c.total++;
      if (s.status === 'succeeded') c.succeeded++;
      if (s.status === 'failed') c.failed++;
      instanceCounts.set(s.instance_of, c);
      if (!nodes.has(s.instance_of))
        nodes.set(s.instance_of, { id: s.instance_of, status: s.status, index, needs: [] });
      return;
    }
    nodes.set(s.id, { id: s.id, status: s.status, index, needs: s.needs });
  });
  for (const [id, counts] of instanceCounts) {
    const n = nodes.get(id)!;
    const own = steps[n.index];
    n.instances = own && own.id === id && own.instances ? own.instances : counts;
  }
  return [...nodes.values()];
}

export interface Layout {
  width: number;
  height: number;
  pos: Map<string, { x: number; y: number; layer: number }>;
}

export function layoutDag(nodes: readonly DagNode[]): Layout {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const layer = new Map<string, number>();
  // Iterative depth-first longest path; a cycle (a forged manifest) is cut where it closes.
  const state = new Map<string, 1 | 2>();
  for (const root of nodes) {
    if (state.get(root.id) === 2) continue;
    const stack: Array<{ id: string; i: number }> = [{ id: root.id, i: 0 }];
    state.set(root.id, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const needs = byId.get(top.id)!.needs;
      if (top.i < needs.length) {
        const need = needs[top.i++]!;
        if (byId.has(need) && !state.has(need)) {
          state.set(need, 1);
          stack.push({ id: need, i: 0 });
        }
        continue;
      }
      let l = 0;
      for (const need of needs) if (state.get(need) === 2) l = Math.max(l, layer.get(need)! + 1);
      layer.set(top.id, l);
      state.set(top.id, 2);
      stack.pop();
    }
  }
  const columns: string[][] = [];
  for (const n of nodes) (columns[layer.get(n.id)!] ??= []).push(n.id);
  const order = new Map<string, number>();
  for (const col of columns) col.forEach((id, i) => order.set(id, i));
  // Barycenter sweeps: each column sorted by the mean row of its needs in earlier columns. Past a
  // few thousand nodes the later sweeps barely move a row of a drawing nobody reads whole, and
  // cost a tenth of a second at the end of every run: one sweep there.
  const sweeps = nodes.length > 3000 ? 1 : 4;
  for (let sweep = 0; sweep < sweeps; sweep++) {
    for (let c = 1; c < columns.length; c++) {
      const col = columns[c] ?? [];
      const key = new Map<string, number>();
      for (const id of col) {
        const ns = byId.get(id)!.needs.filter((x) => order.has(x) && layer.get(x)! < c);
        key.set(id, ns.length ? ns.reduce((a, x) => a + order.get(x)!, 0) / ns.length : order.get(id)!);
      }
      col.sort((a, b) => key.get(a)! - key.get(b)! || order.get(a)! - order.get(b)!);
      col.forEach((id, i) => order.set(id, i));
    }
  }
  const pos = new Map<string, { x: number; y: number; layer: number }>();
  let rows = 0;
  columns.forEach((col, c) => {
    rows = Math.max(rows, col.length);
    col.forEach((id, i) => pos.set(id, { x: PAD + c * (NODE_W + GAP_X), y: PAD + i * (NODE_H + GAP_Y), layer: c }));
  });
  return {
    width: PAD * 2 + Math.max(1, columns.length) * (NODE_W + GAP_X) - GAP_X,
    height: PAD * 2 + Math.max(1, rows) * (NODE_H + GAP_Y) - GAP_Y,
    pos,
  };
}

function label(n: DagNode): string {
  if (!n.instances) return short(n.id, 22);
  const failed = n.instances.failed ? `, ${n.instances.failed} failed` : '';
  return `${short(n.id, 14)} ×${n.instances.total}${failed}`;
}

function tooltip(n: DagNode): string {
  const inst = n.instances
    ? ` (${n.instances.total} instances: ${n.instances.succeeded} succeeded, ${n.instances.failed} failed)`
    : '';
  return `${short(n.id, 300)}: ${n.status}${inst}`;
}

/** The SVG element (without size: the page sets it), with a class per status for the colours. */
export function renderDagSvg(steps: readonly ReportStep[]): { svg: string; nodes: number; edges: number } {
  const nodes = dagNodes(steps);
  const { width, height, pos } = layoutDag(nodes);
  let d = '';
  let edges = 0;
  for (const n of nodes) {
    const to = pos.get(n.id)!;
    for (const need of new Set(n.needs)) {
      const from = pos.get(need);
      if (!from) continue;
      const x1 = from.x + NODE_W;
      const y1 = from.y + NODE_H / 2;
      const x2 = to.x;
      const y2 = to.y + NODE_H / 2;
      const mx = Math.round((x1 + x2) / 2);
      d += `M${x1} ${y1}C${mx} ${y1} ${mx} ${y2} ${x2} ${y2}`;
      edges++;
    }
  }
  const parts: string[] = [
    `<svg id="dag-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" ` +
      `height="${height}" role="group" aria-label="DAG of ${nodes.length} steps">`,
  ];
  if (d) parts.push(`<path class="edges" d="${d}"/>`);
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const cls = `node st-${statusClass(n.status)}${n.instances ? ' fan' : ''}`;
    parts.push(
      `<g class="${cls}" data-s="${n.index}" tabindex="0" role="link" transform="translate(${p.x} ` +
        `${p.y})"><title>${esc(tooltip(n))}</title>` +
        (n.instances ? `<rect class="stack" x="4" y="-4" width="${NODE_W}" height="${NODE_H}" rx="5"/>` : '') +
        `<rect width="${NODE_W}" height="${NODE_H}" rx="5"/>` +
        `<text x="10" y="${NODE_H / 2 + 4}">${esc(label(n))}</text></g>`,
    );
  }
  parts.push('</svg>');
  return { svg: parts.join(''), nodes: nodes.length, edges };
}

const KNOWN = new Set(['succeeded', 'failed', 'skipped', 'running', 'pending', 'cancelled']);

/** A CSS class part for a status: only known words, so data never names a class. */
export function statusClass(status: string): string {
  return KNOWN.has(status) ? status : 'other';
}
