/**
 * One pacer per provider, shared by every step and route of a run: it holds the provider's
 * `rate_limit` (rpm, tpm, concurrency) across all of them, and a 429's `retry-after` pauses the
 * provider for everyone, not only for the call that got it.
 *
 * rpm is held the way providers enforce it: over short windows ("60,000 requests/minute may be
 * enforced as 1,000 requests/second", OpenAI's rate-limit guide), so a burst that a one-minute
 * window allows still draws 429s. A call may start when fewer than L = max(1, floor(rpm / 60))
 * calls started within the last window W = L x 60 s / rpm (one second at rpm >= 60), and never
 * sooner than 90 % of an interval (60 s / rpm) after the previous one: calls come nearly evenly
 * spaced, and a timer that fired late is made up by the next calls instead of delaying every
 * later one (even spacing from each real start made a loaded machine's timer lateness add up:
 * 1.10x the ideal makespan instead of 1.03x). tpm is paced evenly: a call of n tokens holds the next one back by n x 60 s / tpm
 * from when it really started. A call's tokens are its prompt plus `max_tokens`, the figure
 * OpenAI counts against TPM when the request arrives.
 *
 * SAFETY margin: windows and intervals are stretched by 2 % so that arrival jitter on the
 * server's side never squeezes L + 1 calls into one of its windows. Start times are when calls
 * really start, never when they were due.
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
import type { RateLimit } from '../spec/schema.js';

export const PACING_MARGIN = 1.02;
/** The shortest gap between two starts, as a share of the rpm interval (the window does the limiting). */
export const MIN_GAP_SHARE = 0.9;

/** A call the pacer let through: hand it back with `release` when the call ends. */
export interface PacerSlot {
  readonly waitedMs: number;
}

export class Pacer {
  /** Earliest time the next call may start, from tpm, the previous call and the probe. */
  private nextAt = 0;
  /** Start times of the last L calls (rpm), oldest first. */
  private readonly starts: number[] = [];
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

  /** The spacing a call imposes on the next one under rpm and tpm, margin included. */
  private intervalMs(tokens: number): number {
    let ms = 0;
    if (this.limit.rpm) ms = Math.max(ms, 60_000 / this.limit.rpm);
    if (this.limit.tpm) ms = Math.max(ms, (tokens * 60_000) / this.limit.tpm);
    return ms * PACING_MARGIN;
  }

  /** rpm as L calls per window of W ms. */
  private window(): { calls: number; ms: number } | undefined {
    const rpm = this.limit.rpm;
    if (!rpm) return undefined;
    const calls = Math.max(1, Math.floor(rpm / 60));
    return { calls, ms: ((calls * 60_000) / rpm) * PACING_MARGIN };
  }

  /** When the next call may start: the window, the minimum gap, tpm, the probe and any pause. */
  private readyAt(): number {
    let at = Math.max(this.nextAt, this.pausedUntil);
    const w = this.window();
    if (w && this.starts.length >= w.calls) at = Math.max(at, this.starts[this.starts.length - w.calls]! + w.ms);
    return at;
  }

  private recordStart(now: number, tokens: number): void {
    const w = this.window();
    // 90 % of an rpm interval at least between two starts: nearly even, room to make up a late timer.
    const gap = this.limit.rpm ? (MIN_GAP_SHARE * 60_000) / this.limit.rpm : 0;
    const tpm = this.limit.tpm ? ((tokens * 60_000) / this.limit.tpm) * PACING_MARGIN : 0;
    this.nextAt = now + Math.max(gap, tpm);
    if (w) {
      this.starts.push(now);
      if (this.starts.length > w.calls) this.starts.shift();
    }
  }

  /** The pause a 429 asked for; every call to this provider waits it out. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
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
    const paced = this.readyAt() + this.queued * this.intervalMs(tokens) - now;
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
          const wait = this.readyAt() - now;
          if (wait <= 0) break;
          // Re-checked after the sleep: a 429 that arrived meanwhile extends the wait.
          await this.clock.sleep(wait, signal);
        }
      } catch (e) {
        this.releaseSlot();
        throw e;
      }
      this.recordStart(this.clock.now(), tokens);
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
    p.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    });
  });
}
