#!/usr/bin/env node
/**
 * The golden false-alarm benchmark: how many drift issues a scheduled golden check would open
 * against a model that answers correctly in different words on every call, with byte compare
 * (2.1's only comparator) and with a `golden:` rule (`similar`, ROUGE-L); then how fast the same
 * rule notices when the answers turn wrong.
 *
 * The model is a loopback server speaking OpenAI chat completions
 * (https://platform.openai.com/docs/api-reference/chat/create), used through the
 * `openai-compatible` provider. Every call paraphrases one correct answer (synonyms and sentence
 * order chosen by a seeded generator: the run is deterministic). Every check is the CLI: `run
 * --no-cache`, then `golden --json`; "would open an issue" is a check with any file `drift` or
 * `unmeasured` (docs/reference.md, "Golden checks").
 *
 *   npm run bench:golden [-- --out docs/benchmarks.md] [--checks 20]
 *
 * Writes its own section of docs/benchmarks.md (`<!-- section:golden -->`).
 */
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './lib/measure.mjs';
import { putSection } from './lib/keep-sections.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const OUT = resolve(ROOT, args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/benchmarks.md');
const CHECKS = args.includes('--checks') ? Number(args[args.indexOf('--checks') + 1]) : 20;
const BIN = join(ROOT, 'bin', 'orchestrator.js');
const MIN = 0.5;
const log = (m) => process.stderr.write(`[bench:golden] ${m}\n`);

/** mulberry32: a small seeded generator, so every paraphrase is reproducible. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// One correct design, sentence by sentence; each {a|b|c} is a choice of equivalent words.
const CORRECT = [
  'The service {keeps|stores|holds} notes in memory, in a dictionary {keyed|indexed} by an integer id.',
  'POST /notes {creates|adds} a note and {returns|answers with} 201 and the new note.',
  'GET /notes {lists|returns} every note; GET /notes/{id} returns one note or 404 when it {does not exist|is unknown}.',
  'PUT /notes/{id} {replaces|updates} the title and the body and returns 200, or 404 for an {unknown|missing} id.',
  'DELETE /notes/{id} {removes|deletes} the note and returns 204, or 404 when there is no such note.',
  'A request {without|missing} a title is {rejected|refused} with 422.',
];
// The model after an update that broke it: a different (wrong) design, also varied per call.
const WRONG = [
  'Users {sign up|register} with an email address and a password, which is {hashed|salted and hashed} with bcrypt.',
  'Sessions are {kept|stored} in Redis and expire after thirty minutes of inactivity.',
  'An admin dashboard {shows|lists} the {accounts|users} and lets an operator lock one.',
  'Password resets send a {link|token} by email that is valid for one hour.',
];

function paraphrase(sentences, r) {
  const picked = sentences.map((s) =>
    s.replace(/\{([^}]+)\}/g, (whole, alts) =>
      alts.includes('|') ? alts.split('|')[Math.floor(r() * alts.split('|').length)] : whole,
    ),
  );
  // Swap two neighbouring sentences half of the time: the same content in another order.
  if (r() < 0.5) {
    const i = Math.floor(r() * (picked.length - 1));
    [picked[i], picked[i + 1]] = [picked[i + 1], picked[i]];
  }
  return picked.join(' ') + (r() < 0.5 ? '\n' : '');
}

/** The loopback model: call n answers paraphrase(seed n); `wrong` switches the design. */
async function startModel() {
  const state = { calls: 0, wrong: false };
  const server = createServer(async (req, res) => {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    const text = paraphrase(state.wrong ? WRONG : CORRECT, rng(1000 + state.calls++));
    const usage = { prompt_tokens: 40, completion_tokens: 90, total_tokens: 130 };
    const base = { id: `chatcmpl-${state.calls}`, created: 1_700_000_000, model: 'paraphraser-1' };
    if (body.stream) {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      const send = (d) => res.write(`data: ${JSON.stringify(d)}\n\n`);
      send({
        ...base,
        object: 'chat.completion.chunk',
        choices: [{ index: 0, delta: { role: 'assistant', content: text }, finish_reason: null }],
      });
      send({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] });
      send({ ...base, object: 'chat.completion.chunk', choices: [], usage });
      res.end('data: [DONE]\n\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        ...base,
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        usage,
      }),
    );
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    state,
    origin: `http://127.0.0.1:${server.address().port}`,
    stop: () => new Promise((r) => server.close(r)),
  };
}

function spec(origin, rules) {
  return `version: 2
name: golden-bench
providers:
  model: { type: openai-compatible, base_url: "${origin}/v1", model: paraphraser-1, api_key_env: BENCH_KEY }
defaults: { provider: model, retries: 0 }
${rules ? `golden:\n  dir: golden\n  files:\n    - { path: "design.md", compare: similar, metric: rouge-l, min: ${MIN} }\n` : ''}steps:
  design:
    prompt: Design a minimal in-memory notes API with FastAPI.
    outputs: [{ path: design.md }]
`;
}

async function cli(dir, argv) {
  try {
    const { stdout } = await run(process.execPath, [BIN, ...argv], {
      cwd: dir,
      env: { ...process.env, BENCH_KEY: 'bench-key', NO_COLOR: '1' },
    });
    return { code: 0, stdout };
  } catch (e) {
    return { code: e.code ?? 1, stdout: e.stdout ?? '' };
  }
}

