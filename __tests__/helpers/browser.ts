/**
 * Headless Chromium (Debian's package, installed by scripts/ensure-chromium.sh) driven by
 * puppeteer-core, for the HTML report's tests. One browser per test file. Without a browser the
 * tests are skipped on a laptop, and fail when CI=true: CI must not pass by not testing.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser is there; throws when it is missing on CI. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(
      `headless Chromium is missing at ${CHROMIUM}: run scripts/ensure-chromium.sh (or set CHROMIUM_PATH)`,
    );
  console.warn(`skipping browser tests: no Chromium at ${CHROMIUM} (scripts/ensure-chromium.sh installs it)`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // --no-sandbox: CI runs these tests as root, where Chromium's sandbox cannot start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-extensions', '--no-first-run'],
  });
}

export interface OpenedPage {
  page: Page;
  /** Every request but the page's own document (each was refused). */
  requests: string[];
  /** Console errors and warnings, uncaught exceptions, CSP violations. */
  problems: string[];
  /** performance timing of the navigation, ms from its start. */
  domContentLoadedMs: number;
  /** Rows of the step table once DOMContentLoaded fired. */
  rowsAtDomContentLoaded: number;
}

/** Opens a local HTML file as a downloaded artifact would be opened (file://), refusing every other request. */
export async function openFile(
  browser: Browser,
  file: string,
  { loads = 1, viewport = { width: 1400, height: 900 } } = {},
): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const url = pathToFileURL(file).href;
  const requests: string[] = [];
  const problems: string[] = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url && r.isNavigationRequest()) void r.continue();
    else {
      requests.push(r.url());
      void r.abort();
    }
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${String(e)}`));
  // Counted before any script of the page could add rows.
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __rowsAtDcl: number }).__rowsAtDcl = document.querySelectorAll('#steps tbody tr').length;
    });
  });
  const timing = { dcl: Infinity, rows: 0 };
  // The best of `loads`: on a shared machine one load can wait for a CPU; the page's own cost is
  // what its fastest load shows.
  for (let i = 0; i < loads; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const t = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { dcl: nav.domContentLoadedEventEnd, rows: (window as unknown as { __rowsAtDcl: number }).__rowsAtDcl };
    });
    if (t.dcl < timing.dcl) Object.assign(timing, t);
  }
  return { page, requests, problems, domContentLoadedMs: timing.dcl, rowsAtDomContentLoaded: timing.rows };
}
