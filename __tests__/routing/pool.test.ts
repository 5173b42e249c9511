/** The retry loop, timeouts, circuit breakers and failover, against real HTTP providers on loopback servers. */
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { attemptsOf, invoke, invokeReq, loadedSpec, makePool } from './pool-fixtures.js';

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

const chat = PATHS.openaiChat;

function openai(s: WireServer, extra: Record<string, unknown> = {}) {
  return { type: 'openai' as const, model: 'gpt-4o-mini', base_url: `${s.origin}/v1`, ...extra };
}

test('transient faults (500, 503, reset) are survived by retries; the number of calls is right', async () => {
  server.enqueue(
    chat,
    { status: 500 },
    { status: 503 },
    { reset: true },
    { ok: 'finally', usage: { input: 1000, output: 2000 } },
  );
  const { pool, events, clock } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const r = await invoke(pool, invokeReq('fast', { retries: 3 }));
  expect(r.result.text).toBe('finally');
  expect(r.attempts).toBe(4);
  expect(server.calls(chat)).toHaveLength(4);
  expect(events.ofType('step.retrying').map((e) => e.data?.reason)).toEqual(['E_SERVER', 'E_SERVER', 'E_CONNECTION']);
  expect(events.ofType('step.retrying').map((e) => e.data?.attempt)).toEqual([2, 3, 4]);
  expect(events.ofType('llm.request')).toHaveLength(4);
  expect(events.ofType('llm.error')).toHaveLength(3);
  expect(events.ofType('llm.response')).toHaveLength(1);
  expect(clock.sleeps).toHaveLength(3);
  // gpt-4o-mini at the built-in 0.15 / 0.60 USD per Mtok
  expect(r.costUsd).toBeCloseTo((1000 * 0.15 + 2000 * 0.6) / 1e6, 12);
  expect(events.ofType('llm.response')[0]!.data).toMatchObject({
    provider: 'fast',
    attempt: 4,
    usage: { input_tokens: 1000, output_tokens: 2000 },
    finish_reason: 'stop',
    cost_usd: r.costUsd,
  });
});

test('every call has its own span under the step span', async () => {
  server.enqueue(chat, { status: 500 }, { ok: 'x' });
  const { pool, events } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  await invoke(pool, invokeReq('fast'));
  const llm = events.events.filter((e) => e.type.startsWith('llm.'));
  expect(llm.map((e) => [e.type, e.span_id, e.parent_span_id])).toEqual([
    ['llm.request', 'span-1', 'step-span'],
    ['llm.error', 'span-1', 'step-span'],
    ['llm.request', 'span-2', 'step-span'],
    ['llm.response', 'span-2', 'step-span'],
  ]);
});

test('a 401 is not retried: exactly one call', async () => {
  server.enqueue(chat, { status: 401, error: 'Incorrect API key provided' });
  const { pool, events, clock } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const err = await invoke(pool, invokeReq('fast', { retries: 5 })).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'E_AUTH', status: 401, retryable: false });
  expect(attemptsOf(err)).toBe(1);
  expect(server.calls(chat)).toHaveLength(1);
  expect(events.ofType('step.retrying')).toHaveLength(0);
  expect(clock.sleeps).toHaveLength(0);
  expect(events.ofType('llm.error')[0]).toMatchObject({
    level: 'error',
    data: { code: 'E_AUTH', status: 401, retryable: false },
  });
});

test.each([
  [{ 'retry-after': '7' }, 7000],
  [{ 'retry-after-ms': '2500' }, 2500],
])('Retry-After is honoured: the wait asked for is at least the header (%j)', async (headers, ms) => {
  server.enqueue(chat, { status: 429, headers }, { ok: 'ok' });
  const { pool, events, clock } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const r = await invoke(pool, invokeReq('fast'));
  expect(r.attempts).toBe(2);
  expect(clock.sleeps).toHaveLength(1);
  expect(clock.sleeps[0]).toBeGreaterThanOrEqual(ms);
  expect(events.ofType('step.retrying')[0]!.data).toMatchObject({
    delay_ms: clock.sleeps[0],
    reason: 'E_RATE_LIMITED',
    retry_after_ms: ms,
  });
});

test('a Retry-After beyond the cap waits the cap, not an hour', async () => {
  server.enqueue(chat, { status: 429, headers: { 'retry-after': '3600' } }, { ok: 'ok' });
  const { pool, clock } = makePool(loadedSpec({ providers: { fast: openai(server) } }), {
    backoff: { baseMs: 10, capMs: 100, maxRetryAfterMs: 30_000 },
  });
  await invoke(pool, invokeReq('fast'));
  expect(clock.sleeps).toEqual([30_000]);
});

