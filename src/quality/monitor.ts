/**
 * Per-provider and per-job quality statistics, folded from events one at a time: calls,
 * failures by kind, retries, check verdicts, latency percentiles, tokens and cost. `apply` is
 * O(1) amortized (runs have tens of thousands of events); percentiles are computed when a
 * snapshot is taken. Pure: no I/O, no clock.
 *
 * Events read: llm.response {provider, duration_ms, usage, cost_usd}; llm.error {provider, code,
 * duration_ms}; step.retrying {provider}; quality.passed / quality.failed {provider, verdicts}.
 */
import type { OrchestratorEvent } from '../events/types.js';
import type { ProviderStats } from '../run/manifest-types.js';

export interface QualitySnapshot {
  providers: Record<string, ProviderStats>;
  job: ProviderStats;
}

export interface QualityMonitor {
  apply(event: OrchestratorEvent): void;
  snapshot(): QualitySnapshot;
}

/** Provider name used when an event does not say (quality checks of a cached output, say). */
export const UNKNOWN_PROVIDER = 'unknown';

class Accumulator {
  calls = 0;
  failures = 0;
  readonly failuresByKind = new Map<string, number>();
  retries = 0;
  checksPassed = 0;
  checksFailed = 0;
  readonly latencies: number[] = [];
  inputTokens = 0;
  outputTokens = 0;
  /** Kept in micro-dollars to avoid float drift over thousands of additions. */
  costMicros = 0;

  stats(): ProviderStats {
    const sorted = Float64Array.from(this.latencies).sort();
    return {
      calls: this.calls,
      failures: this.failures,
      failures_by_kind: Object.fromEntries(
        [...this.failuresByKind.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
      ),
      retries: this.retries,
      checks_passed: this.checksPassed,
      checks_failed: this.checksFailed,
      latency_ms_p50: percentile(sorted, 50),
      latency_ms_p95: percentile(sorted, 95),
      input_tokens: this.inputTokens,
      output_tokens: this.outputTokens,
      cost_usd: this.costMicros / 1e6,
    };
  }
}

/** Nearest-rank percentile of sorted values; 0 when there are none. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

function record(v: unknown): Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function createQualityMonitor(): QualityMonitor {
  const providers = new Map<string, Accumulator>();
  const job = new Accumulator();

  const both = (provider: unknown, fn: (a: Accumulator) => void): void => {
    const name = typeof provider === 'string' && provider !== '' ? provider : UNKNOWN_PROVIDER;
    let acc = providers.get(name);
    if (!acc) {
      acc = new Accumulator();
      providers.set(name, acc);
    }
    fn(acc);
    fn(job);
  };

  /** What a call's event says it used (tokens and cost), added to a provider's figures. */
  const spendOf = (data: { usage?: unknown; cost_usd?: unknown }) => {
    const usage = record(data.usage);
    const input = finite(usage.input_tokens) ?? 0;
    const output = finite(usage.output_tokens) ?? 0;
    const cost = Math.round((finite(data.cost_usd) ?? 0) * 1e6);
    return (a: { inputTokens: number; outputTokens: number; costMicros: number }) => {
      a.inputTokens += input;
      a.outputTokens += output;
      a.costMicros += cost;
    };
  };

  return {
    apply(line: OrchestratorEvent): void {
      // The statistics take what a line has, field by field: lines come from disk (older versions,
      // partial or damaged payloads too), and every value is checked before it is counted.
      const event = line;
      switch (event.type) {
        case 'llm.response': {
          const data = event.data;
          const duration = finite(data.duration_ms);
          const spend = spendOf(data);
          both(data.provider, (a) => {
            a.calls++;
            if (duration !== undefined) a.latencies.push(duration);
            spend(a);
          });
          return;
        }
        case 'llm.error': {
          const data = event.data;
          // A call the run cancelled (Ctrl-C) says nothing about the provider: not a failure, but
          // a call it was (it has its llm.request, which the run's call count counts).
          // A call that timed out or was cancelled is charged its input (an estimate): it counts too.
          const spend = spendOf(data);
          if (data.cancelled === true || data.code === 'E_CANCELLED') {
            both(data.provider, (a) => {
              a.calls++;
              spend(a);
            });
            return;
          }
          const duration = finite(data.duration_ms);
          const kind = typeof data.code === 'string' && data.code !== '' ? data.code : 'E_UNKNOWN';
          both(data.provider, (a) => {
            a.calls++;
            a.failures++;
            a.failuresByKind.set(kind, (a.failuresByKind.get(kind) ?? 0) + 1);
            if (duration !== undefined) a.latencies.push(duration);
            spend(a);
          });
          return;
        }
        case 'step.retrying':
          both(event.data.provider, (a) => a.retries++);
          return;
        case 'quality.passed':
        case 'quality.failed': {
          const data = event.data;
          let passed = 0;
          let failed = 0;
          if (Array.isArray(data.verdicts)) {
            for (const v of data.verdicts) {
              if (record(v).passed === true) passed++;
              else failed++;
            }
          } else if (event.type === 'quality.passed') passed = 1;
          else failed = 1;
          both(data.provider, (a) => {
            a.checksPassed += passed;
            a.checksFailed += failed;
          });
          return;
        }
        default:
      }
    },

    snapshot(): QualitySnapshot {
      const names = [...providers.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return {
        providers: Object.fromEntries(names.map((n) => [n, providers.get(n)!.stats()])),
        job: job.stats(),
      };
    },
  };
}
