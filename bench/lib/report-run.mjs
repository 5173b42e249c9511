/**
 * A synthetic run folder for the HTML report (docs/benchmarks.md, "HTML report"): events.jsonl
 * as the engine writes it (job.started with the graph, per step step.started, llm.request /
 * llm.response or command.finished, quality.* with scores and judge reasons, step.succeeded /
 * step.failed), a log per step, outputs; a fanned-out step with instances, failed and skipped
 * steps, and hostile texts (markup, `</script>`, javascript: and markdown links) in ids, logs,
 * errors and outputs. Seeded: the same folder on every machine.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './prng.mjs';

export const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '</script><script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">click me</a>',
  '[markdown link](javascript:window.__pwned=4) ![tracking pixel](https://evil.example/pixel.png)',
  '"><svg onload=window.__pwned=5>',
  '<style>body{background:url(https://evil.example/bg.png)}</style>',
  '<link rel=stylesheet href=https://evil.example/x.css><iframe src=https://evil.example/></iframe>',
];

function fileNameOf(id) {
  return id.replace(/[^A-Za-z0-9._[\]-]/g, (c) => [...Buffer.from(c, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

function filler(rand, bytes, hostile) {
  const words = ['the', 'model', 'answer', 'step', 'output', 'résumé', 'naïve', '日本語', 'emoji 🙂', 'a < b && c > d', '"quoted"', "it's"];
  let s = '';
  while (s.length < bytes) {
    s += words[Math.floor(rand() * words.length)] + (rand() < 0.1 ? '\n' : ' ');
    if (hostile && rand() < 0.002) s += HOSTILE[Math.floor(rand() * HOSTILE.length)] + '\n';
  }
  return s.slice(0, bytes);
}

/**
 * Writes RUNS_DIR/JOB_ID and returns { dir, jobId, steps }. `steps` counts every step entry
 * (instances included); `textBytes` is the size of each prompt and response.
 */
