/** The DAG as Mermaid for job summaries and PR comments; the renderer lives in the spec layer. */
export { cappedFlowchart, mermaidFlowchart, mermaidLabel, MERMAID_MAX_EDGES, MERMAID_MAX_TEXT } from '../spec/mermaid.js';
export type { CapOptions, CappedDiagram, FlowNode, MermaidOptions, NodeStatus } from '../spec/mermaid.js';
