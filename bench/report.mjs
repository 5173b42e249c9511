#!/usr/bin/env node
/**
 * `npm run bench:report` (after `npm run build`): the HTML run report of a generated 1,000-step
 * run (bench/lib/report-run.mjs: 799 steps and a 200-instance fan-out, a 20 kB prompt and
 * response each, hostile texts) — how long writing it takes, its size, and DOMContentLoaded with
 * the step table present in headless Chromium (Debian's package, scripts/ensure-chromium.sh),
 * over several loads; requests and console errors are counted. Prints a Markdown section for
 * docs/benchmarks.md.
 *
 *   node bench/report.mjs [--loads N] [--screenshot FILE]
 *
 * --screenshot writes the README's picture: the top of the report of a smaller run of the same
 * kind, as headless Chromium draws it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
/* global document, window */
import puppeteer from 'puppeteer-core';
import { writeReportRun } from './lib/report-run.mjs';
import { machineInfo } from './lib/machine.mjs';
import { writeRunReport } from '../lib/report/html/write.js';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 7;
const SHOT = args.includes('--screenshot') ? resolve(args[args.indexOf('--screenshot') + 1]) : undefined;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function open(browser, file, viewport = { width: 1400, height: 900 }) {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const url = pathToFileURL(file).href;
  const requests = [];
  const problems = [];
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url && r.isNavigationRequest()) r.continue();
    else {
      requests.push(r.url());
      r.abort();
    }
  });
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener(
      'DOMContentLoaded',
      () => (window.__rowsAtDcl = document.querySelectorAll('#steps tbody tr').length),
    );
  });
  return { page, url, requests, problems };
}

const tmp = mkdtempSync(join(tmpdir(), 'orch-bench-report-'));
const browser = await puppeteer.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const run = writeReportRun(join(tmp, 'runs'), { steps: 1000, textBytes: 20_000 });
  const writes = [];
  let written;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    written = await writeRunReport(run.dir);
    writes.push(performance.now() - t);
  }
  const { page, url, requests, problems } = await open(browser, written.file);
  const dcl = [];
  let rows = 0;
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url, { waitUntil: 'load' });
    const t = await page.evaluate(() => ({
      dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
      rows: window.__rowsAtDcl,
    }));
    dcl.push(t.dcl);
    rows = t.rows;
  }
  const m = machineInfo();
  const version = (await browser.version()).replace(/^HeadlessChrome\//, 'Chromium ');
  const load = (await import('node:os')).loadavg()[0].toFixed(1);
  console.log(`## HTML report

\`npm run bench:report\` (bench/report.mjs) on ${m.cpu}, ${m.cores} cores, ${m.os}, Node ${m.node}, ${version} headless
(Debian package), load average ${load} when measured. A generated run of ${run.steps} steps (799 steps and a fan-out of
200 instances; a 20 kB prompt and a 20 kB response per step, 3 kB outputs, check verdicts with judge reasons, hostile
markup in texts, ids and keys).

| figure | value | bound |
|---|---:|---:|
| report.html size | ${written.bytes.toLocaleString('en-US')} bytes | <= 5,000,000 |
| writing it (read the run folder + render + write), median of 3 | ${Math.round(median(writes))} ms | |
| DOMContentLoaded, step table present (${rows} rows), median of ${LOADS} loads | ${Math.round(median(dcl))} ms | < 2,000 ms |
| DOMContentLoaded, fastest load | ${Math.round(Math.min(...dcl))} ms | |
| requests other than the page | ${requests.length} | 0 |
| console errors and warnings | ${problems.length} | 0 |
`);
  if (requests.length || problems.length)
    console.error({ requests: requests.slice(0, 5), problems: problems.slice(0, 5) });
  await page.close();

  if (SHOT) {
    const small = writeReportRun(join(tmp, 'shot'), {
      steps: 48,
      instances: 12,
      textBytes: 600,
      jobId: 'release-notes-20261207-031500-ab12',
      seed: 11,
    });
    const file = (await writeRunReport(small.dir)).file;
    const o = await open(browser, file, { width: 1280, height: 1100 });
    await o.page.goto(o.url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    await o.page.screenshot({ path: SHOT, fullPage: false });
    console.error(`wrote ${SHOT}`);
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
