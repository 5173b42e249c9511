/** Small, pure formatting helpers shared by the summary and the PR comment renderers. */
import type { StepStatus, JobStatus } from '../run/manifest-types.js';

/** A number from a manifest, which may be forged: anything that is not a finite number is 0. */
export function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function formatDuration(ms: number | undefined): string {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  const rest = Math.round(s - m * 60);
  if (m < 60) return `${m} min ${rest} s`;
  return `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function formatCost(usd: number | undefined): string {
  if (typeof usd !== 'number' || !Number.isFinite(usd) || !usd) return '$0';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}

/**
 * 12,345: en-US grouping. Integers (every count a report shows) without toLocaleString, whose
 * first call loads ICU's locale data (a tenth of the action's cold start) and which is slow over
 * the 10,000 cells of a large report; anything else as toLocaleString formats it.
 */
export function formatCount(n: number | undefined): string {
  const v = num(n);
  if (!Number.isSafeInteger(v)) return v.toLocaleString('en-US');
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const STATUS_ICONS: Record<JobStatus | StepStatus, string> = {
  succeeded: '✅',
  failed: '❌',
  cancelled: '🛑',
  running: '⏳',
  pending: '⏸️',
  skipped: '⏭️',
  interrupted: '⏳',
};

export function statusIcon(status: JobStatus | StepStatus): string {
  return STATUS_ICONS[status] ?? '❔';
}

/*
 * Every string from a model, a provider, a manifest or an artifact is data. It reaches Markdown in
 * one of four inert forms: a code fence (fence), a code span (code, cellCode), HTML-escaped text
 * inside an HTML block (html), or backslash-escaped Markdown text (mdText). GitHub links
 * @mentions in text outside code (they notify people), so text forms get a zero-width joiner
 * after every `@`; code is shown verbatim, where GitHub links nothing.
 */

const ZWJ = '\u200d';

/**
 * `@name` -> `@\u200dname`: reads the same, pings no one, links to no team. `#12` and `GH-12`
 * get the same treatment so data cannot link (or cross-reference) issues and pull requests.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZWJ}`);
}

/** Breaks GFM's extended autolinks (`www.`, `http://`, `user@host`), so data never becomes a link. */
function breakAutolinks(text: string): string {
  return text.replace(/(www)(\.)/gi, `$1${ZWJ}$2`).replace(/([a-z][a-z0-9+.-]*)(:\/\/)/gi, `$1${ZWJ}$2`);
}

/** Any value as a string (a forged manifest may hold numbers, objects or nothing where text is due). */
export function str(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Data as a one-line code span: a backtick run longer than any inside, so it cannot close early. */
export function code(value: unknown, max = 200): string {
  const text = clip(str(value).replace(/\r?\n|\r/g, ' '), max).replace(/\n/g, ' ') || ' ';
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}

/** A code span inside a table cell: GFM splits cells on `|` even inside code, unless escaped. */
export function cellCode(value: unknown, max = 120): string {
  return code(value, max).replace(/\|/g, '\\|');
}

/** Escapes data for HTML blocks (`<summary>`, `<details>` bodies outside code fences). */
export function html(value: unknown): string {
  return neutralizeMentions(
    breakAutolinks(
      str(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
    ),
  );
}

/**
 * Data as Markdown text: every ASCII punctuation backslash-escaped (no emphasis, link, image, HTML, table cell),
 * newlines flattened.
 */
export function mdText(value: unknown): string {
  const flat = str(value).replace(/\r?\n|\r/g, ' ');
  return neutralizeMentions(breakAutolinks(flat).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`));
}

/** A fence longer than any backtick run inside `text`, so error text cannot close it early. */
export function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** The first `n` UTF-16 units, one fewer if that would split a surrogate pair (an emoji). */
function cutAt(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/** Cuts `text` to at most `max` characters, saying so. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const kept = cutAt(text, Math.max(0, max - 40));
  return `${kept}\n… (${text.length - kept.length} more characters cut)`;
}

/** Cuts one line of text to `max` characters with an ellipsis (titles, summaries). */
export function clipLine(text: string, max: number): string {
  const flat = text.replace(/\r?\n|\r/g, ' ');
  return flat.length <= max ? flat : `${cutAt(flat, Math.max(0, max - 1))}…`;
}

/**
 * Chooses which steps to show when there are more than `limit`: failures first (they are what a
 * reader looks for), then the others, keeping the original order in the result.
 */
export function pickSteps(ids: string[], limit: number, priority: (id: string) => number): string[] {
  if (ids.length <= limit) return ids;
  const indexed = ids.map((id, i) => ({ id, i, p: priority(id) }));
  indexed.sort((a, b) => a.p - b.p || a.i - b.i);
  return indexed
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.id);
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
