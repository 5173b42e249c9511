import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { OrchestratorEvent } from '../../src/events/types.js';
import {
  eventsToOtlp,
  exportOtlpHttp,
  otlpTracesEndpoint,
  parseOtlpHeaders,
  type OtlpSpanJson,
} from '../../src/tracing/otlp.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const JOB_SPAN = '00f067aa0ba902b7';
const STEP_A = 'a1a1a1a1a1a1a1a1';
const STEP_B = 'b2b2b2b2b2b2b2b2';
const CALL_1 = 'c3c3c3c3c3c3c3c3';
const CALL_2 = 'd4d4d4d4d4d4d4d4';
const CALL_3 = 'e5e5e5e5e5e5e5e5';
const T0 = Date.parse('2025-01-02T03:04:05.000Z');

/** A run as the event writer records it: job -> steps -> provider calls. */
function run(): OrchestratorEvent[] {
  let seq = 0;
  const e = (
    ms: number,
    type: string,
    span: string,
    extra: Partial<OrchestratorEvent> = {},
    data: Record<string, unknown> = {},
  ): OrchestratorEvent => ({
    ts: new Date(T0 + ms).toISOString(),
    seq: ++seq,
    level: 'info',
    job_id: 'notes-1',
    type,
    trace_id: TRACE,
    span_id: span,
    data,
    ...extra,
  });
  const a = { step_id: 'architect', parent_span_id: JOB_SPAN };
  const b = { step_id: 'builder', parent_span_id: JOB_SPAN };
  return [
    e(0, 'job.started', JOB_SPAN, {}, { job_name: 'notes-app', attempt: 1, code_version: '1' }),
    e(10, 'step.started', STEP_A, a, { kind: 'llm', provider: 'smart' }),
    e(11, 'cache.miss', STEP_A, a, { key: 'k1' }),
    e(
      12,
      'llm.request',
      CALL_1,
      { step_id: 'architect', parent_span_id: STEP_A },
      { provider: 'smart', model: 'claude-sonnet-4-5', attempt: 1, provider_type: 'anthropic' },
    ),
    e(
      512,
      'llm.error',
      CALL_1,
      { step_id: 'architect', parent_span_id: STEP_A },
      {
        provider: 'smart',
        code: 'E_HTTP_429',
        message: 'rate limited',
        status: 429,
        retryable: true,
        duration_ms: 500,
      },
    ),
    e(513, 'step.retrying', STEP_A, a, { provider: 'smart', attempt: 2, delay_ms: 1000, reason: 'E_HTTP_429' }),
    e(
      1513,
      'llm.request',
      CALL_2,
      { step_id: 'architect', parent_span_id: STEP_A },
      { provider: 'smart', model: 'claude-sonnet-4-5', attempt: 2 },
    ),
    e(
      2513,
      'llm.response',
      CALL_2,
      { step_id: 'architect', parent_span_id: STEP_A },
      {
        provider: 'smart',
        model: 'claude-sonnet-4-5-20250929',
        duration_ms: 1000,
        usage: { input_tokens: 120, output_tokens: 800 },
        finish_reason: 'stop',
        cost_usd: 0.0124,
      },
    ),
    e(2520, 'quality.passed', STEP_A, a, { provider: 'smart', verdicts: [{ type: 'contains', passed: true }] }),
    e(2530, 'step.succeeded', STEP_A, a, {
      cache: 'miss',
      attempts: 2,
      usage: { input_tokens: 120, output_tokens: 800 },
      cost_usd: 0.0124,
    }),
    e(2540, 'step.started', STEP_B, b, { kind: 'llm', provider: 'fast' }),
    e(
      2541,
      'llm.request',
      CALL_3,
      { step_id: 'builder', parent_span_id: STEP_B },
      { provider: 'fast', model: 'gpt-4o-mini', attempt: 1 },
    ),
    e(
      2941,
      'llm.response',
      CALL_3,
      { step_id: 'builder', parent_span_id: STEP_B },
      { provider: 'fast', model: 'gpt-4o-mini', duration_ms: 400, usage: { input_tokens: 900, output_tokens: 300 } },
    ),
    e(2950, 'quality.failed', STEP_B, b, {
      provider: 'fast',
      verdicts: [
        { type: 'regex', passed: false, message: 'regex /x/ not found' },
        { type: 'contains', passed: true },
      ],
    }),
    e(
      2960,
      'step.failed',
      STEP_B,
      { ...b, level: 'error' },
      { error: { code: 'E_CHECK_FAILED', message: 'step builder: 1 check(s) failed' } },
    ),
    e(2970, 'job.failed', JOB_SPAN, { level: 'error' }, { failed_steps: ['builder'] }),
  ];
}

const nanos = (ms: number) => (BigInt(T0 + ms) * 1_000_000n).toString();
function spans(req: ReturnType<typeof eventsToOtlp>): OtlpSpanJson[] {
  return req.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
}
function attrs(span: OtlpSpanJson): Record<string, unknown> {
  return Object.fromEntries(span.attributes.map((a) => [a.key, Object.values(a.value)[0]]));
}

