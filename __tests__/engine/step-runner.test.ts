/** The step runner: one owner of a step's life, one catch around all of it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderSummary } from '../../src/report/summary.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';
import { FakeProvider } from '../helpers/fake-provider.js';

const chain = (bPrompt: string) =>
  fakeSpec(
    `  a: { prompt: "go", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "${bPrompt} {{ steps.a.output }}", outputs: [{ path: b.txt }] }
  c: { needs: [b], prompt: "{{ steps.b.output }}", outputs: [{ path: c.txt }] }
`,
    { defaults: 'concurrency: 2, retries: 0' },
  );

describe('step runner', () => {
  const { ws, run } = engineWorkspacePerTest();

  it('a resume check that throws fails its step with step.failed, and the job fails', async () => {
    await run(chain('v1'), new FakeProvider('fake'), { jobId: 'r1' });
    // A run folder from an older version: a's step.succeeded carries no output text, so b's
    // resume check (the spec changed: b is re-rendered) cannot read {{ steps.a.output }}.
    const file = ws.path('runs', 'r1', 'events.jsonl');
    const lines = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; step_id?: string; data: Record<string, unknown> });
    for (const e of lines) if (e.type === 'step.succeeded' && e.step_id === 'a') delete e.data.output;
    writeFileSync(file, lines.map((e) => JSON.stringify(e)).join('\n') + '\n');

    const fake = new FakeProvider('fake');
    const res = await run(chain('v2'), fake, { jobId: 'r1', resume: true });
    expect(res.status).toBe('failed');
    expect(res.manifest.failed_steps).toEqual(['b']);
    expect(res.manifest.steps.b!.error?.code).toBe('E_MISSING_OUTPUT');
    expect(res.manifest.steps.c!.status).toBe('skipped');
    const events = ws.events('r1');
    const failed = events.filter((e) => e.type === 'step.failed');
    expect(failed.map((e) => e.step_id)).toEqual(['b']);
    expect(events.at(-1)!.type).toBe('job.failed');
    expect(fake.callsOf('c')).toBe(0);
  });

  it('a failing on_fail: warn check is visible: quality.failed at level warn, and the step succeeds', async () => {
    const yaml = fakeSpec(`  a:
    prompt: go
    outputs: [{ path: a.txt }]
    checks:
      - { type: contains, value: answer }
      - { type: contains, value: NOT-THERE, on_fail: warn }
`);
    const res = await run(yaml, new FakeProvider('fake'), { jobId: 'w1' });
    expect(res.status).toBe('succeeded');
    const q = ws.events('w1').filter((e) => e.type.startsWith('quality.'));
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({
      type: 'quality.failed',
      level: 'warn',
      data: { severity: 'warn', step_failed: false },
    });
    expect(res.manifest.steps.a!.checks).toEqual({ passed: 1, failed: 1 });
    // The job summary lists it, although the step succeeded.
    const md = renderSummary(res.manifest, ws.events('w1'));
    // The summary's check results show it as a warning, not a pass, although the step succeeded.
    expect(md).toMatch(/\| `a` \| 2\. contains \| ⚠️ warn \|.*NOT-THERE/);
  });

  it('a check that fails the step says so: quality.failed with severity fail', async () => {
    const yaml =
      fakeSpec(`  a: { prompt: go, outputs: [{ path: a.txt }], checks: [{ type: contains, value: NOT-THERE }] }
`);
    const res = await run(yaml, new FakeProvider('fake'), { jobId: 'w2' });
    expect(res.status).toBe('failed');
    const q = ws.events('w2').find((e) => e.type === 'quality.failed');
    expect(q).toMatchObject({ level: 'warn', data: { severity: 'fail', step_failed: true } });
    expect(res.manifest.steps.a!.error?.code).toBe('E_CHECK_FAILED');
  });

  it('Ctrl-C is a cancellation, not a provider failure', async () => {
    const yaml = fakeSpec(
      `  a: { prompt: go, outputs: [{ path: a.txt }] }
  b: { prompt: go, outputs: [{ path: b.txt }] }
`,
      { defaults: 'retries: 3' },
    );
    const fake = new FakeProvider('fake', { a: { delayMs: 10_000 }, b: { delayMs: 10_000 } });
    const ctl = new AbortController();
    setTimeout(() => ctl.abort('interrupted'), 100);
    const res = await run(yaml, fake, { jobId: 'c1', signal: ctl.signal });
    expect(res.status).toBe('cancelled');
    const errors = ws.events('c1').filter((e) => e.type === 'llm.error');
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(e).toMatchObject({ level: 'warn', data: { code: 'E_CANCELLED', cancelled: true } });
    expect(ws.events('c1').some((e) => e.type === 'step.failed' || e.type === 'circuit.opened')).toBe(false);
    expect(res.manifest.totals.quality?.failures ?? 0).toBe(0);
    expect(res.manifest.totals.providers?.fake?.failures ?? 0).toBe(0);
  });

  it('step.succeeded has one shape for LLM and command steps, attempts counted once', async () => {
    const yaml = fakeSpec(
      `  a: { prompt: go, outputs: [{ path: a.txt }] }
  q: { needs: [a], run: "cat a.txt > q.txt", outputs: [{ path: q.txt }] }
`,
      { defaults: 'retries: 2' },
    );
    const fake = new FakeProvider('fake', { a: { failFirst: { n: 1, status: 503 } } });
    const res = await run(yaml, fake, { jobId: 's1' });
    expect(res.status).toBe('succeeded');
    const ok = ws.events('s1').filter((e) => e.type === 'step.succeeded');
    const a = ok.find((e) => e.step_id === 'a')!;
    const q = ok.find((e) => e.step_id === 'q')!;
    expect(a.data).toMatchObject({
      cache: 'off',
      attempts: 2,
      provider: 'fake',
      model: 'fake-1',
      usage: { input_tokens: 10, output_tokens: 5 },
      output: 'answer of a',
    });
    expect(q.data).toMatchObject({ cache: 'off', attempts: 1, exit_code: 0, output: '' });
    for (const e of ok)
      expect(Object.keys(e.data)).toEqual(
        expect.arrayContaining(['cache', 'cache_key', 'attempts', 'duration_ms', 'outputs', 'output']),
      );
    const retrying = ws.events('s1').filter((e) => e.type === 'step.retrying');
    // The retry is the step's second provider call: attempt 2, the same count as `attempts`.
    expect(retrying.map((e) => e.data.attempt)).toEqual([2]);
    expect(res.manifest.steps.a!.attempts).toBe(2);
  });
});
