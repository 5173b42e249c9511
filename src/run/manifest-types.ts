/** manifest.json (docs/reference.md section 3): a projection of events.jsonl, never a second truth. */
import type { CacheState, ErrorData, OutputRecord, SamplesData, Usage } from '../events/types.js';

export type { CacheState, OutputRecord };

export type JobStatus = 'running' | 'succeeded' | 'failed' | 'cancelled' | 'interrupted';
export type StepStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';

export interface StepState {
  status: StepStatus;
  /** Why a step was skipped: completed | upstream_failed | not_selected. */
  reason?: string;
  cache: CacheState;
  cache_key?: string;
  provider?: string;
  model?: string;
  attempts: number;
  started_at?: string;
  finished_at?: string;
  duration_ms?: number;
  usage: Usage;
  cost_usd: number;
  /** Part of cost_usd is an estimate: a call cut off before its provider reported usage. */
  cost_estimated?: boolean;
  outputs: OutputRecord[];
  error?: ErrorData;
  checks?: { passed: number; failed: number };
  /** A fanned-out step: how its instances ended (their own entries are `STEP[KEY]`). */
  instances?: { total: number; succeeded: number; failed: number };
  /** A sampled step: drawn, judged, passed, errored, pass_rate, ci_low, ci_high, verdict. */
  samples?: SamplesData;
  /** An instance: the fanned-out step it belongs to, and its KEY. */
  instance_of?: string;
  item_key?: string;
}

export interface ProviderStats {
  calls: number;
  failures: number;
  failures_by_kind: Record<string, number>;
  retries: number;
  checks_passed: number;
  checks_failed: number;
  latency_ms_p50: number;
  latency_ms_p95: number;
  input_tokens: number;
  output_tokens: number;
  cost_usd: number;
}

export interface Totals {
  steps: number;
  succeeded: number;
  failed: number;
  skipped: number;
  cache_hits: number;
  cache_misses: number;
  llm_calls: number;
  input_tokens: number;
  output_tokens: number;
  /** Parts of input_tokens the providers read from / wrote to their prompt caches (absent: none). */
  cached_input_tokens?: number;
  cache_write_tokens?: number;
  /** What prompt caching saved against the plain input rate (absent: nothing cached). */
  cache_saved_usd?: number;
  cost_usd: number;
  duration_ms: number;
  checks_passed: number;
  checks_failed: number;
  /** Per provider: calls, failures by kind, retries, check pass rate, latency, tokens, cost. */
  providers: Record<string, ProviderStats>;
  /** The same figures over the whole job. */
  quality?: ProviderStats;
  /** The run's budget and its spend (all attempts), when the run has one. */
  budget?: BudgetTotals;
}

export interface BudgetTotals {
  usd?: number;
  tokens?: number;
  spent_usd: number;
  spent_tokens: number;
  /** The limit that stopped the run in its latest attempt, if one did. */
  exceeded?: 'usd' | 'tokens';
}

/** The price each provider was charged at and where it came from. */
export interface PriceUsed {
  input_per_mtok?: number;
  output_per_mtok?: number;
  source: 'spec' | 'local' | 'registry' | 'builtin' | 'none';
  registry?: string;
}

export interface Manifest {
  schema: 'orchestrator.manifest/v1';
  job_id: string;
  job_name: string;
  spec_file?: string;
  spec_sha256: string;
  code_version: string;
  status: JobStatus;
  started_at: string;
  finished_at: string | null;
  /** Why the job failed when no step is to blame (e.g. a missing API key before the first step). */
  error?: { code: string; message: string; hint?: string };
  attempt: number;
  completed_steps: string[];
  pending_steps: string[];
  failed_steps: string[];
  skipped_steps: string[];
  steps: Record<string, StepState>;
  /** Step id -> ids it needs: lets reports draw the DAG without the spec. */
  graph: Record<string, string[]>;
  totals: Totals;
  /** Provider name -> the price used for its cost figures. */
  prices?: Record<string, PriceUsed>;
}
