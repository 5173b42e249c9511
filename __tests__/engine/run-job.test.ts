import { existsSync, readFileSync, symlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { sha256 } from '../../src/util/hash.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';

const spec = (steps: string, extra = ''): string => fakeSpec(steps, { defaults: 'concurrency: 4, retries: 0', extra });

describe('runJob', () => {
  const { ws, run } = engineWorkspacePerTest();

  it('runs a diamond with a failing branch: dependents skipped, independent branches finish', async () => {
    const fake = new FakeProvider('fake', { b: { text: 'no code here' } });
    const res = await run(
      spec(`  a: { prompt: "go", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "{{ steps.a.output }}", outputs: [{ path: b.py, extract: code }] }
  c: { needs: [a], prompt: "{{ steps.a.output }}", outputs: [{ path: c.txt }] }
  d: { needs: [b, c], prompt: "{{ steps.b.output }} {{ steps.c.output }}", outputs: [{ path: d.txt }] }
  e: { prompt: "independent", outputs: [{ path: e.txt }] }
`),
      fake,
    );
    expect(res.status).toBe('failed');
    const m = res.manifest;
    expect(m.failed_steps).toEqual(['b']);
    expect(m.skipped_steps).toEqual(['d']);
    expect(m.steps.d!.reason).toBe('upstream_failed');
    expect(m.completed_steps.sort()).toEqual(['a', 'c', 'e']);
    expect(m.steps.b!.error?.code).toBe('E_EXTRACT');
    expect(m.steps.b!.error?.message).toMatch(/no fenced code block/);
    expect(fake.callsOf('d')).toBe(0);
    // The manifest on disk is the same projection.
    const onDisk = ws.manifest(res.jobId);
    expect(onDisk.status).toBe('failed');
    expect(onDisk.failed_steps).toEqual(['b']);
    // Outputs carry their hashes.
    const a = onDisk.steps.a!.outputs[0]!;
    expect(a.sha256).toBe(sha256(readFileSync(join(res.outputsDir, 'a.txt'))));
  });

  it('writes events with strictly increasing seq, ids, and llm.request before llm.response', async () => {
    const fake = new FakeProvider('fake');
    const res = await run(
      spec(`  a: { prompt: "x", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "{{ steps.a.output }}", outputs: [{ path: b.txt }] }
`),
      fake,
    );
    const events = ws.events(res.jobId);
    events.forEach((e, i) => expect(e.seq).toBe(i + 1));
    expect(events[0]!.type).toBe('job.started');
    expect(events.at(-1)!.type).toBe('job.succeeded');
    for (const e of events) {
      expect(e.trace_id).toMatch(/^[0-9a-f]{32}$/);
      expect(e.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(e.job_id).toBe(res.jobId);
      expect(Number.isNaN(Date.parse(e.ts))).toBe(false);
    }
    const types = events.filter((e) => e.step_id === 'b').map((e) => e.type);
    expect(types).toEqual(['step.started', 'llm.request', 'llm.response', 'file.written', 'step.succeeded']);
    const fw = events.find((e) => e.type === 'file.written' && e.step_id === 'a')!;
    expect(fw.data).toMatchObject({ path: 'a.txt', wrote: true, reason: 'created', size_bytes: 'answer of a'.length });
    // b's prompt carried a's output.
    expect(fake.calls.find((c) => c.step === 'b')!.prompt).toBe('answer of a');
  });

  it('starts a ready step without waiting for an unrelated slow step (no level barrier)', async () => {
    const fake = new FakeProvider('fake', { slow: { delayMs: 400 }, fast1: { delayMs: 10 }, fast2: { delayMs: 10 } });
    await run(
      spec(`  slow: { prompt: "s" }
  fast1: { prompt: "f" }
  fast2: { needs: [fast1], prompt: "g" }
`),
      fake,
    );
    // fast2 (level 1) started long before slow (level 0) finished.
    expect(fake.starts.get('fast2')!).toBeLessThan(fake.ends.get('slow')! - 200);
  });

  it('honours the concurrency limit', async () => {
    let running = 0;
    let peak = 0;
    const fake = new FakeProvider('fake');
    const orig = fake.complete.bind(fake);
    fake.complete = async (req) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 20));
      running--;
      return orig(req);
    };
    const steps = Array.from({ length: 12 }, (_, i) => `  s${i}: { prompt: "p" }`).join('\n') + '\n';
    await run(spec(steps), fake, { concurrency: 3 });
    expect(peak).toBe(3);
  });

  it('--only runs the selection and what it needs; the rest is not_selected', async () => {
    const fake = new FakeProvider('fake');
    const res = await run(
      spec(`  a: { prompt: "x" }
  b: { needs: [a], prompt: "y" }
  c: { needs: [a], prompt: "z" }
`),
      fake,
      { only: ['b'] },
    );
    expect(res.status).toBe('succeeded');
    expect(res.manifest.completed_steps.sort()).toEqual(['a', 'b']);
    expect(res.manifest.steps.c).toMatchObject({ status: 'skipped', reason: 'not_selected' });
    expect(fake.callsOf('c')).toBe(0);
  });

  it('cancels on abort: in-flight calls stop, job.cancelled is written, and resume finishes the job', async () => {
    const fake = new FakeProvider('fake', { a: { delayMs: 10 }, b: { delayMs: 5000 } });
    const ac = new AbortController();
    const yaml = spec(`  a: { prompt: "x", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "y", outputs: [{ path: b.txt }] }
`);
    setTimeout(() => ac.abort('SIGINT'), 300);
    const t0 = Date.now();
    const res = await run(yaml, fake, { signal: ac.signal, jobId: 'cx' });
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(res.status).toBe('cancelled');
    expect(ws.events('cx').at(-1)!.type).toBe('job.cancelled');
    expect(res.manifest.pending_steps).toEqual(['b']);

    const fake2 = new FakeProvider('fake');
    const again = await run(yaml, fake2, { jobId: 'cx', resume: true });
    expect(again.status).toBe('succeeded');
    expect(fake2.callsOf('a')).toBe(0);
    expect(fake2.callsOf('b')).toBe(1);
    const ev = ws.events('cx');
    ev.forEach((e, i) => expect(e.seq).toBe(i + 1));
    expect(ev.find((e) => e.type === 'job.resumed')).toBeDefined();
    expect(ev.find((e) => e.type === 'step.skipped' && e.step_id === 'a')!.data.reason).toBe('completed');
  });

  it('refuses output paths that escape outputs/ through a symlinked folder', async () => {
    const fake = new FakeProvider('fake');
    const outside = ws.path('outside');
    mkdirSync(outside);
    mkdirSync(ws.path('runs', 'sx', 'outputs'), { recursive: true });
    symlinkSync(outside, ws.path('runs', 'sx', 'outputs', 'link'));
    const res = await run(spec(`  a: { prompt: "x", outputs: [{ path: link/evil.txt }] }\n`), fake, { jobId: 'sx' });
    expect(res.status).toBe('failed');
    expect(res.manifest.steps.a!.error?.code).toBe('E_PATH_ESCAPE');
    expect(existsSync(join(outside, 'evil.txt'))).toBe(false);
  });

  it('caches by content: an unchanged rerun calls nothing; an edited prompt misses that step only', async () => {
    const cacheDir = ws.path('cache');
    const yaml = (p: string) =>
      spec(`  a: { prompt: "${p}", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "{{ steps.a.output }}", outputs: [{ path: b.txt }] }
  c: { prompt: "other", outputs: [{ path: c.txt }] }
`);
    const f1 = new FakeProvider('fake', { a: { text: 'same' } });
    const r1 = await run(yaml('v1'), f1, { cache: new LocalCacheStore(cacheDir) });
    expect(r1.manifest.totals.cache_misses).toBe(3);
    const f2 = new FakeProvider('fake', { a: { text: 'same' } });
    const r2 = await run(yaml('v1'), f2, { cache: new LocalCacheStore(cacheDir) });
    expect(f2.calls).toHaveLength(0);
    expect(r2.manifest.totals.cache_hits).toBe(3);
    expect(readFileSync(join(r2.outputsDir, 'b.txt'), 'utf8')).toBe('answer of b');
    // Editing a's prompt misses a; a's output is unchanged, so b still hits.
    const f3 = new FakeProvider('fake', { a: { text: 'same' } });
    const r3 = await run(yaml('v2'), f3, { cache: new LocalCacheStore(cacheDir) });
    expect(f3.calls.map((c) => c.step)).toEqual(['a']);
    expect(r3.manifest.steps.a!.cache).toBe('miss');
    expect(r3.manifest.steps.b!.cache).toBe('hit');
  });

  it('never caches output that failed a check', async () => {
    const cacheDir = ws.path('cache');
    const yaml = spec(`  a: { prompt: "x", checks: [{ type: contains, value: "OK" }] }\n`);
    const bad = new FakeProvider('fake', { a: { text: 'nope' } });
    const r1 = await run(yaml, bad, { cache: new LocalCacheStore(cacheDir) });
    expect(r1.status).toBe('failed');
    expect(r1.manifest.steps.a!.error?.code).toBe('E_CHECK_FAILED');
    const good = new FakeProvider('fake', { a: { text: 'OK now' } });
    const r2 = await run(yaml, good, { cache: new LocalCacheStore(cacheDir) });
    expect(r2.status).toBe('succeeded');
    expect(good.callsOf('a')).toBe(1);
  });

  it('on_fail: retry calls again until a check passes', async () => {
    const fake = new FakeProvider('fake', { a: { text: (_r, n) => (n < 3 ? 'bad' : 'good') } });
    const res = await run(
      spec(
        `  a: { prompt: "x", retries: 3, on_fail: retry, checks: [{ type: equals, value: "good" }], outputs: [{ path: a.txt }] }\n`,
      ),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(fake.callsOf('a')).toBe(3);
    expect(res.manifest.steps.a!.attempts).toBe(3);
    const events = ws.events(res.jobId);
    expect(events.filter((e) => e.type === 'quality.failed')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'step.retrying')).toHaveLength(2);
  });

  it('on_fail: retry also calls again when the response lacks the code block an output extracts', async () => {
    const fake = new FakeProvider('fake', {
      a: { text: (_r, n) => (n === 1 ? 'Sure! Here it is: print(1)' : '```python\nprint(1)\n```') },
    });
    const res = await run(
      spec(`  a: { prompt: "x", retries: 2, on_fail: retry, outputs: [{ path: a.py, extract: "code:python" }] }\n`),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(fake.callsOf('a')).toBe(2);
    expect(readFileSync(join(res.outputsDir, 'a.py'), 'utf8')).toBe('print(1)\n');
    const retrying = ws.events(res.jobId).find((e) => e.type === 'step.retrying')!;
    expect(retrying.data).toMatchObject({ reason: 'extraction_failed', attempt: 2 });
  });

  it('without on_fail, a response lacking the code block fails the step at once with a clear message', async () => {
    const fake = new FakeProvider('fake', { a: { text: 'no code' } });
    const res = await run(spec(`  a: { prompt: "x", retries: 2, outputs: [{ path: a.py, extract: code }] }\n`), fake);
    expect(res.status).toBe('failed');
    expect(fake.callsOf('a')).toBe(1);
    expect(res.manifest.steps.a!.error).toMatchObject({
      code: 'E_EXTRACT',
      message: 'a.py: no fenced code block in the response',
    });
  });

  it('redacts api key values from everything the run writes', async () => {
    const secret = 'sk-test-SECRET-123456';
    const fake = new FakeProvider('fake', { a: { text: `the key is ${secret}` } });
    const yaml = `version: 2
name: t
defaults: { provider: fake }
providers:
  fake: { type: replay, responses: none.yaml }
  real: { type: openai, model: gpt-4o-mini, api_key_env: MY_KEY }
steps:
  a: { prompt: "use ${'{{ inputs.k }}'}", outputs: [{ path: a.txt }] }
inputs: { k: "${secret}" }
`;
    const res = await run(yaml, fake, { env: { MY_KEY: secret } });
    expect(res.status).toBe('succeeded');
    const all = ['events.jsonl', 'manifest.json', 'logs/a.log', 'outputs/a.txt']
      .map((f) => readFileSync(join(res.runDir, f), 'utf8'))
      .join('\n');
    expect(all).not.toContain(secret);
    expect(all).toContain('***');
  });
});
