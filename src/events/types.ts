/** Events (CONTRACT.md section 4). One JSON object a line in events.jsonl. */

export type Level = 'debug' | 'info' | 'warn' | 'error';

export const EVENT_TYPES = [
  'job.started', 'job.resumed', 'job.succeeded', 'job.failed', 'job.cancelled',
  'step.started', 'step.succeeded', 'step.failed', 'step.skipped', 'step.retrying',
  'llm.request', 'llm.response', 'llm.error',
  'cache.hit', 'cache.miss',
  'file.written',
  'quality.passed', 'quality.failed',
  'circuit.opened', 'circuit.half_open', 'circuit.closed',
  'route.selected', 'route.fallback',
  'context.built',
  'command.started', 'command.finished',
  'budget.exceeded', 'rate_limit.paused',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export interface OrchestratorEvent {
  ts: string;
  seq: number;
  level: Level;
  job_id: string;
  type: EventType | string;
  step_id?: string;
  trace_id: string;
  span_id: string;
  /** Span this one is a child of (job -> step -> attempt); absent on the job span. */
  parent_span_id?: string;
  data: Record<string, unknown>;
}

/** What a component hands the event sink; the sink adds ts, seq, job_id and trace ids. */
export interface EventInput {
  type: EventType | string;
  level?: Level;
  step_id?: string;
  /** Explicit span; defaults to the step's span (or the job's span for job-scoped events). */
  span_id?: string;
  parent_span_id?: string;
  data?: Record<string, unknown>;
}

/** Anything that can take events: the run's writer, a test collector, a null sink. */
export interface EventSink {
  emit(event: EventInput): OrchestratorEvent;
}
