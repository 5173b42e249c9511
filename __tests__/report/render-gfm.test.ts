/** Reports looked at through a GFM renderer: structure, limits in GitHub's units, inert data. */
import { renderComment, COMMENT_LIMIT_CHARS } from '../../src/report/comment.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/report/summary.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { makeManifest, type FixtureStep } from './manifest-fixture.js';
import { gfmDom, proseText } from './gfm.js';
import { mermaidBlocks, parseMermaid } from './mermaid-parse.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const CJK = '构建失败：无法连接到模型服务器，请稍后重试。错误详情如下所示。';

function failing(n: number, message: string, extraOk = 0): Manifest {
  const steps: FixtureStep[] = [];
  for (let i = 0; i < extraOk; i++) steps.push({ id: `ok-${i}`, startOffsetMs: i * 10 });
  for (let i = 0; i < n; i++)
    steps.push({
      id: `fail-${i}`,
      needs: extraOk ? [`ok-${i % extraOk}`] : [],
      status: 'failed',
      error: { code: 'E_COMMAND', message: `${message}\n`.repeat(1) },
      startOffsetMs: 1000 + i * 10,
    });
  return makeManifest(steps);
}

describe('limits in the unit GitHub counts', () => {
  it('a comment with CJK errors keeps every failure and the table (characters, not bytes)', () => {
    const m = failing(12, CJK.repeat(60)); // ~2,000 characters, ~6,000 bytes each
    const body = renderComment(m, []);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    const doc = gfmDom(body);
    const failures = Array.from(doc.querySelectorAll('details > summary')).filter((s) =>
      s.textContent!.startsWith('❌'),
    );
    expect(failures).toHaveLength(12);
    expect(doc.querySelector('table')).not.toBeNull();
    expect(body).toContain(CJK.slice(0, 20));
  });

  it('a comment whose errors do not fit shortens them instead of dropping the failures', () => {
    const m = failing(30, CJK.repeat(200));
    const body = renderComment(m, []);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body.length).toBeGreaterThan(COMMENT_LIMIT_CHARS / 2);
    const doc = gfmDom(body);
    expect(
      Array.from(doc.querySelectorAll('details > summary')).filter((s) => s.textContent!.startsWith('❌')),
    ).toHaveLength(30);
  });

  it('a summary with 120 long failures keeps the table, the DAG and the timeline (bytes)', async () => {
    const m = failing(120, `${CJK.repeat(150)}`, 40);
    const md = renderSummary(m, []);
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toContain('### Failures (120)');
    expect(md).toContain('### Steps');
    expect(md).toContain('### DAG');
    expect(md).toContain('### Timeline');
    for (const b of mermaidBlocks(md)) await parseMermaid(b);
    const doc = gfmDom(md);
    expect(doc.querySelectorAll('table tbody tr').length).toBeGreaterThanOrEqual(160);
  });

  it('notes name the artifact only when one was uploaded', () => {
    const m = failing(40, CJK.repeat(400), 10);
    const without = renderSummary(m, [], { maxBytes: 100_000 });
    // The notes are there (else "no artifact named" would hold of any text), and name none.
    expect(without).toContain('> ⚠️ Table cut: 30 of 50 steps shown, failures first.\n');
    expect(without).not.toMatch(/artifact/i);
    const withArtifact = renderSummary(m, [], { maxBytes: 100_000, artifactName: 'orchestrator-x-build-attempt-1' });
    expect(withArtifact).toMatch(/in the run artifact `orchestrator-x-build-attempt-1`/);
    const comment = renderComment(failing(300, 'x', 0), [], { maxTableRows: 10 });
    expect(comment).toContain('> ⚠️ Showing 30 of 300 failures');
    expect(comment).not.toMatch(/artifact/i);
  });
});

