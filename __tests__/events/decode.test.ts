/** Event lines decoded once: known types with matching payloads are typed; newer types and forged payloads are passed by. */
import { EVENT_TYPES, decodeEvent, viewEvent, viewEvents } from '../../src/events/decode.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import { RunState } from '../../src/run/fold.js';

const ev = (type: string, data: Record<string, unknown>, step_id?: string): OrchestratorEvent => ({
  ts: '2026-12-01T00:00:00.000Z',
  seq: 1,
  level: 'info',
  job_id: 'j',
  type,
  ...(step_id ? { step_id } : {}),
  trace_id: 't',
  span_id: 's',
  data,
});

test('a known type with its payload decodes to the typed event; extra fields of a newer version are kept', () => {
  const e = decodeEvent(ev('cache.hit', { key: 'k', newer_field: 1 }, 'a'));
  expect(e?.type).toBe('cache.hit');
  if (e?.type !== 'cache.hit') throw new Error('not decoded');
  expect(e.data.key).toBe('k');
  expect(e.data).toMatchObject({ newer_field: 1 });
});

test('an unknown type, or a known type with a forged payload, is not decoded', () => {
  expect(decodeEvent(ev('step.teleported', { to: 'mars' }, 'a'))).toBeUndefined();
  expect(
    decodeEvent(ev('step.failed', { error: 'not an object', cache: 'miss', attempts: 1, duration_ms: 1 }, 'a')),
  ).toBeUndefined();
  expect(decodeEvent(ev('step.started', { kind: 'teleport' }, 'a'))).toBeUndefined();
  expect(decodeEvent(ev('__proto__', {}))).toBeUndefined();
});

test('EVENT_TYPES is the schema table: every type the reference lists, once', () => {
  expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
  for (const t of [
    'job.started',
    'step.succeeded',
    'llm.error',
    'events.damaged',
    'budget.exceeded',
    'rate_limit.paused',
    'step.fanned_out',
  ])
    expect(EVENT_TYPES).toContain(t);
  expect(EVENT_TYPES.length).toBeGreaterThanOrEqual(35);
});

test('the fold takes a partial or forged step ending field by field: a forged value is not taken', () => {
  const state = new RunState();
  state.apply(ev('job.started', { job_name: 'x', spec_sha256: 'a', code_version: '1', graph: { a: [] } }));
  state.apply(ev('step.started', { kind: 'llm' }, 'a'));
  state.apply(ev('step.succeeded', { cache: 'miss', attempts: 'many', duration_ms: 7, outputs: [] }, 'a'));
  const a = state.toManifest().steps.a!;
  expect(a.status).toBe('succeeded');
  expect(a.duration_ms).toBe(7);
  expect(a.attempts).toBe(0);
});

describe('the lenient view: what a partial or forged payload holds, each field checked', () => {
  test('fields of the wrong type read as absent; items that are not verdicts are dropped', () => {
    const e = viewEvent(
      ev(
        'quality.failed',
        {
          provider: 7,
          verdicts: [{ index: 1, type: 'regex', passed: false, message: 'no match', severity: 'fail' }, 'x', null],
        },
        'a',
      ),
    );
    if (e?.type !== 'quality.failed') throw new Error('not viewed');
    expect(e.data.provider).toBeUndefined();
    expect(e.data.verdicts).toEqual([
      { index: 1, type: 'regex', passed: false, message: 'no match', severity: 'fail' },
    ]);
  });

  test('a union payload is read as the member its discriminator names', () => {
    const e = viewEvent(ev('step.skipped', { reason: 'upstream_failed', upstream: 3 }, 'b'));
    if (e?.type !== 'step.skipped') throw new Error('not viewed');
    expect(e.data).toEqual({ reason: 'upstream_failed' });
  });

  test('a whole payload is the decoded one; unknown types and non-objects have no view', () => {
    const whole = ev('cache.hit', { key: 'k' }, 'a');
    expect(viewEvent(whole)).toEqual(decodeEvent(whole));
    expect(viewEvent(ev('step.teleported', {}))).toBeUndefined();
    expect(viewEvent(null)).toBeUndefined();
    expect([...viewEvents([null, whole, ev('llm.error', { message: 'm' })], ['llm.error'])].map((e) => e.type)).toEqual(
      ['llm.error'],
    );
  });
});

test('a reader that names its fields gets those, checked, and nothing it did not ask for', () => {
  const started = ev('job.started', {
    job_name: 'x',
    spec_sha256: 'a',
    code_version: '1',
    graph: { a: [] },
    pid: 'forged',
    host: 'h',
  });
  const [e] = [...viewEvents([started], ['job.started'], ['pid', 'host'])];
  expect(e?.data).toEqual({ host: 'h' });
});
