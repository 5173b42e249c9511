#!/usr/bin/env node
/**
 * `npm run bench:report` (after `npm run build`): the HTML run report of a generated 1,000-step
 * run (bench/lib/report-run.mjs: 799 steps and a 200-instance fan-out, a 20 kB prompt and
 * response each, hostile texts) — how long writing it takes, its size, and DOMContentLoaded with
 * the step table present in headless Chromium (Debian's package, scripts/ensure-chromium.sh),
 * over several loads; requests and console errors are counted. Prints a Markdown section for
 * docs/benchmarks.md.
 *
 * "Interactive" is the first frame drawn after DOMContentLoaded (the page painted, its table
 * sortable); "sort" is one click on the Time header, 1,000 rows reordered. Then the cost of
 * writing report.html at the end of a big run: a 10,000-step layered spec (bench/lib) run by the
 * CLI twice with a cache folder, the second run all cache hits; its wall time beside writing its
 * report alone (what the engine does at the end of every run).
 *
 *   node bench/report.mjs [--loads N] [--screenshot FILE] [--no-end-of-run]
 *
 * --screenshot writes the README's picture: the top of the report of a smaller run of the same
 * kind, as headless Chromium draws it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
/* global document, window, requestAnimationFrame */
import puppeteer from 'puppeteer-core';
import { writeReportRun } from './lib/report-run.mjs';
import { machineInfo } from './lib/machine.mjs';
import { writeRunReport } from '../lib/report/html/write.js';
import { makeGraph, uniformLatency } from './lib/graphs.mjs';
import { writeSpec } from './lib/spec-writer.mjs';

const args = process.argv.slice(2);
const LOADS = args.includes('--loads') ? Number(args[args.indexOf('--loads') + 1]) : 7;
const END_OF_RUN = !args.includes('--no-end-of-run');
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
    document.addEventListener('DOMContentLoaded', () => {
      window.__rowsAtDcl = document.querySelectorAll('#steps tbody tr').length;
      // The first frame after DOMContentLoaded: a rAF callback runs before the frame is drawn,
      // a task it queues runs after.
      requestAnimationFrame(() => setTimeout(() => (window.__firstFrame = performance.now()), 0));
    });
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
  const loadStart = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  const { page, url, requests, problems } = await open(browser, written.file);
  const dcl = [];
  const frame = [];
  const sorts = [];
  let rows = 0;
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__firstFrame !== undefined);
    const t = await page.evaluate(() => {
      const t0 = performance.now();
      document.querySelector('#steps th:nth-child(3) button').click();
      const sort = performance.now() - t0;
      return {
        dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        frame: window.__firstFrame,
        rows: window.__rowsAtDcl,
        sort,
        sorted: document.querySelector('#steps th:nth-child(3)').getAttribute('aria-sort'),
      };
    });
    if (t.sorted !== 'ascending') throw new Error('the Time header did not sort');
    dcl.push(t.dcl);
    frame.push(t.frame);
    sorts.push(t.sort);
    rows = t.rows;
  }
  const loadEnd = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  const m = machineInfo();
  const version = (await browser.version()).replace(/^HeadlessChrome\//, 'Chromium ');
  let endOfRun = '';
  if (END_OF_RUN) {
    const n = 10_000;
    const g = makeGraph('layered', n);
    const spec = writeSpec(join(tmp, 'big-spec'), g, uniformLatency(g, 0));
    const cli = (id) => {
      const t0 = performance.now();
      const r = spawnSync(
        process.execPath,
        [
          resolve('bin/orchestrator.js'),
          'run',
          '--spec',
          spec,
          '--runs-dir',
          join(tmp, 'big-runs'),
          '--cache-dir',
          join(tmp, 'big-cache'),
          '--quiet',
          '--job-id',
          id,
        ],
        { encoding: 'utf8', maxBuffer: 1 << 26 },
      );
      if (r.status !== 0) throw new Error(`run ${id}: exit ${r.status}: ${r.stderr.slice(0, 500)}`);
      return performance.now() - t0;
    };
    cli('warm');
    const hits = [1, 2, 3].map((k) => cli(`hit-${k}`));
    const reportWrites = [];
    const engineWrites = [];
    let big;
    for (let k = 1; k <= 3; k++) {
      const dir = join(tmp, 'big-runs', `hit-${k}`);
      let t0 = performance.now();
      big = await writeRunReport(dir);
      reportWrites.push(performance.now() - t0);
      // As the engine does at the end of the run: its final state given, no events folded again.
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      t0 = performance.now();
      await writeRunReport(dir, { manifest });
      engineWrites.push(performance.now() - t0);
    }
    const w = median(reportWrites);
    const e = median(engineWrites);
    const h = median(hits);
    endOfRun = `
Writing report.html at the end of a big run: a ${n.toLocaleString('en-US')}-step layered spec on a replay provider, run by
the CLI with a cache folder once to fill it, then 3 more times with every step a cache hit (load average at the end:
${loadavg()
  .map((x) => x.toFixed(1))
  .join(' / ')}).

| figure | value |
|---|---:|
| CLI run, every step a cache hit, end to end (report included), median of 3 | ${Math.round(h)} ms |
| writing its report.html as the engine does at the run's end (its final state + render + write), median of 3 | ${Math.round(e)} ms (${Math.round((e / h) * 100)}% of the run) |
| writing it from the run folder alone (\`orchestrator report\`: read and fold events.jsonl + render + write), median of 3 | ${Math.round(w)} ms |
| its size (texts left out over 3,000 steps) | ${big.bytes.toLocaleString('en-US')} bytes |
`;
  }
  console.log(`## HTML report

\`npm run bench:report\` (bench/report.mjs) on ${m.cpu}, ${m.cores} cores, ${m.os}, Node ${m.node}, ${version} headless
(Debian package). Load average (1 / 5 / 15 min) ${loadStart} before the loads and ${loadEnd} after them. A generated run of ${run.steps} steps (799 steps and a fan-out of
200 instances; a 20 kB prompt and a 20 kB response per step, 3 kB outputs, check verdicts with judge reasons, hostile
markup in texts, ids and keys).

| figure | value | bound |
|---|---:|---:|
| report.html size | ${written.bytes.toLocaleString('en-US')} bytes | <= 5,000,000 |
| writing it (read the run folder + render + write), median of 3 | ${Math.round(median(writes))} ms | |
| DOMContentLoaded, step table present (${rows} rows), median of ${LOADS} loads | ${Math.round(median(dcl))} ms | < 2,000 ms |
| DOMContentLoaded, fastest load | ${Math.round(Math.min(...dcl))} ms | |
| interactive (first frame drawn after DOMContentLoaded, table sortable), median | ${Math.round(median(frame))} ms | |
| interactive, fastest load | ${Math.round(Math.min(...frame))} ms | |
| sorting 1,000 rows by a header click, median | ${Math.round(median(sorts))} ms | |
| requests other than the page | ${requests.length} | 0 |
| console errors and warnings | ${problems.length} | 0 |
${endOfRun}`);
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
