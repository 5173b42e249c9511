/**
 * The HTML report's renderer without a browser: the size bound holds whatever the texts are made
 * of (markup characters, multi-byte text, control characters), nothing from the data closes the
 * data block, and links come only from validated parts.
 */
import { createHash } from 'node:crypto';
import { renderReportHtml } from '../../src/report/html/render.js';
import { buildLinks } from '../../src/report/html/links.js';
import type { ReportModel, ReportStep } from '../../src/report/html/model.js';
import { parseLogSections } from '../../src/report/html/read-run.js';

function model(steps: ReportStep[], extra: Partial<ReportModel> = {}): ReportModel {
  return {
    job: {
      id: 'j-1',
      name: 'job',
      status: 'failed',
      attempt: 1,
      duration_ms: 1000,
      cost_usd: 0.5,
      input_tokens: 10,
      output_tokens: 5,
      llm_calls: 1,
      cache_hits: 0,
      cache_misses: 1,
      counts: { steps: steps.length, succeeded: 0, failed: 0, skipped: 0 },
    },
    links: {},
    steps,
    generated_at: '2026-12-07T00:00:00.000Z',
    ...extra,
  };
}

function step(i: number, text: string): ReportStep {
  return {
    id: `s${i}`,
    status: 'succeeded',
    cache: 'miss',
    attempts: 1,
    input_tokens: 1,
    output_tokens: 1,
    cost_usd: 0,
    checks: [{ type: 'judge', passed: true, message: text.slice(0, 5000), score: 0.9, reason: text.slice(0, 3000) }],
    texts: [
      { title: 'prompt', text },
      { title: 'response', text },
    ],
    outputs: [{ path: 'a.md', size_bytes: 3, preview: text }],
    needs: i > 0 ? [`s${i - 1}`] : [],
  };
}

test.each([
  ['markup characters', '<&>"\''.repeat(4_000)],
  ['multi-byte text and emoji', '日本語🙂é'.repeat(4_000)],
  ['control characters', '\u0000\u0001\u001b[31m\u007f'.repeat(4_000)],
])('1,000 steps of 20 kB texts of %s stay within 5,000,000 bytes, each cut with a note', (_name, text) => {
  const html = renderReportHtml(model(Array.from({ length: 1000 }, (_, i) => step(i, text))));
  const bytes = Buffer.byteLength(html, 'utf8');
  expect(bytes).toBeLessThanOrEqual(5_000_000);
  // The room is used, not wasted: the texts fill most of it.
  expect(bytes).toBeGreaterThan(2_500_000);
  expect(html).toContain('Cut to fit the report');
  expect(html.match(/<\/script>/g)).toHaveLength(2);
});

test('5,000 steps of 20 kB texts stay within 5,000,000 bytes: the texts are left out, each step saying where they are', () => {
  const html = renderReportHtml(model(Array.from({ length: 5000 }, (_, i) => step(i, 'é<'.repeat(10_000)))));
  expect(Buffer.byteLength(html, 'utf8')).toBeLessThanOrEqual(5_000_000);
  const data = JSON.parse(/<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!) as {
    steps: Array<{ id: string; blocks: unknown[][] }>;
  };
  expect(data.steps).toHaveLength(5000);
  expect(data.steps[4999]!.blocks).toContainEqual(['x', 'logs/s4999.log']);
  expect(data.steps.filter((s) => s.blocks.some((b) => b[0] === 'pre' || b[0] === 'checks'))).toEqual([]);
});

test('the script the page runs is the one its CSP allows by hash, and data never ends the data block', () => {
  const html = renderReportHtml(model([step(0, '</script><script>alert(1)</script><!-- x')]));
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  expect(scripts).toHaveLength(1);
  const hash = createHash('sha256').update(scripts[0]!, 'utf8').digest('base64');
  expect(html).toContain(`script-src 'sha256-${hash}'`);
  const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  expect(data).not.toMatch(/[<>&]/);
  expect(JSON.stringify(JSON.parse(data))).toContain('</script><script>alert(1)</script><!-- x');
});

test('links: only https URLs from valid owner/repo, sha and run id; anything else links nothing', () => {
  const good = buildLinks({ repository: 'octo/repo', sha: 'a'.repeat(40), run_id: '123', run_attempt: '2' });
  expect(good.commit?.url).toBe(`https://github.com/octo/repo/commit/${'a'.repeat(40)}`);
  expect(good.run?.url).toBe('https://github.com/octo/repo/actions/runs/123/attempts/2');
  expect(buildLinks({ repository: 'octo/repo', server_url: 'https://ghe.example.com' }).repository).toBe('octo/repo');
  for (const bad of [
    { repository: 'javascript:alert(1)//x' },
    { repository: 'octo/repo', server_url: 'javascript:alert(1)' },
    { repository: 'octo/repo', server_url: 'http://github.com' },
    { repository: 'octo/../x' },
    { repository: 'o"><img/repo' },
  ]) {
    const l = buildLinks({ ...bad, sha: 'a'.repeat(40), run_id: '1' });
    expect(l.commit).toBeUndefined();
    expect(l.run).toBeUndefined();
  }
  const partial = buildLinks({ repository: 'octo/repo', sha: 'abc"><x', run_id: '1 OR 1' });
  expect(partial).toEqual({ repository: 'octo/repo' });
  const html = renderReportHtml(model([], { links: good }));
  expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([good.commit!.url, good.run!.url]);
});

test('a step log splits into its titled sections', () => {
  expect(parseLogSections('===== prompt =====\nhi\n===== response (round 1, p/m) =====\nho\n')).toEqual([
    { title: 'prompt', text: 'hi' },
    { title: 'response (round 1, p/m)', text: 'ho' },
  ]);
});
