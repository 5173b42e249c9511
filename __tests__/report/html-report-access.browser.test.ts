/**
 * The HTML report driven by the keyboard alone (DAG nodes, the table's sort headers, the
 * labelled filter), its golden section (a drifted file's diff shown as inert text, in the golden
 * section and in its step's details), and long texts cut with a visible note that names the log
 * of the run folder holding the whole text.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { writeReportRun } from '../../bench/lib/report-run.mjs';
import { writeRunReport } from '../../src/report/html/write.js';
import { REPORT_TEXT_CAP } from '../../src/report/html/render.js';
import { writeGoldenRecord } from '../../src/run/golden-record.js';
import { chromiumAvailable, launchChromium, openFile, type OpenedPage } from '../helpers/browser.js';

const haveBrowser = chromiumAvailable();
const describeBrowser = haveBrowser ? describe : describe.skip;

const HOSTILE_DIFF = [
  '===================================================================',
  '--- golden/out/s0001.md',
  '+++ outputs/out/s0001.md',
  '@@ -1,2 +1,2 @@',
  ' # s0001',
  '-<img src=x onerror="window.__pwned=7"> the old answer',
  '+</pre><script>window.__pwned=8</script><a href="javascript:window.__pwned=9">new</a>',
  '',
].join('\n');

let browser: Browser;
let tmp: string;

async function focused(page: Page): Promise<{ tag: string; s: string | null; th: string | null; id: string }> {
  return page.evaluate(() => {
    const a = document.activeElement as Element;
    return {
      tag: a.tagName.toLowerCase(),
      s: a.getAttribute('data-s'),
      th: a.closest('th')?.textContent ?? null,
      id: a.id,
    };
  });
}

/** Tab until `pred` holds for the focused element (at most `max` presses). */
async function tabTo(page: Page, pred: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (pred(await focused(page))) return;
  }
  throw new Error('Tab never reached the element');
}

