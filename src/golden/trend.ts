/**
 * The golden history as a trend (docs/reference.md, "Golden checks"): a Mermaid `xychart-beta`
 * of the share of files that were same or equivalent in each check (x = check number, oldest
 * first, the current check last), and the first check of the current drift/unmeasured streak.
 */
import { streakStart, type GoldenCheck } from './history.js';

/** Percent of a check's files that were same or equivalent (100 for a check with no files). */
export function cleanShare(check: GoldenCheck): number {
  if (!check.files.length) return 100;
  const ok = check.files.filter((f) => f.verdict === 'same' || f.verdict === 'equivalent').length;
  return Math.round((ok / check.files.length) * 1000) / 10;
}

export function trendChart(history: readonly GoldenCheck[]): string {
  const xs = history.map((_, i) => String(i + 1));
  const drift = history.map((c) => c.files.filter((f) => f.verdict === 'drift' || f.verdict === 'unmeasured').length);
  const maxDrift = Math.max(1, ...drift);
  return [
    'xychart-beta',
    '  title "Golden checks: files same or equivalent (%)"',
    `  x-axis "check" [${xs.join(', ')}]`,
    `  y-axis "percent" 0 --> 100`,
    `  bar [${drift.map((d) => Math.round((d / maxDrift) * 1000) / 10).join(', ')}]`,
    `  line [${history.map(cleanShare).join(', ')}]`,
  ].join('\n');
}

/**
 * The history comes back from the cache: only a hex commit, an ISO time and an https link without
 * Markdown-breaking characters reach the summary and the issue.
 */
function describe(check: GoldenCheck): string {
  const sha = typeof check.commit === 'string' ? check.commit.slice(0, 12).replace(/[^0-9a-f]/gi, '') : '';
  const commit = sha ? `commit \`${sha}\`` : 'an unknown commit';
  const time = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(check.time) ? check.time : 'an unknown time';
  const run =
    typeof check.runUrl === 'string' && /^https:\/\/[^\s()<>[\]`]+$/.test(check.runUrl)
      ? `[workflow run](${check.runUrl})`
      : 'no run link';
  return `${commit}, ${time}, ${run}`;
}

/** Markdown: the chart, a legend, and where the current drift began (when it did). */
export function trendMarkdown(history: readonly GoldenCheck[]): string {
  if (!history.length) return '';
  const streak = streakStart(history);
  const lines = [
    `### Golden trend (last ${history.length} check${history.length === 1 ? '' : 's'}, the current one last)`,
    '',
    '```mermaid',
    trendChart(history),
    '```',
    '',
    'Line: percent of files same or equivalent. Bars: drifted or unmeasured files, scaled to the largest count.',
  ];
  if (streak) {
    lines.push(
      '',
      streak.length === 1
        ? `Drift began with this check (${describe(streak.check)}).`
        : `Drift began ${streak.length} checks ago, at check ${history.length - streak.length + 1}: ` +
            `${describe(streak.check)}.`,
    );
  }
  return lines.join('\n');
}
