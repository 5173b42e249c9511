#!/usr/bin/env node
/**
 * The cost benchmark: what a team pays, measured against loopback servers that account like the
 * real APIs (__tests__/helpers/prompt-cache-servers.ts, __tests__/helpers/batch-servers.ts).
 * examples/pr-review reviews a pull request of 12 changed files on `anthropic`
 * (claude-sonnet-4-5 at the price registry's rates):
 *
 * 1. prompt caching on against off (goal: <= 0.5x);
 * 2. batch mode against direct calls (goal: 0.5x), and a batch run killed with SIGKILL after its
 *    submission, then resumed: calls submitted twice (goal: 0);
 * 3. one budget over a 3-shard matrix: what the legs spend together against the budget (goal:
 *    overshoot 0), beside 2.1's way (every leg with the whole budget).
 *
 *   npm run bench:cost [-- --out docs/benchmarks.md]
 *
 * Writes its own section of docs/benchmarks.md (`<!-- section:cost -->`).
 */
import { spawn, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/measure.mjs';
import { machineInfo } from './lib/machine.mjs';
import { putSection } from './lib/keep-sections.mjs';
import { startCachingServer } from '../__tests__/helpers/prompt-cache-servers.ts';
import { startBatchServer } from '../__tests__/helpers/batch-servers.ts';

const args = process.argv.slice(2);
const OUT = resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/benchmarks.md');
const FILES = 12;
const OUTPUT_TOKENS = 120;
const BIN = join(ROOT, 'bin', 'orchestrator.js');
const log = (m) => process.stderr.write(`[bench:cost] ${m}\n`);
const work = mkdtempSync(join(tmpdir(), 'bench-cost-'));

/** A repository whose last commit changes 12 source files, with examples/pr-review beside them. */
function makeRepo(dir) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  const git = (...a) => execFileSync('git', ['-C', dir, ...a], { encoding: 'utf8' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.invalid');
  git('config', 'user.name', 'bench');
  const body = (i, v) =>
    Array.from(
      { length: 120 },
      (_, k) => `export function f${i}_${k}(x) { return x * ${k + v} + ${i}; } // line ${k} of module ${i}`,
    ).join('\n') + '\n';
  for (let i = 1; i <= FILES; i++) writeFileSync(join(dir, 'src', `m${i}.js`), body(i, 0));
  git('add', '.');
  git('commit', '-qm', 'base');
  for (let i = 1; i <= FILES; i++) writeFileSync(join(dir, 'src', `m${i}.js`), body(i, i % 3 === 0 ? 1 : 2));
  git('add', '.');
  git('commit', '-qm', 'head');
  cpSync(join(ROOT, 'examples', 'pr-review'), join(dir, 'review'), { recursive: true });
  rmSync(join(dir, 'review', 'fixtures'), { recursive: true, force: true });
}

/** The example on the loopback server: `claude` as the provider, with `extra` provider fields. */
function writeSpec(dir, origin, extra) {
  const file = join(dir, 'review', 'job.yaml');
  let spec = readFileSync(join(ROOT, 'examples', 'pr-review', 'job.yaml'), 'utf8');
  spec = spec.replace(/provider: offline\b/, 'provider: claude');
  spec = spec.replace(
    /claude: \{ type: anthropic, model: claude-sonnet-4-5, options: \{ temperature: 0, max_tokens: 4096 \} \}/,
    `claude: { type: anthropic, model: claude-sonnet-4-5, base_url: "${origin}/v1", options: { temperature: 0, max_tokens: 4096 }${extra} }`,
  );
  if (!spec.includes(origin)) throw new Error('could not point the example at the loopback server');
  writeFileSync(file, spec);
  return file;
}

/** What each reviewer answers: valid for its checks and schemas. */
function answer(body) {
  const sys = JSON.stringify(body.system ?? '');
  const text = JSON.stringify(body.messages ?? body.params?.messages ?? '');
  if (sys.includes('one file')) {
    const file = /The file to review: `([^`]+)`/.exec(text)?.[1] ?? 'src/m1.js';
    return JSON.stringify({ file, summary: 'The constants changed; behaviour otherwise the same.', findings: [] });
  }
  for (const r of ['correctness', 'security', 'tests']) {
    const who = { correctness: 'meticulous', security: 'application security', tests: 'test engineer' }[r];
    if (sys.includes(who))
      return `\`\`\`json\n${JSON.stringify({ reviewer: r, summary: `No ${r} problem found.`, findings: [] })}\n\`\`\``;
  }
  return '## Review\n\nNo blockers: the change updates constants in 12 modules consistently.';
}

