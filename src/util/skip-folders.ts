/**
 * Folders a workspace glob never reads: the engine's own runs and cache folders (docs/reference.md,
 * "Globs"). A run writes into them while it runs, so a glob over them would list its own
 * events.jsonl as an item, or hash files that change on every run (a cached step that never hits).
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { escapePath } from 'tinyglobby';

/** The folders among `dirs` that lie inside `root`, as `/`-separated paths relative to it. */
export function foldersInside(root: string, dirs: readonly (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const d of dirs) {
    if (!d) continue;
    const rel = relative(resolve(root), resolve(d));
    // The workspace itself (or a folder above it) is never skipped: that would hide everything.
    if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
    out.push(sep === '/' ? rel : rel.split(sep).join('/'));
  }
  return [...new Set(out)];
}

/** Ignore globs (tinyglobby) for those folders: their names are escaped, so `[` or `*` match literally. */
export function skipGlobs(folders: readonly string[]): string[] {
  return folders.map((f) => `${escapePath(f)}/**`);
}

/** Whether `rel` (a `/`-separated path relative to the same root) lies in one of `folders`. */
export function inSkippedFolder(rel: string, folders: readonly string[]): boolean {
  return folders.some((f) => rel === f || rel.startsWith(`${f}/`));
}
