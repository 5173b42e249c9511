/**
 * Reading events.jsonl. A crash mid-write can leave a torn last line: it is ignored, and every
 * earlier line is kept. A corrupt line in the middle is reported, not silently dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { OrchestratorEvent } from './types.js';
import { OrchestratorError } from '../util/errors.js';

export interface ReadResult {
  events: OrchestratorEvent[];
  /** True when the last line was torn (no newline and not parseable) and was ignored. */
  tornTail: boolean;
}

function parseLine(line: string, file: string, lineNo: number, isLast: boolean): OrchestratorEvent | undefined {
  try {
    return JSON.parse(line) as OrchestratorEvent;
  } catch {
    if (isLast) return undefined;
    throw new OrchestratorError('E_EVENTS_CORRUPT', `${file}:${lineNo}: not a JSON event`, {
      hint: 'the event log was edited or damaged; start a new run without --resume',
    });
  }
}

export function readEventsSync(file: string): ReadResult {
  if (!existsSync(file)) return { events: [], tornTail: false };
  const text = readFileSync(file, 'utf8');
  const events: OrchestratorEvent[] = [];
  let start = 0;
  let lineNo = 0;
  let tornTail = false;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    const complete = end !== -1;
    if (!complete) end = text.length;
    lineNo++;
    if (end > start) {
      const ev = parseLine(text.slice(start, end), file, lineNo, !complete || end + 1 >= text.length);
      if (ev) events.push(ev);
      else tornTail = true;
    }
    start = end + 1;
  }
  return { events, tornTail };
}
