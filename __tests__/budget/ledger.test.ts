/** The budget ledger: spend so far + calls in flight, checked before every call. */
import { BudgetExceededError, BudgetLedger } from '../../src/budget/ledger.js';

const price = { input_per_mtok: 1_000, output_per_mtok: 2_000 }; // 1 token in = $0.001, out = $0.002

test('refuses a call once spend so far reaches the usd limit, and stays exhausted', async () => {
  const seen: string[] = [];
  const ledger = new BudgetLedger({ usd: 0.05 }, undefined, (limit) => seen.push(limit));
  const r1 = await ledger.reserve({ promptTokens: 10, maxTokens: 10, price });
  expect(r1.usd).toBeCloseTo(0.03, 10); // 10 x 0.001 + 10 x 0.002
  ledger.settle(r1, { usd: 0.03, inputTokens: 10, outputTokens: 10 });
  expect(ledger.exhausted).toBe(false);
  const r2 = await ledger.reserve({ promptTokens: 10, maxTokens: 10, price });
  ledger.settle(r2, { usd: 0.03, inputTokens: 10, outputTokens: 10 });
  expect(ledger.exhausted).toBe(true);
  expect(seen).toEqual(['usd']);
  const err = await ledger.reserve({ promptTokens: 1, maxTokens: 1, price }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(BudgetExceededError);
  expect((err as BudgetExceededError).code).toBe('E_BUDGET_EXCEEDED');
  expect((err as BudgetExceededError).message).toMatch(/\$0\.0600 spent of the \$0\.0500 budget/);
  expect(seen).toEqual(['usd']); // one event, however many refusals
});

test('a call whose in-flight estimates reach the limit waits for them to end, then runs if real spend allows', async () => {
  const ledger = new BudgetLedger({ usd: 0.05 });
  const a = await ledger.reserve({ promptTokens: 10, maxTokens: 20, price }); // estimate 0.05: reaches the limit
  let admitted = false;
  const b = ledger.reserve({ promptTokens: 10, maxTokens: 20, price }).then((r) => {
    admitted = true;
    return r;
  });
  await new Promise((r) => setTimeout(r, 10));
  expect(admitted).toBe(false);
  ledger.settle(a, { usd: 0.012, inputTokens: 10, outputTokens: 1 }); // the real answer was short
  const rb = await b;
  expect(admitted).toBe(true);
  expect(ledger.status().spent.usd).toBeCloseTo(0.012, 10);
  expect(ledger.status().inFlight.usd).toBeCloseTo(rb.usd, 10);
});

test('a waiting call is refused when the calls in flight really spend the budget', async () => {
  const ledger = new BudgetLedger({ usd: 0.05 });
  const a = await ledger.reserve({ promptTokens: 10, maxTokens: 20, price });
  const b = ledger.reserve({ promptTokens: 10, maxTokens: 20, price }).catch((e: unknown) => e);
  ledger.settle(a, { usd: 0.05, inputTokens: 10, outputTokens: 20 });
  expect(await b).toBeInstanceOf(BudgetExceededError);
});

test('token limits count input + output; estimates without max_tokens use the answers seen so far', async () => {
  const ledger = new BudgetLedger({ tokens: 100 });
  expect(ledger.estimate({ promptTokens: 10 }).tokens).toBe(1010); // no answer seen yet: 1000 expected
  const a = await ledger.reserve({ promptTokens: 10 });
  ledger.settle(a, { usd: 0, inputTokens: 10, outputTokens: 30 });
  expect(ledger.estimate({ promptTokens: 10 }).tokens).toBe(40);
  const b = await ledger.reserve({ promptTokens: 10 });
  ledger.settle(b, { usd: 0, inputTokens: 30, outputTokens: 30 });
  expect(ledger.exhausted).toBe(true);
  await expect(ledger.reserve({ promptTokens: 1 })).rejects.toMatchObject({
    code: 'E_BUDGET_EXCEEDED',
    limit: 'tokens',
  });
});

test('spend of earlier attempts counts: a resume with the same budget stops, a larger one goes on', async () => {
  await expect(
    new BudgetLedger({ usd: 1 }, { usd: 1, tokens: 0 }).reserve({ promptTokens: 1, price }),
  ).rejects.toBeInstanceOf(BudgetExceededError);
  await expect(
    new BudgetLedger({ usd: 2 }, { usd: 1, tokens: 0 }).reserve({ promptTokens: 1, price }),
  ).resolves.toBeDefined();
});

test('a cancelled wait rejects with the signal reason', async () => {
  const ledger = new BudgetLedger({ usd: 0.01 });
  await ledger.reserve({ promptTokens: 100, maxTokens: 100, price });
  const ac = new AbortController();
  const p = ledger.reserve({ promptTokens: 1, price }, ac.signal);
  ac.abort(new Error('stop'));
  await expect(p).rejects.toThrow('stop');
});
