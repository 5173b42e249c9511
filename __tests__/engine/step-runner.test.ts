/** The step runner: one owner of a step's life, one catch around all of it. */
import { readFileSync, writeFileSync } from 'node:fs';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/spec/load.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { Workspace } from '../helpers/workspace.js';

const chain = (bPrompt: string) => `version: 2
name: t
defaults: { provider: fake, concurrency: 2, retries: 0 }
providers:
  fake: { type: replay, responses: none.yaml }
steps:
  a: { prompt: "go", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "${bPrompt} {{ steps.a.output }}", outputs: [{ path: b.txt }] }
  c: { needs: [b], prompt: "{{ steps.b.output }}", outputs: [{ path: c.txt }] }
`;

describe('step runner', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  async function run(yaml: string, fake: FakeProvider, more: Partial<Parameters<typeof runJob>[0]> = {}) {
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    return runJob({ loaded, runsDir: ws.path('runs'), providers: { fake }, ...more });
  }

  it('a resume check that throws fails its step with step.failed, and the job fails', async () => {
    await run(chain('v1'), new FakeProvider('fake'), { jobId: 'r1' });
    // A run folder from an older version: a's step.succeeded carries no output text, so b's
    // resume check (the spec changed: b is re-rendered) cannot read {{ steps.a.output }}.
    const file = ws.path('runs', 'r1', 'events.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; step_id?: string; data: Record<string, unknown> });
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
});
