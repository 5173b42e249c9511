/**
 * A provider call as composed gates. Each gate wraps the rest of the call (`(next) => call`),
 * takes what it guards on the way in and gives it back in one `finally` on the way out, whatever
 * the outcome: the circuit breaker's probe, the pacer's slot, the budget's reservation, the call's
 * deadline. `composeGates` nests them in the order listed, outermost first, as cockatiel's
 * `wrap(...policies)` does; the retry gate is outermost, so every retry passes every gate again.
 *
 * Gates do not write events. What happens is reported through hooks (`CallHooks`, as cockatiel's
 * `onRetry` / `onBreak` / `onHalfOpen`), which the pool maps onto llm.* / step.retrying /
 * rate_limit.* events; the breaker reports its own transitions (circuit.*).
 *
 * Why not cockatiel itself: its timers and breaker read the real clock (`Date.now()`,
 * `setTimeout`), while the run's clock is injected so tests retry and cool down in no time; its
 * retry does not honour a server's Retry-After within a cap, and its backoff cannot pause the
 * other steps that share a provider after a 429. See docs/ARCHITECTURE.md.
 */
import type { BudgetLedger, CallEstimate } from '../budget/ledger.js';
import type { Usage } from '../events/types.js';
import type { CompletionResult, PartialUsage, Provider } from '../providers/types.js';
import { backoffDelay, type BackoffOptions } from '../resilience/backoff.js';
import type { CircuitBreaker } from '../resilience/circuit-breaker.js';
import { callSignal, raceAbort } from '../resilience/timeout.js';
import type { Clock } from '../util/clock.js';
import { OrchestratorError, TimeoutError } from '../util/errors.js';
import type { Pacer } from './pacer.js';

/** The call as it was really made: set by `callGate` once every gate let it through. */
export interface CallRecord {
  /** Its number among every call of the step's invoke (retries and fallbacks), 1 = the first. */
  number: number;
  span: string;
  started: number;
}

/** One try against one provider, as the gates see it on the way in. */
export interface Attempt {
  readonly provider: Provider;
  /** 1 = the first call to this provider for this invoke; retries count up. */
  readonly providerAttempt: number;
  /** The caller's signal, joined with the call's deadline inside the timeout gate. */
  readonly signal: AbortSignal;
  /** What the gates learned on the way in, shared by every gate of this try. */
  readonly log: { pacedMs: number; call?: CallRecord; charge?: Charge; partial?: PartialUsage };
}

/**
 * What a call that timed out or was cancelled is charged (docs/reference.md, "Prompt caching and
 * cost"): the usage the provider streamed before the cut (`estimated: false`), else the input it
 * was sent, at the input rate, with no output estimate (`estimated: true`).
 */
export interface Charge {
  usage: Usage;
  costUsd: number;
  estimated: boolean;
}

/** A call's answer and what it cost. */
export interface Priced {
  result: CompletionResult;
  costUsd: number;
}

export type Call = (attempt: Attempt) => Promise<Priced>;
export type Gate = (next: Call) => Call;

/** The gates nested in the order given (the first is outermost) around `call`. */
export function composeGates(...gates: Gate[]): Gate {
  return (call) => gates.reduceRight<Call>((inner, gate) => gate(inner), call);
}

/** How a failed call is judged by the retry gate. */
export interface Verdict {
  /** The caller cancelled (Ctrl-C): not the provider's failure. */
  cancelled: boolean;
  retryable: boolean;
  willRetry: boolean;
  /** The wait before the retry: backoff with full jitter, or the server's Retry-After within the cap. */
  delayMs: number;
  retryAfterMs?: number;
}

export interface CallHooks {
  /** Every gate let the call through; the provider is called now. */
  onCall(attempt: Attempt, call: CallRecord): void;
  /** The call answered, and every gate has been released. */
  onSuccess(attempt: Attempt, call: CallRecord, priced: Priced): void;
  /** The call failed, every gate has been released, and the verdict says what happens next. */
  onFailure(attempt: Attempt, call: CallRecord, error: unknown, verdict: Verdict): void;
  /** The call is tried again after `verdict.delayMs`. */
  onRetry(attempt: Attempt, call: CallRecord, error: unknown, verdict: Verdict): void;
}

export function isCancel(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (e instanceof OrchestratorError && e.code === 'E_CANCELLED');
}

/**
 * At most 1 + `retries` calls, retryable errors only. A gate that refuses before any call (an
 * open circuit, the budget, a cancel while queued) is not retried here: its error goes to the
 * route, which fails over or gives up.
 */
