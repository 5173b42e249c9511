import { backoffDelay, parseRetryAfter } from '../../src/resilience/backoff.js';

describe('backoffDelay (full jitter)', () => {
  test('grows exponentially up to the cap, scaled by the random draw', () => {
    const top = { baseMs: 100, capMs: 1000, random: () => 0.999999 };
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, undefined, top))).toEqual([99, 199, 399, 799, 999, 999]);
    expect(backoffDelay(3, undefined, { baseMs: 100, capMs: 1000, random: () => 0 })).toBe(0);
    expect(backoffDelay(2, undefined, { baseMs: 100, capMs: 1000, random: () => 0.5 })).toBe(100);
  });

  test('a Retry-After is a floor, within its own bound', () => {
    const o = { baseMs: 100, capMs: 1000, maxRetryAfterMs: 5000, random: () => 0.5 };
    expect(backoffDelay(1, 3000, o)).toBe(3000);
    expect(backoffDelay(1, 60_000, o)).toBe(5000);
    expect(backoffDelay(5, 10, o)).toBe(500);
  });

  test('stays within [0, cap] for any random draw', () => {
    for (let i = 0; i < 200; i++) {
      const d = backoffDelay(1 + (i % 10), undefined, { baseMs: 50, capMs: 700 });
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(700);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  test.each([
    [{ 'retry-after': '5' }, 5000],
    [{ 'Retry-After': '0.5' }, 500],
    [{ 'retry-after-ms': '1234' }, 1234],
    [{ 'retry-after-ms': '250', 'retry-after': '9' }, 250],
    [{ 'retry-after': 'Sun, 01 Jun 2025 12:00:30 GMT' }, 30_000],
    [{ 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }, 0],
    [{ 'retry-after': 'soon' }, undefined],
    [{ 'retry-after': '-3' }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])('%j -> %s', (headers, expected) => {
    expect(parseRetryAfter(headers, now)).toBe(expected);
  });
});
