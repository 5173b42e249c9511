export const id = 1062;
export const ids = [1062,8064];
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


/***/ }),

/***/ 31062:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildContext: () => (/* reexport */ buildContext)
});

// UNUSED EXPORTS: MAX_FILE_BYTES, bm25Scores, estimateTokens, listWorkspaceFiles, tokenize

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./lib/util/confined-read.js
var confined_read = __webpack_require__(16471);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/util/hash.js
var hash = __webpack_require__(52934);
// EXTERNAL MODULE: ./lib/util/tokens.js
var tokens = __webpack_require__(56548);
// EXTERNAL MODULE: ./lib/context/files.js
var files = __webpack_require__(8064);
;// CONCATENATED MODULE: ./lib/context/rank.js
/**
 * BM25 relevance of files to a prompt: what decides which files stay when the context is over
 * budget. The tokenizer is deliberately simple and locale-free (same scores on every OS):
 * runs of letters/digits, split at camelCase and snake_case boundaries, lowercased.
 */
const WORD = /[\p{L}\p{N}]+/gu;
const CAMEL = /(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u;
/** `parseHTTPResponse_v2` -> parse, http, response, v2 (plus the whole word `parsehttpresponse`). */
function tokenize(text) {
    const out = [];
    for (const m of text.matchAll(WORD)) {
        const word = m[0];
        const parts = word.split(CAMEL);
        for (const p of parts)
            if (p.length >= 2)
                out.push(p.toLowerCase());
        if (parts.length > 1)
            out.push(word.toLowerCase());
    }
    return out;
}
const K1 = 1.2;
const B = 0.75;
/** A term in the path counts as much as this many occurrences in the content. */
const PATH_WEIGHT = 3;
/**
 * BM25 score of every doc for `query`, in the docs' order. Only the query's terms are counted,
 * so thousands of files cost one pass over their text.
 */
function bm25Scores(docs, query) {
    const terms = [...new Set(tokenize(query))];
    if (terms.length === 0 || docs.length === 0)
        return docs.map(() => 0);
    const termSet = new Set(terms);
    const tfs = [];
    const lengths = [];
    const df = new Map();
    for (const doc of docs) {
        const tf = new Map();
        let length = 0;
        const count = (tokens, weight) => {
            for (const t of tokens) {
                length += weight;
                if (termSet.has(t))
                    tf.set(t, (tf.get(t) ?? 0) + weight);
            }
        };
        count(tokenize(doc.path), PATH_WEIGHT);
        count(tokenize(doc.content), 1);
        for (const t of tf.keys())
            df.set(t, (df.get(t) ?? 0) + 1);
        tfs.push(tf);
        lengths.push(length);
    }
    const n = docs.length;
    const avgdl = lengths.reduce((a, b) => a + b, 0) / n || 1;
    return tfs.map((tf, i) => {
        let score = 0;
        for (const t of terms) {
            const f = tf.get(t);
            if (!f)
                continue;
            const d = df.get(t);
            const idf = Math.log(1 + (n - d + 0.5) / (d + 0.5));
            score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * lengths[i]) / avgdl));
        }
        // Rounded so that last-bit differences can never reorder files between machines.
        return Math.round(score * 1e6) / 1e6;
    });
}

;// CONCATENATED MODULE: ./lib/context/build.js
/**
 * A step's context: upstream outputs and workspace files rendered as blocks under a token budget.
 *
 * Under budget, everything goes in: upstream outputs first (in the order given), then workspace
 * files in path order. Over budget, upstream outputs keep their place at the front (the step asked
 * for them by name) and workspace files are ranked by BM25 relevance to the prompt (ties by
 * path); blocks are added in that order until one does not fit, which is cut with a visible
 * marker, and the files left out are named in a last line. The result depends only on the file
 * contents, the globs and the prompt: the same on every OS (paths use `/`, CRLF reads as LF).
 */








