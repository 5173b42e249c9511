/**
 * File-system failures a user can fix (a full disk, a read-only mount, missing permissions) are
 * not bugs: they become one OrchestratorError with a message naming the file and a hint saying
 * what to do, instead of `E_INTERNAL ... this is a bug` with a stack.
 */
import { statSync } from 'node:fs';
import { OrchestratorError, UsageError, type ErrorCode } from './errors.js';

interface FsFault {
  code: ErrorCode;
  what: string;
  hint: string;
}

const FAULTS: Record<string, FsFault> = {
  ENOSPC: {
    code: 'E_DISK_FULL',
    what: 'no space left on the device',
    hint: 'free some space (or point --runs-dir / --cache-dir at another disk)',
  },
  EDQUOT: { code: 'E_DISK_FULL', what: 'the disk quota is exceeded', hint: 'free some space or raise the quota' },
  EROFS: {
    code: 'E_READ_ONLY',
    what: 'the file system is read-only',
    hint: 'use a writable folder (--runs-dir / --cache-dir)',
  },
  EACCES: {
    code: 'E_PERMISSION',
    what: 'permission denied',
    hint: 'use a folder you can write, or fix its permissions',
  },
  EPERM: {
    code: 'E_PERMISSION',
    what: 'operation not permitted',
    hint: 'use a folder you can write, or fix its permissions',
  },
  ENOTDIR: {
    code: 'E_NOT_A_FOLDER',
    what: 'a part of the path is a file, not a folder',
    hint: 'pick a path whose parents are folders',
  },
  EEXIST: {
    code: 'E_NOT_A_FOLDER',
    what: 'a file of that name exists',
    hint: 'pick a path that is a folder or does not exist yet',
  },
  EMFILE: {
    code: 'E_TOO_MANY_FILES',
    what: 'too many open files',
    hint: 'raise the open-file limit (ulimit -n) or lower --concurrency',
  },
  ENFILE: {
    code: 'E_TOO_MANY_FILES',
    what: 'too many open files in the system',
    hint: 'raise the open-file limit or lower --concurrency',
  },
  EIO: { code: 'E_IO', what: 'an input/output error', hint: 'check the disk' },
};

export function fsErrorCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code in FAULTS ? code : undefined;
}

/**
 * The typed error for a file-system failure while doing `action` (e.g. "write runs/x/events.jsonl"),
 * or undefined when `e` is not one of the faults above. `then` is added to the hint (what to do
 * after fixing the cause, e.g. how to resume).
 */
export function fsFault(
  e: unknown,
  action: string,
  opts: { usage?: boolean; then?: string } = {},
): OrchestratorError | undefined {
  const code = fsErrorCode(e);
  if (!code) return undefined;
  const f = FAULTS[code]!;
  const Ctor = opts.usage ? UsageError : OrchestratorError;
  return new Ctor(f.code, `cannot ${action}: ${f.what} (${code})`, {
    hint: opts.then ? `${f.hint}, then ${opts.then}` : f.hint,
    cause: e,
  });
}

/** Rethrows a file-system fault as its typed error; anything else unchanged. */
export function rethrowFsFault(e: unknown, action: string, opts?: { usage?: boolean; then?: string }): never {
  throw fsFault(e, action, opts) ?? e;
}

/**
 * Throws a usage error (exit 2) naming `file` when it is a folder or a FIFO (where a run's
 * events.jsonl should be): a damaged folder a user can fix, not a bug, and a FIFO would hang the
 * read. Devices pass: a test's /dev/full stands for a full disk.
 */
export function assertRegularFile(file: string, what: string): void {
  const st = statSync(file, { throwIfNoEntry: false });
  if (st && (st.isDirectory() || st.isFIFO())) {
    throw new UsageError('E_NOT_A_FILE', `${what} ${file} is ${st.isDirectory() ? 'a folder' : 'a FIFO'}, not a file`, {
      hint: 'move it away (or remove its run folder), or use another --job-id / --runs-dir',
    });
  }
}
