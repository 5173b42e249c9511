/** The DAG as Mermaid for job summaries and PR comments; the renderer lives in the spec layer. */
export { mermaidFlowchart, mermaidLabel } from '../spec/mermaid.js';
export type { FlowNode, MermaidOptions, NodeStatus } from '../spec/mermaid.js';
