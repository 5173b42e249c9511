/**
 * Safe writes into a run's outputs/ folder. A step can only write below the folder: no `..`, no
 * absolute paths, no NUL, no symlinked folder leading out. Writes are atomic (temp + rename) and
 * idempotent: identical content is left alone (`nochange`), which keeps mtimes stable for the
 * tools that read outputs. The API is asynchronous, the I/O inside synchronous on purpose:
 * outputs are small, and measured on a 10,000-step run the per-call cost of fs/promises on the
 * main thread (a promise and a thread-pool round trip for each of lstat, open, write, close and
 * rename) was larger than the file operations themselves, and its four pool threads fought over
 * the same directory lock.
 */
import { lstatSync, mkdirSync, readFileSync, realpathSync, rmSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { PathEscapeError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { rethrowFsFault } from '../util/fs-errors.js';
import { realParentOf, writeInside } from './safe-path.js';
import { readConfinedSync } from '../util/confined-read.js';
import { boundedPath } from '../util/file-names.js';
import type { EventSink } from '../events/types.js';

export interface WriteResult {
  path: string;
  sha256: string;
  size_bytes: number;
  wrote: boolean;
  reason: 'created' | 'updated' | 'nochange';
}

/** Checks a spec-relative output path and returns its normalized posix form. */
export function normalizeOutputPath(path: string): string {
  if (path.includes('\0')) throw new PathEscapeError(path, 'it contains a NUL byte');
  const posix = path.replace(/\\/g, '/');
  if (isAbsolute(path) || posix.startsWith('/') || /^[A-Za-z]:/.test(posix))
    throw new PathEscapeError(path, 'it is absolute');
  const parts = posix.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new PathEscapeError(path, 'it contains ".."');
  if (parts.length === 0) throw new PathEscapeError(path, 'it names no file');
  // A name rendered from a long item would pass the file system's limit: bounded, as log names are.
  return boundedPath(parts.join('/'));
}

function lstatOrUndefined(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

export class FileStore {
  private readonly rootReal: string;
  /** Folders created (or found) once; a cache for creation only, never for the safety check. */
  private readonly createdDirs = new Set<string>();

  /**
   * @param tmpDir where writes are staged before their rename: a folder on the same filesystem
   *   but outside `root`, so a crash mid-write never leaves a stray file among the outputs.
   *   It is emptied here.
   */
  constructor(
    readonly root: string,
    private readonly events?: EventSink,
    private readonly tmpDir?: string,
  ) {
    mkdirSync(root, { recursive: true });
    this.rootReal = realpathSync(root);
    if (tmpDir) {
      rmSync(tmpDir, { recursive: true, force: true });
      mkdirSync(tmpDir, { recursive: true });
    }
  }

  /** Absolute path of an output, after the same checks as a write. */
  resolve(path: string): string {
    return join(this.root, ...normalizeOutputPath(path).split('/'));
  }

  private inside(real: string): boolean {
    const rel = relative(this.rootReal, real);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  }

  async safeWrite(path: string, content: string | Uint8Array, stepId?: string): Promise<WriteResult> {
    const rel = normalizeOutputPath(path);
    const abs = join(this.root, ...rel.split('/'));
    // Folders are created through the lstat walk of src/run/safe-path.ts, never through a
    // link out. Remembering created folders only saves that walk: writeInside checks again at the rename.
    const slash = rel.lastIndexOf('/');
    const folder = slash < 0 ? '' : rel.slice(0, slash);
    if (folder && !this.createdDirs.has(folder)) {
      try {
        realParentOf(this.rootReal, rel, true);
      } catch (e) {
        if (e instanceof PathEscapeError) throw e;
        rethrowFsFault(e, `create the folder of output ${rel}`);
      }
      this.createdDirs.add(folder);
    }
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const digest = sha256(bytes);
    let reason: WriteResult['reason'] = 'created';
    const st = lstatOrUndefined(abs);
    if (st) {
      if (st.isSymbolicLink()) {
        // Rename replaces the link itself, never its target; still, a link out is a red flag.
        if (!this.inside(realpathSync(abs))) throw new PathEscapeError(rel, 'it is a symlink leading out of outputs/');
        reason = 'updated';
      } else if (st.isDirectory()) {
        throw new PathEscapeError(rel, 'a folder of that name exists');
      } else if (st.isFile() && st.size === bytes.length && sha256(readFileSync(abs)) === digest) {
        reason = 'nochange';
      } else {
        reason = 'updated';
      }
    }
    if (reason !== 'nochange') {
      try {
        // Checked again at the moment of the rename: a command may have swapped a folder for a link since.
        writeInside(this.rootReal, rel, bytes, this.tmpDir);
      } catch (e) {
        if (e instanceof PathEscapeError) throw e;
        rethrowFsFault(e, `write output ${rel}`);
      }
    }
    const result: WriteResult = {
      path: rel,
      sha256: digest,
      size_bytes: bytes.length,
      wrote: reason !== 'nochange',
      reason,
    };
    this.events?.emit({ type: 'file.written', step_id: stepId, data: { ...result } });
    return result;
  }

  /** sha256 of an existing output, or undefined when it is missing. */
  hashOf(path: string): string | undefined {
    try {
      // A command may have swapped an earlier output for a FIFO or a link out; resume
      // must neither hang on it nor hash a file outside outputs/ (either is "modified": run again).
      return sha256(
        readConfinedSync(normalizeOutputPath(path), { root: this.root, label: 'output', maxBytes: 1024 * 1024 * 1024 }),
      );
    } catch {
      return undefined;
    }
  }
}
