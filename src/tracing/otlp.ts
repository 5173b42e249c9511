/**
 * A run's events as OpenTelemetry spans (OTLP/JSON), for `orchestrator trace` and for export to
 * any OTLP collector (Jaeger, Tempo, Honeycomb, Datadog...).
 *
 * One span per job run (job.started/job.resumed -> job.succeeded/failed/cancelled), per step
 * attempt (step.started -> step.succeeded/failed) and per provider call (llm.request ->
 * llm.response/llm.error); the ids are the events' own `trace_id` / `span_id` / `parent_span_id`.
 * Everything else (retries, cache hits, checks, circuit changes, fallbacks, files written) becomes
 * a span event on the span it belongs to. A span that never ended (a killed run) ends at the last
 * event of the log and carries `orchestrator.incomplete = true`.
 *
 * Spans are built as the SDK's ReadableSpan and serialized by OpenTelemetry's own
 * JsonTraceSerializer, so the JSON is exactly what the OTel JS exporters send: hex ids, int64
 * nanoseconds as decimal strings, enums as numbers.
 */
import {
  SpanKind,
  SpanStatusCode,
  type Attributes,
  type AttributeValue,
  type HrTime,
  type SpanContext,
} from '@opentelemetry/api';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { resourceFromAttributes } from '@opentelemetry/resources';
import type { ReadableSpan, TimedEvent } from '@opentelemetry/sdk-trace-base';
import { viewEvent } from '../events/decode.js';
import { fieldsOf, type OrchestratorEvent } from '../events/types.js';
import { OrchestratorError, UsageError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';

export interface OtlpOptions {
  /** `service.name` of the resource; default `orchestrator`. */
  serviceName?: string;
  /** Extra resource attributes (e.g. CI run ids). */
  resourceAttributes?: Attributes;
}

/** The OTLP/JSON ExportTraceServiceRequest, as a plain object. */
export interface OtlpTraceRequest {
  resourceSpans: Array<{
    resource: { attributes: unknown[] };
    scopeSpans: Array<{ scope: { name: string; version?: string }; spans: OtlpSpanJson[] }>;
  }>;
}

export interface OtlpSpanJson {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Array<{ key: string; value: Record<string, unknown> }>;
  events: Array<{
    name: string;
    timeUnixNano: string;
    attributes: Array<{ key: string; value: Record<string, unknown> }>;
  }>;
  status: { code: number; message?: string };
}

const SCOPE = { name: 'orchestrator-action', version: '2' };
const TRACE_ID = /^[0-9a-f]{32}$/;
const SPAN_ID = /^[0-9a-f]{16}$/;
const ZERO_TRACE = '0'.repeat(32);
const ZERO_SPAN = '0'.repeat(16);

type SpanKindName = 'job' | 'step' | 'llm';

interface Draft {
  kind: SpanKindName;
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  stepId?: string;
  startMs: number;
  endMs?: number;
  status: { code: SpanStatusCode; message?: string };
  attributes: Attributes;
  events: TimedEvent[];
}

function hrTime(ms: number): HrTime {
  const whole = Math.floor(ms);
  const seconds = Math.floor(whole / 1000);
  return [seconds, (whole - seconds * 1000) * 1_000_000 + Math.round((ms - whole) * 1_000_000)];
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Event data as span-event attributes: primitives as they are, the rest as JSON text. */
function flatten(data: Record<string, unknown>, prefix = 'orchestrator.'): Attributes {
  const out: Attributes = {};
  for (const [k, v] of Object.entries(data)) {
    if (v === undefined || v === null) continue;
    let value: AttributeValue;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') value = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) value = v as string[];
    else value = JSON.stringify(v);
    out[`${prefix}${k}`] = value;
  }
  return out;
}

function setAttr(attrs: Attributes, key: string, value: AttributeValue | undefined): void {
  if (value !== undefined) attrs[key] = value;
}

/** An error's code and message: a payload's `error`, or an llm.error's own fields. */
function errorOf(error: { code?: string; message?: string } | undefined): { code?: string; message?: string } {
  return { code: str(error?.code), message: str(error?.message) };
}

class TraceBuilder {
  readonly drafts: Draft[] = [];
  private readonly bySpan = new Map<string, Draft>();
  private readonly openSteps = new Map<string, Draft>();
  private readonly openLlm = new Map<string, Draft>();
  private job?: Draft;
  private lastMs = 0;
  private jobName?: string;

  /** Valid ids are kept; anything else gets a stable id derived from what it names. */
  private ids(e: OrchestratorEvent, kind: SpanKindName): { traceId: string; spanId: string } {
    const traceId =
      TRACE_ID.test(e.trace_id) && e.trace_id !== ZERO_TRACE ? e.trace_id : sha256(`trace:${e.job_id}`).slice(0, 32);
    const spanId =
      SPAN_ID.test(e.span_id) && e.span_id !== ZERO_SPAN
        ? e.span_id
        : sha256(`span:${e.job_id}:${kind}:${e.step_id ?? ''}:${e.seq}`).slice(0, 16);
    return { traceId, spanId };
  }

  private open(e: OrchestratorEvent, kind: SpanKindName, name: string, parent: string | undefined, ms: number): Draft {
    const ids = this.ids(e, kind);
    const { traceId } = ids;
    let { spanId } = ids;
    const existing = this.bySpan.get(spanId);
    if (existing && existing.endMs === undefined && existing.kind === kind) return existing;
    // A span id is never used twice in a trace, even if the log reuses one.
    if (existing) spanId = sha256(`span:${spanId}:${e.seq}`).slice(0, 16);
    const draft: Draft = {
      kind,
      name,
      traceId,
      spanId,
      parentSpanId: parent,
      stepId: e.step_id,
      startMs: ms,
      status: { code: SpanStatusCode.UNSET },
      attributes: {},
      events: [],
    };
    this.drafts.push(draft);
    this.bySpan.set(spanId, draft);
    return draft;
  }

  /** The open span an ending event closes: by span id, else the latest open one of its kind. */
  private find(e: OrchestratorEvent, kind: SpanKindName): Draft | undefined {
    const d = this.bySpan.get(e.span_id);
    if (d && d.kind === kind && d.endMs === undefined) return d;
    if (kind === 'job') return this.job?.endMs === undefined ? this.job : undefined;
    if (kind === 'step') return e.step_id ? this.openSteps.get(e.step_id) : undefined;
    return e.step_id ? this.openLlm.get(e.step_id) : undefined;
  }

  /** Where a non-span event is recorded: its own span, else its step's, else the job's. */
  private owner(e: OrchestratorEvent): Draft | undefined {
    const d = this.bySpan.get(e.span_id);
    if (d) return d;
    if (e.step_id) {
      const s =
        this.openSteps.get(e.step_id) ??
        [...this.drafts].reverse().find((x) => x.kind === 'step' && x.stepId === e.step_id);
      if (s) return s;
    }
    return this.job ?? this.drafts.find((x) => x.kind === 'job');
  }

  private end(d: Draft, ms: number, error?: { code?: string; message?: string }): void {
    d.endMs = Math.max(ms, d.startMs);
    if (error) {
      d.status = { code: SpanStatusCode.ERROR, message: error.message ?? error.code };
      setAttr(d.attributes, 'error.type', error.code ?? 'error');
    } else if (d.status.code !== SpanStatusCode.ERROR) {
      d.status = { code: SpanStatusCode.OK };
    }
  }

  private addEvent(d: Draft, e: OrchestratorEvent, ms: number): void {
    d.events.push({
      name: e.type,
      time: hrTime(ms),
      attributes: { 'orchestrator.seq': e.seq, ...flatten(fieldsOf(e)) },
    });
  }

  /** A resumed run: what the interrupted attempt left open ended when its log stopped. */
  private interrupt(atMs: number, keepJob: boolean): void {
    for (const d of [
      ...this.openLlm.values(),
      ...this.openSteps.values(),
      ...(this.job && !keepJob ? [this.job] : []),
    ]) {
      if (d.endMs !== undefined) continue;
      d.endMs = Math.max(atMs, d.startMs);
      d.attributes['orchestrator.incomplete'] = true;
    }
    this.openLlm.clear();
    this.openSteps.clear();
  }

  apply(e: OrchestratorEvent): void {
    const parsed = Date.parse(e.ts);
    const ms = Number.isFinite(parsed) ? parsed : this.lastMs;
    const previousMs = this.lastMs;
    this.lastMs = Math.max(this.lastMs, ms);
    // The payload as its type's checked view: a field of the wrong type reads as absent.
    const v = viewEvent(e);
    switch (v?.type) {
      case 'job.started':
      case 'job.resumed': {
        const data = v.data;
        this.jobName = str(data.job_name) ?? this.jobName ?? e.job_id;
        const sameJobSpan = this.job !== undefined && this.job.endMs === undefined && this.job.spanId === e.span_id;
        this.interrupt(previousMs, sameJobSpan);
        const d = this.open(e, 'job', `job ${this.jobName}`, undefined, ms);
        if (sameJobSpan) this.addEvent(d, e, ms);
        this.job = d;
        setAttr(d.attributes, 'orchestrator.job.id', e.job_id);
        setAttr(d.attributes, 'orchestrator.job.name', this.jobName);
        setAttr(d.attributes, 'orchestrator.attempt', num(data.attempt));
        setAttr(d.attributes, 'orchestrator.code_version', str(data.code_version));
        setAttr(d.attributes, 'orchestrator.spec_sha256', str(data.spec_sha256));
        if (v.type === 'job.resumed') d.attributes['orchestrator.resumed'] = true;
        return;
      }
      case 'job.succeeded':
      case 'job.failed':
      case 'job.cancelled': {
        const d = this.find(e, 'job');
        if (!d) return;
        const status = v.type.slice(4);
        d.attributes['orchestrator.job.status'] = status;
        if (status === 'succeeded') this.end(d, ms);
        else {
          const data = v.data;
          const err = errorOf('error' in data ? data.error : undefined);
          this.end(d, ms, {
            code: err.code ?? (status === 'cancelled' ? 'E_CANCELLED' : 'E_STEP_FAILED'),
            message:
              err.message ??
              (status === 'cancelled'
                ? `cancelled${'reason' in data && str(data.reason) ? `: ${str(data.reason)}` : ''}`
                : `failed steps: ${'failed_steps' in data && data.failed_steps ? data.failed_steps.join(', ') : '?'}`),
          });
        }
        return;
      }
      case 'step.started': {
        const id = e.step_id ?? '?';
        const d = this.open(e, 'step', `step ${id}`, e.parent_span_id ?? this.job?.spanId, ms);
        this.openSteps.set(id, d);
        setAttr(d.attributes, 'orchestrator.step.id', id);
        setAttr(d.attributes, 'orchestrator.step.kind', str(v.data.kind));
        setAttr(d.attributes, 'orchestrator.provider', str(v.data.provider));
        return;
      }
      case 'step.succeeded':
      case 'step.failed': {
        const d = this.find(e, 'step');
        if (!d) return;
        if (d.stepId) this.openSteps.delete(d.stepId);
        d.attributes['orchestrator.step.status'] = v.type.slice(5);
        const data = v.data;
        setAttr(d.attributes, 'orchestrator.cache', str(data.cache));
        setAttr(d.attributes, 'orchestrator.step.attempts', num(data.attempts));
        setAttr(d.attributes, 'orchestrator.cost_usd', num(data.cost_usd));
        setAttr(d.attributes, 'gen_ai.usage.input_tokens', num(data.usage?.input_tokens));
        setAttr(d.attributes, 'gen_ai.usage.output_tokens', num(data.usage?.output_tokens));
        setAttr(d.attributes, 'orchestrator.provider', str(data.provider));
        setAttr(d.attributes, 'gen_ai.response.model', str(data.model));
        this.end(d, ms, v.type === 'step.failed' ? errorOf(v.data.error) : undefined);
        return;
      }
      case 'llm.request': {
        const data = v.data;
        const provider = str(data.provider) ?? 'provider';
        const parent = e.parent_span_id ?? (e.step_id ? this.openSteps.get(e.step_id)?.spanId : undefined);
        const d = this.open(e, 'llm', `llm ${provider}`, parent, ms);
        if (e.step_id) this.openLlm.set(e.step_id, d);
        setAttr(d.attributes, 'gen_ai.operation.name', 'chat');
        setAttr(d.attributes, 'gen_ai.system', str(data.provider_type) ?? provider);
        setAttr(d.attributes, 'gen_ai.request.model', str(data.model));
        setAttr(d.attributes, 'orchestrator.provider', provider);
        setAttr(d.attributes, 'orchestrator.step.id', e.step_id);
        setAttr(d.attributes, 'orchestrator.attempt', num(data.attempt));
        setAttr(d.attributes, 'orchestrator.provider_attempt', num(data.provider_attempt));
        return;
      }
      case 'llm.response':
      case 'llm.error': {
        const d = this.find(e, 'llm');
        if (!d) return;
        if (d.stepId && this.openLlm.get(d.stepId) === d) this.openLlm.delete(d.stepId);
        setAttr(d.attributes, 'orchestrator.duration_ms', num(v.data.duration_ms));
        if (v.type === 'llm.response') {
          const data = v.data;
          const usage = data.usage;
          setAttr(d.attributes, 'gen_ai.response.model', str(data.model));
          setAttr(d.attributes, 'gen_ai.usage.input_tokens', num(usage?.input_tokens));
          setAttr(d.attributes, 'gen_ai.usage.output_tokens', num(usage?.output_tokens));
          if (str(data.finish_reason)) d.attributes['gen_ai.response.finish_reasons'] = [str(data.finish_reason)!];
          setAttr(d.attributes, 'orchestrator.cost_usd', num(data.cost_usd));
          this.end(d, ms);
        } else {
          const data = v.data;
          setAttr(d.attributes, 'http.response.status_code', num(data.status));
          if (typeof data.retryable === 'boolean') d.attributes['orchestrator.retryable'] = data.retryable;
          this.end(d, ms, errorOf(data));
        }
        return;
      }
      default: {
        const d = this.owner(e);
        if (!d) return;
        this.addEvent(d, e, ms);
        if (e.type === 'cache.hit' || e.type === 'cache.miss') d.attributes['orchestrator.cache'] = e.type.slice(6);
        if (v?.type === 'quality.passed' || v?.type === 'quality.failed') {
          const verdicts = v.data.verdicts ?? [];
          const passed = verdicts.filter((c) => c.passed === true).length;
          d.attributes['orchestrator.checks.passed'] = (num(d.attributes['orchestrator.checks.passed']) ?? 0) + passed;
          d.attributes['orchestrator.checks.failed'] =
            (num(d.attributes['orchestrator.checks.failed']) ?? 0) + verdicts.length - passed;
        }
      }
    }
  }

  /** Ends what never ended at the last event's time. */
  finish(): void {
    for (const d of this.drafts) {
      if (d.endMs !== undefined) continue;
      d.endMs = Math.max(this.lastMs, d.startMs);
      d.attributes['orchestrator.incomplete'] = true;
    }
  }
}

function toReadable(d: Draft, resource: ReturnType<typeof resourceFromAttributes>): ReadableSpan {
  const ctx: SpanContext = { traceId: d.traceId, spanId: d.spanId, traceFlags: 1 };
  const start = hrTime(d.startMs);
  const end = hrTime(d.endMs ?? d.startMs);
  const durationMs = (d.endMs ?? d.startMs) - d.startMs;
  return {
    name: d.name,
    kind: d.kind === 'llm' ? SpanKind.CLIENT : SpanKind.INTERNAL,
    spanContext: () => ctx,
    parentSpanContext: d.parentSpanId ? { traceId: d.traceId, spanId: d.parentSpanId, traceFlags: 1 } : undefined,
    startTime: start,
    endTime: end,
    status: d.status,
    attributes: d.attributes,
    links: [],
    events: d.events,
    duration: hrTime(durationMs),
    ended: true,
    resource,
    instrumentationScope: SCOPE,
    droppedAttributesCount: 0,
    droppedEventsCount: 0,
    droppedLinksCount: 0,
  };
}

/** The run's events (in log order) as an OTLP/JSON ExportTraceServiceRequest. */
export function eventsToOtlp(events: OrchestratorEvent[], opts: OtlpOptions = {}): OtlpTraceRequest {
  const builder = new TraceBuilder();
  for (const e of events) builder.apply(e);
  builder.finish();
  const first = events[0];
  const resource = resourceFromAttributes({
    'service.name': opts.serviceName ?? 'orchestrator',
    ...(first ? { 'orchestrator.job.id': first.job_id } : {}),
    ...opts.resourceAttributes,
  });
  const spans = builder.drafts.map((d) => toReadable(d, resource));
  if (spans.length === 0) return { resourceSpans: [] };
  return JSON.parse(new TextDecoder().decode(JsonTraceSerializer.serializeRequest(spans))) as OtlpTraceRequest;
}

/**
 * Where traces go, from the standard variables: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as it is, or
 * OTEL_EXPORTER_OTLP_ENDPOINT + `/v1/traces`. Undefined when neither is set.
 */
export function otlpTracesEndpoint(env: Record<string, string | undefined> = process.env): string | undefined {
  const traces = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?.trim();
  if (traces) return traces;
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.trim();
  if (base) return `${base.replace(/\/+$/, '')}/v1/traces`;
  return undefined;
}

/** `key1=value1,key2=value2` (values URL-encoded), as OTEL_EXPORTER_OTLP_HEADERS holds them. */
export function parseOtlpHeaders(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!value) return out;
  for (const pair of value.split(',')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq).trim();
    const raw = pair.slice(eq + 1).trim();
    let decoded = raw;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      // Not URL-encoded after all: keep it as written.
    }
    if (key) out[key] = decoded;
  }
  return out;
}

