/**
 * The run's providers and routes, and the one place a step's LLM call is made: `invoke` resolves
 * the step's target (a provider or a route), applies the retry policy, timeouts and circuit
 * breakers, fails over along routes, and emits llm.* / step.retrying / route.* / circuit.* events.
 */
import type { Clock } from '../engine/types.js';
import type { EventSink } from '../events/types.js';
import { createProvider } from '../providers/factory.js';
import type { CompletionResult, Provider } from '../providers/types.js';
import type { LoadedSpec } from '../spec/schema.js';
import { OrchestratorError, UsageError, errorMessage } from '../util/errors.js';

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
}

export interface InvokeResult {
  result: CompletionResult;
  provider: Provider;
  /** Provider calls made for this result, 1 = first try. */
  attempts: number;
  costUsd: number;
}

export interface ProviderPoolOptions {
  loaded: LoadedSpec;
  env: Record<string, string | undefined>;
  overrides?: Record<string, Provider>;
  events: EventSink;
  clock: Clock;
  newSpanId: () => string;
}

export function costOf(provider: Provider, usage: { input_tokens: number; output_tokens: number }): number {
  const price = provider.price;
  if (!price) return 0;
  return (usage.input_tokens * price.input_per_mtok + usage.output_tokens * price.output_per_mtok) / 1e6;
}

export class ProviderPool {
  private readonly providers = new Map<string, Provider>();

  constructor(private readonly opts: ProviderPoolOptions) {}

  /** The provider called `name`, built on first use. */
  get(name: string): Provider {
    let p = this.providers.get(name);
    if (p) return p;
    p = this.opts.overrides?.[name];
    if (!p) {
      const spec = this.opts.loaded.spec.providers[name];
      if (!spec) throw new UsageError('E_UNKNOWN_PROVIDER', `unknown provider ${name}`);
      p = createProvider(name, spec, { baseDir: this.opts.loaded.baseDir, env: this.opts.env });
    }
    this.providers.set(name, p);
    return p;
  }

  /** Candidate providers for a target, in the order they are tried. */
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
    for (const t of targets) for (const p of this.candidates(t)) {
      if (seen.has(p.name)) continue;
      seen.add(p.name);
      await p.preflight?.();
    }
  }

  async invoke(req: InvokeRequest): Promise<InvokeResult> {
    const provider = this.candidates(req.target).find((p) => !req.exclude?.has(p.name));
    if (!provider) throw new OrchestratorError('E_NO_CANDIDATE', `step ${req.stepId}: no provider left to try for ${req.target}`);
    const span = this.opts.newSpanId();
    const { events } = this.opts;
    const started = this.opts.clock.now();
    events.emit({ type: 'llm.request', step_id: req.stepId, span_id: span, parent_span_id: req.stepSpanId,
      data: { provider: provider.name, model: provider.model, attempt: 1, prompt_chars: req.prompt.length } });
    try {
      const result = await provider.complete({ stepId: req.stepId, system: req.system, prompt: req.prompt, signal: req.signal, attempt: 1 });
      const costUsd = costOf(provider, result.usage);
      events.emit({ type: 'llm.response', step_id: req.stepId, span_id: span, parent_span_id: req.stepSpanId,
        data: { provider: provider.name, model: result.model, attempt: 1, duration_ms: this.opts.clock.now() - started,
          usage: result.usage, finish_reason: result.finishReason, cost_usd: costUsd } });
      return { result, provider, attempts: 1, costUsd };
    } catch (e) {
      events.emit({ type: 'llm.error', level: 'error', step_id: req.stepId, span_id: span, parent_span_id: req.stepSpanId,
        data: { provider: provider.name, model: provider.model, attempt: 1, duration_ms: this.opts.clock.now() - started,
          code: e instanceof OrchestratorError ? e.code : 'E_PROVIDER', message: errorMessage(e), retryable: e instanceof OrchestratorError && e.retryable } });
      throw e;
    }
  }
}
