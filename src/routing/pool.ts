/**
 * The run's providers and routes, and the one place a step's LLM call is made: `invoke` resolves
 * the step's target (a provider or a route), orders its candidates (strategy, context windows,
 * exclusions), and for each candidate runs the one retry loop: per-call timeout, typed errors,
 * retry on retryable errors with backoff (full jitter, Retry-After honoured within a cap), a
 * circuit breaker per provider shared by every step of the run, then failover to the next
 * candidate. It emits llm.* / step.retrying / route.* / circuit.* events as it goes.
 */
import type { Clock } from '../util/clock.js';
import type { Level, TypedEventSink } from '../events/types.js';
import { credentialExclusions, needsCredentials } from './credentials.js';
import { createProvider } from '../providers/factory.js';
import type { CompletionResult, PromptCacheHint, Provider, Usage } from '../providers/types.js';
import { cacheSavingsOf, costOfUsage } from '../providers/prices.js';
import type { BatchRecorder } from '../providers/batch/queue.js';
import { backoffDelay, type BackoffOptions } from '../resilience/backoff.js';
import { CircuitBreaker } from '../resilience/circuit-breaker.js';
import { callSignal, raceAbort } from '../resilience/timeout.js';
import type { LoadedSpec, Price } from '../jobspec/schema.js';
import { OrchestratorError, ProviderError, TimeoutError, UsageError, errorMessage } from '../util/errors.js';
import { estimatePromptTokens, planCandidates, deferBusyCandidates } from './strategy.js';
// issue-16: budget ledger and per-provider pacer, called at the call boundary below.
import type { BudgetLedger, Reservation } from '../budget/ledger.js';
import { EXPECTED_OUTPUT_TOKENS } from '../budget/ledger.js';
import { Pacer } from './pacer.js';

export interface InvokeRequest {
  stepId: string;
  /** A provider or route name. */
  target: string;
  system?: string;
  prompt: string;
  timeoutMs: number;
  retries: number;
  signal: AbortSignal;
  /** The step's span: each call gets a child span. */
  stepSpanId: string;
  /** Providers the caller has rejected (on_fail: fallback after a failed check): skip them. */
  exclude?: ReadonlySet<string>;
  /** What the provider answers for, when not the step itself (a judge check: `judge:STEP`); replay looks it up. */
  answerKey?: string;
  /** Added to the data of the call's llm.* events (a judge call: `judge: true, check: INDEX`). */
  eventData?: Record<string, unknown>;
  /** `output_schema`: handed to the provider, which asks for schema-constrained JSON. */
  outputSchema?: Record<string, unknown>;
  /** The sample this call draws or judges: on every event of the call; replay answers sample k from element k mod length. */
  sample?: number;
  /** The request's stable prefix, for providers that cache prompts. */
  promptCache?: PromptCacheHint;
  /** A sampled step's draw: its sample's cache key, on every event; llm.response then keeps the answer for `--resume`. */
  sampleKey?: string;
}

/** The `sample` / `sample_key` tag of a sampled call's events (docs/reference.md, "Samples and gates"). */
function sampleTag(req: InvokeRequest): { sample?: number; sample_key?: string } {
  return {
    ...(req.sample !== undefined ? { sample: req.sample } : {}),
    ...(req.sampleKey !== undefined ? { sample_key: req.sampleKey } : {}),
  };
}

export interface InvokeResult {
  result: CompletionResult;
  provider: Provider;
  /** Provider calls made for this result, 1 = first try (retries and fallbacks included). */
  attempts: number;
  costUsd: number;
}

export interface ProviderPoolOptions {
  loaded: LoadedSpec;
  env: Record<string, string | undefined>;
  overrides?: Record<string, Provider>;
  events: TypedEventSink;
  clock: Clock;
  newSpanId: () => string;
  /** Backoff tuning (tests make it tiny); defaults in src/resilience/backoff.ts. */
  backoff?: BackoffOptions;
  /** The run's budget (spec `budget` / --budget-usd): checked before every call. */
  budget?: BudgetLedger;
  /** The run's record of batch submissions, for providers with `batch: true`. */
  batch?: BatchRecorder;
  /** Prices resolved for the run (src/providers/price-registry.ts); a spec's `price` wins anyway. */
  prices?: Readonly<Record<string, { price?: Price }>>;
  /** The run's secret redaction (strict replay compares with redacted, logged prompts). */
  redact?: (text: string) => string;
  /** No credentials (a fork's pull request, `credentials: none`): no call to a provider that needs them. */
  withoutCredentials?: boolean;
}

