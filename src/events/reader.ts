/**
 * Reading events.jsonl. A crash mid-write can leave a torn last line: it is ignored, and every
 * earlier line is kept. A damaged line anywhere else (not JSON, or JSON that is not an event) is
 * skipped and reported with its line number, and reading goes on: `show`, `trace` and `--resume`
 * work from what is readable instead of failing on one bad line.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { assertRegularFile } from '../util/fs-errors.js';
import type { OrchestratorEvent } from './types.js';

export interface SkippedLine {
  /** 1-based line number in the file. */
  line: number;
  reason: string;
}

export interface ReadResult {
  events: OrchestratorEvent[];
  /** True when the last line was torn (no newline and not parseable) and was ignored. */
  tornTail: boolean;
  /** Damaged lines that were skipped (not counting a torn last line). */
  skipped: SkippedLine[];
}

/** Why a parsed value is not an event, or undefined when it has the fields every reader relies on. */
export function notAnEvent(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const e = v as Record<string, unknown>;
  if (typeof e.type !== 'string' || e.type === '') return 'no "type"';
  if (typeof e.seq !== 'number' || !Number.isFinite(e.seq)) return 'no numeric "seq"';
  if (typeof e.ts !== 'string' || Number.isNaN(Date.parse(e.ts))) return 'no valid "ts"';
  if (e.data !== undefined && (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)))
    return '"data" is not an object';
  if (e.step_id !== undefined && typeof e.step_id !== 'string') return '"step_id" is not a string';
  return undefined;
}

/** Parses one line: the event, or why it is not one. */
export function parseEventLine(line: string): { event: OrchestratorEvent } | { reason: string } {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { reason: 'not valid JSON' };
  }
  const why = notAnEvent(v);
  if (why) return { reason: why };
  const e = v as OrchestratorEvent;
  if (e.data === undefined) e.data = {};
  return { event: e };
}

/** One line of text per skipped line, for a face to print as warnings. */
export function describeSkipped(file: string, skipped: SkippedLine[], max = 5): string[] {
  const lines = skipped.slice(0, max).map((s) => `${file}:${s.line}: skipped a damaged event line (${s.reason})`);
  if (skipped.length > max) lines.push(`${file}: ${skipped.length - max} more damaged lines skipped`);
  return lines;
}

export function readEventsSync(file: string): ReadResult {
  if (!existsSync(file)) return { events: [], tornTail: false, skipped: [] };
  assertRegularFile(file, 'the event log');
  // A device (a test's /dev/full standing for a full disk) is written to but never read: /dev/zero
  // or /dev/full would read forever.
  if (!statSync(file).isFile()) return { events: [], tornTail: false, skipped: [] };
  const text = readFileSync(file, 'utf8');
  const events: OrchestratorEvent[] = [];
  const skipped: SkippedLine[] = [];
  let start = 0;
  let lineNo = 0;
  let tornTail = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const complete = end !== -1;
    if (!complete) end = text.length;
    lineNo++;
    if (end > start) {
      const r = parseEventLine(text.slice(start, end));
      if ('event' in r) events.push(r.event);
      else if (!complete) tornTail = true;
      else skipped.push({ line: lineNo, reason: r.reason });
    }
    start = end + 1;
  }
  return { events, tornTail, skipped };
}
