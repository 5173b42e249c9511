/**
 * One measurement, in a fresh process so its peak RSS is its own. The parent passes a JSON task as
 * argv[2] and reads the JSON result from $BENCH_RESULT_FILE.
 *
 *   { kind: 'engine', spec, runsDir, jobId, cacheDir?, concurrency?, resume? }
 *       loadSpec + runJob in-process (lib/), timed separately.
 *   { kind: 'peer', peer, shape, n, seed, latency: {kind:'uniform', ms} | {kind:'skewed'}, concurrency }
 *       the same graph through a peer; every step's start/end is traced and checked.
 */
import { writeFileSync } from 'node:fs';
import { depth, makeGraph, skewedLatency, uniformLatency, verifyTrace } from './lib/graphs.mjs';
import { peakRssKb } from './lib/peak-rss.mjs';

const task = JSON.parse(process.argv[2]);

function latencyPlan(graph, latency) {
  return latency.kind === 'skewed' ? skewedLatency(graph, latency) : uniformLatency(graph, latency.ms);
}

async function engine() {
  const { loadSpec } = await import('../lib/jobspec/load.js');
  const { runJob } = await import('../lib/engine/run.js');
  const { LocalCacheStore } = await import('../lib/cache/local-store.js');
  const t0 = performance.now();
  const loaded = await loadSpec(task.spec);
  const t1 = performance.now();
  const result = await runJob({
    loaded,
    runsDir: task.runsDir,
    jobId: task.jobId,
    resume: task.resume ?? false,
    cache: task.cacheDir ? new LocalCacheStore(task.cacheDir) : null,
    concurrency: task.concurrency,
  });
  const t2 = performance.now();
  const m = result.manifest;
  const steps = Object.values(m.steps);
  return {
    loadMs: t1 - t0,
    runMs: t2 - t1,
    status: result.status,
    completed: m.completed_steps.length,
    cacheHits: steps.filter((s) => s.cache === 'hit').length,
  };
}

async function peer() {
  const { loadPeer } = await import('./peers/index.mjs');
  const run = await loadPeer(task.peer);
  const graph = makeGraph(task.shape, task.n, task.seed);
  const latency = latencyPlan(graph, task.latency);
  const trace = [];
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const stepTask = async (id) => {
    trace.push(['start', id]);
    const ms = latency.get(id);
    if (ms > 0) await sleep(ms);
    trace.push(['end', id]);
  };
  const t0 = performance.now();
  await run(graph, { concurrency: task.concurrency, task: stepTask, depth: depth(graph) });
  const runMs = performance.now() - t0;
  const problem = verifyTrace(graph, trace);
  if (problem) throw new Error(`${task.peer} broke the DAG order: ${problem}`);
  return { runMs, status: 'succeeded', completed: graph.steps.length };
}

const result = task.kind === 'engine' ? await engine() : await peer();
result.maxRssKb = peakRssKb();
writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result));