/** Expected duration of a call to a provider that has not answered yet in this run. */
export const DEFAULT_EXPECTED_LATENCY_MS = 5000;

/** Codes after which another provider will not do better: the step fails without failover. */
const NO_FAILOVER = new Set(['E_BAD_REQUEST', 'E_CANCELLED', 'E_BUDGET_EXCEEDED', 'E_BATCH_PENDING']);

/** How an invoke ended: its result, or the error it gave up with; both say how many calls it made. */
export type InvokeOutcome = ({ ok: true } & InvokeResult) | { ok: false; error: unknown; attempts: number };

const attemptsByError = new WeakMap<object, number>();

/**
 * @deprecated 2.0 API, kept for embedders: the calls made before `invoke` threw `error`. Use
 * `invokeSettled`, which returns them.
 */
export function attemptsOf(error: unknown): number | undefined {
  return error !== null && typeof error === 'object' ? attemptsByError.get(error) : undefined;
}

export function costOf(provider: Provider, usage: Usage): number {
  return costOfUsage(usage, provider.price, { providerType: provider.type, cacheTtl: provider.promptCacheTtl });
}

function cacheSaved(provider: Provider, usage: Usage): { cache_saved_usd?: number } {
  if (!usage.cached_input_tokens && !usage.cache_write_tokens) return {};
  const saved = cacheSavingsOf(usage, provider.price, {
    providerType: provider.type,
    cacheTtl: provider.promptCacheTtl,
  });
  return saved !== 0 ? { cache_saved_usd: Math.round(saved * 1e8) / 1e8 } : {};
}

function codeOf(e: unknown): string {
  return e instanceof OrchestratorError ? e.code : 'E_PROVIDER';
}

function isCancel(e: unknown, signal: AbortSignal): boolean {
  return signal.aborted || (e instanceof OrchestratorError && e.code === 'E_CANCELLED');
}

/** Counts calls across the whole invoke (retries and fallbacks). */
interface CallCounter {
  calls: number;
}

export class ProviderPool {
  private readonly providers = new Map<string, Provider>();
  private readonly breakers = new Map<string, CircuitBreaker>();
  private readonly pacers = new Map<string, Pacer>();
  private readonly warmed = new Set<string>();
  /** Mean duration of a provider's successful calls in this run (exponentially weighted). */
  private readonly latencyMs = new Map<string, number>();

  constructor(private readonly opts: ProviderPoolOptions) {}

  /** The provider called `name`, built on first use. */
  get(name: string): Provider {
    let p = this.providers.get(name);
    if (p) return p;
    p = this.opts.overrides?.[name];
    if (!p) {
      const spec = this.opts.loaded.spec.providers[name];
      if (!spec)
        throw new UsageError('E_UNKNOWN_PROVIDER', `unknown provider ${name}`, {
          hint: 'declare it under providers: or routes:',
        });
      // The run's resolved price: the spec's own (with the registry's cache rates where it names none), else the registry's.
      const resolved = this.opts.prices?.[name]?.price;
      p = createProvider(name, resolved ? { ...spec, price: resolved } : spec, {
        baseDir: this.opts.loaded.baseDir,
        env: this.opts.env,
        redact: this.opts.redact,
        ...(this.opts.batch ? { batch: this.opts.batch } : {}),
      });
    }
    this.providers.set(name, p);
    return p;
  }

  /** Candidate providers for a target, in the order the route lists them. */
  candidates(target: string): Provider[] {
    const route = this.opts.loaded.spec.routes[target];
    if (!route) return [this.get(target)];
    return route.providers.map((n) => this.get(n));
  }

  /** What the target's answers depend on, for cache keys: a provider's identity, or a route's candidates in order. */
  identity(target: string): unknown {
    const route = this.opts.loaded.spec.routes[target];
    if (!route) return this.get(target).identity();
    return { route: route.strategy, candidates: route.providers.map((n) => this.get(n).identity()) };
  }

  /** Pre-flight every provider a set of targets can reach (missing keys, unreadable fixtures). */
  async preflight(targets: Iterable<string>): Promise<void> {
    const seen = new Set<string>();
    for (const t of targets)
      for (const p of this.candidates(t)) {
        if (seen.has(p.name) || (this.opts.withoutCredentials && needsCredentials(p))) continue;
        seen.add(p.name);
        await p.preflight?.();
      }
  }

