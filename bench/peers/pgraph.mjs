/** p-graph: a promise DAG runner with a concurrency option; its edges are [before, after] pairs. */
import { PGraph } from 'p-graph';

export async function runPGraph(graph, { concurrency, task }) {
  const nodes = new Map(graph.steps.map((s) => [s.id, {}]));
  const edges = [];
  for (const { id, needs } of graph.steps) for (const parent of needs) edges.push([parent, id]);
  await new PGraph(nodes, edges).run({ concurrency, run: (id) => task(id) });
}
