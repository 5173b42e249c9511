/**
 * A loopback OpenAI-compatible chat completions server that enforces a rate limit the way the
 * real API does, for bench/rate-limits.mjs and its tests:
 * - a requests-per-minute limit enforced over a sliding one-second window of rpm / 60 requests
 *   ("your rate limit may be quantized, meaning they are enforced over shorter periods of time
 *   (e.g. 60,000 requests/minute may be enforced as 1,000 requests/second)": OpenAI, rate limits guide);
 * - past it, HTTP 429 with `retry-after` (whole seconds, rounded up) and `retry-after-ms`, and an
 *   OpenAI error body (`rate_limit_exceeded`);
 * - rejected requests count against the window too ("unsuccessful requests contribute to your
 *   per-minute limit, so continuously resending a request won't work": same guide);
 * - an optional 429 storm: every request inside [storm.atMs, storm.atMs + storm.forMs) after the
 *   first request is answered 429 with `retry-after: storm.retryAfterS`.
 * Answers take `latencyMs`. Every arrival is logged with its time and status.
 */
import { createServer } from 'node:http';

export async function startRateLimitedServer({ rpm, latencyMs = 20, storm } = {}) {
  const perSecond = rpm === undefined ? Infinity : rpm / 60;
  /** Arrival times (ms, performance.now()) within the last second, oldest first. */
  const window = [];
  /** Every request: { at, status } with `at` relative to the first request. */
  const log = [];
  let t0;
  const sockets = new Set();

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const now = performance.now();
      t0 ??= now;
      const at = now - t0;
      while (window.length && window[0] <= now - 1000) window.shift();
      const inStorm = storm && at >= storm.atMs && at < storm.atMs + storm.forMs;
      const over = window.length >= perSecond;
      window.push(now);
      if (inStorm || over) {
        const waitMs = inStorm ? storm.retryAfterS * 1000 : Math.max(1, window[0] + 1000 - now);
        log.push({ at, status: 429 });
        res.writeHead(429, {
          'content-type': 'application/json',
          'retry-after': String(Math.ceil(waitMs / 1000)),
          'retry-after-ms': String(Math.ceil(waitMs)),
        });
        res.end(JSON.stringify({ error: { message: `Rate limit reached for requests: limit ${rpm} RPM`, type: 'requests', param: null, code: 'rate_limit_exceeded' } }));
        return;
      }
      log.push({ at, status: 200 });
      let model = 'gpt-4o-mini';
      try { model = JSON.parse(body).model ?? model; } catch { /* not JSON: answer anyway */ }
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({
          id: `chatcmpl-${log.length}`, object: 'chat.completion', created: Math.floor(Date.now() / 1000), model,
          choices: [{ index: 0, message: { role: 'assistant', content: 'ok' }, finish_reason: 'stop' }],
          usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
        }));
      }, latencyMs);
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    close: () => new Promise((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); }),
  };
}

/** The most requests that arrived within any `spanMs` (sliding), from a log. */
export function maxInAnyWindow(log, spanMs) {
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < log.length; hi++) {
    while (log[hi].at - log[lo].at >= spanMs) lo++;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}