test('retries stop after the budget: retries + 1 calls, then the error', async () => {
  server.setFallback(chat, { status: 503 });
  const { pool } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const err = await invoke(pool, invokeReq('fast', { retries: 2 })).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'E_SERVER', status: 503 });
  expect(attemptsOf(err)).toBe(3);
  expect(server.calls(chat)).toHaveLength(3);
});

test('a hang times out within bounds, and a retry then succeeds', async () => {
  server.enqueue(chat, { hang: true }, { ok: 'second time lucky' });
  const { pool, events } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const t0 = Date.now();
  const r = await invoke(pool, invokeReq('fast', { timeoutMs: 300, retries: 1 }));
  const took = Date.now() - t0;
  expect(r.result.text).toBe('second time lucky');
  expect(r.attempts).toBe(2);
  expect(took).toBeGreaterThanOrEqual(250);
  expect(took).toBeLessThan(10_000);
  expect(events.ofType('llm.error')[0]!.data).toMatchObject({ code: 'E_TIMEOUT', retryable: true });
});

test('a hang with no retries left fails with E_TIMEOUT', async () => {
  server.setFallback(chat, { hang: true });
  const { pool } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  const t0 = Date.now();
  await expect(invoke(pool, invokeReq('fast', { timeoutMs: 200, retries: 0 }))).rejects.toMatchObject({
    code: 'E_TIMEOUT',
    message: 'provider fast: no answer within 200 ms',
  });
  expect(Date.now() - t0).toBeLessThan(10_000);
});

test('cancelling the run stops a call at once and is not a provider failure', async () => {
  server.setFallback(chat, { hang: true });
  const { pool, events } = makePool(
    loadedSpec({ providers: { fast: openai(server) }, circuit_breaker: { failure_threshold: 1, cooldown_s: 30 } }),
  );
  const ctl = new AbortController();
  const reason = new Error('cancelled by user');
  setTimeout(() => ctl.abort(reason), 100);
  await expect(invoke(pool, invokeReq('fast', { signal: ctl.signal, timeoutMs: 30_000 }))).rejects.toBe(reason);
  expect(events.ofType('llm.error')[0]!.data).toMatchObject({ code: 'E_CANCELLED' });
  expect(events.ofType('circuit.opened')).toHaveLength(0);
  expect(pool.breaker('fast').current).toBe('closed');
});

test("a dead provider's circuit opens, its steps fail over, and a half-open probe closes it again", async () => {
  server.setFallback(chat, { status: 500, error: 'upstream down' });
  other.setFallback(chat, { ok: 'from backup' });
  const loaded = loadedSpec({
    providers: { primary: openai(server), backup: openai(other, { model: 'gpt-4o' }) },
    routes: { main: { strategy: 'ordered', providers: ['primary', 'backup'] } },
    circuit_breaker: { failure_threshold: 2, cooldown_s: 30 },
  });
  const { pool, events, clock } = makePool(loaded);

  // step 1: primary fails twice (retries: 1), its circuit opens, the route moves to backup
  const r1 = await invoke(pool, invokeReq('main', { stepId: 'one', retries: 1 }));
  expect(r1.result.text).toBe('from backup');
  expect(r1.provider.name).toBe('backup');
  expect(r1.attempts).toBe(3);
  expect(server.calls(chat)).toHaveLength(2);
  expect(events.ofType('circuit.opened')[0]!.data).toEqual({ provider: 'primary', failures: 2, cooldown_s: 30 });
  expect(events.ofType('route.selected')[0]!.data).toMatchObject({
    route: 'main',
    strategy: 'ordered',
    provider: 'primary',
    order: ['primary', 'backup'],
  });
  expect(events.ofType('route.fallback')[0]!.data).toMatchObject({
    route: 'main',
    from: 'primary',
    to: 'backup',
    reason: 'E_SERVER',
  });

  // step 2: the open circuit refuses primary without a call
  const r2 = await invoke(pool, invokeReq('main', { stepId: 'two', retries: 1 }));
  expect(r2.provider.name).toBe('backup');
  expect(r2.attempts).toBe(1);
  expect(server.calls(chat)).toHaveLength(2);
  expect(events.ofType('route.fallback')[1]!.data).toMatchObject({
    from: 'primary',
    to: 'backup',
    reason: 'E_CIRCUIT_OPEN',
  });

  // after the cooldown one probe goes through; primary has recovered, so the circuit closes
  server.setFallback(chat, { ok: 'primary is back' });
  clock.advance(30_000);
  const r3 = await invoke(pool, invokeReq('main', { stepId: 'three' }));
  expect(r3.result.text).toBe('primary is back');
  expect(events.types().filter((t) => t.startsWith('circuit.'))).toEqual([
    'circuit.opened',
    'circuit.half_open',
    'circuit.closed',
  ]);
});

