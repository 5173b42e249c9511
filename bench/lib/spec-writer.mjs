/**
 * Writes a graph as a version-2 job spec (docs/reference.md section 1) on the `replay` provider.
 * Every step writes `out/<id>.txt` and its prompt references each parent's output, so templates
 * and cache keys chain the way they do in a real job. Latencies become replay providers: one per
 * distinct latency (`lat0`, `lat5`, `lat200`), and each step names its own with `provider:`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

export function responseFor(id) {
  return `ok ${id}`;
}

export function specDocument(graph, latency, { name, concurrency = 16 } = {}) {
  const byLatency = new Map();
  const counts = new Map();
  for (const ms of latency.values()) {
    byLatency.set(ms, `lat${ms}`);
    counts.set(ms, (counts.get(ms) ?? 0) + 1);
  }
  // The most used latency is the default provider; the others are named on their steps.
  const common = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const providers = {};
  for (const [ms, providerName] of byLatency) {
    providers[providerName] = { type: 'replay', responses: 'responses.yaml', latency_ms: ms };
  }
  const steps = {};
  for (const { id, needs } of graph.steps) {
    const refs = needs.map((p) => `{{ steps.${p}.output }}`).join(' ');
    const step = {};
    if (needs.length > 0) step.needs = needs;
    const own = byLatency.get(latency.get(id));
    if (own !== byLatency.get(common)) step.provider = own;
    step.prompt = needs.length > 0 ? `Do ${id} with ${refs}` : `Do ${id}`;
    step.outputs = [{ path: `out/${id}.txt` }];
    steps[id] = step;
  }
  return {
    version: 2,
    name: name ?? `bench-${graph.shape}-${graph.n}`,
    defaults: { provider: byLatency.get(common), concurrency, retries: 0 },
    providers,
    steps,
  };
}

/** Writes `dir/job.yaml` and `dir/responses.yaml`; returns the spec's path. */
export function writeSpec(dir, graph, latency, options = {}) {
  mkdirSync(dir, { recursive: true });
  const responses = {};
  for (const { id } of graph.steps) responses[id] = responseFor(id);
  writeFileSync(join(dir, 'responses.yaml'), stringify(responses));
  const file = join(dir, 'job.yaml');
  writeFileSync(file, stringify(specDocument(graph, latency, options), { lineWidth: 0 }));
  return file;
}
