/** Every HTTP provider type against a loopback server speaking its wire protocol, streaming and not. */
import { createServer } from 'node:net';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { createHttpProvider } from '../../src/providers/http.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';
import { ProviderError } from '../../src/util/errors.js';

let server: WireServer;
beforeAll(async () => {
  server = await startWireServer();
});
afterAll(async () => {
  await server.close();
});

const env = { OPENAI_API_KEY: 'sk-openai-123', ANTHROPIC_API_KEY: 'sk-ant-456', GATEWAY_KEY: 'gw-789' };

function provider(
  spec: Partial<HttpProviderSpec> & Pick<HttpProviderSpec, 'type'>,
  e: Record<string, string | undefined> = env,
) {
  const base_url = spec.type === 'ollama' ? server.origin : `${server.origin}/v1`;
  return createHttpProvider('p1', { model: 'model-a', base_url, ...spec } as HttpProviderSpec, {
    baseDir: '.',
    env: e,
  });
}

function call(p: ReturnType<typeof provider>, signal = new AbortController().signal) {
  return p.complete({ stepId: 'step', system: 'You are terse.', prompt: 'Say hello', signal, attempt: 1 });
}

const cases = [
  { label: 'openai chat', spec: { type: 'openai' as const }, path: PATHS.openaiChat },
  {
    label: 'openai responses',
    spec: { type: 'openai' as const, api: 'responses' as const },
    path: PATHS.openaiResponses,
  },
  { label: 'anthropic', spec: { type: 'anthropic' as const }, path: PATHS.anthropic },
  { label: 'ollama', spec: { type: 'ollama' as const }, path: PATHS.ollama },
  { label: 'openai-compatible', spec: { type: 'openai-compatible' as const }, path: PATHS.openaiChat },
];

describe.each(cases)('$label', ({ spec, path }) => {
  test.each([false, true])('answers with text, usage and finish reason (stream: %s)', async (stream) => {
    server.enqueue(path, {
      ok: 'Hello there, friend!',
      usage: { input: 21, output: 5 },
      finish: 'stop',
      model: 'model-a-2025',
    });
    const before = server.calls(path).length;
    const r = await call(provider({ ...spec, stream, options: { temperature: 0.3, max_tokens: 64, top_p: 0.9 } }));
    // ollama-ai-provider-v2 does not pass the server's model name through on non-streaming calls
    const model = spec.type === 'ollama' && !stream ? expect.stringMatching(/^model-a/) : 'model-a-2025';
    expect(r).toEqual({
      text: 'Hello there, friend!',
      usage: { input_tokens: 21, output_tokens: 5 },
      finishReason: 'stop',
      model,
    });
    const sent = server.calls(path)[before]!;
    expect(sent.body.model).toBe('model-a');
    expect(JSON.stringify(sent.body)).toContain('Say hello');
    expect(JSON.stringify(sent.body)).toContain('You are terse.');
    if (stream) expect(sent.body.stream).toBe(true);
    else expect(sent.body.stream === undefined || sent.body.stream === false).toBe(true);
    // the options reach the server in the protocol's own words
    const body = spec.type === 'ollama' ? (sent.body.options as Record<string, unknown>) : sent.body;
    expect(body.temperature).toBe(0.3);
    expect(body.top_p).toBe(0.9);
    const maxKey = {
      openai: spec.api === 'responses' ? 'max_output_tokens' : 'max_tokens',
      anthropic: 'max_tokens',
      ollama: 'num_predict',
      'openai-compatible': 'max_tokens',
    }[spec.type];
    expect(body[maxKey]).toBe(64);
  });

  test('reports a truncated answer as finish reason length', async () => {
    server.enqueue(path, { ok: 'Hel', finish: 'length' });
    const r = await call(provider(spec));
    expect(r.finishReason).toBe('length');
  });
});

