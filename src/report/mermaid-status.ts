/**
 * The job's DAG coloured by step status, for the summary: builds the nodes from the manifest and
 * draws them with the shared renderer (./mermaid.js). GitHub's Mermaid refuses diagrams over
 * ~50,000 characters, so big jobs are cut (failures first) and the caller shows a note.
 */
import type { Manifest } from '../run/manifest-types.js';
import { pickSteps, formatDuration } from './format.js';
import { mermaidFlowchart, type FlowNode, type NodeStatus } from './mermaid.js';

export interface FlowchartOptions {
  maxNodes?: number;
  /** Mermaid's own limit is 50,000 characters. */
  maxChars?: number;
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

export function statusOf(manifest: Manifest, id: string): NodeStatus | undefined {
  const step = manifest.steps[id];
  if (!step) return undefined;
  return step.status === 'succeeded' && step.cache === 'hit' ? 'cached' : step.status;
}

export function renderStatusFlowchart(manifest: Manifest, options: FlowchartOptions = {}): Diagram {
  const maxChars = options.maxChars ?? 40_000;
  const all = Object.keys(manifest.steps);
  let limit = Math.min(all.length, options.maxNodes ?? 250);
  for (;;) {
    const chosen = pickSteps(all, limit, failuresFirst(manifest));
    const kept = new Set(chosen);
    const nodes: FlowNode[] = chosen.map((id) => ({ id, needs: (manifest.graph?.[id] ?? []).filter((n) => kept.has(n)) }));
    const text = mermaidFlowchart(nodes, {
      direction: 'LR',
      statusOf: (id) => statusOf(manifest, id),
      detailOf: (id) => {
        const s = manifest.steps[id];
        if (s.status === 'skipped') return s.reason ?? 'skipped';
        if (s.status === 'succeeded' || s.status === 'failed') return s.cache === 'hit' ? 'cached' : formatDuration(s.duration_ms);
        return s.status;
      },
    }).trimEnd();
    if (text.length <= maxChars || limit <= 1) return { text, shown: chosen.length, total: all.length };
    limit = Math.floor(limit / 2);
  }
}
