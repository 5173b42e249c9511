/**
 * The step graph and its plan views, as one import. The graph itself lives in ./dag.ts and the
 * plan renderings in ./plan.ts (which builds on the graph), so neither imports the other back.
 */
export * from './dag.js';
export { planJson, planText, planMermaid } from './plan.js';
export type { PlanJson, PlanStep } from './plan.js';
