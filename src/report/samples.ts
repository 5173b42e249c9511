/**
 * Sampled steps in reports (docs/reference.md, "Samples and gates"): one line per sampled step,
 * `17/20 passed (85%, 95% CI 64-95%), pass`, in the terminal summary, `show`, the job summary and
 * the PR comment. Fields come from disk (older runs too): a malformed entry is skipped.
 */
import type { SamplesData } from '../events/types.js';
import type { Manifest } from '../run/manifest-types.js';
import { formatSamples } from '../quality/wilson.js';
import { cellCode, formatCount } from './format.js';

function valid(s: unknown): s is SamplesData {
  if (s === null || typeof s !== 'object') return false;
  const o = s as Record<string, unknown>;
  return (
    ['drawn', 'judged', 'passed', 'errored', 'ci_low', 'ci_high'].every((k) => typeof o[k] === 'number') &&
    typeof o.verdict === 'string'
  );
}

/** The samples line of a `samples` object read from disk, or undefined when it is malformed. */
export function samplesLineOf(s: unknown): string | undefined {
  return valid(s) ? formatSamples(s) : undefined;
}

/** Step id -> its samples line, in manifest order. */
export function sampledSteps(m: Manifest): Array<{ id: string; line: string; samples: SamplesData }> {
  const out: Array<{ id: string; line: string; samples: SamplesData }> = [];
  for (const [id, st] of Object.entries(m.steps)) {
    const s: unknown = st.samples;
    if (valid(s)) out.push({ id, line: formatSamples(s), samples: s });
  }
  return out;
}

/** Terminal lines (`run`, `show`): empty when no step was sampled. */
export function samplesLines(m: Manifest, maxRows = 50): string[] {
  const all = sampledSteps(m);
  if (!all.length) return [];
  const lines = ['samples:', ...all.slice(0, maxRows).map((s) => `  ${s.id}: ${s.line}`)];
  if (all.length > maxRows) lines.push(`  ... ${all.length - maxRows} more sampled steps (use --json for all)`);
  return lines;
}

/** The Markdown section (summary, comment): a table of the sampled steps, failing verdicts first. */
export function samplesSection(m: Manifest, maxRows: number, heading: string): string {
  const rank = (v: string): number => (v === 'pass' ? 3 : v === 'inconclusive' ? 2 : 1);
  const all = sampledSteps(m).sort((a, b) => rank(a.samples.verdict) - rank(b.samples.verdict));
  if (!all.length) return '';
  const rows = all.slice(0, maxRows).map((s) => {
    const gate =
      typeof s.samples.min_pass_rate === 'number' ? `>= ${Math.round(s.samples.min_pass_rate * 100)}%` : 'all samples';
    return `| ${cellCode(s.id)} | ${gate} | ${s.line} |`;
  });
  const cut = all.length - rows.length;
  return [
    heading,
    '',
    '| Step | Gate | Samples |',
    '|---|---|---|',
    ...rows,
    ...(cut > 0 ? ['', `> ⚠️ ${formatCount(cut)} more sampled steps not shown.`] : []),
  ].join('\n');
}
