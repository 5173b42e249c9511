export const id = 8197;
export const ids = [8197];
export const modules = {

/***/ 58197:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   baseRunKeys: () => (/* binding */ baseRunKeys),
/* harmony export */   baseRunRole: () => (/* binding */ baseRunRole),
/* harmony export */   readPreviews: () => (/* binding */ readPreviews),
/* harmony export */   reportExtras: () => (/* binding */ reportExtras),
/* harmony export */   restoreBaseRun: () => (/* binding */ restoreBaseRun),
/* harmony export */   saveBaseRun: () => (/* binding */ saveBaseRun),
/* harmony export */   snapshotRun: () => (/* binding */ snapshotRun),
/* harmony export */   syncBaseRun: () => (/* binding */ syncBaseRun)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _providers_secrets_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13715);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/* harmony import */ var _util_redact_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45171);
/**
 * "What this PR changed" across workflow runs. On a push to the default branch the action keeps a
 * snapshot of the run (manifest + the texts of its outputs) in the cache; caches are scoped by
 * branch and a pull request can read its base branch's, so on `pull_request` the action restores
 * the newest snapshot of the base branch and compares (src/report/pr-changes.ts).
 *
 * Also reads what the reports show from the run folder (output previews), with the same rules:
 * regular files under outputs/ only (no symlink is followed), size-capped, secrets redacted.
 */






const SNAPSHOT_FILE = 'base-run.json';
/** Per output kept for diffs, and in all: a snapshot is one cache entry among the repo's 10 GB. */
const MAX_OUTPUT_BYTES = 256 * 1024;
const MAX_TOTAL_BYTES = 8 * 1024 * 1024;
const MAX_SNAPSHOT_BYTES = 32 * 1024 * 1024;
function eventPayload(env) {
    try {
        return env.GITHUB_EVENT_PATH
            ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'))
            : {};
    }
    catch {
        return {};
    }
}
/** Save on a push to the default branch; compare on a pull request; else nothing. */
function baseRunRole(env) {
    const event = eventPayload(env);
    const name = env.GITHUB_EVENT_NAME;
    if (name === 'push') {
        const def = event.repository?.default_branch;
        const branch = env.GITHUB_REF_NAME ||
            (env.GITHUB_REF?.startsWith('refs/heads/') ? env.GITHUB_REF.slice('refs/heads/'.length) : '');
        // The push payload names the default branch; without a payload (a hand-made event) every
        // pushed branch keeps its run, which also serves pull requests based on it.
        if (branch && (typeof def !== 'string' || branch === def))
            return { role: 'save', branch, sha: env.GITHUB_SHA };
        return undefined;
    }
    if (name === 'pull_request' || name === 'pull_request_target') {
        const pr = event.pull_request;
        const branch = env.GITHUB_BASE_REF || (typeof pr?.base?.ref === 'string' ? pr.base.ref : '');
        const sha = typeof pr?.head?.sha === 'string' ? pr.head.sha : env.GITHUB_SHA;
        return branch ? { role: 'compare', branch, sha } : undefined;
    }
    return undefined;
}
/** `PREFIXorchestrator-base-JOB[-INSTANCE]:BRANCH:` + run id; restores take the newest by prefix. */
function baseRunKeys(prefix, jobName, branch, runId, attempt, instance = '') {
    const stem = `${prefix}orchestrator-base-${jobName}${instance ? `-${instance}` : ''}:${branch.replace(/[^\w./-]/g, '_')}` + `:`;
    return { primary: `${stem}${runId}-${attempt}`, restore: stem };
}
function inside(root, path) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, path);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs);
    return rel && !rel.startsWith('..') && !rel.startsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? abs : undefined;
}
/** A regular file under `root` (no symlink at any component), up to `max` bytes, as UTF-8 text; undefined if binary. */
async function readOutputText(root, path, max) {
    const abs = inside(root, path);
    if (!abs)
        return undefined;
    let at = root;
    for (const part of (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        at = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(at, part);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(at).catch(() => undefined);
        if (!st || st.isSymbolicLink())
            return undefined;
    }
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(abs);
    if (!st.isFile())
        return undefined;
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(abs, 'r');
    try {
        const buf = Buffer.alloc(Math.min(st.size, max));
        await fh.read(buf, 0, buf.length, 0);
        if (buf.includes(0))
            return undefined;
        return { text: buf.toString('utf8'), size: st.size };
    }
    finally {
        await fh.close();
    }
}
/** Each step's first output, cut to `maxChars`, for the reports. */
async function readPreviews(manifest, outputsDir, redact, maxChars = 4000) {
    const out = {};
    for (const [id, s] of Object.entries(manifest.steps)) {
        const first = s.status === 'succeeded' ? s.outputs?.[0] : undefined;
        if (!first)
            continue;
        const got = await readOutputText(outputsDir, first.path, maxChars * 4).catch(() => undefined);
        if (got)
            out[id] = { path: first.path, text: redact(got.text.slice(0, maxChars)), size_bytes: got.size };
    }
    return out;
}
async function snapshotRun(manifest, outputsDir, redact, sha) {
    const outputs = {};
    let total = 0;
    for (const s of Object.values(manifest.steps)) {
        for (const o of s.outputs ?? []) {
            if (o.size_bytes > MAX_OUTPUT_BYTES || total + o.size_bytes > MAX_TOTAL_BYTES)
                continue;
            const got = await readOutputText(outputsDir, o.path, MAX_OUTPUT_BYTES).catch(() => undefined);
            if (got && got.size <= MAX_OUTPUT_BYTES) {
                outputs[o.path] = redact(got.text);
                total += got.size;
            }
        }
    }
    return { manifest, outputs, ...(sha ? { sha } : {}) };
}
async function saveBaseRun(cache, core, dir, key, snapshot) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_FILE), JSON.stringify(snapshot));
        // Keys are immutable: look first, saving onto an existing key retries for ~30 s.
        if ((await cache.restore([dir], key, [], true)) === key)
            return false;
        await cache.save([dir], key);
        core.info(`Base run kept for pull requests under cache key ${key}`);
        return true;
    }
    catch (e) {
        core.warning(`Could not keep this run for pull request comparisons: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`);
        return false;
    }
}
function isSnapshot(x) {
    const s = x;
    return (typeof s === 'object' &&
        s !== null &&
        typeof s.manifest === 'object' &&
        s.manifest !== null &&
        typeof s.manifest.steps === 'object' &&
        s.manifest.steps !== null &&
        typeof s.outputs === 'object' &&
        s.outputs !== null &&
        Object.values(s.outputs).every((v) => typeof v === 'string'));
}
/** The base branch's newest snapshot, or undefined (none yet, unreadable, malformed). */
async function restoreBaseRun(cache, core, dir, restorePrefix) {
    try {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(dir, { recursive: true });
        const matched = await cache.restore([dir], `${restorePrefix}none`, [restorePrefix]);
        if (!matched)
            return undefined;
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, SNAPSHOT_FILE);
        const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(file);
        if (!st.isFile() || st.size > MAX_SNAPSHOT_BYTES)
            return undefined;
        const parsed = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8'));
        return isSnapshot(parsed) ? parsed : undefined;
    }
    catch (e) {
        core.warning(`Could not read the base branch's run: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`);
        return undefined;
    }
}
/** The one call main makes: save (push to default branch) or restore and compare (pull request). */
async function syncBaseRun(opts) {
    const role = baseRunRole(opts.env);
    if (!role)
        return {};
    const { compareQuality } = await Promise.all(/* import() */[__webpack_require__.e(3136), __webpack_require__.e(8598)]).then(__webpack_require__.bind(__webpack_require__, 38598));
    if (!opts.cacheAvailable)
        return {
            sha: role.sha,
            ...(role.role === 'compare'
                ? {
                    changesNote: 'not compared: the cache service is not available',
                    quality: compareQuality(opts.manifest, undefined),
                }
                : {}),
        };
    const keys = baseRunKeys(opts.prefix, opts.jobName, role.branch, opts.runId, opts.attempt, opts.instance);
    // A fixed path: @actions/cache versions an entry by its paths, so the PR must restore the same one.
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(opts.tempDir, 'orchestrator-base-run');
    const head = await snapshotRun(opts.manifest, opts.outputsDir, opts.redact, role.sha);
    if (role.role === 'save') {
        await saveBaseRun(opts.cache, opts.core, dir, keys.primary, head);
        return { sha: role.sha };
    }
    const base = await restoreBaseRun(opts.cache, opts.core, dir, keys.restore);
    if (!base)
        return {
            sha: role.sha,
            changesNote: `not compared: no run of \`${role.branch.replace(/`/g, '')}\` kept yet (one is kept on every push to ` + `it)`,
            quality: compareQuality(opts.manifest, undefined),
        };
    const { comparePrRuns } = await Promise.all(/* import() */[__webpack_require__.e(7291), __webpack_require__.e(3136), __webpack_require__.e(8730)]).then(__webpack_require__.bind(__webpack_require__, 8730));
    return { sha: role.sha, changes: comparePrRuns(base, head), quality: compareQuality(opts.manifest, base.manifest) };
}
/**
 * Everything the reports need beyond the manifest and events, in one call so main stays short.
 * Never throws: a report without extras is better than a failed action.
 */
