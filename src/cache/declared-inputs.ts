/**
 * What a cached command step declares it depends on outside the run (docs/reference.md: Cache control per step):
 * workspace files by glob and environment variables by name. Their content and values go into its key, so
 * a changed file or variable is a miss, never a stale hit.
 *
 * Globs use tinyglobby (as context.include does) but, unlike context, nothing is left out for
 * .gitignore: a command reads ignored files (.env, build output) as readily as tracked ones, and
 * a file the key skipped is exactly how a stale hit happens. Dot files match like any other.
 */
import { ConfinedFileError, MAX_SPEC_FILE_BYTES, readConfinedSync, specRoot } from '../util/confined-read.js';
import { join, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { sha256 } from '../util/hash.js';
import { foldersInside, inSkippedFolder, skipGlobs } from '../util/skip-folders.js';

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));
/** Code-unit order: the same on every OS and ICU build (keys must be). */
const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface FileHash {
  path: string;
  sha256: string;
}

/**
 * Every file the globs match under `baseDir`, with its content hash, in a stable order. The
 * engine's own folders (`skipDirs`: runs and cache) are left out: they change on every run.
 */
export function workspaceFileHashes(
  baseDir: string,
  globs: readonly string[],
  skipDirs: readonly (string | undefined)[] = [],
): FileHash[] {
  if (globs.length === 0) return [];
  const skipped = foldersInside(baseDir, skipDirs);
  const paths = globSync([...globs], {
    cwd: baseDir,
    dot: true,
    onlyFiles: true,
    expandDirectories: false,
    ignore: skipGlobs(skipped),
  })
    .map(toPosix)
    .filter((p) => !inSkippedFolder(p, skipped));
  return [...new Set(paths)].sort(comparePaths).map((p) => {
    let hash: string;
    try {
      // A regular file inside the spec's repository, at most 16 MiB (docs/reference.md, "Files the
      // spec names"): a FIFO or /dev/zero matched by a glob must not hang or exhaust the run.
      hash = sha256(
        readConfinedSync(join(baseDir, p), {
          root: specRoot(baseDir),
          label: 'files entry',
          maxBytes: MAX_SPEC_FILE_BYTES,
        }),
      );
    } catch (e) {
      // Too large, a FIFO, a symlink out: an error, never a constant hash that would hit after the
      // file changed.
      if (e instanceof ConfinedFileError) throw e;
      // Gone between the glob and the read (or unreadable): hashed as such, so it cannot match a
      // key made when the file was there.
      hash = 'unreadable';
    }
    return { path: p, sha256: hash };
  });
}

/** The declared variables' values (null = unset), keyed by name. Only their hash is ever stored. */
export function envValues(
  env: Readonly<Record<string, string | undefined>>,
  names: readonly string[],
): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const n of [...names].sort()) out[n] = env[n] ?? null;
  return out;
}
