/**
 * Sampled steps and gates through the CLI on the replay provider (docs/reference.md, "Samples and
 * gates"): per-sample calls, keys and events, replay indexed by sample, verdicts, the step's output,
 * the cache and --samples.
 */
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import type { OrchestratorEvent } from '../../src/events/types.js';

type Ev = OrchestratorEvent & { data: Record<string, unknown> };

function setup(steps: Record<string, string>, responses: string, extra = ''): Workspace {
  return new Workspace({ 'job.yaml': replaySpec('s', steps, extra), 'responses.yaml': responses });
}

async function run(ws: Workspace, id: string, more: string[] = []) {
  return cli(
    ['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--cache-dir', 'cache', '--job-id', id, '--quiet', ...more],
    { cwd: ws.dir },
  );
}

const of = (evs: OrchestratorEvent[], type: string, step = 'sum'): Ev[] =>
  evs.filter((e) => e.type === type && e.step_id === step) as Ev[];

describe('samples: N', () => {
  let ws: Workspace;
  afterEach(() => ws?.cleanup());

  it('draws N samples, each its own call and events tagged with sample k; replay answers k mod length', async () => {
    ws = setup(
      { sum: 'prompt: "Summarize"\nsamples: 5\noutputs: [{ path: sum.md }]\nchecks: [{ type: contains, value: "A" }]' },
      'sum: ["A0", "A1", "A2"]\n',
    );
    const r = await run(ws, 'r1');
    expect(r.code).toBe(0);
    const evs = ws.events('r1');
    const responses = of(evs, 'llm.response');
    expect(responses.map((e) => e.data.sample).sort()).toEqual([0, 1, 2, 3, 4]);
    for (const e of responses) expect(e.data.text).toBe(`A${(e.data.sample as number) % 3}`);
    for (const type of ['llm.request', 'cache.miss', 'quality.passed']) {
      const got = of(evs, type);
      expect(got).toHaveLength(5);
      for (const e of got) expect(typeof e.data.sample).toBe('number');
    }
    const ok = of(evs, 'step.succeeded')[0]!;
    expect(ok.data.samples).toMatchObject({
      drawn: 5,
      judged: 5,
      passed: 5,
      errored: 0,
      pass_rate: 1,
      verdict: 'pass',
    });
    expect(ws.manifest('r1').steps.sum!.samples).toMatchObject({ drawn: 5, passed: 5, verdict: 'pass' });
    expect(ws.read('runs', 'r1', 'outputs', 'sum.md')).toBe('A0');
  });

  it("sample 0 keeps the unsampled step's key; every sample has its own", async () => {
    ws = setup({ sum: 'prompt: "Summarize"\nsamples: 3' }, 'sum: ["x"]\n');
    await run(ws, 'sampled', ['--no-cache']);
    ws.write({ 'job.yaml': replaySpec('s', { sum: 'prompt: "Summarize"' }) });
    await run(ws, 'plain');
    const keys = of(ws.events('sampled'), 'llm.request').map((e) => [e.data.sample, e.data.sample_key] as const);
    const plainKey = of(ws.events('plain'), 'cache.miss')[0]!.data.key;
    expect(keys.find(([k]) => k === 0)![1]).toBe(plainKey);
    expect(new Set(keys.map(([, key]) => key)).size).toBe(3);
  });

  it('the output is the lowest-index sample that passed; a second run makes no call', async () => {
    ws = setup(
      {
        sum: 'prompt: "Summarize"\nsamples: 4\ngate: { min_pass_rate: 0.2 }\noutputs: [{ path: sum.md }]\nchecks: [{ type: contains, value: GOOD }]',
      },
      'sum: ["bad", "bad", "GOOD 2", "GOOD 3"]\n',
    );
    expect((await run(ws, 'a')).code).toBe(0);
    expect(ws.read('runs', 'a', 'outputs', 'sum.md')).toBe('GOOD 2');
    expect((await run(ws, 'b')).code).toBe(0);
    const evs = ws.events('b');
    expect(evs.filter((e) => e.type === 'llm.request')).toHaveLength(0);
    expect(of(evs, 'cache.hit')).toHaveLength(4);
    expect(of(evs, 'step.succeeded')[0]!.data).toMatchObject({ cache: 'hit', samples: { drawn: 4, passed: 2 } });
    expect(ws.read('runs', 'b', 'outputs', 'sum.md')).toBe('GOOD 2');
  });

  it('without a gate one failed sample fails the step; on_fail: retry is ignored (no retry) and validate warns', async () => {
    ws = setup(
      { sum: 'prompt: "Summarize"\nsamples: 3\non_fail: retry\nretries: 2\nchecks: [{ type: contains, value: GOOD }]' },
      'sum: ["GOOD", "bad", "GOOD"]\n',
    );
    const r = await run(ws, 'f');
    expect(r.code).toBe(1);
    const evs = ws.events('f');
    expect(evs.filter((e) => e.type === 'llm.request')).toHaveLength(3);
    expect(of(evs, 'step.retrying')).toHaveLength(0);
    const failed = of(evs, 'step.failed')[0]!.data;
    expect(failed.error).toMatchObject({ code: 'E_CHECK_FAILED' });
    expect(failed.samples).toMatchObject({ drawn: 3, judged: 3, passed: 2, verdict: 'fail' });
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(0);
    expect(v.stderr).toMatch(/warning: step sum: on_fail: retry is ignored on a sampled step/);
  });

  it('a gate draws more while undecided, up to max_samples, and fails closed below R', async () => {
    ws = setup(
      {
        sum: 'prompt: "Summarize"\nsamples: 3\ngate: { min_pass_rate: 0.9, max_samples: 15 }\nchecks: [{ type: contains, value: GOOD }]',
      },
      'sum: ["GOOD", "GOOD", "bad"]\n',
    );
    const r = await run(ws, 'g');
    expect(r.code).toBe(1);
    const failed = of(ws.events('g'), 'step.failed')[0]!.data;
    expect(failed.error).toMatchObject({ code: 'E_GATE_FAILED' });
    // 2 of every 3 pass: after 15 samples 10/15, high end 0.86 < 0.9 -> fail; it stops drawing at fail or at 15.
    const s = failed.samples as { drawn: number; passed: number; judged: number; verdict: string };
    expect(s.drawn).toBeLessThanOrEqual(15);
    expect(s.verdict).toBe('fail');
    expect(of(ws.events('g'), 'llm.request')).toHaveLength(s.drawn);
  });

  it('an inconclusive gate passes on its point estimate and says inconclusive', async () => {
    ws = setup(
      {
        sum: 'prompt: "Summarize"\nsamples: 4\ngate: { min_pass_rate: 0.7 }\nchecks: [{ type: contains, value: GOOD }]',
      },
      'sum: ["GOOD", "GOOD", "GOOD", "bad"]\n',
    );
    expect((await run(ws, 'i')).code).toBe(0);
    expect(of(ws.events('i'), 'step.succeeded')[0]!.data.samples).toMatchObject({
      drawn: 4,
      passed: 3,
      verdict: 'inconclusive',
    });
  });

  it('samples that error after their retries are errored; none judged is unmeasured (E_UNMEASURED)', async () => {
    ws = setup({ sum: 'prompt: "Summarize"\nsamples: 3\ngate: { min_pass_rate: 0.5 }' }, 'other: "x"\n');
    const r = await run(ws, 'u');
    expect(r.code).toBe(1);
    const failed = of(ws.events('u'), 'step.failed')[0]!.data;
    expect(failed.error).toMatchObject({ code: 'E_UNMEASURED' });
    expect(failed.samples).toMatchObject({ drawn: 3, judged: 0, errored: 3, pass_rate: null, verdict: 'unmeasured' });
    // Without a gate the verdict is pass or fail; nothing judged still fails as unmeasured.
    ws.write({ 'job.yaml': ws.read('job.yaml').replace(/\n\s*gate: .*\n/, '\n') });
    expect((await run(ws, 'u2')).code).toBe(1);
    const plain = of(ws.events('u2'), 'step.failed')[0]!.data;
    expect(plain.error).toMatchObject({ code: 'E_UNMEASURED' });
    expect(plain.samples).toMatchObject({ drawn: 3, judged: 0, errored: 3, verdict: 'fail' });
  });

  it('run --samples N replaces defaults.samples; a step with its own samples keeps them', async () => {
    ws = setup({ a: 'prompt: "A"', b: 'prompt: "B"\nsamples: 2' }, 'a: ["a"]\nb: ["b"]\n', '');
    ws.write({ 'job.yaml': ws.read('job.yaml').replace('retries: 0 }', 'retries: 0, samples: 2 }') });
    expect((await run(ws, 'n', ['--samples', '4'])).code).toBe(0);
    const evs = ws.events('n');
    expect(of(evs, 'llm.request', 'a')).toHaveLength(4);
    expect(of(evs, 'llm.request', 'b')).toHaveLength(2);
    const bad = await run(ws, 'n2', ['--samples', '101']);
    expect(bad.code).toBe(2);
  });

  it("samples of one step run at once, within the run's concurrency", async () => {
    const spec = (c: number) =>
      replaySpec('s', { sum: 'prompt: "Summarize"\nsamples: 4' })
        .replace('concurrency: 4', `concurrency: ${c}`)
        .replace('responses: responses.yaml }', 'responses: responses.yaml, latency_ms: 60 }');
    ws = setup({ sum: 'prompt: "x"' }, 'sum: ["a", "b"]\n');
    const inFlight = (id: string): number => {
      let now = 0;
      let most = 0;
      for (const e of ws.events(id)) {
        if (e.type === 'llm.request') most = Math.max(most, ++now);
        if (e.type === 'llm.response' || e.type === 'llm.error') now--;
      }
      return most;
    };
    ws.write({ 'job.yaml': spec(4) });
    expect((await run(ws, 'wide', ['--no-cache'])).code).toBe(0);
    expect(inFlight('wide')).toBe(4);
    ws.write({ 'job.yaml': spec(2) });
    expect((await run(ws, 'narrow', ['--no-cache'])).code).toBe(0);
    expect(inFlight('narrow')).toBe(2);
  });

  it('each instance of a fanned-out step samples on its own; replay indexes its list by sample', async () => {
    ws = setup(
      {
        rev: 'for_each: "{{ inputs.items }}"\nprompt: "Review {{ item }}"\nsamples: 3\noutputs: [{ path: "r/{{ item }}.md" }]\nchecks: [{ type: contains, value: OK }]',
      },
      '"rev[a]": ["no", "OK a1", "OK a2"]\n"rev[b]": ["OK b0", "no", "no"]\n',
      'inputs: { items: \'["a", "b"]\' }\n',
    );
    expect((await run(ws, 'fan')).code).toBe(1);
    const evs = ws.events('fan');
    expect(of(evs, 'step.failed', 'rev[a]')[0]!.data.samples).toMatchObject({ drawn: 3, passed: 2, verdict: 'fail' });
    expect(of(evs, 'step.failed', 'rev[b]')[0]!.data.samples).toMatchObject({ drawn: 3, passed: 1, verdict: 'fail' });
    ws.write({ 'job.yaml': ws.read('job.yaml').replace('samples: 3', 'samples: 3\n    gate: { min_pass_rate: 0.3 }') });
    expect((await run(ws, 'fan2')).code).toBe(0);
    expect(ws.read('runs', 'fan2', 'outputs', 'r', 'a.md')).toBe('OK a1');
    expect(ws.read('runs', 'fan2', 'outputs', 'r', 'b.md')).toBe('OK b0');
    // The gate changed, the answers did not: every sample is a cache hit.
    expect(ws.events('fan2').filter((e) => e.type === 'llm.request')).toHaveLength(0);
  });

  it("a key in a sample's answer is masked in events.jsonl, the cache, logs and outputs", async () => {
    const key = 'sk-sampled-secret-0123456789abcdef';
    ws = setup(
      { sum: 'prompt: "Summarize"\nsamples: 2\noutputs: [{ path: sum.md }]' },
      `sum: ["one ${key}", "two ${key}"]\n`,
    );
    const r = await cli(
      ['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--cache-dir', 'cache', '--job-id', 'k', '--quiet'],
      {
        cwd: ws.dir,
        env: { OPENAI_API_KEY: key },
      },
    );
    expect(r.code).toBe(0);
    const texts = of(ws.events('k'), 'llm.response').map((e) => e.data.text as string);
    expect(texts).toHaveLength(2);
    for (const t of texts) expect(t).not.toContain(key);
    const { readdirSync, readFileSync } = await import('node:fs');
    const all = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory() ? all(`${dir}/${d.name}`) : [readFileSync(`${dir}/${d.name}`, 'utf8')],
      );
    for (const body of [...all(ws.path('runs', 'k')), ...all(ws.path('cache'))]) expect(body).not.toContain(key);
  });

  it('validate rejects samples out of range, a gate on a command step and max_samples below samples', async () => {
    ws = setup(
      {
        a: 'prompt: "A"\nsamples: 0',
        b: 'run: "true"\ngate: { min_pass_rate: 0.5 }',
        c: 'prompt: "C"\nsamples: 5\ngate: { min_pass_rate: 0.5, max_samples: 3 }',
        d: 'prompt: "D"\ngate: { min_pass_rate: 0 }',
      },
      'a: x\n',
    );
    const v = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/job\.yaml:\d+:\d+: .*samples/);
    expect(v.stderr).toMatch(/gate is not allowed on a command step/);
    expect(v.stderr).toMatch(/gate\.max_samples \(3\) is below the step's samples \(5\)/);
    expect(v.stderr.split('\n').filter((l) => /job\.yaml:\d+/.test(l)).length).toBeGreaterThanOrEqual(4);
  });
});
