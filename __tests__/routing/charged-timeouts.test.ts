/**
 * A call that times out is billed by the provider all the same: the run charges it in the call's
 * llm.error, the step's cost and the budget's spend, instead of counting it as $0. What it is
 * charged: the usage the provider streamed before the cut (Anthropic's message_start), else the
 * input it sent, counted with the model's tokenizer, at the input rate (`cost_estimated: true`).
 */
import { countTokens as o200k } from 'gpt-tokenizer/encoding/o200k_base';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readEventsSync } from '../../src/events/reader.js';
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { invokeReq, loadedSpec, makePool } from './pool-fixtures.js';
import { CancelledError } from '../../src/util/errors.js';
import type { Usage } from '../../src/events/types.js';

let server: WireServer;
let ws: Workspace;
beforeEach(async () => {
  server = await startWireServer();
  ws = new Workspace();
});
afterEach(async () => {
  await server.close();
  ws.cleanup();
});

test('a timed-out call is charged its input at the input rate, marked as an estimate', async () => {
  server.setFallback(PATHS.openaiChat, { hang: true });
  const system = 'You answer briefly.';
  const prompt = `Explain ${'the cache keys '.repeat(50)}`;
  const yaml = `version: 2
name: ct
budget: { usd: 10 }
defaults: { provider: p, retries: 1, timeout_s: 0.3 }
providers:
  p: { type: openai, model: gpt-4o-mini, base_url: "${server.origin}/v1", price: { input_per_mtok: 40, output_per_mtok: 80 } }
steps:
  slow: { system: ${JSON.stringify(system)}, prompt: ${JSON.stringify(prompt)}, outputs: [{ path: s.txt }] }
`;
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({
    loaded,
    runsDir: ws.path('runs'),
    env: { OPENAI_API_KEY: 'sk-charged-0123456789' },
    cache: null,
  });
  expect(result.status).toBe('failed');
  // gpt-4o-mini's own encoding is o200k_base: the count is exact.
  const tokens = o200k(system + prompt);
  const each = (tokens * 40) / 1e6;
  const errors = readEventsSync(join(result.runDir, 'events.jsonl')).events.filter((e) => e.type === 'llm.error');
  expect(errors).toHaveLength(2); // the call and its retry
  for (const e of errors) {
    expect(e.data).toMatchObject({
      code: 'E_TIMEOUT',
      cost_estimated: true,
      usage: { input_tokens: tokens, output_tokens: 0 },
    });
    expect((e.data as { cost_usd: number }).cost_usd).toBeCloseTo(each, 8);
  }
  const step = result.manifest.steps.slow!;
  expect(step.cost_usd).toBeCloseTo(2 * each, 8);
  expect(step.usage.input_tokens).toBe(2 * tokens);
  expect(result.manifest.totals.budget?.spent_usd).toBeCloseTo(2 * each, 8);
  // The provider table counts what the calls were charged too.
  expect(result.manifest.totals.providers.p!.cost_usd).toBeCloseTo(2 * each, 6);
  expect(result.manifest.totals.providers.p!.input_tokens).toBe(2 * tokens);
  expect(step.cost_estimated).toBe(true);
});

const job = (provider: string) => `version: 2
name: ct
defaults: { provider: p, retries: 0, timeout_s: 0.5 }
providers:
  p: ${provider}
steps:
  slow: { system: "You answer briefly.", prompt: "Explain the cache keys.", outputs: [{ path: s.txt }] }
`;

test('an Anthropic stream cut off after message_start is charged the usage it reported, not an estimate', async () => {
  // Input 1,200 plain + 4,000 read from the prompt cache + 800 written to it, as message_start reports them.
  server.setFallback(PATHS.anthropic, {
    stallAfter: 2,
    ok: 'The cache keys are',
    usage: { input: 1200, output: 0, cacheRead: 4000, cacheWrite: 800 },
  });
  const price = { input_per_mtok: 3, output_per_mtok: 15, cache_read_per_mtok: 0.3, cache_write_per_mtok: 3.75 };
  const loaded = await loadSpecFromString(
    job(
      `{ type: anthropic, model: claude-sonnet-4-5, base_url: "${server.origin}/v1", stream: true, price: ${JSON.stringify(price)} }`,
    ),
    ws.path('job.yaml'),
    ws.dir,
  );
  const result = await runJob({
    loaded,
    runsDir: ws.path('runs'),
    env: { ANTHROPIC_API_KEY: 'sk-ant-charged-0123456789' },
    cache: null,
  });
  expect(result.status).toBe('failed');
  // message_start's output_tokens (1) is what the stream reported of the output before the cut.
  const usd = (1200 * 3 + 4000 * 0.3 + 800 * 3.75 + 1 * 15) / 1e6;
  const [error] = readEventsSync(join(result.runDir, 'events.jsonl')).events.filter((e) => e.type === 'llm.error');
  expect(error!.data).toMatchObject({
    code: 'E_TIMEOUT',
    cost_estimated: false,
    usage: { input_tokens: 6000, cached_input_tokens: 4000, cache_write_tokens: 800, output_tokens: 1 },
  });
  expect((error!.data as { cost_usd: number }).cost_usd).toBeCloseTo(usd, 10);
  const step = result.manifest.steps.slow!;
  expect(step.cost_usd).toBeCloseTo(usd, 10);
  expect(step.usage).toMatchObject({ input_tokens: 6000, cached_input_tokens: 4000, cache_write_tokens: 800 });
  expect(step.cost_estimated).toBeUndefined();
  // The estimate would have been the prompt's few tokens at the input rate: far from what the provider bills.
  expect(step.cost_usd).toBeGreaterThan(100 * ((o200k('You answer briefly.Explain the cache keys.') * 3) / 1e6));
});

