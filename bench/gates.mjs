#!/usr/bin/env node
/**
 * `npm run bench:gates` (after `npm run build`): how well a pass-rate gate decides, and what it
 * costs in samples (docs/reference.md, "Samples and gates").
 *
 * A loopback OpenAI-compatible server answers "PASS" with a known probability p and "FAIL"
 * otherwise, from a PRNG seeded per job (mulberry32), so every run of the bench draws the same
 * answers. A one-step job checks `contains: PASS` with a gate at min_pass_rate 0.8. For each design
 * and each p, 200 jobs run through the real engine (runJob from lib/, no cache, in this process):
 * - p = 0.6: a pass is a wrong verdict; p = 0.95: a failure is a wrong verdict;
 * - the mean samples drawn, against the fixed-N design of equal error: the smallest n for which
 *   "draw n, pass when passed/n >= 0.8" has both error rates (computed exactly from the binomial
 *   distribution) at or below the gate's worst measured error rate.
 * Goal: <= 5 % wrong verdicts with >= 30 % fewer samples than that fixed n.
 * Writes the section `gates` of docs/benchmarks.md in place.
 *
 *   node bench/gates.mjs [--jobs N] [--out FILE]
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { machineInfo } from './lib/machine.mjs';
import { ROOT } from './lib/measure.mjs';
import { mulberry32 } from './lib/prng.mjs';
import { putSection } from './lib/keep-sections.mjs';

const { runJob } = await import(join(ROOT, 'lib', 'engine', 'run.js'));
const { loadSpec } = await import(join(ROOT, 'lib', 'jobspec', 'load.js'));

const args = process.argv.slice(2);
const JOBS = args.includes('--jobs') ? Number(args[args.indexOf('--jobs') + 1]) : 200;
const OUT = args.includes('--out') ? resolve(args[args.indexOf('--out') + 1]) : join(ROOT, 'docs', 'benchmarks.md');
const R = 0.8;
const AT_ONCE = 8;
const DESIGNS = [
  { name: 'samples 10, confidence 0.95, max_samples 40', samples: 10, confidence: 0.95, max: 40 },
  { name: 'samples 5, confidence 0.95, max_samples 40', samples: 5, confidence: 0.95, max: 40 },
  { name: 'samples 5, confidence 0.90, max_samples 40', samples: 5, confidence: 0.9, max: 40 },
];
const log = (m) => process.stderr.write(`[bench:gates] ${m}\n`);

/** The stochastic provider: each job (named in the prompt) has its own seeded stream of answers. */
async function startStochasticServer() {
  const streams = new Map();
  let calls = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls++;
      const { messages, model } = JSON.parse(body);
      const prompt = String(messages.at(-1).content);
      const m = /job (\d+) p=([0-9.]+) seed=(\d+)/.exec(prompt);
      const key = m[0];
      let rand = streams.get(key);
      if (!rand) streams.set(key, (rand = mulberry32(Number(m[3]) * 100_003 + Number(m[1]))));
      const content = rand() < Number(m[2]) ? 'PASS' : 'FAIL';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          id: `chatcmpl-${calls}`,
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model,
          choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 8, completion_tokens: 1, total_tokens: 9 },
        }),
      );
    });
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((ok) => server.close(ok)),
    calls: () => calls,
    // Each design starts every job's stream afresh: all designs are judged on the same answers.
    reset: () => streams.clear(),
  };
}

function spec(origin, d) {
  return `version: 2
name: gatebench
inputs: { job: "0", p: "0.5", seed: "1" }
defaults: { provider: api, concurrency: 4, retries: 0 }
providers:
  api: { type: openai-compatible, model: stochastic, base_url: "${origin}/v1" }
steps:
  answer:
    prompt: "job {{ inputs.job }} p={{ inputs.p }} seed={{ inputs.seed }}"
    samples: ${d.samples}
    gate: { min_pass_rate: ${R}, confidence: ${d.confidence}, max_samples: ${d.max} }
    checks: [{ type: contains, value: PASS }]
`;
}

async function runDesign(origin, dir, d, p, seed) {
  const file = join(dir, `job-${d.samples}-${d.confidence}.yaml`);
  writeFileSync(file, spec(origin, d));
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < JOBS) {
      const i = next++;
      const base = await loadSpec(file);
      const loaded = { ...base, spec: { ...base.spec, inputs: { job: String(i), p: String(p), seed: String(seed) } } };
      const r = await runJob({
        loaded,
        runsDir: join(dir, 'runs'),
        jobId: `j-${seed}-${d.samples}-${p}-${i}`,
        cache: null,
        env: {},
      });
      const st = r.manifest.steps.answer;
      results.push({ ok: st.status === 'succeeded', samples: st.samples });
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  const wrong = results.filter((r) => (p < R ? r.ok : !r.ok)).length;
  const drawn = results.reduce((n, r) => n + r.samples.drawn, 0);
  const verdicts = {};
  for (const r of results) verdicts[r.samples.verdict] = (verdicts[r.samples.verdict] ?? 0) + 1;
  return {
    p,
    wrong,
    share: wrong / JOBS,
    meanDrawn: drawn / JOBS,
    maxDrawn: Math.max(...results.map((r) => r.samples.drawn)),
    verdicts,
  };
}

/** P(X >= k) for X ~ Binomial(n, p), summed in log space (exact to double precision for these n). */
function tailAtLeast(n, k, p) {
  let lc = 0;
  let sum = 0;
  for (let i = 0; i <= n; i++) {
    if (i > 0) lc += Math.log(n - i + 1) - Math.log(i);
    if (i >= k) sum += Math.exp(lc + i * Math.log(p) + (n - i) * Math.log1p(-p));
  }
  return Math.min(1, sum);
}

