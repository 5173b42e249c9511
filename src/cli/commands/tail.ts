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
import { latestRunId, resolveRunId, runPaths } from '../../run/run-folder.js';
import { didYouMean } from '../../jobspec/suggest.js';
import { UsageError } from '../../util/errors.js';
import type { Io } from '../io.js';
import type { Paint } from '../terminal.js';
import { fitLine } from '../terminal.js';

const LEVELS: Level[] = ['debug', 'info', 'warn', 'error'];
const LEVEL_ALIASES: Record<string, Level> = { warning: 'warn', err: 'error', information: 'info' };
const TERMINAL = new Set(['job.succeeded', 'job.failed', 'job.cancelled']);
const POLL_MS = 200;

export interface TailFlags {
  runsDir: string;
  type?: string;
  step?: string;
  level?: string;
  follow?: boolean;
  json?: boolean;
  quiet?: boolean;
}

export interface EventFilter {
  matches(e: Pick<OrchestratorEvent, 'type' | 'step_id' | 'level'>): boolean;
}

/** `WARN`, `Warning` -> warn. */
export function parseLevel(value: string): Level {
  const v = value.trim().toLowerCase();
  const level = (LEVELS as string[]).includes(v) ? (v as Level) : LEVEL_ALIASES[v];
  if (!level) {
    throw new UsageError('E_USAGE', `--level must be one of ${LEVELS.join(', ')}, got ${JSON.stringify(value)}`, {
      hint: didYouMean(v, LEVELS) ?? 'e.g. --level warn shows warnings and errors',
    });
  }
  return level;
}

/**
 * `llm.` is a prefix; `llm.response` one type. Every event type has a dot, so a word without
 * one (`llm`, `step`) can only mean its family: it is read as `llm.`.
 */
export function typePattern(type: string): { value: string; prefix: boolean } {
  const t = type.trim();
  if (t.endsWith('.')) return { value: t, prefix: true };
  if (!t.includes('.')) return { value: `${t}.`, prefix: true };
  return { value: t, prefix: false };
}

export function eventFilter(flags: Pick<TailFlags, 'type' | 'step' | 'level'>): EventFilter {
  const type = flags.type === undefined ? undefined : typePattern(flags.type);
  const minLevel = flags.level ? LEVELS.indexOf(parseLevel(flags.level)) : 0;
  return {
    matches: (e) =>
      (!type || (type.prefix ? (e.type ?? '').startsWith(type.value) : e.type === type.value)) &&
      // A fanned-out step's id also selects its instances (`--step review` shows `review[a.ts]`).
      (!flags.step ||
        e.step_id === flags.step ||
        (e.step_id !== undefined && e.step_id.startsWith(`${flags.step}[`) && !flags.step.includes('['))) &&
      (minLevel === 0 || LEVELS.indexOf(e.level as Level) >= minLevel),
  };
}

/** One line per event; on a terminal, cut to its width (a pipe gets the whole line). */
export function formatEvent(e: OrchestratorEvent, p: Paint, columns?: number): string {
  const time = e.ts.slice(11, 23);
  const lvl =
    e.level === 'error'
      ? p.red('ERROR')
      : e.level === 'warn'
        ? p.yellow('WARN ')
        : p.dim(e.level === 'debug' ? 'DEBUG' : 'INFO ');
  let data = JSON.stringify(e.data);
  if (data === '{}') data = '';
  const line = (
    `${p.dim(String(e.seq).padStart(6))} ${time} ${lvl} ${p.bold(e.type)}` +
    `${e.step_id ? ` ${p.cyan(e.step_id)}` : ''} ${p.dim(data)}`
  ).trimEnd();
  // One column spare: some terminals wrap as soon as the last column is written.
  return columns ? fitLine(line, columns - 1) : line;
}

/** What the filtered-out lines held: the hint when nothing matched. */
class Seen {
  readonly types = new Set<string>();
  readonly steps = new Set<string>();
  matched = 0;
  note(type: string | undefined, step: string | undefined): void {
    if (type && this.types.size < 500) this.types.add(type);
    if (step && this.steps.size < 5000) this.steps.add(step);
  }
}

