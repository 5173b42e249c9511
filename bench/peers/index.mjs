/** The peers by name; each runs `task(id)` for every step of `graph` in dependency order. */
export const PEERS = ['bare', 'p-graph', 'langgraph', 'langgraph+saver'];

export async function loadPeer(name) {
  switch (name) {
    case 'bare':
      return (await import('./bare.mjs')).runBare;
    case 'p-graph':
      return (await import('./pgraph.mjs')).runPGraph;
    case 'langgraph': {
      const { runLangGraph } = await import('./langgraph.mjs');
      return (graph, opts) => runLangGraph(graph, { ...opts, checkpointer: false });
    }
    case 'langgraph+saver': {
      const { runLangGraph } = await import('./langgraph.mjs');
      return (graph, opts) => runLangGraph(graph, { ...opts, checkpointer: true });
    }
    default:
      throw new Error(`unknown peer ${name}`);
  }
}
