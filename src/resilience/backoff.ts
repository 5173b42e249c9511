/**
 * How long to wait before the next try: exponential backoff with full jitter (AWS architecture
 * blog, "Exponential Backoff And Jitter"), raised to what the server asked for (Retry-After),
 * within a bound so a server cannot park a run for an hour.
 */
export interface BackoffOptions {
  /** First retry waits up to this long (ms). Default 500. */
  baseMs?: number;
  /** No computed wait exceeds this (ms). Default 20 000. */
  capMs?: number;
  /** The most we honour of a server's Retry-After (ms). Default 30 000. */
  maxRetryAfterMs?: number;
  /** [0, 1) source for jitter; tests pass a fixed one. Default Math.random. */
  random?: () => number;
}

export const DEFAULT_BACKOFF: Required<BackoffOptions> = {
  baseMs: 500,
  capMs: 20_000,
  maxRetryAfterMs: 30_000,
  random: Math.random,
};

/**
 * The wait before retry number `retry` (1 = the first retry). Full jitter: uniform in
 * [0, min(cap, base * 2^(retry-1))]; a server's Retry-After (capped) is a floor.
 */
export function backoffDelay(retry: number, retryAfterMs: number | undefined, options: BackoffOptions = {}): number {
  const o = { ...DEFAULT_BACKOFF, ...options };
  const ceiling = Math.min(o.capMs, o.baseMs * 2 ** Math.max(0, retry - 1));
  const jittered = Math.floor(o.random() * ceiling);
  if (retryAfterMs === undefined) return jittered;
  return Math.max(jittered, Math.min(Math.ceil(retryAfterMs), o.maxRetryAfterMs));
}

/**
 * The delay a server asked for, from `retry-after-ms` (OpenAI, Anthropic: milliseconds) or
 * `retry-after` (RFC 9110: seconds or an HTTP date). Undefined when absent or unreadable.
 */
export function parseRetryAfter(
  headers: Record<string, string | undefined> | undefined,
  now: number = Date.now(),
): number | undefined {
  if (!headers) return undefined;
  const get = (name: string): string | undefined => {
    for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name && v !== undefined) return v.trim();
    return undefined;
  };
  const ms = get('retry-after-ms');
  if (ms !== undefined && ms !== '') {
    const n = Number(ms);
    if (Number.isFinite(n) && n >= 0) return n;
  }
  const ra = get('retry-after');
  if (ra === undefined || ra === '') return undefined;
  const seconds = Number(ra);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(ra);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