describe('what a reader sees', () => {
  it('a 1,000-row table is collapsed; a small one is open', () => {
    const big = renderSummary(makeManifest(Array.from({ length: 1000 }, (_, i) => ({ id: `s${i}` }))), []);
    const doc = gfmDom(big);
    const table = doc.querySelectorAll('table')[1];
    expect(table.closest('details')).not.toBeNull();
    expect(table.closest('details')!.hasAttribute('open')).toBe(false);
    const small = gfmDom(renderSummary(makeManifest([{ id: 'a' }]), []));
    expect(small.querySelectorAll('table')[1].closest('details')).toBeNull();
  });

  it('rows follow the run, not JSON key order (a numeric id does not jump to the top); failures first when cut', () => {
    const m = makeManifest([{ id: 'first' }, { id: 'second' }, { id: '42' }]);
    const doc = gfmDom(renderSummary(m, []));
    const ids = Array.from(doc.querySelectorAll('table')[1].querySelectorAll('tbody tr td:first-child code')).map(
      (c) => c.textContent,
    );
    expect(ids).toEqual(['first', 'second', '42']);
    const cut = makeManifest(
      Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        status: i === 35 ? ('failed' as const) : ('succeeded' as const),
      })),
    );
    const rows = Array.from(
      gfmDom(renderComment(cut, [], { maxTableRows: 10 })).querySelectorAll('table tbody tr td:first-child code'),
    ).map((c) => c.textContent);
    expect(rows[0]).toBe('s35');
  });

  it('says "cache off" instead of 0 hit / 0 miss', () => {
    const m = makeManifest([{ id: 'a', cache: 'off' }]);
    m.totals.cache_hits = 0;
    m.totals.cache_misses = 0;
    expect(renderComment(m, [])).toContain('cache off');
    expect(renderComment(m, [])).not.toContain('0 hit');
  });

  it('shows check verdicts per step, cost per model, output previews, the commit and links', () => {
    const m = makeManifest([
      { id: 'builder', status: 'failed', error: { code: 'E_CHECK_FAILED', message: 'x' } },
      { id: 'docs' },
    ]);
    m.steps.docs.model = 'gpt-4o-mini';
    m.steps.docs.provider = 'fast';
    const events: OrchestratorEvent[] = [
      {
        ts: '',
        seq: 1,
        level: 'warn',
        job_id: 'j',
        type: 'quality.failed',
        step_id: 'builder',
        trace_id: '',
        span_id: '',
        data: {
          verdicts: [
            { index: 0, type: 'contains', passed: true, message: 'ok', severity: 'fail' },
            { index: 1, type: 'regex', passed: false, message: 'no match for @app', severity: 'fail' },
          ],
        },
      },
    ];
    const opts = {
      sha: '0123456789abcdef0123',
      runUrl: 'https://github.com/o/r/actions/runs/9',
      artifactName: 'art',
      artifactUrl: 'https://github.com/o/r/actions/runs/9/artifacts/5',
      previews: { docs: { path: 'docs.md', text: '# Docs\n\nHello <b>world</b>' } },
    };
    for (const md of [renderSummary(m, events, opts), renderComment(m, events, opts)]) {
      const doc = gfmDom(md);
      const text = doc.body.textContent!;
      expect(text).toContain('commit 0123456789ab');
      expect(Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual(
        expect.arrayContaining([opts.runUrl, opts.artifactUrl]),
      );
      const checkRows = Array.from(doc.querySelectorAll('tr')).filter((r) => /regex|contains/.test(r.textContent!));
      expect(checkRows.map((r) => r.textContent)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/builder.*1\. contains.*pass/s),
          expect.stringMatching(/builder.*2\. regex.*fail.*no match for @app/s),
        ]),
      );
      expect(text).toMatch(/fast \/ gpt-4o-mini\s*1\s*1,500\s*700/);
      const preview = Array.from(doc.querySelectorAll('details')).find((d) =>
        d.querySelector('summary')!.textContent!.includes('docs.md'),
      )!;
      expect(preview.hasAttribute('open')).toBe(false);
      expect(preview.querySelector('pre code')!.textContent).toContain('Hello <b>world</b>');
      expect(preview.querySelector('b')).toBeNull();
    }
  });
});

/** Everything an attacker controls in a forged manifest or a prompt-injected answer. */
const EVIL =
  '@octocat #12 <img src="https://t.example/p.png"> ![px](https://t.example/p.png) [click](https://evil.example) <script>alert(1)</script> www.evil.example | ` ``` </details> -->';

