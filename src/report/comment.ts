/**
 * The sticky PR comment: one per job name, found again by a hidden marker and updated in place.
 * Pure. GitHub refuses bodies over 65,536 characters, so the body is held under `maxChars`.
 */
import type { OrchestratorEvent } from '../events/types.js';
import type { Manifest } from '../run/manifest-types.js';
import { clip, fence, formatCost, formatCount, formatDuration, html, statusIcon } from './format.js';
import { budgetLine } from './budget-lines.js';
import { digestEvents, fitSections, renderStepTable, type GoldenResult } from './summary.js';

export const COMMENT_LIMIT_CHARS = 65_536;

export function commentMarker(jobName: string): string {
  return `<!-- orchestrator-action:${jobName} -->`;
}

export interface CommentOptions {
  runUrl?: string;
  artifactName?: string;
  golden?: GoldenResult;
  maxChars?: number;
  /** Steps listed in full up to this many; beyond it only the failures get rows. */
  maxTableRows?: number;
}

export function renderComment(manifest: Manifest, events: Iterable<OrchestratorEvent>, options: CommentOptions = {}): string {
  const maxChars = options.maxChars ?? COMMENT_LIMIT_CHARS;
  const m = manifest;
  const t = m.totals;
  const digest = digestEvents(events);
  const marker = commentMarker(m.job_name);
  const sections: string[] = [];
  const links = [options.runUrl ? `[workflow run](${options.runUrl})` : '', options.artifactName ? `artifact \`${options.artifactName}\`` : '']
    .filter(Boolean).join(' · ');
  sections.push([
    marker,
    `### ${statusIcon(m.status)} orchestrator: \`${m.job_name}\` ${m.status}`,
    '',
    `**${formatCount(t.succeeded)}** succeeded · **${formatCount(t.failed)}** failed · **${formatCount(t.skipped)}** skipped of ${formatCount(t.steps)} steps · ` +
      `${formatDuration(t.duration_ms)} · cache ${formatCount(t.cache_hits)} hit / ${formatCount(t.cache_misses)} miss · ` +
      `${formatCount(t.input_tokens + t.output_tokens)} tokens · ${formatCost(t.cost_usd)}`,
    links ? `\n${links} · attempt ${m.attempt ?? 1}` : '',
    budgetLine(m) ? `\n${budgetLine(m)}` : '', // issue-16
  ].join('\n'));

  if (options.golden?.drift) {
    sections.push(['**❌ Golden outputs drifted**', '', '<details><summary>Diff</summary>', '', fence(clip(options.golden.diff, 20_000), 'diff'), '', '</details>'].join('\n'));
  }

  const failed = m.failed_steps.length ? m.failed_steps : Object.keys(m.steps).filter((id) => m.steps[id].status === 'failed');
  if (failed.length) {
    const lines = failed.slice(0, 30).map((id) => {
      const e = m.steps[id]?.error;
      return `<details><summary>❌ <code>${html(id)}</code>${e ? ` — ${html(e.code)}` : ''}</summary>\n\n${fence(clip(e?.message ?? 'failed', 2000))}\n</details>`;
    });
    if (failed.length > 30) lines.push(`… and ${failed.length - 30} more failures (see the job summary).`);
    sections.push(lines.join('\n'));
  }

  const total = Object.keys(m.steps).length;
  const maxRows = options.maxTableRows ?? 50;
  if (total <= maxRows) {
    sections.push(`<details><summary>Steps</summary>\n\n${renderStepTable(m, digest, maxRows)}\n\n</details>`);
  } else {
    sections.push(`<details><summary>Steps (${formatCount(total)}; failures first)</summary>\n\n${renderStepTable(m, digest, maxRows)}\n\n</details>`);
  }

  // fitSections counts bytes; a character count is never larger, so the limit holds in characters too.
  let body = fitSections(sections, maxChars, 'Comment');
  if (body.length > maxChars) body = `${body.slice(0, maxChars - 80)}\n\n… (comment truncated)\n`;
  return body;
}