test('an OpenAI stream cut off before its usage chunk is estimated: the input sent, no output', async () => {
  server.setFallback(PATHS.openaiChat, { stallAfter: 3, ok: 'The cache keys are stable.' });
  const loaded = await loadSpecFromString(
    job(
      `{ type: openai, model: gpt-4o-mini, base_url: "${server.origin}/v1", stream: true, price: { input_per_mtok: 40, output_per_mtok: 80 } }`,
    ),
    ws.path('job.yaml'),
    ws.dir,
  );
  const result = await runJob({
    loaded,
    runsDir: ws.path('runs'),
    env: { OPENAI_API_KEY: 'sk-charged-0123456789' },
    cache: null,
  });
  expect(result.status).toBe('failed');
  const tokens = o200k('You answer briefly.Explain the cache keys.');
  const [error] = readEventsSync(join(result.runDir, 'events.jsonl')).events.filter((e) => e.type === 'llm.error');
  expect(error!.data).toMatchObject({
    code: 'E_TIMEOUT',
    cost_estimated: true,
    usage: { input_tokens: tokens, output_tokens: 0 },
  });
  expect(result.manifest.steps.slow!.cost_usd).toBeCloseTo((tokens * 40) / 1e6, 10);
  expect(result.manifest.steps.slow!.cost_estimated).toBe(true);
});

test("a call cancelled (Ctrl-C) after Anthropic's message_start is charged the streamed usage too", async () => {
  server.setFallback(PATHS.anthropic, { stallAfter: 1, ok: 'Hello there', usage: { input: 900, output: 0 } });
  const { pool, events } = makePool(
    loadedSpec({
      providers: {
        claude: {
          type: 'anthropic',
          model: 'claude-sonnet-4-5',
          base_url: `${server.origin}/v1`,
          stream: true,
          price: { input_per_mtok: 3, output_per_mtok: 15 },
        },
      },
    }),
  );
  // The cancel comes once the provider has recorded what message_start reported: no race with the stream.
  const claude = pool.get('claude');
  const complete = claude.complete.bind(claude);
  let reported!: () => void;
  const seen = new Promise<void>((ok) => (reported = ok));
  claude.complete = (req) => {
    let usage: Usage | undefined;
    Object.defineProperty(req.partialUsage!, 'usage', {
      get: () => usage,
      set: (u: Usage) => {
        usage = u;
        reported();
      },
      configurable: true,
      enumerable: true,
    });
    return complete(req);
  };
  const run = new AbortController();
  const settled = pool.invokeSettled(invokeReq('claude', { signal: run.signal, retries: 0 }));
  await seen;
  run.abort(new CancelledError());
  const r = await settled;
  expect(r.ok).toBe(false);
  const usd = (900 * 3 + 1 * 15) / 1e6;
  expect(r.charged).toEqual({ usd, usage: { input_tokens: 900, output_tokens: 1 }, estimated: false });
  expect(events.ofType('llm.error')[0]!.data).toMatchObject({
    cancelled: true,
    cost_estimated: false,
    usage: { input_tokens: 900, output_tokens: 1 },
  });
});

test('a judge call cut off after message_start is charged to the judged step', async () => {
  server.setFallback(PATHS.anthropic, { stallAfter: 0, ok: '{}', usage: { input: 700, output: 0, cacheRead: 2000 } });
  ws.write({ 'responses.yaml': 'summary: "The cat sat on the mat."\n' });
  const yaml = `version: 2
name: ct
defaults: { provider: offline, retries: 0, timeout_s: 0.5 }
providers:
  offline: { type: replay, responses: responses.yaml }
  grader: { type: anthropic, model: claude-sonnet-4-5, base_url: "${server.origin}/v1", stream: true, price: { input_per_mtok: 3, output_per_mtok: 15, cache_read_per_mtok: 0.3 } }
steps:
  summary:
    prompt: Summarise the story.
    checks: [{ type: judge, provider: grader, rubric: "Names the cat." }]
`;
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({
    loaded,
    runsDir: ws.path('runs'),
    env: { ANTHROPIC_API_KEY: 'sk-ant-charged-0123456789' },
    cache: null,
  });
  expect(result.status).toBe('failed');
  const step = result.manifest.steps.summary!;
  // The replay answer costs nothing; the judge's cut-off call is its input (cache read apart) and message_start's 1 output token.
  expect(step.cost_usd).toBeCloseTo((700 * 3 + 2000 * 0.3 + 1 * 15) / 1e6, 10);
  // Its usage: the replay answer's (as the replay provider counts it) plus the judge's 2,700 input tokens.
  const answer = readEventsSync(join(result.runDir, 'events.jsonl')).events.find((e) => e.type === 'llm.response')!;
  const answered = (answer.data as { usage: { input_tokens: number } }).usage.input_tokens;
  expect(step.usage).toMatchObject({ input_tokens: answered + 2700, cached_input_tokens: 2000 });
  expect(step.cost_estimated).toBeUndefined();
});
