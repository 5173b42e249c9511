/**
 * Events (docs/reference.md section 4): one JSON object a line in events.jsonl. Every event type
 * has one payload type below; `OrchestratorEvent` is the discriminated union over `type`, so a
 * reader that switches on `event.type` gets its `data` typed without casts. The field names are
 * the on-disk format: they are extended, never renamed.
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';

/** Tokens a provider reported for a call (or summed over a step's calls). */
export type Usage = {
  /** All input tokens, cached ones included. */
  input_tokens: number;
  output_tokens: number;
  /** Part of input_tokens the provider read from its prompt cache (absent: none reported). */
  cached_input_tokens?: number;
  /** Part of input_tokens the provider wrote to its prompt cache. */
  cache_write_tokens?: number;
};

/** A failure as recorded in events and the manifest. */
export type ErrorData = {
  code: string;
  message: string;
  hint?: string;
};

export type CacheState = 'hit' | 'miss' | 'off';

/** A file a step wrote, with its hash: in step.succeeded, step.skipped (completed) and the manifest. */
export type OutputRecord = {
  path: string;
  sha256: string;
  size_bytes: number;
};

/** One check's verdict, as carried by quality.passed / quality.failed. */
export type CheckVerdictData = {
  /** Position of the check in the step's `checks` list. */
  index: number;
  type: string;
  passed: boolean;
  message: string;
  /** `warn` (from `on_fail: warn`): a failure is reported but does not fail the step. */
  severity: 'fail' | 'warn';
  duration_ms: number;
  /** `similar` / `judge`: the score on 0..1. */
  score?: number;
  /** `judge`: the judge's reason. */
  reason?: string;
  /** The check measured nothing (its provider call failed): neither passed nor failed. */
  errored?: boolean;
};

export type JobStartedData = {
  job_name: string;
  spec_file?: string;
  spec_sha256: string;
  code_version: string;
  attempt?: number;
  graph: Record<string, string[]>;
  concurrency?: number;
  only?: string[];
  /** The process writing this attempt (src/run/liveness.ts): `show` tells a live run from a killed one. */
  pid?: number;
  host?: string;
  /** The attempt ran without the cache; a resume of a run started so keeps it off. */
  no_cache?: boolean;
  /** sha256 of the job's input values (never the values): a resume with others re-checks every key. */
  inputs_sha256?: string;
  /** This attempt's budget, and the price each provider is charged at with its source. */
  budget?: { usd?: number; tokens?: number };
  prices?: Record<string, PriceResolvedData>;
};

export type PriceResolvedData = {
  price?: { input_per_mtok: number; output_per_mtok: number };
  source: 'spec' | 'local' | 'registry' | 'builtin' | 'none';
  registry?: string;
};

export type JobResumedData = JobStartedData & {
  previous_status: string;
  spec_changed: boolean;
  previous_spec_sha256?: string;
  /** This attempt's input values differ from the previous attempt's. */
  inputs_changed?: boolean;
  completed_before: number;
};

export type JobSummaryData = {
  succeeded: number;
  failed: number;
  skipped: number;
  cache_hits: number;
  cost_usd: number;
};

/**
 * job.failed: the steps that failed, or (`error`) what ended the run before or around its
 * steps, such as a missing API key.
 */
export type JobFailedData = Partial<JobSummaryData> & {
  failed_steps?: string[];
  error?: ErrorData;
  /** The budget stopped the run; the steps it skipped. */
  budget_exceeded?: boolean;
  budget_skipped?: string[];
  /** The run had no credentials and `fail-on-unmeasured` is on: the steps skipped for them. */
  needs_credentials?: string[];
};

export type JobCancelledData = JobSummaryData & {
  reason: string;
};

/** The run stopped with work still pending at a provider (a batch past batch_wait_s): `--resume` collects it. */
export type JobInterruptedData = JobSummaryData & {
  reason: 'batch_pending';
  /** Steps waiting on a batch. */
  steps: string[];
};

/** A batch of calls went to a provider's batch API (or was found by its metadata after a kill). */
export type BatchSubmittedData = {
  provider: string;
  batch_id: string;
  custom_ids: string[];
  calls?: number;
  found_by?: 'metadata';
};

export type BatchCompletedData = {
  provider: string;
  batch_id: string;
  status: string;
  succeeded: number;
  errored: number;
};

