/**
 * `orchestrator tail`: a run's events, filtered, optionally following new ones until the job ends.
 * Built for very large logs: lines stream in constant memory, and a cheap substring test rejects
 * most lines before any JSON parsing.
 */
import { existsSync, statSync } from 'node:fs';
import { scanLines, type EventLine } from '../../events/scan.js';
import type { Level, OrchestratorEvent } from '../../events/types.js';
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

export async function tailCommand(jobId: string | undefined, flags: TailFlags, io: Io): Promise<number> {
  const id = resolveRunId(flags.runsDir, jobId);
  const file = runPaths(flags.runsDir, id).events;
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
  const onLine = (line: EventLine) => {
    let fields: Pick<OrchestratorEvent, 'type' | 'step_id' | 'level'>;
    let parsed: OrchestratorEvent | undefined;
    const type = line.type;
    if (type === undefined) {
      // Not in the writer's shape (edited by hand?): judge it by its parsed content.
      try {
        parsed = JSON.parse(line.text()) as OrchestratorEvent;
      } catch {
        return;
      }
      fields = parsed;
    } else {
      fields = { type, step_id: needStep ? line.step_id : undefined, level: (needLevel ? line.level : 'info') as Level };
    }
    if (TERMINAL.has(fields.type)) ended = true;
    if (!filter.matches(fields)) return;
    const text = line.text();
    out += (flags.json ? text : formatEvent(parsed ?? (JSON.parse(text) as OrchestratorEvent), io.paintOut)) + '\n';
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
      }
    }
  } finally {
    unsubscribe();
  }
  return 0;
}
