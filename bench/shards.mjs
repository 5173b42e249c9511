#!/usr/bin/env node
/**
 * Beyond one runner: a 2,000-step fan-out (one root, 1,999 leaves) at 20 ms per call,
 * concurrency 16, run once on one runner and then as 4 shards, each shard a separate process with
 * its own cache folder, run one after the other (on a matrix they are separate machines; side by
 * side on this 2-core box they would time each other). Then each shard's cache delta is exported,
 * the deltas are copied into one folder, and a plain run over that union finishes the job.
 *
 *   npm run build && node_modules/.bin/node bench/shards.mjs [--repeats N] [--work-dir DIR] [--out FILE]
 *   (node_modules/.bin/node is the node@24 devDependency, the Node `npm run bench` uses)
 *
 * Goals: the slowest shard's makespan within 1.15x of a quarter of the single runner's; the finish
 * run over the union under 1.5 s end to end (process start to exit). Makespan = the run's
 * started_at -> finished_at in its manifest (the engine's time, without Node's start-up);
 * end-to-end wall times are reported beside it.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { uniformLatency } from './lib/graphs.mjs';
import { writeSpec } from './lib/spec-writer.mjs';
import { ROOT, median, runNode } from './lib/measure.mjs';
import { machineInfo } from './lib/machine.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const REPEATS = Number(opt('--repeats', '3'));
const OUT = opt('--out', join(ROOT, 'docs', 'benchmarks-shards.md'));
const STEPS = 2000;
const SHARDS = 4;
const LATENCY_MS = 20;
const CONCURRENCY = 16;
const BIN = join(ROOT, 'bin', 'orchestrator.js');
const log = (m) => process.stderr.write(`[bench:shards] ${m}\n`);
// tmpfs like bench/run.mjs: the figures describe the engine, not this VM's disk (--work-dir DIR to measure one).
const WORK_ROOT = opt('--work-dir', existsSync('/dev/shm') ? '/dev/shm' : tmpdir());

/** One root and STEPS - 1 leaves that each need it: the fan-out the issue names. */
function fanOutOnly(n) {
  const id = (i) => `s${String(i).padStart(4, '0')}`;
  return {
    shape: 'fanout',
    n,
    seed: 0,
    steps: [{ id: id(0), needs: [] }, ...Array.from({ length: n - 1 }, (_, i) => ({ id: id(i + 1), needs: [id(0)] }))],
  };
}

async function cli(dir, argv) {
  const r = await runNode([BIN, ...argv], { cwd: dir, probe: false, stdout: 'pipe' });
  if (r.code !== 0) throw new Error(`orchestrator ${argv.join(' ')} exited ${r.code}: ${r.stderr}`);
  return r;
}

function makespanMs(dir, jobId) {
  const m = JSON.parse(readFileSync(join(dir, 'runs', jobId, 'manifest.json'), 'utf8'));
  return Date.parse(m.finished_at) - Date.parse(m.started_at);
}