export type StepKind = 'llm' | 'command';

/**
 * Every event of one sample's call of a sampled step carries its index `sample` (0-based) and
 * `sample_key`, that sample's cache key (docs/reference.md, "Samples and gates").
 */
export type SampleTag = { sample?: number; sample_key?: string };

/** step.succeeded / step.failed of a sampled step, and its manifest entry: what its samples showed. */
export type SamplesData = {
  drawn: number;
  judged: number;
  passed: number;
  errored: number;
  /** passed / judged; null when nothing was judged. */
  pass_rate: number | null;
  ci_low: number;
  ci_high: number;
  verdict: 'pass' | 'fail' | 'inconclusive' | 'unmeasured';
  /** The interval's confidence: the gate's, else 0.95. */
  confidence?: number;
  /** The gate's min_pass_rate, when the step has a gate. */
  min_pass_rate?: number;
};

export type StepStartedData = {
  kind: StepKind;
  /** LLM steps: the provider or route name the step targets. */
  provider?: string;
  /** Command steps: the command line. */
  run?: string;
  /** Resumed runs: why a step of the earlier attempt runs again. */
  rerun_reason?: string;
  /** A fanned-out step (its instances are steps of their own). */
  for_each?: boolean;
  /** An instance `STEP[KEY]`: its step, KEY and item position. */
  instance_of?: string;
  item_key?: string;
  item_index?: number;
};

/**
 * What step.succeeded and step.failed share. `attempts` counts the provider calls made for the
 * step's result (1 = first try; retries, fallbacks and on_fail rounds included; 0 = served from
 * the cache); a command step counts 1 for its one run.
 */
export type StepEndData = {
  cache: CacheState;
  cache_key?: string;
  attempts: number;
  duration_ms: number;
  /** LLM steps: the provider and model that gave the (last) answer. */
  provider?: string;
  model?: string;
  usage?: Usage;
  cost_usd?: number;
  /** Part of cost_usd is an estimate: a call cut off before its provider reported usage. */
  cost_estimated?: boolean;
  /** A fanned-out step: how its instances ended (each has its own events and manifest entry). */
  instances?: InstanceCounts;
  /** A sampled step: its samples and their pass rate. */
  samples?: SamplesData;
};

export type InstanceCounts = {
  total: number;
  succeeded: number;
  failed: number;
};

/** step.fanned_out: a for_each step resolved its list; its instances start next. */
export type StepFannedOutData = {
  instances: number;
};

export type StepSucceededData = StepEndData & {
  cache_key: string;
  outputs: OutputRecord[];
  /**
   * The step's output text: `{{ steps.ID.output }}` of its dependents, also on resume (written since 2.0; a resume that
   * needs it and finds none says so).
   */
  output?: string;
  checks?: { passed: number; failed: number };
  finish_reason?: string;
  /** Command steps. */
  exit_code?: number;
};

export type StepFailedData = StepEndData & {
  error: ErrorData;
};

export type StepSkippedData =
  | {
      reason: 'completed';
      cache_key?: string;
      outputs: OutputRecord[];
      instance_of?: string;
      item_key?: string;
      item_index?: number;
    }
  | { reason: 'upstream_failed'; upstream: string }
  /** An instance left out carries its step and item; a fanned-out step run in part says how much ran. */
  | { reason: 'not_selected'; instance_of?: string; item_key?: string; item_index?: number; message?: string }
  /** The budget stopped the run before this step called (or the step's call was refused). */
  | {
      reason: 'budget_exceeded';
      upstream?: string;
      message?: string;
      attempts?: number;
      usage?: Usage;
      cost_usd?: number;
    }
  /** A run without credentials: the step needed a call (`providers`), or `upstream` is the step that did. */
  | {
      reason: 'needs_credentials';
      upstream?: string;
      /** A sampled step: drawn 0, verdict unmeasured. */
      samples?: SamplesData;
      message?: string;
      providers?: string[];
      instance_of?: string;
      item_key?: string;
      item_index?: number;
    };

/**
 * step.retrying: another provider call is about to be made for the step. `attempt` is that
 * call's number, counted like `attempts` (1 = first try), so the first retry has attempt 2.
 */
