/** Small, pure formatting helpers shared by the summary and the PR comment renderers. */
import type { StepStatus, JobStatus } from '../run/manifest-types.js';

export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  if (m < 60) return `${m} min ${rest} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function formatCost(usd: number | undefined): string {
  if (!usd) return '$0';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}

export function formatCount(n: number | undefined): string {
  return (n ?? 0).toLocaleString('en-US');
}

const STATUS_ICONS: Record<JobStatus | StepStatus, string> = {
  succeeded: '✅',
  failed: '❌',
  cancelled: '🛑',
  running: '⏳',
  pending: '⏸️',
  skipped: '⏭️',
};

export function statusIcon(status: JobStatus | StepStatus): string {
  return STATUS_ICONS[status] ?? '❔';
}

/** Makes text safe inside a Markdown table cell (pipes split cells, newlines end rows). */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

/** Escapes text for HTML contexts (`<summary>`, `<details>` bodies outside code fences). */
export function html(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A fence longer than any backtick run inside `text`, so error text cannot close it early. */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** Cuts `text` to at most `max` characters, saying so. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 40))}\n… (${text.length - max + 40} more characters cut)`;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Chooses which steps to show when there are more than `limit`: failures first (they are what a
 * reader looks for), then the others, keeping the original order in the result.
 */
export function pickSteps(ids: string[], limit: number, priority: (id: string) => number): string[] {
  if (ids.length <= limit) return ids;
  const indexed = ids.map((id, i) => ({ id, i, p: priority(id) }));
  indexed.sort((a, b) => a.p - b.p || a.i - b.i);
  return indexed.slice(0, limit).sort((a, b) => a.i - b.i).map((x) => x.id);
}

/** 2 KB, 3.4 MB, 1.2 GB (decimal units, as `du --si` and the cache's --max-size parse them). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1000) return `${Math.max(0, Math.round(bytes || 0))} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = -1;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
