/**
 * LangGraph.js StateGraph with the same DAG.
 *
 * Modelling: one node per step. A step with no parents hangs off START; a step with one parent
 * gets `addEdge(parent, step)`; a step with several parents gets `addEdge([parents...], step)`,
 * LangGraph's join edge (a barrier channel: the node runs once, after every listed parent has
 * run, even when they finish in different supersteps). Steps without children go to END.
 * The state is one counter with a summing reducer; each node sleeps its latency and adds 1, so
 * the run can be checked (the final count must equal the number of steps). `maxConcurrency` caps
 * the tasks of a superstep like our `concurrency`; `recursionLimit` is the DAG depth + 10, since
 * LangGraph counts supersteps. With `checkpointer: true` the graph compiles with MemorySaver and
 * runs under a thread id, so every superstep is checkpointed in memory.
 */
import { Annotation, END, MemorySaver, START, StateGraph } from '@langchain/langgraph';

const State = Annotation.Root({
  done: Annotation({ reducer: (a, b) => a + b, default: () => 0 }),
});

export function buildLangGraph(graph, { task, checkpointer = false }) {
  const builder = new StateGraph(State);
  const hasChild = new Set();
  for (const { id, needs } of graph.steps) {
    builder.addNode(id, async () => {
      await task(id);
      return { done: 1 };
    });
    for (const parent of needs) hasChild.add(parent);
  }
  for (const { id, needs } of graph.steps) {
    if (needs.length === 0) builder.addEdge(START, id);
    else if (needs.length === 1) builder.addEdge(needs[0], id);
    else builder.addEdge(needs, id);
  }
  for (const { id } of graph.steps) if (!hasChild.has(id)) builder.addEdge(id, END);
  return builder.compile(checkpointer ? { checkpointer: new MemorySaver() } : {});
}

export async function runLangGraph(graph, { concurrency, task, checkpointer = false, depth }) {
  const app = buildLangGraph(graph, { task, checkpointer });
  const config = { recursionLimit: depth + 10, maxConcurrency: concurrency };
  if (checkpointer) config.configurable = { thread_id: 'bench' };
  const final = await app.invoke({ done: 0 }, config);
  if (final.done !== graph.steps.length) {
    throw new Error(`langgraph ran ${final.done} node calls for ${graph.steps.length} steps`);
  }
}
