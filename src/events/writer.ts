/**
 * The one writer of events.jsonl. Assigns `seq` (strictly increasing, continuing across resumes),
 * timestamps, job/trace/span ids, redacts secrets, and appends. Lines are batched within one turn
 * of the event loop and written with a single synchronous append: a 10,000-step run emits ~70,000
 * events, and one syscall per event would dominate its run time. What a crash can lose is the
 * current turn's lines, which resume treats like work that never happened.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { EventInput, EventSink, OrchestratorEvent } from './types.js';
import type { Redactor } from '../util/redact.js';
import { newSpanId } from '../util/ids.js';

export interface EventWriterOptions {
  file: string;
  jobId: string;
  traceId: string;
  jobSpanId: string;
  /** Last seq already in the file (0 for a new run). */
  lastSeq: number;
  redactor: Redactor;
  now: () => number;
  /** Called with each event after it is queued for writing. */
  listeners?: Array<(event: OrchestratorEvent) => void>;
}

export class EventWriter implements EventSink {
  private seq: number;
  private readonly fd: number;
  private pending: string[] = [];
  private scheduled = false;
  private closed = false;
  private readonly stepSpans = new Map<string, string>();
  private readonly listeners: Array<(event: OrchestratorEvent) => void>;

  constructor(private readonly opts: EventWriterOptions) {
    this.seq = opts.lastSeq;
    this.fd = openSync(opts.file, 'a');
    this.listeners = opts.listeners ?? [];
  }

  get lastSeq(): number {
    return this.seq;
  }

  get jobSpanId(): string {
    return this.opts.jobSpanId;
  }

  /** The span of a step's current attempt; a new one starts at each step.started. */
  stepSpan(stepId: string): string {
    let span = this.stepSpans.get(stepId);
    if (!span) {
      span = newSpanId();
      this.stepSpans.set(stepId, span);
    }
    return span;
  }

  addListener(listener: (event: OrchestratorEvent) => void): void {
    this.listeners.push(listener);
  }

  emit(input: EventInput): OrchestratorEvent {
    if (this.closed) throw new Error(`event ${input.type} after the event log was closed`);
    const stepId = input.step_id;
    let span = input.span_id;
    let parent = input.parent_span_id;
    if (!span) {
      if (stepId) {
        span = this.stepSpan(stepId);
        parent ??= this.opts.jobSpanId;
      } else span = this.opts.jobSpanId;
    }
    const event: OrchestratorEvent = {
      ts: new Date(this.opts.now()).toISOString(),
      seq: ++this.seq,
      level: input.level ?? (input.type.endsWith('.failed') || input.type === 'llm.error' ? 'error' : 'info'),
      job_id: this.opts.jobId,
      type: input.type,
      ...(stepId === undefined ? {} : { step_id: stepId }),
      trace_id: this.opts.traceId,
      span_id: span,
      ...(parent === undefined ? {} : { parent_span_id: parent }),
      data: input.data ?? {},
    };
    this.pending.push(this.opts.redactor.apply(JSON.stringify(event)));
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    for (const l of this.listeners) l(event);
    return event;
  }

  /** Starts a fresh span for a step's new attempt (a resumed or re-run step). */
  resetStepSpan(stepId: string): void {
    this.stepSpans.delete(stepId);
  }

  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0) return;
    const chunk = this.pending.join('\n') + '\n';
    this.pending = [];
    writeSync(this.fd, chunk);
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    closeSync(this.fd);
  }
}
