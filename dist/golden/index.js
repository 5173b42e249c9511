import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./lib/report/format.js
/** A number from a manifest, which may be forged: anything that is not a finite number is 0. */
function num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
function formatDuration(ms) {
    if (typeof ms !== 'number' || !Number.isFinite(ms))
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const s = ms / 1000;
    if (s < 60)
        return `${s.toFixed(1)} s`;
    const m = Math.floor(s / 60);
    const rest = Math.round(s - m * 60);
    if (m < 60)
        return `${m} min ${rest} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}
function formatCost(usd) {
    if (typeof usd !== 'number' || !Number.isFinite(usd) || !usd)
        return '$0';
    if (usd < 0.01)
        return `$${usd.toFixed(4)}`;
    return `$${usd.toFixed(2)}`;
}
/**
 * 12,345: en-US grouping. Integers (every count a report shows) without toLocaleString, whose
 * first call loads ICU's locale data (a tenth of the action's cold start) and which is slow over
 * the 10,000 cells of a large report; anything else as toLocaleString formats it.
 */
function formatCount(n) {
    const v = num(n);
    if (!Number.isSafeInteger(v))
        return v.toLocaleString('en-US');
    return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
const STATUS_ICONS = {
    succeeded: '✅',
    failed: '❌',
    cancelled: '🛑',
    running: '⏳',
    pending: '⏸️',
    skipped: '⏭️',
    interrupted: '⏳',
};
function statusIcon(status) {
    return STATUS_ICONS[status] ?? '❔';
}
/*
 * Every string from a model, a provider, a manifest or an artifact is data. It reaches Markdown in
 * one of four inert forms: a code fence (fence), a code span (code, cellCode), HTML-escaped text
 * inside an HTML block (html), or backslash-escaped Markdown text (mdText). GitHub links
 * @mentions in text outside code (they notify people), so text forms get a zero-width joiner
 * after every `@`; code is shown verbatim, where GitHub links nothing.
 */
const ZWJ = '\u200d';
/**
 * `@name` -> `@\u200dname`: reads the same, pings no one, links to no team. `#12` and `GH-12`
 * get the same treatment so data cannot link (or cross-reference) issues and pull requests.
 */
function neutralizeMentions(text) {
    return text.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWJ}`).replace(/(#|\bGH-)(?=\d)/gi, `$1${ZWJ}`);
}
/** Breaks GFM's extended autolinks (`www.`, `http://`, `user@host`), so data never becomes a link. */
function breakAutolinks(text) {
    return text.replace(/(www)(\.)/gi, `$1${ZWJ}$2`).replace(/([a-z][a-z0-9+.-]*)(:\/\/)/gi, `$1${ZWJ}$2`);
}
/** Any value as a string (a forged manifest may hold numbers, objects or nothing where text is due). */
function str(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined || value === null)
        return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Data as a one-line code span: a backtick run longer than any inside, so it cannot close early. */
function code(value, max = 200) {
    const text = clip(str(value).replace(/\r?\n|\r/g, ' '), max).replace(/\n/g, ' ') || ' ';
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A code span inside a table cell: GFM splits cells on `|` even inside code, unless escaped. */
function cellCode(value, max = 120) {
    return code(value, max).replace(/\|/g, '\\|');
}
/** Escapes data for HTML blocks (`<summary>`, `<details>` bodies outside code fences). */
function html(value) {
    return neutralizeMentions(breakAutolinks(str(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
}
/**
 * Data as Markdown text: every ASCII punctuation backslash-escaped (no emphasis, link, image, HTML, table cell),
 * newlines flattened.
 */
function mdText(value) {
    const flat = str(value).replace(/\r?\n|\r/g, ' ');
    return neutralizeMentions(breakAutolinks(flat).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`));
}
/** A fence longer than any backtick run inside `text`, so error text cannot close it early. */
function fence(text, lang = '') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${lang}\n${text}\n${ticks}`;
}
/** The first `n` UTF-16 units, one fewer if that would split a surrogate pair (an emoji). */
function cutAt(text, n) {
    const code = text.charCodeAt(n - 1);
    return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}
/** Cuts `text` to at most `max` characters, saying so. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    const kept = cutAt(text, Math.max(0, max - 40));
    return `${kept}\n… (${text.length - kept.length} more characters cut)`;
}
/** Cuts one line of text to `max` characters with an ellipsis (titles, summaries). */
function clipLine(text, max) {
    const flat = text.replace(/\r?\n|\r/g, ' ');
    return flat.length <= max ? flat : `${cutAt(flat, Math.max(0, max - 1))}…`;
}
/**
 * Chooses which steps to show when there are more than `limit`: failures first (they are what a
 * reader looks for), then the others, keeping the original order in the result.
 */
function pickSteps(ids, limit, priority) {
    if (ids.length <= limit)
        return ids;
    const indexed = ids.map((id, i) => ({ id, i, p: priority(id) }));
    indexed.sort((a, b) => a.p - b.p || a.i - b.i);
    return indexed
        .slice(0, limit)
        .sort((a, b) => a.i - b.i)
        .map((x) => x.id);
}
/** 2 KB, 3.4 MB, 1.2 GB (decimal units, as `du --si` and the cache's --max-size parse them). */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 1000)
        return `${Math.max(0, Math.round(bytes || 0))} B`;
    const units = ['KB', 'MB', 'GB', 'TB'];
    let v = bytes;
    let i = -1;
    while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
    }
    return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

;// CONCATENATED MODULE: ./lib/util/errors.js
class OrchestratorError extends Error {
    code;
    retryable;
    hint;
    status;
    retryAfterMs;
    /** Exit code a face should use when this error ends a command. */
    exitCode = 1;
    constructor(code, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = new.target.name;
        this.code = code;
        this.retryable = details.retryable ?? false;
        this.hint = details.hint;
        this.status = details.status;
        this.retryAfterMs = details.retryAfterMs;
    }
}
/** Bad input from the user: spec, flags, files. Exit 2. */
class UsageError extends OrchestratorError {
    exitCode = 2;
}
function formatSpecIssue(issue) {
    const where = issue.path ? ` (at ${issue.path})` : '';
    const hint = issue.hint ? `; ${issue.hint}` : '';
    return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}${where}${hint}`;
}
/** Every problem found in a spec, reported together. */
class SpecError extends UsageError {
    issues;
    constructor(issues) {
        super('E_SPEC', issues.map(formatSpecIssue).join('\n'), {
            hint: issues.length > 1 ? `${issues.length} problems; fix them and run \`orchestrator validate\`` : undefined,
        });
        this.issues = issues;
    }
}
/** A provider call failed. `retryable` follows docs/reference.md section 1: 408, 409, 429, 5xx, resets, timeouts. */
class ProviderError extends OrchestratorError {
    provider;
    constructor(code, provider, message, details = {}) {
        super(code, message, details);
        this.provider = provider;
    }
}
class TimeoutError extends ProviderError {
    constructor(provider, timeoutMs) {
        super('E_TIMEOUT', provider, `provider ${provider}: no answer within ${timeoutMs} ms`, {
            retryable: true,
            hint: 'raise timeout_s for this step or in defaults, or check the provider is up',
        });
    }
}
class CircuitOpenError extends ProviderError {
    constructor(provider, retryInMs) {
        super('E_CIRCUIT_OPEN', provider, `provider ${provider}: circuit open after repeated failures; next probe in ${Math.ceil(retryInMs / 1000)} s`, {
            retryable: false,
            hint: 'add a route with a fallback provider, or raise circuit_breaker.failure_threshold',
        });
    }
}
/** The run was interrupted (SIGINT/SIGTERM or an abort). Exit 130. */
class CancelledError extends OrchestratorError {
    exitCode = 130;
    constructor(message = 'cancelled') {
        super('E_CANCELLED', message);
    }
}
/** A step wrote, or tried to write, outside its outputs folder. */
class PathEscapeError extends OrchestratorError {
    constructor(path, why) {
        super('E_PATH_ESCAPE', `refusing to write ${JSON.stringify(path)}: ${why}`, {
            hint: "output paths are relative to the run's outputs/ folder and may not leave it",
        });
    }
}
function isOrchestratorError(e) {
    return e instanceof OrchestratorError;
}
/** A short message for any thrown value. */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./lib/action/context.js
/**
 * The bits of the workflow run the action needs, read from the runner's environment (GITHUB_*),
 * so main does not load @actions/github (and Octokit) at start-up.
 */

