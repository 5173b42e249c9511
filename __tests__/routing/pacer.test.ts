/** The per-provider pacer: even pacing under rpm/tpm, a concurrency cap, and 429 pauses for everyone. */
import { Pacer, PACING_MARGIN } from '../../src/routing/pacer.js';
import { FakeClock } from './pool-fixtures.js';

test('rpm: calls start one interval apart, in arrival order, however many ask at once', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  const t0 = clock.now();
  const starts = await Promise.all(
    Array.from({ length: 5 }, async (_, i) => {
      await pacer.acquire(0);
      pacer.release();
      return [i, clock.now() - t0] as const;
    }),
  );
  const interval = 100 * PACING_MARGIN;
  expect(starts.map(([i]) => i)).toEqual([0, 1, 2, 3, 4]);
  starts.forEach(([, at], i) => expect(at).toBeCloseTo(i * interval, 6));
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

test('a start a little late keeps the schedule; a start much later restarts it from the real start', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  await pacer.acquire(0);
  pacer.release(); // the probe answered at once: the next is due 102 ms after now
  const due = clock.now() + 100 * PACING_MARGIN;
  await pacer.acquire(0); // starts at `due`
  clock.advance(0.5); // the process was busy: the third call is asked for late
  const t = clock.now();
  await pacer.acquire(0);
  // Due at due + 102; the FakeClock sleeps exactly, so it starts then: the 0.5 ms did not add up.
  expect(clock.now()).toBeCloseTo(due + 100 * PACING_MARGIN, 6);
  expect(t).toBeLessThan(clock.now());
  clock.advance(150); // asked for 48 ms after it was due: far more than 1 % of an interval
  const fourth = clock.now();
  await pacer.acquire(0);
  expect(clock.now()).toBe(fourth); // due long ago: starts at once
  await pacer.acquire(0);
  expect(clock.now() - fourth).toBeCloseTo(100 * PACING_MARGIN, 6); // a full interval from the real start
});

test('a 429 despite pacing widens the spacing by 10 %, and successes narrow it back', async () => {
  const clock = new FakeClock();
  const pacer = new Pacer('p', { rpm: 600 }, clock);
  await pacer.acquire(0);
  pacer.release();
  pacer.pause(0); // a 429 with no wait asked for
  expect(pacer.stretchFactor).toBeCloseTo(1.1, 9);
  await pacer.acquire(0); // spaced by the probe's release, before the 429
  const second = clock.now();
  await pacer.acquire(0);
  expect(clock.now() - second).toBeCloseTo(100 * PACING_MARGIN * 1.1, 6);
  for (let i = 0; i < 100; i++) pacer.succeeded();
  expect(pacer.stretchFactor).toBe(1);
  for (let i = 0; i < 20; i++) pacer.pause(0);
  expect(pacer.stretchFactor).toBe(1.5);
  // A provider with only a concurrency limit has no spacing to widen.
  const c = new Pacer('c', { concurrency: 2 }, clock);
  c.pause(0);
  expect(c.stretchFactor).toBe(1);
});
