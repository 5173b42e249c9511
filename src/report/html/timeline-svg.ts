/**
 * The timeline of the HTML report as an SVG: one row per step (a fanned-out step's instances
 * share their step's row, from the first start to the last end, with their count), in start
 * order, bars coloured by status, a time axis from the job's start.
 */
import { formatDuration } from '../format.js';
import { statusClass } from './dag-svg.js';
import { esc, short } from './escape.js';
import type { ReportStep } from './model.js';

const LABEL_W = 220;
const ROW_H = 18;
const AXIS_H = 24;
const PLOT_W = 900;

interface Row {
  id: string;
  index: number;
  status: string;
  start: number;
  end: number;
  count?: number;
  cache: string;
}

function times(s: ReportStep): { start: number; end: number } | undefined {
  const start = s.started_at ? Date.parse(s.started_at) : NaN;
  let end = s.finished_at ? Date.parse(s.finished_at) : NaN;
  if (!Number.isFinite(start)) return undefined;
  if (!Number.isFinite(end))
    end = typeof s.duration_ms === 'number' && Number.isFinite(s.duration_ms) ? start + s.duration_ms : start;
  return { start, end: Math.max(start, end) };
}

function tickStep(span: number): number {
  const target = span / 8;
  for (const s of [
    1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000,
    900_000, 1_800_000, 3_600_000, 7_200_000,
  ]) {
    if (s >= target) return s;
  }
  return Math.ceil(target / 3_600_000) * 3_600_000;
}

export function renderTimelineSvg(
  steps: readonly ReportStep[],
  jobStart?: string,
): { svg: string; rows: number; untimed: number } {
  const rows = new Map<string, Row>();
  let untimed = 0;
  steps.forEach((s, index) => {
    const t = times(s);
    if (!t) {
      if (s.instance_of === undefined) untimed++;
      return;
    }
    const key = s.instance_of ?? s.id;
    const prev = rows.get(key);
    if (prev && s.instance_of !== undefined) {
      prev.start = Math.min(prev.start, t.start);
      prev.end = Math.max(prev.end, t.end);
      prev.count = (prev.count ?? 0) + 1;
      if (s.status === 'failed') prev.status = 'failed';
      return;
    }
    if (prev) {
      // The fanned-out step's own entry: its status wins, the instances' span stays.
      prev.status = s.status;
      prev.index = index;
      prev.start = Math.min(prev.start, t.start);
      prev.end = Math.max(prev.end, t.end);
      return;
    }
    rows.set(key, {
      id: key,
      index,
      status: s.status,
      start: t.start,
      end: t.end,
      cache: s.cache,
      ...(s.instance_of !== undefined ? { count: 1 } : {}),
    });
  });
  const list = [...rows.values()].sort((a, b) => a.start - b.start || a.index - b.index);
  const parsedStart = jobStart ? Date.parse(jobStart) : NaN;
  const t0 = Math.min(Number.isFinite(parsedStart) ? parsedStart : Infinity, ...list.map((r) => r.start));
  const t1 = Math.max(t0 + 1, ...list.map((r) => r.end));
  const span = t1 - t0;
  const x = (t: number) => LABEL_W + Math.round(((t - t0) / span) * PLOT_W * 10) / 10;
  const width = LABEL_W + PLOT_W + 20;
  const height = AXIS_H + Math.max(1, list.length) * ROW_H + 4;
  const parts: string[] = [
    `<svg id="timeline-svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
      `width="${width}" height="${height}" role="img" aria-label="Timeline of ${list.length} steps">`,
  ];
  const step = tickStep(span);
  let ticks = '';
  let tickLines = '';
  for (let t = 0; t <= span; t += step) {
    const xt = x(t0 + t);
    ticks += `<text x="${xt}" y="14" class="tick">${esc(formatDuration(t))}</text>`;
    tickLines += `M${xt} ${AXIS_H - 4}V${height}`;
  }
  parts.push(`<path class="grid" d="${tickLines}"/>`, ticks);
  list.forEach((r, i) => {
    const y = AXIS_H + i * ROW_H;
    const xs = x(r.start);
    const w = Math.max(2, x(r.end) - xs);
    const name = r.count !== undefined ? `${short(r.id, 24)} ×${r.count}` : short(r.id, 30);
    const what =
      `${short(r.id, 300)}${r.count !== undefined ? ` (${r.count} instances)` : ''}: ${r.status}, ` +
      `${formatDuration(r.end - r.start)}${r.cache === 'hit' ? ', cache hit' : ''}, from +` +
      `${formatDuration(r.start - t0)}`;
    parts.push(
      `<g class="row st-${statusClass(r.status)}" data-s="${r.index}"><title>${esc(what)}</title>` +
        `<text x="4" y="${y + 13}" class="lbl">${esc(name)}</text>` +
        `<rect x="${xs}" y="${y + 3}" width="${w}" height="${ROW_H - 6}" rx="2"/></g>`,
    );
  });
  parts.push('</svg>');
  return { svg: parts.join(''), rows: list.length, untimed };
}