function forged(): { m: Manifest; events: OrchestratorEvent[] } {
  const m = makeManifest([
    { id: 'a', status: 'failed', error: { code: EVIL, message: EVIL, hint: EVIL } },
    { id: 'b', needs: ['a'], status: 'skipped', reason: EVIL },
    { id: 'c' },
  ]);
  const bad = m as unknown as Record<string, unknown>;
  bad.job_name = EVIL;
  bad.job_id = EVIL;
  bad.code_version = EVIL;
  bad.status = EVIL;
  m.steps[EVIL] = {
    ...m.steps.c,
    provider: EVIL,
    model: EVIL,
    cache: EVIL as never,
    status: 'failed',
    error: { code: EVIL, message: EVIL },
  };
  (m.steps.c.usage as unknown as Record<string, unknown>).input_tokens = EVIL;
  (m.steps.c as unknown as Record<string, unknown>).cost_usd = EVIL;
  (m.totals as unknown as Record<string, unknown>).steps = EVIL;
  const events: OrchestratorEvent[] = [
    {
      ts: '',
      seq: 1,
      level: 'warn',
      job_id: 'j',
      type: 'quality.failed',
      step_id: 'a',
      trace_id: '',
      span_id: '',
      data: { verdicts: [{ index: 0, type: EVIL, passed: false, message: EVIL, severity: 'fail' }] },
    },
    {
      ts: '',
      seq: 2,
      level: 'warn',
      job_id: 'j',
      type: 'circuit.opened',
      trace_id: '',
      span_id: '',
      data: { provider: EVIL },
    },
  ];
  return { m, events };
}