  /** The circuit breaker of a provider (one per provider for the whole run). */
  breaker(name: string): CircuitBreaker {
    let b = this.breakers.get(name);
    if (b) return b;
    const cfg = this.opts.loaded.spec.circuit_breaker;
    b = new CircuitBreaker(
      name,
      { failureThreshold: cfg.failure_threshold, cooldownMs: cfg.cooldown_s * 1000 },
      () => this.opts.clock.now(),
      (t) => {
        const level: Level = t.state === 'open' ? 'warn' : 'info';
        const type =
          t.state === 'open' ? 'circuit.opened' : t.state === 'half_open' ? 'circuit.half_open' : 'circuit.closed';
        this.opts.events.emit({
          type,
          level,
          data: { provider: name, failures: t.failures, cooldown_s: cfg.cooldown_s },
        });
      },
    );
    this.breakers.set(name, b);
    return b;
  }

  /** The pacer of a provider (one per provider for the whole run): its rate_limit and 429 pauses. */
  pacer(name: string): Pacer {
    let p = this.pacers.get(name);
    if (!p) {
      p = new Pacer(name, this.opts.loaded.spec.providers[name]?.rate_limit ?? {}, this.opts.clock);
      this.pacers.set(name, p);
    }
    return p;
  }

  /** What a call to this provider is expected to take, before its own pacer wait. */
  expectedLatencyMs(name: string): number {
    return this.latencyMs.get(name) ?? DEFAULT_EXPECTED_LATENCY_MS;
  }

  /** A call's tokens as limits count them: the prompt plus the most the answer may take. */
  private callTokens(name: string, promptTokens: number): { maxTokens?: number; tokens: number } {
    const spec = this.opts.loaded.spec.providers[name];
    const maxTokens = spec && 'options' in spec ? spec.options?.max_tokens : undefined;
    return { maxTokens, tokens: promptTokens + (maxTokens ?? EXPECTED_OUTPUT_TOKENS) };
  }

  /** The step's call: its result or its error, with the provider calls it made either way. */
  async invokeSettled(req: InvokeRequest): Promise<InvokeOutcome> {
    const counter: CallCounter = { calls: 0 };
    try {
      return { ok: true, ...(await this.invokeRoute(req, counter)) };
    } catch (error) {
      return { ok: false, error, attempts: counter.calls };
    }
  }

  /** `invokeSettled` for callers that only want the result: throws the error it gave up with. */
  async invoke(req: InvokeRequest): Promise<InvokeResult> {
    const r = await this.invokeSettled(req);
    if (!r.ok) {
      if (r.error !== null && typeof r.error === 'object') attemptsByError.set(r.error, r.attempts);
      throw r.error;
    }
    const { ok: _ok, ...result } = r;
    return result;
  }

  private async invokeRoute(req: InvokeRequest, counter: CallCounter): Promise<InvokeResult> {
    const route = this.opts.loaded.spec.routes[req.target];
    const promptTokens = estimatePromptTokens(req.system, req.prompt);
    if (this.opts.withoutCredentials)
      req = {
        ...req,
        exclude: new Set([...(req.exclude ?? []), ...credentialExclusions(req.stepId, this.candidates(req.target))]),
      };
    const plan = planCandidates(route?.strategy ?? 'ordered', this.candidates(req.target), promptTokens, req.exclude);
    if (plan.order.length === 0)
      throw this.noCandidate(
        req,
        promptTokens,
        plan.skipped.map((s) => s.reason),
      );
    const deferred =
      route?.strategy === 'cost'
        ? deferBusyCandidates(
            plan,
            (p) => this.pacer(p.name).expectedWaitMs(this.callTokens(p.name, promptTokens).tokens),
            (p) => this.expectedLatencyMs(p.name),
          )
        : [];
    const { events } = this.opts;
    if (route) {
      events.emit({
        type: 'route.selected',
        step_id: req.stepId,
        data: {
          route: req.target,
          strategy: route.strategy,
          provider: plan.order[0]!.name,
          order: plan.order.map((p) => p.name),
          ...(plan.skipped.length ? { skipped: plan.skipped } : {}),
          ...(deferred.length ? { deferred } : {}),
          prompt_tokens_est: promptTokens,
          ...sampleTag(req),
        },
      });
    }
    const failures: Array<{ provider: string; error: unknown }> = [];
    for (const [i, provider] of plan.order.entries()) {
      if (i > 0) {
        const prev = failures.at(-1)!;
        events.emit({
          type: 'route.fallback',
          level: 'warn',
          step_id: req.stepId,
          data: {
            route: req.target,
            from: prev.provider,
            to: provider.name,
            reason: codeOf(prev.error),
            message: errorMessage(prev.error),
            ...sampleTag(req),
          },
        });
      }
      try {
        const result = await this.callWithRetries(provider, req, counter);
        return { ...result, attempts: counter.calls };
      } catch (e) {
        if (isCancel(e, req.signal)) throw e;
        failures.push({ provider: provider.name, error: e });
        if (!route || NO_FAILOVER.has(codeOf(e))) throw e;
      }
    }
    if (failures.length === 1) throw failures[0]!.error;
    const last = failures.at(-1)!.error;
    throw new ProviderError(
      'E_ROUTE_EXHAUSTED',
      req.target,
      `route ${req.target}: every provider failed: ${failures.map((f) => `${f.provider}: ${codeOf(f.error)} ${errorMessage(f.error)}`).join('; ')}`,
      {
        retryable: false,
        cause: last,
        status: last instanceof OrchestratorError ? last.status : undefined,
        hint: "see each provider's error above; `orchestrator tail --type llm.` shows every call",
      },
    );
  }

