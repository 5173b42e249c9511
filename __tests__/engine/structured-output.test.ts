/** output_schema (docs/reference.md: Structured output) through the engine: validated, canonical, a failure is a failed check. */
import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { Workspace } from '../helpers/workspace.js';

const SCHEMA =
  '{ type: object, properties: { verdict: { enum: [ok, bad] }, n: { type: integer } }, required: [verdict], additionalProperties: false }';

describe('output_schema', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  async function run(steps: string, providers: Record<string, FakeProvider> = {}, responses?: string) {
    if (responses) ws.write({ 'r.yaml': responses });
    const yaml = `version: 2
name: t
defaults: { provider: ${responses ? 'rep' : 'fake'}, retries: 2 }
providers:
  fake: { type: replay, responses: none.yaml }
  rep: { type: replay, responses: r.yaml }
steps:
${steps}`;
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    return runJob({ loaded, runsDir: ws.path('runs'), providers });
  }

  it('writes the validated answer as canonical JSON, from replay too', async () => {
    const res = await run(
      `  judge:
    prompt: "judge"
    output_schema: ${SCHEMA}
    outputs: [{ path: judge.json }]
`,
      {},
      'judge: |\n  ```json\n  { "n": 3,\n    "verdict": "ok" }\n  ```\n',
    );
    expect(res.status).toBe('succeeded');
    expect(ws.read('runs', res.jobId, 'outputs', 'judge.json')).toBe('{"n":3,"verdict":"ok"}');
  });

  it('hands the schema to the provider and puts it in the cache key', async () => {
    const fake = new FakeProvider('fake', { s: { text: (req) => (req.outputSchema ? '{"verdict":"bad"}' : 'prose') } });
    const res = await run(
      `  s: { prompt: "x", output_schema: ${SCHEMA}, outputs: [{ path: s.json }] }
  t: { prompt: "x", outputs: [{ path: t.txt }] }
`,
      { fake },
    );
    expect(res.status).toBe('succeeded');
    expect(ws.read('runs', res.jobId, 'outputs', 's.json')).toBe('{"verdict":"bad"}');
    expect(res.manifest.steps.s!.cache_key).not.toBe(res.manifest.steps.t!.cache_key);
  });

  it('an answer that does not match fails like a check: on_fail: retry calls again', async () => {
    const fake = new FakeProvider('fake', {
      s: { text: (_req, n) => (n === 1 ? '{"verdict":"maybe"}' : '{"verdict":"ok","n":1}') },
    });
    const res = await run(
      `  s: { prompt: "x", on_fail: retry, output_schema: ${SCHEMA}, outputs: [{ path: s.json }] }
`,
      { fake },
    );
    expect(res.status).toBe('succeeded');
    expect(fake.callsOf('s')).toBe(2);
    const events = ws.events(res.jobId);
    const failed = events.find((e) => e.type === 'quality.failed')!;
    expect(JSON.stringify(failed.data)).toContain('output_schema');
    expect(events.some((e) => e.type === 'step.retrying' && e.data.reason === 'check_failed')).toBe(true);
  });

  it('without on_fail the step fails with E_CHECK_FAILED and writes nothing', async () => {
    const fake = new FakeProvider('fake', { s: { text: 'not json at all' } });
    const res = await run(
      `  s: { prompt: "x", output_schema: ${SCHEMA}, outputs: [{ path: s.json }] }
`,
      { fake },
    );
    expect(res.status).toBe('failed');
    expect(res.manifest.steps.s!.error?.code).toBe('E_CHECK_FAILED');
    expect(res.manifest.steps.s!.error?.message).toMatch(/not JSON/);
  });

  it('reads a schema file next to the spec; at run time refuses one that became a link out, and reports a broken one', async () => {
    ws.write({
      'schemas/v.json': JSON.stringify({ type: 'object', required: ['verdict'] }),
      'schemas/u.json': '{}',
      'schemas/w.json': '{}',
      'outside.json': '{}',
    });
    const fake = new FakeProvider('fake', { s: { text: '{"verdict":"ok"}' }, u: { text: '{}' }, w: { text: '{}' } });
    const yaml = `version: 2
name: t
defaults: { provider: fake, retries: 0 }
providers:
  fake: { type: replay, responses: none.yaml }
steps:
  s: { prompt: "x", output_schema: schemas/v.json, outputs: [{ path: s.json }] }
  u: { prompt: "x", output_schema: schemas/u.json, outputs: [{ path: u.json }] }
  w: { prompt: "x", output_schema: schemas/w.json, outputs: [{ path: w.json }] }
`;
    const sub = ws.path('spec');
    ws.write({
      'spec/job.yaml': yaml,
      'spec/schemas/v.json': JSON.stringify({ type: 'object', required: ['verdict'] }),
      'spec/schemas/u.json': '{}',
      'spec/schemas/w.json': '{}',
    });
    const loaded = await loadSpecFromString(yaml, join(sub, 'job.yaml'), sub);
    // Between validation and the run: one schema becomes a link out of the spec's folder, one breaks.
    rmSync(join(sub, 'schemas', 'u.json'));
    symlinkSync(ws.path('outside.json'), join(sub, 'schemas', 'u.json'));
    writeFileSync(join(sub, 'schemas', 'w.json'), '{ not json');
    const res = await runJob({ loaded, runsDir: ws.path('runs'), providers: { fake } });
    expect(res.manifest.steps.s!.status).toBe('succeeded');
    expect(res.manifest.steps.u!.error?.code).toBe('E_FILE_CONFINED');
    expect(res.manifest.steps.w!.error?.code).toBe('E_OUTPUT_SCHEMA');
    expect(fake.callsOf('u') + fake.callsOf('w')).toBe(0);
  });

  it('for_each takes it directly: every instance is validated on its own', async () => {
    const fake = new FakeProvider('fake', {}, (id) => (id === 'each[b]' ? '{"verdict":"nope"}' : '{"verdict":"ok"}'));
    const res = await run(
      `  each:
    for_each: '["a", "b", "c"]'
    prompt: "judge {{ item }}"
    output_schema: ${SCHEMA}
    outputs: [{ path: "v/{{ item }}.json" }]
`,
      { fake },
    );
    expect(res.status).toBe('failed');
    expect(res.manifest.steps['each[b]']!.error?.code).toBe('E_CHECK_FAILED');
    expect(res.manifest.steps['each[a]']!.status).toBe('succeeded');
    expect(ws.read('runs', res.jobId, 'outputs', 'v', 'c.json')).toBe('{"verdict":"ok"}');
  });
});
