/**
 * Reading a file the spec names (prompt_file, replay `responses`, an is-json `schema`, command
 * `reads`, context files) without being led astray: the file must live inside a given root once
 * every symlink is resolved, be a regular file (never a FIFO, which would block forever, nor a
 * device like /dev/zero, which never ends), and be at most `maxBytes` long. Each refusal is a
 * UsageError with code E_FILE_CONFINED and a message that names the file and the rule.
 *
 * The root of spec files is `specRoot(specDir)`: the git repository holding the spec (the
 * nearest folder at or above it with `.git`), else GITHUB_WORKSPACE when the spec is inside it,
 * else the spec's own folder.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** Default bound for a file the spec names: far above any real prompt, schema or fixture. */
export const MAX_SPEC_FILE_BYTES = 16 * 1024 * 1024;

export class ConfinedFileError extends UsageError {
  constructor(message: string, hint?: string) {
    super('E_FILE_CONFINED', message, { hint });
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

const roots = new Map<string, string>();

/** The folder every file a spec names must stay in (see the header). */
export function specRoot(specDir: string, env: Record<string, string | undefined> = process.env): string {
  const key = `${specDir}\0${env.GITHUB_WORKSPACE ?? ''}`;
  const hit = roots.get(key);
  if (hit) return hit;
  const dir = resolve(specDir);
  let root: string | undefined;
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, '.git'))) {
      root = current;
      break;
    }
    if (dirname(current) === current) break;
  }
  const ws = env.GITHUB_WORKSPACE ? resolve(env.GITHUB_WORKSPACE) : undefined;
  root ??= ws && inside(ws, dir) ? ws : dir;
  roots.set(key, root);
  return root;
}

export interface ConfinedReadOptions {
  /** The folder the file must be inside (after symlinks). */
  root: string;
  /** The folder a relative path resolves against (default: root). */
  base?: string;
  /** What the file is, for messages: "prompt_file", "responses file". */
  label: string;
  maxBytes?: number;
  /** Says where the rule comes from, for the hint. */
  hint?: string;
}

const DEFAULT_HINT =
  'files a spec names must be regular files inside its repository (the git root, else GITHUB_WORKSPACE, else ' +
  "the spec's folder); see docs/security.md";

/**
 * Resolves `path` and checks confinement; returns the real path to open. Throws ConfinedFileError, or the fs error
 * (ENOENT...).
 */
export function confinedPath(path: string, opts: ConfinedReadOptions): string {
  const hint = opts.hint ?? DEFAULT_HINT;
  if (path.includes('\0'))
    throw new ConfinedFileError(`${opts.label} ${JSON.stringify(path)} contains a NUL byte`, hint);
  let rootReal: string;
  // realpath(3) in one call, where the JS realpathSync lstat()s every component: the HTML report
  // confines every output preview it reads, thousands per run.
  try {
    rootReal = realpathSync.native(opts.root);
  } catch {
    rootReal = resolve(opts.root);
  }
  const abs = resolve(opts.base ?? opts.root, path);
  if (!inside(resolve(opts.root), abs) && !inside(rootReal, abs)) {
    throw new ConfinedFileError(`${opts.label} ${JSON.stringify(path)} is outside ${opts.root}`, hint);
  }
  const real = realpathSync.native(abs);
  if (!inside(rootReal, real))
    throw new ConfinedFileError(
      `${opts.label} ${JSON.stringify(path)} is a symlink leading outside ${opts.root}`,
      hint,
    );
  return real;
}

function kindOf(st: import('node:fs').Stats): string {
  return st.isFIFO()
    ? 'a FIFO'
    : st.isCharacterDevice() || st.isBlockDevice()
      ? 'a device'
      : st.isSocket()
        ? 'a socket'
        : st.isDirectory()
          ? 'a folder'
          : 'not a regular file';
}

// O_NONBLOCK: opening a FIFO with no writer would block forever; O_NOFOLLOW: the last component
// was resolved by confinedPath, a symlink there now is a swap.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

function tooLarge(path: string, opts: ConfinedReadOptions, max: number): ConfinedFileError {
  return new ConfinedFileError(
    `${opts.label} ${JSON.stringify(path)} is larger than ${max} bytes`,
    opts.hint ?? DEFAULT_HINT,
  );
}

/** Reads a confined regular file (see the header). */
export function readConfinedSync(path: string, opts: ConfinedReadOptions): Buffer {
  const real = confinedPath(path, opts);
  const max = opts.maxBytes ?? MAX_SPEC_FILE_BYTES;
  const fd = openSync(real, OPEN_FLAGS);
  try {
    const st = fstatSync(fd);
    if (!st.isFile())
      throw new ConfinedFileError(
        `${opts.label} ${JSON.stringify(path)} is ${kindOf(st)}, not a regular file`,
        opts.hint ?? DEFAULT_HINT,
      );
    if (st.size > max) throw tooLarge(path, opts, max);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      // It grew while we read it.
      if (total > max) throw tooLarge(path, opts, max);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

export interface BoundedReadOptions {
  /** What the file is, for messages: "--input-file". */
  label: string;
  maxBytes: number;
  hint?: string;
}

/**
 * Reads a file the user names (not confined: `--input NAME=@FILE`, `--input-file`): it must be a
 * regular file of at most `maxBytes`. A FIFO with no writer would block forever and `/dev/zero`
 * never ends, so both are refused without blocking (non-blocking open, fstat on the descriptor).
 */
export function readBoundedFileSync(path: string, opts: BoundedReadOptions): Buffer {
  const hint = opts.hint ?? 'pass a regular file';
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ConfinedFileError(`${opts.label}: ${path} is ${kindOf(st)}, not a regular file`, hint);
    const tooBig = () => new ConfinedFileError(`${opts.label}: ${path} is larger than ${opts.maxBytes} bytes`, hint);
    if (st.size > opts.maxBytes) throw tooBig();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, opts.maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > opts.maxBytes) throw tooBig();
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** As readConfinedSync, without blocking the event loop on the read. */
export async function readConfined(path: string, opts: ConfinedReadOptions): Promise<Buffer> {
  const real = confinedPath(path, opts);
  const max = opts.maxBytes ?? MAX_SPEC_FILE_BYTES;
  const fh = await open(real, OPEN_FLAGS);
  try {
    const st = await fh.stat();
    if (!st.isFile())
      throw new ConfinedFileError(
        `${opts.label} ${JSON.stringify(path)} is ${kindOf(st)}, not a regular file`,
        opts.hint ?? DEFAULT_HINT,
      );
    if (st.size > max) throw tooLarge(path, opts, max);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(64 * 1024, max + 1 - total));
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) break;
      chunks.push(buf.subarray(0, bytesRead));
      total += bytesRead;
      if (total > max) throw tooLarge(path, opts, max);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}