function cli(argv, cwd, env, { killOn } = {}) {
  return new Promise((res) => {
    const child = spawn(process.execPath, [BIN, ...argv], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    let timer;
    if (killOn) {
      timer = setInterval(() => {
        if (existsSync(killOn.file) && readFileSync(killOn.file, 'utf8').includes(killOn.text)) {
          clearInterval(timer);
          child.kill('SIGKILL');
        }
      }, 20);
    }
    child.on('close', (code, signal) => {
      clearInterval(timer);
      res({ code, signal, out, err });
    });
  });
}

const ENV = { ANTHROPIC_API_KEY: 'sk-ant-bench-0123456789abcdef', ORCHESTRATOR_BATCH_POLL_MS: '20' };
const RUN = (id) => [
  'run',
  '--spec',
  'review/job.yaml',
  '--input',
  'base=HEAD~1',
  '--input',
  'head=HEAD',
  '--job-id',
  id,
  '--no-cache',
  '-q',
];
const manifest = (dir, id) => JSON.parse(readFileSync(join(dir, 'runs', id, 'manifest.json'), 'utf8'));

async function caching() {
  const results = {};
  for (const [label, extra] of [
    ['off', ', prompt_cache: false'],
    ['on', ''],
  ]) {
    const dir = join(work, `cache-${label}`);
    makeRepo(dir);
    const server = await startCachingServer({ answer, outputTokens: OUTPUT_TOKENS });
    writeSpec(dir, server.origin, extra);
    const r = await cli(RUN('r'), dir, ENV);
    await server.close();
    if (r.code !== 0) throw new Error(`caching ${label}: exit ${r.code}\n${r.err}`);
    const m = manifest(dir, 'r');
    results[label] = {
      cost: m.totals.cost_usd,
      input: m.totals.input_tokens,
      cached: m.totals.cached_input_tokens ?? 0,
      written: m.totals.cache_write_tokens ?? 0,
      calls: m.totals.llm_calls,
    };
    log(`prompt cache ${label}: $${m.totals.cost_usd.toFixed(4)} for ${m.totals.llm_calls} calls`);
  }
  return results;
}

async function batch() {
  const out = {};
  // Direct: the same servers' accounting without caching, so the ratio is batch pricing alone.
  const direct = join(work, 'direct');
  makeRepo(direct);
  const s1 = await startCachingServer({ answer, outputTokens: OUTPUT_TOKENS });
  writeSpec(direct, s1.origin, ', prompt_cache: false');
  const d = await cli(RUN('r'), direct, ENV);
  await s1.close();
  if (d.code !== 0) throw new Error(`direct: ${d.err}`);
  out.direct = manifest(direct, 'r').totals.cost_usd;

  const dir = join(work, 'batch');
  makeRepo(dir);
  const server = await startBatchServer({ answer: (_id, body) => answer(body), outputTokens: OUTPUT_TOKENS });
  writeSpec(dir, server.origin, ', prompt_cache: false, batch: true');
  server.hold = true;
  const killed = await cli(RUN('b'), dir, ENV, {
    killOn: { file: join(dir, 'runs', 'b', 'events.jsonl'), text: '"batch.submitted"' },
  });
  out.killedBy = killed.signal;
  server.hold = false;
  const resumed = await cli(
    [
      'run',
      '--spec',
      'review/job.yaml',
      '--input',
      'base=HEAD~1',
      '--input',
      'head=HEAD',
      '--resume',
      'b',
      '--no-cache',
      '-q',
    ],
    dir,
    ENV,
  );
  await server.close();
  if (resumed.code !== 0) throw new Error(`batch resume: exit ${resumed.code}\n${resumed.err}`);
  out.batch = manifest(dir, 'b').totals.cost_usd;
  out.batches = server.batches.length;
  out.calls = server.submissions.size;
  out.twice = [...server.submissions.values()].filter((n) => n > 1).length;
  log(
    `batch: $${out.batch.toFixed(4)} against direct $${out.direct.toFixed(4)}; ${out.twice} of ${out.calls} calls submitted twice`,
  );
  return out;
}

async function matrix(fullCost) {
  const out = {};
  const dir = join(work, 'matrix');
  makeRepo(dir);
  const server = await startCachingServer({ answer, outputTokens: OUTPUT_TOKENS });
  writeSpec(dir, server.origin, ', prompt_cache: false');
  const inputs = ['--input', 'base=HEAD~1', '--input', 'head=HEAD'];
  // Half of what the whole job costs (measured above): the legs cannot all finish.
  const budget = Math.round(fullCost * 0.5 * 1e6) / 1e6;
  const plan = JSON.parse(
    (
      await cli(
        [
          'plan',
          '--spec',
          'review/job.yaml',
          ...inputs,
          '--shards',
          '3',
          '--format',
          'matrix',
          '--budget-usd',
          String(budget),
        ],
        dir,
        ENV,
      )
    ).out,
  );
  let shared = 0;
  let whole = 0;
  for (const [i, e] of plan.include.entries()) {
    await cli(
      [
        'run',
        '--spec',
        'review/job.yaml',
        ...inputs,
        '--shard',
        e.shard,
        '--budget-usd',
        String(budget),
        '--job-id',
        `leg-${i}`,
        '--cache-dir',
        `c-${i}`,
        '-q',
      ],
      dir,
      ENV,
    );
    shared += manifest(dir, `leg-${i}`).totals.cost_usd;
    // 2.1: each leg ran its steps with the whole budget.
    await cli(
      [
        'run',
        '--spec',
        'review/job.yaml',
        ...inputs,
        '--only',
        e.steps,
        '--budget-usd',
        String(budget),
        '--job-id',
        `old-${i}`,
        '--cache-dir',
        `o-${i}`,
        '-q',
      ],
      dir,
      ENV,
    );
    whole += manifest(dir, `old-${i}`).totals.cost_usd;
  }
  await server.close();
  Object.assign(out, {
    budget,
    full: fullCost,
    legs: plan.include.length,
    shares: plan.include.map((e) => e.budget_usd),
    shared,
    whole,
  });
  log(
    `matrix: budget $${budget}; legs with shares spent $${shared.toFixed(4)}, with the whole budget each $${whole.toFixed(4)}`,
  );
  return out;
}

const c = await caching();
const b = await batch();
const mx = await matrix(c.off.cost);
rmSync(work, { recursive: true, force: true });

const m = machineInfo();
const usd = (x) => `$${x.toFixed(4)}`;
const ratio = (a, z) => (z > 0 ? (a / z).toFixed(3) : 'n/a');
const overshoot = (spent) => Math.max(0, spent - mx.budget);
const body = `## Cost (\`npm run bench:cost\`)

examples/pr-review on a pull request of ${FILES} changed files, \`anthropic\` claude-sonnet-4-5 at the
price registry's rates (input 3, output 15, cache read 0.30, cache write 3.75 USD per MTok), against
loopback servers that account like the real APIs: prompt caching by Anthropic's rules (breakpoints,
1,024-token minimum, disjoint usage fields) and the two batch APIs. Every answer is ${OUTPUT_TOKENS} output
tokens. Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}. Command: \`npm run bench:cost\`.

| what | figure | goal |
|---|---|---|
| prompt caching off | ${usd(c.off.cost)} for ${c.off.calls} calls, ${c.off.input.toLocaleString('en-US')} input tokens | |
| prompt caching on | ${usd(c.on.cost)}: ${c.on.cached.toLocaleString('en-US')} tokens read from cache, ${c.on.written.toLocaleString('en-US')} written | |
| caching on / off | **${ratio(c.on.cost, c.off.cost)}x** | <= 0.5x |
| batch / direct | **${ratio(b.batch, b.direct)}x** (${usd(b.batch)} against ${usd(b.direct)}, ${b.batches} batches) | 0.5x |
| calls submitted twice across a SIGKILL during the batch and \`--resume\` | **${b.twice}** of ${b.calls} (killed by ${b.killedBy ?? 'nothing: the run had ended'}) | 0 |
| matrix of ${mx.legs} legs, budget ${usd(mx.budget)} (half of what the job costs, ${usd(mx.full)}): legs with their shares (${mx.shares.map(usd).join(', ')}) | spent ${usd(mx.shared)}, overshoot **${usd(overshoot(mx.shared))}** | 0 |
| the same legs each with the whole budget (2.1) | spent ${usd(mx.whole)}, overshoot ${usd(overshoot(mx.whole))} | |

The per-file reviews share one prefix (the system prompt and the whole diff as their context
block), so from the second instance on most of each prompt is a cache read at 0.1x; the first one
pays the write at 1.25x.
`;
const old = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '# Benchmarks\n';
writeFileSync(OUT, putSection(old, 'cost', body));
log(`wrote ${OUT}`);
process.stdout.write(body);