function llmRequests(dir, jobId) {
  return readFileSync(join(dir, 'runs', jobId, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"type":"llm.request"')).length;
}

async function once(round) {
  const dir = mkdtempSync(join(WORK_ROOT, 'bench-shards-'));
  try {
    const graph = fanOutOnly(STEPS);
    writeSpec(dir, graph, uniformLatency(graph, LATENCY_MS), { concurrency: CONCURRENCY, name: 'bench-shards' });
    const single = await cli(dir, [
      'run',
      '--spec',
      'job.yaml',
      '--job-id',
      'single',
      '--cache-dir',
      'cache-single',
      '-q',
    ]);
    const singleMs = makespanMs(dir, 'single');
    const shards = [];
    for (let k = 1; k <= SHARDS; k++) {
      const r = await cli(dir, [
        'run',
        '--spec',
        'job.yaml',
        '--shard',
        `${k}/${SHARDS}`,
        '--job-id',
        `shard-${k}`,
        '--cache-dir',
        `cache-${k}`,
        '-q',
      ]);
      shards.push({
        wallMs: r.wallMs,
        makespanMs: makespanMs(dir, `shard-${k}`),
        calls: llmRequests(dir, `shard-${k}`),
      });
      await cli(dir, ['cache', 'export', '--run', `shard-${k}`, '--cache-dir', `cache-${k}`, `delta-${k}`]);
    }
    mkdirSync(join(dir, 'union'));
    for (let k = 1; k <= SHARDS; k++)
      cpSync(join(dir, `delta-${k}`), join(dir, 'union'), { recursive: true, force: true });
    const fin = await cli(dir, ['run', '--spec', 'job.yaml', '--job-id', 'final', '--cache-dir', 'union', '-q']);
    const result = {
      singleWallMs: single.wallMs,
      singleMakespanMs: singleMs,
      shards,
      finishWallMs: fin.wallMs,
      finishMakespanMs: makespanMs(dir, 'final'),
      finishCalls: llmRequests(dir, 'final'),
    };
    log(
      `round ${round}: single ${Math.round(singleMs)} ms, slowest shard ${Math.max(...shards.map((s) => s.makespanMs))} ms, finish ${Math.round(fin.wallMs)} ms wall (${result.finishCalls} calls)`,
    );
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const load0 = loadavg()[0];
const rounds = [];
for (let i = 1; i <= REPEATS; i++) rounds.push(await once(i));
const load1 = loadavg()[0];

const med = (f) => median(rounds.map(f));
const single = med((r) => r.singleMakespanMs);
const singleWall = med((r) => r.singleWallMs);
const slowest = med((r) => Math.max(...r.shards.map((s) => s.makespanMs)));
const slowestWall = med((r) => Math.max(...r.shards.map((s) => s.wallMs)));
const ratio = slowest / (single / SHARDS);
const finishWall = med((r) => r.finishWallMs);
const finishCalls = Math.max(...rounds.map((r) => r.finishCalls));
const shardCalls = rounds[0].shards.map((s) => s.calls);
const fmt = (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`;
const m = machineInfo();

const md = `# Benchmarks: beyond one runner

Generated by \`node_modules/.bin/node bench/shards.mjs\` (after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.
${REPEATS} rounds; every figure is the median. Each run is a fresh \`orchestrator\` process, alone on the machine; run folders
and caches on ${WORK_ROOT === '/dev/shm' ? 'tmpfs (/dev/shm), as in docs/benchmarks.md' : WORK_ROOT}.

## Machine

- CPU: ${m.cpu ?? 'unknown'}, ${m.cores ?? '?'} cores; Node ${process.version}
- Load average (1 min) at the start and the end: ${load0.toFixed(2)} / ${load1.toFixed(2)}

## The job

A ${STEPS.toLocaleString('en-US')}-step fan-out (one root, ${(STEPS - 1).toLocaleString('en-US')} leaves that need it) on the \`replay\`
provider at ${LATENCY_MS} ms per call, concurrency ${CONCURRENCY} per runner. Sharded with
\`plan --shards ${SHARDS}\`; the shards made ${shardCalls.join(', ')} provider calls: their own steps, and the root again in
each shard that does not own it (it needs it, and separate cache folders share nothing). The shards
ran one after the other, each as its own process with its own cache folder, as separate machines would.

## Goals

| goal | measured | verdict |
|---|---|---|
| slowest shard <= 1.15x a quarter of the single-runner makespan | ${fmt(slowest)} vs ${fmt(single / SHARDS)} = ${ratio.toFixed(2)}x | ${ratio <= 1.15 ? 'PASS' : '**MISS**'} |
| finish run over the union cache < 1.5 s end to end | ${fmt(finishWall)} (${finishCalls} provider calls) | ${finishWall < 1500 && finishCalls === 0 ? 'PASS' : '**MISS**'} |

## Figures

| run | makespan (engine) | end to end (process) |
|---|---|---|
| single runner | ${fmt(single)} | ${fmt(singleWall)} |
| slowest of ${SHARDS} shards | ${fmt(slowest)} | ${fmt(slowestWall)} |
| finish over the union | ${fmt(med((r) => r.finishMakespanMs))} | ${fmt(finishWall)} |

End to end, each process also pays Node's start-up and the spec's load (a few hundred ms), which
sharding does not divide: on a matrix each leg also pays its runner's start and checkout, so shard
when the work per leg is minutes, not seconds (README, "Beyond one runner").
`;
writeFileSync(OUT, md);
log(`wrote ${OUT}`);
