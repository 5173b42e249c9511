/**
 * Work that never waits on I/O (cache hits, a replay without latency) runs as one long chain of
 * microtasks: timers and signal handlers (Ctrl-C, SIGTERM) wait until it ends. A yielder lets the
 * event loop turn once every `intervalMs` of such work, so an abort is seen while the work goes on.
 */
import { setImmediate as turn } from 'node:timers/promises';

export const YIELD_INTERVAL_MS = 10;

/**
 * Returns a function to call between units of work: a promise to await when it is time to yield,
 * else undefined. While a turn is pending every caller gets the same promise, so that all the work
 * pauses together and the loop really turns.
 */
export function yielder(
  intervalMs = YIELD_INTERVAL_MS,
  now: () => number = () => performance.now(),
): () => Promise<unknown> | undefined {
  let last = now();
  let pending: Promise<unknown> | undefined;
  return () => {
    if (pending) return pending;
    if (now() - last < intervalMs) return undefined;
    pending = turn().then(() => {
      pending = undefined;
      last = now();
    });
    return pending;
  };
}
