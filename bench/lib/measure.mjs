/**
 * Runs one measurement in a child process, one at a time (the machine has 2 cores; two
 * measurements side by side would time each other). Wall time is taken around the whole child;
 * the child's own timings and peak RSS come back through a result file.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const BENCH_DIR = dirname(here);
export const ROOT = dirname(BENCH_DIR);
const PROBE = pathToFileURL(join(here, 'rss-probe.mjs')).href;

/**
 * Spawns `node [--import probe] args...`; resolves { wallMs, maxRssKb, timedOut, code, result,
 * stderr }. `result` is the parsed $BENCH_RESULT_FILE when the child wrote one.
 */
export function runNode(args, { timeoutMs = 120_000, env = {}, probe = true, cwd = ROOT, stdout = 'ignore', nodeArgs = [] } = {}) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-m-'));
  const rssFile = join(scratch, 'rss');
  const resultFile = join(scratch, 'result.json');
  const argv = [...nodeArgs, ...(probe ? ['--import', PROBE] : []), ...args];
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, argv, {
      cwd,
      env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile, BENCH_RESULT_FILE: resultFile },
      stdio: ['ignore', stdout, 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => { if (stderr.length < 20_000) stderr += d; });
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      let maxRssKb;
      let result;
      if (existsSync(rssFile)) maxRssKb = Number(readFileSync(rssFile, 'utf8'));
      if (existsSync(resultFile)) {
        result = JSON.parse(readFileSync(resultFile, 'utf8'));
        maxRssKb ??= result.maxRssKb;
      }
      rmSync(scratch, { recursive: true, force: true });
      resolve({ wallMs, maxRssKb, timedOut, code, result, stderr });
    });
  });
}

export function median(values) {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
}
