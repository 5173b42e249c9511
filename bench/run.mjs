#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): the engine and the CLI on generated DAGs, beside
 * LangGraph.js, p-graph and a bare ready-queue scheduler on the identical graphs; writes
 * docs/benchmarks.md with medians, ratios and each goal's PASS/MISS, and the raw figures to
 * bench/results/latest.json.
 *
 *   node bench/run.mjs [--quick] [--no-profile] [--keep] [--only SECTION,...] [--work-dir DIR] [--out FILE] [--render]
 *
 * Sections: overhead, latency, cache, scale, resume, tail, coldstart, profile.
 * Every measurement runs alone in its own child process (peak RSS is per process; the machine
 * has 2 cores, so nothing runs beside a measurement).
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative, resolve } from 'node:path';
import {
  DEFAULT_SEED,
  SHAPES,
  criticalPathMs,
  idealMakespanMs,
  makeGraph,
  skewedLatency,
  uniformLatency,
} from './lib/graphs.mjs';
import { BENCH_DIR, ROOT, median, runNode } from './lib/measure.mjs';
import { machineInfo } from './lib/machine.mjs';
import { writeSpec } from './lib/spec-writer.mjs';
import { writeEventsFile } from './lib/events-gen.mjs';
import { summariseProfile } from './lib/profile.mjs';
import { smallFileCreateUs } from './lib/disk.mjs';
import { renderReport } from './lib/report.mjs';
import { keepSections } from './lib/keep-sections.mjs';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const KEEP = args.includes('--keep');
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const wants = (section) => !onlyArg || onlyArg.includes(section);

const CONFIG = QUICK
  ? {
      repeats: 1,
      sizes: [100, 1000],
      shapes: ['layered'],
      peerCapMs: 20_000,
      tailEvents: 1_000_000,
      scaleShapes: ['layered'],
      twenty: false,
    }
  : {
      repeats: 3,
      sizes: [100, 1000, 10_000],
      shapes: SHAPES,
      peerCapMs: 60_000,
      tailEvents: 1_000_000,
      scaleShapes: SHAPES,
      twenty: true,
    };
const CONCURRENCY = 16;
const PEERS = ['bare', 'p-graph', 'langgraph', 'langgraph+saver'];
const SKEW = { kind: 'skewed', slowMs: 200, fastMs: 5, slowShare: 0.1, seed: DEFAULT_SEED };
const LATENCY_CASES = QUICK
  ? [
      { shape: 'layered', n: 1000, latency: { kind: 'uniform', ms: 20 } },
      { shape: 'layered', n: 1000, latency: SKEW },
    ]
  : [
      { shape: 'fanout', n: 1000, latency: { kind: 'uniform', ms: 20 } },
      { shape: 'layered', n: 1000, latency: { kind: 'uniform', ms: 20 } },
      { shape: 'chain', n: 100, latency: { kind: 'uniform', ms: 20 } },
      { shape: 'fanout', n: 1000, latency: SKEW },
      { shape: 'layered', n: 1000, latency: SKEW },
    ];

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Setup

