/**
 * The payload of every event type as a zod schema: what a reader may rely on once an event line
 * is decoded (./decode.ts). Each schema is checked against its payload type in ./types.ts at
 * compile time (`z.ZodType<T>`), so the two cannot drift; the list of event types is the keys of
 * `EVENT_DATA`. Objects are loose: a newer version may add fields, and a reader ignores them.
 * Fields that older versions did not write are optional here and in the types.
 */
import { z } from 'zod';
import type * as T from './types.js';

const str = z.string();
const num = z.number();
const bool = z.boolean();

const Usage: z.ZodType<T.Usage> = z.looseObject({
  input_tokens: num,
  output_tokens: num,
  cached_input_tokens: num.optional(),
  cache_write_tokens: num.optional(),
});
const sampleTag = { sample: num.optional(), sample_key: str.optional() };
const Samples: z.ZodType<T.SamplesData> = z.looseObject({
  drawn: num,
  judged: num,
  passed: num,
  errored: num,
  pass_rate: num.nullable(),
  ci_low: num,
  ci_high: num,
  verdict: z.enum(['pass', 'fail', 'inconclusive', 'unmeasured']),
  confidence: num.optional(),
  min_pass_rate: num.optional(),
});
const ErrorData: z.ZodType<T.ErrorData> = z.looseObject({ code: str, message: str, hint: str.optional() });
const CacheState = z.enum(['hit', 'miss', 'off']);
const OutputRecord: z.ZodType<T.OutputRecord> = z.looseObject({ path: str, sha256: str, size_bytes: num });
const CheckVerdict: z.ZodType<T.CheckVerdictData> = z.looseObject({
  index: num,
  type: str,
  passed: bool,
  message: str,
  severity: z.enum(['fail', 'warn']),
  duration_ms: num,
  score: num.optional(),
  reason: str.optional(),
  errored: bool.optional(),
});
const PriceResolved: z.ZodType<T.PriceResolvedData> = z.looseObject({
  price: z.looseObject({ input_per_mtok: num, output_per_mtok: num }).optional(),
  source: z.enum(['spec', 'local', 'registry', 'builtin', 'none']),
  registry: str.optional(),
});

const jobStartedShape = {
  job_name: str,
  spec_file: str.optional(),
  spec_sha256: str,
  code_version: str,
  attempt: num.optional(),
  graph: z.record(str, z.array(str)),
  concurrency: num.optional(),
  only: z.array(str).optional(),
  pid: num.optional(),
  host: str.optional(),
  no_cache: bool.optional(),
  inputs_sha256: str.optional(),
  budget: z.looseObject({ usd: num.optional(), tokens: num.optional() }).optional(),
  prices: z.record(str, PriceResolved).optional(),
};
const JobStarted: z.ZodType<T.JobStartedData> = z.looseObject(jobStartedShape);
const JobResumed: z.ZodType<T.JobResumedData> = z.looseObject({
  ...jobStartedShape,
  previous_status: str,
  spec_changed: bool,
  previous_spec_sha256: str.optional(),
  inputs_changed: bool.optional(),
  completed_before: num,
});
const summaryShape = { succeeded: num, failed: num, skipped: num, cache_hits: num, cost_usd: num };
const JobSummary: z.ZodType<T.JobSummaryData> = z.looseObject(summaryShape);
const JobFailed: z.ZodType<T.JobFailedData> = z.looseObject({
  succeeded: num.optional(),
  failed: num.optional(),
  skipped: num.optional(),
  cache_hits: num.optional(),
  cost_usd: num.optional(),
  failed_steps: z.array(str).optional(),
  error: ErrorData.optional(),
  budget_exceeded: bool.optional(),
  budget_skipped: z.array(str).optional(),
  needs_credentials: z.array(str).optional(),
});
const JobCancelled: z.ZodType<T.JobCancelledData> = z.looseObject({ ...summaryShape, reason: str });

const JobInterrupted: z.ZodType<T.JobInterruptedData> = z.looseObject({
  ...summaryShape,
  reason: z.literal('batch_pending'),
  steps: z.array(str),
});
const BatchSubmitted: z.ZodType<T.BatchSubmittedData> = z.looseObject({
  provider: str,
  batch_id: str,
  custom_ids: z.array(str),
  calls: num.optional(),
  found_by: z.literal('metadata').optional(),
});
const BatchCompleted: z.ZodType<T.BatchCompletedData> = z.looseObject({
  provider: str,
  batch_id: str,
  status: str,
  succeeded: num,
  errored: num,
});