export type StepRetryingData = SampleTag & {
  provider?: string;
  attempt: number;
  /** An error code (provider retries), or extraction_failed / check_failed (on_fail rounds). */
  reason: string;
  message?: string;
  delay_ms?: number;
  retry_after_ms?: number;
  on_fail?: string;
};

export type LlmRequestData = SampleTag & {
  provider: string;
  provider_type: string;
  model: string;
  /** This call's number within the step, counted like `attempts`. */
  attempt: number;
  /** This call's number with this provider (resets when a route fails over). */
  provider_attempt: number;
  prompt_chars: number;
  timeout_ms: number;
  /** How long the call waited in its provider's pacer (rate_limit, a 429 pause). */
  paced_ms?: number;
  /** A judge check's call (docs/reference.md, "Checks for model output"), with the check's index. */
  judge?: boolean;
  /** A similar check's embeddings call, with the check's index. */
  embedding?: boolean;
  check?: number;
};

export type LlmResponseData = SampleTag & {
  /** A sampled step's answer (redacted like every event): what `--resume` takes a completed sample from. */
  text?: string;
  provider: string;
  model: string;
  attempt: number;
  duration_ms: number;
  usage: Usage;
  finish_reason?: string;
  cost_usd: number;
  /** What prompt caching saved on this call against the plain input rate (absent: nothing cached). */
  cache_saved_usd?: number;
};

export type LlmErrorData = SampleTag & {
  provider: string;
  model: string;
  attempt: number;
  duration_ms: number;
  code: string;
  message: string;
  status?: number;
  retryable: boolean;
  /** The run was cancelled (Ctrl-C): not a provider failure; the circuit breaker ignores it. */
  cancelled?: boolean;
  /**
   * A call that timed out or was cancelled is charged: the usage its provider streamed before the
   * cut (`cost_estimated: false`), else the input it sent, estimated (`cost_estimated: true`).
   */
  usage?: Usage;
  cost_usd?: number;
  cost_estimated?: boolean;
};

export type CacheLookupData = SampleTag & {
  key: string;
};

export type FileWrittenData = {
  path: string;
  sha256: string;
  size_bytes: number;
  wrote: boolean;
  reason: 'created' | 'updated' | 'nochange';
};

/**
 * quality.passed / quality.failed: a step's check verdicts. quality.failed is written when any
 * check failed; `severity` says whether the failure fails the step (`fail`) or only warns
 * (`warn`, from `on_fail: warn`, with `step_failed: false`).
 */
export type QualityData = SampleTag & {
  provider?: string;
  verdicts: CheckVerdictData[];
  severity?: 'fail' | 'warn';
  step_failed?: boolean;
  /** `errored`: no check failed, but one measured nothing (its provider call failed). */
  status?: 'errored';
};

export type CircuitData = {
  provider: string;
  failures: number;
  cooldown_s: number;
};

export type RouteSelectedData = SampleTag & {
  route: string;
  strategy: string;
  provider: string;
  order: string[];
  skipped?: Array<{ provider: string; reason: string }>;
  /** Cost-route candidates moved to the end because their pacer wait exceeded the next one's expected latency. */
  deferred?: Array<{ provider: string; reason: 'rate_limited'; wait_ms: number; next_expected_ms: number }>;
  prompt_tokens_est: number;
};

export type RouteFallbackData = SampleTag & {
  route: string;
  from: string;
  to: string;
  reason: string;
  message: string;
};

export type ContextBuiltData = {
  step: string;
  tokens: number;
  max_tokens?: number;
  selection: unknown[];
};

export type CommandStartedData = {
  run: string;
  cwd: string;
  timeout_ms: number;
};

export type CommandFinishedData = {
  exit_code: number | null;
  signal: string | null;
  timed_out: boolean;
  duration_ms: number;
  stdout_tail: string;
  stderr_tail: string;
};

/** Resume skipped lines of events.jsonl that were not events (line numbers, the first 20). */
export type EventsDamagedData = {
  skipped_lines: number;
  lines: Array<{ line: number; reason: string }>;
};

/** A cache read or write failed: the step goes on without the cache. */
export type CacheErrorData = {
  op: 'get' | 'put';
  key?: string;
  code?: string;
  message: string;
  effect: string;
};

/** A key variable whose value is too short to mask: named, never its value. */
export type SecretUnmaskableData = {
  variable: string;
  min_length: number;
  message: string;
};

