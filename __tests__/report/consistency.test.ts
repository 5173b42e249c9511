/**
 * Every count a report shows has one source, so no two places of one report disagree: the steps
 * the progress header announces and the summary counts, a fan-out's row and its instances, the
 * summary's calls and the provider table, the action's cache outputs and its summary; and the
 * CLI's tables fit the terminal.
 */
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { renderRunSummary } from '../../src/cli/commands/show.js';
import { paintFor } from '../../src/cli/terminal.js';
import { cacheCounts } from '../../src/action/outputs.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { Workspace, cli } from '../helpers/workspace.js';
import type { OrchestratorEvent } from '../../src/events/types.js';

const plain = paintFor({ isTTY: false } as NodeJS.WriteStream, {});

const fanSpec = `version: 2
name: fo
inputs: { files: '["a","b","c"]' }
defaults: { provider: r, retries: 0 }
providers: { r: { type: replay, responses: r.yaml, price: { input_per_mtok: 1000, output_per_mtok: 1000 } } }
steps:
  first: { prompt: "hello", outputs: [{ path: f.md }] }
  each: { needs: [first], for_each: "{{ inputs.files }}", prompt: "Review {{ item }}", outputs: [{ path: "r/{{ item }}.md" }] }
  last: { needs: [each], prompt: "sum {{ steps.each.outputs }}", outputs: [{ path: l.md }] }
  gate: { needs: [last], run: "true" }
`;

describe('reports agree with themselves', () => {
  let ws: Workspace;
  afterEach(() => ws?.cleanup());

  it('the progress header, the summary line and the fan-out row count the same things', async () => {
    ws = new Workspace({ 'job.yaml': fanSpec, 'r.yaml': 'first: "one two"\neach: "ok fine"\nlast: "done"\n' });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const header = /job fo \(j1\): (\d+) steps/.exec(r.stderr);
    const summary = /steps: (\d+) succeeded, 0 failed, 0 skipped of (\d+)/.exec(r.stdout);
    expect(header).not.toBeNull();
    expect(summary).not.toBeNull();
    expect(summary![2]).toBe(header![1]);
    expect(summary![1]).toBe(header![1]);
    expect(r.stdout).toMatch(/\+3 instances/);
    // The fan-out's row sums its instances: tokens, cost and tries are not 0.
    const row = r.stdout.split('\n').find((l) => l.startsWith('each '))!;
    const m = ws.manifest('j1');
    const inst = ['each[a]', 'each[b]', 'each[c]'].map((id) => m.steps[id]!);
    const tokensIn = inst.reduce((a, s) => a + s.usage.input_tokens, 0);
    const tokensOut = inst.reduce((a, s) => a + s.usage.output_tokens, 0);
    expect(row).toContain(` ${tokensIn}/${tokensOut} `);
    expect(row).not.toMatch(/\$0$/);
    expect(row).toMatch(/\s3\s/); // tries: one call per instance
    // Cache: the action's outputs and the summary count the same steps (a command step with the cache off is a miss in both).
    const events = ws.events('j1') as OrchestratorEvent[];
    const counts = cacheCounts(events);
    expect(r.stdout).toContain(`cache: ${counts.hits} hits, ${counts.misses} misses`);
    expect(m.totals).toMatchObject({ cache_hits: counts.hits, cache_misses: counts.misses });
  });

  it('says "1 miss", not "1 misses"', async () => {
    ws = new Workspace({ 'job.yaml': fanSpec.replace(/ {2}each:[\s\S]*$/, ''), 'r.yaml': 'first: "x"\n' });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'j1'], { cwd: ws.dir });
    expect(r.stdout).toMatch(/cache: 0 hits, 1 miss$/m);
    expect(r.stdout).not.toMatch(/\b1 misses\b/);
  });

  it('after Ctrl-C and resume, the summary counts as many calls as the provider table', async () => {
    ws = new Workspace();
    const yaml = `version: 2
name: cc
defaults: { provider: fake, retries: 0, concurrency: 4 }
providers:
  fake: { type: replay, responses: none.yaml }
steps:
  a: { prompt: "a" }
  b: { prompt: "b" }
  c: { prompt: "c" }
  d: { needs: [a], prompt: "d" }
`;
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    const fake = new FakeProvider('fake', { b: { delayMs: 5000 }, c: { delayMs: 5000 } });
    const controller = new AbortController();
    const first = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: 'cc1',
      providers: { fake },
      signal: controller.signal,
      onEvent: (e) => {
        if (e.type === 'llm.response' && e.step_id === 'a') controller.abort();
      },
    });
    expect(first.status).toBe('cancelled');
    const second = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: 'cc1',
      resume: true,
      providers: { fake: new FakeProvider('fake') },
    });
    const t = second.manifest.totals;
    const providerCalls = Object.values(t.providers ?? {}).reduce((a, p) => a + p.calls, 0);
    expect(t.llm_calls).toBe(providerCalls);
    const text = renderRunSummary(second.manifest, plain);
    expect(text).toContain(`calls: ${providerCalls};`);
  });

  it('the CLI tables fit 80 columns when stdout is not a terminal, cutting with an ellipsis', async () => {
    const long = 'a-very-long-step-identifier-that-goes-on-and-on-and-on';
    ws = new Workspace({
      'job.yaml': `version: 2
name: wide
defaults: { provider: a-provider-with-a-rather-long-name, retries: 0 }
providers: { a-provider-with-a-rather-long-name: { type: replay, responses: r.yaml, model: some-model-name-that-is-long-too } }
steps:
  ${long}: { prompt: "x" }
`,
      'r.yaml': `${long}: "ok"\n`,
    });
    const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'w1'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('…');
    const shown = await cli(['show', 'w1'], { cwd: ws.dir });
    for (const l of shown.stdout.split('\n')) expect(l.length).toBeLessThanOrEqual(80);
    // The cost plan's table too (its prose lines below the table wrap as prose does).
    const plan = await cli(['plan', '--spec', 'job.yaml', '--cost'], { cwd: ws.dir });
    const table = plan.stdout.split('\n\n')[1]!.split('\n');
    expect(table[0]).toMatch(/^step\s+prov/);
    for (const l of table) expect(l.length).toBeLessThanOrEqual(80);
    expect(table.join('\n')).toContain('…');
  });
});
