/** The pool with pacers: a 429 pauses the provider for every caller; cost routes skip a busy candidate. */
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { invoke, invokeReq, loadedSpec, makePool } from './pool-fixtures.js';

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
const openai = (s: WireServer, extra: Record<string, unknown> = {}) => ({
  type: 'openai' as const,
  model: 'gpt-4o-mini',
  base_url: `${s.origin}/v1`,
  ...extra,
});

test('a 429 with retry-after pauses the provider for the next caller too, not only the call that got it', async () => {
  server.enqueue(chat, { status: 429, headers: { 'retry-after': '2' } }, { ok: 'second caller' });
  const { pool, events, clock } = makePool(loadedSpec({ providers: { fast: openai(server) } }));
  await expect(invoke(pool, invokeReq('fast', { stepId: 'first', retries: 0 }))).rejects.toMatchObject({ status: 429 });
  const t0 = clock.now();
  const r = await invoke(pool, invokeReq('fast', { stepId: 'second' }));
  expect(r.result.text).toBe('second caller');
  expect(clock.now() - t0).toBe(2000);
  expect(events.ofType('rate_limit.paused')).toHaveLength(1);
  expect(events.ofType('rate_limit.paused')[0]!.data).toMatchObject({ provider: 'fast', retry_after_ms: 2000 });
  const second = events.ofType('llm.request').find((e) => e.step_id === 'second')!;
  expect(second.data).toMatchObject({ paced_ms: 2000 });
  expect(server.calls(chat)).toHaveLength(2);
});

test('rate_limit.rpm spaces the calls of different steps through the same provider', async () => {
  const { pool, events, clock } = makePool(
    loadedSpec({ providers: { fast: openai(server, { rate_limit: { rpm: 60 } }) } }),
  );
  const t0 = clock.now();
  for (const stepId of ['a', 'b', 'c']) await invoke(pool, invokeReq('fast', { stepId }));
  // 1 a second (+2 % margin): the third call starts >= 2 s after the first.
  expect(clock.now() - t0).toBeGreaterThanOrEqual(2000);
  expect(events.ofType('llm.request').map((e) => e.data?.paced_ms ?? 0)).toEqual([0, 1020, 1020]);
});

test("a cost route skips a cheap candidate whose pacer wait exceeds the next candidate's expected latency", async () => {
  const { pool, events } = makePool(
    loadedSpec({
      providers: {
        cheap: openai(server, { rate_limit: { rpm: 1 }, price: { input_per_mtok: 0.1, output_per_mtok: 0.1 } }),
        pricey: openai(other, { price: { input_per_mtok: 10, output_per_mtok: 10 } }),
      },
      routes: { r: { strategy: 'cost', providers: ['pricey', 'cheap'] } },
    }),
  );
  const first = await invoke(pool, invokeReq('r', { stepId: 'a' }));
  expect(first.provider.name).toBe('cheap');
  const second = await invoke(pool, invokeReq('r', { stepId: 'b' }));
  // cheap would wait ~61 s for its next slot; pricey is expected to answer in 5 s (no call seen yet).
  expect(second.provider.name).toBe('pricey');
  const sel = events.ofType('route.selected')[1]!.data!;
  expect(sel.order).toEqual(['pricey', 'cheap']);
  expect(sel.deferred).toEqual([
    expect.objectContaining({ provider: 'cheap', reason: 'rate_limited', next_expected_ms: 5000 }),
  ]);
  expect(server.calls(chat)).toHaveLength(1);
  expect(other.calls(chat)).toHaveLength(1);
});

test('a budget refusal makes no call and does not fail over', async () => {
  const { BudgetLedger } = await import('../../src/budget/ledger.js');
  const budget = new BudgetLedger({ usd: 0 });
  const { pool, events } = makePool(
    loadedSpec({
      providers: { a: openai(server), b: openai(other) },
      routes: { r: { strategy: 'ordered', providers: ['a', 'b'] } },
    }),
    { budget },
  );
  await expect(invoke(pool, invokeReq('r'))).rejects.toMatchObject({ code: 'E_BUDGET_EXCEEDED' });
  expect(server.calls(chat)).toHaveLength(0);
  expect(other.calls(chat)).toHaveLength(0);
  expect(events.ofType('llm.request')).toHaveLength(0);
  expect(events.ofType('route.fallback')).toHaveLength(0);
});
