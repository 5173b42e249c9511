/**
 * The run's providers and routes, and the one place a step's LLM call is made: `invokeSettled`
 * resolves the step's target (a provider or a route), orders its candidates (strategy, context
 * windows, exclusions), and calls each candidate through the composed gates of gates.ts (retry,
 * circuit breaker, pacer, budget, timeout), then fails over to the next candidate. The gates'
 * hooks become llm.* / step.retrying / rate_limit.* events here; route.* events are the route's.
 */
import type { Clock } from '../util/clock.js';
import type { Level, TypedEventSink } from '../events/types.js';
import { credentialExclusions, needsCredentials } from './credentials.js';
import { createProvider } from '../providers/factory.js';
import type { CompletionResult, PromptCacheHint, Provider, Usage } from '../providers/types.js';
import { cacheSavingsOf, costOfUsage } from '../providers/prices.js';
import type { BatchRecorder } from '../providers/batch/queue.js';
import type { BackoffOptions } from '../resilience/backoff.js';
import { CircuitBreaker } from '../resilience/circuit-breaker.js';
import type { LoadedSpec, Price } from '../jobspec/schema.js';
import { OrchestratorError, ProviderError, UsageError, errorMessage } from '../util/errors.js';
import { estimatePromptTokens, planCandidates, deferBusyCandidates } from './strategy.js';
import type { BudgetLedger } from '../budget/ledger.js';
import { EXPECTED_OUTPUT_TOKENS } from '../budget/ledger.js';
import { Pacer } from './pacer.js';
import { chargedInputTokens } from './charged-input.js';
import { addUsage } from '../events/usage.js';
import {
  breakerGate,
  budgetGate,
  callGate,
  chargeGate,
  composeGates,
  isCancel,
  pacerGate,
  retryGate,
  timeoutGate,
  warmGate,
  type CallHooks,
  type CallRecord,
  type Verdict,
} from './gates.js';

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
  /**
   * The sample this call draws or judges: on every event of the call; replay answers sample k from element k mod
   * length.
   */
  sample?: number;
  /** The request's stable prefix, for providers that cache prompts. */
  promptCache?: PromptCacheHint;
  /**
   * A sampled step's draw: its sample's cache key, on every event; llm.response then keeps the answer for `--resume`.
   */
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
  /** The run's redactor takes credentials obtained at run time (keyless providers). */
  addSecret?: (value: string) => void;
}

/** Expected duration of a call to a provider that has not answered yet in this run. */
export const DEFAULT_EXPECTED_LATENCY_MS = 5000;

/** Codes after which another provider will not do better: the step fails without failover. */
const NO_FAILOVER = new Set(['E_BAD_REQUEST', 'E_CANCELLED', 'E_BUDGET_EXCEEDED', 'E_BATCH_PENDING']);

/** How an invoke ended: its result, or the error it gave up with; both say how many calls it made. */
/** `charged`: what calls of the invoke that timed out or were cancelled cost (estimated), beside the result. */
export type InvokeOutcome = (({ ok: true } & InvokeResult) | { ok: false; error: unknown; attempts: number }) & {
  charged?: Charged;
};

