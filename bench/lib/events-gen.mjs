/**
 * A large events.jsonl for `orchestrator tail`: the per-step events of a real run (its lines, as
 * the engine wrote them) repeated under fresh step ids and renumbered `seq` until `count` lines.
 * Falls back to a synthetic template of the contract's event shapes when no real run is at hand.
 */
import { closeSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const SYNTHETIC_STEP = [
  { type: 'step.started', data: {} },
  { type: 'cache.miss', data: { key: '9f2c1e0b7a6d5c4b3a29181706f5e4d3c2b1a0f9e8d7c6b5a4938271605f4e3d' } },
  { type: 'llm.request', data: { provider: 'lat0', model: 'replay', attempt: 1, input_tokens: 12 } },
  { type: 'llm.response', data: { provider: 'lat0', model: 'replay', attempt: 1, duration_ms: 0, usage: { input_tokens: 12, output_tokens: 2 }, cost_usd: 0, finish_reason: 'stop' } },
  { type: 'file.written', data: { path: 'out/s0001.txt', sha256: 'b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c', size_bytes: 8, wrote: true, reason: 'created' } },
  { type: 'step.succeeded', data: { duration_ms: 1, cache: 'miss' } },
];

function templateLines(sourceEvents) {
  if (sourceEvents) {
    const lines = readFileSync(sourceEvents, 'utf8').split('\n').filter((l) => l.includes('"step_id"'));
    if (lines.length >= 10) return lines.map((l) => JSON.parse(l));
  }
  return SYNTHETIC_STEP.map((e, i) => ({
    ts: '2025-01-01T00:00:00.000Z', seq: i + 1, level: 'info', job_id: 'tail-bench', type: e.type, step_id: 's0001',
    trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7', parent_span_id: 'a3ce929d0e0e4736', data: e.data,
  }));
}

/** Writes `count` event lines to `file`; returns the number of `llm.` events in it. */
export function writeEventsFile(file, count, { sourceEvents, jobId = 'tail-bench' } = {}) {
  mkdirSync(dirname(file), { recursive: true });
  const template = templateLines(sourceEvents);
  const fd = openSync(file, 'w');
  let seq = 0;
  let llm = 0;
  let round = 0;
  let chunk = [];
  while (seq < count) {
    for (const e of template) {
      if (seq >= count) break;
      const out = { ...e, seq: ++seq, job_id: jobId, step_id: `${e.step_id}-r${round}` };
      if (out.type.startsWith('llm.')) llm++;
      chunk.push(JSON.stringify(out));
      if (chunk.length >= 5000) {
        writeSync(fd, chunk.join('\n') + '\n');
        chunk = [];
      }
    }
    round++;
  }
  if (chunk.length) writeSync(fd, chunk.join('\n') + '\n');
  closeSync(fd);
  return llm;
}