/** One scheduled check: a fresh run, then both golden comparisons of it. */
async function check(dir, id) {
  const r = await cli(dir, [
    'run',
    '--spec',
    'rules.yaml',
    '--runs-dir',
    'runs',
    '--no-cache',
    '--quiet',
    '--job-id',
    id,
  ]);
  if (r.code !== 0) throw new Error(`run ${id} failed (exit ${r.code})`);
  const verdicts = async (file) => {
    const g = await cli(dir, [
      'golden',
      '--spec',
      file,
      '--golden',
      'golden',
      '--runs-dir',
      'runs',
      '--job-id',
      id,
      '--json',
    ]);
    const parsed = JSON.parse(g.stdout);
    const f = parsed.files.find((x) => x.path === 'design.md');
    return {
      alarm: parsed.files.some((x) => x.verdict === 'drift' || x.verdict === 'unmeasured'),
      verdict: f?.verdict,
      score: f?.score,
    };
  };
  return { byte: await verdicts('byte.yaml'), rules: await verdicts('rules.yaml') };
}

const work = mkdtempSync(join(tmpdir(), 'bench-golden-'));
const model = await startModel();
try {
  writeFileSync(join(work, 'byte.yaml'), spec(model.origin, false));
  writeFileSync(join(work, 'rules.yaml'), spec(model.origin, true));
  mkdirSync(join(work, 'golden'), { recursive: true });
  // The golden file: one correct answer, as `golden --update` would have written it.
  writeFileSync(join(work, 'golden', 'design.md'), paraphrase(CORRECT, rng(1)));
  const correct = [];
  for (let i = 1; i <= CHECKS; i++) {
    correct.push(await check(work, `ok-${i}`));
    log(
      `correct check ${i}: byte ${correct.at(-1).byte.verdict}, rules ${correct.at(-1).rules.verdict} (${correct.at(-1).rules.score})`,
    );
  }
  model.state.wrong = true;
  const wrong = [];
  for (let i = 1; i <= CHECKS; i++) {
    wrong.push(await check(work, `bad-${i}`));
    log(
      `wrong check ${i}: byte ${wrong.at(-1).byte.verdict}, rules ${wrong.at(-1).rules.verdict} (${wrong.at(-1).rules.score})`,
    );
  }
  const count = (xs, k) => xs.filter((x) => x[k].alarm).length;
  const first = (xs, k) => {
    const i = xs.findIndex((x) => x[k].alarm);
    return i < 0 ? 'never' : `check ${i + 1}`;
  };
  const scores = (xs) => xs.map((x) => x.rules.score).filter((s) => typeof s === 'number');
  const range = (s) => (s.length ? `${Math.min(...s).toFixed(2)}–${Math.max(...s).toFixed(2)}` : 'n/a');
  const body = [
    '## Golden checks: false alarms against a paraphrasing model',
    '',
    `\`npm run bench:golden\` (bench/golden-alarms.mjs): ${CHECKS} scheduled checks (CLI \`run --no-cache\`, then`,
    '`golden --json`) against a loopback OpenAI-compatible model that answers every call with a seeded',
    'paraphrase of one correct design (synonyms, sentence order, final newline); then the model turns',
    `wrong (a different design) for ${CHECKS} more checks. "Issue" = a check with a \`drift\` or \`unmeasured\``,
    `file, which is when the golden action opens or updates the drift issue. The rule: \`similar\`, ROUGE-L, \`min: ${MIN}\`.`,
    '',
    '| | byte compare (2.1, no rule) | `golden:` rule | goal |',
    '|---|---|---|---|',
    `| checks that would open an issue, model correct (of ${CHECKS}) | ${count(correct, 'byte')} | ${count(correct, 'rules')} | ${CHECKS} vs 0 |`,
    `| first check that opens an issue after the model turns wrong | ${first(wrong, 'byte')} | ${first(wrong, 'rules')} | check 1 or 2 |`,
    `| checks that would open an issue, model wrong (of ${CHECKS}) | ${count(wrong, 'byte')} | ${count(wrong, 'rules')} | ${CHECKS} |`,
    `| ROUGE-L of the correct answers / the wrong ones | | ${range(scores(correct))} / ${range(scores(wrong))} | |`,
    '',
    'Byte compare cannot tell a new wording from a wrong answer, so it alarms on every check and the',
    'issue stops meaning anything. A lexical rule is enough when a wrong answer is a different text; a',
    'wrong fact inside the same wording (a 200 where 201 is right) scores close to the golden file',
    'and needs a `judge` rule (docs/golden-workflow.md, "Choosing a comparator").',
  ].join('\n');
  process.stdout.write(`${body}\n`);
  let doc = '';
  try {
    doc = readFileSync(OUT, 'utf8');
  } catch {
    doc = '# Benchmarks\n';
  }
  writeFileSync(OUT, putSection(doc, 'golden', body));
  log(`wrote the golden section of ${OUT}`);
} finally {
  await model.stop();
  rmSync(work, { recursive: true, force: true });
}