test('a failed half-open probe opens the circuit again', async () => {
  server.setFallback(chat, { status: 503 });
  const loaded = loadedSpec({
    providers: { p: openai(server) },
    circuit_breaker: { failure_threshold: 1, cooldown_s: 10 },
  });
  const { pool, events, clock } = makePool(loaded);
  await expect(invoke(pool, invokeReq('p', { retries: 0 }))).rejects.toMatchObject({ code: 'E_SERVER' });
  await expect(invoke(pool, invokeReq('p', { retries: 0 }))).rejects.toMatchObject({ code: 'E_CIRCUIT_OPEN' });
  clock.advance(10_000);
  await expect(invoke(pool, invokeReq('p', { retries: 0 }))).rejects.toMatchObject({ code: 'E_SERVER' });
  expect(events.types().filter((t) => t.startsWith('circuit.'))).toEqual([
    'circuit.opened',
    'circuit.half_open',
    'circuit.opened',
  ]);
  expect(server.calls(chat)).toHaveLength(2);
});

test('a 400 in a route does not fail over (the request itself is wrong)', async () => {
  server.enqueue(chat, { status: 400, error: 'bad param' });
  const loaded = loadedSpec({
    providers: { a: openai(server), b: openai(other) },
    routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
  });
  const { pool } = makePool(loaded);
  await expect(invoke(pool, invokeReq('r'))).rejects.toMatchObject({ code: 'E_BAD_REQUEST' });
  expect(other.calls(chat)).toHaveLength(0);
});

test('an auth failure of one provider fails over to the next', async () => {
  server.setFallback(chat, { status: 401 });
  const loaded = loadedSpec({
    providers: { a: openai(server), b: openai(other) },
    routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
  });
  const { pool } = makePool(loaded);
  const r = await invoke(pool, invokeReq('r'));
  expect(r.provider.name).toBe('b');
  expect(r.attempts).toBe(2);
});

test("when every candidate fails the error names each provider's failure", async () => {
  server.setFallback(chat, { status: 500, error: 'a is down' });
  other.setFallback(PATHS.anthropic, { status: 529, error: 'b is overloaded' });
  const loaded = loadedSpec({
    providers: {
      a: openai(server),
      b: { type: 'anthropic', model: 'claude-haiku-4-5', base_url: `${other.origin}/v1` },
    },
    routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
  });
  const { pool } = makePool(loaded);
  const err = await invoke(pool, invokeReq('r', { retries: 1 })).catch((e: unknown) => e);
  expect(err).toMatchObject({ code: 'E_ROUTE_EXHAUSTED' });
  expect((err as Error).message).toContain('a: E_SERVER provider a: HTTP 500: a is down');
  expect((err as Error).message).toContain('b: E_SERVER provider b: HTTP 529: b is overloaded');
  expect(attemptsOf(err)).toBe(4);
});