/** Error rates of "draw n, pass when passed/n >= R" at p = 0.6 (a pass) and p = 0.95 (a failure). */
function fixedErrors(n) {
  const k = Math.ceil(R * n - 1e-9);
  return { low: tailAtLeast(n, k, 0.6), high: 1 - tailAtLeast(n, k, 0.95) };
}

function fixedNFor(target) {
  for (let n = 1; n <= 1000; n++) {
    const e = fixedErrors(n);
    if (Math.max(e.low, e.high) <= target) return { n, ...e };
  }
  return undefined;
}

const load0 = loadavg()[0];
const started = Date.now();
const server = await startStochasticServer();
const dir = mkdtempSync(join(tmpdir(), 'orch-gates-'));
const rows = [];
try {
  for (const d of DESIGNS) {
    log(`${d.name}: ${JOBS} jobs at p = 0.6 and at p = 0.95 ...`);
    server.reset();
    const low = await runDesign(server.origin, dir, d, 0.6, 1);
    const high = await runDesign(server.origin, dir, d, 0.95, 2);
    const worst = Math.max(low.share, high.share);
    // With no wrong verdict at all, equal error is taken as half a job in JOBS (the resolution of the measurement).
    const target = worst > 0 ? worst : 0.5 / JOBS;
    const fixed = fixedNFor(target);
    const mean = (low.meanDrawn + high.meanDrawn) / 2;
    rows.push({ d, low, high, worst, target, fixed, mean, saving: fixed ? 1 - mean / fixed.n : undefined });
    rmSync(join(dir, 'runs'), { recursive: true, force: true });
  }
} finally {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
const load1 = loadavg()[0];

const m = machineInfo();
const pct = (x) => `${(x * 100).toFixed(1)} %`;
const verdictText = (v) =>
  Object.entries(v)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
const goalMet = (r) => r.worst <= 0.05 && r.saving !== undefined && r.saving >= 0.3;
const body = `## Pass-rate gates (issue 24)

Generated by \`npm run bench:gates\` (\`node bench/gates.mjs\` after \`npm run build\`) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand. ${JOBS} jobs per design and per p, ${server.calls()} provider calls in ${((Date.now() - started) / 1000).toFixed(0)} s. Each job is one step with \`checks: [{ type: contains, value: PASS }]\` and \`gate: { min_pass_rate: ${R}, ... }\`, run by the real engine (runJob from lib/, no cache) against a loopback OpenAI-compatible server that answers PASS with probability p from a PRNG seeded per job (mulberry32): the same answers on every run of the bench, and each design sees the same sequence of answers for the same job.

Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB.toFixed(1)} GiB, ${m.os}, Node ${m.node}; load average (1 min) ${load0.toFixed(2)} at the start, ${load1.toFixed(2)} at the end (shared machine).

Goal: <= 5 % wrong verdicts (a pass at p = 0.6, a failure at p = 0.95) with >= 30 % fewer samples than a fixed-N design of equal error.

| gate design | wrong at p = 0.6 | wrong at p = 0.95 | mean samples (0.6 / 0.95 / both) | most drawn | fixed n of equal error | its errors (0.6 / 0.95) | fewer samples | goal |
|---|---:|---:|---:|---:|---:|---:|---:|---|
${rows
  .map(
    (r) =>
      `| ${r.d.name} | ${r.low.wrong} (${pct(r.low.share)}) | ${r.high.wrong} (${pct(r.high.share)}) | ${r.low.meanDrawn.toFixed(1)} / ${r.high.meanDrawn.toFixed(1)} / ${r.mean.toFixed(1)} | ${Math.max(r.low.maxDrawn, r.high.maxDrawn)} | ${r.fixed ? r.fixed.n : '> 1000'} | ${r.fixed ? `${pct(r.fixed.low)} / ${pct(r.fixed.high)}` : '-'} | ${r.saving === undefined ? '-' : pct(r.saving)} | ${goalMet(r) ? 'PASS' : '**MISS**'} |`,
  )
  .join('\n')}

Verdicts: ${rows.map((r) => `${r.d.name}: p = 0.6: ${verdictText(r.low.verdicts)}; p = 0.95: ${verdictText(r.high.verdicts)}`).join('. ')}.

How to read it: the gate draws \`samples\` at once, then one more at a time while the Wilson interval at \`confidence\` contains 0.8, up to \`max_samples\`; an inconclusive verdict passes when the point estimate is >= 0.8. "Fixed n of equal error" is the smallest n for which drawing exactly n samples and passing when passed/n >= 0.8 has both error rates, computed exactly from the binomial distribution, at or below the gate's worst measured error rate (${rows.map((r) => pct(r.target)).join(' and ')}; with no wrong verdict at all, half a job in ${JOBS} stands for it). ${JOBS} jobs measure an error rate to about ±${pct(Math.sqrt((0.05 * 0.95) / JOBS))} (one standard error at 5 %), so the fixed n, and the saving, move with that noise.
`;
const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '# Benchmarks\n';
writeFileSync(OUT, putSection(old, 'gates', body));
log(`wrote the gates section of ${OUT}`);
for (const r of rows)
  log(
    `${r.d.name}: wrong ${pct(r.low.share)} / ${pct(r.high.share)}, mean ${r.mean.toFixed(1)} samples, fixed n ${r.fixed?.n}, saving ${r.saving === undefined ? '-' : pct(r.saving)}`,
  );
