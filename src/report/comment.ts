/**
 * The sticky PR comment: one per job name, found again by a hidden marker and updated in place.
 * Pure. GitHub refuses bodies over 65,536 characters (JS string length: UTF-16 code units), so the
 * body is fitted in characters, shrinking sections before dropping any (./fit.js).
 */
import type { OrchestratorEvent } from '../events/types.js';
import type { Manifest } from '../run/manifest-types.js';
import { digestEvents } from './digest.js';
import { fitReport, measureChars, type Section } from './fit.js';
import { clip, code, fence, formatCost, formatCount, formatDuration, num, statusIcon } from './format.js';
import { stepTally } from './counts.js';
import { PR_CHANGES_LEVELS, renderPrChanges, type PrChanges } from './pr-changes.js';
import { renderPrQuality, type PrQuality } from './pr-quality.js';
import {
  checksSection,
  FAILURE_LEVELS,
  failuresSection,
  modelsSection,
  PREVIEW_LEVELS,
  previewsSection,
  stepOrder,
  stepTable,
  collapsible,
  normalizeManifest,
  type StepPreview,
} from './sections.js';
import { cacheText, linksLine, statusWord, whereElse, type GoldenResult, type ReportLinks } from './summary.js';
import { budgetLine, promptCacheLine } from './budget-lines.js';
import { samplesSection } from './samples.js';

export const COMMENT_LIMIT_CHARS = 65_536;

/** The hidden marker; a job name outside the spec's name pattern cannot break out of the comment. */
export function commentMarker(jobName: string): string {
  return `<!-- orchestrator-action:${String(jobName).replace(/[^a-z0-9._-]/g, '_')} -->`;
}

export interface CommentOptions extends ReportLinks {
  golden?: GoldenResult;
  maxChars?: number;
  /** Steps listed in full up to this many; beyond it, failures first. */
  maxTableRows?: number;
  /** What this PR changed against the base branch's latest run. */
  changes?: PrChanges;
  /** Said when there was no base run to compare with (e.g. "no run of main cached yet"). */
  changesNote?: string;
  previews?: Readonly<Record<string, StepPreview>>;
  /** Sampled steps' pass rates against the base branch's latest run (./pr-quality.js). */
  quality?: PrQuality;
}

const COMMENT_FAILURES = [{ errorChars: 2000, count: 30 }, { errorChars: 800, count: 30 }, ...FAILURE_LEVELS.slice(3)];

export function renderComment(
  manifest: Manifest,
  events: Iterable<OrchestratorEvent>,
  options: CommentOptions = {},
): string {
  const maxChars = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
  const m = normalizeManifest(manifest);
  const t = m.totals ?? ({} as Manifest['totals']);
  // Steps are the spec's, instances apart, as every report counts them (src/report/counts.ts).
  const tally = stepTally(m);
  const digest = digestEvents(events);
  const marker = commentMarker(m.job_name);
  const where = whereElse(options) ?? 'the job summary';
  const head = [
    marker,
    `### ${statusIcon(m.status)} orchestrator: ${code(m.job_name, 100)} ${statusWord(m.status)}`,
    '',
    `**${formatCount(tally.succeeded)}** succeeded · **${formatCount(tally.failed)}** failed · ` +
      `**${formatCount(tally.skipped)}** skipped of ${formatCount(tally.steps)} ` +
      `step${tally.steps === 1 ? '' : 's'}` +
      (tally.instances.total ? ` (+${formatCount(tally.instances.total)} instances)` : '') +
      ' · ' +
      `${formatDuration(t.duration_ms)} · ${cacheText(m)} · ` +
      `${formatCount(num(t.input_tokens) + num(t.output_tokens))} tokens · ${formatCost(t.cost_usd)}`,
    '',
    linksLine(m, options).join(' · '),
    ...(budgetLine(m) ? ['', budgetLine(m)!] : []),
    ...(promptCacheLine(m) ? ['', promptCacheLine(m)!] : []),
  ].join('\n');

  const total = stepOrder(m).length;
  const rows = [options.maxTableRows ?? 50, 30, 10].filter((n, i, a) => i === 0 || n < a[0]);
  const sections: Section[] = [
    { name: 'title and totals', keep: Infinity, levels: 1, render: () => head },
    {
      name: 'failures',
      keep: 100,
      levels: COMMENT_FAILURES.length,
      render: (l) => failuresSection(m, digest, COMMENT_FAILURES[l], '**Failures**'),
    },
    ...(options.golden?.drift
      ? [
          {
            name: 'golden diff',
            keep: 90,
            levels: 3,
            render: (l: number) =>
              [
                '**❌ Golden outputs drifted**',
                '',
                ...(l < 2
                  ? [
                      '<details><summary>Diff</summary>',
                      '',
                      fence(clip(options.golden!.diff, [20_000, 3_000][l]), 'diff'),
                      '',
                      '</details>',
                    ]
                  : [
                      `Changed: ${options
                        .golden!.changed.slice(0, 30)
                        .map((x) => code(x, 120))
                        .join(', ')}`,
                    ]),
              ].join('\n'),
          },
        ]
      : []),
    ...(options.quality && Object.keys(options.quality).length
      ? [
          {
            name: 'quality against the base branch',
            keep: 85,
            levels: 3,
            render: (l: number) =>
              renderPrQuality(
                options.quality!,
                '**Quality against the base branch**',
                [100, 30, 10][l],
                options.changesNote,
              ),
          },
        ]
      : []),
    ...(options.changes || options.changesNote
      ? [
          {
            name: 'what this PR changed',
            keep: 80,
            levels: PR_CHANGES_LEVELS.length,
            render: (l: number) =>
              options.changes
                ? renderPrChanges(options.changes, PR_CHANGES_LEVELS[l])
                : `**What this PR changed:** ${options.changesNote}`,
          },
        ]
      : []),
    {
      name: 'step table',
      keep: 70,
      levels: rows.length,
      render: (l) =>
        collapsible(
          `Steps (${formatCount(total)}${total > rows[l] ? '; failures first' : ''})`,
          stepTable(m, digest, rows[l], where),
          false,
        ),
    },
    {
      name: 'cost per model',
      keep: 65,
      levels: 1,
      render: () => {
        const s = modelsSection(m, '');
        return s ? collapsible('Cost per model', s.trim(), false) : '';
      },
    },
    { name: 'samples', keep: 75, levels: 2, render: (l) => samplesSection(m, [30, 10][l]!, '**Samples**') },
    { name: 'check results', keep: 60, levels: 2, render: (l) => checksSection(m, digest, [50, 15][l], '**Checks**') },
    {
      name: 'output previews',
      keep: 40,
      levels: PREVIEW_LEVELS.length,
      render: (l) => {
        const s = previewsSection(
          m,
          options.previews,
          { ...PREVIEW_LEVELS[l], steps: Math.min(10, PREVIEW_LEVELS[l].steps) },
          '**Outputs**',
        );
        return s;
      },
    },
  ];
  const note = (names: string[]) =>
    `> ⚠️ Comment cut to stay under GitHub's 65,536-character limit; left out: ${names.join(', ')}. ` +
    `Everything is in ${where}.`;
  return fitReport(sections, maxChars, measureChars, note).text;
}
