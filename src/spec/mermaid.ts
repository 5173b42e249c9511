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
