/**
 * A call that times out is billed by the provider all the same: the run charges the input it sent
 * (an estimate at the input rate, marked `cost_estimated`), in the call's llm.error, the step's
 * cost and the budget's spend, instead of counting it as $0.
 */
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readEventsSync } from '../../src/events/reader.js';
import { estimatePromptTokens } from '../../src/routing/strategy.js';
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';

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
  const tokens = estimatePromptTokens(system, prompt);
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
});
