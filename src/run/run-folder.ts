/** The run folder layout (docs/reference.md section 3) and finding runs in RUNS_DIR. */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { UsageError } from '../util/errors.js';
import { fsFault } from '../util/fs-errors.js';
import { parseManifest } from './manifest-decode.js';
import type { Manifest } from './manifest-types.js';
import { fileNameOf } from '../jobspec/fan-out.js';

/**
 * The names inside a run folder: the one place they are spelled. Every face (CLI, action, the
 * engine) finds a run's files through `runFolder` / `runPaths`.
 */
export const RUN_FILES = {
  events: 'events.jsonl',
  manifest: 'manifest.json',
  outputs: 'outputs',
  logs: 'logs',
  /** What the action adds to an uploaded run folder: the workflow run it came from. */
  github: 'github.json',
  report: 'report.html',
  /** The action's golden-set comparison and PR comment body, beside the run's own files. */
  goldenDiff: 'golden.diff',
  /** The last golden comparison of the run (`orchestrator golden` or the action): ./golden-record.ts. */
  goldenRecord: 'golden.json',
  prComment: 'pr-comment.md',
  /** Staging for atomic writes into outputs/, emptied at the start and removed at the end of a run. */
  tmp: '.tmp',
  lock: '.lock',
} as const;

export interface RunPaths {
  dir: string;
  manifest: string;
  events: string;
  outputs: string;
  logs: string;
  github: string;
  report: string;
  goldenDiff: string;
  prComment: string;
  tmp: string;
  lock: string;
  /** The log of a step or instance: `logs/<file name of the id>.log` (docs/reference.md section 3). */
  logOf(id: string): string;
}

/** The log of a step or instance relative to its run folder, for messages: `logs/review[a.ts].log`. */
export function logPathOf(id: string): string {
  return `${RUN_FILES.logs}/${fileNameOf(id)}.log`;
}

/** The files of the run folder `dir`. */
export function runFolder(dir: string): RunPaths {
  const logs = join(dir, RUN_FILES.logs);
  return {
    dir,
    manifest: join(dir, RUN_FILES.manifest),
    events: join(dir, RUN_FILES.events),
    outputs: join(dir, RUN_FILES.outputs),
    logs,
    github: join(dir, RUN_FILES.github),
    report: join(dir, RUN_FILES.report),
    goldenDiff: join(dir, RUN_FILES.goldenDiff),
    prComment: join(dir, RUN_FILES.prComment),
    tmp: join(dir, RUN_FILES.tmp),
    lock: join(dir, RUN_FILES.lock),
    logOf: (id) => join(logs, `${fileNameOf(id)}.log`),
  };
}

export function runPaths(runsDir: string, jobId: string): RunPaths {
  return runFolder(join(runsDir, jobId));
}

const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function checkJobId(id: string): string {
  if (!JOB_ID.test(id) || id.includes('..')) {
    throw new UsageError('E_JOB_ID', `invalid job id ${JSON.stringify(id)}`, {
      hint: 'use letters, digits, ".", "_" and "-"',
    });
  }
  return id;
}

/**
 * The error that creating `dir` really meets. Node's recursive mkdir reports ENOENT on a read-only
 * mount (it tries the parents again and stops at the missing one); creating the first missing
 * folder alone gives the cause (EROFS, EACCES).
 */
function causeOfMkdirFailure(dir: string, e: unknown, mkdir: typeof mkdirSync): unknown {
  if ((e as NodeJS.ErrnoException | null)?.code !== 'ENOENT') return e;
  let missing = resolve(dir);
  while (dirname(missing) !== missing && !existsSync(dirname(missing))) missing = dirname(missing);
  try {
    mkdir(missing);
  } catch (cause) {
    return cause;
  }
  return e;
}

/** Creates a run folder (and RUNS_DIR): a folder that cannot be created is a usage error that says why. */
export function makeRunDir(runsDir: string, dir: string, mkdir: typeof mkdirSync = mkdirSync): void {
  try {
    mkdir(dir, { recursive: true });
  } catch (thrown) {
    const e = causeOfMkdirFailure(dir, thrown, mkdir);
    const f = fsFault(e, `create the run folder ${dir}`);
    if (!f) throw e;
    throw new UsageError(f.code, f.message, {
      hint: `pass --runs-dir with a folder you can write (now ${runsDir}); ${f.hint}`,
      cause: e,
    });
  }
}

/**
 * The most recent run in runsDir (optionally of one job name): by the started_at its manifest
 * records, falling back to the events file's mtime for a run that crashed before its first manifest.
 */
export function latestRunId(runsDir: string, jobName?: string): string | undefined {
  if (!existsSync(runsDir)) return undefined;
  let best: { id: string; t: number } | undefined;
  for (const entry of readdirSync(runsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const p = runPaths(runsDir, entry.name);
    if (!existsSync(p.events)) continue;
    let t = statSync(p.events).mtimeMs;
    let name: string | undefined;
    try {
      const m = parseManifest(readFileSync(p.manifest, 'utf8'), { requireSchema: false });
      name = m?.job_name;
      if (m?.started_at) t = Math.max(t, Date.parse(m.started_at));
    } catch {
      name = undefined;
    }
    if (jobName && name !== undefined && name !== jobName) continue;
    if (jobName && name === undefined && !entry.name.startsWith(`${jobName}-`)) continue;
    if (!best || t > best.t || (t === best.t && entry.name > best.id)) best = { id: entry.name, t };
  }
  return best?.id;
}

/** Resolves `[JOB_ID]` arguments: the given id (must exist) or the latest run. */
export function resolveRunId(runsDir: string, jobId: string | undefined, jobName?: string): string {
  if (jobId) {
    checkJobId(jobId);
    if (existsSync(runPaths(runsDir, jobId).events)) return jobId;
    // A job name stands for its latest run (`show notes-app`).
    const ofJob = latestRunId(runsDir, jobId);
    if (ofJob) return ofJob;
    throw new UsageError('E_NO_RUN', `no run or job ${jobId} in ${runsDir}`, {
      hint: `list runs with \`orchestrator runs --runs-dir ${runsDir}\``,
    });
  }
  const latest = latestRunId(runsDir, jobName);
  if (!latest) {
    throw new UsageError('E_NO_RUN', `no runs${jobName ? ` of job ${jobName}` : ''} in ${runsDir}`, {
      hint: 'start one with `orchestrator run --spec FILE`, or pass --runs-dir',
    });
  }
  return latest;
}

export async function readManifest(runDir: string): Promise<Manifest> {
  const file = runFolder(runDir).manifest;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError('E_NO_MANIFEST', `no manifest.json in ${runDir}`);
  }
  const m = parseManifest(text);
  if (!m) throw new UsageError('E_BAD_MANIFEST', `${file} is not an orchestrator manifest`);
  return m;
}