describe('eventsToOtlp', () => {
  it("makes one span per job, step and provider call, with the events' ids, times and parents", () => {
    const req = eventsToOtlp(run(), { serviceName: 'ci-orchestrator' });
    const all = spans(req);
    expect(all.map((s) => s.name)).toEqual([
      'job notes-app',
      'step architect',
      'llm smart',
      'llm smart',
      'step builder',
      'llm fast',
    ]);
    const byId = new Map(all.map((s) => [s.spanId, s]));
    expect(all.every((s) => s.traceId === TRACE)).toBe(true);
    expect(byId.get(JOB_SPAN)!.parentSpanId).toBeUndefined();
    expect(byId.get(STEP_A)!.parentSpanId).toBe(JOB_SPAN);
    expect(byId.get(CALL_2)!.parentSpanId).toBe(STEP_A);
    expect(byId.get(CALL_3)!.parentSpanId).toBe(STEP_B);
    expect(byId.get(JOB_SPAN)).toMatchObject({
      startTimeUnixNano: nanos(0),
      endTimeUnixNano: nanos(2970),
      status: { code: 2 },
    });
    expect(byId.get(CALL_1)).toMatchObject({
      startTimeUnixNano: nanos(12),
      endTimeUnixNano: nanos(512),
      kind: 3,
      status: { code: 2, message: 'rate limited' },
    });
    expect(byId.get(CALL_2)).toMatchObject({
      startTimeUnixNano: nanos(1513),
      endTimeUnixNano: nanos(2513),
      status: { code: 1 },
    });
    expect(byId.get(STEP_B)!.status).toEqual({ code: 2, message: 'step builder: 1 check(s) failed' });

    const resource = Object.fromEntries(
      req.resourceSpans[0]!.resource.attributes.map((a) => {
        const kv = a as { key: string; value: { stringValue: string } };
        return [kv.key, kv.value.stringValue];
      }),
    );
    expect(resource['service.name']).toBe('ci-orchestrator');
  });

  it('carries gen_ai attributes, cache state, check counts and retries as span events', () => {
    const all = spans(eventsToOtlp(run()));
    const call2 = all.find((s) => s.spanId === CALL_2)!;
    expect(attrs(call2)).toMatchObject({
      'gen_ai.system': 'smart',
      'gen_ai.request.model': 'claude-sonnet-4-5',
      'gen_ai.response.model': 'claude-sonnet-4-5-20250929',
      'gen_ai.usage.input_tokens': 120,
      'gen_ai.usage.output_tokens': 800,
      'orchestrator.cost_usd': 0.0124,
      'orchestrator.attempt': 2,
    });
    expect(attrs(all.find((s) => s.spanId === CALL_1)!)).toMatchObject({
      'gen_ai.system': 'anthropic',
      'error.type': 'E_HTTP_429',
      'http.response.status_code': 429,
    });
    const stepA = all.find((s) => s.spanId === STEP_A)!;
    expect(attrs(stepA)).toMatchObject({
      'orchestrator.cache': 'miss',
      'orchestrator.step.attempts': 2,
      'orchestrator.checks.passed': 1,
      'orchestrator.checks.failed': 0,
    });
    expect(stepA.events.map((e) => e.name)).toEqual(['cache.miss', 'step.retrying', 'quality.passed']);
    const retry = stepA.events[1]!;
    expect(retry.timeUnixNano).toBe(nanos(513));
    expect(Object.fromEntries(retry.attributes.map((a) => [a.key, Object.values(a.value)[0]]))).toMatchObject({
      'orchestrator.reason': 'E_HTTP_429',
      'orchestrator.delay_ms': 1000,
    });
    expect(attrs(all.find((s) => s.spanId === STEP_B)!)).toMatchObject({
      'orchestrator.checks.passed': 1,
      'orchestrator.checks.failed': 1,
      'error.type': 'E_CHECK_FAILED',
    });
  });

  it('ends what a killed run left open, and gives a resumed run its own job span', () => {
    const events = run().slice(0, 7); // killed while the second call of architect was in flight
    const resumedAt = new Date(T0 + 60_000).toISOString();
    events.push(
      {
        ts: resumedAt,
        seq: 8,
        level: 'info',
        job_id: 'notes-1',
        type: 'job.resumed',
        trace_id: TRACE,
        span_id: 'f6f6f6f6f6f6f6f6',
        data: { job_name: 'notes-app', attempt: 2 },
      },
      {
        ts: new Date(T0 + 60_100).toISOString(),
        seq: 9,
        level: 'info',
        job_id: 'notes-1',
        type: 'job.succeeded',
        trace_id: TRACE,
        span_id: 'f6f6f6f6f6f6f6f6',
        data: {},
      },
    );
    const all = spans(eventsToOtlp(events));
    expect(all.map((s) => s.name)).toEqual([
      'job notes-app',
      'step architect',
      'llm smart',
      'llm smart',
      'job notes-app',
    ]);
    const old = all
      .filter((s) => attrs(s)['orchestrator.incomplete'] === true)
      .map((s) => s.spanId)
      .sort();
    expect(old).toEqual([JOB_SPAN, STEP_A, CALL_2].sort());
    // The interrupted spans end at the last event before the resume, not an hour later.
    for (const s of all.filter((x) => old.includes(x.spanId))) expect(s.endTimeUnixNano).toBe(nanos(1513));
    expect(all[4]).toMatchObject({ spanId: 'f6f6f6f6f6f6f6f6', startTimeUnixNano: nanos(60_000), status: { code: 1 } });
    expect(new Set(all.map((s) => s.spanId)).size).toBe(all.length);
  });

  it('derives valid ids when the log has none', () => {
    const events = run().map((e) => ({ ...e, trace_id: '', span_id: 'nope' }));
    const all = spans(eventsToOtlp(events));
    expect(all.every((s) => /^[0-9a-f]{32}$/.test(s.traceId) && /^[0-9a-f]{16}$/.test(s.spanId))).toBe(true);
    expect(new Set(all.map((s) => s.spanId)).size).toBe(all.length);
    expect(eventsToOtlp([])).toEqual({ resourceSpans: [] });
  });

  it('round-trips through the OpenTelemetry protobuf schema (opentelemetry-proto, protobufjs)', () => {
    const req = eventsToOtlp(run());
    // OTLP/JSON differs from the proto3 JSON mapping in two ways: ids are hex (not base64) and
    // int64 may be a number. Map those, then let the generated OTLP types parse, verify, encode
    // and decode the request.
    const hexToB64 = (h: string) => Buffer.from(h, 'hex').toString('base64');
    const toProto3 = (v: unknown, key = ''): unknown => {
      if (Array.isArray(v)) return v.map((x) => toProto3(x));
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toProto3(x, k)]));
      if (typeof v === 'string' && (key === 'traceId' || key === 'spanId' || key === 'parentSpanId'))
        return hexToB64(v);
      if (typeof v === 'number' && key === 'intValue') return String(v);
      return v;
    };
    const require = createRequire(join(process.cwd(), 'package.json'));
    const root = require('otlp-transformer-proto/build/src/generated/root.js');
    const Request = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
    const proto3 = toProto3(req) as Record<string, unknown>;
    const message = Request.fromObject(proto3);
    expect(Request.verify(message)).toBeNull();
    const decoded = Request.toObject(Request.decode(Request.encode(message).finish()), {
      longs: String,
      bytes: String,
      enums: Number,
      defaults: true,
    });
    // Every field we wrote is a field of the schema and survived the binary round trip.
    expect(decoded).toMatchObject(proto3);
    const decodedSpans = decoded.resourceSpans[0].scopeSpans[0].spans;
    expect(decodedSpans).toHaveLength(6);
    expect(Buffer.from(decodedSpans[2].spanId, 'base64').toString('hex')).toBe(CALL_1);
    expect(decodedSpans[0].endTimeUnixNano).toBe(nanos(2970));
  });
});

