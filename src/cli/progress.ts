/**
 * Progress on stderr. On a TTY: finished steps scroll by, and one status line below them shows
 * done/total and the running steps with their elapsed time, redrawn 10 times a second. Otherwise
 * (CI logs, pipes): one line per event. Nothing with --quiet.
 */
import type { OrchestratorEvent } from '../events/types.js';
import { decodeEvent, viewEvent } from '../events/decode.js';
import { formatCost as formatUsd, formatDuration } from '../report/format.js';
import { paintFor, type Paint } from './terminal.js';
import { samplesLineOf } from '../report/samples.js';

export interface Progress {
  onEvent(e: OrchestratorEvent): void;
  stop(): void;
}

/** The end of the job: the run summary on stdout tells it, once. */
const SUMMARY_SAYS_IT = new Set(['job.succeeded', 'job.failed']);

const QUIET: Progress = { onEvent: () => undefined, stop: () => undefined };

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const ANSI = /\x1b\[[0-9;]*m/g;
export function visibleLength(s: string): number {
  return [...s.replace(ANSI, '')].length;
}

/**
 * The status line: `[done/total] running: a 1.2s, b 0.4s +3`, never wider than `width` visible
 * characters. A line that wraps cannot be erased by `\r\x1b[2K` (that clears one row), so every
 * redraw would leave a row behind: names are dropped (counted in `+N`) and the last one cut until
 * it fits.
 */
export function statusLine(
  done: number,
  total: number,
  running: Array<[string, number]>,
  now: number,
  width: number,
  p: Paint,
): string {
  const head = `[${done}/${total}]`;
  if (running.length === 0 || width <= head.length) return p.bold(head.slice(0, Math.max(0, width)));
  const items = running.map(([id, t]) => [id, formatDuration(now - t)] as const);
  const plainWidth = (n: number, cut = 0) => {
    const shown = items
      .slice(0, n)
      .map(([id, d]) => `${id} ${d}`)
      .join(', ');
    const more = n < items.length ? ` +${items.length - n}` : '';
    return head.length + ' running: '.length + shown.length - cut + more.length;
  };
  let n = items.length;
  while (n > 1 && plainWidth(n) > width) n--;
  const more = n < items.length ? ` +${items.length - n}` : '';
  const shown = items.slice(0, n).map(([id, d]) => `${id} ${p.dim(d)}`);
  let line = `${p.bold(head)} running: ${shown.join(', ')}${more}`;
  if (plainWidth(n) > width) {
    // One name alone is too wide: cut it, keeping the count so the line still says how many run.
    const room = width - (head.length + ' running: '.length + more.length + 1);
    const [id] = items[0]!;
    line =
      room > 0 ? `${p.bold(head)} running: ${id.slice(0, room)}…${more}` : p.bold(`${head}${more}`.slice(0, width));
  }
  return line;
}

/** A sampled step's `: 17/20 passed (85%, 95% CI 64-95%), pass` (a malformed object from disk shows nothing). */
function samplesText(s: unknown): string {
  const line = samplesLineOf(s);
  return line ? `: ${line}` : '';
}

/**
 * The line an event scrolls, if any. An event this version cannot decode (a partial or unknown
 * payload) is named by its type and step rather than dropped.
 */
function describe(line: OrchestratorEvent, p: Paint): string | undefined {
  const e = decodeEvent(line);
  if (!e) return line.level === 'debug' ? undefined : `  ${line.type}${line.step_id ? ` ${line.step_id}` : ''}`;
  const step = e.step_id ?? '';
  switch (e.type) {
    case 'job.started':
      return p.bold(`job ${e.data.job_name} (${e.job_id}): ${plural(Object.keys(e.data.graph ?? {}).length, 'step')}`);
    case 'job.resumed':
      return p.bold(
        `job ${e.data.job_name} (${e.job_id}): resuming, ` +
          `${plural(e.data.completed_before, 'step')} done before${e.data.spec_changed ? ' (spec changed)' : ''}`,
      );
    case 'step.started':
      return `${p.cyan('▶')} ${step}${e.data.rerun_reason ? p.dim(` (again: ${e.data.rerun_reason})`) : ''}`;
    case 'step.succeeded': {
      const d = e.data;
      const via = d.cache === 'hit' ? 'cache hit' : [d.provider, d.model].filter(Boolean).join('/');
      const cost = typeof d.cost_usd === 'number' && d.cost_usd > 0 ? `, ${formatUsd(d.cost_usd)}` : '';
      const facts = `${formatDuration(d.duration_ms)}${via ? `, ${via}` : ''}${cost}`;
      return `${p.green('✓')} ${step} ${p.dim(facts)}${samplesText(d.samples)}`;
    }
    case 'step.failed': {
      const { code, message } = e.data.error;
      return `${p.red('✗')} ${step} ${p.red(`error[${code}]: ${message}`)}${samplesText(e.data.samples)}`;
    }
    case 'step.skipped': {
      const d = e.data;
      const upstream = d.reason === 'upstream_failed' && d.upstream ? `: ${d.upstream} failed` : '';
      return `${p.dim('-')} ${step} ${p.dim(`skipped (${d.reason}${upstream})`)}`;
    }
    case 'step.retrying': {
      const d = e.data;
      const delay = d.delay_ms !== undefined ? ` in ${formatDuration(d.delay_ms)}` : '';
      return `${p.yellow('↻')} ${step} ${p.yellow(`retry ${d.attempt} on ${d.provider}${delay}: ${d.reason}`)}`;
    }
    case 'llm.error':
      return `${p.yellow('!')} ${step} ${p.yellow(`${e.data.provider}: ${e.data.message}`)}`;
    case 'route.fallback': {
      const { route, from, to, reason } = e.data;
      return `${p.yellow('→')} ${step} ${p.yellow(`${route}: ${from} -> ${to} (${reason})`)}`;
    }
    case 'circuit.opened':
      return `${p.red('⚡')} circuit opened for ${e.data.provider}`;
    case 'quality.failed': {
      // The failing checks' own words: a judge's reason and a similarity score are what a reader needs.
      const failing = e.data.verdicts.filter((v) => !v.passed).map((v) => v.message.split('\n')[0]);
      const what = e.data.status === 'errored' ? 'check errored' : 'check failed';
      const said = e.data.severity === 'warn' ? `${what} (on_fail: warn, the step goes on)` : what;
      return `${p.yellow('!')} ${step} ${said}${failing.length ? `: ${failing.join('; ').slice(0, 300)}` : ''}`;
    }
    // The end of the job is the run summary's to tell (one summary, on stdout); a job-level error
    // (a missing key before the first step) is the error line's.
    case 'job.succeeded':
    case 'job.failed':
      return undefined;
    case 'job.cancelled':
      return p.yellow(p.bold('job cancelled: resume it with --resume'));
    default:
      return undefined;
  }
}

export function createProgress(opts: { quiet: boolean; stream?: NodeJS.WriteStream }): Progress {
  if (opts.quiet) return QUIET;
  const stream = opts.stream ?? process.stderr;
  const p = paintFor(stream);
  if (!stream.isTTY) {
    return {
      onEvent(e) {
        const line =
          describe(e, p) ??
          (e.level === 'debug' || SUMMARY_SAYS_IT.has(e.type)
            ? undefined
            : `  ${e.type}${e.step_id ? ` ${e.step_id}` : ''}`);
        if (line) stream.write(`${line}\n`);
      },
      stop: () => undefined,
    };
  }
  const running = new Map<string, number>();
  let total = 0;
  let done = 0;
  let status = '';
  const clear = () => {
    if (status) stream.write('\r\x1b[2K');
  };
  const draw = () => {
    // One column short of the width: some terminals wrap as soon as the last column is written.
    const cols = Math.max(1, (stream.columns || 80) - 1);
    status = statusLine(done, total, [...running], Date.now(), cols, p);
    stream.write(`\r\x1b[2K${status}`);
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    onEvent(e) {
      const v = viewEvent(e);
      if (v?.type === 'job.started' || v?.type === 'job.resumed') total = Object.keys(v.data.graph ?? {}).length;
      // A fanned-out step's instances are steps of their own: they join the count when listed.
      if (v?.type === 'step.fanned_out' && v.data.instances !== undefined) total += v.data.instances;
      if (e.type === 'step.started') running.set(e.step_id!, Date.now());
      if (e.type === 'step.succeeded' || e.type === 'step.failed' || e.type === 'step.skipped') {
        running.delete(e.step_id!);
        done++;
      }
      // Only the lines worth keeping scroll; the rest is the status line's job.
      if (e.type === 'step.started' || e.type.startsWith('llm.request')) return;
      const line = describe(e, p);
      if (!line) return;
      clear();
      stream.write(`${line}\n`);
      draw();
    },
    stop() {
      clearInterval(timer);
      clear();
      status = '';
    },
  };
}
