/**
 * A Mermaid Gantt timeline of the steps, from their started/finished times. Pure. Steps that never
 * started (skipped, pending) have no bar. Big jobs are cut to `maxTasks` (failures first).
 */
import type { Manifest } from '../run/manifest-types.js';
import type { Diagram } from './mermaid-status.js';
import { failuresFirst } from './mermaid-status.js';
import { pickSteps } from './format.js';

export interface GanttOptions {
  maxTasks?: number;
  maxChars?: number;
}

export function renderGantt(manifest: Manifest, options: GanttOptions = {}): Diagram {
  const maxTasks = options.maxTasks ?? 200;
  const maxChars = options.maxChars ?? 40_000;
  const timed = Object.keys(manifest.steps).filter((id) => {
    const s = manifest.steps[id];
    return s.started_at !== undefined && Number.isFinite(Date.parse(s.started_at));
  });
  const chosen = pickSteps(timed, maxTasks, failuresFirst(manifest))
    .sort((a, b) => Date.parse(manifest.steps[a].started_at!) - Date.parse(manifest.steps[b].started_at!));
  const lines = [
    'gantt',
    `  title ${manifest.job_name} (${manifest.job_id})`.replace(/[:#;]/g, ' '),
    '  dateFormat x',
    '  axisFormat %M:%S',
    '  section steps',
  ];
  let chars = lines.join('\n').length;
  let shown = 0;
  for (const [i, id] of chosen.entries()) {
    const step = manifest.steps[id];
    const start = Date.parse(step.started_at!);
    const finishedAt = step.finished_at ? Date.parse(step.finished_at) : NaN;
    const end = Number.isFinite(finishedAt) ? finishedAt : start + (step.duration_ms ?? 0);
    // Mermaid draws nothing for a zero-length bar; a cached step still deserves a sliver.
    const stop = Math.max(end, start + 1);
    const tag = step.status === 'failed' ? 'crit, ' : step.status === 'running' ? 'active, ' : step.status === 'succeeded' ? 'done, ' : '';
    const label = step.cache === 'hit' ? `${id} (cached)` : id;
    const line = `  ${label} :${tag}t${i}, ${start}, ${stop}`;
    if (chars + line.length + 1 > maxChars) break;
    lines.push(line);
    chars += line.length + 1;
    shown++;
  }
  return { text: lines.join('\n'), shown, total: timed.length };
}
