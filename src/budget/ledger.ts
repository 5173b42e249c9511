/**
 * The run's budget ledger: what the run has spent so far (USD and tokens) plus what the calls in
 * flight may still spend, checked before every provider call. When spend so far plus the
 * in-flight estimates reaches a limit, no new call starts (docs/reference.md: Budgets and rate limits): `reserve`
 * throws BudgetExceededError and the ledger stays exhausted for the rest of the run.
 *
 * An in-flight call is estimated from its prompt tokens and its `max_tokens` (the most it can
 * answer); without `max_tokens`, from the mean answer length seen so far in this run, else
 * EXPECTED_OUTPUT_TOKENS. When the call ends, its real cost replaces the estimate.
 *
 * The ledger is in-process and knows nothing of cache keys: a resumed run starts from the spend
 * its earlier attempts recorded, and a larger budget lets it go on with the same keys.
 */
import type { Price } from '../jobspec/schema.js';
import { OrchestratorError } from '../util/errors.js';
import { callCost } from '../providers/prices.js';

export { EXPECTED_OUTPUT_TOKENS } from '../jobspec/call-tokens.js';
import { EXPECTED_OUTPUT_TOKENS } from '../jobspec/call-tokens.js';

export interface BudgetLimits {
  usd?: number;
  tokens?: number;
  /**
   * A share of a larger budget (a matrix leg's): a call whose own estimate would take the spend
   * past the limit does not start either, so the legs together stay within the whole budget.
   */
  strict?: boolean;
}

export interface Spend {
  usd: number;
  tokens: number;
}

export interface CallEstimate {
  promptTokens: number;
  /** The call's `max_tokens`, when the provider sets one. */
  maxTokens?: number;
  price?: Price;
}

/** A call admitted by the ledger; `settle` it with what it really cost, once. */
export interface Reservation {
  readonly usd: number;
  readonly tokens: number;
}

export class BudgetExceededError extends OrchestratorError {
  constructor(
    readonly limit: 'usd' | 'tokens',
    readonly budget: BudgetStatus,
  ) {
    const what =
      limit === 'usd'
        ? `$${formatUsd(budget.spent.usd)} spent of the $${formatUsd(budget.limits.usd!)} budget`
        : `${budget.spent.tokens} tokens used of the ${budget.limits.tokens} token budget`;
    super('E_BUDGET_EXCEEDED', `budget reached: ${what}; no new provider call starts`, {
      retryable: false,
      hint:
        'resume the run with a larger budget: orchestrator run --spec FILE --resume JOB_ID --budget-usd N, ' +
        'with the --input flags it was started with (`run` prints the exact command; cache hits and completed ' +
        'steps cost nothing again)',
    });
  }
}

export interface BudgetStatus {
  limits: BudgetLimits;
  spent: Spend;
  inFlight: Spend;
  exhausted: boolean;
}

export function formatUsd(usd: number): string {
  return usd >= 1 ? usd.toFixed(2) : usd.toPrecision(3);
}

export class BudgetLedger {
  private readonly spent: Spend;
  private readonly inFlight: Spend = { usd: 0, tokens: 0 };
  private outputTokensSeen = 0;
  private answersSeen = 0;
  private exhaustedBy: 'usd' | 'tokens' | undefined;
  private calls = 0;
  private waiters: Array<() => void> = [];

  constructor(
    readonly limits: BudgetLimits,
    spentBefore: Spend = { usd: 0, tokens: 0 },
    /** Called once, when a limit is first reached (the engine writes budget.exceeded). */
    private readonly onExhausted: (limit: 'usd' | 'tokens', status: BudgetStatus) => void = () => {},
  ) {
    this.spent = { ...spentBefore };
  }

  /** The limit that stopped the run, once one has. */
  get exhaustedLimit(): 'usd' | 'tokens' | undefined {
    return this.exhaustedBy;
  }

  get exhausted(): boolean {
    return this.exhaustedBy !== undefined;
  }

  status(): BudgetStatus {
    return { limits: this.limits, spent: { ...this.spent }, inFlight: { ...this.inFlight }, exhausted: this.exhausted };
  }

  /** What a call may cost at most (or typically, without max_tokens). */
  estimate(call: CallEstimate): Reservation {
    const out =
      call.maxTokens ?? (this.answersSeen > 0 ? this.outputTokensSeen / this.answersSeen : EXPECTED_OUTPUT_TOKENS);
    const usd = call.price ? callCost(call.price, call.promptTokens, out) : 0;
    return { usd, tokens: call.promptTokens + out };
  }

  /**
   * Admits a call or throws BudgetExceededError. When spend so far alone has reached a limit,
   * the call is refused. When only the in-flight estimates reach it, the call waits for those
   * calls to end (their real cost replaces their estimate) and is checked again: an estimate
   * never refuses a call that real spend would have allowed. Its own estimate does not count,
   * so a budget smaller than one call still lets the first call run, and then stops the run.
   */
  async reserve(call: CallEstimate, signal?: AbortSignal): Promise<Reservation> {
    for (;;) {
      const over =
        this.over(false) ?? (this.limits.strict && this.calls === 0 ? this.over(true, this.estimate(call)) : undefined);
      if (over) {
        this.markExhausted(over);
        throw new BudgetExceededError(over, this.status());
      }
      if (!this.over(true, this.limits.strict ? this.estimate(call) : undefined)) break;
      await this.nextSettle(signal);
    }
    const r = this.estimate(call);
    this.inFlight.usd += r.usd;
    this.inFlight.tokens += r.tokens;
    this.calls += 1;
    return r;
  }

  private nextSettle(signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => reject(signal!.reason);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      });
    });
  }

  /** The call ended: its estimate leaves the in-flight sum and what it really cost is spent. */
  settle(r: Reservation, actual?: { usd: number; inputTokens: number; outputTokens: number }): void {
    this.calls -= 1;
    this.inFlight.usd = Math.max(0, this.inFlight.usd - r.usd);
    this.inFlight.tokens = Math.max(0, this.inFlight.tokens - r.tokens);
    // Float sums drift: with nothing in flight, nothing is in flight.
    if (this.calls === 0) this.inFlight.usd = this.inFlight.tokens = 0;
    if (!actual) return this.wake();
    this.spent.usd += actual.usd;
    this.spent.tokens += actual.inputTokens + actual.outputTokens;
    this.outputTokensSeen += actual.outputTokens;
    this.answersSeen += 1;
    const over = this.over(false);
    if (over) this.markExhausted(over);
    this.wake();
  }

  private markExhausted(by: 'usd' | 'tokens'): void {
    if (this.exhaustedBy) return;
    this.exhaustedBy = by;
    this.onExhausted(by, this.status());
  }

  private wake(): void {
    const waiting = this.waiters.splice(0);
    for (const w of waiting) w();
  }

  /** `next`: a call about to start, counted as well (strict limits only: there it must fit, not merely start below). */
  private over(withInFlight = true, next?: Reservation): 'usd' | 'tokens' | undefined {
    const usd = this.spent.usd + (withInFlight ? this.inFlight.usd : 0);
    const tokens = this.spent.tokens + (withInFlight ? this.inFlight.tokens : 0);
    if (next) {
      if (this.limits.usd !== undefined && usd + next.usd > this.limits.usd) return 'usd';
      if (this.limits.tokens !== undefined && tokens + next.tokens > this.limits.tokens) return 'tokens';
      return undefined;
    }
    if (this.limits.usd !== undefined && usd >= this.limits.usd) return 'usd';
    if (this.limits.tokens !== undefined && tokens >= this.limits.tokens) return 'tokens';
    return undefined;
  }
}