export function writeReportRun(runsDir, { steps = 1000, textBytes = 20_000, seed = 7, jobId = 'report-bench-20260101-000000-0001', instances = 200, secret } = {}) {
  const rand = mulberry32(seed);
  const dir = join(runsDir, jobId);
  mkdirSync(join(dir, 'logs'), { recursive: true });
  mkdirSync(join(dir, 'outputs', 'out'), { recursive: true });
  const plain = Math.max(1, steps - instances - 1);
  const ids = [];
  const graph = {};
  const width = 25;
  for (let i = 0; i < plain; i++) {
    const id = i === 3 ? 'x<img src=x onerror="window.__pwned=6">' : `s${String(i).padStart(4, '0')}`;
    ids.push(id);
    const layer = Math.floor(i / width);
    const needs = [];
    if (layer > 0) {
      const prevStart = (layer - 1) * width;
      const k = 1 + Math.floor(rand() * 3);
      for (let j = 0; j < k; j++) needs.push(ids[prevStart + Math.floor(rand() * width)]);
    }
    graph[id] = [...new Set(needs)];
  }
  const fan = 'fan';
  graph[fan] = [ids[0]];
  const t0 = Date.parse('2026-01-01T00:00:00.000Z');
  let seq = 0;
  const lines = [];
  const ev = (type, data, stepId, ms, level = 'info') =>
    lines.push(
      JSON.stringify({ ts: new Date(t0 + ms).toISOString(), seq: ++seq, level, job_id: jobId, type, ...(stepId !== undefined ? { step_id: stepId } : {}), trace_id: '4bf92f3577b34da6a3ce929d0e0e4736', span_id: '00f067aa0ba902b7', data }),
    );
  ev('job.started', { job_name: 'report-bench', spec_sha256: 'a'.repeat(64), code_version: '2.2.0', attempt: 1, graph, pid: 1, host: 'bench-host-that-is-gone' }, undefined, 0);
  let failed = 0;
  const failedSet = new Set();
  const runStep = (id, start, opts = {}) => {
    const kind = opts.kind ?? (rand() < 0.2 ? 'command' : 'llm');
    const dur = 200 + Math.floor(rand() * 3000);
    const upstreamFailed = (graph[id] ?? []).find((n) => failedSet.has(n));
    if (upstreamFailed) {
      ev('step.skipped', { reason: 'upstream_failed', upstream: upstreamFailed }, id, start);
      failedSet.add(id);
      return start;
    }
    // Failures near the end (and among instances) keep most of the graph run, as in a real job.
    const fail = (opts.kind !== undefined || ids.indexOf(id) > plain - 100) && rand() < 0.05;
    ev('step.started', { kind, ...(kind === 'llm' ? { provider: 'openai' } : { run: 'npm test' }), ...opts.started }, id, start);
    const prompt = filler(rand, textBytes, true);
    const response = filler(rand, textBytes, true);
    const hit = rand() < 0.3;
    ev(hit ? 'cache.hit' : 'cache.miss', { key: 'k'.repeat(64) }, id, start + 1);
    const usage = { input_tokens: 1000 + Math.floor(rand() * 5000), output_tokens: 100 + Math.floor(rand() * 900), cached_input_tokens: Math.floor(rand() * 800) };
    const cost = hit ? 0 : Math.round(rand() * 10000) / 1e6;
    let log;
    if (kind === 'llm') {
      if (!hit) {
        ev('llm.request', { provider: 'openai', provider_type: 'openai', model: 'gpt-5-mini', attempt: 1, provider_attempt: 1, prompt_chars: prompt.length, timeout_ms: 60000 }, id, start + 2);
        ev('llm.response', { provider: 'openai', model: 'gpt-5-mini', attempt: 1, duration_ms: dur - 10, usage, cost_usd: cost }, id, start + dur - 5);
      }
      log = `===== system =====\nYou are careful.\n===== prompt =====\n${prompt}\n===== response (round 1, openai/gpt-5-mini) =====\n${response}\n`;
    } else {
      const stdout = filler(rand, Math.floor(textBytes / 2), true);
      const stderr = fail ? `FAIL ${HOSTILE[0]}\n${filler(rand, 500, true)}` : '';
      ev('command.finished', { exit_code: fail ? 1 : 0, signal: null, timed_out: false, duration_ms: dur, stdout_tail: stdout.slice(-200), stderr_tail: stderr.slice(-200) }, id, start + dur - 2);
      log = `===== command =====\nnpm test -- ${HOSTILE[2]}\n===== exit =====\n${fail ? 1 : 0}\n===== stdout =====\n${stdout}\n===== stderr =====\n${stderr}\n`;
    }
    const verdicts = [
      { index: 0, type: 'contains', passed: true, message: 'found "ok"', severity: 'fail', duration_ms: 1 },
      { index: 1, type: 'judge', passed: !fail, message: fail ? 'judge: fail' : 'judge: pass', severity: 'fail', duration_ms: 900, score: Math.round(rand() * 1000) / 1000, reason: `The answer ${HOSTILE[3]} is ${fail ? 'wrong' : 'right'}.` },
    ];
    ev(fail ? 'quality.failed' : 'quality.passed', { provider: 'openai', verdicts, ...(fail ? { severity: 'fail', step_failed: true } : {}) }, id, start + dur - 1, fail ? 'warn' : 'info');
    const common = { cache: hit ? 'hit' : 'miss', cache_key: 'k'.repeat(64), attempts: hit ? 0 : 1, duration_ms: dur, ...(kind === 'llm' ? { provider: 'openai', model: 'gpt-5-mini', usage, cost_usd: cost } : {}) };
    if (fail) {
      failed++;
      failedSet.add(id);
      const message = `provider said: ${HOSTILE[1]} ${secret ? `key ${'[REDACTED]'}` : ''}`;
      log += `===== error =====\nE_PROVIDER: ${message}\n`;
      ev('step.failed', { ...common, error: { code: kind === 'llm' ? 'E_PROVIDER' : 'E_COMMAND_FAILED', message, hint: HOSTILE[4] } }, id, start + dur, 'error');
    } else {
      const path = `out/${fileNameOf(id).replace(/[[\]]/g, '_')}.md`;
      const text = `# ${id}\n\n${response.slice(0, 3000)}`;
      writeFileSync(join(dir, 'outputs', path), text);
      ev('step.succeeded', { ...common, outputs: [{ path, sha256: 'b'.repeat(64), size_bytes: Buffer.byteLength(text) }], output: response.slice(0, 100), checks: { passed: 2, failed: 0 } }, id, start + dur);
    }
    writeFileSync(join(dir, 'logs', `${fileNameOf(id)}.log`), log);
    return start + dur;
  };
  let clock = 10;
  for (let i = 0; i < plain; i++) {
    const layerStart = 10 + Math.floor(i / width) * 4000;
    clock = Math.max(clock, layerStart);
    runStep(ids[i], layerStart + Math.floor(rand() * 500));
    if (i === 0 && instances > 0) {
      ev('step.started', { kind: 'llm', provider: 'openai', for_each: true }, fan, 600);
      ev('step.fanned_out', { instances }, fan, 601);
      let ok = 0;
      let bad = 0;
      for (let k = 0; k < instances; k++) {
        const key = k === 7 ? '<b onmouseover=alert(1)>](javascript:alert(1))' : `item-${k}`;
        const inst = `${fan}[${key}]`;
        const before = failed;
        runStep(inst, 700 + k * 20, { kind: 'llm', started: { instance_of: fan, item_key: key, item_index: k } });
        if (failed > before) bad++;
        else ok++;
      }
      ev(bad ? 'step.failed' : 'step.succeeded', { cache: 'off', attempts: 0, duration_ms: 5000, instances: { total: instances, succeeded: ok, failed: bad }, ...(bad ? { error: { code: 'E_INSTANCES', message: `${bad} instances failed` } } : { outputs: [], output: '', cache_key: 'f'.repeat(64) }) }, fan, 5600);
      if (bad) failedSet.add(fan);
    }
  }
  const end = 10 + Math.ceil(plain / width) * 4000 + 4000;
  ev(failed ? 'job.failed' : 'job.succeeded', { succeeded: 0, failed, skipped: 0, cache_hits: 0, cost_usd: 0, ...(failed ? { failed_steps: [...failedSet] } : {}) }, undefined, end, failed ? 'error' : 'info');
  writeFileSync(join(dir, 'events.jsonl'), lines.join('\n') + '\n');
  return { dir, jobId, steps: plain + 1 + instances };
}
