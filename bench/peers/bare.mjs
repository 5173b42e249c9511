/**
 * The floor: a bare ready-queue scheduler. No events, no files, no cache: what scheduling a DAG
 * costs in Node when nothing else happens. Runs `task(id)` for every step once all its `needs`
 * have resolved, at most `concurrency` at a time; rejects on the first failure.
 */
export function runBare(graph, { concurrency, task }) {
  const children = new Map();
  const waiting = new Map();
  const ready = [];
  for (const { id, needs } of graph.steps) {
    waiting.set(id, needs.length);
    if (needs.length === 0) ready.push(id);
    for (const parent of needs) {
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push(id);
    }
  }
  return new Promise((resolve, reject) => {
    let running = 0;
    let done = 0;
    let head = 0;
    const total = graph.steps.length;
    const pump = () => {
      while (running < concurrency && head < ready.length) {
        const id = ready[head++];
        running++;
        Promise.resolve(task(id)).then(() => finish(id), reject);
      }
      if (done === total) resolve();
    };
    const finish = (id) => {
      running--;
      done++;
      for (const child of children.get(id) ?? []) {
        const left = waiting.get(child) - 1;
        waiting.set(child, left);
        if (left === 0) ready.push(child);
      }
      pump();
    };
    pump();
  });
}