describe('data is inert', () => {
  const { m, events } = forged();
  const previews = { c: { path: EVIL, text: EVIL } };
  const changesNote = 'no base run';
  const outputs = {
    summary: renderSummary(m, events, { previews }),
    comment: renderComment(m, events, { previews, changesNote }),
  };

  it.each(Object.keys(outputs))('the %s has no image, link, script or HTML from data, and pings no one', (which) => {
    const md = outputs[which as keyof typeof outputs];
    const doc = gfmDom(md);
    expect(doc.querySelectorAll('img, script, a, iframe, b, i')).toHaveLength(0);
    const tags = new Set(Array.from(doc.body.querySelectorAll('*')).map((e) => e.tagName.toLowerCase()));
    for (const t of tags)
      expect([
        'h2',
        'h3',
        'p',
        'strong',
        'code',
        'pre',
        'table',
        'thead',
        'tbody',
        'tr',
        'th',
        'td',
        'details',
        'summary',
        'blockquote',
        'ul',
        'li',
        'br',
        'em',
      ]).toContain(t);
    expect(proseText(doc)).not.toMatch(/@octocat/);
    expect(proseText(doc)).toMatch(/@\u200docto/);
    expect(proseText(doc)).not.toMatch(/www\.evil/);
    expect(proseText(doc)).not.toMatch(/#12/);
    // Tables keep their shape: a pipe in data does not add cells.
    for (const table of Array.from(doc.querySelectorAll('table'))) {
      const width = table.querySelectorAll('thead th').length;
      for (const row of Array.from(table.querySelectorAll('tbody tr')))
        expect(row.querySelectorAll('td').length).toBe(width);
    }
    // The evil text is still readable, verbatim, inside code.
    expect(
      Array.from(doc.querySelectorAll('code')).some((c) => c.textContent!.includes('[click](https://evil.example)')),
    ).toBe(true);
  });

  it('the comment marker cannot be closed by a forged job name', () => {
    const first = outputs.comment.split('\n')[0];
    expect(first).toMatch(/^<!-- orchestrator-action:[a-z0-9._-]+ -->$/);
    expect(gfmDom(outputs.comment).body.innerHTML).not.toContain('-->');
  });

  it('every diagram of a forged manifest still parses', async () => {
    const blocks = mermaidBlocks(outputs.summary);
    // The DAG and the timeline are both there: a loop over no diagram would prove nothing.
    expect(blocks).toHaveLength(2);
    expect(blocks.map((b) => b.split('\n')[0]!.trim())).toEqual(['flowchart LR', 'gantt']);
    for (const b of blocks) await parseMermaid(b);
  });
});

describe('every limit holds with multi-byte text, at any size', () => {
  const EMOJI = '🚀失败é'; // 4 + 3 + 2 bytes; the rocket is 2 UTF-16 code units
  const m = failing(50, EMOJI.repeat(3000), 200);

  it.each([4_000, 20_000, 65_536])('comment within %i characters (UTF-16 code units), valid structure', (limit) => {
    const body = renderComment(m, [], { maxChars: limit });
    expect(body.length).toBeLessThanOrEqual(limit);
    expect((body.match(/<details/g) ?? []).length).toBe((body.match(/<\/details>/g) ?? []).length);
    expect(gfmDom(body).querySelectorAll('details > summary').length).toBeGreaterThan(0);
  });

  it.each([6_000, 50_000, 300_000, SUMMARY_LIMIT_BYTES])('summary within %i bytes, failures kept longest', (limit) => {
    const md = renderSummary(m, [], { maxBytes: limit });
    expect(bytes(md)).toBeLessThanOrEqual(limit);
    expect(md).toContain('### Failures (50)');
    expect((md.match(/^`{3,}/gm) ?? []).length % 2).toBe(0);
  });
});

describe('a big summary, rendered', () => {
  it('2,000 dense steps with many failures: every section in order, details balanced, tables well-formed', () => {
    const steps: FixtureStep[] = Array.from({ length: 2000 }, (_, i) => {
      const layer = Math.floor(i / 40);
      const fail = i % 61 === 60;
      return {
        id: `s${i}`,
        needs: layer ? [0, 1, 2].map((k) => `s${(layer - 1) * 40 + ((i + k) % 40)}`) : [],
        status: fail ? 'failed' : 'succeeded',
        startOffsetMs: layer * 300,
        error: fail ? { code: 'E_PROVIDER', message: `${CJK}\n`.repeat(100) } : undefined,
      };
    });
    const md = renderSummary(makeManifest(steps), [], { artifactName: 'orchestrator-big-build-attempt-1' });
    expect(bytes(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    const doc = gfmDom(md);
    expect(
      Array.from(doc.querySelectorAll('h2, h3')).map((h) => h.textContent!.replace(/\s*\(\d[\d,]*\)$/, '')),
    ).toEqual(['❌ orchestrator: notes-app failed', 'Failures', 'Steps', 'Cost per model', 'DAG', 'Timeline']);
    expect(doc.querySelectorAll('details').length).toBe((md.match(/<details/g) ?? []).length);
    const failures = Array.from(doc.querySelectorAll('details > summary')).filter((s) =>
      s.textContent!.startsWith('❌'),
    );
    expect(failures).toHaveLength(32);
    for (const table of Array.from(doc.querySelectorAll('table'))) {
      const width = table.querySelectorAll('thead th').length;
      for (const row of Array.from(table.querySelectorAll('tbody tr')))
        expect(row.querySelectorAll('td').length).toBe(width);
    }
    expect(doc.querySelectorAll('pre code.language-mermaid')).toHaveLength(2);
  });
});

describe('a damaged manifest', () => {
  it('renders instead of throwing', async () => {
    const broken = {
      job_name: 'x',
      status: 'failed',
      steps: {
        a: null,
        b: { status: 'failed', outputs: 'no', error: { code: 1, message: { nested: true } } },
        c: 'str',
      },
      graph: { b: 'a', c: [1, 'b'] },
      totals: null,
    } as unknown as Manifest;
    const events = [
      null,
      { type: 'quality.failed', step_id: 'b', data: { verdicts: 'x' } },
    ] as unknown as OrchestratorEvent[];
    const md = renderSummary(broken, events);
    expect(md).toContain('### Failures (1)');
    for (const b of mermaidBlocks(md)) await parseMermaid(b);
    expect(renderComment(broken, events)).toContain('<!-- orchestrator-action:x -->');
  });
});
