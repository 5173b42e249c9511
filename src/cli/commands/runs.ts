/** `orchestrator runs`: the runs in RUNS_DIR, newest first: id, job, status, age, steps, cost. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { parseManifest } from '../../run/manifest-decode.js';
import { runPaths } from '../../run/run-folder.js';
import { formatCost, formatDuration } from '../../report/format.js';
import type { Io } from '../io.js';
import { resultWidth, table, type Paint } from '../terminal.js';
import { foldRun, type ShownRun } from './show.js';

export interface RunsFlags {
  runsDir: string;
  json?: boolean;
  limit?: number;
  quiet?: boolean;
}

export interface RunListEntry {
  job_id: string;
  job_name: string;
  status: string;
  /** false: a running run whose process is gone (killed); it will not finish on its own. */
  process_alive?: boolean;
  started_at: string;
  age_s: number;
  duration_ms: number;
  steps: number;
  succeeded: number;
  failed: number;
  cost_usd: number;
}

/**
 * The manifest is enough for a finished run (it is written last, atomically); a run still
 * "running" or without a manifest is folded from its events, which also tells a killed one.
 */
function entry(runsDir: string, id: string, now: number): RunListEntry | undefined {
  const p = runPaths(runsDir, id);
  if (!existsSync(p.events)) return undefined;
  let m: ShownRun | undefined;
  try {
    m = parseManifest(readFileSync(p.manifest, 'utf8'));
  } catch {
    m = undefined;
  }
  if (!m || m.status === 'running') {
    try {
      m = foldRun(runsDir, id);
    } catch {
      return undefined;
    }
  }
  const started = Date.parse(m.started_at) || statSync(p.events).mtimeMs;
  return {
    job_id: id,
    job_name: m.job_name,
    status: m.status,
    ...(m.process_alive !== undefined ? { process_alive: m.process_alive } : {}),
    started_at: new Date(started).toISOString(),
    age_s: Math.max(0, Math.round((now - started) / 1000)),
    duration_ms: m.totals.duration_ms,
    steps: m.totals.steps,
    succeeded: m.totals.succeeded,
    failed: m.totals.failed,
    cost_usd: m.totals.cost_usd,
  };
}

export function listRuns(runsDir: string, now = Date.now()): RunListEntry[] {
  if (!existsSync(runsDir)) return [];
  const out: RunListEntry[] = [];
  for (const d of readdirSync(runsDir, { withFileTypes: true })) {
    if (!d.isDirectory()) continue;
    const e = entry(runsDir, d.name, now);
    if (e) out.push(e);
  }
  return out.sort((a, b) => b.started_at.localeCompare(a.started_at) || b.job_id.localeCompare(a.job_id));
}

export function formatAge(seconds: number): string {
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86_400)}d ago`;
}

function status(e: RunListEntry, p: Paint): string {
  if (e.status === 'running' && e.process_alive === false) return p.yellow('interrupted');
  if (e.status === 'succeeded') return p.green(e.status);
  if (e.status === 'failed') return p.red(e.status);
  return e.status === 'cancelled' ? p.yellow(e.status) : e.status;
}

export async function runsCommand(jobName: string | undefined, flags: RunsFlags, io: Io): Promise<number> {
  let runs = listRuns(flags.runsDir);
  if (jobName) runs = runs.filter((r) => r.job_name === jobName);
  if (flags.limit) runs = runs.slice(0, flags.limit);
  if (flags.json) {
    io.out(`${JSON.stringify(runs, null, 2)}\n`);
    return 0;
  }
  if (runs.length === 0) {
    if (!flags.quiet) io.err(`no runs${jobName ? ` of job ${jobName}` : ''} in ${flags.runsDir}\n`);
    return 0;
  }
  const p = io.paintOut;
  const rows = [
    [p.dim('run'), p.dim('job'), p.dim('status'), p.dim('started'), p.dim('time'), p.dim('steps'), p.dim('cost')],
  ];
  for (const r of runs) {
    rows.push([
      r.job_id,
      r.job_name,
      status(r, p),
      formatAge(r.age_s),
      formatDuration(r.duration_ms),
      `${r.succeeded}/${r.steps}${r.failed ? p.red(` (${r.failed} failed)`) : ''}`,
      formatCost(r.cost_usd),
    ]);
  }
  // Too wide: the job name gives way first (the run id holds it), then the widest.
  io.out(`${table(rows, undefined, resultWidth(io.outColumns), [1])}\n`);
  return 0;
}
