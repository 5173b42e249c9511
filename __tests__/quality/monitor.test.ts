import type { OrchestratorEvent } from '../../src/events/types.js';
import { createQualityMonitor, percentile } from '../../src/quality/monitor.js';

let seq = 0;
function ev(type: string, data: Record<string, unknown>, step_id = 's'): OrchestratorEvent {
  seq++;
  return {
    ts: new Date(1_700_000_000_000 + seq).toISOString(),
    seq,
    level: 'info',
    job_id: 'j',
    type,
    step_id,
    trace_id: 'a'.repeat(32),
    span_id: 'b'.repeat(16),
    data,
  };
}

describe('quality monitor', () => {
  it('folds calls, failures by kind, retries, checks, latency, tokens and cost per provider and for the job', () => {
    const m = createQualityMonitor();
    const latencies = [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000];
    for (const ms of latencies)
      m.apply(
        ev('llm.response', {
          provider: 'fast',
          duration_ms: ms,
          usage: { input_tokens: 10, output_tokens: 5 },
          cost_usd: 0.1,
        }),
      );
    m.apply(ev('llm.error', { provider: 'smart', code: 'E_HTTP_429', duration_ms: 50 }));
    m.apply(ev('llm.error', { provider: 'smart', code: 'E_HTTP_429', duration_ms: 70 }));
    m.apply(ev('llm.error', { provider: 'smart', code: 'E_TIMEOUT', duration_ms: 5000 }));
    m.apply(ev('step.retrying', { provider: 'smart', attempt: 2 }));
    m.apply(
      ev('quality.failed', { provider: 'fast', verdicts: [{ passed: true }, { passed: false }, { passed: false }] }),
    );
    m.apply(ev('quality.passed', { provider: 'fast', verdicts: [{ passed: true }] }));
    m.apply(ev('step.started', { provider: 'fast' })); // ignored

    const s = m.snapshot();
    expect(Object.keys(s.providers)).toEqual(['fast', 'smart']);
    expect(s.providers.fast).toEqual({
      calls: 10,
      failures: 0,
      failures_by_kind: {},
      retries: 0,
      checks_passed: 2,
      checks_failed: 2,
      latency_ms_p50: 500,
      latency_ms_p95: 1000,
      input_tokens: 100,
      output_tokens: 50,
      cost_usd: 1,
    });
    expect(s.providers.smart).toMatchObject({
      calls: 3,
      failures: 3,
      failures_by_kind: { E_HTTP_429: 2, E_TIMEOUT: 1 },
      retries: 1,
      latency_ms_p50: 70,
      latency_ms_p95: 5000,
    });
    expect(s.job).toMatchObject({
      calls: 13,
      failures: 3,
      retries: 1,
      checks_passed: 2,
      checks_failed: 2,
      input_tokens: 100,
      cost_usd: 1,
    });
  });

  it('is incremental: a snapshot mid-run does not disturb later ones', () => {
    const m = createQualityMonitor();
    m.apply(ev('llm.response', { provider: 'p', duration_ms: 10 }));
    expect(m.snapshot().job.calls).toBe(1);
    m.apply(ev('llm.response', { provider: 'p', duration_ms: 30 }));
    expect(m.snapshot().providers.p).toMatchObject({ calls: 2, latency_ms_p50: 10, latency_ms_p95: 30 });
  });

  it('folds 60,000 events quickly', () => {
    const m = createQualityMonitor();
    const events = Array.from({ length: 60_000 }, (_, i) =>
      ev(i % 3 === 0 ? 'llm.error' : 'llm.response', {
        provider: `p${i % 4}`,
        duration_ms: i % 1000,
        code: 'E_X',
        usage: { input_tokens: 1, output_tokens: 1 },
      }),
    );
    const started = performance.now();
    for (const e of events) m.apply(e);
    const s = m.snapshot();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(s.job.calls).toBe(60_000);
    expect(s.job.failures).toBe(20_000);
  });

  it('percentile uses nearest rank', () => {
    expect(percentile([], 50)).toBe(0);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
  });
});