test('each type sends its key the way its API expects, and only when it has one', async () => {
  const before = server.requests.length;
  await call(provider({ type: 'openai' }));
  await call(provider({ type: 'anthropic' }));
  await call(provider({ type: 'openai-compatible' }));
  await call(provider({ type: 'openai-compatible', api_key_env: 'GATEWAY_KEY' }));
  await call(provider({ type: 'ollama' }));
  const [openai, anthropic, compatNoKey, compatKey, ollama] = server.requests.slice(before);
  expect(openai!.headers.authorization).toBe('Bearer sk-openai-123');
  expect(anthropic!.headers['x-api-key']).toBe('sk-ant-456');
  expect(compatNoKey!.headers.authorization).toBeUndefined();
  expect(compatKey!.headers.authorization).toBe('Bearer gw-789');
  expect(ollama!.headers.authorization).toBeUndefined();
});

test('seed and stop reach the server', async () => {
  const before = server.calls(PATHS.openaiChat).length;
  await call(provider({ type: 'openai', options: { seed: 7, stop: ['END'] } }));
  const body = server.calls(PATHS.openaiChat)[before]!.body;
  expect(body.seed).toBe(7);
  expect(body.stop).toEqual(['END']);
});

describe('setup errors', () => {
  test('a missing key fails preflight with what to set', async () => {
    const p = createHttpProvider('fast', { type: 'openai', model: 'gpt-4o-mini' }, { baseDir: '.', env: {} });
    await expect(p.preflight!()).rejects.toMatchObject({
      code: 'E_API_KEY_MISSING',
      message: 'provider fast: OPENAI_API_KEY is not set',
      hint: 'export OPENAI_API_KEY=... or set api_key_env',
      exitCode: 2,
    });
  });

  test('a custom api_key_env is named in the error', async () => {
    const p = createHttpProvider(
      'smart',
      { type: 'anthropic', model: 'claude-sonnet-4-5', api_key_env: 'MY_CLAUDE_KEY' },
      { baseDir: '.', env: { ANTHROPIC_API_KEY: 'x' } },
    );
    await expect(p.preflight!()).rejects.toThrow('provider smart: MY_CLAUDE_KEY is not set');
  });

  test('ollama and openai-compatible need no key', async () => {
    await expect(
      createHttpProvider('l', { type: 'ollama', model: 'llama3.1' }, { baseDir: '.', env: {} }).preflight!(),
    ).resolves.toBeUndefined();
    await expect(
      createHttpProvider(
        'm',
        { type: 'openai-compatible', model: 'q', base_url: 'http://127.0.0.1:8080/v1' },
        { baseDir: '.', env: {} },
      ).preflight!(),
    ).resolves.toBeUndefined();
  });

  test('openai-compatible without base_url says to set it', async () => {
    const p = createHttpProvider('mlx', { type: 'openai-compatible', model: 'q' }, { baseDir: '.', env: {} });
    await expect(p.preflight!()).rejects.toMatchObject({
      code: 'E_PROVIDER_CONFIG',
      message: 'provider mlx: type openai-compatible needs base_url',
    });
  });

  test('an unreachable local server says what to start', async () => {
    const port = await closedPort();
    const p = createHttpProvider(
      'local',
      { type: 'ollama', model: 'llama3.1', base_url: `http://127.0.0.1:${port}` },
      { baseDir: '.', env: {} },
    );
    const err = await call(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({
      code: 'E_CONNECTION',
      retryable: true,
      message: `provider local: cannot reach http://127.0.0.1:${port} (connection refused)`,
    });
    expect((err as ProviderError).hint).toContain('ollama serve');
  });
});

describe("errors carry the provider's own words", () => {
  test("401 is E_AUTH, not retryable, with status and the server's message (an echoed key passes through untouched for the central redactor)", async () => {
    server.enqueue(PATHS.openaiChat, { status: 401, error: 'Incorrect API key provided: sk-openai-123' });
    const err = await call(provider({ type: 'openai' })).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'E_AUTH',
      retryable: false,
      status: 401,
      message: 'provider p1: HTTP 401: Incorrect API key provided: sk-openai-123',
    });
    expect((err as ProviderError).hint).toContain('OPENAI_API_KEY');
  });

  test.each([
    [
      { status: 429, headers: { 'retry-after': '3' } },
      { code: 'E_RATE_LIMITED', retryable: true, status: 429, retryAfterMs: 3000 },
    ],
    [
      { status: 429, headers: { 'retry-after-ms': '1500' } },
      { code: 'E_RATE_LIMITED', retryable: true, retryAfterMs: 1500 },
    ],
    [{ status: 500 }, { code: 'E_SERVER', retryable: true, status: 500 }],
    [{ status: 503 }, { code: 'E_SERVER', retryable: true, status: 503 }],
    [{ status: 408 }, { code: 'E_TIMEOUT', retryable: true, status: 408 }],
    [{ status: 409 }, { code: 'E_CONFLICT', retryable: true, status: 409 }],
    [
      { status: 400, error: 'unknown parameter: foo' },
      { code: 'E_BAD_REQUEST', retryable: false, status: 400 },
    ],
    [{ status: 403 }, { code: 'E_AUTH', retryable: false, status: 403 }],
    [
      { status: 404, error: 'The model `nope` does not exist' },
      { code: 'E_NOT_FOUND', retryable: false, status: 404 },
    ],
    [
      { status: 400, error: "This model's maximum context length is 8192 tokens" },
      { code: 'E_CONTEXT_LENGTH', retryable: false, status: 400 },
    ],
    [{ reset: true as const }, { code: 'E_CONNECTION', retryable: true }],
    [{ malformed: true as const }, { code: 'E_BAD_RESPONSE', retryable: false }],
  ])('openai %j -> %j', async (script, expected) => {
    server.enqueue(PATHS.openaiChat, script);
    await expect(call(provider({ type: 'openai' }))).rejects.toMatchObject(expected);
  });

  test.each([false, true])('anthropic 529 overloaded is a retryable server error (stream: %s)', async (stream) => {
    server.enqueue(PATHS.anthropic, { status: 529, error: 'Overloaded' });
    await expect(call(provider({ type: 'anthropic', stream }))).rejects.toMatchObject({
      code: 'E_SERVER',
      retryable: true,
      status: 529,
      message: 'provider p1: HTTP 529: Overloaded',
    });
  });

  test.each([false, true])('ollama: a missing model is E_NOT_FOUND with a pull hint (stream: %s)', async (stream) => {
    server.enqueue(PATHS.ollama, { status: 404, error: "model 'llama9' not found, try pulling it first" });
    const err = await call(provider({ type: 'ollama', stream })).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'E_NOT_FOUND',
      message: "provider p1: HTTP 404: model 'llama9' not found, try pulling it first",
    });
    expect((err as ProviderError).hint).toContain('ollama pull');
  });

  test.each(cases)('$label: malformed streaming answer is E_BAD_RESPONSE', async ({ spec, path }) => {
    server.enqueue(path, { malformed: true });
    await expect(call(provider({ ...spec, stream: true }))).rejects.toMatchObject({
      code: 'E_BAD_RESPONSE',
      retryable: false,
    });
  });

  test("an abort hands back the caller's reason, promptly", async () => {
    server.enqueue(PATHS.anthropic, { hang: true });
    const ctl = new AbortController();
    const reason = new Error('stop now');
    setTimeout(() => ctl.abort(reason), 100);
    const t0 = Date.now();
    await expect(call(provider({ type: 'anthropic' }), ctl.signal)).rejects.toBe(reason);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

test('identity covers what changes answers, never keys', () => {
  const p = createHttpProvider(
    'fast',
    {
      type: 'openai',
      model: 'gpt-4o-mini',
      base_url: 'https://gw.example/v1/',
      api_key_env: 'GATEWAY_KEY',
      options: { temperature: 0 },
      stream: true,
    },
    { baseDir: '.', env },
  );
  expect(p.identity()).toEqual({
    type: 'openai',
    model: 'gpt-4o-mini',
    base_url: 'https://gw.example/v1',
    api: 'chat',
    options: { temperature: 0 },
  });
  expect(JSON.stringify(p.identity())).not.toContain('gw-789');
});

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