export function retryGate(
  policy: { retries: number; backoff?: BackoffOptions; clock: Clock; signal: AbortSignal },
  hooks: Pick<CallHooks, 'onSuccess' | 'onFailure' | 'onRetry'>,
): Gate {
  return (next) => async (first) => {
    for (let n = first.providerAttempt; ; n++) {
      const attempt: Attempt =
        n === first.providerAttempt ? first : { ...first, providerAttempt: n, log: { pacedMs: 0 } };
      let priced: Priced;
      try {
        priced = await next(attempt);
      } catch (error) {
        const call = attempt.log.call;
        if (!call) throw error;
        const cancelled = isCancel(error, policy.signal);
        const retryable = !cancelled && error instanceof OrchestratorError && error.retryable;
        const retryAfterMs = error instanceof OrchestratorError ? error.retryAfterMs : undefined;
        const verdict: Verdict = {
          cancelled,
          retryable,
          willRetry: retryable && n <= policy.retries,
          delayMs: backoffDelay(n, retryAfterMs, policy.backoff),
          ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
        hooks.onFailure(attempt, call, error, verdict);
        if (!verdict.willRetry) throw error;
        hooks.onRetry(attempt, call, error, verdict);
        await policy.clock.sleep(verdict.delayMs, policy.signal); // rejects when the run is cancelled
        continue;
      }
      hooks.onSuccess(attempt, attempt.log.call!, priced);
      return priced;
    }
  };
}

/**
 * The provider's circuit breaker, shared by every step of the run. It goes first among the
 * per-call gates so an open circuit fails over at once instead of queueing for a pacer slot.
 * A call that was never made, or was cancelled, says nothing about the provider: released.
 */
export function breakerGate(breaker: CircuitBreaker, signal: AbortSignal): Gate {
  return (next) => async (attempt) => {
    breaker.acquire(); // throws CircuitOpenError: the route fails over without a call
    let outcome: 'success' | 'failure' | 'none' = 'none';
    try {
      const priced = await next(attempt);
      outcome = 'success';
      return priced;
    } catch (e) {
      if (attempt.log.call && !isCancel(e, signal)) outcome = 'failure';
      throw e;
    } finally {
      if (outcome === 'success') breaker.success();
      else if (outcome === 'failure') breaker.failure();
      else breaker.release();
    }
  };
}

/**
 * A paced provider is warmed (its SDK imported) before its first slot is taken, so the slot is
 * not held while modules load. A failed warm-up shows on the call itself.
 */
export function warmGate(pacer: Pacer, warmed: Set<string>): Gate {
  return (next) => async (attempt) => {
    const { provider } = attempt;
    if (pacer.active && !warmed.has(provider.name)) {
      warmed.add(provider.name);
      await provider.warm?.().catch(() => undefined);
    }
    return next(attempt);
  };
}

/** The provider's pacer (rate_limit, 429 pauses): a slot for `tokens`, given back when the call ends. */
export function pacerGate(pacer: Pacer, tokens: number): Gate {
  return (next) => async (attempt) => {
    const slot = await pacer.acquire(tokens, attempt.signal);
    attempt.log.pacedMs = slot.waitedMs;
    try {
      const priced = await next(attempt);
      pacer.succeeded();
      return priced;
    } finally {
      pacer.release();
    }
  };
}

/**
 * The run's budget, checked after the pacer's wait (spend may have grown while the call queued):
 * a reservation of the call's estimate, settled with what the call really cost, or with nothing
 * when it failed.
 */
export function budgetGate(budget: BudgetLedger | undefined, estimate: CallEstimate): Gate {
  if (!budget) return (next) => next;
  return (next) => async (attempt) => {
    const reservation = await budget.reserve(estimate, attempt.signal);
    let spent: { usd: number; inputTokens: number; outputTokens: number } | undefined;
    try {
      const priced = await next(attempt);
      spent = {
        usd: priced.costUsd,
        inputTokens: priced.result.usage.input_tokens,
        outputTokens: priced.result.usage.output_tokens,
      };
      return priced;
    } finally {
      const charge = attempt.log.charge;
      budget.settle(
        reservation,
        spent ??
          (charge
            ? {
                usd: charge.costUsd,
                inputTokens: charge.usage.input_tokens,
                outputTokens: charge.usage.output_tokens,
              }
            : undefined),
      );
    }
  };
}

/** Past every gate that may refuse: the call is made now, counted and given its span. */
export function callGate(
  counter: { calls: number },
  newSpanId: () => string,
  clock: Clock,
  onCall: CallHooks['onCall'],
): Gate {
  return (next) => (attempt) => {
    counter.calls += 1;
    const call: CallRecord = { number: counter.calls, span: newSpanId(), started: clock.now() };
    attempt.log.call = call;
    onCall(attempt, call);
    return next(attempt);
  };
}

/**
 * The call's deadline, joined with the caller's signal. A provider that ignores its signal still
 * cannot hold the step past the deadline, and a call the deadline ended fails with TimeoutError.
 */
/**
 * Innermost but one: a call that ends in its deadline or the run's cancellation is charged. The
 * provider fills `attempt.log.partial` as its stream reports usage; a call cut after that is
 * charged the reported usage at the provider's rates. Otherwise (no stream, or none reported yet:
 * OpenAI reports usage only at the end) the input it was sent, counted by `inputTokens`, at the
 * input rate, marked as an estimate. The budget gate settles with it and the call's llm.error carries it.
 */
export function chargeGate(
  inputTokens: (provider: Provider) => Promise<number>,
  cost: (provider: Provider, usage: Usage) => number,
): Gate {
  return (next) => async (attempt) => {
    const partial: PartialUsage = {};
    attempt.log.partial = partial;
    try {
      return await next(attempt);
    } catch (e) {
      const timedOut = e instanceof TimeoutError || attempt.signal.aborted;
      if (timedOut) {
        const { provider } = attempt;
        if (partial.usage)
          attempt.log.charge = { usage: partial.usage, costUsd: cost(provider, partial.usage), estimated: false };
        else {
          const tokens = await inputTokens(provider);
          const usage = { input_tokens: tokens, output_tokens: 0 };
          attempt.log.charge = {
            usage,
            costUsd: ((provider.price?.input_per_mtok ?? 0) * tokens) / 1e6,
            estimated: true,
          };
        }
      }
      throw e;
    }
  };
}

export function timeoutGate(timeoutMs: number): Gate {
  return (next) => async (attempt) => {
    const name = attempt.provider.name;
    const deadline = callSignal(attempt.signal, timeoutMs, () => new TimeoutError(name, timeoutMs));
    try {
      return await raceAbort(next({ ...attempt, signal: deadline.signal }), deadline.signal);
    } catch (e) {
      throw deadline.timedOut() && !attempt.signal.aborted ? new TimeoutError(name, timeoutMs) : e;
    } finally {
      deadline.dispose();
    }
  };
}