const StepStarted: z.ZodType<T.StepStartedData> = z.looseObject({
  kind: z.enum(['llm', 'command']),
  provider: str.optional(),
  run: str.optional(),
  rerun_reason: str.optional(),
  for_each: bool.optional(),
  instance_of: str.optional(),
  item_key: str.optional(),
  item_index: num.optional(),
});
const InstanceCounts: z.ZodType<T.InstanceCounts> = z.looseObject({ total: num, succeeded: num, failed: num });
const stepEndShape = {
  cache: CacheState,
  cache_key: str.optional(),
  attempts: num,
  duration_ms: num,
  provider: str.optional(),
  model: str.optional(),
  usage: Usage.optional(),
  cost_usd: num.optional(),
  instances: InstanceCounts.optional(),
  samples: Samples.optional(),
};
const StepSucceeded: z.ZodType<T.StepSucceededData> = z.looseObject({
  ...stepEndShape,
  cache_key: str,
  outputs: z.array(OutputRecord),
  output: str.optional(),
  checks: z.looseObject({ passed: num, failed: num }).optional(),
  finish_reason: str.optional(),
  exit_code: num.optional(),
});
const StepFailed: z.ZodType<T.StepFailedData> = z.looseObject({ ...stepEndShape, error: ErrorData });
const instanceShape = { instance_of: str.optional(), item_key: str.optional(), item_index: num.optional() };
const StepSkipped: z.ZodType<T.StepSkippedData> = z.discriminatedUnion('reason', [
  z.looseObject({
    reason: z.literal('completed'),
    cache_key: str.optional(),
    outputs: z.array(OutputRecord),
    ...instanceShape,
  }),
  z.looseObject({ reason: z.literal('upstream_failed'), upstream: str }),
  z.looseObject({ reason: z.literal('not_selected'), ...instanceShape, message: str.optional() }),
  z.looseObject({
    reason: z.literal('budget_exceeded'),
    upstream: str.optional(),
    message: str.optional(),
    attempts: num.optional(),
    usage: Usage.optional(),
    cost_usd: num.optional(),
  }),
  z.looseObject({
    reason: z.literal('needs_credentials'),
    upstream: str.optional(),
    samples: Samples.optional(),
    message: str.optional(),
    providers: z.array(str).optional(),
    ...instanceShape,
  }),
]);
const StepRetrying: z.ZodType<T.StepRetryingData> = z.looseObject({
  ...sampleTag,
  provider: str.optional(),
  attempt: num,
  reason: str,
  message: str.optional(),
  delay_ms: num.optional(),
  retry_after_ms: num.optional(),
  on_fail: str.optional(),
});
const StepFannedOut: z.ZodType<T.StepFannedOutData> = z.looseObject({ instances: num });

