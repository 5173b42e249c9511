import type { OrchestratorEvent } from '../../src/events/types.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import { renderGantt } from '../../src/report/gantt.js';
import { renderStatusFlowchart } from '../../src/report/mermaid-status.js';
import { bigManifest, notesAppFailed, makeManifest } from './manifest-fixture.js';

function ev(type: string, step_id: string | undefined, data: Record<string, unknown> = {}): OrchestratorEvent {
  return {
    ts: '2025-01-02T03:04:06.000Z',
    seq: 1,
    level: 'info',
    job_id: 'j',
    type,
    step_id,
    trace_id: 't',
    span_id: 's',
    data,
  };
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('job summary', () => {
  const manifest = notesAppFailed();
  const events = [
    ev('step.retrying', 'builder'),
    ev('step.retrying', 'builder'),
    ev('llm.error', 'builder', { message: 'HTTP 529 overloaded' }),
    ev('circuit.opened', undefined, { provider: 'smart' }),
  ];
  const md = renderSummary(manifest, events, { runUrl: 'https://github.com/o/r/actions/runs/1' });

  it('leads with the job status and totals', () => {
    expect(md.split('\n')[0]).toContain('❌');
    expect(md.split('\n')[0]).toContain('notes-app');
    expect(md.split('\n')[0]).toContain('failed');
    expect(md).toContain('| 1 min 5 s | 4 | 2 | 1 | 1 | 1 | 2 |');
    expect(md).toContain('[workflow run](https://github.com/o/r/actions/runs/1)');
    expect(md).toContain('Circuit opened for: `smart`');
  });

  it('has one table row per step with status, cache, provider/model, attempts, tokens and cost', () => {
    const table = md.slice(md.indexOf('### Steps'), md.indexOf('### Cost per model'));
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && l.includes('`'));
    expect(rows.map((r) => r.match(/`([^`]+)`/)![1])).toEqual(['architect', 'builder', 'docs', 'qa']);
    const builder = rows[1];
    expect(builder).toContain('failed');
    expect(builder).toContain('smart / claude-sonnet-4-5');
    expect(builder).toContain('1 (2 retries)');
    expect(builder).toContain('1,500 / 700');
    expect(builder).toContain('$0.01');
    expect(rows[3]).toContain('skipped (upstream_failed)');
    expect(rows[2]).toMatch(/\| hit \|/);
  });

  it('draws the DAG and the timeline as Mermaid, coloured by status', () => {
    const blocks = [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);
    expect(blocks).toHaveLength(2);
    const [flow, gantt] = blocks;
    expect(flow).toMatch(/^flowchart LR/);
    expect(flow).toContain('s0 --> s1');
    expect(flow).toMatch(/class s1 failed/);
    expect(flow).toMatch(/class s3 cached/);
    expect(gantt).toMatch(/^gantt/);
    expect(gantt).toMatch(/builder :crit, /);
    expect(gantt).not.toContain('qa'); // never started: no bar
  });

  it('puts each failure in a <details> with its error, hint and the last provider errors', () => {
    const details = md.match(/<details>[\s\S]*?<\/details>/g)!;
    expect(details).toHaveLength(1);
    expect(details[0]).toContain('<code>builder</code>');
    expect(details[0]).toContain('E_CHECK_FAILED');
    expect(details[0]).toContain('found no match in app/main.py');
    expect(details[0]).toContain('HTTP 529 overloaded');
    expect(details[0]).toContain('on\\_fail\\: retry');
  });

  it('escapes table-breaking characters in errors and cannot be closed early by backticks', () => {
    const m = makeManifest([
      { id: 'a', status: 'failed', error: { code: 'E_X', message: 'bad | pipe ``` fence </details>' } },
    ]);
    const out = renderSummary(m, []);
    expect(out).toContain('````\nbad | pipe ``` fence </details>\n````');
    expect(out).toContain('<summary>❌ <code>a</code> — E_X: bad | pipe ``` fence &lt;/details&gt;</summary>');
  });

  it('shows the golden drift with its diff', () => {
    const out = renderSummary(makeManifest([{ id: 'a' }]), [], {
      golden: {
        drift: true,
        changed: ['design.md'],
        missing: [],
        extra: ['new.txt'],
        diff: '--- a/design.md\n+++ b/design.md\n-old\n+new',
      },
    });
    expect(out).toContain('Golden outputs drifted');
    expect(out).toContain('```diff\n--- a/design.md');
    expect(out).toContain('extra: `new.txt`');
  });

  it('stays under 1 MiB for a 10,000-step job, saying what it cut', () => {
    const big = bigManifest(10_000);
    const start = Date.now();
    const out = renderSummary(big, []);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(bytes(out)).toBeLessThan(SUMMARY_LIMIT_BYTES);
    expect(out).toContain('Table cut: 1,000 of 10,000 steps shown, failures first');
    expect(out).toMatch(/\d+ of 10,000 steps drawn one by one/);
    expect(out).toMatch(/Timeline cut: \d+ of 10,000 steps shown/);
    // every failure (20) is in the table even though most rows were cut
    for (let i = 499; i < 10_000; i += 500) expect(out).toContain(`\`step-${String(i).padStart(5, '0')}\` | failed |`);
    for (const block of out.matchAll(/```mermaid\n([\s\S]*?)\n```/g)) expect(block[1].length).toBeLessThan(50_000);
  });

  it('shrinks sections (never half a fence) when a hard byte limit bites', () => {
    const out = renderSummary(bigManifest(2000), [], { maxBytes: 60_000 });
    expect(bytes(out)).toBeLessThanOrEqual(60_000);
    expect(out).toMatch(/Table cut: \d+ of 2,000 steps shown/);
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((out.match(/<details>/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  });

  it('drops whole sections, least important first, only when shrinking is not enough', () => {
    const out = renderSummary(bigManifest(2000), [], { maxBytes: 6_000 });
    expect(bytes(out)).toBeLessThanOrEqual(6_000);
    expect(out).toMatch(/Summary cut to stay under GitHub's size limit; left out: .*timeline/);
    expect(out).toContain('### Failures (4)');
    expect((out.match(/^```/gm) ?? []).length % 2).toBe(0);
    expect((out.match(/<details>/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
  });
});

describe('diagrams', () => {
  it('flowchart keeps failures when it has to cut', () => {
    const d = renderStatusFlowchart(bigManifest(1000), { maxNodes: 10 });
    expect(d.shown).toBeLessThanOrEqual(10);
    expect(d.total).toBe(1000);
    expect(d.text).toContain('step-00499');
    expect(d.text).toContain('step-00999');
  });

  it('flowchart halves itself under a character budget', () => {
    const d = renderStatusFlowchart(bigManifest(400), { maxNodes: 400, maxChars: 5000 });
    expect(d.text.length).toBeLessThanOrEqual(5000);
    expect(d.shown).toBeLessThan(400);
  });

  it('gantt bars follow start times and give zero-length steps a sliver', () => {
    const m = makeManifest([
      { id: 'late', startOffsetMs: 5000, durationMs: 1000 },
      { id: 'early', startOffsetMs: 0, durationMs: 0, cache: 'hit' },
    ]);
    const g = renderGantt(m);
    const lines = g.text.split('\n').filter((l) => / :/.test(l));
    expect(lines[0]).toBe('  ✓ early (cached) :done, t0, 2000-01-01 00:00:00.000, 2000-01-01 00:00:00.001');
    expect(lines[1]).toBe('  ✓ late :done, t1, 2000-01-01 00:00:05.000, 2000-01-01 00:00:06.000');
  });
});