/** The run's spend reached its budget: no new provider call starts. */
export type BudgetExceededData = {
  limit: 'usd' | 'tokens';
  budget_usd?: number;
  budget_tokens?: number;
  spent_usd: number;
  spent_tokens: number;
  in_flight_usd: number;
  in_flight_tokens: number;
};

/** A 429 paused a provider for every step of the run. */
export type RateLimitPausedData = {
  provider: string;
  pause_ms: number;
  retry_after_ms?: number;
};

/** The one table from event type to payload type; ./schemas.ts checks each payload at the boundary. */
export interface EventPayloads {
  'job.started': JobStartedData;
  'job.resumed': JobResumedData;
  'job.succeeded': JobSummaryData;
  'job.failed': JobFailedData;
  'job.cancelled': JobCancelledData;
  'job.interrupted': JobInterruptedData;
  'batch.submitted': BatchSubmittedData;
  'batch.completed': BatchCompletedData;
  'step.started': StepStartedData;
  'step.succeeded': StepSucceededData;
  'step.failed': StepFailedData;
  'step.skipped': StepSkippedData;
  'step.retrying': StepRetryingData;
  'step.fanned_out': StepFannedOutData;
  'llm.request': LlmRequestData;
  'llm.response': LlmResponseData;
  'llm.error': LlmErrorData;
  'cache.hit': CacheLookupData;
  'cache.miss': CacheLookupData;
  'file.written': FileWrittenData;
  'quality.passed': QualityData;
  'quality.failed': QualityData;
  'circuit.opened': CircuitData;
  'circuit.half_open': CircuitData;
  'circuit.closed': CircuitData;
  'route.selected': RouteSelectedData;
  'route.fallback': RouteFallbackData;
  'context.built': ContextBuiltData;
  'command.started': CommandStartedData;
  'command.finished': CommandFinishedData;
  'events.damaged': EventsDamagedData;
  'cache.error': CacheErrorData;
  'secret.unmaskable': SecretUnmaskableData;
  'budget.exceeded': BudgetExceededData;
  'rate_limit.paused': RateLimitPausedData;
}

export type EventType = keyof EventPayloads;

/** The envelope every event line has. */
export interface EventEnvelope {
  ts: string;
  seq: number;
  level: Level;
  job_id: string;
  step_id?: string;
  trace_id: string;
  span_id: string;
  /** Span this one is a child of (job -> step -> attempt); absent on the job span. */
  parent_span_id?: string;
}

/** One event of type T, as written by this version. */
export type EventOf<T extends EventType> = EventEnvelope & { type: T; data: EventPayloads[T] };

/** An event of a type this version writes: switch on `type` to get its payload typed. */
export type KnownEvent = { [T in EventType]: EventOf<T> }[EventType];

/**
 * An event line as read: any type (a newer version may write more), payload as plain fields.
 * `decodeEvent` (./decode.ts) gives readers the checked, typed view.
 */
export interface OrchestratorEvent extends EventEnvelope {
  type: EventType | string;
  data: Record<string, unknown>;
}

/** What an emitter hands the sink for type T; the sink adds ts, seq, job_id and trace ids. */
export interface EventInputOf<T extends EventType> {
  type: T;
  level?: Level;
  step_id?: string;
  /** Explicit span; defaults to the step's span (or the job's span for job-scoped events). */
  span_id?: string;
  parent_span_id?: string;
  data: EventPayloads[T];
}

/** An event input of any type, payload as plain fields (test collectors, generic sinks). */
export interface EventInput {
  type: EventType | string;
  level?: Level;
  step_id?: string;
  span_id?: string;
  parent_span_id?: string;
  data?: Record<string, unknown>;
}

/** Anything that can take events: the run's writer, a test collector, a null sink. */
export interface EventSink {
  emit(event: EventInput): OrchestratorEvent;
}

/**
 * The sink as emitters see it: each event's payload is checked against its type at compile time.
 * Every EventSink is one.
 */
export interface TypedEventSink {
  emit<T extends EventType>(event: EventInputOf<T>): unknown;
}

/** An event's payload as plain fields: for renderers that print any event generically. */
export function fieldsOf(event: OrchestratorEvent): Readonly<Record<string, unknown>> {
  return event.data;
}