/** Files larger than this are skipped outright: they could never fit a prompt's budget. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
/** A block is cut only if at least this many tokens of it can stay; else it is dropped. */
const MIN_TRUNCATED_TOKENS = 32;
const LISTED_OMISSIONS = 20;
const READ_CONCURRENCY = 32;
function normalize(text) {
    return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}
function isBinary(buf) {
    // git's heuristic: a NUL byte in the first 8000 bytes.
    const end = Math.min(buf.length, 8000);
    for (let i = 0; i < end; i++)
        if (buf[i] === 0)
            return true;
    return false;
}
function block(header, content) {
    return `${header}\n${content}${content.endsWith('\n') || content === '' ? '' : '\n'}`;
}
/** Blocks are joined by a blank line: each costs its own tokens plus one separator character. */
function blockTokens(text) {
    return (0,tokens/* estimateTokens */.b)(`${text}\n`);
}
async function mapLimit(items, limit, fn) {
    const out = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            out[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return out;
}
async function readWorkspace(workspaceDir, paths) {
    return mapLimit(paths, READ_CONCURRENCY, async (path) => {
        const abs = (0,external_node_path_.join)(workspaceDir, path);
        const skipped = (reason, hash = '') => ({
            path,
            source: 'workspace',
            sha256: hash,
            tokens: 0,
            included_tokens: 0,
            status: 'skipped',
            score: null,
            reason,
        });
        let buf;
        try {
            if ((await (0,promises_.stat)(abs)).size > MAX_FILE_BYTES)
                return skipped('too large');
            // A regular file inside the workspace (a FIFO or a swapped symlink must not hang or leak).
            buf = await (0,confined_read/* readConfined */.Hz)(path, { root: workspaceDir, label: 'context file', maxBytes: MAX_FILE_BYTES });
        }
        catch (e) {
            // Gone or unreadable since it was listed (a concurrent build, permissions).
            return skipped(`unreadable: ${e.code ?? 'error'}`);
        }
        if (isBinary(buf))
            return skipped('binary', (0,hash/* sha256 */.s)(buf));
        const content = normalize(buf.toString('utf8'));
        return {
            file: {
                path,
                source: 'workspace',
                sha256: (0,hash/* sha256 */.s)(content),
                tokens: (0,tokens/* estimateTokens */.b)(content),
                included_tokens: 0,
                status: 'included',
                score: null,
            },
            content,
            header: `--- file: ${path} ---`,
        };
    });
}
function omissionLine(paths, maxTokens, maxListed = LISTED_OMISSIONS) {
    const n = paths.length;
    const listed = paths.slice(0, maxListed);
    const names = listed.length
        ? `: ${listed.join(', ')}${n > listed.length ? `, and ${n - listed.length} more` : ''}`
        : '';
    return `[context: ${n} file${n === 1 ? '' : 's'} omitted over the ${maxTokens}-token budget${names}]`;
}
/**
 * What the omission line needs at the least (no names, the largest count): all that is reserved
 * up front. Reserving room for 20 long paths instead ate a small budget whole, so the most
 * relevant file was dropped and nothing was included; the names now fill what the files leave.
 */
function omissionReserve(candidates, maxTokens) {
    return blockTokens(omissionLine(Array(candidates.length).fill(''), maxTokens, 0)) + 1;
}
/** The omission line naming as many files as the room left allows. */
function fittingOmissionLine(omitted, maxTokens, room) {
    for (let k = Math.min(LISTED_OMISSIONS, omitted.length); k > 0; k--) {
        const line = omissionLine(omitted, maxTokens, k);
        if (blockTokens(line) <= room)
            return line;
    }
    return omissionLine(omitted, maxTokens, 0);
}
/** Cuts `content` so its block fits `budget` tokens, at a line end when one is near. */
function truncateToFit(c, budget) {
    const markerRoom = 16; // `[... truncated: N more tokens ...]` and its line break
    const chars = (budget - markerRoom) * 4 - c.header.length - 3;
    if (chars < MIN_TRUNCATED_TOKENS * 4)
        return undefined;
    let kept = chars;
    const lastLine = c.content.lastIndexOf('\n', chars - 1);
    if (lastLine + 1 >= chars / 2)
        kept = lastLine + 1;
    let cut = c.content.slice(0, kept);
    if (!cut.endsWith('\n'))
        cut += '\n';
    const rest = (0,tokens/* estimateTokens */.b)(c.content.slice(kept));
    return `${cut}[... truncated: ${rest} more tokens ...]\n`;
}
async function buildContext(opts) {
    const upstream = opts.upstream.map(({ path, content }) => {
        const text = normalize(content);
        return {
            file: {
                path,
                source: 'upstream',
                sha256: (0,hash/* sha256 */.s)(text),
                tokens: (0,tokens/* estimateTokens */.b)(text),
                included_tokens: 0,
                status: 'included',
                score: null,
            },
            content: text,
            header: `--- output: ${path} ---`,
        };
    });
    const paths = await (0,files.listWorkspaceFiles)(opts.workspaceDir, opts.include, opts.exclude, opts.skipDirs);
    const read = await readWorkspace(opts.workspaceDir, paths);
    const workspace = read.filter((r) => 'file' in r);
    const skipped = read.filter((r) => !('file' in r));
    const all = [...upstream, ...workspace];
    const blocks = all.map((c) => block(c.header, c.content));
    const total = blocks.reduce((sum, b) => sum + blockTokens(b), 0);
    const selection = () => [...upstream.map((c) => c.file), ...workspace.map((c) => c.file), ...skipped].sort((a, b) => a.source === b.source
        ? a.source === 'upstream'
            ? 0
            : (0,files/* comparePaths */.c)(a.path, b.path)
        : a.source === 'upstream'
            ? -1
            : 1);
    if (total <= opts.maxTokens) {
        all.forEach((c, i) => (c.file.included_tokens = blockTokens(blocks[i])));
        const text = blocks.join('\n');
        return { text, tokens: (0,tokens/* estimateTokens */.b)(text), selection: selection() };
    }
    const scores = bm25Scores(workspace.map((c) => ({ path: c.file.path, content: c.content })), opts.query);
    workspace.forEach((c, i) => (c.file.score = scores[i]));
    const ranked = [
        ...upstream,
        ...[...workspace].sort((a, b) => (b.file.score ?? 0) - (a.file.score ?? 0) || (0,files/* comparePaths */.c)(a.file.path, b.file.path)),
    ];
    const budget = opts.maxTokens - omissionReserve(all, opts.maxTokens);
    const out = [];
    let used = 0;
    let full = false;
    const omitted = [];
    for (const c of ranked) {
        if (full) {
            c.file.status = 'dropped';
            omitted.push(c.file.path);
            continue;
        }
        const b = block(c.header, c.content);
        const cost = blockTokens(b);
        if (used + cost <= budget) {
            out.push(b);
            used += cost;
            c.file.included_tokens = cost;
            continue;
        }
        full = true;
        const cut = truncateToFit(c, budget - used);
        if (cut === undefined) {
            c.file.status = 'dropped';
            omitted.push(c.file.path);
            continue;
        }
        const t = `${c.header}\n${cut}`;
        out.push(t);
        used += blockTokens(t);
        c.file.status = 'truncated';
        c.file.included_tokens = blockTokens(t);
    }
    if (omitted.length > 0)
        out.push(fittingOmissionLine(omitted, opts.maxTokens, opts.maxTokens - used));
    const text = out.join('\n');
    return { text, tokens: (0,tokens/* estimateTokens */.b)(text), selection: selection() };
}

;// CONCATENATED MODULE: ./lib/context/index.js
/** Context retrieval for prompts: workspace files and upstream outputs under a token budget. */





/***/ })

};
