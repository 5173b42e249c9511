/**
 * The one writer of events.jsonl. Assigns `seq` (strictly increasing, continuing across resumes),
 * timestamps, job/trace/span ids, redacts secrets, and appends. Redaction happens here, before the
 * line is queued AND before any listener (the manifest fold, the terminal, the action's log
 * groups) sees the event: every consumer gets the redacted event, never the raw one. Lines are batched for at most
 * FLUSH_MS (or FLUSH_BYTES) and written with one synchronous append: a 10,000-step run emits
 * ~60,000 events, and one syscall per event would dominate its run time. What a crash can lose
 * is the last few milliseconds of lines, which resume treats like work that never happened
 * (a step whose step.succeeded was lost runs again and finds its outputs unchanged).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { EventInputOf, EventOf, EventSink, EventType, KnownEvent, Level } from './types.js';
import type { Redactor } from '../util/redact.js';
import { newSpanId } from '../util/ids.js';

const FLUSH_MS = 10;
const FLUSH_BYTES = 256 * 1024;

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
  listeners?: Array<(event: KnownEvent) => void>;
  /** Called once, with the first error writing the log (see `writeError`). */
  onWriteError?: (error: unknown) => void;
}

function defaultLevel(type: EventType): Level {
  return type.endsWith('.failed') || type === 'llm.error' ? 'error' : 'info';
}

export class EventWriter implements EventSink {
  private seq: number;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly stepSpans = new Map<string, string>();
  private readonly listeners: Array<(event: KnownEvent) => void>;

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

  addListener(listener: (event: KnownEvent) => void): void {
    this.listeners.push(listener);
  }

  emit<T extends EventType>(input: EventInputOf<T>): EventOf<T> {
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
    let event: EventOf<T> = {
      ts: new Date(this.opts.now()).toISOString(),
      seq: ++this.seq,
      level: input.level ?? defaultLevel(input.type),
      job_id: this.opts.jobId,
      type: input.type,
      ...(stepId === undefined ? {} : { step_id: stepId }),
      trace_id: this.opts.traceId,
      span_id: span,
      ...(parent === undefined ? {} : { parent_span_id: parent }),
      data: input.data,
    };
    const raw = JSON.stringify(event);
    const line = this.opts.redactor.apply(raw);
    // Rare (a secret echoed by a server, a snooping command): rebuild the event from its redacted parts.
    if (line !== raw) event = this.opts.redactor.applyDeep(event);
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), FLUSH_MS);
    // EventOf<T> is the KnownEvent member of T; TypeScript does not narrow a union by a generic T.
    const known = event as KnownEvent;
    for (const l of this.listeners) l(known);
    return event;
  }

  /** Starts a fresh span for a step's new attempt (a resumed or re-run step). */
  resetStepSpan(stepId: string): void {
    this.stepSpans.delete(stepId);
  }

  /**
   * The first write failure (a full disk, a read-only remount, an I/O error), if any. From then
   * on nothing more is written, so the log ends at a line boundary or a torn last line (which
   * readers drop) and never continues past a gap; events still reach the listeners, so the
   * run's in-memory state and its manifest stay whole. The engine checks this and ends the run.
   */
  get writeError(): unknown {
    return this.failed;
  }

  private failed: unknown;

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const chunk = Buffer.from(this.pending.join('\n') + '\n', 'utf8');
    this.pending = [];
    this.pendingBytes = 0;
    if (this.failed !== undefined) return;
    try {
      // writeSync may write part of a chunk (a disk filling up): go on until all of it is written.
      for (let off = 0; off < chunk.length;) off += writeSync(this.fd, chunk, off, chunk.length - off);
    } catch (e) {
      this.failed = e;
      this.opts.onWriteError?.(e);
    }
  }

  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch (e) {
      // close reports a delayed write error on some file systems (NFS, a full disk).
      this.failed ??= e;
    }
  }
}
