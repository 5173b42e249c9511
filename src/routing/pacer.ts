/**
 * One pacer per provider, shared by every step and route of a run: it holds the provider's
 * `rate_limit` (rpm, tpm, concurrency) across all of them, and a 429's `retry-after` pauses the
 * provider for everyone, not only for the call that got it.
 *
 * Pacing is even, with no burst (GCRA with zero tolerance): a call may start one emission
 * interval (60 s / rpm, and its tokens x 60 s / tpm) after the previous one started. Why no
 * burst: providers enforce per-minute limits over much shorter windows ("60,000 requests/minute
 * may be enforced as 1,000 requests/second", OpenAI's rate-limit guide), so a burst that a
 * one-minute window allows still draws 429s. A call's tokens are its prompt plus `max_tokens`,
 * the figure OpenAI counts against TPM when the request arrives.
 *
 * SAFETY margin: the interval is stretched by 2 % so that timer lateness on our side and
 * arrival jitter on the server's never squeeze two calls closer than the server's window allows.
 * The next slot is counted from when the call was due, as long as it started at most 1 % of an
 * interval late (so ordinary timer lateness does not add up over hundreds of calls), and from
 * when it really started past that: no two starts are ever closer than 1.01 unstretched intervals. (A sliding
 * window of rpm/60 starts a second, which makes up late starts fully, was tried: it runs calls at
 * the edge of the server's window and drew 3 % 429s on a loaded machine.)
 *
 * The first call to a paced provider is a probe: the next call waits for its answer, then one
 * interval. A first call pays one-time costs (loading the HTTP stack, warming code paths) before
 * its request leaves, so it reaches the server late; pacing the second one from the first one's
 * start would put the two closer together at the server than the limit allows. It also means a
 * dead provider is found out by one call, not by every step at once.
 *
 * Waiters are served first come, first served (one queue): a step that has waited longest goes
 * first, and `expectedWaitMs` can tell a route what waiting here would cost.
 */
import type { Clock } from '../engine/types.js';
import type { RateLimit } from '../jobspec/schema.js';

export const PACING_MARGIN = 1.02;
/** How late (share of an unstretched interval) a start may be and still keep the schedule. */
export const CATCH_UP_SHARE = 0.01;
/** The most a run of 429s widens a provider's spacing. */
export const MAX_STRETCH = 1.5;

/** A call the pacer let through: hand it back with `release` when the call ends. */
export interface PacerSlot {
  readonly waitedMs: number;
}

export class Pacer {
  /** Earliest time the next call may start (the GCRA's theoretical arrival time). */
  private nextAt = 0;
  /** Widening of the spacing after 429s that came despite pacing (1 = none). */
  private stretch = 1;
  private pausedUntil = 0;
  private inFlight = 0;
  private queued = 0;
  /** Serialises waiters: each one waits for the one before it to get its slot. */
  private tail: Promise<void> = Promise.resolve();
  private readonly concurrencyWaiters: Array<() => void> = [];
  private probed = false;
  private probe?: Promise<void>;
  private endProbe?: () => void;

  constructor(
    readonly provider: string,
    private readonly limit: RateLimit,
    private readonly clock: Clock,
  ) {}

  /** True when the provider has any limit to pace. */
  get active(): boolean {
    return this.limit.rpm !== undefined || this.limit.tpm !== undefined || this.limit.concurrency !== undefined;
  }

  private intervalMs(tokens: number): number {
    let ms = 0;
    if (this.limit.rpm) ms = Math.max(ms, 60_000 / this.limit.rpm);
    if (this.limit.tpm) ms = Math.max(ms, (tokens * 60_000) / this.limit.tpm);
    return ms * PACING_MARGIN * this.stretch;
  }

