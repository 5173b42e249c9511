/**
 * A Mermaid Gantt timeline of the steps, from their started/finished times. Pure. Steps that never
 * started (skipped, pending) have no bar. Big jobs are cut to `maxTasks` (failures first).
 *
 * The axis is elapsed time since the first step started, not wall-clock time: bars are given as
 * local date-times counted from 2000-01-01 00:00:00 (Mermaid parses `dateFormat` strings with
 * dayjs in the viewer's time zone and formats the axis with d3 in the same zone, so the offset
 * cancels out in every zone).
 *
 * Every task line starts with a status mark, so no step id can be read as a Gantt keyword
 * (`click`, `call`, `title`, `section`, `excludes`, `dateFormat`, `topAxis`, ...), and `:`, `#`
 * and `;` (task data, comments, statement ends) never appear in a label.
 */
import type { Manifest } from '../run/manifest-types.js';
import type { Diagram } from './mermaid-status.js';
import { failuresFirst } from './mermaid-status.js';
import { pickSteps } from './format.js';
import { MERMAID_MAX_TEXT } from './mermaid.js';
import { withoutInstances } from './instances.js';

export interface GanttOptions {
  maxTasks?: number;
  maxChars?: number;
}

const EPOCH = Date.UTC(2000, 0, 1);
const MARKS: Record<string, string> = { succeeded: '✓', failed: '✗', running: '…', skipped: '-', pending: '-' };

/** Elapsed ms as a local date-time string that Mermaid parses with `dateFormat`. */
function at(elapsedMs: number): string {
  return new Date(EPOCH + Math.max(0, Math.round(elapsedMs))).toISOString().slice(0, 23).replace('T', ' ');
}

export function ganttLabel(text: string): string {
  return text
    .replace(/[:#;\r\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
}

function axisFormat(spanMs: number): string {
  if (spanMs < 60 * 60_000) return '%M:%S';
  if (spanMs < 24 * 60 * 60_000) return '%H:%M';
  return 'day %e %H:%M';
}

export function renderGantt(manifest: Manifest, options: GanttOptions = {}): Diagram {
  const maxTasks = options.maxTasks ?? 200;
  const maxChars = Math.min(options.maxChars ?? 40_000, MERMAID_MAX_TEXT);
  // A fanned-out step's bar spans its instances: one bar per step however many items it had.
  const timed = withoutInstances(manifest, Object.keys(manifest.steps)).filter((id) => {
    const s = manifest.steps[id];
    return s.started_at !== undefined && Number.isFinite(Date.parse(s.started_at));
  });
  const chosen = pickSteps(timed, maxTasks, failuresFirst(manifest)).sort(
    (a, b) => Date.parse(manifest.steps[a].started_at!) - Date.parse(manifest.steps[b].started_at!),
  );
  const t0 = Math.min(...timed.map((id) => Date.parse(manifest.steps[id].started_at!)));
  const bars = chosen.map((id) => {
    const step = manifest.steps[id];
    const start = Date.parse(step.started_at!) - t0;
    const finishedAt = step.finished_at ? Date.parse(step.finished_at) - t0 : NaN;
    const end = Number.isFinite(finishedAt) ? finishedAt : start + (step.duration_ms ?? 0);
    // Mermaid draws nothing for a zero-length bar; a cached step still deserves a sliver.
    return { id, start, stop: Math.max(end, start + 1) };
  });
  const span = Math.max(1, ...bars.map((b) => b.stop));
  const lines = [
    'gantt',
    `  title ${ganttLabel(`${manifest.job_name} (${manifest.job_id}), elapsed time`)}`,
    '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
    `  axisFormat ${axisFormat(span)}`,
    '  section steps',
  ];
  let chars = lines.join('\n').length;
  let shown = 0;
  for (const [i, bar] of bars.entries()) {
    const step = manifest.steps[bar.id];
    const tag =
      step.status === 'failed'
        ? 'crit, '
        : step.status === 'running'
          ? 'active, '
          : step.status === 'succeeded'
            ? 'done, '
            : '';
    const label = `${MARKS[step.status] ?? '-'} ${ganttLabel(bar.id)}${step.cache === 'hit' ? ' (cached)' : ''}`;
    const line = `  ${label} :${tag}t${i}, ${at(bar.start)}, ${at(bar.stop)}`;
    if (chars + line.length + 1 > maxChars) break;
    lines.push(line);
    chars += line.length + 1;
    shown++;
  }
  return { text: lines.join('\n'), shown, total: timed.length };
}