export interface ExportOptions {
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * POSTs an OTLP/JSON request to a collector. `endpoint` is used as it is; without it, the
 * standard variables decide (otlpTracesEndpoint). Headers: OTEL_EXPORTER_OTLP_HEADERS, then
 * OTEL_EXPORTER_OTLP_TRACES_HEADERS, then `headers`, later ones winning.
 * Throws E_OTLP_ENDPOINT (no endpoint configured) or E_OTLP_EXPORT (the collector said no).
 */
export async function exportOtlpHttp(
  body: object,
  endpoint?: string,
  headers: Record<string, string> = {},
  opts: ExportOptions = {},
): Promise<{ status: number; body: string }> {
  const env = opts.env ?? process.env;
  const url = endpoint ?? otlpTracesEndpoint(env);
  if (!url) {
    throw new UsageError(
      'E_OTLP_ENDPOINT',
      'no OTLP endpoint: set OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT',
      {
        hint: 'e.g. OTEL_EXPORTER_OTLP_ENDPOINT=http://localhost:4318 for a local collector',
      },
    );
  }
  const allHeaders: Record<string, string> = {
    ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_HEADERS),
    ...parseOtlpHeaders(env.OTEL_EXPORTER_OTLP_TRACES_HEADERS),
    ...headers,
    'content-type': 'application/json',
  };
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? 10_000);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: allHeaders, body: JSON.stringify(body), signal });
  } catch (e) {
    const cause = (e as Error).cause;
    throw new OrchestratorError(
      'E_OTLP_EXPORT',
      `OTLP export to ${url} failed: ${cause instanceof Error ? cause.message : (e as Error).message}`,
      {
        retryable: true,
        cause: e,
        hint: 'is the collector running and listening for OTLP/HTTP (port 4318)?',
      },
    );
  }
  const text = await res.text();
  if (!res.ok) {
    throw new OrchestratorError(
      'E_OTLP_EXPORT',
      `OTLP export to ${url} failed: HTTP ${res.status}${text ? `: ${text.slice(0, 300)}` : ''}`,
      {
        status: res.status,
        retryable: res.status === 429 || res.status >= 500,
      },
    );
  }
  return { status: res.status, body: text };
}