function ensureBenchDeps() {
  if (
    existsSync(join(BENCH_DIR, 'node_modules', '@langchain', 'langgraph')) &&
    existsSync(join(BENCH_DIR, 'node_modules', 'p-graph'))
  )
    return;
  log('installing the peers (bench/package.json) ...');
  const ci = spawnSync('npm', ['ci', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (ci.status !== 0) {
    const install = spawnSync('npm', ['install', '--prefix', BENCH_DIR, '--no-audit', '--no-fund'], {
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('could not install bench dependencies (npm ci --prefix bench)');
  }
}

function ensureBuilt() {
  for (const f of ['lib/engine/run.js', 'lib/jobspec/load.js', 'lib/cache/local-store.js', 'bin/orchestrator.js']) {
    if (!existsSync(join(ROOT, f)))
      throw new Error(`${f} is missing: run \`npm run build\` first (npm run bench does)`);
  }
}

/** Hand-written findings (bench/analysis.md) are embedded in the page after the figures. */
function analysisText() {
  const file = join(BENCH_DIR, 'analysis.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

if (args.includes('--render')) {
  // Re-render docs/benchmarks.md from the last full run's figures (after editing analysis.md).
  const saved = JSON.parse(readFileSync(join(BENCH_DIR, 'results', 'latest.json'), 'utf8'));
  const doc = join(ROOT, 'docs', 'benchmarks.md');
  writeFileSync(
    doc,
    keepSections(renderReport(saved, analysisText()).markdown, existsSync(doc) ? readFileSync(doc, 'utf8') : ''),
  );
  log('docs/benchmarks.md re-rendered from bench/results/latest.json');
  process.exit(0);
}

ensureBenchDeps();
ensureBuilt();
// Run folders go on tmpfs (/dev/shm) by default, so the figures measure the engine (its events,
// manifest, logs and output files all still written) rather than this VM's disk, where creating
// one small file has been measured anywhere from 30 us to 800 us depending on the neighbours.
// `--work-dir DIR` measures on a disk of your choice (docs/benchmarks-disk.md is such a run).
const workArg = args.includes('--work-dir')
  ? args[args.indexOf('--work-dir') + 1]
  : existsSync('/dev/shm')
    ? '/dev/shm'
    : undefined;
mkdirSync(workArg ?? join(BENCH_DIR, 'results'), { recursive: true });
const WORK = mkdtempSync(join(workArg ?? join(BENCH_DIR, 'results'), 'orchestrator-bench-'));
let uniq = 0;
const fresh = (name) => join(WORK, `${name}-${++uniq}`);

function latencyPlan(graph, latency) {
  return latency.kind === 'skewed' ? skewedLatency(graph, latency) : uniformLatency(graph, latency.ms);
}

function latencyLabel(latency) {
  return latency.kind === 'skewed'
    ? `skewed (${Math.round(latency.slowShare * 100)}% at ${latency.slowMs} ms, rest ${latency.fastMs} ms)`
    : `${latency.ms} ms`;
}

const specs = new Map();
/** The spec for a graph and latency plan, written once per bench run. */
function specFor(shape, n, latency = { kind: 'uniform', ms: 0 }) {
  const key = `${shape}-${n}-${JSON.stringify(latency)}`;
  if (!specs.has(key)) {
    const graph = makeGraph(shape, n, DEFAULT_SEED);
    const file = writeSpec(join(WORK, 'specs', `${shape}-${n}-${specs.size}`), graph, latencyPlan(graph, latency), {
      concurrency: CONCURRENCY,
    });
    specs.set(key, file);
  }
  return specs.get(key);
}

// ---------------------------------------------------------------------------------------------
// The three kinds of measurement

/** In-process: loadSpec + runJob in a worker; runMs is runJob alone. */
async function engineRun(
  spec,
  n,
  { cacheDir, runsDir, jobId = `bench-${++uniq}`, resume = false, nodeArgs, expectHits } = {},
) {
  const dir = runsDir ?? fresh('runs');
  const task = { kind: 'engine', spec, runsDir: dir, jobId, resume, cacheDir, concurrency: CONCURRENCY };
  const r = await runNode([join(BENCH_DIR, 'worker.mjs'), JSON.stringify(task)], { timeoutMs: 300_000, nodeArgs });
  if (!runsDir && !KEEP) rmSync(dir, { recursive: true, force: true });
  const res = r.result;
  let error;
  if (!res)
    error = `worker failed (exit ${r.code}${r.timedOut ? ', timed out' : ''}): ${r.stderr.trim().split('\n').slice(-3).join(' | ')}`;
  else if (res.status !== 'succeeded' || res.completed !== n)
    error = `run ${res.status}, ${res.completed}/${n} steps completed`;
  else if (expectHits !== undefined && res.cacheHits !== expectHits)
    error = `expected ${expectHits} cache hits, got ${res.cacheHits}`;
  if (error) log(`  engine error: ${error}`);
  return {
    error,
    wallMs: r.wallMs,
    runMs: res?.runMs,
    loadMs: res?.loadMs,
    rssMb: (r.maxRssKb ?? NaN) / 1024,
    cacheHits: res?.cacheHits,
  };
}

/** The CLI end to end (process start to exit), checked through its manifest. */
async function cliRun(spec, n, { runsDir, jobId = `cli-${++uniq}`, resume = false, cacheDir, nodeArgs } = {}) {
  const dir = runsDir ?? fresh('cli-runs');
  const argv = [
    join(ROOT, 'bin', 'orchestrator.js'),
    'run',
    '--spec',
    spec,
    '--runs-dir',
    dir,
    '--quiet',
    ...(cacheDir ? ['--cache-dir', cacheDir] : ['--no-cache']),
    ...(resume ? ['--resume', jobId] : ['--job-id', jobId]),
  ];
  const r = await runNode(argv, { timeoutMs: 300_000, nodeArgs });
  let error;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, jobId, 'manifest.json'), 'utf8'));
  } catch {
    // reported below
  }
  if (r.code !== 0)
    error = `exit ${r.code}${r.timedOut ? ' (timed out)' : ''}: ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`;
  else if (!manifest) error = 'no manifest.json';
  else if (manifest.status !== 'succeeded' || manifest.completed_steps.length !== n)
    error = `manifest: ${manifest.status}, ${manifest.completed_steps.length}/${n} completed`;
  if (error) log(`  cli error: ${error}`);
  if (!runsDir && !KEEP) rmSync(dir, { recursive: true, force: true });
  return { error, wallMs: r.wallMs, rssMb: (r.maxRssKb ?? NaN) / 1024 };
}

/** A peer on the same graph; `timedOut` past the cap. */
async function peerRun(peer, shape, n, latency) {
  const task = { kind: 'peer', peer, shape, n, seed: DEFAULT_SEED, latency, concurrency: CONCURRENCY };
  const r = await runNode([join(BENCH_DIR, 'worker.mjs'), JSON.stringify(task)], {
    timeoutMs: CONFIG.peerCapMs,
    cwd: BENCH_DIR,
  });
  let error;
  if (!r.timedOut && !r.result) error = `exit ${r.code}: ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`;
  if (error) log(`  ${peer} error: ${error}`);
  return {
    error,
    timedOut: r.timedOut,
    capMs: CONFIG.peerCapMs,
    runMs: r.result?.runMs,
    rssMb: (r.maxRssKb ?? NaN) / 1024,
  };
}

/** Runs `fn` `times` times; the median of each numeric field, plus every error seen. */
async function repeat(times, fn) {
  const runs = [];
  for (let i = 0; i < times; i++) {
    const r = await fn(i);
    runs.push(r);
    if (r.error || r.timedOut) break; // a failed or capped measurement is not repeated
  }
  const out = { runs: runs.length };
  for (const key of Object.keys(runs[0])) {
    if (typeof runs[0][key] === 'number') out[key] = median(runs.map((r) => r[key]));
  }
  out.error = runs.find((r) => r.error)?.error;
  out.timedOut = runs.some((r) => r.timedOut);
  out.capMs = runs[0].capMs;
  return out;
}

const fmt = (ms) => (ms === undefined || Number.isNaN(ms) ? 'n/a' : `${ms.toFixed(0)} ms`);

// ---------------------------------------------------------------------------------------------
// Sections

// Each run folder is removed right after its measurement (outside the timed part), so the
// bench never holds millions of files.
const results = {
  config: { ...CONFIG, quick: QUICK, concurrency: CONCURRENCY },
  machine: { ...machineInfo(), loadStart: loadavg()[0], diskUsStart: smallFileCreateUs(fresh('disk')), workDir: WORK },
};
log(`disk: ${results.machine.diskUsStart.toFixed(0)} us per small file created in ${WORK}`);

if (wants('overhead')) {
  log('overhead at 0 ms latency (in-process, CLI, peers)');
  results.overhead = [];
  for (const n of CONFIG.sizes) {
    for (const shape of CONFIG.shapes) {
      const spec = specFor(shape, n);
      const row = { shape, n };
      row.engine = await repeat(CONFIG.repeats, () => engineRun(spec, n));
      row.cli = await repeat(CONFIG.repeats, () => cliRun(spec, n));
      row.peers = {};
      for (const peer of PEERS) {
        const heavy = peer.startsWith('langgraph') && n >= 10_000;
        // LangGraph at 10,000 steps takes tens of seconds: once, and the checkpointer variant not at all.
        if (heavy && peer === 'langgraph+saver') {
          row.peers[peer] = { skipped: 'not run at 10,000 steps (see notes)' };
          continue;
        }
        row.peers[peer] = await repeat(heavy ? 1 : CONFIG.repeats, () =>
          peerRun(peer, shape, n, { kind: 'uniform', ms: 0 }),
        );
      }
      log(
        `  ${shape} ${n}: engine ${fmt(row.engine.runMs)} (load ${fmt(row.engine.loadMs)}), cli ${fmt(row.cli.wallMs)}, ` +
          PEERS.map(
            (p) => `${p} ${row.peers[p].timedOut ? `> ${CONFIG.peerCapMs / 1000} s` : fmt(row.peers[p].runMs)}`,
          ).join(', '),
      );
      results.overhead.push(row);
    }
  }
}

if (wants('latency')) {
  log(`latency-bound runs (concurrency ${CONCURRENCY})`);
  results.latency = [];
  for (const c of LATENCY_CASES) {
    const graph = makeGraph(c.shape, c.n, DEFAULT_SEED);
    const plan = latencyPlan(graph, c.latency);
    const row = {
      ...c,
      label: latencyLabel(c.latency),
      idealMs: idealMakespanMs(graph, plan, CONCURRENCY),
      criticalPathMs: criticalPathMs(graph, plan),
      workMs: [...plan.values()].reduce((a, b) => a + b, 0),
    };
    const spec = specFor(c.shape, c.n, c.latency);
    row.engine = await repeat(CONFIG.repeats, () => engineRun(spec, c.n));
    row.peers = {};
    for (const peer of PEERS)
      row.peers[peer] = await repeat(CONFIG.repeats, () => peerRun(peer, c.shape, c.n, c.latency));
    log(
      `  ${c.shape} ${c.n} ${row.label}: ideal ${fmt(row.idealMs)}, engine ${fmt(row.engine.runMs)}, ` +
        PEERS.map((p) => `${p} ${fmt(row.peers[p].runMs)}`).join(', '),
    );
    results.latency.push(row);
  }
}

if (wants('cache')) {
  log('cache-hit rerun (layered, 1,000 steps, 0 ms)');
  const n = 1000;
  const spec = specFor('layered', n);
  const cacheDir = fresh('cache');
  const fill = await repeat(1, () => engineRun(spec, n, { cacheDir, expectHits: 0 }));
  const noCache = [];
  const hit = [];
  for (let i = 0; i < CONFIG.repeats; i++) {
    noCache.push(await engineRun(spec, n));
    hit.push(await engineRun(spec, n, { cacheDir, expectHits: n }));
  }
  const cliHit = await repeat(CONFIG.repeats, () => cliRun(spec, n, { cacheDir }));
  const m = (xs, k) => median(xs.map((x) => x[k]));
  results.cache = {
    n,
    fillMs: fill.runMs,
    noCacheMs: m(noCache, 'runMs'),
    hitMs: m(hit, 'runMs'),
    cliHitWallMs: cliHit.wallMs,
    error: fill.error ?? noCache.find((x) => x.error)?.error ?? hit.find((x) => x.error)?.error ?? cliHit.error,
  };
  results.cache.hitOverUs = ((results.cache.hitMs - results.cache.noCacheMs) / n) * 1000;
  log(`  fill ${fmt(fill.runMs)}, no cache ${fmt(results.cache.noCacheMs)}, all hits ${fmt(results.cache.hitMs)}`);
}

let resumeBase;
if (wants('scale') || wants('resume') || wants('tail')) {
  // The CLI at 10,000 steps; its run folder is kept for resume and as the template for tail.
  resumeBase = { runsDir: fresh('resume-runs'), jobId: 'resume-base', spec: specFor('layered', 10_000) };
  const base = await cliRun(resumeBase.spec, 10_000, { runsDir: resumeBase.runsDir, jobId: resumeBase.jobId });
  resumeBase.error = base.error;
}

if (wants('scale')) {
  log('CLI at 10,000 and 20,000 steps');
  results.scale = [];
  for (const shape of CONFIG.scaleShapes) {
    const fromOverhead = results.overhead?.find((r) => r.shape === shape && r.n === 10_000)?.cli;
    const ten = fromOverhead ?? (await repeat(CONFIG.repeats, () => cliRun(specFor(shape, 10_000), 10_000)));
    const twenty = CONFIG.twenty
      ? await repeat(CONFIG.repeats, () => cliRun(specFor(shape, 20_000), 20_000))
      : { skipped: true };
    results.scale.push({ shape, ten, twenty, ratio: twenty.wallMs / ten.wallMs });
    log(
      `  ${shape}: 10,000 ${fmt(ten.wallMs)} (${ten.rssMb.toFixed(0)} MB), 20,000 ${twenty.skipped ? 'skipped (--quick)' : `${fmt(twenty.wallMs)} (${twenty.rssMb.toFixed(0)} MB)`}`,
    );
  }
}

if (wants('resume')) {
  log('resume of a completed 10,000-step run');
  const r = resumeBase.error
    ? { error: `base run failed: ${resumeBase.error}` }
    : await repeat(CONFIG.repeats, () =>
        cliRun(resumeBase.spec, 10_000, { runsDir: resumeBase.runsDir, jobId: resumeBase.jobId, resume: true }),
      );
  results.resume = { n: 10_000, ...r };
  log(`  ${fmt(r.wallMs)}`);
}

if (wants('tail')) {
  const count = CONFIG.tailEvents;
  log(`tail --type llm. over ${count.toLocaleString('en-US')} events`);
  const runsDir = fresh('tail-runs');
  const jobId = 'tail-bench';
  const file = join(runsDir, jobId, 'events.jsonl');
  const source =
    resumeBase && !resumeBase.error ? join(resumeBase.runsDir, resumeBase.jobId, 'events.jsonl') : undefined;
  const llm = writeEventsFile(file, count, { sourceEvents: source, jobId });
  const argv = [join(ROOT, 'bin', 'orchestrator.js'), 'tail', jobId, '--runs-dir', runsDir, '--type', 'llm.', '--json'];
  // Correctness first (untimed): the output holds every llm. event and nothing else.
  const check = spawnSync(process.execPath, argv, { cwd: ROOT, maxBuffer: 1 << 30, encoding: 'utf8' });
  const lines = check.stdout ? check.stdout.split('\n').filter(Boolean) : [];
  let error;
  if (check.status !== 0) error = `exit ${check.status}: ${String(check.stderr).trim().split('\n').pop()}`;
  else if (lines.length !== llm || !lines.every((l) => l.includes('"type":"llm.')))
    error = `printed ${lines.length} lines, expected ${llm} llm. events`;
  const timed = await repeat(CONFIG.repeats, () =>
    runNode(argv, { timeoutMs: 120_000 }).then((x) => ({
      wallMs: x.wallMs,
      rssMb: x.maxRssKb / 1024,
      error: x.code === 0 ? undefined : `exit ${x.code}`,
    })),
  );
  results.tail = {
    events: count,
    matched: llm,
    bytes: statSync(file).size,
    source: source ? 'a real 10,000-step run' : 'synthetic',
    ...timed,
    error: error ?? timed.error,
    eventsPerSec: count / (timed.wallMs / 1000),
  };
  if (!KEEP) rmSync(runsDir, { recursive: true, force: true });
  log(
    `  ${fmt(timed.wallMs)}, ${Math.round(results.tail.eventsPerSec).toLocaleString('en-US')} events/s, ${timed.rssMb.toFixed(0)} MB`,
  );
}

if (wants('coldstart')) {
  log('action bundle cold start');
  const dist = join(ROOT, 'dist', 'index.js');
  if (!existsSync(dist)) {
    results.coldstart = { error: 'dist/index.js is missing: run `npm run bundle` first' };
  } else {
    const ws = fresh('action-ws');
    mkdirSync(ws, { recursive: true });
    writeFileSync(join(ws, 'responses.yaml'), 'hello: hi\n');
    writeFileSync(
      join(ws, 'job.yaml'),
      [
        'version: 2',
        'name: cold-start',
        'defaults: { provider: offline }',
        'providers: { offline: { type: replay, responses: responses.yaml } }',
        'steps:',
        '  hello:',
        '    prompt: Say hi',
        '    outputs: [{ path: hello.txt }]',
        '',
      ].join('\n'),
    );
    const baseEnv = Object.fromEntries(
      Object.entries(process.env).filter(
        ([k]) =>
          !k.startsWith('INPUT_') && !k.startsWith('GITHUB_') && !k.startsWith('ACTIONS_') && !k.startsWith('RUNNER_'),
      ),
    );
    const runOnce = async (i) => {
      const outFile = join(ws, `output-${i}`);
      writeFileSync(outFile, '');
      const env = {
        ...baseEnv,
        GITHUB_WORKSPACE: ws,
        GITHUB_OUTPUT: outFile,
        GITHUB_STEP_SUMMARY: join(ws, 'summary.md'),
        RUNNER_TEMP: ws,
        GITHUB_RUN_ID: `${i + 1}`,
        GITHUB_RUN_ATTEMPT: '1',
        INPUT_SPEC: 'job.yaml',
        'INPUT_RUNS-DIR': `runs-${i}`,
        INPUT_CACHE: 'false',
        'INPUT_UPLOAD-ARTIFACT': 'never',
        INPUT_SUMMARY: 'false',
        INPUT_COMMENT: 'never',
        INPUT_RESUME: 'never',
      };
      const r = await runNode([dist], { env, timeoutMs: 60_000, probe: true, stdout: 'ignore' });
      const outputs = readFileSync(outFile, 'utf8');
      const ok = r.code === 0 && /status<<[^\n]*\nsucceeded/.test(outputs);
      return {
        wallMs: r.wallMs,
        rssMb: r.maxRssKb / 1024,
        error: ok ? undefined : `exit ${r.code}, outputs: ${outputs.slice(0, 200)} ${r.stderr.slice(-300)}`,
      };
    };
    await runOnce(-1); // warm the file system cache: "cold" is a new process, not a cold disk
    const r = await repeat(Math.max(3, CONFIG.repeats + 2), runOnce);
    const sizeOf = (p) =>
      statSync(p).isDirectory() ? readdirSync(p).reduce((s, f) => s + sizeOf(join(p, f)), 0) : statSync(p).size;
    results.coldstart = { ...r, indexBytes: statSync(dist).size, distBytes: sizeOf(join(ROOT, 'dist')) };
    log(`  ${fmt(r.wallMs)}, dist ${(results.coldstart.distBytes / 2 ** 20).toFixed(1)} MiB`);
  }
}

if (wants('profile') && !args.includes('--no-profile')) {
  log('CPU profiles (10,000-step layered, in-process and CLI)');
  results.profiles = [];
  const profDir = fresh('prof');
  const capture = async (label, fn) => {
    const dir = join(profDir, String(results.profiles.length));
    mkdirSync(dir, { recursive: true });
    const r = await fn(['--cpu-prof', '--cpu-prof-dir', dir]);
    const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
    if (file)
      results.profiles.push({ label, wallMs: r.wallMs, error: r.error, ...summariseProfile(join(dir, file), ROOT) });
  };
  const spec = specFor('layered', 10_000);
  await capture('in-process runJob, layered 10,000 steps, 0 ms (whole worker process)', (nodeArgs) =>
    engineRun(spec, 10_000, { nodeArgs }),
  );
  if (resumeBase && !resumeBase.error) {
    await capture('CLI `run --resume` of the completed 10,000-step run', (nodeArgs) =>
      cliRun(resumeBase.spec, 10_000, { runsDir: resumeBase.runsDir, jobId: resumeBase.jobId, resume: true, nodeArgs }),
    );
  }
}

results.elapsedS = (Date.now() - started) / 1000;
results.loadEnd = loadavg()[0];
results.diskUsEnd = smallFileCreateUs(fresh('disk'));
results.commands = {
  bench: `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`,
  engine:
    'node bench/worker.mjs \'{"kind":"engine","spec":SPEC,"runsDir":DIR,"jobId":ID,"concurrency":16}\'   (loadSpec + runJob from lib/)',
  cli: 'node bin/orchestrator.js run --spec SPEC --runs-dir DIR --job-id ID --quiet --no-cache   (or --cache-dir DIR, or --resume ID)',
  peer: 'node bench/worker.mjs \'{"kind":"peer","peer":NAME,"shape":SHAPE,"n":N,"seed":20240607,"latency":{...},"concurrency":16}\'',
  tail: 'node bin/orchestrator.js tail tail-bench --runs-dir DIR --type llm. --json > /dev/null',
  coldstart:
    'INPUT_SPEC=job.yaml INPUT_CACHE=false INPUT_UPLOAD-ARTIFACT=never INPUT_SUMMARY=false INPUT_COMMENT=never node dist/index.js',
};

mkdirSync(join(BENCH_DIR, 'results'), { recursive: true });
writeFileSync(
  join(BENCH_DIR, 'results', QUICK ? 'quick.json' : onlyArg ? 'partial.json' : 'latest.json'),
  JSON.stringify(results, null, 2),
);
const report = renderReport(results, analysisText());
// Only a full run replaces docs/benchmarks.md; subsets go beside the raw figures.
const outArg = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : undefined;
const out =
  outArg ??
  (QUICK || onlyArg
    ? join(BENCH_DIR, 'results', `benchmarks-${QUICK ? 'quick' : 'partial'}.md`)
    : join(ROOT, 'docs', 'benchmarks.md'));
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, keepSections(report.markdown, existsSync(out) ? readFileSync(out, 'utf8') : ''));
log(`done in ${results.elapsedS.toFixed(0)} s: ${relative(ROOT, out)}`);
for (const g of report.goals)
  log(`  ${g.pass === undefined ? 'N/A ' : g.pass ? 'PASS' : 'MISS'}  ${g.goal}: ${g.measured}`);
if (!KEEP) {
  log(`removing ${WORK} ...`);
  rmSync(WORK, { recursive: true, force: true });
}
