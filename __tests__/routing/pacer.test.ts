/** The per-provider pacer: even pacing under rpm/tpm, a concurrency cap, and 429 pauses for everyone. */
import { MIN_GAP_SHARE, Pacer, PACING_MARGIN } from '../../src/routing/pacer.js';
import { FakeClock } from './pool-fixtures.js';

test('rpm: never more than rpm/60 starts in any window of a second, in arrival order, however many ask at once', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  const t0 = clock.now();
  const order: number[] = [];
  const starts = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
    await pacer.acquire(0);
    order.push(i);
    pacer.release();
    return clock.now() - t0;
  }));
  expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
  const sorted = [...starts].sort((a, b) => a - b);
  for (let i = 10; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 10]!).toBeGreaterThanOrEqual(1000 * PACING_MARGIN - 1e-6);
  for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(100 * MIN_GAP_SHARE - 1e-6);
  // 40 calls at 10 a (stretched) second.
  expect(sorted.at(-1)!).toBeLessThan(4 * 1000 * PACING_MARGIN);
});

test('a late start is made up by the next calls instead of pushing every later call back', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  const t0 = clock.now();
  await pacer.acquire(0);
  pacer.release();
  for (let i = 1; i < 10; i++) {
    await pacer.acquire(0);
    pacer.release();
    if (i === 3) clock.advance(30); // the process was busy: this call started 30 ms late
  }
  const tenth = clock.now() - t0;
  await pacer.acquire(0);
  // The 11th waits only for the window of the first (1020 ms), not for 10 x 102 ms + 30 ms.
  expect(clock.now() - t0).toBeCloseTo(Math.max(1000 * PACING_MARGIN, tenth + 90), 6);
});

test('tpm: a call of n tokens holds the next one back by n x 60 s / tpm', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { tpm: 60_000 }, clock); // 1 token per ms
  const t0 = clock.now();
  await pacer.acquire(500);
  pacer.release();
  await pacer.acquire(10);
  expect(clock.now() - t0).toBeCloseTo(500 * PACING_MARGIN, 6);
});

test('a 429 pause holds every waiter, and expectedWaitMs reports it', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', {}, clock);
  pacer.pause(2000);
  expect(pacer.expectedWaitMs()).toBe(2000);
  const t0 = clock.now();
  await pacer.acquire(0);
  expect(clock.now() - t0).toBe(2000);
  expect(pacer.expectedWaitMs()).toBe(0);
});

test('concurrency: no more calls in flight than the limit; a release lets the next one in', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { concurrency: 2 }, clock);
  await pacer.acquire(0);
  await pacer.acquire(0);
  let third = false;
  const p = pacer.acquire(0).then(() => (third = true));
  await new Promise((r) => setTimeout(r, 5));
  expect(third).toBe(false);
  pacer.release();
  await p;
  expect(third).toBe(true);
});

test('a cancelled waiter leaves the queue and the next one still gets its turn', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { concurrency: 1 }, clock);
  await pacer.acquire(0);
  const ac = new AbortController();
  const cancelled = pacer.acquire(0, ac.signal);
  ac.abort(new Error('cancelled'));
  await expect(cancelled).rejects.toThrow('cancelled');
  pacer.release();
  await expect(pacer.acquire(0)).resolves.toBeDefined();
});

test('the first paced call is a probe: the next waits for its answer, then one interval', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  await pacer.acquire(0);
  let second = false;
  const p = pacer.acquire(0).then(() => (second = true));
  await new Promise((r) => setTimeout(r, 5));
  expect(second).toBe(false); // the probe has not answered
  clock.advance(300); // a slow first call: it answered after 300 ms
  const answeredAt = clock.now();
  pacer.release();
  await p;
  expect(clock.now() - answeredAt).toBeCloseTo(100 * PACING_MARGIN, 6);
});
