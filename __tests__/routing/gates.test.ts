/** The provider call's gates: nested in the order listed, and each one released whatever the call's outcome. */
import { BudgetLedger } from '../../src/budget/ledger.js';
import type { CompletionResult, Provider } from '../../src/providers/types.js';
import { CircuitBreaker } from '../../src/resilience/circuit-breaker.js';
import { Pacer } from '../../src/routing/pacer.js';
import {
  breakerGate,
  budgetGate,
  callGate,
  composeGates,
  pacerGate,
  retryGate,
  timeoutGate,
  type Attempt,
  type Call,
  type Gate,
} from '../../src/routing/gates.js';
import { ProviderError } from '../../src/util/errors.js';
import { FakeClock } from './pool-fixtures.js';

const provider = {
  name: 'p',
  type: 'openai',
  model: 'm',
  price: { input_per_mtok: 1, output_per_mtok: 1 },
} as unknown as Provider;
const answer: CompletionResult = {
  text: 'hi',
  model: 'm',
  usage: { input_tokens: 10, output_tokens: 5 },
  finishReason: 'stop',
};
const first = (): Attempt => ({
  provider,
  providerAttempt: 1,
  signal: new AbortController().signal,
  log: { pacedMs: 0 },
});
const noHooks = { onCall: () => {}, onSuccess: () => {}, onFailure: () => {}, onRetry: () => {} };

test('composeGates nests the gates in the order listed, the first outermost', async () => {
  const trace: string[] = [];
  const tag =
    (name: string): Gate =>
    (next) =>
    async (a) => {
      trace.push(`${name} in`);
      try {
        return await next(a);
      } finally {
        trace.push(`${name} out`);
      }
    };
  const call = composeGates(
    tag('a'),
    tag('b'),
    tag('c'),
  )(async () => {
    trace.push('call');
    return { result: answer, costUsd: 0 };
  });
  await call(first());
  expect(trace).toEqual(['a in', 'b in', 'c in', 'call', 'c out', 'b out', 'a out']);
});

test('a call that fails gives back the pacer slot, the budget reservation and the half-open probe', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { concurrency: 1 }, clock);
  const budget = new BudgetLedger({ usd: 10 });
  const breaker = new CircuitBreaker('p', { failureThreshold: 1, cooldownMs: 10 }, () => clock.now());
  const counter = { calls: 0 };
  const failing: Call = async () => {
    throw new ProviderError('E_SERVER', 'p', 'HTTP 500', { retryable: true, status: 500 });
  };
  const gates = composeGates(
    breakerGate(breaker, new AbortController().signal),
    pacerGate(pacer, 100),
    budgetGate(budget, { promptTokens: 100, price: provider.price }),
    callGate(counter, () => 'span', clock, noHooks.onCall),
  );
  await expect(gates(failing)(first())).rejects.toMatchObject({ code: 'E_SERVER' });
  expect(breaker.current).toBe('open');
  expect(budget.status().inFlight).toEqual({ usd: 0, tokens: 0 });
  expect(budget.status().spent.usd).toBe(0);
  // The slot came back: a second acquire with concurrency 1 does not hang.
  await expect(pacer.acquire(1)).resolves.toBeDefined();
  pacer.release();
  // After the cooldown, the half-open probe succeeds and closes the circuit; the answer is spent.
  clock.advance(10);
  const ok = await gates(async () => ({ result: answer, costUsd: 0.25 }))(first());
  expect(ok.costUsd).toBe(0.25);
  expect(breaker.current).toBe('closed');
  expect(budget.status().spent.usd).toBe(0.25);
  expect(counter.calls).toBe(2);
});

test('a gate that refuses before the call is not retried, and the breaker probe is released, not failed', async () => {
  const clock = new FakeClock();
  const budget = new BudgetLedger({ usd: 1 }, { usd: 1, tokens: 0 });
  const breaker = new CircuitBreaker('p', { failureThreshold: 1, cooldownMs: 0 }, () => clock.now());
  const signal = new AbortController().signal;
  let calls = 0;
  const gates = composeGates(
    retryGate({ retries: 3, clock, signal }, noHooks),
    breakerGate(breaker, signal),
    budgetGate(budget, { promptTokens: 10 }),
    callGate(
      { calls: 0 },
      () => 'span',
      clock,
      () => (calls += 1),
    ),
  );
  await expect(gates(async () => ({ result: answer, costUsd: 0 }))(first())).rejects.toMatchObject({
    code: 'E_BUDGET_EXCEEDED',
  });
  expect(calls).toBe(0);
  expect(clock.sleeps).toEqual([]);
  expect(breaker.current).toBe('closed');
});

test('retry: the hooks see each failure with its verdict, then the retry, then the success', async () => {
  const clock = new FakeClock();
  const signal = new AbortController().signal;
  const seen: string[] = [];
  const hooks = {
    onCall: (a: Attempt) => seen.push(`call ${a.providerAttempt}`),
    onSuccess: (a: Attempt) => seen.push(`success ${a.providerAttempt}`),
    onFailure: (a: Attempt, _c: unknown, _e: unknown, v: { willRetry: boolean }) =>
      seen.push(`failure ${a.providerAttempt} retry=${v.willRetry}`),
    onRetry: (a: Attempt) => seen.push(`retry ${a.providerAttempt}`),
  };
  let n = 0;
  const gates = composeGates(
    retryGate({ retries: 2, clock, signal, backoff: { baseMs: 10, capMs: 10 } }, hooks),
    callGate({ calls: 0 }, () => 's', clock, hooks.onCall),
    timeoutGate(1000),
  );
  const r = await gates(async () => {
    if (++n < 3) throw new ProviderError('E_SERVER', 'p', 'HTTP 503', { retryable: true, status: 503 });
    return { result: answer, costUsd: 0 };
  })(first());
  expect(r.result.text).toBe('hi');
  expect(seen).toEqual([
    'call 1',
    'failure 1 retry=true',
    'retry 1',
    'call 2',
    'failure 2 retry=true',
    'retry 2',
    'call 3',
    'success 3',
  ]);
  expect(clock.sleeps).toHaveLength(2);
});
