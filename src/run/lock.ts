/**
 * An exclusive lock on a run folder: `<run>/.lock`, created with O_EXCL and holding the writer's
 * pid, host and start time. Two writers of one run (two `run --job-id X`, two `--resume`) would
 * interleave events.jsonl and duplicate `seq`; the second one gets E_RUN_LOCKED naming the holder.
 * A lock whose holder is dead (same host, pid gone: a SIGKILL, an OOM kill, a power cut) is stale
 * and taken over. Readers (`tail --follow`, `show`) use `runLiveness` to tell a running run from
 * one whose writer died.
 */
import { closeSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../util/errors.js';
import { RUN_FILES } from './run-folder.js';
import { fsFault } from '../util/fs-errors.js';

export const LOCK_FILE = RUN_FILES.lock;
/** A takeover that crashed half-way leaves its guard behind; after this long it no longer counts. */
const TAKEOVER_GUARD_STALE_MS = 10_000;

export interface LockHolder {
  pid: number;
  host: string;
  started_at: string;
}

export interface RunLock {
  readonly file: string;
  readonly holder: LockHolder;
  /** Removes the lock if it is still ours. Idempotent. */
  release(): void;
}

export function lockFile(runDir: string): string {
  return join(runDir, LOCK_FILE);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const v = JSON.parse(text) as Partial<LockHolder> | null;
    if (v && typeof v.pid === 'number' && Number.isInteger(v.pid) && v.pid > 0 && typeof v.host === 'string') {
      return { pid: v.pid, host: v.host, started_at: typeof v.started_at === 'string' ? v.started_at : '' };
    }
  } catch {
    /* torn or edited: no holder */
  }
  return undefined;
}

/** The holder named in a run's lock file, or undefined when there is no (readable) lock. */
export function readLockHolder(runDir: string): LockHolder | undefined {
  try {
    return parseHolder(readFileSync(lockFile(runDir), 'utf8'));
  } catch {
    return undefined;
  }
}

/** Whether a process of this host with this pid exists (signal 0 probes without signalling). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether a holder is alive. On another host we cannot tell (a shared network folder), so it
 * counts as alive: taking over a live writer's lock is the one mistake this module must not make.
 */
export function holderAlive(h: LockHolder): boolean {
  return h.host !== hostname() || pidAlive(h.pid);
}

export type RunLiveness =
  | { state: 'live'; holder: LockHolder }
  | { state: 'dead'; holder: LockHolder }
  /** No lock: the run finished (or was written by a version without locks). */
  | { state: 'unlocked' };

export function runLiveness(runDir: string): RunLiveness {
  const holder = readLockHolder(runDir);
  if (!holder) return { state: 'unlocked' };
  return { state: holderAlive(holder) ? 'live' : 'dead', holder };
}

/** True while a live process holds the run's lock. */
export function isRunLive(runDir: string): boolean {
  return runLiveness(runDir).state === 'live';
}

/** What to do once the cause of a failed lock write is fixed (the engine passes the command to run again). */
export interface LockOptions {
  then?: string;
}

function createExclusive(file: string, holder: LockHolder, opts: LockOptions = {}): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fsFault(e, `create the lock file ${file}`, { usage: true, then: opts.then }) ?? e;
  }
  try {
    writeSync(fd, JSON.stringify(holder) + '\n');
  } catch (e) {
    // A lock we could not write (a full disk) would hold the run for nobody: it goes.
    closeSync(fd);
    fd = -1;
    try {
      unlinkSync(file);
    } catch {
      /* already gone */
    }
    throw fsFault(e, `write the lock file ${file}`, { usage: true, then: opts.then }) ?? e;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  return true;
}

function lockedError(runDir: string, jobId: string, h: LockHolder | undefined): UsageError {
  const who = h
    ? `process ${h.pid} on ${h.host}${h.started_at ? ` (since ${h.started_at})` : ''}`
    : 'another process (its lock file is being written)';
  return new UsageError('E_RUN_LOCKED', `run ${jobId} is in use by ${who}`, {
    hint:
      h && h.host !== hostname()
        ? `wait for it to finish; if that process is gone, delete ${lockFile(runDir)}`
        : 'wait for it to finish (`orchestrator tail --follow` shows it), or start another run with a new --job-id',
  });
}

/**
 * Replaces a stale lock. Two processes may find the same stale lock at once: a guard file created
 * with O_EXCL lets only one of them replace it, and the winner re-reads the lock under the guard
 * so that it never removes a fresh lock another process has just taken.
 */
function takeOverStale(file: string, stale: LockHolder, holder: LockHolder): boolean {
  const guard = `${file}.takeover`;
  try {
    if (Date.now() - statSync(guard).mtimeMs > TAKEOVER_GUARD_STALE_MS) unlinkSync(guard);
  } catch {
    /* no guard, or another process removed it */
  }
  if (!createExclusive(guard, holder)) return false;
  try {
    let current: LockHolder | undefined;
    try {
      current = parseHolder(readFileSync(file, 'utf8'));
    } catch {
      current = undefined;
    }
    if (current && (current.pid !== stale.pid || current.host !== stale.host)) return false;
    // Moved aside first: an unlink racing a create could remove the new lock.
    const aside = `${file}.stale.${process.pid}`;
    try {
      renameSync(file, aside);
      unlinkSync(aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    return createExclusive(file, holder);
  } finally {
    try {
      unlinkSync(guard);
    } catch {
      /* already gone */
    }
  }
}

const heldLocks = new Set<string>();
let exitHookInstalled = false;

function releaseAllOnExit(): void {
  for (const file of heldLocks) {
    try {
      const h = parseHolder(readFileSync(file, 'utf8'));
      if (h?.pid === process.pid) unlinkSync(file);
    } catch {
      /* gone already */
    }
  }
  heldLocks.clear();
}

/**
 * Takes the run folder's lock (the folder must exist). Throws E_RUN_LOCKED when a live process
 * holds it. The lock is released by `release()`, and on process exit if the caller forgot.
 */
export function acquireRunLock(runDir: string, jobId: string, opts: LockOptions = {}): RunLock {
  const file = lockFile(runDir);
  const holder: LockHolder = { pid: process.pid, host: hostname(), started_at: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    if (createExclusive(file, holder, opts)) break;
    let existing: LockHolder | undefined;
    try {
      existing = parseHolder(readFileSync(file, 'utf8'));
    } catch {
      continue; // removed between our create and our read: try again
    }
    if (existing && !holderAlive(existing) && attempt < 3) {
      if (takeOverStale(file, existing, holder)) break;
      continue;
    }
    if (!existing && attempt < 3) {
      // A lock being written right now has no content yet: a short synchronous wait for its
      // creator to finish its one write (the engine opens runs synchronously).
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      continue;
    }
    if (!existing) {
      // Still empty or unreadable after the waits: an edited file, or one a full disk or a crash
      // left empty, which no live writer holds. It is stale.
      if (takeOverStale(file, { pid: -1, host: '', started_at: '' }, holder)) break;
      if (attempt < 6) continue;
    }
    throw lockedError(runDir, jobId, existing);
  }
  heldLocks.add(file);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', releaseAllOnExit);
  }
  let released = false;
  return {
    file,
    holder,
    release() {
      if (released) return;
      released = true;
      heldLocks.delete(file);
      try {
        const h = parseHolder(readFileSync(file, 'utf8'));
        if (h?.pid === process.pid && h.started_at === holder.started_at) unlinkSync(file);
      } catch {
        /* already gone */
      }
    },
  };
}
