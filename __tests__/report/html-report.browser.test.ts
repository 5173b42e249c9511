/**
 * The HTML run report in a real browser (headless Chromium): it loads nothing, logs no error,
 * runs only its own script (CSP), sorts and filters its step table with mouse and keyboard,
 * keeps hostile run text inert, shows no key, and stays within 5,000,000 bytes and 2 s to
 * DOMContentLoaded for 1,000 steps whose texts are far larger than that.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { writeReportRun, HOSTILE } from '../../bench/lib/report-run.mjs';
import { writeRunReport } from '../../src/report/html/write.js';
import type { CompletionRequest, CompletionResult } from '../../src/providers/types.js';
import { ProviderError } from '../../src/util/errors.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';
import { chromiumAvailable, launchChromium, openFile, type OpenedPage } from '../helpers/browser.js';

const haveBrowser = chromiumAvailable();
const describeBrowser = haveBrowser ? describe : describe.skip;

let browser: Browser;
let tmp: string;
let big: { file: string; bytes: number; opened: OpenedPage };

describeBrowser('the HTML report in headless Chromium', () => {
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'orch-report-'));
    browser = await launchChromium();
    // 1,000 steps (799 plain, a fan-out of 200 instances), each with a 20 kB prompt and response: ~60 MB of text.
    const run = writeReportRun(join(tmp, 'runs'), { steps: 1000, textBytes: 20_000 });
    const { file, bytes } = await writeRunReport(run.dir);
    big = { file, bytes, opened: await openFile(browser, file, { loads: 3 }) };
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('a 1,000-step report is at most 5,000,000 bytes and reaches DOMContentLoaded with its table within 2 s', () => {
    expect(statSync(big.file).size).toBe(big.bytes);
    expect(big.bytes).toBeLessThanOrEqual(5_000_000);
    expect(big.opened.rowsAtDomContentLoaded).toBe(1000);
    expect(big.opened.domContentLoadedMs).toBeLessThan(2000);
    // Long texts were cut, and the page says so.
    expect(readFileSync(big.file, 'utf8')).toContain('Cut to fit the report');
  });

  test('no request leaves the page, nothing is logged as an error, and the CSP forbids remote loads', async () => {
    const { page, requests, problems } = big.opened;
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.getAttribute('content') ?? '');
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });

  test('hostile text from the run stays text: no element, script, link or image comes from it', async () => {
    const { page } = big.opened;
    const found = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned,
      imgs: document.querySelectorAll('img, iframe, object, embed, link, svg image, foreignObject').length,
      scripts: [...document.scripts].filter((x) => x.type !== 'application/json').length,
      styles: document.querySelectorAll('style').length,
      external: [...document.querySelectorAll('a[href]')]
        .map((a) => a.getAttribute('href')!)
        .filter((h) => !/^#s-\d+$/.test(h)),
      handlers: [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => a.name.startsWith('on')),
      ).length,
      text: document.body.textContent ?? '',
    }));
    expect(found.pwned).toBeUndefined();
    expect(found.imgs).toBe(0);
    expect(found.scripts).toBe(1);
    expect(found.styles).toBe(1);
    expect(found.external).toEqual([]);
    expect(found.handlers).toBe(0);
    // The hostile step id and instance key are listed as text.
    expect(found.text).toContain('x<img src=x onerror="window.__pwned=6">');
    expect(found.text).toContain('fan[<b onmouseover=alert(1)>](javascript:alert(1))]');
    // Each step's details, chosen in turn, show the hostile texts as text and run nothing.
    await page.hover('#dag-svg .node');
    const opened = await page.evaluate(async (n) => {
      let text = '';
      let elements = 0;
      for (let i = 0; i < n; i++) {
        location.hash = `#s-${i}`;
        await new Promise((r) => setTimeout(r, 0));
        const panel = document.getElementById('detail')!;
        text += panel.textContent;
        elements += panel.querySelectorAll('img, iframe, object, embed, link, style, script, a, svg').length;
      }
      return {
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        elements,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        text,
      };
    }, 1000);
    expect(opened.pwned).toBeUndefined();
    expect(opened.elements).toBe(0);
    expect(opened.handlers).toBe(0);
    for (const h of HOSTILE.slice(0, 5)) expect(opened.text).toContain(h);
  });

  test('the DAG draws a fan-out as one node with its count, and the timeline one row per step', async () => {
    const { page } = big.opened;
    const dag = await page.evaluate(() => ({
      nodes: document.querySelectorAll('#dag-svg .node').length,
      fan: [...document.querySelectorAll('#dag-svg .node.fan')].map((g) => g.textContent),
      rows: document.querySelectorAll('#timeline-svg .row').length,
    }));
    expect(dag.nodes).toBe(800);
    expect(dag.fan).toHaveLength(1);
    expect(dag.fan[0]).toMatch(/fan ×200/);
    expect(dag.rows).toBeGreaterThan(100);
    // Zoom changes the view box; Fit shows the whole graph.
    const before = await page.$eval('#dag-svg', (s) => s.getAttribute('viewBox'));
    await page.click('#zoom-in');
    expect(await page.$eval('#dag-svg', (s) => s.getAttribute('viewBox'))).not.toBe(before);
  });
});

async function rowTexts(page: Page, col: number): Promise<string[]> {
  return page.$$eval(
    '#steps tbody tr:not([hidden])',
    (rows, c) => rows.map((r) => (r as HTMLTableRowElement).cells[c as number]!.textContent ?? ''),
    col,
  );
}

async function sortValues(page: Page, col: number): Promise<number[]> {
  return page.$$eval(
    '#steps tbody tr',
    (rows, c) => rows.map((r) => Number((r as HTMLTableRowElement).cells[c as number]!.getAttribute('data-v') || -1)),
    col,
  );
}

describeBrowser('the step table', () => {
  let opened: OpenedPage;
  beforeAll(async () => {
    browser = await launchChromium();
    tmp = mkdtempSync(join(tmpdir(), 'orch-report-'));
    const run = writeReportRun(join(tmp, 'runs'), { steps: 60, instances: 10, textBytes: 200, jobId: 'small' });
    opened = await openFile(browser, (await writeRunReport(run.dir)).file);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  test('a header click sorts by its column, and again the other way', async () => {
    const { page } = opened;
    await page.click('#steps th:nth-child(3) button');
    expect(await page.$eval('#steps th:nth-child(3)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    const asc = await sortValues(page, 2);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await page.click('#steps th:nth-child(3) button');
    expect(await page.$eval('#steps th:nth-child(3)', (th) => th.getAttribute('aria-sort'))).toBe('descending');
    const desc = await sortValues(page, 2);
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(new Set(desc).size).toBeGreaterThan(5);
  });

  test('the keyboard reaches the sort buttons: Tab from the filter, Enter sorts', async () => {
    const { page } = opened;
    await page.focus('#filter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.textContent)).toBe('Step');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('th')?.textContent)).toBe('Status');
    await page.keyboard.press('Enter');
    expect(await page.$eval('#steps th:nth-child(2)', (th) => th.getAttribute('aria-sort'))).toBe('ascending');
    const statuses = await rowTexts(page, 1);
    expect(statuses).toEqual(
      [...statuses].sort((a, b) =>
        a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0,
      ),
    );
  });

  test('the filter matches step id, status and provider', async () => {
    const { page } = opened;
    const all = (await rowTexts(page, 0)).length;
    await page.type('#filter', 's0001');
    expect(await rowTexts(page, 0)).toEqual(['s0001']);
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe(`1 of ${all} steps`);
    await page.$eval('#filter', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('#filter', 'skipped');
    const skipped = await rowTexts(page, 1);
    expect(skipped.length).toBeGreaterThan(0);
    for (const s of skipped) expect(s).toMatch(/skipped/);
    await page.$eval('#filter', (i) => ((i as HTMLInputElement).value = ''));
    await page.type('#filter', 'OPENAI');
    const byProvider = await rowTexts(page, 4);
    expect(byProvider.length).toBeGreaterThan(0);
    expect(byProvider.length).toBeLessThan(all);
    for (const p of byProvider) expect(p).toMatch(/openai/);
  });
});

const KEY = 'sk-report-0123456789abcdefSECRET';

class LeakyProvider extends FakeProvider {
  override async complete(req: CompletionRequest): Promise<CompletionResult> {
    if (req.stepId === 'broken')
      throw new ProviderError('E_AUTH', this.name, `401 Incorrect API key provided: ${KEY}`, {
        status: 401,
        retryable: false,
      });
    return super.complete(req);
  }
}

describeBrowser('a real run with a key in a provider error and hostile model output', () => {
  const { ws, run } = engineWorkspacePerTest();
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => browser?.close());

  test('report.html is written at the end of the run; the key appears nowhere, the answer is text', async () => {
    const fake = new LeakyProvider('fake', { fine: { text: `${HOSTILE[0]} ${HOSTILE[1]} [x](javascript:alert(1))` } });
    const result = await run(
      fakeSpec(`  fine: { prompt: "say hi", outputs: [{ path: fine.md }] }
  broken: { prompt: "fail please", needs: [fine] }
`),
      fake,
      { secrets: [KEY] },
    );
    expect(result.status).toBe('failed');
    const file = join(result.runDir, 'report.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toContain(KEY);
    expect(html).toContain('Incorrect API key provided: ***');
    const { page, requests, problems } = await openFile(browser, file);
    const seen = await page.evaluate(async () => {
      let text = document.body.innerText;
      for (const i of [0, 1]) {
        // A click on the step's link in the table shows its details.
        (document.querySelector(`#steps a[href="#s-${i}"]`) as HTMLAnchorElement).click();
        await new Promise((r) => setTimeout(r, 0));
        text += document.getElementById('detail')!.innerText;
      }
      return { text, imgs: document.images.length, pwned: (window as unknown as { __pwned?: number }).__pwned };
    });
    expect(seen.text).not.toContain(KEY);
    expect(seen.text).toContain('401 Incorrect API key provided: ***');
    expect(seen.text).toContain(HOSTILE[0]);
    expect(seen.imgs).toBe(0);
    expect(seen.pwned).toBeUndefined();
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    expect(ws.read('runs', result.jobId, 'report.html')).toBe(html);
  });
});
