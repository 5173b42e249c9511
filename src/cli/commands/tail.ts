/**
 * `orchestrator tail`: a run's events, filtered, optionally following new ones until the job ends.
 * Built for very large logs: lines stream in constant memory, and a cheap substring test rejects
 * most lines before any JSON parsing.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
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
  /** Quick test on the raw line; false means the line cannot match. */
  maybe(line: string): boolean;
  matches(e: OrchestratorEvent): boolean;
}

export function eventFilter(flags: Pick<TailFlags, 'type' | 'step' | 'level'>): EventFilter {
  const type = flags.type;
  const prefix = type?.endsWith('.') ?? false;
  let minLevel = 0;
  if (flags.level) {
    minLevel = LEVELS.indexOf(flags.level as Level);
    if (minLevel < 0) throw new UsageError('E_USAGE', `--level must be one of ${LEVELS.join(', ')}`);
  }
  const typeNeedle = type ? `"type":"${type}` : undefined;
  const stepNeedle = flags.step ? `"step_id":${JSON.stringify(flags.step)}` : undefined;
  return {
    maybe: (line) => (!typeNeedle || line.includes(typeNeedle)) && (!stepNeedle || line.includes(stepNeedle)),
    matches: (e) =>
      (!type || (prefix ? e.type.startsWith(type) : e.type === type)) &&
      (!flags.step || e.step_id === flags.step) &&
      (minLevel === 0 || LEVELS.indexOf(e.level) >= minLevel),
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
  const out: string[] = [];
  const flushOut = () => {
    if (out.length) io.out(out.join('\n') + '\n');
    out.length = 0;
  };
  const readFrom = async (start: number): Promise<number> => {
    let consumed = start;
    const rl = createInterface({ input: createReadStream(file, { start, encoding: 'utf8' }), crlfDelay: Infinity });
    for await (const line of rl) {
      consumed += Buffer.byteLength(line, 'utf8') + 1;
      if (!line) continue;
      if (flags.follow && line.includes('"type":"job.') && TERMINAL.has((line.match(/"type":"(job\.[a-z]+)"/) ?? [])[1] ?? '')) ended = true;
      if (!filter.maybe(line)) continue;
      let e: OrchestratorEvent;
      try {
        e = JSON.parse(line) as OrchestratorEvent;
      } catch {
        // A torn line still being written: read it again on the next pass.
        consumed -= Buffer.byteLength(line, 'utf8') + 1;
        break;
      }
      if (!filter.matches(e)) continue;
      out.push(flags.json ? line : formatEvent(e, io.paintOut));
      if (out.length >= 512) flushOut();
    }
    flushOut();
    return consumed;
  };
  let pos = await readFrom(0);
  if (!flags.follow) return 0;
  let stop = false;
  const unsubscribe = io.onInterrupt(() => (stop = true));
  try {
    while (!ended && !stop) {
      await new Promise((r) => setTimeout(r, 200));
      if (existsSync(file) && statSync(file).size > pos) pos = await readFrom(pos);
    }
  } finally {
    unsubscribe();
  }
  return 0;
}
