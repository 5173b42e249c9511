/**
 * A model that does not exist or was retired: each vendor's real error body becomes
 * E_MODEL_UNAVAILABLE (docs/reference.md), never retried, and a route fails over to its next provider.
 */
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { isModelUnavailable } from '../../src/providers/errors.js';
import { attemptsOf, invoke, invokeReq, loadedSpec, makePool } from '../routing/pool-fixtures.js';

let server: WireServer;
let other: WireServer;
beforeEach(async () => {
  server = await startWireServer();
  other = await startWireServer();
});
afterEach(async () => {
  await server.close();
  await other.close();
});

const openai = (s: WireServer, model = 'gpt-4o-mini') => ({
  type: 'openai' as const,
  model,
  base_url: `${s.origin}/v1`,
});
const anthropic = (s: WireServer, model = 'claude-haiku-4-5') => ({
  type: 'anthropic' as const,
  model,
  base_url: `${s.origin}/v1`,
});

test.each([
  [
    'openai 404 model_not_found',
    () => openai(server, 'gpt-9-nope'),
    PATHS.openaiChat,
    { unavailable: true as const },
    404,
    'gpt-9-nope',
  ],
  [
    'openai 410 retired',
    () => openai(server, 'gpt-4.1'),
    PATHS.openaiChat,
    { unavailable: true as const, retired: true },
    410,
    'gpt-4.1',
  ],
  [
    'anthropic 404 not_found_error',
    () => anthropic(server, 'claude-2.0'),
    PATHS.anthropic,
    { unavailable: true as const },
    404,
    'claude-2.0',
  ],
])(
  '%s: E_MODEL_UNAVAILABLE, one call, names the model and suggests doctor',
  async (_n, spec, path, script, status, model) => {
    server.enqueue(path, script);
    const { pool, events, clock } = makePool(loadedSpec({ providers: { p: spec() } }));
    const err = (await invoke(pool, invokeReq('p', { retries: 5 })).catch((e: unknown) => e)) as Error & {
      hint?: string;
    };
    expect(err).toMatchObject({ code: 'E_MODEL_UNAVAILABLE', status, retryable: false });
    expect(err.message).toContain(`model ${model}`);
    expect(err.hint).toContain('orchestrator doctor');
    expect(attemptsOf(err)).toBe(1);
    expect(server.calls(path)).toHaveLength(1);
    expect(events.ofType('step.retrying')).toHaveLength(0);
    expect(clock.sleeps).toHaveLength(0);
  },
);

test('a route fails over from the unavailable model to the next provider, with no retry of the first', async () => {
  server.setFallback(PATHS.openaiChat, { unavailable: true });
  other.enqueue(PATHS.anthropic, { ok: 'from the backup' });
  const { pool, events } = makePool(
    loadedSpec({
      providers: { gone: openai(server, 'gpt-4.1'), backup: anthropic(other) },
      routes: { r: { strategy: 'ordered', providers: ['gone', 'backup'] } },
    }),
  );
  const r = await invoke(pool, invokeReq('r', { retries: 3 }));
  expect(r.result.text).toBe('from the backup');
  expect(server.calls(PATHS.openaiChat)).toHaveLength(1);
  expect(other.calls(PATHS.anthropic)).toHaveLength(1);
  expect(events.ofType('step.retrying')).toHaveLength(0);
  expect(events.ofType('llm.error')[0]).toMatchObject({ data: { code: 'E_MODEL_UNAVAILABLE', retryable: false } });
});

test('a bare 404 (wrong path) stays E_NOT_FOUND; other 404/400 shapes of future providers are recognised', () => {
  expect(
    isModelUnavailable(
      404,
      '{"error":{"message":"Not found","type":"invalid_request_error","code":null}}',
      'Not found',
    ),
  ).toBe(false);
  expect(
    isModelUnavailable(
      404,
      '{"type":"error","error":{"type":"not_found_error","message":"batch not found"}}',
      'batch not found',
    ),
  ).toBe(false);
  // Gemini: https://ai.google.dev/gemini-api/docs/troubleshooting
  const gemini =
    '{"error":{"code":404,"message":"models/gemini-0 is not found for API version v1beta","status":"NOT_FOUND"}}';
  expect(isModelUnavailable(404, gemini, 'models/gemini-0 is not found for API version v1beta')).toBe(true);
  // Bedrock: https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html#API_runtime_Converse_Errors
  expect(isModelUnavailable(404, '{"message":"Model not found."}', 'Model not found.')).toBe(false);
  expect(
    isModelUnavailable(404, '{"__type":"ResourceNotFoundException","message":"Model not found."}', 'Model not found.'),
  ).toBe(true);
  expect(
    isModelUnavailable(
      400,
      '{"__type":"ValidationException","message":"The provided model identifier is invalid."}',
      'The provided model identifier is invalid.',
    ),
  ).toBe(true);
  expect(
    isModelUnavailable(
      400,
      '{"__type":"ValidationException","message":"temperature: must be <= 1"}',
      'temperature: must be <= 1',
    ),
  ).toBe(false);
  // Azure OpenAI: https://learn.microsoft.com/azure/ai-services/openai/reference
  const azure =
    '{"error":{"code":"DeploymentNotFound","message":"The API deployment for this resource does not exist."}}';
  expect(isModelUnavailable(404, azure, 'The API deployment for this resource does not exist.')).toBe(true);
  expect(isModelUnavailable(410, undefined, 'Gone')).toBe(true);
});
