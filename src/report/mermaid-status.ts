/**
 * The job's DAG coloured by step status, for the summary: builds the nodes from the manifest and
 * draws them with the shared capped renderer (../spec/mermaid.js), so the diagram always renders
 * with Mermaid's defaults (500 edges, 50,000 characters). A big DAG keeps the failed steps and
 * their neighbourhood as nodes and collapses the rest per level.
 */
import type { Manifest } from '../run/manifest-types.js';
import { formatDuration } from './format.js';
import { cappedFlowchart, type FlowNode, type NodeStatus } from './mermaid.js';
import { instanceGroups, withoutInstances } from './instances.js';

export interface FlowchartOptions {
  maxNodes?: number;
  maxEdges?: number;
  /** Mermaid's own limit is 50,000 characters. */
  maxChars?: number;
  /** Step id -> kind, from the spec: command steps are drawn as hexagons, as in `plan`. */
  kinds?: Readonly<Record<string, 'llm' | 'command'>>;
}

export interface Diagram {
  text: string;
  shown: number;
  total: number;
}

/** Sort priority for truncation: failures, then running, then done, then skipped. */
export function failuresFirst(manifest: Manifest): (id: string) => number {
  return (id) => {
    const s = manifest.steps[id]?.status;
    return s === 'failed' ? 0 : s === 'running' ? 1 : s === 'skipped' ? 3 : 2;
  };
}

/** For the DAG: failures, what they needed and what they took down, then the rest. */
function failureNeighbourhoodFirst(manifest: Manifest): (id: string) => number {
  const near = new Set<string>();
  for (const [id, needs] of Object.entries(manifest.graph ?? {})) {
    if (manifest.steps[id]?.status === 'failed') for (const n of needs) near.add(n);
    if (needs.some((n) => manifest.steps[n]?.status === 'failed')) near.add(id);
  }
  return (id) => {
    const s = manifest.steps[id]?.status;
    if (s === 'failed') return 0;
    if (s === 'running') return 1;
    if (near.has(id)) return 2;
    return s === 'skipped' ? 3 : 4;
  };
}

export function statusOf(manifest: Manifest, id: string): NodeStatus | undefined {
  const step = manifest.steps[id];
  if (!step) return undefined;
  return step.status === 'succeeded' && step.cache === 'hit' ? 'cached' : step.status;
}

export function renderStatusFlowchart(
  manifest: Manifest,
  options: FlowchartOptions = {},
): Diagram & { groups: number; edges: number } {
  // A fanned-out step is one node (its instances are counted in its label), however many items it had.
  const nodes: FlowNode[] = withoutInstances(manifest, Object.keys(manifest.steps)).map((id) => ({
    id,
    needs: manifest.graph?.[id] ?? [],
    ...(options.kinds?.[id] ? { kind: options.kinds[id] } : {}),
  }));
  return cappedFlowchart(nodes, {
    direction: 'LR',
    maxNodes: options.maxNodes ?? 200,
    maxEdges: options.maxEdges,
    maxChars: options.maxChars ?? 40_000,
    priority: failureNeighbourhoodFirst(manifest),
    statusOf: (id) => statusOf(manifest, id),
    detailOf: (id) => {
      const s = manifest.steps[id];
      if (!s) return undefined;
      if (s.status === 'skipped') return s.reason ?? 'skipped';
      const g = instanceGroups(manifest).get(id);
      if (g || s.instances) {
        const total = g?.total ?? s.instances?.total ?? 0;
        const failed = g?.byStatus.failed ?? s.instances?.failed ?? 0;
        return `×${total}${failed ? `, ${failed} failed` : ''}`;
      }
      if (s.status === 'succeeded' || s.status === 'failed')
        return s.cache === 'hit' ? 'cached' : formatDuration(s.duration_ms);
      return s.status;
    },
  });
}
