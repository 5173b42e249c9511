/**
 * `orchestrator tail`: a run's events, filtered, optionally following new ones until the job ends.
 * Built for very large logs: lines stream in constant memory, and a cheap substring test rejects
 * most lines before any JSON parsing.
 */
import { existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseEventLine } from '../../events/reader.js';
import { scanLines, type EventLine } from '../../events/scan.js';
import type { Level, OrchestratorEvent } from '../../events/types.js';
import { runLiveness } from '../../run/lock.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { UsageError } from '../../util/errors.js';
import type { Io } from '../io.js';
import type { Paint } from '../terminal.js';

const LEVELS: Level[] = ['debug', 'info', 'warn', 'error'];
const TERMINAL = new Set(['job.succeeded', 'job.failed', 'job.cancelled']);

export interface TailFlags {
  runsDir: string;
  type?: string;
  step?: string;
  level?: string;
  follow?: boolean;
  json?: boolean;
}

export interface EventFilter {
  matches(e: Pick<OrchestratorEvent, 'type' | 'step_id' | 'level'>): boolean;
}

export function eventFilter(flags: Pick<TailFlags, 'type' | 'step' | 'level'>): EventFilter {
  const type = flags.type;
  const prefix = type?.endsWith('.') ?? false;
  let minLevel = 0;
  if (flags.level) {
    minLevel = LEVELS.indexOf(flags.level as Level);
    if (minLevel < 0) throw new UsageError('E_USAGE', `--level must be one of ${LEVELS.join(', ')}`);
  }
  return {
    matches: (e) =>
      (!type || (prefix ? (e.type ?? '').startsWith(type) : e.type === type)) &&
      (!flags.step || e.step_id === flags.step) &&
      (minLevel === 0 || LEVELS.indexOf(e.level as Level) >= minLevel),
  };
}

export function formatEvent(e: OrchestratorEvent, p: Paint): string {
  const time = e.ts.slice(11, 23);
  const lvl = e.level === 'error' ? p.red('ERROR') : e.level === 'warn' ? p.yellow('WARN ') : p.dim(e.level === 'debug' ? 'DEBUG' : 'INFO ');
  let data = JSON.stringify(e.data);
  if (data === '{}') data = '';
  else if (data.length > 300) data = `${data.slice(0, 297)}...`;
  return `${p.dim(String(e.seq).padStart(6))} ${time} ${lvl} ${p.bold(e.type)}${e.step_id ? ` ${p.cyan(e.step_id)}` : ''} ${p.dim(data)}`.trimEnd();
}

/** Why following a run cannot go on (its writer is dead), or undefined while it may still write. */
function writerGone(runDir: string): string | undefined {
  const l = runLiveness(runDir);
  if (l.state === 'live') return undefined;
  const who = l.state === 'dead' ? `its writer (process ${l.holder.pid}) is no longer running` : 'no process is writing it';
  return `tail: the run stopped without finishing: ${who}; continue it with \`orchestrator run --spec FILE --resume ${basename(runDir)}\``;
}

export async function tailCommand(jobId: string | undefined, flags: TailFlags, io: Io): Promise<number> {
  const id = resolveRunId(flags.runsDir, jobId);
  const { events: file, dir: runDir } = runPaths(flags.runsDir, id);
  const filter = eventFilter(flags);
  let ended = false;
  let out = '';
  const flush = async () => {
    if (!out) return;
    const text = out;
    out = '';
    await io.outAsync(text);
  };
  const needStep = flags.step !== undefined;
  const needLevel = flags.level !== undefined;
  let lineNo = 0;
  let damaged = 0;
  const skip = (reason: string) => {
    // A damaged line is reported (the first few) and skipped; the rest of the log still prints.
    if (++damaged <= 5) io.err(`warning: ${file}:${lineNo}: skipped a damaged event line (${reason})\n`);
  };
  const parse = (text: string): OrchestratorEvent | undefined => {
    const r = parseEventLine(text);
    if ('event' in r) return r.event;
    skip(r.reason);
    return undefined;
  };
  const onLine = (line: EventLine) => {
    lineNo++;
    let fields: Pick<OrchestratorEvent, 'type' | 'step_id' | 'level'>;
    let parsed: OrchestratorEvent | undefined;
    const type = line.type;
    if (type === undefined) {
      // Not in the writer's shape (edited by hand?): judge it by its parsed content.
      parsed = parse(line.text());
      if (!parsed) return;
      fields = parsed;
    } else {
      fields = { type, step_id: needStep ? line.step_id : undefined, level: (needLevel ? line.level : 'info') as Level };
    }
    if (!filter.matches(fields)) {
      if (TERMINAL.has(fields.type)) ended = true;
      return;
    }
    const text = line.text();
    parsed ??= parse(text);
    if (!parsed) return;
    if (TERMINAL.has(parsed.type)) ended = true;
    out += (flags.json ? text : formatEvent(parsed, io.paintOut)) + '\n';
  };
  let pos = await scanLines(file, 0, onLine, flush);
  await flush();
  if (!flags.follow) return 0;
  let stop = false;
  const unsubscribe = io.onInterrupt(() => (stop = true));
  try {
    while (!ended && !stop) {
      await new Promise((r) => setTimeout(r, 200));
      if (existsSync(file) && statSync(file).size > pos) {
        pos = await scanLines(file, pos, onLine, flush);
        await flush();
      } else if (!ended && !stop && writerGone(runDir)) {
        // Its writer may have written a last line between our read and the liveness check.
        pos = await scanLines(file, pos, onLine, flush);
        await flush();
        if (ended) break;
        io.err(`${writerGone(runDir)}\n`);
        return 1;
      }
    }
  } finally {
    unsubscribe();
  }
  return 0;
}
