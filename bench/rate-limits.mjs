#!/usr/bin/env node
/**
 * `npm run bench:rate` (after `npm run build`): the two rate benchmarks, against a loopback
 * server that enforces its limit like the real API (bench/lib/rate-limited-server.mjs):
 *
 * 1. 300 calls to a provider limited to 600 RPM, concurrency 32, 20 ms a call: the makespan
 *    against the ideal (N / rate = 30 s) and the share of calls answered 429, with the pacer
 *    (`rate_limit: { rpm: 600 }`) and with today's engine (no rate_limit: no pacer) beside it.
 * 2. A 429 storm: 2 s into the job the server answers every call 429 with `retry-after: 2`
 *    for 2 s: the makespan against 2 s + the ideal, and the calls the server sees while the
 *    provider is paused (from the first 429 for the 2 s it asked for).
 *
 * Each job runs as the real CLI in its own process (`orchestrator run --no-cache`); the server
 * runs in this process. Writes the section `rate-limits` of docs/benchmarks.md in place.
 *
 *   node bench/rate-limits.mjs [--calls N] [--out FILE]
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineInfo } from './lib/machine.mjs';
import { ROOT } from './lib/measure.mjs';
import { maxInAnyWindow, startRateLimitedServer } from './lib/rate-limited-server.mjs';
import { putSection } from './lib/keep-sections.mjs';

const args = process.argv.slice(2);
const N = args.includes('--calls') ? Number(args[args.indexOf('--calls') + 1]) : 300;
const OUT = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(ROOT, 'docs', 'benchmarks.md');
const RPM = 600;
const CONCURRENCY = 32;
const LATENCY_MS = 20;
const IDEAL_MS = (N / (RPM / 60)) * 1000;
const STORM = { atMs: 2000, forMs: 2000, retryAfterS: 2 };
const BIN = join(ROOT, 'bin', 'orchestrator.js');
const log = (m) => process.stderr.write(`[bench:rate] ${m}\n`);

function spec(origin, paced) {
  const steps = Array.from({ length: N }, (_, i) => `  s${String(i).padStart(4, '0')}: { prompt: "call ${i}" }`).join(
    '\n',
  );
  return `version: 2
name: ratebench
defaults: { provider: api, concurrency: ${CONCURRENCY}, retries: 3, timeout_s: 60 }
providers:
  api: { type: openai, model: gpt-4o-mini, base_url: "${origin}/v1"${paced ? `, rate_limit: { rpm: ${RPM} }` : ''} }
circuit_breaker: { failure_threshold: 1000, cooldown_s: 1 }
steps:
${steps}
`;
}

function runCli(argv, cwd) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd,
      env: { ...process.env, OPENAI_API_KEY: 'sk-bench-not-a-key', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolveRun({ status, stdout, stderr }));
  });
}

async function runCase(name, { paced, storm }) {
  const server = await startRateLimitedServer({ rpm: RPM, latencyMs: LATENCY_MS, storm });
  const dir = mkdtempSync(join(tmpdir(), 'orch-rate-'));
  try {
    writeFileSync(join(dir, 'job.yaml'), spec(server.origin, paced));
    log(`${name}: ${N} calls ...`);
    // Not spawnSync: the server answers from this process's event loop.
    const r = await runCli(['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'bench', '--json', '-q'], dir);
    if (!r.stdout) throw new Error(`${name}: the CLI printed no manifest (exit ${r.status}): ${r.stderr.slice(-2000)}`);
    const manifest = JSON.parse(r.stdout);
    const calls = server.log.length;
    const rejected = server.log.filter((e) => e.status === 429).length;
    // The pause that matters is the storm's (a pacing 429 asks for milliseconds, not 2 s).
    const first429 = storm ? server.log.find((e) => e.status === 429 && e.at >= storm.atMs) : undefined;
    const duringPause =
      first429 && storm
        ? server.log.filter((e) => e.at > first429.at && e.at < first429.at + storm.retryAfterS * 1000).length
        : undefined;
    const result = {
      name,
      paced,
      exit: r.status,
      makespanMs: manifest.totals.duration_ms,
      succeeded: manifest.totals.succeeded,
      failed: manifest.totals.failed,
      calls,
      rejected,
      rejectedShare: rejected / calls,
      maxPerSecond: maxInAnyWindow(server.log, 1000),
      duringPause,
    };
    log(`${name}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const load0 = loadavg()[0];
const started = Date.now();
const paced = await runCase('pacer', { paced: true });
const unpaced = await runCase('no pacer (2.0)', { paced: false });
const storm = await runCase('429 storm, pacer', { paced: true, storm: STORM });
const stormUnpaced = await runCase('429 storm, no pacer (2.0)', { paced: false, storm: STORM });
const load1 = loadavg()[0];

const m = machineInfo();
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const ratio = (r) => (r.makespanMs / IDEAL_MS).toFixed(3);
const stormIdeal = STORM.forMs + IDEAL_MS;
const verdict = (ok) => (ok ? 'PASS' : '**MISS**');
const goals = [
  [
    `makespan <= 1.10x ideal (${N} calls, ${RPM} RPM, concurrency ${CONCURRENCY}, ${LATENCY_MS} ms)`,
    `${ratio(paced)}x (${s(paced.makespanMs)} / ${s(IDEAL_MS)})`,
    paced.makespanMs <= 1.1 * IDEAL_MS && paced.failed === 0,
  ],
  [
    '<= 1 % of calls answered 429',
    `${pct(paced.rejectedShare)} (${paced.rejected} of ${paced.calls})`,
    paced.rejectedShare <= 0.01,
  ],
  [
    `429 storm: makespan <= 1.2x (2 s + ideal)`,
    `${(storm.makespanMs / stormIdeal).toFixed(3)}x (${s(storm.makespanMs)} / ${s(stormIdeal)})`,
    storm.makespanMs <= 1.2 * stormIdeal && storm.failed === 0,
  ],
  ['429 storm: <= 1 call per provider during the pause', `${storm.duringPause} call(s)`, (storm.duringPause ?? 0) <= 1],
];
const row = (r) =>
  `| ${r.name} | ${s(r.makespanMs)} | ${ratio(r)}x | ${r.succeeded} / ${r.failed} | ${r.calls} | ${r.rejected} (${pct(r.rejectedShare)}) | ${r.maxPerSecond} | ${r.duringPause ?? '–'} |`;
const body = `## Rate limits and 429 storms

Generated by \`node bench/rate-limits.mjs\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. One run of each case (${((Date.now() - started) / 1000).toFixed(0)} s in all); each job is the real CLI in its own process (\`orchestrator run --no-cache\`), the loopback server (bench/lib/rate-limited-server.mjs) in the bench's process. The server enforces ${RPM} RPM as a sliding one-second window of ${RPM / 60} requests, as OpenAI quantizes per-minute limits, counts rejected requests against the window, and answers 429 with \`retry-after\` past it.

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, ${m.os}, Node ${m.node}; load average (1 min) ${load0.toFixed(2)} at the start, ${load1.toFixed(2)} at the end (shared machine).

| goal | measured | verdict |
|---|---|---|
${goals.map(([g, v, ok]) => `| ${g} | ${v} | ${verdict(ok)} |`).join('\n')}

| case | makespan | / ideal | steps ok / failed | calls the server saw | answered 429 | most calls in any 1 s | calls during the pause |
|---|---:|---:|---:|---:|---:|---:|---:|
${[paced, unpaced, storm, stormUnpaced].map(row).join('\n')}

Ideal: ${N} calls / ${RPM / 60} per second = ${s(IDEAL_MS)}; with the storm, 2 s more. "no pacer (2.0)" is the same job without \`rate_limit\`: every step's call backs off alone on its own 429 (the default retries: 3, Retry-After honoured). The storm starts ${STORM.atMs / 1000} s after the first call and lasts ${STORM.forMs / 1000} s; "calls during the pause" counts the calls that reached the server in the ${STORM.retryAfterS} s after its first 429.
`;
const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '# Benchmarks\n';
writeFileSync(OUT, putSection(old, 'rate-limits', body));
log(`wrote the rate-limits section of ${OUT}`);
for (const [g, v, ok] of goals) log(`  ${ok ? 'PASS' : 'MISS'}  ${g}: ${v}`);