function readRunContext(env = process.env) {
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const runId = env.GITHUB_RUN_ID ?? 'local';
    return {
        runId,
        runAttempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
        job: env.GITHUB_JOB ?? 'job',
        owner,
        repo,
        eventName: env.GITHUB_EVENT_NAME ?? '',
        prNumber: readEvent(env.GITHUB_EVENT_PATH).prNumber,
        headSha: readEvent(env.GITHUB_EVENT_PATH).headSha ?? env.GITHUB_SHA,
        serverUrl,
        apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: env.RUNNER_TEMP ?? env.TMPDIR ?? '/tmp',
        runUrl: owner && env.GITHUB_RUN_ID ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined,
        ...(readEvent(env.GITHUB_EVENT_PATH).fromFork ? { fromFork: true } : {}),
    };
}
function readEvent(eventPath) {
    if (!eventPath)
        return {};
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
        const pr = event.pull_request;
        const n = pr?.number;
        const sha = pr?.head?.sha;
        // pull_request.head.repo.fork, or a head repository other than the base (a deleted fork's head repo is null).
        const head = pr?.head?.repo;
        const base = pr?.base?.repo;
        const fromFork = !!pr &&
            (head === null ||
                head?.fork === true ||
                (typeof head?.full_name === 'string' &&
                    typeof base?.full_name === 'string' &&
                    head.full_name !== base.full_name));
        return {
            prNumber: typeof n === 'number' ? n : undefined,
            headSha: typeof sha === 'string' ? sha : undefined,
            ...(fromFork ? { fromFork } : {}),
        };
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./lib/action/golden-issue.js
/** The instance joins the marker, so two instances of one job keep two issues. */
function goldenMarker(jobName, instance = '') {
    return `<!-- orchestrator-golden:${jobName}${instance ? `:${instance}` : ''} -->`;
}
async function findOpenIssue(octokit, owner, repo, label, marker) {
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        owner,
        repo,
        labels: label,
        state: 'open',
        per_page: 100,
    })) {
        // The marker ends the first line, so `job` never matches the issue of `job:instance`.
        const found = page.data.find((i) => !i.pull_request && typeof i.body === 'string' && i.body.split('\n', 1)[0] === marker);
        if (found)
            return found.number;
    }
    return undefined;
}
async function upsertDriftIssue(octokit, issue) {
    const { owner, repo, label } = issue;
    const marker = goldenMarker(issue.jobName, issue.instance);
    const body = `${marker}\n${issue.body}`;
    const title = issue.title ?? `Golden outputs drifted: ${issue.jobName}${issue.instance ? ` (${issue.instance})` : ''}`;
    const open = await findOpenIssue(octokit, owner, repo, label, marker);
    if (open !== undefined) {
        await octokit.rest.issues.update({ owner, repo, issue_number: open, body, title });
        return { action: 'updated', number: open };
    }
    const res = await octokit.rest.issues.create({ owner, repo, title, body, labels: [label] });
    return { action: 'created', number: res.data.number };
}
/** A clean check: comment on the open drift issue and close it as completed; none open is fine. */
async function closeDriftIssue(octokit, issue) {
    const { owner, repo, label } = issue;
    const open = await findOpenIssue(octokit, owner, repo, label, goldenMarker(issue.jobName, issue.instance));
    if (open === undefined)
        return { action: 'none' };
    await octokit.rest.issues.createComment({ owner, repo, issue_number: open, body: issue.body });
    await octokit.rest.issues.update({ owner, repo, issue_number: open, state: 'closed', state_reason: 'completed' });
    return { action: 'closed', number: open };
}

