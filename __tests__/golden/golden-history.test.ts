/** The golden history window, its outcome, the drift streak and the trend chart (parsed by Mermaid 11). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  appendCheck,
  checkOutcome,
  makeCheck,
  restoreHistory,
  saveHistory,
  streakStart,
  type GoldenCheck,
} from '../../src/golden/history.js';
import { trendChart, trendMarkdown } from '../../src/golden/trend.js';
import { parseMermaid } from '../report/mermaid-parse.js';

const check = (i: number, verdicts: GoldenCheck['files'][number]['verdict'][]): GoldenCheck =>
  makeCheck({
    files: verdicts.map((verdict, k) => ({ path: `f${k}.md`, verdict, compare: 'text' })),
    time: new Date(Date.UTC(2026, 0, 1 + i)),
    commit: `${i}`.padStart(40, 'c'),
    runId: String(i),
    attempt: 1,
    runUrl: `https://github.com/o/r/actions/runs/${i}`,
  });

describe('golden history', () => {
  it('drift beats unmeasured beats flaky beats clean', () => {
    expect(checkOutcome([{ verdict: 'same' }, { verdict: 'equivalent' }])).toBe('clean');
    expect(checkOutcome([{ verdict: 'flaky' }, { verdict: 'same' }])).toBe('flaky');
    expect(checkOutcome([{ verdict: 'flaky' }, { verdict: 'unmeasured' }])).toBe('unmeasured');
    expect(checkOutcome([{ verdict: 'unmeasured' }, { verdict: 'drift' }])).toBe('drift');
  });

  it('keeps the last 100 checks, the current one last; a re-run of an attempt replaces itself', () => {
    let h: GoldenCheck[] = [];
    for (let i = 1; i <= 130; i++) h = appendCheck(h, check(i, ['same']));
    expect(h).toHaveLength(100);
    expect(h[0].runId).toBe('31');
    expect(h[99].runId).toBe('130');
    h = appendCheck(h, check(130, ['drift']));
    expect(h).toHaveLength(100);
    expect(h[99].outcome).toBe('drift');
  });

  it('names the first check of the current drift/unmeasured streak; flaky and clean end it', () => {
    const h = [check(1, ['drift']), check(2, ['flaky']), check(3, ['unmeasured']), check(4, ['drift'])];
    expect(streakStart(h)).toEqual({ check: h[2], length: 2 });
    expect(streakStart([...h, check(5, ['same'])])).toBeUndefined();
    const md = trendMarkdown(h);
    expect(md).toContain('Drift began 2 checks ago, at check 3: commit `' + '3'.padStart(40, 'c').slice(0, 12) + '`');
    expect(md).toContain('[workflow run](https://github.com/o/r/actions/runs/3)');
  });

  it('the chart of a full window parses with Mermaid 11', async () => {
    let h: GoldenCheck[] = [];
    for (let i = 1; i <= 100; i++)
      h = appendCheck(h, check(i, i % 7 === 0 ? ['drift', 'same'] : ['same', 'equivalent']));
    const chart = trendChart(h);
    await expect(parseMermaid(chart)).resolves.toBeUndefined();
    expect(chart).toContain('line [');
  });

  it('a refused save (the cache service answering 429) is a warning, and a failed restore is an empty history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orch-ghist-'));
    const warnings: string[] = [];
    const cache = {
      restore: async () => {
        throw new Error('Cache service responded with 503');
      },
      save: async () => {
        throw new Error('Cache service responded with 429: Too Many Requests');
      },
    };
    expect(await saveHistory(cache, dir, 'k', [check(1, ['same'])], (m) => warnings.push(m))).toBe(false);
    expect(await restoreHistory(cache, dir, 'k', (m) => warnings.push(m))).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('429'), expect.stringContaining('503')]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('golden trend from a restored history', () => {
  it('a tampered cache entry cannot put Markdown or links into the summary or the issue', () => {
    const bad = {
      ...check(1, ['drift']),
      commit: '](https://evil.test) <img src=x>',
      time: '<script>alert(1)</script>',
      runUrl: 'https://github.com/o/r) [click](https://evil.test',
    };
    const md = trendMarkdown([bad]);
    expect(md).not.toContain('evil.test');
    expect(md).not.toContain('<script>');
    expect(md).toContain('no run link');
  });
});

describe('a check record', () => {
  it("keeps each sampled step's pass rate, else the step's checks", () => {
    const c = makeCheck({
      files: [],
      manifest: {
        steps: {
          a: {
            samples: {
              drawn: 20,
              judged: 19,
              passed: 17,
              errored: 1,
              pass_rate: 17 / 19,
              ci_low: 0.6,
              ci_high: 0.9,
              verdict: 'pass',
            },
          },
          b: { checks: { passed: 2, failed: 1 } },
          c: {},
        },
      } as unknown as Parameters<typeof makeCheck>[0]['manifest'],
    });
    expect(c.passRates).toEqual({ a: { passed: 17, judged: 19 }, b: { passed: 2, judged: 3 } });
  });
});