  private noCandidate(req: InvokeRequest, promptTokens: number, reasons: string[]): OrchestratorError {
    if (reasons.length > 0 && reasons.every((r) => r === 'context_window')) {
      const windows = this.candidates(req.target)
        .map((p) => `${p.name}: ${p.contextWindow}`)
        .join(', ');
      return new ProviderError(
        'E_CONTEXT_LENGTH',
        req.target,
        `step ${req.stepId}: the prompt (~${promptTokens} tokens) fits no context_window of ${req.target} (${windows})`,
        {
          hint: 'shorten the prompt or context.max_tokens, or add a provider with a larger context_window',
        },
      );
    }
    return new OrchestratorError('E_NO_CANDIDATE', `step ${req.stepId}: no provider left to try for ${req.target}`, {
      hint: 'every candidate was excluded after failed checks; add another provider to the route',
    });
  }

  /**
   * A 429 pauses the provider for every step of the run, not only this call: for as long as this
   * call waits before its retry (its retry-after, capped like the retry; else its backoff).
   * Other waiters see the pause at their next look.
   */
  private pauseOn429(name: string, error: unknown, ms: number, retryAfterMs: number | undefined, stepId: string): void {
    if (!(error instanceof OrchestratorError) || error.status !== 429) return;
    const pacer = this.pacer(name);
    const before = pacer.pausedForMs();
    pacer.pause(ms);
    if (pacer.pausedForMs() > before) {
      this.opts.events.emit({
        type: 'rate_limit.paused',
        level: 'warn',
        step_id: stepId,
        data: { provider: name, pause_ms: ms, ...(retryAfterMs !== undefined ? { retry_after_ms: retryAfterMs } : {}) },
      });
    }
  }

