/**
 * The golden action's history (docs/reference.md, "Golden checks"): the last 100 checks of one job
 * and instance, kept in the actions cache. Each check saves ONE small entry (one upload per check,
 * well under the service's 200 uploads per minute per repository) under a unique key that holds
 * the whole window, itself included; the next check restores the newest entry by key prefix.
 */
import { lstat, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../run/manifest-types.js';
import type { GoldenFileVerdict } from './verdicts.js';

export const HISTORY_LIMIT = 100;
const HISTORY_FILE = 'golden-history.json';
/** 100 checks of a few hundred files each stay well below this; anything larger is not ours. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;

/** What one check concluded: drift and unmeasured open the issue, flaky leaves it, clean closes it. */
export type CheckOutcome = 'clean' | 'flaky' | 'drift' | 'unmeasured';

export interface GoldenCheck {
  time: string;
  commit?: string;
  runId?: string;
  attempt?: number;
  runUrl?: string;
  outcome: CheckOutcome;
  files: Array<{ path: string; verdict: GoldenFileVerdict['verdict']; score?: number }>;
  /** Step id -> checks passed / judged (sampled and gated steps). */
  passRates: Record<string, { passed: number; judged: number }>;
}

/** drift beats unmeasured beats flaky beats clean (same and equivalent files only). */
export function checkOutcome(files: readonly Pick<GoldenFileVerdict, 'verdict'>[]): CheckOutcome {
  const has = (v: GoldenFileVerdict['verdict']) => files.some((f) => f.verdict === v);
  if (has('drift')) return 'drift';
  if (has('unmeasured')) return 'unmeasured';
  if (has('flaky')) return 'flaky';
  return 'clean';
}

export function makeCheck(opts: {
  files: readonly GoldenFileVerdict[];
  manifest?: Pick<Manifest, 'steps'>;
  time?: Date;
  commit?: string;
  runId?: string;
  attempt?: number;
  runUrl?: string;
}): GoldenCheck {
  const passRates: GoldenCheck['passRates'] = {};
  for (const [id, s] of Object.entries(opts.manifest?.steps ?? {})) {
    // A sampled step's pass rate over its samples; else the checks of its one answer.
    if (s.samples && s.samples.judged > 0) passRates[id] = { passed: s.samples.passed, judged: s.samples.judged };
    else if (s.checks && s.checks.passed + s.checks.failed > 0)
      passRates[id] = { passed: s.checks.passed, judged: s.checks.passed + s.checks.failed };
  }
  return {
    time: (opts.time ?? new Date()).toISOString(),
    ...(opts.commit ? { commit: opts.commit } : {}),
    ...(opts.runId ? { runId: opts.runId } : {}),
    ...(opts.attempt !== undefined ? { attempt: opts.attempt } : {}),
    ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
    outcome: checkOutcome(opts.files),
    files: opts.files.map((f) => ({
      path: f.path,
      verdict: f.verdict,
      ...(f.score !== undefined ? { score: f.score } : {}),
    })),
    passRates,
  };
}

/** The window after `check`: a re-run of the same run attempt replaces its own entry. */
export function appendCheck(history: readonly GoldenCheck[], check: GoldenCheck, limit = HISTORY_LIMIT): GoldenCheck[] {
  const rest = history.filter((c) => !(check.runId && c.runId === check.runId && c.attempt === check.attempt));
  return [...rest, check].slice(-limit);
}

/** The first check of the streak of drift/unmeasured checks that ends with the newest one. */
export function streakStart(history: readonly GoldenCheck[]): { check: GoldenCheck; length: number } | undefined {
  let i = history.length;
  while (i > 0 && (history[i - 1].outcome === 'drift' || history[i - 1].outcome === 'unmeasured')) i--;
  return i < history.length ? { check: history[i], length: history.length - i } : undefined;
}

/** `PREFIXorchestrator-golden-JOB[-INSTANCE]:` + run id and attempt; restores take the newest by prefix. */
export function historyKeys(
  prefix: string,
  jobName: string,
  instance: string,
  runId: string,
  attempt: number,
): { primary: string; restore: string } {
  const stem = `${prefix}orchestrator-golden-${jobName}${instance ? `-${instance}` : ''}:`;
  return { primary: `${stem}${runId}-${attempt}`, restore: stem };
}

/** The cache calls this module needs (the action's CacheClient has them). */
export interface HistoryCache {
  restore(
    paths: string[],
    primaryKey: string,
    restoreKeys: string[],
    lookupOnly?: boolean,
  ): Promise<string | undefined>;
  save(paths: string[], key: string): Promise<number>;
}

function isCheck(x: unknown): x is GoldenCheck {
  const c = x as GoldenCheck;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.time === 'string' &&
    typeof c.outcome === 'string' &&
    Array.isArray(c.files)
  );
}

/** The newest saved window, or [] (none yet, unreadable or malformed: a history is never worth a failed check). */
export async function restoreHistory(
  cache: HistoryCache,
  dir: string,
  restorePrefix: string,
  warn: (m: string) => void,
): Promise<GoldenCheck[]> {
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const matched = await cache.restore([dir], `${restorePrefix}none`, [restorePrefix]);
    if (!matched) return [];
    const file = join(dir, HISTORY_FILE);
    const st = await lstat(file);
    if (!st.isFile() || st.size > MAX_HISTORY_BYTES) return [];
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(parsed) ? parsed.filter(isCheck).slice(-HISTORY_LIMIT) : [];
  } catch (e) {
    warn(`Could not restore the golden history: ${e instanceof Error ? e.message : String(e)}`);
    return [];
  }
}

/**
 * One upload per check. A refused save (the service's 429 for more than 200 uploads a minute, or
 * a key that exists already) is a warning: the next check restores the previous window.
 */
export async function saveHistory(
  cache: HistoryCache,
  dir: string,
  key: string,
  history: readonly GoldenCheck[],
  warn: (m: string) => void,
): Promise<boolean> {
  try {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, HISTORY_FILE), JSON.stringify(history));
    await cache.save([dir], key);
    return true;
  } catch (e) {
    warn(`Could not save the golden history: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}