async function reportExtras(o) {
    const kinds = Object.fromEntries(Object.entries(o.spec.steps).map(([id, s]) => [
        id,
        typeof s.run === 'string' ? 'command' : 'llm',
    ]));
    const redactor = new _util_redact_js__WEBPACK_IMPORTED_MODULE_5__/* .Redactor */ .pO([
        ...(0,_providers_secrets_js__WEBPACK_IMPORTED_MODULE_3__/* .secretValues */ .VX)(o.spec, o.svc.env),
        ...(o.inputs.githubToken ? [o.inputs.githubToken] : []),
    ]);
    const redact = (t) => redactor.apply(t);
    try {
        const pr = await syncBaseRun({
            cache: o.svc.cache,
            cacheAvailable: o.cacheAvailable,
            core: o.svc.core,
            env: o.svc.env,
            prefix: o.inputs.cacheKeyPrefix,
            jobName: o.spec.name,
            runId: o.ctx.runId,
            attempt: o.ctx.runAttempt,
            tempDir: o.ctx.tempDir,
            manifest: o.manifest,
            outputsDir: o.outputsDir,
            redact,
        });
        return { ...pr, kinds, previews: await readPreviews(o.manifest, o.outputsDir, redact) };
    }
    catch (e) {
        o.svc.core.warning(`Could not prepare the report's extras: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .errorMessage */ .gJ)(e)}`);
        return { kinds, previews: {} };
    }
}


/***/ })

};
