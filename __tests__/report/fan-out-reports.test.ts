/** Reports over a fanned-out step with thousands of instances: grouped per step, failures named, under the limits. */
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { renderComment, COMMENT_LIMIT_CHARS } from '../../src/report/comment.js';
import { renderStatusFlowchart } from '../../src/report/mermaid-status.js';
import { renderGantt } from '../../src/report/gantt.js';
import { renderRunSummary, foldRun } from '../../src/cli/commands/show.js';
import { eventFilter } from '../../src/cli/commands/tail.js';
import { eventsToOtlp } from '../../src/tracing/otlp.js';
import { paintFor } from '../../src/cli/terminal.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { Workspace } from '../helpers/workspace.js';

const N = 3000;

describe('reports of a 3,000-instance fan-out with failures', () => {
  let ws: Workspace;
  let manifest: Manifest;
  let events: OrchestratorEvent[];
  let jobId: string;
  beforeAll(async () => {
    ws = new Workspace();
    const items = JSON.stringify(Array.from({ length: N }, (_, i) => `f${i}`));
    const yaml = `version: 2
name: t
defaults: { provider: fake, concurrency: 8, retries: 0 }
providers:
  fake: { type: replay, responses: none.yaml }
inputs:
  items: '${items}'
steps:
  review:
    for_each: "{{ inputs.items }}"
    prompt: "{{ item }}"
    outputs: [{ path: "r/{{ item }}.md" }]
  after: { needs: [review], prompt: "{{ steps.review.outputs }}" }
`;
    const bad = new Set(['review[f7]', 'review[f1234]', 'review[f2999]']);
    const fake = new FakeProvider('fake', {}, (id) => (bad.has(id) ? '' : `ok ${id}`));
    // An empty answer passes no check: fail those three with a min-length check instead.
    const loaded = await loadSpecFromString(
      yaml.replace(
        'outputs: [{ path: "r/{{ item }}.md" }]',
        'outputs: [{ path: "r/{{ item }}.md" }]\n    checks: [{ type: min-length, value: 1 }]',
      ),
      ws.path('job.yaml'),
      ws.dir,
    );
    const res = await runJob({ loaded, runsDir: ws.path('runs'), providers: { fake } });
    jobId = res.jobId;
    manifest = res.manifest;
    events = ws.events(jobId);
  }, 60_000);
  afterAll(() => ws.cleanup());

  it('the run failed through three instances, each with its own manifest entry', () => {
    expect(manifest.status).toBe('failed');
    expect(manifest.steps.review!.instances).toEqual({ total: N, succeeded: N - 3, failed: 3 });
    expect(Object.keys(manifest.steps).filter((k) => k.startsWith('review['))).toHaveLength(N);
  });

  it('the job summary shows the step once, with counts and the failed instances, under 1 MiB', () => {
    const md = renderSummary(manifest, events);
    expect(Buffer.byteLength(md, 'utf8')).toBeLessThan(SUMMARY_LIMIT_BYTES);
    const start = md.indexOf('### Steps');
    const table = md.slice(start, md.indexOf('\n###', start + 1));
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && l.includes('`'));
    const reviewRows = rows.filter((r) => r.includes('`review'));
    expect(reviewRows.length).toBeLessThan(10);
    expect(md).toContain('3000 instances: 3 failed, 2997 succeeded');
    for (const id of ['review[f7]', 'review[f1234]', 'review[f2999]']) expect(md).toContain(id);
  });

  it('the PR comment fits its 65,536 characters and names the failures', () => {
    const c = renderComment(manifest, events);
    expect(c.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(c).toContain('review[f1234]');
  });

  it('the Mermaid DAG and the timeline have one node / bar for the fanned-out step', () => {
    const g = renderGantt(manifest);
    expect(g.total).toBe(1); // review; `after` never started (its need failed)
    expect(g.text).not.toContain('f1234');
    const d = renderStatusFlowchart(manifest);
    expect(d.total).toBe(2);
    expect(d.text).not.toContain('f1234');
    expect(d.text).toMatch(/×3000, 3 failed/);
  });

  it('show groups the instances and lists the failed ones', () => {
    const text = renderRunSummary(
      foldRun(ws.path('runs'), jobId),
      paintFor({ isTTY: false } as NodeJS.WriteStream, { NO_COLOR: '1' }),
    );
    expect(text.split('\n').filter((l) => l.includes('review[')).length).toBeLessThan(10);
    expect(text).toContain('review[f2999]: error[E_CHECK_FAILED]');
    expect(text).toMatch(/review .*3000 instances/);
  });

  it('tail --step STEP selects the step and its instances; trace nests instances under their step', () => {
    const f = eventFilter({ step: 'review' });
    const picked = events.filter((e) => f.matches(e));
    expect(picked.some((e) => e.step_id === 'review[f7]')).toBe(true);
    expect(picked.some((e) => e.step_id === 'after')).toBe(false);
    const spans = eventsToOtlp(events).resourceSpans[0]!.scopeSpans[0]!.spans;
    const step = spans.find((s) => s.name === 'step review')!;
    const inst = spans.find((s) => s.name === 'step review[f7]')!;
    expect(inst.parentSpanId).toBe(step.spanId);
  });
});

describe('the live status line', () => {
  it("counts a fanned-out step's instances in its total", async () => {
    const { createProgress } = await import('../../src/cli/progress.js');
    let out = '';
    const stream = {
      isTTY: true,
      columns: 120,
      write: (s: string) => ((out += s), true),
    } as unknown as NodeJS.WriteStream;
    const progress = createProgress({ quiet: false, stream });
    const ev = (type: string, step_id: string | undefined, data: Record<string, unknown>): OrchestratorEvent => ({
      ts: new Date().toISOString(),
      seq: 1,
      level: 'info',
      job_id: 'j',
      type,
      step_id,
      trace_id: 't',
      span_id: 's',
      data,
    });
    progress.onEvent(ev('job.started', undefined, { job_name: 't', graph: { r: [], after: ['r'] } }));
    progress.onEvent(ev('step.started', 'r', { kind: 'llm' }));
    progress.onEvent(ev('step.fanned_out', 'r', { instances: 3 }));
    for (const k of ['a', 'b', 'c']) progress.onEvent(ev('step.succeeded', `r[${k}]`, { cache: 'miss', outputs: [] }));
    progress.onEvent(ev('step.succeeded', 'r', { cache: 'miss', outputs: [] }));
    progress.stop();
    expect(out).toContain('[4/5]');
    expect(out).not.toMatch(/\[[3-9]\/2\]/);
  });
});