describe('exportOtlpHttp', () => {
  let server: Server;
  let port: number;
  let received: Array<{ url: string; headers: IncomingMessage['headers']; body: string }> = [];
  let status = 200;
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ url: req.url ?? '', headers: req.headers, body });
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(status === 200 ? '{}' : '{"message":"overloaded"}');
      });
    });
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', () => res()));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((res) => server.close(() => res()));
  });
  beforeEach(() => {
    received = [];
    status = 200;
  });

  it('posts OTLP/JSON to ENDPOINT/v1/traces with the configured headers', async () => {
    const body = eventsToOtlp(run());
    const env = {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${port}/`,
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=s3cr3t, x-tenant=team%20a',
    };
    const r = await exportOtlpHttp(body, undefined, { 'x-extra': '1' }, { env });
    expect(r.status).toBe(200);
    expect(received).toHaveLength(1);
    expect(received[0]!.url).toBe('/v1/traces');
    expect(received[0]!.headers).toMatchObject({
      'content-type': 'application/json',
      'x-api-key': 's3cr3t',
      'x-tenant': 'team a',
      'x-extra': '1',
    });
    expect(JSON.parse(received[0]!.body)).toEqual(body);
  });

  it('uses the traces endpoint as it is, and reports a refusal with the status', async () => {
    const env = {
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/custom/path`,
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://ignored:1',
    };
    expect(otlpTracesEndpoint(env)).toBe(`http://127.0.0.1:${port}/custom/path`);
    status = 503;
    await expect(exportOtlpHttp({ resourceSpans: [] }, undefined, {}, { env })).rejects.toMatchObject({
      code: 'E_OTLP_EXPORT',
      status: 503,
      retryable: true,
    });
    expect(received[0]!.url).toBe('/custom/path');
  });

  it('says what to set when no endpoint is configured', async () => {
    await expect(exportOtlpHttp({}, undefined, {}, { env: {} })).rejects.toMatchObject({ code: 'E_OTLP_ENDPOINT' });
    expect(parseOtlpHeaders('a=1,b=x%3Dy,broken')).toEqual({ a: '1', b: 'x=y' });
  });
});