  /**
   * The pause a 429 asked for; every call to this provider waits it out. A 429 that arrives
   * although the calls were paced says the margin is too thin for this machine or network now
   * (a busy machine delays some requests more than others between their slot and the wire):
   * the spacing widens by 10 % (at most 1.5x), and narrows back by 0.2 % a call that succeeds.
   */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
    if (this.limit.rpm !== undefined || this.limit.tpm !== undefined)
      this.stretch = Math.min(MAX_STRETCH, this.stretch * 1.1);
  }

  /** A call answered: the spacing a 429 widened narrows back a little. */
  succeeded(): void {
    if (this.stretch > 1) this.stretch = Math.max(1, this.stretch - 0.002);
  }

  /** How much the spacing is widened after 429s (1 = not at all). */
  get stretchFactor(): number {
    return this.stretch;
  }

  /** Milliseconds left of a 429 pause (0 when none). */
  pausedForMs(): number {
    return Math.max(0, this.pausedUntil - this.clock.now());
  }

  /**
   * How long a call asked for now would wait before it starts: the pause, the pacing of the
   * calls queued before it, and, when every concurrency slot is taken, at least something.
   */
  expectedWaitMs(tokens = 0): number {
    const now = this.clock.now();
    const paced = Math.max(this.nextAt, this.pausedUntil) + this.queued * this.intervalMs(tokens) - now;
    return Math.max(0, paced);
  }

  /** Waits for a concurrency slot, then for the call's turn under rpm/tpm and any pause. */
  async acquire(tokens: number, signal?: AbortSignal): Promise<PacerSlot> {
    const started = this.clock.now();
    this.queued += 1;
    let turnDone!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((r) => (turnDone = r));
    try {
      await previous;
      await this.concurrencySlot(signal);
      try {
        if (this.probe) await untilDone(this.probe, signal);
        for (;;) {
          const now = this.clock.now();
          const wait = Math.max(this.nextAt, this.pausedUntil) - now;
          if (wait <= 0) break;
          // Re-checked after the sleep: a 429 that arrived meanwhile extends the wait.
          await this.clock.sleep(wait, signal);
        }
      } catch (e) {
        this.releaseSlot();
        throw e;
      }
      const now = this.clock.now();
      const interval = this.intervalMs(tokens);
      // Due at nextAt: a start at most CATCH_UP_SHARE of an interval late keeps the schedule.
      const late = now - this.nextAt;
      this.nextAt = late <= (CATCH_UP_SHARE * interval) / PACING_MARGIN ? this.nextAt + interval : now + interval;
      if (!this.probed && (this.limit.rpm !== undefined || this.limit.tpm !== undefined)) {
        this.probed = true;
        this.probe = new Promise<void>((r) => (this.endProbe = r));
      }
      return { waitedMs: this.clock.now() - started };
    } finally {
      this.queued -= 1;
      turnDone();
    }
  }

  /** The call ended (any outcome). */
  release(): void {
    if (this.endProbe) {
      this.nextAt = Math.max(this.nextAt, this.clock.now() + this.intervalMs(0));
      this.endProbe();
      this.endProbe = undefined;
      this.probe = undefined;
    }
    this.releaseSlot();
  }

  private releaseSlot(): void {
    if (this.limit.concurrency === undefined) return;
    this.inFlight -= 1;
    this.concurrencyWaiters.shift()?.();
  }

  private concurrencySlot(signal?: AbortSignal): Promise<void> {
    const max = this.limit.concurrency;
    if (max === undefined) return Promise.resolve();
    if (this.inFlight < max) {
      this.inFlight += 1;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        this.inFlight += 1;
        resolve();
      };
      const onAbort = () => {
        const i = this.concurrencyWaiters.indexOf(grant);
        if (i >= 0) this.concurrencyWaiters.splice(i, 1);
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.concurrencyWaiters.push(grant);
    });
  }
}

/** Waits for `p`, or rejects with the signal's reason when the signal aborts first. */
function untilDone(p: Promise<void>, signal?: AbortSignal): Promise<void> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
