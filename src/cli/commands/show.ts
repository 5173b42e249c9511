/** `orchestrator show`: a run's summary, folded from its events (the manifest may lag by a second). */
import { describeSkipped, readEventsSync } from '../../events/reader.js';
import { RunState } from '../../run/fold.js';
import type { Manifest } from '../../run/manifest-types.js';
import { runLiveness } from '../../run/lock.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { createQualityMonitor } from '../../quality/monitor.js';
import { lastWriter, writerAlive } from '../../run/liveness.js';
import type { Io } from '../io.js';
import { formatCost as formatUsd, formatDuration } from '../../report/format.js';
import { resultWidth, table, type Paint } from '../terminal.js';
import { cacheOff, plural, rolledUp, stepTally, stepTallyText } from '../../report/counts.js';
import { FAILED_INSTANCES_SHOWN, instanceGroups, withoutInstances } from '../../report/instances.js';
import { scoredCheckLines, scoredChecks, type ScoredVerdict } from '../../report/scored-checks.js';
import { promptCacheLine } from '../../report/budget-lines.js';
import { samplesLines } from '../../report/samples.js';

/** A run as `show` sees it: the manifest folded from its events, and whether a running one is really running. */
export interface ShownRun extends Manifest {
  /** Only for status running: false when the process that ran it is gone (killed), so it will never finish. */
  process_alive?: boolean;
  /** Scores and reasons of `similar` / `judge` checks, and errored checks, per step (absent when none). */
  check_scores?: Record<string, ScoredVerdict[]>;
}

/** The run's state folded from its events; damaged lines are skipped and passed to `warn`. */
export function foldRun(runsDir: string, jobId: string, warn: (line: string) => void = () => undefined): ShownRun {
  const paths = runPaths(runsDir, jobId);
  const { events, skipped } = readEventsSync(paths.events);
  for (const w of describeSkipped(paths.events, skipped)) warn(w);
  const state = RunState.fold(events, createQualityMonitor());
  const scored = scoredChecks(events);
  const extra = Object.keys(scored).length > 0 ? { check_scores: scored } : {};
  if (state.status !== 'running') return { ...state.toManifest(), ...extra };
  // The run folder's lock is the writer's own word; a folder without one (a writer that exited
  // without its end event, or an older version) falls back to the pid its start event recorded.
  const lock = runLiveness(paths.dir);
  const alive = lock.state === 'live' ? true : lock.state === 'dead' ? false : writerAlive(lastWriter(events));
  // A dead run stopped at its last event: its duration does not keep growing.
  if (alive === false) return { ...state.toManifest(state.lastEventMs), process_alive: false, ...extra };
  return alive === undefined
    ? { ...state.toManifest(), ...extra }
    : { ...state.toManifest(), process_alive: true, ...extra };
}

function jobStatus(m: ShownRun, p: Paint): string {
  if (m.status === 'running' && m.process_alive === false)
    return p.yellow('interrupted (its process is gone; continue it with run --resume)');
  return statusColour(p, m.status);
}

function statusColour(p: Paint, status: string): string {
  if (status === 'succeeded') return p.green(status);
  if (status === 'failed') return p.red(status);
  if (status === 'skipped' || status === 'cancelled') return p.yellow(status);
  return status;
}

/** `width`: the columns the tables fit (docs/reference.md, "Streams": stdout's width, 80 off a terminal). */
/**
 * `3 instances`, or `3000 instances: 3 failed` naming the statuses other than succeeded (the failures section names
 * them).
 */
function compactInstances(m: ShownRun, id: string): string | undefined {
  const g = instanceGroups(m).get(id);
  const own = m.steps[id]?.instances;
  if (!g && !own) return undefined;
  const total = g?.total ?? own?.total ?? 0;
  const others = g
    ? Object.entries(g.byStatus)
        .filter(([st]) => st !== 'succeeded')
        .sort((a, b) => a[0].localeCompare(b[0]))
        .map(([st, n]) => `${n} ${st}`)
    : own?.failed
      ? [`${own.failed} failed`]
      : [];
  return `${total} instance${total === 1 ? '' : 's'}${others.length ? `: ${others.join(', ')}` : ''}`;
}

