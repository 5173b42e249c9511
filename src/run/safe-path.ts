/**
 * Writes that a symlink cannot redirect. A command step runs between the
 * engine's writes and can swap any folder under outputs/ (or a golden folder) for a symlink, so a
 * check made earlier proves nothing at the moment of the write. Here every component of the
 * target's folder is lstat'ed immediately before the rename, in the same synchronous step (no
 * other code of this process runs in between), and the rename goes to the resolved real folder:
 * a symlink that stays inside the root is followed, one leading out is refused, and so is a
 * component that is not a folder. The target itself is replaced by rename (a link there is
 * replaced, never followed).
 *
 * What remains: another process swapping a component in the microseconds between the lstat walk
 * and the rename. Node has no openat/renameat, which would close that window; see docs/security.md.
 */
import { lstatSync, mkdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { PathEscapeError } from '../util/errors.js';
import { tempName } from '../util/atomic-write.js';

export function isInside(rootReal: string, path: string): boolean {
  const rel = relative(rootReal, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real folder that holds `rel` (a normalized posix path below the root), walking its folders
 * from the real root with lstat. `create` makes missing folders (one at a time, never through a
 * link). Throws PathEscapeError for a link leading out or a component that is not a folder.
 */
export function realParentOf(rootReal: string, rel: string, create: boolean, label = 'outputs/'): string {
  const parts = rel.split('/');
  let current = rootReal;
  let shown = '';
  for (const part of parts.slice(0, -1)) {
    current = join(current, part);
    shown = shown ? `${shown}/${part}` : part;
    let st = lstatSync(current, { throwIfNoEntry: false });
    if (!st && create) {
      try {
        mkdirSync(current);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      st = lstatSync(current);
    }
    if (!st) throw new PathEscapeError(rel, `folder ${shown} is missing`);
    if (st.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(current);
      } catch {
        throw new PathEscapeError(rel, `${shown} is a dangling symlink`);
      }
      if (!isInside(rootReal, real)) throw new PathEscapeError(rel, `${shown} is a symlink leading out of ${label}`);
      if (!lstatSync(real).isDirectory()) throw new PathEscapeError(rel, `${shown} is a file, not a folder`);
      current = real;
    } else if (!st.isDirectory()) {
      throw new PathEscapeError(rel, `${shown} is a file, not a folder`);
    }
  }
  return current;
}

/**
 * Atomically writes `bytes` to `rel` below `rootReal`: a temp file (in `tmpDir`, same filesystem,
 * else beside the target), then the walk above, then the rename, with nothing in between.
 */
export function writeInside(
  rootReal: string,
  rel: string,
  bytes: string | Uint8Array,
  tmpDir?: string,
  label?: string,
): void {
  const base = rel.split('/').pop()!;
  const tmp = tempName(tmpDir ? join(tmpDir, base) : join(realParentOf(rootReal, rel, true, label), base), tmpDir);
  writeFileSync(tmp, bytes, { flag: 'wx' });
  try {
    // create: a folder a command removed since is made again, through the same checked walk.
    const target = join(realParentOf(rootReal, rel, true, label), base);
    if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory())
      throw new PathEscapeError(rel, 'a folder of that name exists');
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}

/** Removes `rel` below `rootReal` (the link itself if it is one), refusing a path through a link out. */
export function removeInside(rootReal: string, rel: string, label?: string): void {
  const target = join(realParentOf(rootReal, rel, false, label), rel.split('/').pop()!);
  try {
    unlinkSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}