  /** One provider's retry loop: at most 1 + req.retries calls, retryable errors only. */
  private async callWithRetries(
    provider: Provider,
    req: InvokeRequest,
    counter: CallCounter,
  ): Promise<Omit<InvokeResult, 'attempts'>> {
    const { events, clock } = this.opts;
    const breaker = this.breaker(provider.name);
    const pacer = this.pacer(provider.name);
    const promptTokens = estimatePromptTokens(req.system, req.prompt);
    const { maxTokens, tokens } = this.callTokens(provider.name, promptTokens);
    for (let attempt = 1; ; attempt++) {
      breaker.acquire(); // throws CircuitOpenError: the route fails over without a call
      // The breaker goes first so an open circuit fails over at once instead of queueing here.
      let slot: Awaited<ReturnType<Pacer['acquire']>>;
      let reservation: Reservation | undefined;
      try {
        if (pacer.active && !this.warmed.has(provider.name)) {
          this.warmed.add(provider.name);
          await provider.warm?.().catch(() => undefined); // a failed import shows on the call itself
        }
        slot = await pacer.acquire(tokens, req.signal);
        try {
          // Checked after the pacer's wait: spend may have grown while this call queued.
          reservation = await this.opts.budget?.reserve({ promptTokens, maxTokens, price: provider.price }, req.signal);
        } catch (e) {
          pacer.release();
          throw e;
        }
      } catch (e) {
        breaker.release();
        throw e;
      }
      counter.calls += 1;
      const span = this.opts.newSpanId();
      const scope = { step_id: req.stepId, span_id: span, parent_span_id: req.stepSpanId };
      const started = clock.now();
      events.emit({
        type: 'llm.request',
        ...scope,
        data: {
          ...req.eventData,
          provider: provider.name,
          provider_type: provider.type,
          model: provider.model,
          attempt: counter.calls,
          provider_attempt: attempt,
          prompt_chars: (req.system?.length ?? 0) + req.prompt.length,
          timeout_ms: req.timeoutMs,
          ...(slot.waitedMs > 0 ? { paced_ms: slot.waitedMs } : {}),
          ...sampleTag(req),
        },
      });
      // A batch provider's answer arrives when the batch ends: its own bound (batch_wait_s) applies.
      const timeoutMs = Math.max(req.timeoutMs, provider.callTimeoutMs ?? 0);
      const deadline = callSignal(req.signal, timeoutMs, () => new TimeoutError(provider.name, timeoutMs));
      let error: unknown;
      try {
        const result = await raceAbort(
          provider.complete({
            stepId: req.answerKey ?? req.stepId,
            system: req.system,
            prompt: req.prompt,
            signal: deadline.signal,
            attempt,
            ...(req.sample !== undefined ? { sample: req.sample } : {}),
            ...(req.outputSchema ? { outputSchema: req.outputSchema } : {}),
            ...(req.promptCache ? { promptCache: req.promptCache } : {}),
          }),
          deadline.signal,
        );
        breaker.success();
        pacer.succeeded();
        const costUsd = costOf(provider, result.usage);
        if (reservation)
          this.opts.budget!.settle(reservation, {
            usd: costUsd,
            inputTokens: result.usage.input_tokens,
            outputTokens: result.usage.output_tokens,
          });
        reservation = undefined;
        const took = clock.now() - started;
        const mean = this.latencyMs.get(provider.name);
        this.latencyMs.set(provider.name, mean === undefined ? took : mean * 0.8 + took * 0.2);
        events.emit({
          type: 'llm.response',
          ...scope,
          data: {
            ...req.eventData,
            provider: provider.name,
            model: result.model,
            attempt: counter.calls,
            duration_ms: clock.now() - started,
            usage: result.usage,
            finish_reason: result.finishReason,
            cost_usd: costUsd,
            ...sampleTag(req),
            ...(req.sampleKey !== undefined ? { text: result.text } : {}),
            ...cacheSaved(provider, result.usage),
          },
        });
        return { result, provider, costUsd };
      } catch (e) {
        error = deadline.timedOut() && !req.signal.aborted ? new TimeoutError(provider.name, timeoutMs) : e;
      } finally {
        deadline.dispose();
        pacer.release();
        if (reservation) this.opts.budget!.settle(reservation);
      }

      const cancelled = isCancel(error, req.signal);
      if (cancelled) breaker.release();
      else breaker.failure();
      const retryable = !cancelled && error instanceof OrchestratorError && error.retryable;
      const willRetry = retryable && attempt <= req.retries;
      // A cancelled call (Ctrl-C) is not the provider's failure: level warn, `cancelled`, and
      // neither the circuit breaker (released above) nor the quality stats count it.
      events.emit({
        type: 'llm.error',
        level: willRetry || cancelled ? 'warn' : 'error',
        ...scope,
        data: {
          ...req.eventData,
          provider: provider.name,
          model: provider.model,
          attempt: counter.calls,
          duration_ms: clock.now() - started,
          code: cancelled ? 'E_CANCELLED' : codeOf(error),
          message: errorMessage(error),
          status: error instanceof OrchestratorError ? error.status : undefined,
          retryable,
          ...(cancelled ? { cancelled: true } : {}),
          ...sampleTag(req),
        },
      });
      if (!willRetry) {
        const ra = error instanceof OrchestratorError ? error.retryAfterMs : undefined;
        this.pauseOn429(provider.name, error, backoffDelay(attempt, ra, this.opts.backoff), ra, req.stepId);
        throw error;
      }

      const retryAfterMs = error instanceof OrchestratorError ? error.retryAfterMs : undefined;
      const delay = backoffDelay(attempt, retryAfterMs, this.opts.backoff);
      this.pauseOn429(provider.name, error, delay, retryAfterMs, req.stepId);
      events.emit({
        type: 'step.retrying',
        level: 'warn',
        step_id: req.stepId,
        data: {
          provider: provider.name,
          attempt: counter.calls + 1,
          delay_ms: delay,
          reason: codeOf(error),
          message: errorMessage(error),
          ...(retryAfterMs !== undefined ? { retry_after_ms: retryAfterMs } : {}),
          ...sampleTag(req),
        },
      });
      await clock.sleep(delay, req.signal); // rejects when the run is cancelled: never wait past it
    }
  }
}