export function renderRunSummary(m: ShownRun, p: Paint, maxRows = 200, width = 80): string {
  const t = m.totals;
  const lines = [
    `${p.bold(m.job_name)} ${p.dim(m.job_id)}: ${jobStatus(m, p)} in ${formatDuration(t.duration_ms)}`,
    ...(m.error
      ? [
          `${p.red(`error[${m.error.code}]`)}: ${m.error.message}` +
            `${m.error.hint ? p.dim(`\n  hint: ${m.error.hint}`) : ''}`,
        ]
      : []),
    // Steps are the spec's (as the progress header counts them), instances apart: src/report/counts.ts.
    `steps: ${stepTallyText(stepTally(m))}; cache: ` +
      `${cacheOff(m) ? 'off' : `${plural(t.cache_hits, 'hit', 'hits')}, ${plural(t.cache_misses, 'miss', 'misses')}`}`,
    `calls: ${t.llm_calls}; tokens: ${t.input_tokens} in / ${t.output_tokens} out; cost: ${formatUsd(t.cost_usd)}`,
  ];
  const cacheLine = promptCacheLine(m);
  if (cacheLine) lines.push(cacheLine);
  // A fanned-out step is one row with its instances counted; `--json` has every instance.
  const ids = withoutInstances(m, Object.keys(m.steps));
  const rows = [
    [
      p.dim('step'),
      p.dim('status'),
      p.dim('time'),
      p.dim('cache'),
      p.dim('provider/model'),
      p.dim('tries'),
      p.dim('tokens'),
      p.dim('cost'),
    ],
  ];
  for (const id of ids.slice(0, maxRows)) {
    const s = m.steps[id]!;
    // A fanned-out step's figures are its instances' sums.
    const r = rolledUp(m, id);
    const fanned = compactInstances(m, id);
    rows.push([
      id,
      statusColour(p, s.reason === 'completed' ? 'kept' : s.status === 'skipped' ? `skipped (${s.reason})` : s.status) +
        (fanned ? ` (${fanned})` : ''),
      // A step that never ran has no cache state to show ("off" would read as --no-cache).
      formatDuration(s.duration_ms),
      s.status === 'skipped' || s.status === 'pending' ? '-' : s.cache,
      [r.provider, r.model].filter(Boolean).join('/') || '-',
      String(r.attempts),
      `${r.usage.input_tokens}/${r.usage.output_tokens}`,
      formatUsd(r.cost_usd),
    ]);
  }
  // Too wide: provider/model gives way first, then the status, then the step id (docs/reference.md, "Streams").
  lines.push('', table(rows, undefined, width, [4, 1, 0]));
  if (ids.length > maxRows) lines.push(p.dim(`... ${ids.length - maxRows} more steps (use --json for all)`));
  const sampled = samplesLines(m);
  if (sampled.length) lines.push('', ...sampled);
  const providers = Object.entries(t.providers ?? {});
  if (providers.length) {
    const prow = [
      [
        p.dim('provider'),
        p.dim('calls'),
        p.dim('failures'),
        p.dim('retries'),
        p.dim('checks'),
        p.dim('p50'),
        p.dim('p95'),
        p.dim('tokens'),
        p.dim('cost'),
      ],
    ];
    for (const [name, s] of providers) {
      const kinds = Object.entries(s.failures_by_kind)
        .map(([k, n]) => `${k}×${n}`)
        .join(' ');
      prow.push([
        name,
        String(s.calls),
        `${s.failures}${kinds ? ` (${kinds})` : ''}`,
        String(s.retries),
        `${s.checks_passed}/${s.checks_passed + s.checks_failed}`,
        formatDuration(s.latency_ms_p50),
        formatDuration(s.latency_ms_p95),
        `${s.input_tokens}/${s.output_tokens}`,
        formatUsd(s.cost_usd),
      ]);
    }
    lines.push('', table(prow, undefined, width, [0, 2]));
  }
  if (m.check_scores) {
    const mark = (v: ScoredVerdict): string => (v.errored ? p.yellow('errored') : v.passed ? p.green('✓') : p.red('✗'));
    lines.push('', p.dim('scored checks:'), ...scoredCheckLines(m.check_scores, mark));
  }
  const failures = ids.filter((id) => m.steps[id]!.status === 'failed');
  if (failures.length) {
    lines.push('', p.red('failures:'));
    const groups = instanceGroups(m);
    const line = (id: string, indent: string) => {
      const e = m.steps[id]!.error;
      lines.push(
        `${indent}${id}: error[${e?.code}]: ${e?.message}${e?.hint ? p.dim(`\n${indent}  hint: ${e.hint}`) : ''}`,
      );
    };
    for (const id of failures) {
      line(id, '  ');
      // The failed instances under their step, a few with their errors; all of them are in --json.
      const failed = groups.get(id)?.failed ?? [];
      for (const inst of failed.slice(0, FAILED_INSTANCES_SHOWN)) line(inst, '    ');
      if (failed.length > FAILED_INSTANCES_SHOWN)
        lines.push(
          p.dim(`    ... ${failed.length - FAILED_INSTANCES_SHOWN} more failed instances (use --json for all)`),
        );
    }
  }
  return lines.join('\n');
}

export async function showCommand(
  jobId: string | undefined,
  flags: { runsDir: string; json?: boolean },
  io: Io,
): Promise<number> {
  const id = resolveRunId(flags.runsDir, jobId);
  const m = foldRun(flags.runsDir, id, (w) => io.err(`warning: ${w}\n`));
  if (flags.json) io.out(`${JSON.stringify(m, null, 2)}\n`);
  else io.out(`${renderRunSummary(m, io.paintOut, undefined, resultWidth(io.outColumns))}\n`);
  // A run that never wrote its end and whose writer is dead is not running: say so, and how to go on.
  if (m.process_alive === false) {
    io.err(
      `note: no process is running ${id} any more (its writer stopped without finishing); continue it with ` +
        `\`orchestrator run --spec FILE --resume ${id}\` plus the --input / --input-file flags it was started ` +
        `with (input values are not stored in the run folder)\n`,
    );
  }
  return 0;
}
