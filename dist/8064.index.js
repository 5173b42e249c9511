export const id = 8064;
export const ids = [8064];
export const modules = {

/***/ 8064:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ comparePaths),
/* harmony export */   listWorkspaceFiles: () => (/* binding */ listWorkspaceFiles)
/* harmony export */ });
/* unused harmony export toPosix */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var ignore__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70298);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(60925);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_skip_folders_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(15057);
/**
 * Workspace files for a step's context: globs, minus `exclude`, minus what git ignores, minus
 * `.git/` and `node_modules/`, minus symlinks leaving the workspace. Paths come back relative,
 * with `/` separators, sorted by code unit: the same list on every OS.
 *
 * .gitignore files apply as git applies them: every .gitignore from the repository root (the
 * nearest folder above the workspace holding `.git`) down to the file's folder, deeper files
 * overriding shallower ones, `!negation` included, and nothing re-included under an ignored folder.
 */







// `ignore` is CommonJS with a default export: under NodeNext, call the function itself.
const makeIgnore = ignore__WEBPACK_IMPORTED_MODULE_3__;
const ALWAYS_EXCLUDED = ['**/.git/**', '**/node_modules/**'];
function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? p : p.split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/');
}
/** Code-unit order, not locale order: `localeCompare` differs between ICU builds. */
function comparePaths(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The nearest folder at or above `dir` that holds `.git`, or undefined. */
function findGitRoot(dir) {
    let current = dir;
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(current, '.git')))
            return current;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
        if (parent === current)
            return undefined;
        current = parent;
    }
}
class GitIgnoreMatcher {
    levels;
    above;
    dirCache = new Map();
    /** Levels by folder relative to the workspace, outermost first. */
    constructor(levels, above) {
        this.levels = levels;
        this.above = above;
    }
    /** Whether git ignores `rel` (a path relative to the workspace); `isDir` for folders. */
    matches(rel, isDir) {
        let ignored = false;
        const check = (ig, path) => {
            if (path === '' || path.startsWith('..'))
                return;
            const r = ig.test(isDir ? `${path}/` : path);
            if (r.ignored)
                ignored = true;
            else if (r.unignored)
                ignored = false;
        };
        for (const level of this.above)
            check(level.ig, `${level.dir}/${rel}`);
        const parts = rel.split('/');
        for (let depth = 0; depth < parts.length; depth++) {
            const folder = parts.slice(0, depth).join('/');
            const ig = this.levels.get(folder);
            if (ig)
                check(ig, parts.slice(depth).join('/'));
        }
        return ignored;
    }
    dirIgnored(dir) {
        if (dir === '')
            return false;
        const hit = this.dirCache.get(dir);
        if (hit !== undefined)
            return hit;
        const slash = dir.lastIndexOf('/');
        const result = this.dirIgnored(slash < 0 ? '' : dir.slice(0, slash)) || this.matches(dir, true);
        this.dirCache.set(dir, result);
        return result;
    }
    ignores(rel) {
        const slash = rel.lastIndexOf('/');
        if (slash >= 0 && this.dirIgnored(rel.slice(0, slash)))
            return true;
        return this.matches(rel, false);
    }
}
async function loadGitIgnores(workspaceDir) {
    const levels = new Map();
    const files = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_6__/* .glob */ .TI)(['**/.gitignore'], {
        cwd: workspaceDir,
        dot: true,
        ignore: ALWAYS_EXCLUDED,
        followSymbolicLinks: false,
    });
    for (const f of files.sort(comparePaths)) {
        const folder = f === '.gitignore' ? '' : f.slice(0, -'/.gitignore'.length);
        levels.set(folder, makeIgnore().add(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(workspaceDir, f), 'utf8')));
    }
    // .gitignore files between the repository root and the workspace also apply to it.
    const above = [];
    const gitRoot = findGitRoot(workspaceDir);
    if (gitRoot !== undefined && gitRoot !== workspaceDir) {
        let current = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(workspaceDir);
        const chain = [];
        for (;;) {
            chain.unshift(current);
            if (current === gitRoot)
                break;
            const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(current);
            if (parent === current)
                break;
            current = parent;
        }
        for (const folder of chain) {
            const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(folder, '.gitignore');
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
                continue;
            // A path relative to `folder` is the workspace's relative path prefixed with this.
            above.push({ dir: toPosix((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(folder, workspaceDir)), ig: makeIgnore().add(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file, 'utf8')) });
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
async function listWorkspaceFiles(workspaceDir, include, exclude = [], skipDirs = []) {
    if (include.length === 0)
        return [];
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspaceDir);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_CONTEXT_WORKSPACE', `context: workspace folder ${root} does not exist`, {
            hint: "context.include globs are relative to the workspace (the spec file's folder unless " +
                '--workspace/working-directory says otherwise)',
        });
    }
    const skipped = (0,_util_skip_folders_js__WEBPACK_IMPORTED_MODULE_5__/* .foldersInside */ .os)(root, skipDirs);
    const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_6__/* .glob */ .TI)(include, {
        cwd: root,
        ignore: [...exclude, ...ALWAYS_EXCLUDED, ...(0,_util_skip_folders_js__WEBPACK_IMPORTED_MODULE_5__/* .skipGlobs */ .jZ)(skipped)],
        onlyFiles: true,
        followSymbolicLinks: false,
    });
    const gitignore = await loadGitIgnores(root);
    const realRoot = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root);
    const out = [];
    for (const f of new Set(found.map(toPosix))) {
        if (f.startsWith('../') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(f))
            continue;
        if (f.split('/').some((part) => part === '.git' || part === 'node_modules'))
            continue;
        if ((0,_util_skip_folders_js__WEBPACK_IMPORTED_MODULE_5__/* .inSkippedFolder */ .Gh)(f, skipped))
            continue;
        if (gitignore.ignores(f))
            continue;
        // A symlink may point anywhere: only what really lives in the workspace is read.
        try {
            const real = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, f));
            const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(realRoot, real);
            if (rel.startsWith('..') || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
                continue;
        }
        catch {
            continue;
        }
        out.push(f);
    }
    return out.sort(comparePaths);
}


/***/ })

};