/** What the invoke's cut-off calls were charged; `estimated` when any of them was an estimate. */
export interface Charged {
  usd: number;
  usage: Usage;
  estimated: boolean;
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

/** Counts calls across the whole invoke (retries and fallbacks). */
interface CallCounter {
  calls: number;
  /** Calls that timed out or were cancelled: what they were charged. */
  charged?: Charged;
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
      // The run's resolved price: the spec's own (with the registry's cache rates where it names none), else the
      // registry's.
      const resolved = this.opts.prices?.[name]?.price;
      p = createProvider(name, resolved ? { ...spec, price: resolved } : spec, {
        baseDir: this.opts.loaded.baseDir,
        env: this.opts.env,
        redact: this.opts.redact,
        ...(this.opts.batch ? { batch: this.opts.batch } : {}),
        ...(this.opts.addSecret ? { addSecret: this.opts.addSecret } : {}),
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
    const charged = () => (counter.charged ? { charged: counter.charged } : {});
    try {
      return { ok: true, ...(await this.invokeRoute(req, counter)), ...charged() };
    } catch (error) {
      return { ok: false, error, attempts: counter.calls, ...charged() };
    }
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
      `route ${req.target}: every provider failed: ` +
        `${failures.map((f) => `${f.provider}: ${codeOf(f.error)} ${errorMessage(f.error)}`).join('; ')}`,
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
  private pauseOn429(name: string, error: unknown, verdict: Verdict, stepId: string): void {
    if (!(error instanceof OrchestratorError) || error.status !== 429) return;
    const pacer = this.pacer(name);
    const before = pacer.pausedForMs();
    pacer.pause(verdict.delayMs);
    if (pacer.pausedForMs() > before) {
      this.opts.events.emit({
        type: 'rate_limit.paused',
        level: 'warn',
        step_id: stepId,
        data: {
          provider: name,
          pause_ms: verdict.delayMs,
          ...(verdict.retryAfterMs !== undefined ? { retry_after_ms: verdict.retryAfterMs } : {}),
        },
      });
    }
  }

  /**
   * One provider's call, as gates composed in one place (src/routing/gates.ts), outermost first:
   * retry, circuit breaker, warm-up, pacer, budget, the call's record, its deadline. A new gate
   * (a keyless token's refresh, a batch submission, a judge call's own budget) joins this list.
   */
  private async callWithRetries(
    provider: Provider,
    req: InvokeRequest,
    counter: CallCounter,
  ): Promise<Omit<InvokeResult, 'attempts'>> {
    const { clock } = this.opts;
    const promptTokens = estimatePromptTokens(req.system, req.prompt);
    const { maxTokens, tokens } = this.callTokens(provider.name, promptTokens);
    const hooks = this.callHooks(req, counter);
    const gates = composeGates(
      retryGate({ retries: req.retries, backoff: this.opts.backoff, clock, signal: req.signal }, hooks),
      breakerGate(this.breaker(provider.name), req.signal),
      warmGate(this.pacer(provider.name), this.warmed),
      pacerGate(this.pacer(provider.name), tokens),
      budgetGate(this.opts.budget, { promptTokens, maxTokens, price: provider.price }),
      callGate(counter, this.opts.newSpanId, clock, hooks.onCall),
      // A batch provider's answer arrives when the batch ends: its own bound (batch_wait_s) applies.
      chargeGate(
        (p) => chargedInputTokens(req.system, req.prompt, p),
        (p, usage) => costOf(p, usage),
      ),
      timeoutGate(Math.max(req.timeoutMs, provider.callTimeoutMs ?? 0)),
    );
    const call = gates(async (attempt) => {
      const result = await attempt.provider.complete({
        stepId: req.answerKey ?? req.stepId,
        system: req.system,
        prompt: req.prompt,
        signal: attempt.signal,
        attempt: attempt.providerAttempt,
        ...(req.sample !== undefined ? { sample: req.sample } : {}),
        ...(req.outputSchema ? { outputSchema: req.outputSchema } : {}),
        ...(req.promptCache ? { promptCache: req.promptCache } : {}),
        ...(attempt.log.partial ? { partialUsage: attempt.log.partial } : {}),
      });
      return { result, costUsd: costOf(attempt.provider, result.usage) };
    });
    const { result, costUsd } = await call({ provider, providerAttempt: 1, signal: req.signal, log: { pacedMs: 0 } });
    return { result, provider, costUsd };
  }

  /** What the gates report, as the run's events: llm.request / llm.response / llm.error / step.retrying. */
  private callHooks(req: InvokeRequest, counter: CallCounter): CallHooks {
    const { events, clock } = this.opts;
    const scope = (call: CallRecord) => ({ step_id: req.stepId, span_id: call.span, parent_span_id: req.stepSpanId });
    return {
      onCall: ({ provider, providerAttempt, log }, call) => {
        events.emit({
          type: 'llm.request',
          ...scope(call),
          data: {
            ...req.eventData,
            provider: provider.name,
            provider_type: provider.type,
            model: provider.model,
            attempt: call.number,
            provider_attempt: providerAttempt,
            prompt_chars: (req.system?.length ?? 0) + req.prompt.length,
            timeout_ms: req.timeoutMs,
            ...(log.pacedMs > 0 ? { paced_ms: log.pacedMs } : {}),
            ...sampleTag(req),
          },
        });
      },
      onSuccess: ({ provider }, call, { result, costUsd }) => {
        const took = clock.now() - call.started;
        const mean = this.latencyMs.get(provider.name);
        this.latencyMs.set(provider.name, mean === undefined ? took : mean * 0.8 + took * 0.2);
        events.emit({
          type: 'llm.response',
          ...scope(call),
          data: {
            ...req.eventData,
            provider: provider.name,
            model: result.model,
            attempt: call.number,
            duration_ms: took,
            usage: result.usage,
            finish_reason: result.finishReason,
            cost_usd: costUsd,
            ...sampleTag(req),
            ...(req.sampleKey !== undefined ? { text: result.text } : {}),
            ...cacheSaved(provider, result.usage),
          },
        });
      },
      onFailure: ({ provider, log }, call, error, verdict) => {
        const charge = log.charge;
        if (charge) {
          counter.charged ??= { usd: 0, usage: { input_tokens: 0, output_tokens: 0 }, estimated: false };
          counter.charged.usd += charge.costUsd;
          addUsage(counter.charged.usage, charge.usage);
          counter.charged.estimated ||= charge.estimated;
        }
        // A cancelled call (Ctrl-C) is not the provider's failure: level warn, `cancelled`, and
        // neither the circuit breaker (the breaker gate released it) nor the quality stats count it.
        events.emit({
          type: 'llm.error',
          level: verdict.willRetry || verdict.cancelled ? 'warn' : 'error',
          ...scope(call),
          data: {
            ...req.eventData,
            provider: provider.name,
            model: provider.model,
            attempt: call.number,
            duration_ms: clock.now() - call.started,
            code: verdict.cancelled ? 'E_CANCELLED' : codeOf(error),
            message: errorMessage(error),
            status: error instanceof OrchestratorError ? error.status : undefined,
            retryable: verdict.retryable,
            ...(verdict.cancelled ? { cancelled: true } : {}),
            ...(charge
              ? {
                  usage: charge.usage,
                  cost_usd: Math.round(charge.costUsd * 1e8) / 1e8,
                  cost_estimated: charge.estimated,
                }
              : {}),
            ...sampleTag(req),
          },
        });
        this.pauseOn429(provider.name, error, verdict, req.stepId);
      },
      onRetry: ({ provider }, call, error, verdict) => {
        events.emit({
          type: 'step.retrying',
          level: 'warn',
          step_id: req.stepId,
          data: {
            provider: provider.name,
            attempt: call.number + 1,
            delay_ms: verdict.delayMs,
            reason: codeOf(error),
            message: errorMessage(error),
            ...(verdict.retryAfterMs !== undefined ? { retry_after_ms: verdict.retryAfterMs } : {}),
            ...sampleTag(req),
          },
        });
      },
    };
  }
}