;// CONCATENATED MODULE: ./lib/action/golden-main.js
/**
 * Used by the golden/ composite action (dist/golden/index.js): keeps one drift issue per job and
 * instance (docs/reference.md, "Golden checks"). drift or unmeasured opens it or updates its body,
 * flaky leaves it as it is, a clean check (all same or equivalent) comments on it and closes it.
 * Reads its settings from env (composite `run:` steps pass them explicitly).
 */





async function runGoldenIssue(services) {
    const svc = services ?? (await (await __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.bind(__nccwpck_require__, 4483))).githubServices());
    const { core, env } = svc;
    try {
        const token = env.GOLDEN_TOKEN ?? '';
        const jobName = env.GOLDEN_JOB_NAME ?? '';
        const diffFile = env.GOLDEN_DIFF_FILE ?? '';
        const trendFile = env.GOLDEN_TREND_FILE ?? '';
        const instance = env.GOLDEN_INSTANCE ?? '';
        const label = env.GOLDEN_LABEL || 'golden-drift';
        // Without an outcome (an older action step), drift is what called this step.
        const outcome = env.GOLDEN_OUTCOME || 'drift';
        if (!token || !jobName)
            throw new Error('GOLDEN_TOKEN and GOLDEN_JOB_NAME are required');
        core.setSecret(token);
        const ctx = readRunContext(env);
        const trend = trendFile ? await (0,promises_namespaceObject.readFile)(trendFile, 'utf8').catch(() => '') : '';
        const octokit = await svc.github(token);
        const target = { owner: ctx.owner, repo: ctx.repo, jobName, instance, label };
        if (outcome === 'flaky') {
            core.info('Golden check flaky (an inconclusive gate): the drift issue is left as it is');
            core.setOutput('issue-number', '');
            return;
        }
        if (outcome === 'clean') {
            const body = [
                `All golden outputs of job \`${jobName}\`${instance ? ` (${instance})` : ''} are same or equivalent ` +
                    `again${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}; closing.`,
                ...(trend ? ['', trend] : []),
            ].join('\n');
            const res = await closeDriftIssue(octokit, { ...target, body });
            if (res.action === 'closed')
                core.info(`Drift issue #${res.number} closed`);
            core.setOutput('issue-number', res.action === 'closed' ? res.number : '');
            return;
        }
        const diff = diffFile ? await (0,promises_namespaceObject.readFile)(diffFile, 'utf8').catch(() => '') : '';
        const what = outcome === 'unmeasured' ? 'could not be measured (a step did not produce them)' : 'drifted';
        const body = [
            `The golden outputs of job \`${jobName}\`${instance ? ` (${instance})` : ''} ` +
                `${what}${ctx.runUrl ? ` in [this run](${ctx.runUrl})` : ''}.`,
            '',
            'Update the golden files (`orchestrator golden --update`) if the change is intended; otherwise fix the cause.',
            ...(trend ? ['', trend] : []),
            '',
            fence(clip(diff || '(no diff available)', 50_000), 'diff'),
        ].join('\n');
        const res = await upsertDriftIssue(octokit, { ...target, body });
        core.info(`Drift issue #${res.number} ${res.action}`);
        core.setOutput('issue-number', res.number);
    }
    catch (e) {
        core.setFailed(`orchestrator golden issue: ${errorMessage(e)}`);
    }
}

;// CONCATENATED MODULE: ./lib/action/golden-index.js
/** Entry point of the golden/ composite action's issue step (dist/golden/index.js). */

void runGoldenIssue();