function noMatchHint(flags: TailFlags, seen: Seen, id: string): string | undefined {
  if (seen.matched > 0) return undefined;
  if (flags.step && !seen.steps.has(flags.step)) {
    const steps = [...seen.steps];
    return (
      `no step ${JSON.stringify(flags.step)} in run ` +
      `${id}${didYouMean(flags.step, steps) ? `; ${didYouMean(flags.step, steps)}` : ''} (steps: ` +
      `${steps.slice(0, 12).join(', ')}${steps.length > 12 ? ', ...' : ''})`
    );
  }
  if (flags.type) {
    const { value, prefix } = typePattern(flags.type);
    const types = [...seen.types];
    const families = [...new Set(types.map((t) => `${t.split('.')[0]}.`))];
    const guess = didYouMean(value, prefix ? families : types);
    return (
      `no ${prefix ? `${value}* ` : ''}events${prefix ? '' : ` of type ${value}`} in run ` +
      `${id}${guess ? `; ${guess}` : ''} (types here: ` +
      `${types.slice(0, 12).join(', ')}${types.length > 12 ? ', ...' : ''})`
    );
  }
  return flags.level ? `no events at level ${parseLevel(flags.level)} or above in run ${id}` : undefined;
}

interface RunTail {
  /** Prints what is new; true once the job's terminal event was seen. */
  poll(): Promise<boolean>;
  seen: Seen;
}

function tailRun(file: string, flags: TailFlags, io: Io): RunTail {
  const filter = eventFilter(flags);
  const seen = new Seen();
  let ended = false;
  let pos = 0;
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
  const parse = (text: string): OrchestratorEvent | undefined => {
    const r = parseEventLine(text);
    if ('event' in r) return r.event;
    // A damaged line is reported (the first few) and skipped; the rest of the log still prints.
    if (++damaged <= 5) io.err(`warning: ${file}:${lineNo}: skipped a damaged event line (${r.reason})\n`);
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
      fields = {
        type,
        step_id: needStep ? line.step_id : undefined,
        level: (needLevel ? line.level : 'info') as Level,
      };
    }
    if (!filter.matches(fields)) {
      if (TERMINAL.has(fields.type)) ended = true;
      seen.note(fields.type, fields.step_id);
      return;
    }
    const text = line.text();
    parsed ??= parse(text);
    if (!parsed) return;
    if (TERMINAL.has(parsed.type)) ended = true;
    seen.matched++;
    out += (flags.json ? text : formatEvent(parsed, io.paintOut, io.outColumns)) + '\n';
  };
  return {
    seen,
    async poll() {
      if (existsSync(file) && statSync(file).size > pos) {
        pos = await scanLines(file, pos, onLine, flush);
        await flush();
      }
      return ended;
    },
  };
}

/** Why following a run cannot go on (its writer is dead), or undefined while it may still write. */
function writerGone(runDir: string): string | undefined {
  const l = runLiveness(runDir);
  if (l.state === 'live') return undefined;
  const who =
    l.state === 'dead' ? `its writer (process ${l.holder.pid}) is no longer running` : 'no process is writing it';
  return (
    `tail: the run stopped without finishing: ${who}; continue it with \`orchestrator run --spec FILE --resume ` +
    `${basename(runDir)}\` plus the --input / --input-file flags it was started with (input values are not ` +
    `stored)`
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function tailCommand(jobId: string | undefined, flags: TailFlags, io: Io): Promise<number> {
  if (flags.level) parseLevel(flags.level);
  let id = resolveRunId(flags.runsDir, jobId);
  let run = tailRun(runPaths(flags.runsDir, id).events, flags, io);
  let ended = await run.poll();
  if (!flags.follow) {
    const hint = noMatchHint(flags, run.seen, id);
    if (hint && !flags.quiet) io.err(`${io.paintErr.dim(`note: ${hint}`)}\n`);
    return 0;
  }
  let stop = false;
  const unsubscribe = io.onInterrupt(() => (stop = true));
  try {
    // `tail -f` on a run that has already ended, with no run named: the user wants to watch what
    // comes next, so wait for the next run in the runs folder and follow that one to its end.
    if (ended && !jobId) {
      if (!flags.quiet)
        io.err(
          io.paintErr.dim(`-- run ${id} has ended; waiting for the next run in ${flags.runsDir} (Ctrl-C to stop)`) +
            '\n',
        );
      let next: string | undefined;
      while (!stop && ((next = latestRunId(flags.runsDir)) === undefined || next === id)) await sleep(POLL_MS);
      if (stop || !next) return 0;
      id = next;
      if (!flags.quiet) io.err(`${io.paintErr.dim(`-- following run ${id}`)}\n`);
      run = tailRun(runPaths(flags.runsDir, id).events, flags, io);
      ended = await run.poll();
    }
    // A run being followed ends the tail with its terminal event.
    while (!ended && !stop) {
      await sleep(POLL_MS);
      ended = await run.poll();
      const gone = ended || stop ? undefined : writerGone(runPaths(flags.runsDir, id).dir);
      if (gone) {
        // Its writer may have written a last line between our read and the liveness check.
        ended = await run.poll();
        if (ended) break;
        io.err(`${gone}\n`);
        return 1;
      }
    }
  } finally {
    unsubscribe();
  }
  return 0;
}