describe('cost routing', () => {
  const route = (providers: string[]) => ({ r: { strategy: 'cost' as const, providers } });

  test('picks the cheapest candidate and skips one whose context window is too small', async () => {
    const loaded = loadedSpec({
      providers: {
        pricey: openai(other, { model: 'gpt-4o', price: { input_per_mtok: 5, output_per_mtok: 15 } }),
        cheap: openai(server, { model: 'cheap-model', price: { input_per_mtok: 0.1, output_per_mtok: 0.4 } }),
        tiny: openai(other, {
          model: 'tiny-model',
          price: { input_per_mtok: 0.01, output_per_mtok: 0.02 },
          context_window: 100,
        }),
      },
      routes: route(['pricey', 'tiny', 'cheap']),
    });
    const { pool, events } = makePool(loaded);
    const prompt = 'word '.repeat(200); // ~250 tokens: too big for tiny
    const r = await invoke(pool, invokeReq('r', { prompt }));
    expect(r.provider.name).toBe('cheap');
    expect(server.calls(chat)).toHaveLength(1);
    expect(other.calls(chat)).toHaveLength(0);
    expect(events.ofType('route.selected')[0]!.data).toMatchObject({
      strategy: 'cost',
      provider: 'cheap',
      order: ['cheap', 'pricey'],
      skipped: [{ provider: 'tiny', reason: 'context_window' }],
    });
  });

  test('with a short prompt the smallest window is fine, and it is cheapest', async () => {
    const loaded = loadedSpec({
      providers: {
        pricey: openai(other, { model: 'gpt-4o' }), // built-in price
        tiny: openai(server, {
          model: 'tiny-model',
          price: { input_per_mtok: 0.01, output_per_mtok: 0.02 },
          context_window: 100,
        }),
      },
      routes: route(['pricey', 'tiny']),
    });
    const { pool } = makePool(loaded);
    expect((await invoke(pool, invokeReq('r', { prompt: 'short' }))).provider.name).toBe('tiny');
  });

  test('fails over to the next cheapest when the cheapest is down', async () => {
    server.setFallback(chat, { status: 503 });
    const loaded = loadedSpec({
      providers: {
        cheap: openai(server, { model: 'gpt-4o-mini' }),
        dear: openai(other, { model: 'gpt-4o' }),
      },
      routes: route(['dear', 'cheap']),
    });
    const { pool, events } = makePool(loaded);
    const r = await invoke(pool, invokeReq('r', { retries: 1 }));
    expect(r.provider.name).toBe('dear');
    expect(events.ofType('route.fallback')[0]!.data).toMatchObject({ from: 'cheap', to: 'dear' });
  });

  test('a prompt no candidate can take is a context-length error without a call', async () => {
    const loaded = loadedSpec({ providers: { tiny: openai(server, { context_window: 10 }) }, routes: route(['tiny']) });
    const { pool } = makePool(loaded);
    await expect(invoke(pool, invokeReq('r', { prompt: 'x'.repeat(400) }))).rejects.toMatchObject({
      code: 'E_CONTEXT_LENGTH',
    });
    expect(server.requests).toHaveLength(0);
  });
});

test('exclude skips providers the engine rejected', async () => {
  const loaded = loadedSpec({
    providers: { a: openai(server), b: openai(other) },
    routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
  });
  const { pool } = makePool(loaded);
  const r = await invoke(pool, invokeReq('r', { exclude: new Set(['a']) }));
  expect(r.provider.name).toBe('b');
  expect(server.requests).toHaveLength(0);
  await expect(invoke(pool, invokeReq('r', { exclude: new Set(['a', 'b']) }))).rejects.toMatchObject({
    code: 'E_NO_CANDIDATE',
  });
});

test("a route's identity lists its candidates in order, without secrets", () => {
  const loaded = loadedSpec({
    providers: { a: openai(server, { api_key_env: 'OPENAI_API_KEY' }), b: { type: 'ollama', model: 'llama3.1' } },
    routes: { r: { strategy: 'cost', providers: ['b', 'a'] } },
  });
  const { pool } = makePool(loaded);
  const id = pool.identity('r');
  expect(id).toEqual({
    route: 'cost',
    candidates: [
      { type: 'ollama', model: 'llama3.1' },
      { type: 'openai', model: 'gpt-4o-mini', base_url: `${server.origin}/v1`, api: 'chat' },
    ],
  });
  expect(JSON.stringify(id)).not.toContain('sk-test');
  expect(pool.identity('r')).toEqual(id);
});

test('preflight reports a missing key for any provider a route can reach', async () => {
  const loaded = loadedSpec({
    providers: { a: { type: 'ollama', model: 'x' }, b: { type: 'anthropic', model: 'claude-haiku-4-5' } },
    routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
  });
  const { pool } = makePool(loaded, { env: {} });
  await expect(pool.preflight(['r'])).rejects.toThrow('provider b: ANTHROPIC_API_KEY is not set');
});

test.each([
  ['anthropic', PATHS.anthropic, { status: 529, error: 'Overloaded' }],
  ['ollama', PATHS.ollama, { reset: true }],
] as const)('streaming %s survives a transient fault through the retry loop', async (type, path, fault) => {
  server.enqueue(path, fault, { ok: 'streamed answer', usage: { input: 3, output: 4 } });
  const base_url = type === 'ollama' ? server.origin : `${server.origin}/v1`;
  const { pool } = makePool(
    loadedSpec({ providers: { p: { type, model: 'claude-haiku-4-5', base_url, stream: true } } }),
  );
  const r = await invoke(pool, invokeReq('p'));
  expect(r.result).toMatchObject({
    text: 'streamed answer',
    usage: { input_tokens: 3, output_tokens: 4 },
    finishReason: 'stop',
  });
  expect(r.attempts).toBe(2);
  expect(server.calls(path).every((c) => c.body.stream === true)).toBe(true);
});
