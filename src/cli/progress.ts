/**
 * Progress on stderr. On a TTY: finished steps scroll by, and one status line below them shows
 * done/total and the running steps with their elapsed time, redrawn 10 times a second. Otherwise
 * (CI logs, pipes): one line per event. Nothing with --quiet.
 */
import { fieldsOf, type OrchestratorEvent } from '../events/types.js';
import { formatCost as formatUsd, formatDuration } from '../report/format.js';
import { paintFor, type Paint } from './terminal.js';

export interface Progress {
  onEvent(e: OrchestratorEvent): void;
  stop(): void;
}

const QUIET: Progress = { onEvent: () => undefined, stop: () => undefined };

function describe(e: OrchestratorEvent, p: Paint): string | undefined {
  const d = fieldsOf(e);
  const step = e.step_id ?? '';
  switch (e.type) {
    case 'job.started':
      return p.bold(`job ${d.job_name} (${e.job_id}): ${Object.keys((d.graph as object) ?? {}).length} steps`);
    case 'job.resumed':
      return p.bold(`job ${d.job_name} (${e.job_id}): resuming, ${d.completed_before} steps done before${d.spec_changed ? ' (spec changed)' : ''}`);
    case 'step.started':
      return `${p.cyan('▶')} ${step}${d.rerun_reason ? p.dim(` (again: ${d.rerun_reason})`) : ''}`;
    case 'step.succeeded': {
      const via = d.cache === 'hit' ? 'cache hit' : [d.provider, d.model].filter(Boolean).join('/');
      const cost = typeof d.cost_usd === 'number' && d.cost_usd > 0 ? `, ${formatUsd(d.cost_usd)}` : '';
      return `${p.green('✓')} ${step} ${p.dim(`${formatDuration(d.duration_ms as number)}${via ? `, ${via}` : ''}${cost}`)}`;
    }
    case 'step.failed': {
      const err = d.error as { code?: string; message?: string } | undefined;
      return `${p.red('✗')} ${step} ${p.red(`error[${err?.code}]: ${err?.message}`)}`;
    }
    case 'step.skipped':
      return `${p.dim('-')} ${step} ${p.dim(`skipped (${d.reason}${d.upstream ? `: ${d.upstream} failed` : ''})`)}`;
    case 'step.retrying':
      return `${p.yellow('↻')} ${step} ${p.yellow(`retry ${d.attempt} on ${d.provider}${d.delay_ms !== undefined ? ` in ${formatDuration(d.delay_ms as number)}` : ''}: ${d.reason ?? ''}`)}`;
    case 'llm.error':
      return `${p.yellow('!')} ${step} ${p.yellow(`${d.provider}: ${d.message}`)}`;
    case 'route.fallback':
      return `${p.yellow('→')} ${step} ${p.yellow(`${d.route}: ${d.from} -> ${d.to} (${d.reason})`)}`;
    case 'circuit.opened':
      return `${p.red('⚡')} circuit opened for ${d.provider}`;
    case 'quality.failed':
      return `${p.yellow('!')} ${step} ${d.severity === 'warn' ? 'check failed (on_fail: warn, the step goes on)' : 'check failed'}`;
    case 'job.succeeded':
      return p.green(p.bold(`job succeeded: ${d.succeeded} steps, ${d.cache_hits} cache hits, ${formatUsd(d.cost_usd as number)}`));
    case 'job.failed':
      return p.red(p.bold(d.error ? `job failed: ${(d.error as { message: string }).message}` : `job failed: ${(d.failed_steps as string[]).join(', ')}`));
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
        const line = describe(e, p) ?? (e.level === 'debug' ? undefined : `  ${e.type}${e.step_id ? ` ${e.step_id}` : ''}`);
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
    const now = Date.now();
    const names = [...running].slice(0, 6).map(([id, t]) => `${id} ${p.dim(formatDuration(now - t))}`);
    const more = running.size > 6 ? ` +${running.size - 6}` : '';
    status = `${p.bold(`[${done}/${total}]`)} ${names.length ? `running: ${names.join(', ')}${more}` : ''}`;
    const cols = stream.columns ?? 120;
    stream.write(`\r\x1b[2K${status.length > cols * 2 ? status.slice(0, cols * 2) : status}`);
  };
  const timer = setInterval(draw, 100);
  timer.unref();
  return {
    onEvent(e) {
      if (e.type === 'job.started' || e.type === 'job.resumed') total = Object.keys((e.data.graph as object) ?? {}).length;
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
