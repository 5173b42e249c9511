/**
 * The rate bench's server must be as strict as the real API, or its figures flatter the pacer:
 * past rpm/60 requests in any one second it answers 429 with retry-after, and rejected requests
 * count against the window. No timing assertions beyond the window itself.
 */
import {
  maxInAnyWindow,
  startRateLimitedServer,
  type RateLimitedServer,
} from '../../bench/lib/rate-limited-server.mjs';

let server: RateLimitedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const call = (origin: string) =>
  fetch(`${origin}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{"model":"m"}',
  });

test('600 RPM: 10 requests in a second pass, the 11th and 12th get 429 with retry-after', async () => {
  server = await startRateLimitedServer({ rpm: 600, latencyMs: 1 });
  const answers = await Promise.all(Array.from({ length: 12 }, () => call(server!.origin)));
  const statuses = answers.map((r) => r.status).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(10);
  expect(statuses.filter((s) => s === 429)).toHaveLength(2);
  const limited = answers.find((r) => r.status === 429)!;
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  expect(Number(limited.headers.get('retry-after-ms'))).toBeGreaterThan(0);
  expect(await limited.json()).toMatchObject({ error: { code: 'rate_limit_exceeded' } });
  // A rejected request still counts: right after, the window is still full.
  expect((await call(server.origin)).status).toBe(429);
  expect(maxInAnyWindow(server.log, 1000)).toBe(13);
});

test("a storm answers every request 429 with the storm's retry-after", async () => {
  server = await startRateLimitedServer({ latencyMs: 1, storm: { atMs: 0, forMs: 60_000, retryAfterS: 2 } });
  const r = await call(server.origin);
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toBe('2');
});
