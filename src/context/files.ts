/**
 * Workspace files for a step's context: globs, minus `exclude`, minus what git ignores, minus
 * `.git/` and `node_modules/`, minus symlinks leaving the workspace. Paths come back relative,
 * with `/` separators, sorted by code unit: the same list on every OS.
 *
 * .gitignore files apply as git applies them: every .gitignore from the repository root (the
 * nearest folder above the workspace holding `.git`) down to the file's folder, deeper files
 * overriding shallower ones, `!negation` included, and nothing re-included under an ignored folder.
 */
import { existsSync } from 'node:fs';
import { readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import ignoreImport, { type Ignore } from 'ignore';
import { glob } from 'tinyglobby';
import { UsageError } from '../util/errors.js';
import { foldersInside, inSkippedFolder, skipGlobs } from '../util/skip-folders.js';

// `ignore` is CommonJS with a default export: under NodeNext, call the function itself.
const makeIgnore = ignoreImport as unknown as () => Ignore;

const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**'];

export function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** Code-unit order, not locale order: `localeCompare` differs between ICU builds. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The nearest folder at or above `dir` that holds `.git`, or undefined. */
function findGitRoot(dir: string): string | undefined {
  let current = dir;
  for (;;) {
    if (existsSync(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

interface IgnoreLevel {
  /** The workspace's path as seen from the .gitignore's folder (a folder above the workspace). */
  dir: string;
  ig: Ignore;
}

class GitIgnoreMatcher {
  private readonly dirCache = new Map<string, boolean>();
  /** Levels by folder relative to the workspace, outermost first. */
  constructor(
    private readonly levels: Map<string, Ignore>,
    private readonly above: IgnoreLevel[],
  ) {}

  /** Whether git ignores `rel` (a path relative to the workspace); `isDir` for folders. */
  private matches(rel: string, isDir: boolean): boolean {
    let ignored = false;
    const check = (ig: Ignore, path: string) => {
      if (path === '' || path.startsWith('..')) return;
      const r = ig.test(isDir ? `${path}/` : path);
      if (r.ignored) ignored = true;
      else if (r.unignored) ignored = false;
    };
    for (const level of this.above) check(level.ig, `${level.dir}/${rel}`);
    const parts = rel.split('/');
    for (let depth = 0; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const ig = this.levels.get(folder);
      if (ig) check(ig, parts.slice(depth).join('/'));
    }
    return ignored;
  }

  private dirIgnored(dir: string): boolean {
    if (dir === '') return false;
    const hit = this.dirCache.get(dir);
    if (hit !== undefined) return hit;
    const slash = dir.lastIndexOf('/');
    const result = this.dirIgnored(slash < 0 ? '' : dir.slice(0, slash)) || this.matches(dir, true);
    this.dirCache.set(dir, result);
    return result;
  }

  ignores(rel: string): boolean {
    const slash = rel.lastIndexOf('/');
    if (slash >= 0 && this.dirIgnored(rel.slice(0, slash))) return true;
    return this.matches(rel, false);
  }
}

async function loadGitIgnores(workspaceDir: string): Promise<GitIgnoreMatcher> {
  const levels = new Map<string, Ignore>();
  const files = await glob(['**/.gitignore'], {
    cwd: workspaceDir,
    dot: true,
    ignore: ALWAYS_EXCLUDED,
    followSymbolicLinks: false,
  });
  for (const f of files.sort(comparePaths)) {
    const folder = f === '.gitignore' ? '' : f.slice(0, -'/.gitignore'.length);
    levels.set(folder, makeIgnore().add(await readFile(join(workspaceDir, f), 'utf8')));
  }
  // .gitignore files between the repository root and the workspace also apply to it.
  const above: IgnoreLevel[] = [];
  const gitRoot = findGitRoot(workspaceDir);
  if (gitRoot !== undefined && gitRoot !== workspaceDir) {
    let current = dirname(workspaceDir);
    const chain: string[] = [];
    for (;;) {
      chain.unshift(current);
      if (current === gitRoot) break;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const folder of chain) {
      const file = join(folder, '.gitignore');
      if (!existsSync(file)) continue;
      // A path relative to `folder` is the workspace's relative path prefixed with this.
      above.push({ dir: toPosix(relative(folder, workspaceDir)), ig: makeIgnore().add(await readFile(file, 'utf8')) });
    }
  }
  return new GitIgnoreMatcher(levels, above);
}

/**
 * The workspace files matching `include` and not `exclude`, not ignored by git, sorted.
 * Patterns are tinyglobby (picomatch) globs relative to `workspaceDir`; dotfiles match only
 * when a pattern names them (`.github/**`). Nothing under `skipDirs` (the engine's runs and cache
 * folders, absolute or relative to the process) is listed.
 */
export async function listWorkspaceFiles(
  workspaceDir: string,
  include: string[],
  exclude: string[] = [],
  skipDirs: readonly (string | undefined)[] = [],
): Promise<string[]> {
  if (include.length === 0) return [];
  const root = resolve(workspaceDir);
  if (!existsSync(root)) {
    throw new UsageError('E_CONTEXT_WORKSPACE', `context: workspace folder ${root} does not exist`, {
      hint:
        "context.include globs are relative to the workspace (the spec file's folder unless " +
        '--workspace/working-directory says otherwise)',
    });
  }
  const skipped = foldersInside(root, skipDirs);
  const found = await glob(include, {
    cwd: root,
    ignore: [...exclude, ...ALWAYS_EXCLUDED, ...skipGlobs(skipped)],
    onlyFiles: true,
    followSymbolicLinks: false,
  });
  const gitignore = await loadGitIgnores(root);
  const realRoot = await realpath(root);
  const out: string[] = [];
  for (const f of new Set(found.map(toPosix))) {
    if (f.startsWith('../') || isAbsolute(f)) continue;
    if (f.split('/').some((part) => part === '.git' || part === 'node_modules')) continue;
    if (inSkippedFolder(f, skipped)) continue;
    if (gitignore.ignores(f)) continue;
    // A symlink may point anywhere: only what really lives in the workspace is read.
    try {
      const real = await realpath(join(root, f));
      const rel = relative(realRoot, real);
      if (rel.startsWith('..') || isAbsolute(rel)) continue;
    } catch {
      continue;
    }
    out.push(f);
  }
  return out.sort(comparePaths);
}