describeBrowser('the report with the keyboard alone, and its golden diff', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'orch-report-kb-'));
    browser = await launchChromium();
    const run = writeReportRun(join(tmp, 'runs'), { steps: 60, instances: 10, textBytes: 300, jobId: 'kb' });
    writeGoldenRecord(run.dir, {
      golden: 'golden/',
      checked_at: '2026-12-07T05:00:00.000Z',
      drift: true,
      changed: ['out/s0001.md'],
      missing: [],
      extra: [],
      diff: HOSTILE_DIFF,
      files: [
        { path: 'out/s0000.md', verdict: 'same', compare: 'exact', step: 's0000' },
        { path: 'out/s0001.md', verdict: 'drift', kind: 'changed', compare: 'exact', step: 's0001' },
      ],
    });
    opened = await openFile(browser, (await writeRunReport(run.dir)).file);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('Tab reaches a DAG node, with a visible focus ring; Enter and Space open its details', async () => {
    const { page } = opened;
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, (f) => f.tag === 'g' && f.s !== null);
    const first = await focused(page);
    const ring = await page.evaluate(() => {
      const rect = document.activeElement!.querySelector('rect:not(.stack)')!;
      const cs = getComputedStyle(rect);
      return { stroke: cs.stroke, width: cs.strokeWidth };
    });
    expect(ring).toEqual({ stroke: 'rgb(9, 105, 218)', width: '4px' });
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.getElementById('detail')!.getAttribute('data-step') === s, {}, first.s);
    // The details' title takes the focus; Tab goes on from there, so come back to the next node.
    expect((await focused(page)).id).toBe('detail-title');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo(page, (f) => f.tag === 'g' && f.s !== null);
    await page.keyboard.press('Tab');
    const second = await focused(page);
    expect(second.tag).toBe('g');
    expect(second.s).not.toBe(first.s);
    await page.keyboard.press(' ');
    await page.waitForFunction((s) => document.getElementById('detail')!.getAttribute('data-step') === s, {}, second.s);
    const title = await page.$eval('#detail-title', (h) => h.textContent);
    expect(title).toMatch(/^Step /);
  });

  test('the filter is labelled and typed into, a sort header sorts with Space, all from the keyboard', async () => {
    const { page } = opened;
    await tabTo(page, (f) => f.id === 'filter', 200);
    expect(await page.$eval('#filter', (i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim())).toBe('Filter');
    await page.keyboard.type('s000');
    // s0000 to s0009 but s0003, whose id is hostile markup.
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('9 of 60 steps');
    await page.keyboard.press('Tab');
    expect((await focused(page)).th).toBe('Step');
    await page.keyboard.press(' ');
    expect(await page.$eval('#steps th:nth-child(1)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    await page.keyboard.press(' ');
    expect(await page.$eval('#steps th:nth-child(1)', (th) => th.getAttribute('aria-sort'))).toBe('descending');
    const ids = await page.$$eval('#steps tbody tr:not([hidden]) td:first-child', (tds) =>
      tds.map((t) => t.textContent),
    );
    expect(ids).toEqual([...ids].sort().reverse());
    expect(ids).toHaveLength(9);
    // Tab from the header reaches the rows' links; Enter opens the step.
    await tabTo(page, (f) => f.tag === 'a');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.getElementById('detail')!.hasAttribute('data-step'));
  });

  test('a drifted golden file: its verdict and diff show as text in the golden section and its step, and run nothing', async () => {
    const { page, requests, problems } = opened;
    const section = await page.evaluate(() => {
      const s = document.getElementById('golden-section')!;
      return {
        text: s.textContent ?? '',
        diff: [...s.querySelectorAll('pre')].map((p) => p.textContent).join('\n'),
        elements: s.querySelectorAll('img, script, iframe, object, embed, style, link').length,
        links: [...s.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
        rows: [...s.querySelectorAll('#golden-files tbody tr')].map((r) => r.textContent),
      };
    });
    expect(section.text).toMatch(/Golden outputs drifted/);
    expect(section.text).toMatch(/2 files: 1 same, 0 equivalent, 0 flaky, 1 drift, 0 unmeasured/);
    expect(section.rows).toHaveLength(1);
    expect(section.rows[0]).toMatch(/out\/s0001\.md.*drift \(changed\).*exact.*s0001/);
    expect(section.diff).toContain('-<img src=x onerror="window.__pwned=7"> the old answer');
    expect(section.diff).toContain(
      '+</pre><script>window.__pwned=8</script><a href="javascript:window.__pwned=9">new</a>',
    );
    expect(section.elements).toBe(0);
    expect(section.links).toEqual(['#s-1']);
    // The step's details carry its file's verdict and diff.
    await page.click('#golden-files a[href="#s-1"]');
    await page.waitForFunction(() => document.getElementById('detail')!.getAttribute('data-step') === '1');
    const detail = await page.evaluate(() => {
      const d = document.getElementById('detail')!;
      return {
        text: d.textContent ?? '',
        elements: d.querySelectorAll('img, script, iframe, object, embed, style, link, a').length,
      };
    });
    expect(detail.text).toContain('Golden out/s0001.md: drift (changed)');
    expect(detail.text).toContain('<script>window.__pwned=8</script>');
    expect(detail.elements).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describeBrowser('long texts', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'orch-report-long-'));
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('a few steps with 400 kB prompts, responses and stdout: each text is cut to the per-text cap with a note naming its log', async () => {
    const run = writeReportRun(join(tmp, 'runs'), { steps: 12, instances: 2, textBytes: 400_000, jobId: 'long' });
    const { file, bytes } = await writeRunReport(run.dir);
    // 12 steps of about 1 MB each: the page holds a bounded share of it.
    expect(bytes).toBeLessThan(12 * 4 * REPORT_TEXT_CAP + 200_000);
    const { page, problems } = await openFile(browser, file);
    await page.click('#steps a[href="#s-0"]');
    await page.waitForFunction(() => document.getElementById('detail')!.getAttribute('data-step') === '0');
    const d = await page.evaluate(() => ({
      notes: [...document.querySelectorAll('#detail .note')].map((n) => n.textContent ?? ''),
      pres: [...document.querySelectorAll('#detail pre')].map((p) => (p.textContent ?? '').length),
    }));
    expect(d.notes.join('\n')).toMatch(
      /truncated\): [\d,]+ of 200,000 characters shown; the full text is in logs\/s0000\.log of the run folder\./,
    );
    expect(Math.max(...d.pres)).toBeLessThanOrEqual(REPORT_TEXT_CAP);
    expect(problems).toEqual([]);
  }, 60_000);
});