const LlmRequest: z.ZodType<T.LlmRequestData> = z.looseObject({
  provider: str,
  provider_type: str,
  model: str,
  attempt: num,
  provider_attempt: num,
  prompt_chars: num,
  timeout_ms: num,
  paced_ms: num.optional(),
  judge: bool.optional(),
  embedding: bool.optional(),
  check: num.optional(),
  ...sampleTag,
});
const LlmResponse: z.ZodType<T.LlmResponseData> = z.looseObject({
  provider: str,
  model: str,
  attempt: num,
  duration_ms: num,
  usage: Usage,
  finish_reason: str.optional(),
  cost_usd: num,
  text: str.optional(),
  cache_saved_usd: num.optional(),
  ...sampleTag,
});
const LlmError: z.ZodType<T.LlmErrorData> = z.looseObject({
  provider: str,
  model: str,
  attempt: num,
  duration_ms: num,
  code: str,
  message: str,
  status: num.optional(),
  retryable: bool,
  cancelled: bool.optional(),
  usage: Usage.optional(),
  cost_usd: num.optional(),
  cost_estimated: bool.optional(),
  ...sampleTag,
});
const CacheLookup: z.ZodType<T.CacheLookupData> = z.looseObject({ key: str, ...sampleTag });
const FileWritten: z.ZodType<T.FileWrittenData> = z.looseObject({
  path: str,
  sha256: str,
  size_bytes: num,
  wrote: bool,
  reason: z.enum(['created', 'updated', 'nochange']),
});
const Quality: z.ZodType<T.QualityData> = z.looseObject({
  provider: str.optional(),
  verdicts: z.array(CheckVerdict),
  severity: z.enum(['fail', 'warn']).optional(),
  step_failed: bool.optional(),
  status: z.literal('errored').optional(),
  ...sampleTag,
});
const Circuit: z.ZodType<T.CircuitData> = z.looseObject({ provider: str, failures: num, cooldown_s: num });
const RouteSelected: z.ZodType<T.RouteSelectedData> = z.looseObject({
  route: str,
  strategy: str,
  provider: str,
  order: z.array(str),
  skipped: z.array(z.looseObject({ provider: str, reason: str })).optional(),
  deferred: z
    .array(z.looseObject({ provider: str, reason: z.literal('rate_limited'), wait_ms: num, next_expected_ms: num }))
    .optional(),
  prompt_tokens_est: num,
  ...sampleTag,
});
const RouteFallback: z.ZodType<T.RouteFallbackData> = z.looseObject({
  route: str,
  from: str,
  to: str,
  reason: str,
  message: str,
  ...sampleTag,
});
const ContextBuilt: z.ZodType<T.ContextBuiltData> = z.looseObject({
  step: str,
  tokens: num,
  max_tokens: num.optional(),
  selection: z.array(z.unknown()),
});
const CommandStarted: z.ZodType<T.CommandStartedData> = z.looseObject({ run: str, cwd: str, timeout_ms: num });
const CommandFinished: z.ZodType<T.CommandFinishedData> = z.looseObject({
  exit_code: num.nullable(),
  signal: str.nullable(),
  timed_out: bool,
  duration_ms: num,
  stdout_tail: str,
  stderr_tail: str,
});
const EventsDamaged: z.ZodType<T.EventsDamagedData> = z.looseObject({
  skipped_lines: num,
  lines: z.array(z.looseObject({ line: num, reason: str })),
});
const CacheError: z.ZodType<T.CacheErrorData> = z.looseObject({
  op: z.enum(['get', 'put']),
  key: str.optional(),
  code: str.optional(),
  message: str,
  effect: str,
});
const SecretUnmaskable: z.ZodType<T.SecretUnmaskableData> = z.looseObject({
  variable: str,
  min_length: num,
  message: str,
});
const BudgetExceeded: z.ZodType<T.BudgetExceededData> = z.looseObject({
  limit: z.enum(['usd', 'tokens']),
  budget_usd: num.optional(),
  budget_tokens: num.optional(),
  spent_usd: num,
  spent_tokens: num,
  in_flight_usd: num,
  in_flight_tokens: num,
});
const RateLimitPaused: z.ZodType<T.RateLimitPausedData> = z.looseObject({
  provider: str,
  pause_ms: num,
  retry_after_ms: num.optional(),
});

/** Event type -> payload schema, in the order the types were introduced (2.0, then 2.1). */
export const EVENT_DATA: { readonly [K in T.EventType]: z.ZodType<T.EventPayloads[K]> } = {
  'job.started': JobStarted,
  'job.resumed': JobResumed,
  'job.succeeded': JobSummary,
  'job.failed': JobFailed,
  'job.cancelled': JobCancelled,
  'step.started': StepStarted,
  'step.succeeded': StepSucceeded,
  'step.failed': StepFailed,
  'step.skipped': StepSkipped,
  'step.retrying': StepRetrying,
  'llm.request': LlmRequest,
  'llm.response': LlmResponse,
  'llm.error': LlmError,
  'cache.hit': CacheLookup,
  'cache.miss': CacheLookup,
  'file.written': FileWritten,
  'quality.passed': Quality,
  'quality.failed': Quality,
  'circuit.opened': Circuit,
  'circuit.half_open': Circuit,
  'circuit.closed': Circuit,
  'route.selected': RouteSelected,
  'route.fallback': RouteFallback,
  'context.built': ContextBuilt,
  'command.started': CommandStarted,
  'command.finished': CommandFinished,
  // 2.1
  'events.damaged': EventsDamaged,
  'cache.error': CacheError,
  'step.fanned_out': StepFannedOut,
  'secret.unmaskable': SecretUnmaskable,
  'budget.exceeded': BudgetExceeded,
  'rate_limit.paused': RateLimitPaused,
  // 2.2
  'job.interrupted': JobInterrupted,
  'batch.submitted': BatchSubmitted,
  'batch.completed': BatchCompleted,
};
