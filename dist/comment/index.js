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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./lib/util/errors.js
class errors_OrchestratorError extends Error {
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
class errors_UsageError extends errors_OrchestratorError {
    exitCode = 2;
}
function formatSpecIssue(issue) {
    const where = issue.path ? ` (at ${issue.path})` : '';
    const hint = issue.hint ? `; ${issue.hint}` : '';
    return `${issue.file}:${issue.line}:${issue.col}: ${issue.message}${where}${hint}`;
}
/** Every problem found in a spec, reported together. */
class SpecError extends errors_UsageError {
    issues;
    constructor(issues) {
        super('E_SPEC', issues.map(formatSpecIssue).join('\n'), {
            hint: issues.length > 1 ? `${issues.length} problems; fix them and run \`orchestrator validate\`` : undefined,
        });
        this.issues = issues;
    }
}
/** A provider call failed. `retryable` follows docs/reference.md section 1: 408, 409, 429, 5xx, resets, timeouts. */
class ProviderError extends errors_OrchestratorError {
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
class CancelledError extends errors_OrchestratorError {
    exitCode = 130;
    constructor(message = 'cancelled') {
        super('E_CANCELLED', message);
    }
}
/** A step wrote, or tried to write, outside its outputs folder. */
class PathEscapeError extends errors_OrchestratorError {
    constructor(path, why) {
        super('E_PATH_ESCAPE', `refusing to write ${JSON.stringify(path)}: ${why}`, {
            hint: "output paths are relative to the run's outputs/ folder and may not leave it",
        });
    }
}
function isOrchestratorError(e) {
    return e instanceof errors_OrchestratorError;
}
/** A short message for any thrown value. */
function errorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return String(e);
}

;// CONCATENATED MODULE: ./lib/util/fs-errors.js
/**
 * File-system failures a user can fix (a full disk, a read-only mount, missing permissions) are
 * not bugs: they become one OrchestratorError with a message naming the file and a hint saying
 * what to do, instead of `E_INTERNAL ... this is a bug` with a stack.
 */


const FAULTS = {
    ENOSPC: {
        code: 'E_DISK_FULL',
        what: 'no space left on the device',
        hint: 'free some space (or point --runs-dir / --cache-dir at another disk)',
    },
    EDQUOT: { code: 'E_DISK_FULL', what: 'the disk quota is exceeded', hint: 'free some space or raise the quota' },
    EROFS: {
        code: 'E_READ_ONLY',
        what: 'the file system is read-only',
        hint: 'use a writable folder (--runs-dir / --cache-dir)',
    },
    EACCES: {
        code: 'E_PERMISSION',
        what: 'permission denied',
        hint: 'use a folder you can write, or fix its permissions',
    },
    EPERM: {
        code: 'E_PERMISSION',
        what: 'operation not permitted',
        hint: 'use a folder you can write, or fix its permissions',
    },
    ENOTDIR: {
        code: 'E_NOT_A_FOLDER',
        what: 'a part of the path is a file, not a folder',
        hint: 'pick a path whose parents are folders',
    },
    EEXIST: {
        code: 'E_NOT_A_FOLDER',
        what: 'a file of that name exists',
        hint: 'pick a path that is a folder or does not exist yet',
    },
    EMFILE: {
        code: 'E_TOO_MANY_FILES',
        what: 'too many open files',
        hint: 'raise the open-file limit (ulimit -n) or lower --concurrency',
    },
    ENFILE: {
        code: 'E_TOO_MANY_FILES',
        what: 'too many open files in the system',
        hint: 'raise the open-file limit or lower --concurrency',
    },
    EIO: { code: 'E_IO', what: 'an input/output error', hint: 'check the disk' },
};
function fsErrorCode(e) {
    const code = e?.code;
    return typeof code === 'string' && code in FAULTS ? code : undefined;
}
/**
 * The typed error for a file-system failure while doing `action` (e.g. "write runs/x/events.jsonl"),
 * or undefined when `e` is not one of the faults above. `then` is added to the hint (what to do
 * after fixing the cause, e.g. how to resume).
 */
function fs_errors_fsFault(e, action, opts = {}) {
    const code = fsErrorCode(e);
    if (!code)
        return undefined;
    const f = FAULTS[code];
    const Ctor = opts.usage ? UsageError : OrchestratorError;
    return new Ctor(f.code, `cannot ${action}: ${f.what} (${code})`, {
        hint: opts.then ? `${f.hint}, then ${opts.then}` : f.hint,
        cause: e,
    });
}
/** Rethrows a file-system fault as its typed error; anything else unchanged. */
function rethrowFsFault(e, action, opts) {
    throw fs_errors_fsFault(e, action, opts) ?? e;
}
/**
 * Throws a usage error (exit 2) naming `file` when it is a folder or a FIFO (where a run's
 * events.jsonl should be): a damaged folder a user can fix, not a bug, and a FIFO would hang the
 * read. Devices pass: a test's /dev/full stands for a full disk.
 */
function assertRegularFile(file, what) {
    const st = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    if (st && (st.isDirectory() || st.isFIFO())) {
        throw new errors_UsageError('E_NOT_A_FILE', `${what} ${file} is ${st.isDirectory() ? 'a folder' : 'a FIFO'}, not a file`, {
            hint: 'move it away (or remove its run folder), or use another --job-id / --runs-dir',
        });
    }
}

;// CONCATENATED MODULE: ./lib/events/reader.js
/**
 * Reading events.jsonl. A crash mid-write can leave a torn last line: it is ignored, and every
 * earlier line is kept. A damaged line anywhere else (not JSON, or JSON that is not an event) is
 * skipped and reported with its line number, and reading goes on: `show`, `trace` and `--resume`
 * work from what is readable instead of failing on one bad line.
 */


/** Why a parsed value is not an event, or undefined when it has the fields every reader relies on. */
function notAnEvent(v) {
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        return 'not a JSON object';
    const e = v;
    if (typeof e.type !== 'string' || e.type === '')
        return 'no "type"';
    if (typeof e.seq !== 'number' || !Number.isFinite(e.seq))
        return 'no numeric "seq"';
    if (typeof e.ts !== 'string' || Number.isNaN(Date.parse(e.ts)))
        return 'no valid "ts"';
    if (e.data !== undefined && (typeof e.data !== 'object' || e.data === null || Array.isArray(e.data)))
        return '"data" is not an object';
    if (e.step_id !== undefined && typeof e.step_id !== 'string')
        return '"step_id" is not a string';
    return undefined;
}
/** Parses one line: the event, or why it is not one. */
function parseEventLine(line) {
    let v;
    try {
        v = JSON.parse(line);
    }
    catch {
        return { reason: 'not valid JSON' };
    }
    const why = notAnEvent(v);
    if (why)
        return { reason: why };
    const e = v;
    if (e.data === undefined)
        e.data = {};
    return { event: e };
}
/** One line of text per skipped line, for a face to print as warnings. */
function describeSkipped(file, skipped, max = 5) {
    const lines = skipped.slice(0, max).map((s) => `${file}:${s.line}: skipped a damaged event line (${s.reason})`);
    if (skipped.length > max)
        lines.push(`${file}: ${skipped.length - max} more damaged lines skipped`);
    return lines;
}
function readEventsSync(file) {
    if (!(0,external_node_fs_.existsSync)(file))
        return { events: [], tornTail: false, skipped: [] };
    assertRegularFile(file, 'the event log');
    // A device (a test's /dev/full standing for a full disk) is written to but never read: /dev/zero
    // or /dev/full would read forever.
    if (!(0,external_node_fs_.statSync)(file).isFile())
        return { events: [], tornTail: false, skipped: [] };
    const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    const events = [];
    const skipped = [];
    let start = 0;
    let lineNo = 0;
    let tornTail = false;
    while (start < text.length) {
        let end = text.indexOf('\n', start);
        const complete = end !== -1;
        if (!complete)
            end = text.length;
        lineNo++;
        if (end > start) {
            const r = parseEventLine(text.slice(start, end));
            if ('event' in r)
                events.push(r.event);
            else if (!complete)
                tornTail = true;
            else
                skipped.push({ line: lineNo, reason: r.reason });
        }
        start = end + 1;
    }
    return { events, tornTail, skipped };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/util.js

// functions
function assertEqual(val) {
    return val;
}
function assertNotEqual(val) {
    return val;
}
function toZod() {
    return (schema) => schema;
}
function assertIs(_arg) { }
function assertNever(_x) {
    throw new Error("Unexpected value in exhaustive check");
}
function assert(_) { }
function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries)
        .filter(([k, _]) => numericValues.indexOf(+k) === -1)
        .map(([_, v]) => v);
    return values;
}
function joinValues(array, separator = "|") {
    return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
        return value.toString();
    return value;
}
// the accessor lives on a shared prototype: an own accessor makes every box a dictionary-mode object (~360 B and a slow load per read against ~100 B and an inlined getter here)
class Cached {
    constructor(getter) {
        this._getter = getter;
        this._value = undefined;
    }
    get value() {
        const getter = this._getter;
        if (getter !== undefined) {
            this._value = getter();
            this._getter = undefined;
        }
        return this._value;
    }
}
function cached(getter) {
    return new Cached(getter);
}
function nullish(input) {
    return input === null || input === undefined;
}
function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
    const ratio = val / step;
    const roundedRatio = Math.round(ratio);
    // `val` and `step` each round to a double before the division rounds again, so a true decimal multiple's quotient can sit up to 1.5 of these scaled epsilons from the integer. A 1x tolerance therefore rejected 2.03 as a multiple of 0.07; 4x covers the worst case with margin.
    const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
    if (Math.abs(ratio - roundedRatio) < tolerance)
        return 0;
    return ratio - roundedRatio;
}
const EVALUATING = /* @__PURE__*/ (/* unused pure expression or super */ null && (Symbol("evaluating")));
function defineLazy(object, key, getter) {
    let value = undefined;
    Object.defineProperty(object, key, {
        get() {
            if (value === EVALUATING) {
                // Circular reference detected, return undefined to break the cycle
                return undefined;
            }
            if (value === undefined) {
                value = EVALUATING;
                value = getter();
            }
            return value;
        },
        set(v) {
            Object.defineProperty(object, key, {
                value: v,
                // configurable: true,
            });
            // object[key] = v;
        },
        configurable: true,
    });
}
function objectClone(obj) {
    return Object.create(Object.getPrototypeOf(obj), Object.getOwnPropertyDescriptors(obj));
}
function util_assignProp(target, prop, value) {
    Object.defineProperty(target, prop, {
        value,
        writable: true,
        enumerable: true,
        configurable: true,
    });
}
/**
 * Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
 *
 * Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
 */
function rawShape(def) {
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    return desc?.get ? desc.get.raw : desc?.value;
}
// where a builder reads its source's keys and descriptors, resolving only a shape a def answers for itself. A shape resolves by object spread, so only its enumerable keys are ever part of it.
function sourceShape(schema) {
    return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
// a key whose value is not settled yet, self-caching so every read after the first gets the same one
function deferProp(target, key, getter) {
    Object.defineProperty(target, key, {
        get() {
            const value = getter();
            util_assignProp(this, key, value);
            return value;
        },
        enumerable: true,
        configurable: true,
    });
}
// Writes a settled key. A plain assignment is much cheaper than `defineProperty` and produces the same descriptor, but it runs whatever setter already answers to the key — an accessor this shape deferred, or an inherited one, which `__proto__` has on every object and prototype pollution can add for any name.
function putProp(target, key, value) {
    if (key in target)
        util_assignProp(target, key, value);
    else
        target[key] = value;
}
/**
 * Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
 *
 * A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
 */
function mirrorShape(target, source, keys, wrap) {
    const raw = sourceShape(source);
    for (const key of keys) {
        const desc = Object.getOwnPropertyDescriptor(raw, key);
        if (!desc.enumerable)
            continue;
        if (desc.get) {
            deferProp(target, key, () => {
                const value = source._zod.def.shape[key];
                return wrap ? wrap(value, key) : value;
            });
        }
        else
            putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
    }
}
// same, for a plain shape a caller passed rather than a schema's
function mirrorProps(target, source) {
    for (const key of Reflect.ownKeys(source)) {
        const desc = Object.getOwnPropertyDescriptor(source, key);
        if (!desc.enumerable)
            continue;
        if (desc.get)
            deferProp(target, key, () => source[key]);
        else
            putProp(target, key, desc.value);
    }
}
function mergeDefs(...defs) {
    const mergedDescriptors = {};
    for (const def of defs) {
        const descriptors = Object.getOwnPropertyDescriptors(def);
        Object.assign(mergedDescriptors, descriptors);
    }
    return Object.defineProperties({}, mergedDescriptors);
}
function cloneDef(schema) {
    return mergeDefs(schema._zod.def);
}
function getElementAtPath(obj, path) {
    if (!path)
        return obj;
    return path.reduce((acc, key) => acc?.[key], obj);
}
function promiseAllObject(promisesObj) {
    const keys = Object.keys(promisesObj);
    const promises = keys.map((key) => promisesObj[key]);
    return Promise.all(promises).then((results) => {
        const resolvedObj = {};
        for (let i = 0; i < keys.length; i++) {
            resolvedObj[keys[i]] = results[i];
        }
        return resolvedObj;
    });
}
function randomString(length = 10) {
    const chars = "abcdefghijklmnopqrstuvwxyz";
    let str = "";
    for (let i = 0; i < length; i++) {
        str += chars[Math.floor(Math.random() * chars.length)];
    }
    return str;
}
function esc(str) {
    return JSON.stringify(str);
}
function slugify(input) {
    return input
        .toLowerCase()
        .trim()
        .replace(/[^\w\s-]/g, "")
        .replace(/[\s_-]+/g, "-")
        .replace(/^-+|-+$/g, "");
}
const captureStackTrace = ("captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => { });
function util_isObject(data) {
    return typeof data === "object" && data !== null && !Array.isArray(data);
}
const util_allowsEval = /* @__PURE__*/ cached(() => {
    // Skip the probe under `jitless`: strict CSPs report the caught `new Function` as a `securitypolicyviolation` even though the throw is swallowed.
    if (globalConfig.jitless) {
        return false;
    }
    // @ts-ignore
    if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) {
        return false;
    }
    try {
        const F = Function;
        new F("");
        return true;
    }
    catch (_) {
        return false;
    }
});
function isPlainObject(o) {
    if (util_isObject(o) === false)
        return false;
    // modified constructor
    const ctor = o.constructor;
    if (ctor === undefined)
        return true;
    if (typeof ctor !== "function")
        return true;
    // modified prototype
    const prot = ctor.prototype;
    if (util_isObject(prot) === false)
        return false;
    // ctor doesn't have static `isPrototypeOf`
    if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
        return false;
    }
    return true;
}
function shallowClone(o) {
    if (isPlainObject(o))
        return { ...o };
    if (Array.isArray(o))
        return [...o];
    if (o instanceof Map)
        return new Map(o);
    if (o instanceof Set)
        return new Set(o);
    return o;
}
function numKeys(data) {
    let keyCount = 0;
    for (const key in data) {
        if (Object.prototype.hasOwnProperty.call(data, key)) {
            keyCount++;
        }
    }
    return keyCount;
}
const getParsedType = (data) => {
    const t = typeof data;
    switch (t) {
        case "undefined":
            return "undefined";
        case "string":
            return "string";
        case "number":
            return Number.isNaN(data) ? "nan" : "number";
        case "boolean":
            return "boolean";
        case "function":
            return "function";
        case "bigint":
            return "bigint";
        case "symbol":
            return "symbol";
        case "object":
            if (Array.isArray(data)) {
                return "array";
            }
            if (data === null) {
                return "null";
            }
            if (data.then && typeof data.then === "function" && data.catch && typeof data.catch === "function") {
                return "promise";
            }
            if (typeof Map !== "undefined" && data instanceof Map) {
                return "map";
            }
            if (typeof Set !== "undefined" && data instanceof Set) {
                return "set";
            }
            if (typeof Date !== "undefined" && data instanceof Date) {
                return "date";
            }
            // @ts-ignore
            if (typeof File !== "undefined" && data instanceof File) {
                return "file";
            }
            return "object";
        default:
            throw new Error(`Unknown data type: ${t}`);
    }
};
const propertyKeyTypes = /* @__PURE__*/ new Set(["string", "number", "symbol"]);
const primitiveTypes = /* @__PURE__*/ new Set([
    "string",
    "number",
    "bigint",
    "boolean",
    "symbol",
    "undefined",
]);
function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// zod-specific utils
function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
        cl._zod.parent = inst;
    return cl;
}
function normalizeParams(_params) {
    const params = _params;
    if (!params)
        return {};
    if (typeof params === "string")
        return { error: () => params };
    if (params?.message !== undefined) {
        if (params?.error !== undefined)
            throw new Error("Cannot specify both `message` and `error` params");
        params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
        return { ...params, error: () => params.error };
    return params;
}
function createTransparentProxy(getter) {
    let target;
    return new Proxy({}, {
        get(_, prop, receiver) {
            target ?? (target = getter());
            return Reflect.get(target, prop, receiver);
        },
        set(_, prop, value, receiver) {
            target ?? (target = getter());
            return Reflect.set(target, prop, value, receiver);
        },
        has(_, prop) {
            target ?? (target = getter());
            return Reflect.has(target, prop);
        },
        deleteProperty(_, prop) {
            target ?? (target = getter());
            return Reflect.deleteProperty(target, prop);
        },
        ownKeys(_) {
            target ?? (target = getter());
            return Reflect.ownKeys(target);
        },
        getOwnPropertyDescriptor(_, prop) {
            target ?? (target = getter());
            return Reflect.getOwnPropertyDescriptor(target, prop);
        },
        defineProperty(_, prop, descriptor) {
            target ?? (target = getter());
            return Reflect.defineProperty(target, prop, descriptor);
        },
    });
}
function stringifyPrimitive(value) {
    if (typeof value === "bigint")
        return value.toString() + "n";
    if (typeof value === "string")
        return `"${value}"`;
    return `${value}`;
}
function optionalKeys(shape) {
    return Object.keys(shape).filter((k) => {
        return shape[k]._zod.optin !== undefined && shape[k]._zod.optout === "optional";
    });
}
// Wrapped in a `@__PURE__` IIFE: esbuild never tree-shakes a top-level initializer that contains a member access on `Number`, so the bare object literal survived into every bundle.
const NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-3.4028234663852886e38, 3.4028234663852886e38],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE],
}))();
const BIGINT_FORMAT_RANGES = {
    int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
    uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")],
};
function pick(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".pick() cannot be used on object schemas containing refinements");
    }
    const newShape = {};
    mirrorShape(newShape, schema, maskedKeys(schema, mask));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
// the mask keys that select something, checked against the source's shape without resolving it
function maskedKeys(schema, mask) {
    const raw = sourceShape(schema);
    const keys = [];
    // `for...in` skips symbols, so a symbol in the mask would select nothing
    for (const key of Reflect.ownKeys(mask)) {
        if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) {
            throw new Error(`Unrecognized key: "${String(key)}"`);
        }
        if (mask[key])
            keys.push(key);
    }
    return keys;
}
function omit(schema, mask) {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(".omit() cannot be used on object schemas containing refinements");
    }
    const omitted = new Set(maskedKeys(schema, mask));
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
    return clone(schema, mergeDefs(currDef, { shape: newShape, checks: [] }));
}
function extend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to extend: expected a plain object");
    }
    const checks = schema._zod.def.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        // Only throw if new shape overlaps with existing shape. Use getOwnPropertyDescriptor to check key existence without accessing values
        const existingShape = sourceShape(schema);
        for (const key of Reflect.ownKeys(shape)) {
            if (Object.getOwnPropertyDescriptor(existingShape, key) !== undefined) {
                throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
            }
        }
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
// the source's keys, then the caller's overlaid on top
function extended(schema, shape) {
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
    mirrorProps(newShape, shape);
    return newShape;
}
function safeExtend(schema, shape) {
    if (!isPlainObject(shape)) {
        throw new Error("Invalid input to safeExtend: expected a plain object");
    }
    return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
    if (!b?._zod?.def) {
        throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
    }
    if (a._zod.def.checks?.length) {
        throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
    }
    const newShape = {};
    mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
    mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
    const def = mergeDefs(a._zod.def, {
        shape: newShape,
        get catchall() {
            return b._zod.def.catchall;
        },
        checks: b._zod.def.checks ?? [],
    });
    return clone(a, def);
}
function partial(Class, schema, mask, name = "partial") {
    const currDef = schema._zod.def;
    const checks = currDef.checks;
    const hasChecks = checks && checks.length > 0;
    if (hasChecks) {
        throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
    }
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class &&
        ((value, key) => (selected && !selected.has(key) ? value : new Class({ type: "optional", innerType: value }))));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape, checks: [] }));
}
function required(Class, schema, mask) {
    const selected = mask ? new Set(maskedKeys(schema, mask)) : undefined;
    const newShape = {};
    mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => 
    // overwrite with non-optional
    selected && !selected.has(key) ? value : new Class({ type: "nonoptional", innerType: value }));
    return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
// invalid_type | too_big | too_small | invalid_format | not_multiple_of | unrecognized_keys | invalid_union | invalid_key | invalid_element | invalid_value | custom
function aborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue !== true) {
            return true;
        }
    }
    return false;
}
// Checks for explicit abort (continue === false), as opposed to implicit abort (continue === undefined). Used to respect `abort: true` in .refine() even for checks that have a `when` function.
function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
        return true;
    for (let i = startIndex; i < x.issues.length; i++) {
        if (x.issues[i]?.continue === false) {
            return true;
        }
    }
    return false;
}
function prefixIssues(path, issues) {
    return issues.map((iss) => {
        var _a;
        (_a = iss).path ?? (_a.path = []);
        iss.path.unshift(path);
        return iss;
    });
}
function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
}
/* A check holds no link back to the schema it is attached to — the same check instance is shared by every clone of that schema — so the owner is stamped onto the issues a check just raised, at the only point where both are in scope. Runs on the failure path only; `start` is the issue count from before the check ran. */
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
    const caps = [];
    for (const ch of defChecks ?? []) {
        const d = ch._zod.def;
        // a later check may rewrite the value
        if (!/_(length|size)$|_equals$/.test(d.check))
            break;
        const max = d.maximum ?? d.length ?? d.size;
        if (max >= 0)
            caps.push([max, ch]);
    }
    return caps;
}
function attachSchema(issues, start, inst) {
    var _a;
    for (let i = start; i < issues.length; i++) {
        (_a = issues[i]).schema ?? (_a.schema = inst);
    }
}
function finalizeIssue(iss, ctx, config) {
    var _a;
    // A schema that raised an issue itself owns it outright, and outranks any stamp an enclosing check left in `attachSchema`. String formats and z.custom() are schema and check at once, so when they act as a check they defer to that stamp instead.
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
        if (traits.has("$ZodCheck"))
            (_a = iss).schema ?? (_a.schema = iss.inst);
        else
            iss.schema = iss.inst;
    }
    // Decreasing specificity, first map to return a message wins. `inst` is whatever raised the issue, so a check's own map outranks the owning schema's.
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : undefined;
    const message = iss.message
        ? iss.message
        : (unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ??
            unwrapMessage(schemaError?.(iss)) ??
            unwrapMessage(ctx?.error?.(iss)) ??
            unwrapMessage(config.customError?.(iss)) ??
            unwrapMessage(config.localeError?.(iss)) ??
            "Invalid input");
    // an explicit own-key copy beats object rest with excluded keys, which v8 routes through a generic runtime call; Object.keys rather than for-in so an issue pushed with a prototype does not leak inherited keys, and an own __proto__ key is dropped rather than assigned through the setter
    const full = {};
    for (const k of Object.keys(iss)) {
        if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
            continue;
        full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
        full.input = iss.input;
    }
    return full;
}
function getSizableOrigin(input) {
    if (input instanceof Set)
        return "set";
    if (input instanceof Map)
        return "map";
    // @ts-ignore
    if (input instanceof File)
        return "file";
    return "unknown";
}
const highSurrogate = /[\uD800-\uDBFF]/;
// Code points in `str`: a surrogate pair counts once, a lone surrogate as itself. Hand-rolled because the string iterator allocates and runs ~250x slower on this path; the regex probe exits ~50x quicker for a string with no astral characters.
function codePointLength(str) {
    const units = str.length;
    if (!highSurrogate.test(str))
        return units;
    let count = units;
    for (let i = 0; i < units - 1; i++) {
        if ((str.charCodeAt(i) & 0xfc00) === 0xd800 && (str.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            count--;
            i++;
        }
    }
    return count;
}
function getLengthableOrigin(input) {
    if (Array.isArray(input))
        return "array";
    if (typeof input === "string")
        return "string";
    return "unknown";
}
function parsedType(data) {
    const t = typeof data;
    switch (t) {
        case "number": {
            return Number.isNaN(data) ? "nan" : "number";
        }
        case "object": {
            if (data === null) {
                return "null";
            }
            if (Array.isArray(data)) {
                return "array";
            }
            const obj = data;
            if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
                return obj.constructor.name;
            }
        }
    }
    return t;
}
function util_issue(...args) {
    const [iss, input, inst] = args;
    if (typeof iss === "string") {
        return {
            message: iss,
            code: "custom",
            input,
            inst,
        };
    }
    return { ...iss };
}
function cleanEnum(obj) {
    return Object.entries(obj)
        .filter(([k, _]) => {
        // return true if NaN, meaning it's not a number, thus a string key
        return Number.isNaN(Number.parseInt(k, 10));
    })
        .map((el) => el[1]);
}
// Codec utility functions
function base64ToUint8Array(base64) {
    const binaryString = atob(base64);
    const bytes = new Uint8Array(binaryString.length);
    for (let i = 0; i < binaryString.length; i++) {
        bytes[i] = binaryString.charCodeAt(i);
    }
    return bytes;
}
function uint8ArrayToBase64(bytes) {
    let binaryString = "";
    for (let i = 0; i < bytes.length; i++) {
        binaryString += String.fromCharCode(bytes[i]);
    }
    return btoa(binaryString);
}
function base64urlToUint8Array(base64url) {
    const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
    const padding = "=".repeat((4 - (base64.length % 4)) % 4);
    return base64ToUint8Array(base64 + padding);
}
function uint8ArrayToBase64url(bytes) {
    return uint8ArrayToBase64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=/g, "");
}
function hexToUint8Array(hex) {
    const cleanHex = hex.replace(/^0x/, "");
    if (cleanHex.length % 2 !== 0) {
        throw new Error("Invalid hex string length");
    }
    const bytes = new Uint8Array(cleanHex.length / 2);
    for (let i = 0; i < cleanHex.length; i += 2) {
        bytes[i / 2] = Number.parseInt(cleanHex.slice(i, i + 2), 16);
    }
    return bytes;
}
function uint8ArrayToHex(bytes) {
    return Array.from(bytes)
        .map((b) => b.toString(16).padStart(2, "0"))
        .join("");
}
// instanceof
class Class {
    constructor(..._args) { }
}
//////////    PROTOTYPE INSTALLERS     //////////
//
// Members live on the prototype and materialize per instance on first read, which keeps own-property count under the step where V8 stops using inline slots. Changing anything here means re-measuring runtime, memory and bundle size together — see "The three axes" in AGENTS.md.
/**
 * Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
 *
 * Call this from a `proto` initializer, which runs once per prototype — never per instance.
 */
function members(proto, table) {
    for (const key in table) {
        const desc = Object.getOwnPropertyDescriptor(table, key);
        // a getter installs as written, so it stays live: `description` reads through to the registry on every access. not enumerable: an object literal's is, and a prototype member never was
        if (desc.get)
            Object.defineProperty(proto, key, { ...desc, enumerable: false });
        // a method materializes bound on first read, which is what keeps a detached member working: `const opt = schema.optional; opt()`
        else
            defineBound(proto, key, desc.value);
    }
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
    return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
function derived(computes, table) {
    for (const key in computes) {
        const compute = computes[key];
        // an object literal's accessor is configurable and enumerable, and `members` copies the descriptor as written
        Object.defineProperty(table, key, {
            configurable: true,
            enumerable: true,
            get() {
                return own(this, key, compute(this));
            },
            set(value) {
                own(this, key, value);
            },
        });
    }
    return table;
}
function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // vitest's spyOn calls a prototype getter bare to find the function it wraps, so a nullish receiver answers the raw method
            return this == null ? fn : own(this, key, fn.bind(this));
        },
        set(value) {
            own(this, key, value);
        },
    });
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
    const proto = Object.getPrototypeOf(inst);
    // Runs on every construction, so `in` rather than the costlier `hasOwnProperty.call`. Sentinels are keys the group itself defines.
    return sentinel in proto ? undefined : proto;
}
// The internals whose init chain is installing. A second call for the same one is a derived constructor overriding its base, so it must not construct another schema in between or the override is dropped.
let installing;
// Set while a getter is running, so a value that resolved through a recursion break is not memoized. One shared descriptor shadows the key for the duration, which costs no per-key allocation.
let broke = false;
const breaker = {
    configurable: true,
    get() {
        broke = true;
        return undefined;
    },
};
/**
 * Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
 * constructor, computed from the internals object itself and cached there on
 * first read. One accessor per constructor rather than one per instance.
 */
function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
        // A repeat construction: everything is installed already. Cleared here so the reference is not held past the first construction of every type.
        installing = undefined;
        return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing so a re-entrant read from a recursive schema resolves to undefined instead of running the getter again.
            Object.defineProperty(this, key, breaker);
            const outer = broke;
            broke = false;
            try {
                const value = compute(this);
                // A result that resolved through a recursion break is recomputed once the graph is complete; everything else memoizes, undefined included.
                if (broke)
                    delete this[key];
                else
                    Object.defineProperty(this, key, { configurable: true, writable: true, value });
                broke = broke || outer;
                return value;
            }
            catch (err) {
                // A compute that threw memoizes nothing, so a later read runs it again and fails the same way. The shadow goes with it, since leaving it installed would answer undefined for every later read.
                delete this[key];
                broke = broke || outer;
                throw err;
            }
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
        },
    });
}
/**
 * Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
 * data property. One accessor per constructor rather than one per instance, because an own accessor
 * puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
 */
function installLazyProp(inst, key, make, enumerable) {
    const proto = claim(inst, key);
    if (!proto)
        return;
    Object.defineProperty(proto, key, {
        configurable: true,
        get() {
            // Shadowed before computing, so a re-entrant read from a self-referential shape resolves to undefined instead of running the getter again. A data property rather than an accessor: an own accessor is the dictionary-mode transition this exists to avoid.
            const desc = { configurable: true, writable: true, enumerable, value: undefined };
            Object.defineProperty(this, key, desc);
            // a compute that throws leaves the shadow behind, so later reads answer undefined instead of re-throwing; `defineLazy` did the same, and `defineLazyInternal`'s delete-on-catch would cost bytes in every bundle for a case only a throwing user getter reaches
            desc.value = make(this);
            Object.defineProperty(this, key, desc);
            return desc.value;
        },
        set(value) {
            Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
        },
    });
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
const CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
    const fn = () => value;
    fn[CONSTANT_CATCH] = true;
    return fn;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/core.js
var _a;

/** A special constant with type `never` */
const NEVER = /*@__PURE__*/ Object.freeze({
    status: "aborted",
});
/* Shared descriptor for installing `_zod`; defineProperty reads it
 * synchronously, so reusing one object avoids a per-instance allocation. */
const _zodDesc = { value: undefined, enumerable: false };
// null where suppressing the capture would be unrecoverable: `parse()` puts the frames back with `captureStackTrace`, so without it the throw would lose its stack. also latched to null once `stackTraceLimit` proves unassignable, which a realm can do at any point by hardening Error
let _E = "captureStackTrace" in Error ? Error : null;
// v8 captures a stack trace inside the Error constructor, which dominates a failed parse; costs only the frames, and parse() restores those. the constructor must RUN: Object.create is cheaper and passes instanceof, but Error.isError and util.types.isNativeError check an internal slot
function newError(Definition) {
    const E = _E;
    if (E) {
        const saved = E.stackTraceLimit;
        if (typeof saved === "number") {
            try {
                E.stackTraceLimit = 0;
            }
            catch {
                _E = null;
                return new Definition();
            }
            try {
                return new Definition();
            }
            finally {
                E.stackTraceLimit = saved;
            }
        }
    }
    return new Definition();
}
function $constructor(name, initializer, 
/** This trait's members, installed once on every prototype that composes it. They cannot be declared in the initializer above: that runs per instance, and the prototype is shared. */
proto, params) {
    // Prototype for this constructor's `_zod` internals. Lazily-derived fields (`values`, `pattern`, `optin`, …) install here once rather than as an accessor on every instance.
    const zodProto = {};
    // Assigning the fields in the constructor body is what gives instances in-object slots; building the object literally and reparenting it costs a second allocation and a generic property copy.
    function Internals(def) {
        this.def = def;
        this.constr = _;
        this.traits = new Set();
    }
    Internals.prototype = zodProto;
    const protoMembers = proto;
    // One trait's members land on every prototype whose chain composes it, so the answer is per prototype rather than per trait.
    const initialized = protoMembers && new WeakSet();
    function init(inst, def) {
        if (!inst._zod) {
            _zodDesc.value = new Internals(def);
            try {
                Object.defineProperty(inst, "_zod", _zodDesc);
            }
            finally {
                // Cleared even on throw, so the shared descriptor never leaks one instance's internals into the next.
                _zodDesc.value = undefined;
            }
        }
        else if (inst._zod.traits.has(name)) {
            return;
        }
        inst._zod.traits.add(name);
        initializer(inst, def);
        if (initialized) {
            // `super(def)` from a user subclass gives `this` a prototype the subclass owns, and installing there would overwrite whatever the subclass declared. `constr` built the instance, so its prototype is the one below the subclass's that should carry the members. A receiver whose chain never reaches that prototype installs on its own, which for a plain object handed straight to `init` means `Object.prototype` — unchanged from before.
            const own = Object.getPrototypeOf(inst);
            const ctorProto = inst._zod.constr.prototype;
            let up = own;
            while (up && up !== ctorProto)
                up = Object.getPrototypeOf(up);
            const target = up ?? own;
            if (!initialized.has(target)) {
                initialized.add(target);
                members(target, protoMembers);
            }
        }
        // support prototype modifications; for-in avoids the array allocation of Object.keys on the (usually empty) prototype
        const proto = _.prototype;
        for (const k in proto) {
            if (!Object.prototype.hasOwnProperty.call(proto, k))
                continue;
            if (!(k in inst)) {
                inst[k] = proto[k].bind(inst);
            }
        }
    }
    // doesn't work if Parent has a constructor with arguments
    const Parent = params?.Parent ?? Object;
    class Definition extends Parent {
    }
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
        const inst = params?.Parent ? newError(Definition) : this;
        init(inst, def);
        const deferred = inst._zod.deferred;
        if (deferred) {
            for (const fn of deferred) {
                fn();
            }
            // Released: initializers run once, and the list would otherwise be retained for the schema's lifetime.
            inst._zod.deferred = undefined;
        }
        // Global post-processor hook. Internal: installed by `import "zod/compile"` to enable AOT compilation for every constructed schema. Runs last, once the instance is fully built, because it hands the instance to compile(). The post-processor is expected to be reentrancy-guarded by its own implementation.
        const pp = globalThis.__zod_globalConfig?.postProcessor;
        if (pp)
            pp(inst);
        return inst;
    }
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
        value: (inst) => {
            if (params?.Parent && inst instanceof params.Parent)
                return true;
            return inst?._zod?.traits?.has(name);
        },
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
}
//////////////////////////////   UTILITIES   ///////////////////////////////////////
const $brand = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("zod_brand")));
class $ZodAsyncError extends Error {
    constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
}
class $ZodEncodeError extends Error {
    constructor(name) {
        super(`Encountered unidirectional transform during encode: ${name}`);
        this.name = "ZodEncodeError";
    }
}
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
const globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
    if (newConfig)
        Object.assign(globalConfig, newConfig);
    return globalConfig;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/memoizer.js

class $ZodCyclicError extends Error {
    constructor() {
        super(`Cannot parse a reference cycle that closes through a transform`);
        this.name = "ZodCyclicError";
    }
}
/** Keyed off the context object every schema in one parse call already shares. */
const STATE = "~memo";
const NO_ISSUES = [];
// a value a cycle can close through
function isRef(value) {
    return value !== null && typeof value === "object";
}
// Receivers prefix paths in place, so the cache and every hand-out need their own copies.
function cloneIssues(issues) {
    return issues.map((iss) => (iss.path ? { ...iss, path: iss.path.slice() } : { ...iss }));
}
const recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
const NONE = 0;
const ASSUMED = 1;
const PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
    const cached = recursive.get(inst);
    if (cached !== undefined)
        return cached ? PROVEN : NONE;
    // Relative to the walk in progress, so not cached.
    if (stack.has(inst))
        return PROVEN;
    stack.add(inst);
    let result = NONE;
    const check = (child) => {
        if (result !== PROVEN && child?._zod) {
            const answer = isRecursive(child, stack, resolve);
            if (answer > result)
                result = answer;
        }
    };
    // `Reflect.ownKeys` rather than `Object.keys`, so a cycle through a declared symbol key is still seen
    const shape = (sh, spread) => {
        let answer = NONE;
        for (const key of Reflect.ownKeys(sh)) {
            const desc = Object.getOwnPropertyDescriptor(sh, key);
            // an object resolves its shape by spread, so a key it does not enumerate is never parsed; `z.properties` reads every own key and so keeps them all
            if (spread && !desc.enumerable)
                continue;
            // resolving runs user code, and a factory mints a fresh subtree per read, so an edge the walk can't follow counts as a cycle
            const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
            if (child > answer)
                answer = child;
        }
        return answer;
    };
    const merge = (answer) => {
        if (answer > result)
            result = answer;
    };
    const def = inst._zod.def;
    const kind = def.type;
    switch (kind) {
        case "object": {
            const raw = rawShape(def);
            // a def with no raw shape answers `shape` from an accessor of its own, and running that can mint a whole fresh subtree
            merge(raw ? shape(raw, true) : ASSUMED);
            check(def.catchall);
            break;
        }
        case "array":
            check(def.element);
            break;
        case "tuple":
            for (const el of def.items)
                check(el);
            check(def.rest);
            break;
        case "record":
        case "map":
            check(def.keyType);
            check(def.valueType);
            break;
        case "set":
            check(def.valueType);
            break;
        case "union":
            for (const el of def.options)
                check(el);
            break;
        case "intersection":
            check(def.left);
            check(def.right);
            break;
        case "optional":
        case "nullable":
        case "default":
        case "prefault":
        case "catch":
        case "readonly":
        case "nonoptional":
        case "promise":
        case "success":
            check(def.innerType);
            break;
        case "pipe":
            check(def.in);
            check(def.out);
            break;
        case "function":
            check(def.input);
            check(def.output);
            break;
        // `$ZodLazy` caches its inner on the def, so a resolved edge is followed exactly
        case "lazy": {
            const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : undefined);
            // walked with resolution off: one hop sees past the deferral, and a lazy that yields only another unresolved lazy is generative, so it stops there
            merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
            break;
        }
        // a leaf by choice: `parts` are regex fragments, not data positions
        case "template_literal":
        // leaves
        case "string":
        case "number":
        case "int":
        case "boolean":
        case "bigint":
        case "symbol":
        case "undefined":
        case "null":
        case "void":
        case "never":
        case "any":
        case "unknown":
        case "date":
        case "nan":
        case "enum":
        case "literal":
        case "file":
        case "transform":
        case "custom":
            break;
        default: {
            // a new built-in kind becomes a compile error here
            kind;
            // a user-defined kind can still hold children, and only its author knows where, so fall back to scanning the def — skipping accessors, since reading one can run user code
            for (const key in def) {
                const desc = Object.getOwnPropertyDescriptor(def, key);
                if (!desc || desc.get)
                    continue;
                const value = desc.value;
                if (!value || typeof value !== "object")
                    continue;
                if (value._zod)
                    check(value);
                else if (Array.isArray(value))
                    for (const el of value)
                        check(el);
            }
        }
    }
    stack.delete(inst);
    return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
    if (answer !== ASSUMED)
        recursive.set(inst, answer === PROVEN);
    return answer;
}
/**
 * Whether one parse can re-enter this schema, i.e. its subtree contains a cycle.
 * Exported for `z.compile`, which refuses to compile such a schema: cycle
 * breaking is driven from here off state keyed on the parse context, and a
 * generated fast path has no context to key on.
 */
function isRecursiveSchema(inst) {
    // z.compile never parses, so nothing would ever resolve a lazy for it; it runs once and already treats a throw here as recursive
    return isRecursive(inst, new Set(), true) !== NONE;
}
function bucketFor(state, inst) {
    let bucket = state.buckets.get(inst);
    if (!bucket) {
        bucket = new WeakMap();
        state.buckets.set(inst, bucket);
    }
    return bucket;
}
// Set immediately before delegating to core and cleared immediately after, so `alloc` registers only for a visit this module is driving.
let handoff;
// Allocated but unfinished entries. `alloc` and the matching pop both happen in the synchronous part of a parse, so they nest even when children are async, and one stack serves every schema.
const memoizer_open = [];
const memo = {
    alloc(_inst, payload, empty) {
        const bucket = handoff;
        if (!bucket)
            return empty;
        handoff = undefined;
        const entry = { value: empty, issues: null };
        bucket.set(payload.value, entry);
        memoizer_open.push(entry);
        return empty;
    },
    guard(inst) {
        var _a;
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                // The value is a placeholder a back-edge is still waiting on, so the cycle closes through this transform. Its output can't exist in time to bind.
                if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value))
                    throw new $ZodCyclicError();
                return base(payload, ctx);
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
    attach(inst) {
        var _a;
        let isRecursiveInst;
        let rechecked = false;
        // a recursive schema is re-entered many times per parse and its bucket never changes
        let lastCtx;
        let lastBucket;
        // Wraps `parse` in a deferred so it sees the container's final parse. Core's own deferred copies `parse` into `run` when there are no checks, and it ran first, so `run` is patched to match; with checks, `run` reads `parse` dynamically.
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred.push(() => {
            const base = inst._zod.parse;
            const wrapped = (payload, ctx) => {
                if (isRecursiveInst === undefined) {
                    const walked = isRecursive(inst, new Set(), false);
                    if (walked === NONE) {
                        // Nothing here can ever fire, so take it back out.
                        inst._zod.parse = base;
                        if (inst._zod.run === wrapped)
                            inst._zod.run = base;
                        return base(payload, ctx);
                    }
                    // this parse resolves the deferred edges on its own path, so ask once more before latching
                    if (walked === PROVEN || rechecked)
                        isRecursiveInst = true;
                    else
                        rechecked = true;
                }
                const input = payload.value;
                if (!isRef(input))
                    return base(payload, ctx);
                let state = ctx[STATE];
                if (!state) {
                    state = { buckets: new WeakMap(), backEdges: undefined };
                    ctx[STATE] = state;
                }
                let bucket;
                if (lastCtx === ctx) {
                    bucket = lastBucket;
                }
                else {
                    bucket = bucketFor(state, inst);
                    lastCtx = ctx;
                    lastBucket = bucket;
                }
                const hit = bucket.get(input);
                if (hit) {
                    payload.value = hit.value;
                    if (hit.issues) {
                        if (hit.issues.length)
                            payload.issues.push(...cloneIssues(hit.issues));
                    }
                    else {
                        // Still being parsed: its own checks cover it, so skip them here.
                        payload.memo = true;
                        state.backEdges ?? (state.backEdges = new WeakSet());
                        state.backEdges.add(hit.value);
                    }
                    return payload;
                }
                handoff = bucket;
                const depth = memoizer_open.length;
                const result = base(payload, ctx);
                handoff = undefined;
                // A container that rejected its input outright allocated nothing.
                const entry = memoizer_open.length > depth ? memoizer_open.pop() : undefined;
                // Both paths written out so the sync one allocates no closure. It runs once per node, and capturing here cost more than everything else combined.
                if (result instanceof Promise) {
                    return result.then((r) => {
                        if (entry)
                            entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
                        return r;
                    });
                }
                if (entry)
                    entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
                return result;
            };
            inst._zod.parse = wrapped;
            if (inst._zod.run === base)
                inst._zod.run = wrapped;
        });
    },
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
    return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
    const backEdges = ctx[STATE]?.backEdges;
    return backEdges !== undefined && isRef(value) && backEdges.has(value);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/regexes.js

/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const cuid = /^[cC][0-9a-z]{6,}$/;
const cuid2 = /^[0-9a-z]+$/;
const ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
const xid = /^[0-9a-vA-V]{20}$/;
const ksuid = /^[A-Za-z0-9]{27}$/;
const nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
    return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
const duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** Implements ISO 8601-2 extensions like explicit +- prefixes, mixing weeks with other units, and fractional/negative components. */
const extendedDuration = /^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
const guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
 *
 * @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
const uuid = (version) => {
    if (!version)
        return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
    return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
const uuid4 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(4)));
const uuid6 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(6)));
const uuid7 = /*@__PURE__*/ (/* unused pure expression or super */ null && (uuid(7)));
/** Practical email validation */
const email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/** Equivalent to the HTML5 input[type=email] validation implemented by browsers. Source: https://developer.mozilla.org/en-US/docs/Web/HTML/Element/input/email */
const html5Email = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
/** The classic emailregex.com regex for RFC 5322-compliant emails */
const rfc5322Email = /^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;
/** A loose regex that allows Unicode characters, enforces length limits, and that's about it. */
const unicodeEmail = /^[^\s@"]{1,64}@[^\s@]{1,255}$/u;
const idnEmail = (/* unused pure expression or super */ null && (unicodeEmail));
const browserEmail = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
// from https://thekevinscott.com/emojis-in-javascript/#writing-a-regular-expression
// Single character class, not an alternation: the two properties overlap (U+1F9B0-U+1F9B3), so `(A|B)+` backtracks exponentially on a failed match. The leading lookahead then demands one anchor — a pictograph, a regional indicator, or the enclosing keycap — because `\p{Emoji_Component}` on its own covers ASCII digits, `#`, `*`, ZWJ, variation selectors and skin tone modifiers, none of which is an emoji without a base.
const _emoji = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
    return new RegExp(_emoji, "u");
}
const ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
const ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
const mac = (delimiter) => {
    const escapedDelim = util.escapeRegex(delimiter ?? ":");
    return new RegExp(`^(?:[0-9A-F]{2}${escapedDelim}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${escapedDelim}){5}[0-9a-f]{2}$`);
};
const cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
const cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
// https://stackoverflow.com/questions/7860392/determine-if-string-is-in-base64-using-javascript
const base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
const base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
// based on https://stackoverflow.com/questions/106179/regular-expression-to-match-dns-hostname-or-ip-address
// export const hostname: RegExp = /^([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+$/;
const hostname = /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
const domain = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;
const httpProtocol = /^https?$/;
// https://blog.stevenlevithan.com/archives/validate-phone-number#r4-3 (regex sans spaces) E.164: leading digit must be 1-9; total digits (excluding '+') between 7-15
const e164 = /^\+[1-9]\d{6,14}$/;
// Credit card shape: 12–19 digits, optionally separated by single spaces or single hyphens. ISO/IEC 7812 caps the PAN at 19 digits; 12 is the shortest issued length (Maestro).
const creditCard = /^\d(?:[ -]?\d){11,18}$/;
// ISO 4217 alpha codes from the SIX list, regenerated by scripts/update-iso-4217.ts
const currencyCode = /^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;
// iban electronic format: 2-letter country, check digits 02-98 (the only values `98 - remainder` can produce), 11-30 bban characters
const iban = /^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;
const dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
 * esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
 * will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function regexes_anchor(source) {
    return new RegExp(`^${source}$`);
}
const date = /*@__PURE__*/ regexes_anchor(dateSource);
function timeSource(args) {
    const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
    const regex = typeof args.precision === "number"
        ? args.precision === -1
            ? `${hhmm}`
            : args.precision === 0
                ? `${hhmm}:[0-5]\\d`
                : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}`
        : args.seconds
            ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?`
            : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
    return regex;
}
function time(args) {
    return new RegExp(`^${timeSource(args)}$`);
}
// Adapted from https://stackoverflow.com/a/3143231
function datetime(args) {
    const opts = ["Z"];
    // if (args.offset) opts.push(`([+-]\\d{2}:\\d{2})`);
    if (args.offset)
        opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
    // RFC 3339 mandates seconds wherever the time carries a `Z` or an offset, so only the unqualified form `local` adds may omit them
    const qualified = `${timeSource({ precision: args.precision, seconds: true })}(?:${opts.join("|")})`;
    const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
    return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
// the unbounded form of `string()` as a literal, so every plain string shares one instance instead of building its own
const anyString = /^[\s\S]{0,}$/;
const string = (params) => {
    const regex = params ? `[\\s\\S]{${params?.minimum ?? 0},${params?.maximum ?? ""}}` : `[\\s\\S]*`;
    return new RegExp(`^${regex}$`);
};
const bigint = /^-?\d+n?$/;
const integer = /^-?\d+$/;
const number = /^-?\d+(?:\.\d+)?$/;
const regexes_boolean = /^(?:true|false)$/i;
const _null = /^null$/i;

const _undefined = /^undefined$/i;

// regex for string with no uppercase letters
const lowercase = /^[^A-Z]*$/;
// regex for string with no lowercase letters
const uppercase = /^[^a-z]*$/;
// regex for hexadecimal strings (any length)
const hex = /^[0-9a-fA-F]*$/;
// Hash regexes for different algorithms and encodings
// Helper function to create base64 regex with exact length and padding
function fixedBase64(bodyLength, padding) {
    return new RegExp(`^[A-Za-z0-9+/]{${bodyLength}}${padding}$`);
}
// Helper function to create base64url regex with exact length (no padding)
function fixedBase64url(length) {
    return new RegExp(`^[A-Za-z0-9_-]{${length}}$`);
}
// MD5 (16 bytes): base64 = 24 chars total (22 + "==")
const md5_hex = /^[0-9a-fA-F]{32}$/;
const md5_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(22, "==")));
const md5_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(22)));
// SHA1 (20 bytes): base64 = 28 chars total (27 + "=")
const sha1_hex = /^[0-9a-fA-F]{40}$/;
const sha1_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(27, "=")));
const sha1_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(27)));
// SHA256 (32 bytes): base64 = 44 chars total (43 + "=")
const sha256_hex = /^[0-9a-fA-F]{64}$/;
const sha256_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(43, "=")));
const sha256_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(43)));
// SHA384 (48 bytes): base64 = 64 chars total (no padding)
const sha384_hex = /^[0-9a-fA-F]{96}$/;
const sha384_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(64, "")));
const sha384_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(64)));
// SHA512 (64 bytes): base64 = 88 chars total (86 + "==")
const sha512_hex = /^[0-9a-fA-F]{128}$/;
const sha512_base64 = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64(86, "==")));
const sha512_base64url = /*@__PURE__*/ (/* unused pure expression or super */ null && (fixedBase64url(86)));

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/checks.js
// import { $ZodType } from "./schemas.js";



const $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
    var _a;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for size-based checks: run only on non-nullish values with a `size`. */
const _whenHasSize = (payload) => {
    const val = payload.value;
    return !util.nullish(val) && val.size !== undefined;
};
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
const _whenHasLength = (payload) => {
    const val = payload.value;
    return !nullish(val) && val.length !== undefined;
};
const numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date",
};
const $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_big",
            maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
            return;
        }
        payload.issues.push({
            origin: numericOriginMap[typeof payload.value] ?? origin,
            code: "too_small",
            minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
            input: payload.value,
            inclusive: def.inclusive,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMultipleOf = 
/*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        if (typeof payload.value !== typeof def.value)
            throw new Error("Cannot mix number and bigint in multiple_of check.");
        const isMultiple = typeof payload.value === "bigint"
            ? // `value % 0n` throws, and nothing is a multiple of zero — the number branch already fails this way via NaN
                def.value !== BigInt(0) && payload.value % def.value === BigInt(0)
            : floatSafeRemainder(payload.value, def.value) === 0;
        if (isMultiple)
            return;
        payload.issues.push({
            origin: typeof payload.value,
            code: "not_multiple_of",
            divisor: def.value,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
            if (!Number.isInteger(input)) {
                // invalid_format issue
                // payload.issues.push({
                //   expected: def.format,
                //   format: def.format,
                //   code: "invalid_format",
                //   input,
                //   inst,
                // });
                // invalid_type issue
                payload.issues.push({
                    expected: origin,
                    format: def.format,
                    code: "invalid_type",
                    continue: false,
                    input,
                    inst,
                });
                return;
                // not_multiple_of issue
                // payload.issues.push({
                //   code: "not_multiple_of",
                //   origin: "number",
                //   input,
                //   inst,
                //   divisor: 1,
                // });
            }
            if (!Number.isSafeInteger(input)) {
                if (input > 0) {
                    // too_big
                    payload.issues.push({
                        input,
                        code: "too_big",
                        maximum: Number.MAX_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                else {
                    // too_small
                    payload.issues.push({
                        input,
                        code: "too_small",
                        minimum: Number.MIN_SAFE_INTEGER,
                        note: "Integers must be within the safe integer range.",
                        inst,
                        origin,
                        inclusive: true,
                        continue: !def.abort,
                    });
                }
                return;
            }
        }
        if (input < minimum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_small",
                minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "number",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodCheckBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckBigIntFormat", (inst, def) => {
    $ZodCheck.init(inst, def); // no format checks
    const [minimum, maximum] = util.BIGINT_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
        const input = payload.value;
        if (input < minimum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_small",
                minimum: minimum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
        if (input > maximum) {
            payload.issues.push({
                origin: "bigint",
                input,
                code: "too_big",
                maximum,
                inclusive: true,
                inst,
                continue: !def.abort,
            });
        }
    };
})));
const $ZodCheckMaxSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMaxSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size <= def.maximum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMinSize = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMinSize", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size >= def.minimum)
            return;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckSizeEquals = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckSizeEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasSize);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const size = input.size;
        if (size === def.size)
            return;
        const tooBig = size > def.size;
        payload.issues.push({
            origin: util.getSizableOrigin(input),
            ...(tooBig ? { code: "too_big", maximum: def.size } : { code: "too_small", minimum: def.size }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // Strings are measured in Unicode code points, not UTF-16 units. A code point is at most two units, so a string that already fits in units fits in code points; only an overflow has to be counted.
        const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
        if (length <= def.maximum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_big",
            maximum: def.maximum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so fewer units than the floor can never reach it and twice the floor always clears it. Only in between is the exact count in doubt.
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2
            ? codePointLength(input)
            : units;
        if (length >= def.minimum)
            return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
            origin,
            code: "too_small",
            minimum: def.minimum,
            inclusive: true,
            input,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
    var _a;
    $ZodCheck.init(inst, def);
    (_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
    inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        // A code point is one or two UTF-16 units, so outside `[length, length * 2]` units the target is missed either way — and missed in the same direction in both measures.
        const length = typeof input === "string" && units >= def.length && units <= def.length * 2
            ? codePointLength(input)
            : units;
        if (length === def.length)
            return;
        const origin = getLengthableOrigin(input);
        const tooBig = length > def.length;
        payload.issues.push({
            origin,
            ...(tooBig ? { code: "too_big", maximum: def.length } : { code: "too_small", minimum: def.length }),
            inclusive: true,
            exact: true,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
        (_a = inst._zod).check ?? (_a.check = (payload) => {
            def.pattern.lastIndex = 0;
            if (def.pattern.test(payload.value))
                return;
            payload.issues.push({
                origin: "string",
                code: "invalid_format",
                format: def.format,
                input: payload.value,
                ...(def.pattern ? { pattern: def.pattern.toString() } : {}),
                inst,
                continue: !def.abort,
            });
        });
    else
        (_b = inst._zod).check ?? (_b.check = () => { });
});
const $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "regex",
            input: payload.value,
            pattern: def.pattern.toString(),
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
    def.pattern ?? (def.pattern = lowercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
    def.pattern ?? (def.pattern = uppercase);
    $ZodCheckStringFormat.init(inst, def);
});
const $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
    $ZodCheck.init(inst, def);
    const escapedRegex = escapeRegex(def.includes);
    // `String.prototype.includes(sub, position)` matches `sub` at `position`
    // OR LATER, so the pattern must allow at least `position` leading chars
    // (`{N,}`), not exactly `position` chars (`{N}`).
    const pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
    def.pattern = pattern;
    inst._zod.check = (payload) => {
        if (payload.value.includes(def.includes, def.position))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "includes",
            includes: def.includes,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.startsWith(def.prefix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "starts_with",
            prefix: def.prefix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
    $ZodCheck.init(inst, def);
    const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
    def.pattern ?? (def.pattern = pattern);
    inst._zod.check = (payload) => {
        if (payload.value.endsWith(def.suffix))
            return;
        payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: "ends_with",
            suffix: def.suffix,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
///////////////////////////////////
/////    $ZodCheckProperty    /////
///////////////////////////////////
function handleCheckPropertyResult(result, payload, property) {
    if (result.issues.length) {
        payload.issues.push(...prefixIssues(property, result.issues));
    }
}
const $ZodCheckProperty = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckProperty", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        const result = def.schema._zod.run({
            value: payload.value[def.property],
            issues: [],
        }, {});
        if (result instanceof Promise) {
            return result.then((result) => handleCheckPropertyResult(result, payload, def.property));
        }
        handleCheckPropertyResult(result, payload, def.property);
        return;
    };
})));
const $ZodCheckProperties = /*@__PURE__*/ $constructor("$ZodCheckProperties", (inst, def) => {
    $ZodCheck.init(inst, def);
    hide(inst, Symbol.iterator, function* () {
        yield inst;
    });
    // key and schema snapshotted together: reading one live and the other cached lets a later mutation of the caller's shape object pair a stale key with a missing schema
    let entries;
    inst._zod.check = (payload) => {
        // the base schema already typed the value, so only a nullish one is rejected here: the properties read on a primitive too, matching z.property() on a string's length
        if (payload.value == null) {
            payload.issues.push({ expected: "object", code: "invalid_type", input: payload.value, inst });
            return undefined;
        }
        entries ?? (entries = Reflect.ownKeys(def.shape).map((key) => [key, def.shape[key]]));
        const input = payload.value;
        let proms;
        for (const [key, schema] of entries) {
            const result = schema._zod.run({ value: input[key], issues: [] }, {});
            if (result instanceof Promise) {
                proms ?? (proms = []);
                proms.push(result.then((result) => handleCheckPropertyResult(result, payload, key)));
            }
            else {
                handleCheckPropertyResult(result, payload, key);
            }
        }
        if (proms)
            return Promise.all(proms).then(() => undefined);
        return undefined;
    };
});
const $ZodCheckMimeType = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCheckMimeType", (inst, def) => {
    $ZodCheck.init(inst, def);
    const mimeSet = new Set(def.mime);
    inst._zod.check = (payload) => {
        if (mimeSet.has(payload.value.type))
            return;
        payload.issues.push({
            code: "invalid_value",
            values: def.mime,
            input: payload.value.type,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
    $ZodCheck.init(inst, def);
    inst._zod.check = (payload) => {
        payload.value = def.tx(payload.value);
    };
});

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/doc.js
class Doc {
    constructor(args = [], closed = {}) {
        this.content = [];
        this.indent = 0;
        this.args = args;
        this.closed = closed;
    }
    // the compiler catches a child's throw and keeps writing into this doc, so the indent has to unwind with it
    indented(fn) {
        this.indent += 1;
        try {
            fn(this);
        }
        finally {
            this.indent -= 1;
        }
    }
    write(arg) {
        if (typeof arg === "function") {
            arg(this, { execution: "sync" });
            arg(this, { execution: "async" });
            return;
        }
        const content = arg;
        const lines = content.split("\n").filter((x) => x);
        const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
        const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
        for (const line of dedented) {
            this.content.push(line);
        }
    }
    compile() {
        const F = Function;
        const content = this?.content ?? [``];
        const factory = new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`);
        return factory(...Object.values(this.closed));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/versions.js
const version = {
    major: 4,
    minor: 6,
    patch: 7,
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/schemas.js







const $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
    var _a;
    inst ?? (inst = {});
    inst._zod.def = def; // set _def property
    inst._zod.bag = inst._zod.bag || {}; // initialize _bag object
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    // if inst is itself a checks.$ZodCheck, run it as a check
    const checks = inst._zod.traits.has("$ZodCheck")
        ? [inst, ...(defChecks ?? [])]
        : defChecks?.length
            ? [...defChecks]
            : [];
    for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
            fn(inst);
        }
    }
    if (checks.length === 0) {
        // deferred initializer inst._zod.parse is not yet defined
        (_a = inst._zod).deferred ?? (_a.deferred = []);
        inst._zod.deferred?.push(() => {
            inst._zod.run = inst._zod.parse;
        });
    }
    else {
        const runChecks = (payload, checks, ctx) => {
            if (payload.memo)
                return payload;
            let isAborted = aborted(payload);
            let asyncResult;
            for (const ch of checks) {
                if (ch._zod.def.when) {
                    if (explicitlyAborted(payload))
                        continue;
                    const shouldRun = ch._zod.def.when(payload);
                    if (!shouldRun)
                        continue;
                }
                else if (isAborted) {
                    continue;
                }
                const currLen = payload.issues.length;
                const _ = ch._zod.check(payload);
                if (_ instanceof Promise && ctx?.async === false) {
                    throw new $ZodAsyncError();
                }
                if (asyncResult || _ instanceof Promise) {
                    asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                        await _;
                        const nextLen = payload.issues.length;
                        if (nextLen === currLen)
                            return;
                        attachSchema(payload.issues, currLen, inst);
                        if (!isAborted)
                            isAborted = aborted(payload, currLen);
                    });
                }
                else {
                    const nextLen = payload.issues.length;
                    if (nextLen === currLen)
                        continue;
                    attachSchema(payload.issues, currLen, inst);
                    if (!isAborted)
                        isAborted = aborted(payload, currLen);
                }
            }
            if (asyncResult) {
                return asyncResult.then(() => {
                    return payload;
                });
            }
            return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
            // abort if the canary is aborted
            if (aborted(canary)) {
                canary.aborted = true;
                return canary;
            }
            // run checks first, then
            const checkResult = runChecks(payload, checks, ctx);
            if (checkResult instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
            }
            return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
            if (ctx.skipChecks) {
                return inst._zod.parse(payload, ctx);
            }
            if (ctx.direction === "backward") {
                // run canary initial pass (no checks)
                const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
                if (canary instanceof Promise) {
                    return canary.then((canary) => {
                        return handleCanaryResult(canary, payload, ctx);
                    });
                }
                return handleCanaryResult(canary, payload, ctx);
            }
            // forward
            const result = inst._zod.parse(payload, ctx);
            if (result instanceof Promise) {
                if (ctx.async === false)
                    throw new $ZodAsyncError();
                return result.then((result) => runChecks(result, checks, ctx));
            }
            return runChecks(result, checks, ctx);
        };
    }
}, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
        return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
// a Standard Schema result only reports issues, so a failure finalizes them straight off the raw payload: no ZodError, and no lazy result to read through
const toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult((await inst._zod.run({ value, issues: [] }, ctx)), ctx);
}
function standardProps(inst) {
    return {
        validate: (value) => {
            const ctx = { async: false };
            try {
                const r = inst._zod.run({ value, issues: [] }, ctx);
                if (!(r instanceof Promise))
                    return toStandardResult(r, ctx);
            }
            catch (_) { }
            // async function so a synchronously throwing check rejects instead of escaping validate
            return validateAsync(inst, value);
        },
        vendor: "zod",
        version: 1,
    };
}

const $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    // a format's own pattern, else unbounded; a template literal derives the check-aware form itself
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
        if (def.coerce)
            try {
                payload.value = String(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "string")
            return payload;
        payload.issues.push({
            expected: "string",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
    // check initialization must come first
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
});
const $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
    def.pattern ?? (def.pattern = guid);
    $ZodStringFormat.init(inst, def);
});
const $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
    if (def.version) {
        const versionMap = {
            v1: 1,
            v2: 2,
            v3: 3,
            v4: 4,
            v5: 5,
            v6: 6,
            v7: 7,
            v8: 8,
        };
        const v = versionMap[def.version];
        if (v === undefined)
            throw new Error(`Invalid UUID version: "${def.version}"`);
        def.pattern ?? (def.pattern = uuid(v));
    }
    else
        def.pattern ?? (def.pattern = uuid());
    $ZodStringFormat.init(inst, def);
});
const $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
});
/** The `://` guard rejected the input before the URL constructor saw it. */
const URL_BAD_FORMAT = 1;
/** The URL parser rejected the input. */
const URL_UNPARSEABLE = 2;
function canParseURL(input) {
    try {
        if (typeof URL !== "undefined" && typeof URL.canParse === "function")
            return URL.canParse(input);
        new URL(input);
        return true;
    }
    catch {
        return false;
    }
}
function validateURL(trimmed, def) {
    if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) {
        return canParseURL(trimmed) || URL_UNPARSEABLE;
    }
    return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
    // When normalize is off, require :// for http/https URLs. This prevents strings like "http:example.com" or "https:/path" from being silently accepted
    if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) {
        return URL_BAD_FORMAT;
    }
    try {
        if (typeof URL !== "undefined") {
            const URLStatic = URL;
            if (typeof URLStatic.parse === "function")
                return URLStatic.parse(trimmed) ?? URL_UNPARSEABLE;
        }
        // @ts-ignore
        return new URL(trimmed);
    }
    catch {
        return URL_UNPARSEABLE;
    }
}
const asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
    return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
    hostname.lastIndex = 0;
    return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
    protocol.lastIndex = 0;
    return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
const $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        try {
            // Trim whitespace from input
            const trimmed = payload.value.trim();
            const url = validateURL(trimmed, def);
            if (url === URL_BAD_FORMAT) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid URL format",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === URL_UNPARSEABLE) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
                return;
            }
            if (url === true) {
                payload.value = stripTabAndNewline(trimmed);
                return;
            }
            if (def.hostname && !urlHostnameOk(url, def.hostname)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid hostname",
                    pattern: def.hostname.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            if (def.protocol && !urlProtocolOk(url, def.protocol)) {
                payload.issues.push({
                    code: "invalid_format",
                    format: "url",
                    note: "Invalid protocol",
                    pattern: def.protocol.source,
                    input: payload.value,
                    inst,
                    continue: !def.abort,
                });
            }
            // Set the output value based on normalize flag
            payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
            return;
        }
        catch (_) {
            payload.issues.push({
                code: "invalid_format",
                format: "url",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
    def.pattern ?? (def.pattern = emoji());
    $ZodStringFormat.init(inst, def);
});
const $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
    if (def.length !== undefined && (!Number.isInteger(def.length) || def.length < 1))
        throw new Error(`Invalid nanoid length: ${def.length}`);
    def.pattern ?? (def.pattern = def.length === undefined ? nanoid : nanoidOfLength(def.length));
    $ZodStringFormat.init(inst, def);
});
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
    def.pattern ?? (def.pattern = cuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
    def.pattern ?? (def.pattern = cuid2);
    $ZodStringFormat.init(inst, def);
});
const $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
    def.pattern ?? (def.pattern = ulid);
    $ZodStringFormat.init(inst, def);
});
const $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
    def.pattern ?? (def.pattern = xid);
    $ZodStringFormat.init(inst, def);
});
const $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
    def.pattern ?? (def.pattern = ksuid);
    $ZodStringFormat.init(inst, def);
});
const $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
    def.pattern ?? (def.pattern = datetime(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
    def.pattern ?? (def.pattern = date);
    $ZodStringFormat.init(inst, def);
});
const $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
    def.pattern ?? (def.pattern = time(def));
    $ZodStringFormat.init(inst, def);
});
const $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
    def.pattern ?? (def.pattern = duration);
    $ZodStringFormat.init(inst, def);
});
const $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
    def.pattern ?? (def.pattern = ipv4);
    $ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
const ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
    if (!ipv6Alphabet.test(value))
        return false;
    return canParseURL(`http://[${value}]`);
}
const $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
    def.pattern ?? (def.pattern = ipv6);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidIPv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "ipv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
const $ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMAC", (inst, def) => {
    def.pattern ?? (def.pattern = regexes.mac(def.delimiter));
    $ZodStringFormat.init(inst, def);
})));
const $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv4);
    $ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
    const parts = value.split("/");
    if (parts.length !== 2)
        return false;
    const [address, prefix] = parts;
    if (!prefix)
        return false;
    const prefixNum = Number(prefix);
    if (`${prefixNum}` !== prefix)
        return false;
    if (prefixNum < 0 || prefixNum > 128)
        return false;
    return isValidIPv6(address);
}
const $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
    def.pattern ?? (def.pattern = cidrv6); // not used for validation
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (!isValidCIDRv6(payload.value)) {
            payload.issues.push({
                code: "invalid_format",
                format: "cidrv6",
                input: payload.value,
                inst,
                continue: !def.abort,
            });
        }
    };
});
//////////////////////////////   ZodBase64   //////////////////////////////
function isValidBase64(data) {
    if (data === "")
        return true;
    // atob ignores whitespace, so reject it up front.
    if (/\s/.test(data))
        return false;
    if (data.length % 4 !== 0)
        return false;
    try {
        // @ts-ignore
        atob(data);
        return true;
    }
    catch {
        return false;
    }
}
// lax on purpose: the quantified regexes.base64 overflows the regex stack on multi-MB input and its leading ^$| alternation leaks through template-literal composition; isValidBase64 enforces length and padding
const base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
const $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
    def.pattern ?? (def.pattern = base64Charset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
//////////////////////////////   ZodBase64URL   //////////////////////////////
// lax on purpose: the quantified regexes.base64url overflows the regex stack on multi-MB input; isValidBase64 enforces length on the padded string
const base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
    if (!base64urlCharset.test(data))
        return false;
    const base64 = data.replace(/[-_]/g, (c) => (c === "-" ? "+" : "/"));
    const padded = base64.padEnd(Math.ceil(base64.length / 4) * 4, "=");
    return isValidBase64(padded);
}
const $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
    def.pattern ?? (def.pattern = base64urlCharset);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidBase64URL(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "base64url",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
    def.pattern ?? (def.pattern = e164);
    $ZodStringFormat.init(inst, def);
});
//////////////////////////////   ZodCreditCard   //////////////////////////////
const CC_SANITIZE = /[- ]/g;
/** Luhn checksum on a digit-only string. Adapted from valibot (MIT). */
function isLuhnAlgo(digits) {
    let length = digits.length;
    let bit = 1;
    let sum = 0;
    while (length) {
        const value = digits.charCodeAt(--length) - 48;
        bit ^= 1;
        sum += bit ? [0, 2, 4, 6, 8, 1, 3, 5, 7, 9][value] : value;
    }
    return sum % 10 === 0;
}
function isValidCreditCard(input) {
    if (!regexes.creditCard.test(input))
        return false;
    return isLuhnAlgo(input.replace(CC_SANITIZE, ""));
}
const $ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCreditCard", (inst, def) => {
    // Shape only — the Luhn check below is not expressible as a pattern, so consumers of `pattern` (JSON Schema, template literals) get the length and separator rules alone.
    def.pattern ?? (def.pattern = regexes.creditCard);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidCreditCard(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "credit_card",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodIBAN   //////////////////////////////
// iso 7064 mod 97-10 checksum without BigInt
function isIso7064Mod97(iban) {
    let remainder = 0;
    const len = iban.length;
    for (let i = 4; i < len; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    for (let i = 0; i < 4; i++) {
        const code = iban.charCodeAt(i);
        remainder = (code >= 65 ? remainder * 100 + (code - 55) : remainder * 10 + (code - 48)) % 97;
    }
    return remainder === 1;
}
function isValidIBAN(input) {
    if (!regexes.iban.test(input))
        return false;
    return isIso7064Mod97(input);
}
const $ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodIBAN", (inst, def) => {
    // shape only — checksum is not expressible as a pattern
    def.pattern ?? (def.pattern = regexes.iban);
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidIBAN(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "iban",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
//////////////////////////////   ZodJWT   //////////////////////////////
function isValidJWT(token, algorithm = null) {
    try {
        const tokensParts = token.split(".");
        if (tokensParts.length !== 3)
            return false;
        const [header] = tokensParts;
        if (!header)
            return false;
        // @ts-ignore
        const parsedHeader = JSON.parse(atob(header));
        if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT")
            return false;
        if (!parsedHeader.alg)
            return false;
        if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm))
            return false;
        return true;
    }
    catch {
        return false;
    }
}
const $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (isValidJWT(payload.value, def.alg))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: "jwt",
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
});
const $ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCustomStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
        if (def.fn(payload.value))
            return;
        payload.issues.push({
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            inst,
            continue: !def.abort,
        });
    };
})));
const $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Number(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
            return payload;
        }
        const received = typeof input === "number"
            ? Number.isNaN(input)
                ? "NaN"
                : !Number.isFinite(input)
                    ? String(input)
                    : undefined
            : undefined;
        payload.issues.push({
            expected: "number",
            code: "invalid_type",
            input,
            inst,
            ...(received ? { received } : {}),
        });
        return payload;
    };
});
const $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def); // no format checks
});
const $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes_boolean;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = Boolean(payload.value);
            }
            catch (_) { }
        const input = payload.value;
        if (typeof input === "boolean")
            return payload;
        payload.issues.push({
            expected: "boolean",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
});
const $ZodBigInt = /*@__PURE__*/ $constructor("$ZodBigInt", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = bigint;
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
            try {
                payload.value = BigInt(payload.value);
            }
            catch (_) { }
        if (typeof payload.value === "bigint")
            return payload;
        payload.issues.push({
            expected: "bigint",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodBigIntFormat", (inst, def) => {
    checks.$ZodCheckBigIntFormat.init(inst, def);
    $ZodBigInt.init(inst, def); // no format checks
})));
const $ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSymbol", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "symbol")
            return payload;
        payload.issues.push({
            expected: "symbol",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodUndefined", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.undefined;
    inst._zod.values = new Set([undefined]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "undefined",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNull", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = regexes.null;
    inst._zod.values = new Set([null]);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (input === null)
            return payload;
        payload.issues.push({
            expected: "null",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodAny", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
})));
const $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload) => payload;
});
const $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
            expected: "never",
            code: "invalid_type",
            input: payload.value,
            inst,
        });
        return payload;
    };
});
const $ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodVoid", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (typeof input === "undefined")
            return payload;
        payload.issues.push({
            expected: "void",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodDate = /*@__PURE__*/ $constructor("$ZodDate", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (def.coerce) {
            try {
                payload.value = new Date(payload.value);
            }
            catch (_err) { }
        }
        const input = payload.value;
        const isDate = input instanceof Date;
        const isValidDate = isDate && !Number.isNaN(input.getTime());
        if (isValidDate)
            return payload;
        payload.issues.push({
            expected: "date",
            code: "invalid_type",
            input,
            ...(isDate ? { received: "Invalid Date" } : {}),
            inst,
        });
        return payload;
    };
});
// an oversized container fails its leading size checks before any element is parsed
function capSize(inst, size) {
    const caps = sizeCaps(inst._zod.def.checks);
    if (!caps.length)
        return;
    const cap = Math.min(...caps.map((c) => c[0]));
    const parse = inst._zod.parse;
    inst._zod.parse = (payload, ctx) => {
        const n = size(payload.value);
        if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
            for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
                if (n > max && ch._zod.def.when(payload)) {
                    const start = payload.issues.length;
                    ch._zod.check(payload);
                    // the value is still the raw input, so no later check may read it
                    payload.issues[start].continue = false;
                    attachSchema(payload.issues, start, inst);
                    return payload;
                }
            }
        }
        return parse(payload, ctx);
    };
}
const arraySize = (input) => (Array.isArray(input) ? input.length : -1);
const mapSize = (input) => (input instanceof Map ? input.size : -1);
const setSize = (input) => (input instanceof Set ? input.size : -1);
function handleArrayResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
const $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                expected: "array",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
            const item = input[i];
            const result = def.element._zod.run({
                value: item,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleArrayResult(result, payload, i)));
            }
            else {
                handleArrayResult(result, payload, i);
                // the element's payload is authoritative here, since handleArrayResult forwards every issue; an object's is not, because it drops a failed absent optional
                if (abortEarly && result.issues.length !== 0 && aborted(result))
                    break;
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload; //handleArrayResultsAsync(parseResults, final);
    };
    capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
    const isPresent = key in input;
    const isOptionalOut = optout === "optional";
    // The middle rung means "absence permitted, nothing supplied in its place", so an absent key contributes nothing — whatever the schema made of `undefined` is invented, not substituted. Only `optional` reaches this with a value: `defaulted` substitutes, and a schema that isn't optional-out has to keep the key.
    if (!isPresent && isOptionalOut && optin === "optional") {
        return;
    }
    if (result.issues.length) {
        // For optional-in/out schemas, ignore errors on absent keys.
        if (optin !== undefined && isOptionalOut && !isPresent) {
            return;
        }
        final.issues.push(...prefixIssues(key, result.issues));
    }
    if (!isPresent && optin === undefined) {
        if (!result.issues.length) {
            final.issues.push({
                code: "invalid_type",
                expected: "nonoptional",
                input: undefined,
                path: [key],
            });
        }
        return;
    }
    if (result.value === undefined) {
        if (isPresent || (optin === "defaulted" && !isOptionalOut)) {
            final.value[key] = undefined;
        }
    }
    else {
        final.value[key] = result.value;
    }
}
// one shared instance; a fresh [] per schema cost 56 bytes retained
const NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
    const keys = Object.keys(def.shape);
    const ownSymbols = Object.getOwnPropertySymbols(def.shape);
    const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
    // aliases `keys` when there are no symbols, so a string-only shape keeps one array
    const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
    for (const k of allKeys) {
        if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
            throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
        }
    }
    const okeys = optionalKeys(def.shape);
    return {
        ...def,
        allKeys,
        symbolKeys,
        // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
        keySet: new Set(keys),
        numKeys: keys.length,
        optionalKeys: new Set(okeys),
    };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
    const unrecognized = [];
    const keySet = def.keySet;
    const _catchall = def.catchall._zod;
    const t = _catchall.def.type;
    const optin = _catchall.optin;
    const optout = _catchall.optout;
    // starts at 0, not the current length: the shape phase already ran and may have aborted
    let seen = 0;
    for (const key in input) {
        if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
                break;
            seen = payload.issues.length;
        }
        // Must precede the __proto__ branch: a declared key is not unrecognized, even though the shape loop deliberately strips __proto__ from the parsed output.
        if (keySet.has(key))
            continue;
        // Don't copy an undeclared __proto__ into the result; assignment to a plain {} would replace the result prototype. But in strict mode it is still an unknown key, so report it before skipping.
        if (key === "__proto__") {
            if (t === "never")
                unrecognized.push(key);
            continue;
        }
        if (t === "never") {
            unrecognized.push(key);
            continue;
        }
        const r = _catchall.run({ value: input[key], issues: [] }, ctx);
        if (r instanceof Promise) {
            proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
        }
        else {
            handlePropertyResult(r, payload, key, input, optin, optout);
        }
    }
    if (unrecognized.length) {
        payload.issues.push({
            code: "unrecognized_keys",
            keys: unrecognized,
            input,
            inst,
            // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
            continue: true,
        });
    }
    if (!proms.length)
        return payload;
    return Promise.all(proms).then(() => {
        return payload;
    });
}
const $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodType.init(inst, def);
    const desc = Object.getOwnPropertyDescriptor(def, "shape");
    // a cloned def carries its source's accessor, which knows the shape it answers from; adopting that keeps the clone's keys readable without running it
    const sh = desc?.get ? desc.get.raw : (def.shape ?? {});
    if (sh) {
        // Freezes the shape on first read, so its getters resolve once and every later read sees the same schemas.
        const get = () => {
            const newSh = { ...sh };
            Object.defineProperty(def, "shape", { value: newSh });
            get.raw = newSh;
            return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
    }
    const _normalized = cached(() => normalizeDef(def));
    defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
            const field = shape[key]._zod;
            if (field.values) {
                if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
                    util_assignProp(propValues, key, new Set());
                }
                for (const v of field.values)
                    propValues[key].add(v);
                // An omittable slot reads back as undefined at a discriminator lookup, so it has to claim undefined: two options that can both omit the key are not discriminable on it.
                if (field.optin !== undefined)
                    propValues[key].add(undefined);
            }
        }
        return propValues;
    });
    const isObject = util_isObject;
    const catchall = def.catchall;
    let value;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
            if (abortEarly && payload.issues.length !== seen) {
                if (aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            if (key === "__proto__")
                continue;
            const el = shape[key];
            const optin = el._zod.optin;
            const optout = el._zod.optout;
            const r = el._zod.run({ value: input[key], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
            }
            else {
                handlePropertyResult(r, payload, key, input, optin, optout);
            }
        }
        if (!catchall) {
            return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
    };
});
const $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
    // requires cast because technically $ZodObject doesn't extend
    $ZodObject.init(inst, def);
    const superParse = inst._zod.parse;
    const _normalized = cached(() => normalizeDef(def));
    const memo = globalConfig.memoizer;
    const generateFastpass = (shape) => {
        const normalized = _normalized.value;
        const syms = normalized.symbolKeys;
        // a symbol has no source literal, so it is read as `syms[i]` off the closed-over scope
        const doc = new Doc(["payload", "ctx"], { shape, inst, memo, syms });
        const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
        // prefixes in place, like util.prefixIssues. newResult must land before the early return: a catchall runs after this and would otherwise write onto the caller's input
        const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
        doc.write(`const input = payload.value;`);
        const ids = Object.create(null);
        let counter = 0;
        for (const key of normalized.allKeys) {
            ids[key] = `key_${counter++}`;
        }
        // A: preserve key order {
        doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
        for (const key of normalized.allKeys) {
            if (key === "__proto__")
                continue;
            const id = ids[key];
            const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
            const isPresent = `${k} in input`;
            const schema = shape[key];
            const optin = schema?._zod?.optin;
            const isOptionalIn = optin !== undefined;
            const isOptionalOut = schema?._zod?.optout === "optional";
            doc.write(`const ${id} = ${parseStr(k)};`);
            if (isOptionalIn && isOptionalOut) {
                // For optional-in/out schemas, ignore errors on absent keys — and, like the interpreted path, drop the value produced alongside them. The middle rung goes further: it permits absence without supplying anything in its place, so an absent key contributes nothing at all.
                const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
                doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
            }
            else if (!isOptionalIn) {
                doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
            }
            else {
                doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
                if (optin === "defaulted") {
                    doc.write(`newResult[${k}] = ${id}.value;`);
                }
                else {
                    doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
                }
            }
        }
        doc.write(`payload.value = newResult;`);
        doc.write(`return payload;`);
        // closing `shape` in is what pays: turbofan specializes the parser against that one shape object, so every `shape[k]._zod.run` folds to a known callee. as a parameter it stays a generic load and measures 13% slower even with the forwarding frame gone
        return doc.compile();
    };
    let fastpass;
    const isObject = util_isObject;
    const jit = !globalConfig.jitless;
    const allowsEval = util_allowsEval;
    const fastEnabled = jit && allowsEval.value; // && !def.catchall;
    const catchall = def.catchall;
    let value;
    inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject(input)) {
            payload.issues.push({
                expected: "object",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
            // always synchronous
            if (!fastpass)
                fastpass = generateFastpass(def.shape);
            payload = fastpass(payload, ctx);
            if (!catchall)
                return payload;
            return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
        }
        return superParse(payload, ctx);
    };
});
function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
        if (result.issues.length === 0) {
            final.value = result.value;
            return final;
        }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
        final.value = nonaborted[0].value;
        return nonaborted[0];
    }
    final.issues.push({
        code: "invalid_union",
        input: final.value,
        inst,
        errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config()))),
    });
    return final;
}
const $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted")
        ? "defaulted"
        : zod.def.options.some((o) => o._zod.optin !== undefined)
            ? "optional"
            : undefined);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : undefined);
    defineLazyInternal(inst, "values", (zod) => {
        if (zod.def.options.every((o) => o._zod.values)) {
            return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
        }
        return undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        if (zod.def.options.every((o) => o._zod.pattern)) {
            const patterns = zod.def.options.map((o) => o._zod.pattern);
            return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
        }
        return undefined;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                if (result.issues.length === 0)
                    return result;
                results.push(result);
            }
        }
        if (!async)
            return handleUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleUnionResults(results, payload, inst, ctx);
        });
    };
});
function handleExclusiveUnionResults(results, final, inst, ctx) {
    const matches = [];
    for (let i = 0; i < results.length; i++) {
        if (results[i].issues.length === 0)
            matches.push(i);
    }
    if (matches.length === 1) {
        final.value = results[matches[0]].value;
        return final;
    }
    if (matches.length === 0) {
        // No matches - same as regular union
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: results.map((result) => result.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config()))),
        });
    }
    else {
        // Multiple matches - exclusive union failure
        final.issues.push({
            code: "invalid_union",
            input: final.value,
            inst,
            errors: [],
            inclusive: false,
            matches,
        });
    }
    return final;
}
const $ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodXor", (inst, def) => {
    $ZodUnion.init(inst, def);
    def.inclusive = false;
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
        if (first) {
            return first(payload, ctx);
        }
        let async = false;
        const results = [];
        for (const option of def.options) {
            const result = option._zod.run({
                value: payload.value,
                issues: [],
            }, ctx);
            if (result instanceof Promise) {
                results.push(result);
                async = true;
            }
            else {
                results.push(result);
            }
        }
        if (!async)
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        return Promise.all(results).then((results) => {
            return handleExclusiveUnionResults(results, payload, inst, ctx);
        });
    };
})));
/** Returns the option whose discriminator claims `value`, or throws if ambiguous. */
function getDiscriminatedOption(union, value) {
    const internals = union._zod;
    let map = internals.bag.optionsMap;
    if (!map) {
        map = discriminatorMap(internals.def);
        internals.bag.optionsMap = map;
    }
    const option = map.get(value);
    if (option === null)
        throw new Error(`Ambiguous discriminator value "${String(value)}"`);
    return option;
}
function discriminatorMap(def) {
    const map = new Map();
    for (const option of def.options) {
        const values = option._zod.propValues?.[def.discriminator];
        if (!values || values.size === 0)
            throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
        for (const value of values) {
            if (map.has(value)) {
                if (value !== undefined)
                    throw new Error(`Duplicate discriminator value "${String(value)}"`);
                // keep the collision marked so a later member cannot reclaim it
                map.set(value, null);
            }
            else {
                map.set(value, option);
            }
        }
    }
    return map;
}
const $ZodDiscriminatedUnion = 
/*@__PURE__*/
$constructor("$ZodDiscriminatedUnion", (inst, def) => {
    def.inclusive = false;
    $ZodUnion.init(inst, def);
    const _super = inst._zod.parse;
    defineLazyInternal(inst, "propValues", (zod) => {
        const propValues = {};
        let undefinedCount = 0;
        for (const option of zod.def.options) {
            const pv = option._zod.propValues;
            if (!pv || Object.keys(pv).length === 0)
                throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
            if (pv[zod.def.discriminator]?.has(undefined))
                undefinedCount++;
            for (const [k, v] of Object.entries(pv)) {
                if (!Object.prototype.hasOwnProperty.call(propValues, k)) {
                    util_assignProp(propValues, k, new Set());
                }
                for (const val of v) {
                    propValues[k].add(val);
                }
            }
        }
        if (!zod.def.unionFallback && undefinedCount > 1)
            propValues[zod.def.discriminator]?.delete(undefined);
        return propValues;
    });
    // Checked now rather than in the lookup map below, so an option that lacks the discriminator fails at the `discriminatedUnion` call instead of on the first object parsed. Options whose shape cannot be enumerated without resolving it — pipes and lazies — are left to the map.
    def.options.forEach((option, i) => {
        const propShape = rawShape(option._zod.def);
        if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) {
            throw new Error(`Invalid discriminated union option at index "${i}"`);
        }
    });
    const disc = cached(() => discriminatorMap(def));
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!util_isObject(input)) {
            payload.issues.push({
                code: "invalid_type",
                expected: "object",
                input,
                inst,
            });
            return payload;
        }
        const value = input?.[def.discriminator];
        const opt = disc.value.get(value);
        // forward metadata cannot choose an encoder for an absent tag
        if (opt && (value !== undefined || ctx.direction !== "backward")) {
            return opt._zod.run(payload, ctx);
        }
        // Fall back to union matching when the fast discriminator path fails:
        // - explicitly enabled via unionFallback, or
        // - during backward direction (encode), since codec-based discriminators have different values in forward vs backward directions
        if (def.unionFallback || ctx.direction === "backward") {
            return _super(payload, ctx);
        }
        // no matching discriminator
        payload.issues.push({
            code: "invalid_union",
            errors: [],
            note: "No matching discriminator",
            discriminator: def.discriminator,
            options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
            input,
            path: [def.discriminator],
            inst,
        });
        return payload;
    };
});
const $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        const left = def.left._zod.run({ value: input, issues: [] }, ctx);
        const right = def.right._zod.run({ value: input, issues: [] }, ctx);
        const async = left instanceof Promise || right instanceof Promise;
        if (async) {
            return Promise.all([left, right]).then(([left, right]) => {
                return handleIntersectionResults(payload, left, right);
            });
        }
        return handleIntersectionResults(payload, left, right);
    };
});
function mergeValues(a, b) {
    // const aType = parse.t(a);
    // const bType = parse.t(b);
    if (a === b) {
        return { valid: true, data: a };
    }
    if (a instanceof Date && b instanceof Date && +a === +b) {
        return { valid: true, data: a };
    }
    if (isPlainObject(a) && isPlainObject(b)) {
        const bKeys = Object.keys(b);
        const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
        const newObj = { ...a, ...b };
        if (Object.prototype.hasOwnProperty.call(newObj, "__proto__"))
            delete newObj.__proto__;
        for (const key of sharedKeys) {
            if (key === "__proto__")
                continue;
            const sharedValue = mergeValues(a[key], b[key]);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [key, ...sharedValue.mergeErrorPath],
                };
            }
            newObj[key] = sharedValue.data;
        }
        return { valid: true, data: newObj };
    }
    if (Array.isArray(a) && Array.isArray(b)) {
        if (a.length !== b.length) {
            return { valid: false, mergeErrorPath: [] };
        }
        const newArray = [];
        for (let index = 0; index < a.length; index++) {
            const itemA = a[index];
            const itemB = b[index];
            const sharedValue = mergeValues(itemA, itemB);
            if (!sharedValue.valid) {
                return {
                    valid: false,
                    mergeErrorPath: [index, ...sharedValue.mergeErrorPath],
                };
            }
            newArray.push(sharedValue.data);
        }
        return { valid: true, data: newArray };
    }
    return { valid: false, mergeErrorPath: [] };
}
function handleIntersectionResults(result, left, right) {
    // Track which side(s) reject each key. A key rejection is reported only when BOTH sides reject it, so a key owned by one branch survives the other's key schema. strictObject reports these as unrecognized_keys; a record with an open key schema reports one invalid_key per key.
    const unrecKeys = new Map();
    let unrecIssue;
    const keyIssues = new Map();
    const collect = (iss, side) => {
        let keys;
        if (iss.code === "unrecognized_keys" && !iss.path?.length) {
            unrecIssue ?? (unrecIssue = iss);
            keys = iss.keys;
        }
        else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
            const k = String(iss.path[0]);
            if (!keyIssues.has(k))
                keyIssues.set(k, iss);
            keys = [k];
        }
        else {
            return false;
        }
        for (const k of keys) {
            if (!unrecKeys.has(k))
                unrecKeys.set(k, {});
            unrecKeys.get(k)[side] = true;
        }
        return true;
    };
    for (const iss of left.issues) {
        if (!collect(iss, "l"))
            result.issues.push(iss);
    }
    for (const iss of right.issues) {
        if (!collect(iss, "r"))
            result.issues.push(iss);
    }
    // Report only keys rejected by BOTH sides
    const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
    if (bothKeys.length) {
        const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
        if (aggregated.length)
            result.issues.push({ ...unrecIssue, keys: aggregated });
        for (const k of bothKeys) {
            if (!aggregated.includes(k) && keyIssues.has(k))
                result.issues.push(keyIssues.get(k));
        }
    }
    const merged = mergeValues(left.value, right.value);
    if (!merged.valid) {
        if (aborted(result))
            return result;
        throw new Error(`Unmergable intersection. Error path: ` + `${JSON.stringify(merged.mergeErrorPath)}`);
    }
    result.value = merged.data;
    return result;
}
const $ZodTuple = /*@__PURE__*/ $constructor("$ZodTuple", (inst, def) => {
    $ZodType.init(inst, def);
    const items = def.items;
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
            payload.issues.push({
                input,
                inst,
                expected: "tuple",
                code: "invalid_type",
            });
            return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, [], ctx) : [];
        const proms = [];
        const optinStart = getTupleOptStart(items, "optin");
        const optoutStart = getTupleOptStart(items, "optout");
        if (!def.rest) {
            if (input.length < optinStart) {
                payload.issues.push({
                    code: "too_small",
                    minimum: optinStart,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
                return payload;
            }
            if (input.length > items.length) {
                payload.issues.push({
                    code: "too_big",
                    maximum: items.length,
                    inclusive: true,
                    input,
                    inst,
                    origin: "array",
                });
            }
        }
        // Run every item in parallel, collecting results into an indexed array. The post-processing in `handleTupleResults` walks them in order so it can decide whether an absent optional-output error can truncate the tail or must be reported to preserve required output.
        const itemResults = new Array(items.length);
        // only tracked when there is a rest loop to skip
        const abortEarly = def.rest ? ctx?.abortEarly : undefined;
        let itemAborted = false;
        for (let i = 0; i < items.length; i++) {
            const r = items[i]._zod.run({ value: input[i], issues: [] }, ctx);
            if (r instanceof Promise) {
                proms.push(r.then((rr) => {
                    itemResults[i] = rr;
                }));
            }
            else {
                itemResults[i] = r;
                if (abortEarly && !itemAborted && r.issues.length)
                    itemAborted = aborted(r);
            }
        }
        // sound because rest is non-empty exactly when every fixed index is present, the one case handleTupleResults cannot discard an item's issues
        if (def.rest && !itemAborted) {
            let i = items.length - 1;
            const rest = input.slice(items.length);
            let seen = payload.issues.length;
            for (const el of rest) {
                if (abortEarly && payload.issues.length !== seen) {
                    if (aborted(payload, seen))
                        break;
                    seen = payload.issues.length;
                }
                i++;
                const result = def.rest._zod.run({ value: el, issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((r) => handleTupleResult(r, payload, i)));
                }
                else {
                    handleTupleResult(result, payload, i);
                }
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => handleTupleResults(itemResults, payload, items, input, optoutStart));
        }
        return handleTupleResults(itemResults, payload, items, input, optoutStart);
    };
});
function getTupleOptStart(items, key) {
    for (let i = items.length - 1; i >= 0; i--) {
        // optin is a three-rung ladder so any rung above `undefined` permits an absent slot; optout stays two-valued.
        const omittable = key === "optin" ? items[i]._zod.optin !== undefined : items[i]._zod.optout === "optional";
        if (!omittable)
            return i + 1;
    }
    return 0;
}
function handleTupleResult(result, final, index) {
    if (result.issues.length) {
        final.issues.push(...prefixIssues(index, result.issues));
    }
    final.value[index] = result.value;
}
function handleTupleResults(itemResults, final, items, input, optoutStart) {
    // Walk results in order. Mirror $ZodObject's swallow-on-absent-optional rule, but only after `optoutStart`: the first index where the output tuple tail can be absent.
    for (let i = 0; i < items.length; i++) {
        const r = itemResults[i];
        const isPresent = i < input.length;
        // The array analog of `handlePropertyResult`'s absent-key early return: the middle rung permits absence without supplying anything in its place, so the tail truncates here instead of materializing whatever the item made of `undefined`.
        if (!isPresent && i >= optoutStart && items[i]._zod.optin === "optional") {
            final.value.length = i;
            break;
        }
        if (r.issues.length) {
            if (!isPresent && i >= optoutStart) {
                final.value.length = i;
                break;
            }
            final.issues.push(...prefixIssues(i, r.issues));
        }
        final.value[i] = r.value;
    }
    // Drop trailing slots that produced `undefined` for absent input
    // (the array analog of an absent optional key on an object). The
    // `i >= input.length` floor is critical: an explicit `undefined`
    // *inside* the input must be preserved even when the schema is
    // optional-out (e.g. `z.string().or(z.undefined())` accepting an
    // explicit undefined value).
    for (let i = final.value.length - 1; i >= input.length; i--) {
        if (items[i]._zod.optout === "optional" && final.value[i] === undefined) {
            final.value.length = i;
        }
        else {
            break;
        }
    }
    return final;
}
const $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
            payload.issues.push({
                expected: "record",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        // no guard in either loop below: a record's invalid_key aborts but an enclosing intersection can reconcile it, so a stopped loop hides keys the sibling does not own and the intersection then rejects nothing
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            const recordKeys = new Set();
            for (const key of values) {
                if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
                    recordKeys.add(typeof key === "number" ? key.toString() : key);
                    // A declared __proto__ is stripped but is not an unrecognized key.
                    if (key === "__proto__")
                        continue;
                    const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                    if (keyResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (keyResult.issues.length) {
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                        continue;
                    }
                    const outKey = keyResult.value;
                    if (outKey === "__proto__")
                        continue;
                    const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                    if (result instanceof Promise) {
                        proms.push(result.then((result) => {
                            if (result.issues.length) {
                                payload.issues.push(...prefixIssues(key, result.issues));
                            }
                            payload.value[outKey] = result.value;
                        }));
                    }
                    else {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }
                }
            }
            let unrecognized;
            for (const key in input) {
                if (!recordKeys.has(key)) {
                    if (def.mode === "loose") {
                        // skip __proto__ so it can't replace the result prototype via the assignment setter on the plain {} we build into
                        if (key === "__proto__")
                            continue;
                        payload.value[key] = input[key];
                    }
                    else {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        else {
            payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
            // An enumerable key schema declares which keys the record owns, so a key outside the set is unrecognized. A non-enumerable one (regex, refine) is a constraint every key must satisfy, so a failing key is invalid. Only the former is reconcilable against the other side of an intersection.
            let unrecognized;
            // Reflect.ownKeys for Symbol-key support; filter non-enumerable to match z.object()
            for (const key of Reflect.ownKeys(input)) {
                if (key === "__proto__")
                    continue;
                if (!Object.prototype.propertyIsEnumerable.call(input, key))
                    continue;
                let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
                if (keyResult instanceof Promise) {
                    throw new Error("Async schemas not supported in object keys currently");
                }
                // Numeric string fallback: if key is a numeric string and failed, retry with Number(key). This handles z.number(), z.literal([1, 2, 3]), and unions containing numeric literals
                const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
                if (checkNumericKey) {
                    const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
                    if (retryResult instanceof Promise) {
                        throw new Error("Async schemas not supported in object keys currently");
                    }
                    if (retryResult.issues.length === 0) {
                        keyResult = retryResult;
                    }
                }
                if (keyResult.issues.length) {
                    if (def.mode === "loose") {
                        // Pass through unchanged
                        payload.value[key] = input[key];
                    }
                    else if (values) {
                        unrecognized = unrecognized ?? [];
                        unrecognized.push(key);
                    }
                    else {
                        // Default "strict" behavior: error on invalid key
                        payload.issues.push({
                            code: "invalid_key",
                            origin: "record",
                            issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                            input: key,
                            path: [key],
                            inst,
                        });
                    }
                    continue;
                }
                // the guard above tests the raw input key, but the key schema can normalize an ordinary key into __proto__; re-check the key we actually write under
                const outKey = keyResult.value;
                if (outKey === "__proto__")
                    continue;
                const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
                if (result instanceof Promise) {
                    proms.push(result.then((result) => {
                        if (result.issues.length) {
                            payload.issues.push(...prefixIssues(key, result.issues));
                        }
                        payload.value[outKey] = result.value;
                    }));
                }
                else {
                    if (result.issues.length) {
                        payload.issues.push(...prefixIssues(key, result.issues));
                    }
                    payload.value[outKey] = result.value;
                }
            }
            if (unrecognized && unrecognized.length > 0) {
                payload.issues.push({
                    code: "unrecognized_keys",
                    input,
                    inst,
                    keys: unrecognized,
                    continue: true,
                });
            }
        }
        if (proms.length) {
            return Promise.all(proms).then(() => payload);
        }
        return payload;
    };
});
const $ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodMap", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Map)) {
            payload.issues.push({
                expected: "map",
                code: "invalid_type",
                input,
                inst,
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Map(), ctx) : new Map();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const [key, value] of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            const valueResult = def.valueType._zod.run({ value: value, issues: [] }, ctx);
            if (keyResult instanceof Promise || valueResult instanceof Promise) {
                proms.push(Promise.all([keyResult, valueResult]).then(([keyResult, valueResult]) => {
                    handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
                }));
            }
            else {
                handleMapResult(keyResult, valueResult, payload, key, input, inst, ctx);
            }
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, mapSize);
})));
function handleMapResult(keyResult, valueResult, final, key, input, inst, ctx) {
    if (keyResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, keyResult.issues));
        }
        else {
            final.issues.push({
                code: "invalid_key",
                origin: "map",
                input,
                inst,
                issues: keyResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    if (valueResult.issues.length) {
        if (util.propertyKeyTypes.has(typeof key)) {
            final.issues.push(...util.prefixIssues(key, valueResult.issues));
        }
        else {
            final.issues.push({
                origin: "map",
                code: "invalid_element",
                input,
                inst,
                key: key,
                issues: valueResult.issues.map((iss) => util.finalizeIssue(iss, ctx, core.config())),
            });
        }
    }
    final.value.set(keyResult.value, valueResult.value);
}
const $ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSet", (inst, def) => {
    $ZodType.init(inst, def);
    const memo = core.globalConfig.memoizer;
    memo?.attach(inst);
    inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!(input instanceof Set)) {
            payload.issues.push({
                input,
                inst,
                expected: "set",
                code: "invalid_type",
            });
            return payload;
        }
        const proms = [];
        payload.value = memo ? memo.alloc(inst, payload, new Set(), ctx) : new Set();
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const item of input) {
            if (abortEarly && payload.issues.length !== seen) {
                if (util.aborted(payload, seen))
                    break;
                seen = payload.issues.length;
            }
            const result = def.valueType._zod.run({ value: item, issues: [] }, ctx);
            if (result instanceof Promise) {
                proms.push(result.then((result) => handleSetResult(result, payload)));
            }
            else
                handleSetResult(result, payload);
        }
        if (proms.length)
            return Promise.all(proms).then(() => payload);
        return payload;
    };
    capSize(inst, setSize);
})));
function handleSetResult(result, final) {
    if (result.issues.length) {
        final.issues.push(...result.issues);
    }
    final.value.add(result.value);
}
const $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const values = new Set(def.values);
    inst._zod.values = values;
    defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        // unmatchable fallback, RE2-safe: an empty alternation would compile to /^()$/, which matches ""
        return new RegExp(vals.length
            ? `^(${vals
                .map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o))
                .join("|")})$`
            : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
            return payload;
        }
        payload.issues.push({
            code: "invalid_value",
            values: def.values,
            input,
            inst,
        });
        return payload;
    };
});
const $ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFile", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        // @ts-ignore
        if (input instanceof File)
            return payload;
        payload.issues.push({
            expected: "file",
            code: "invalid_type",
            input,
            inst,
        });
        return payload;
    };
})));
const $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        const _out = def.transform(payload.value, payload);
        if (ctx.async) {
            const output = _out instanceof Promise ? _out : Promise.resolve(_out);
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        if (_out instanceof Promise) {
            throw new $ZodAsyncError();
        }
        payload.value = _out;
        return payload;
    };
});
function handleOptionalResult(payload, result) {
    // A substituting schema that still failed has no usable answer; yield undefined. Its issues are simply dropped: it ran on a payload of its own, so there is no shared array to truncate and nothing of the caller's to lose with it.
    payload.value = result.issues.length ? undefined : result.value;
    return payload;
}
const $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
    $ZodType.init(inst, def);
    // .optional() propagates absence rather than substituting for it, so a defaulted inner keeps its rung.
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    inst._zod.optout = "optional";
    defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? new Set([...values, undefined]) : undefined;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        if (payload.value === undefined) {
            // Only the top rung substitutes a value for absence; everything else leaves it intact, which is what .optional() means.
            if (def.innerType._zod.optin !== "defaulted")
                return payload;
            // Its own payload, for the same reason $ZodCatch gets one: a pipe forwards an unrecognized key through the caller's issues array, and this must not read that as the substituting schema failing and drop it.
            const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
            if (result instanceof Promise)
                return result.then((result) => handleOptionalResult(payload, result));
            return handleOptionalResult(payload, result);
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
    // Call parent init - inherits optin/optout = "optional"
    $ZodOptional.init(inst, def);
    // Override values/pattern to NOT add undefined
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
    // Override parse to just delegate (no undefined handling)
    inst._zod.parse = (payload, ctx) => {
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : undefined;
    });
    defineLazyInternal(inst, "values", (zod) => {
        return zod.def.innerType._zod.values ? new Set([...zod.def.innerType._zod.values, null]) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        // Forward direction (decode): allow null to pass through
        if (payload.value === null)
            return payload;
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
    $ZodType.init(inst, def);
    // inst._zod.qin = "true";
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply defaults for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
            /**
             * $ZodDefault returns the default value immediately in forward direction.
             * It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
            return payload;
        }
        // Forward direction: continue with default handling
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleDefaultResult(result, def));
        }
        return handleDefaultResult(result, def);
    };
});
function handleDefaultResult(payload, def) {
    if (payload.value === undefined) {
        payload.value = def.defaultValue;
    }
    return payload;
}
const $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "defaulted";
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply prefault for undefined input
        if (payload.value === undefined) {
            payload.value = def.defaultValue;
        }
        return def.innerType._zod.run(payload, ctx);
    };
});
const $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => {
        const v = zod.def.innerType._zod.values;
        return v ? new Set([...v].filter((x) => x !== undefined)) : undefined;
    });
    inst._zod.parse = (payload, ctx) => {
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleNonOptionalResult(result, inst));
        }
        return handleNonOptionalResult(result, inst);
    };
});
function handleNonOptionalResult(payload, inst) {
    if (!payload.issues.length && payload.value === undefined) {
        payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: payload.value,
            inst,
        });
    }
    return payload;
}
const $ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodSuccess", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            throw new core.$ZodEncodeError("ZodSuccess");
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then((result) => {
                payload.value = result.issues.length === 0;
                return payload;
            });
        }
        payload.value = result.issues.length === 0;
        return payload;
    };
})));
function handleCatchResult(payload, result, def, ctx) {
    if (!result.issues.length) {
        payload.value = result.value;
        // The value carries up, so the flag describing it has to carry with it: a back-edge into a node still being parsed must not be frozen by an enclosing readonly, and its checks belong to the node itself. Guarded so the ordinary case adds no own property.
        if (result.memo)
            payload.memo = true;
        return payload;
    }
    // Spread the inner's own payload, not ours: `value` has to stay the input the catch was handed, and the inner ran on a payload of its own so its issues are already private to this call.
    payload.value = def.catchValue({
        ...result,
        value: payload.value,
        error: {
            issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())),
        },
        input: payload.value,
    });
    return payload;
}
const $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        // Forward direction (decode): apply catch logic
        const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
        if (result instanceof Promise) {
            return result.then((result) => handleCatchResult(payload, result, def, ctx));
        }
        return handleCatchResult(payload, result, def, ctx);
    };
});
const $ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodNaN", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "number" || !Number.isNaN(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "nan",
                code: "invalid_type",
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handlePipeResult(right, def.in, ctx));
            }
            return handlePipeResult(right, def.in, ctx);
        }
        const left = def.in._zod.run(payload, ctx);
        if (left instanceof Promise) {
            return left.then((left) => handlePipeResult(left, def.out, ctx));
        }
        return handlePipeResult(left, def.out, ctx);
    };
});
function handlePipeResult(left, next, ctx) {
    // Any issue stops the pipe, so a failing refinement never feeds its transform. An unrecognized key is the exception: it describes the input's extra properties, not the value being piped, and an enclosing intersection may yet reconcile it.
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
        // prevent further checks
        left.aborted = true;
        return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}
const $ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodCodec", (inst, def) => {
    $ZodType.init(inst, def);
    util.defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    util.defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    util.defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
        const direction = ctx.direction || "forward";
        if (direction === "forward") {
            const left = def.in._zod.run(payload, ctx);
            if (left instanceof Promise) {
                return left.then((left) => handleCodecAResult(left, def, ctx));
            }
            return handleCodecAResult(left, def, ctx);
        }
        else {
            const right = def.out._zod.run(payload, ctx);
            if (right instanceof Promise) {
                return right.then((right) => handleCodecAResult(right, def, ctx));
            }
            return handleCodecAResult(right, def, ctx);
        }
    };
})));
function handleCodecAResult(result, def, ctx) {
    if (result.issues.length) {
        // prevent further checks
        result.aborted = true;
        return result;
    }
    const direction = ctx.direction || "forward";
    if (direction === "forward") {
        const transformed = def.transform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.out, ctx));
        }
        return handleCodecTxResult(result, transformed, def.out, ctx);
    }
    else {
        const transformed = def.reverseTransform(result.value, result);
        if (transformed instanceof Promise) {
            return transformed.then((value) => handleCodecTxResult(result, value, def.in, ctx));
        }
        return handleCodecTxResult(result, transformed, def.in, ctx);
    }
}
function handleCodecTxResult(left, value, nextSchema, ctx) {
    // Check if transform added any issues
    if (left.issues.length) {
        left.aborted = true;
        return left;
    }
    return nextSchema._zod.run({ value, issues: left.issues }, ctx);
}
const $ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPreprocess", (inst, def) => {
    $ZodPipe.init(inst, def);
})));
const $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
    defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
    inst._zod.parse = (payload, ctx) => {
        if (ctx.direction === "backward") {
            return def.innerType._zod.run(payload, ctx);
        }
        const result = def.innerType._zod.run(payload, ctx);
        if (result instanceof Promise) {
            return result.then(handleReadonlyResult);
        }
        return handleReadonlyResult(result);
    };
});
function handleReadonlyResult(payload) {
    // A repeat visit hands back a node that is still being built; freezing it here would make the rest of its keys fail to assign.
    if (!payload.memo)
        payload.value = Object.freeze(payload.value);
    return payload;
}
// a leaf's pattern source with its own checks folded in: the last pattern-carrying check wins, else length bounds narrow the catch-all, else an integer format narrows the number form. the fold lives here instead of on `_zod.pattern` so a bundle without template literals never pays for it
function leafPattern(schema) {
    const def = schema._zod.def;
    let pattern = def.pattern;
    let isInt = !!def.format?.includes("int");
    let minimum;
    let maximum;
    for (const ch of def.checks ?? []) {
        const d = ch._zod.def;
        if (d.pattern)
            pattern = d.pattern;
        isInt || (isInt = !!d.format?.includes("int"));
        const lo = d.minimum ?? d.length;
        const hi = d.maximum ?? d.length;
        if (lo !== undefined && (minimum === undefined || lo > minimum))
            minimum = lo;
        if (hi !== undefined && (maximum === undefined || hi < maximum))
            maximum = hi;
    }
    if (pattern)
        return pattern.source;
    // an empty range matches nothing at runtime, and `{8,5}` is not a legal quantifier
    if (minimum !== undefined && maximum !== undefined && minimum > maximum)
        return "(?!)";
    if (minimum !== undefined || maximum !== undefined)
        return regexes.string({ minimum, maximum }).source;
    const own = schema._zod.pattern;
    return (isInt && own === regexes.number ? regexes.integer : own)?.source;
}
// a part's pattern source. a wrapper's pattern embeds its inner pattern's source verbatim, so the folded form is substituted in place without knowing the wrapper's own composition; a union's options are joined the way the union builds its own pattern
function partPattern(schema) {
    const def = schema._zod.def;
    const own = schema._zod.pattern?.source;
    // lazy resolves its inner on the internals, not the def
    const inner = def.innerType ?? schema._zod.innerType;
    if (inner) {
        const before = inner._zod.pattern?.source;
        const after = partPattern(inner);
        if (own && before && after && after !== before) {
            return own.replace(util.cleanRegex(before), () => util.cleanRegex(after));
        }
        return own;
    }
    if (def.options) {
        const sources = def.options.map(partPattern);
        if (sources.every(Boolean))
            return `^(${sources.map((s) => util.cleanRegex(s)).join("|")})$`;
    }
    return leafPattern(schema);
}
const $ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodTemplateLiteral", (inst, def) => {
    $ZodType.init(inst, def);
    const regexParts = [];
    for (const part of def.parts) {
        if (typeof part === "object" && part !== null) {
            // is Zod schema
            const source = partPattern(part);
            if (!source) {
                throw new Error(`Invalid template literal part, no pattern found: ${[...part._zod.traits].shift()}`);
            }
            regexParts.push(util.cleanRegex(source));
        }
        else if (part === null || util.primitiveTypes.has(typeof part)) {
            regexParts.push(util.escapeRegex(`${part}`));
        }
        else {
            throw new Error(`Invalid template literal part: ${part}`);
        }
    }
    inst._zod.pattern = new RegExp(`^${regexParts.join("")}$`);
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "string") {
            payload.issues.push({
                input: payload.value,
                inst,
                expected: "string",
                code: "invalid_type",
            });
            return payload;
        }
        inst._zod.pattern.lastIndex = 0;
        if (!inst._zod.pattern.test(payload.value)) {
            payload.issues.push({
                input: payload.value,
                inst,
                code: "invalid_format",
                format: def.format ?? "template_literal",
                pattern: inst._zod.pattern.source,
            });
            return payload;
        }
        return payload;
    };
})));
const $ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodFunction", (inst, def) => {
    $ZodType.init(inst, def);
    // Defined, not assigned: the classic prototype exposes `_def` as a getter with no setter.
    Object.defineProperty(inst, "_def", { value: def });
    inst._zod.def = def;
    inst.implement = (func) => {
        if (typeof func !== "function") {
            throw new Error("implement() must be called with a function");
        }
        // Defined inline so the closure stays anonymous: binding it to a `const` first names it, which costs 256 bytes per implemented function.
        return Object.defineProperty(function (...args) {
            const parsedArgs = inst._def.input ? parse(inst._def.input, args) : args;
            const result = Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return parse(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst.implementAsync = (func) => {
        if (typeof func !== "function") {
            throw new Error("implementAsync() must be called with a function");
        }
        return Object.defineProperty(async function (...args) {
            const parsedArgs = inst._def.input ? await parseAsync(inst._def.input, args) : args;
            const result = await Reflect.apply(func, this, parsedArgs);
            if (inst._def.output) {
                return await parseAsync(inst._def.output, result);
            }
            return result;
        }, "_zod", { value: inst._zod, enumerable: false });
    };
    inst._zod.parse = (payload, _ctx) => {
        if (typeof payload.value !== "function") {
            payload.issues.push({
                code: "invalid_type",
                expected: "function",
                input: payload.value,
                inst,
            });
            return payload;
        }
        // Check if output is a promise type to determine if we should use async implementation
        const hasPromiseOutput = inst._def.output && inst._def.output._zod.def.type === "promise";
        if (hasPromiseOutput) {
            payload.value = inst.implementAsync(payload.value);
        }
        else {
            payload.value = inst.implement(payload.value);
        }
        return payload;
    };
    inst.input = (...args) => {
        const F = inst.constructor;
        if (Array.isArray(args[0])) {
            return new F({
                type: "function",
                input: new $ZodTuple({
                    type: "tuple",
                    items: args[0],
                    rest: args[1],
                }),
                output: inst._def.output,
            });
        }
        return new F({
            type: "function",
            input: args[0],
            output: inst._def.output,
        });
    };
    inst.output = (output) => {
        const F = inst.constructor;
        return new F({
            type: "function",
            input: inst._def.input,
            output,
        });
    };
    return inst;
})));
const $ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodPromise", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
        return Promise.resolve(payload.value).then((inner) => def.innerType._zod.run({ value: inner, issues: [] }, ctx));
    };
})));
const $ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("$ZodLazy", (inst, def) => {
    $ZodType.init(inst, def);
    // Cache the resolved inner type on the shared `def` so all clones of this lazy (e.g. via `.describe()`/`.meta()`) share the same inner instance, preserving identity for cycle detection on recursive schemas.
    util.defineLazy(inst._zod, "innerType", () => {
        const d = def;
        if (!d._cachedInner)
            d._cachedInner = def.getter();
        return d._cachedInner;
    });
    util.defineLazyInternal(inst, "pattern", (zod) => zod.innerType?._zod?.pattern);
    util.defineLazyInternal(inst, "propValues", (zod) => zod.innerType?._zod?.propValues);
    util.defineLazyInternal(inst, "optin", (zod) => zod.innerType?._zod?.optin ?? undefined);
    util.defineLazyInternal(inst, "optout", (zod) => zod.innerType?._zod?.optout ?? undefined);
    inst._zod.parse = (payload, ctx) => {
        const inner = inst._zod.innerType;
        return inner._zod.run(payload, ctx);
    };
})));
const $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
    $ZodCheck.init(inst, def);
    $ZodType.init(inst, def);
    inst._zod.parse = (payload, _) => {
        return payload;
    };
    inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
            return r.then((r) => handleRefineResult(r, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
    };
});
function handleRefineResult(result, payload, input, inst) {
    if (!result) {
        const _iss = {
            code: "custom",
            input,
            inst, // incorporates params.error into issue reporting
            path: [...(inst._zod.def.path ?? [])], // incorporates params.error into issue reporting
            continue: !inst._zod.def.abort,
            // params: inst._zod.def.params,
        };
        if (inst._zod.def.params)
            _iss.params = inst._zod.def.params;
        payload.issues.push(util_issue(_iss));
    }
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/registries.js
var registries_a;
const $output = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodOutput")));
const $input = /*@__PURE__*/ (/* unused pure expression or super */ null && (Symbol("ZodInput")));
class $ZodRegistry {
    constructor() {
        this._map = new WeakMap();
        this._idmap = new Map();
    }
    add(schema, ..._meta) {
        const meta = _meta[0];
        this._map.set(schema, meta);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.set(meta.id, schema);
        }
        return this;
    }
    clear() {
        this._map = new WeakMap();
        this._idmap = new Map();
        return this;
    }
    remove(schema) {
        const meta = this._map.get(schema);
        if (meta && typeof meta === "object" && "id" in meta) {
            this._idmap.delete(meta.id);
        }
        this._map.delete(schema);
        return this;
    }
    get(schema) {
        // return this._map.get(schema) as any;
        // inherit metadata
        const p = schema._zod.parent;
        if (p) {
            const pm = { ...(this.get(p) ?? {}) };
            delete pm.id; // do not inherit id
            const f = { ...pm, ...this._map.get(schema) };
            return Object.keys(f).length ? f : undefined;
        }
        return this._map.get(schema);
    }
    has(schema) {
        return this._map.has(schema);
    }
}
// registries
function registry() {
    return new $ZodRegistry();
}
(registries_a = globalThis).__zod_globalRegistry ?? (registries_a.__zod_globalRegistry = registry());
const globalRegistry = globalThis.__zod_globalRegistry;

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/api.js




function snapshotChecks(def) {
    if (def.checks)
        def.checks = [...def.checks];
    return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedString(Class, params) {
    return new Class(snapshotChecks({ type: "string", coerce: true, ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
    return new Class({
        type: "string",
        format: "email",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
    return new Class({
        type: "string",
        format: "guid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v4",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v6",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
    return new Class({
        type: "string",
        format: "uuid",
        check: "string_format",
        abort: false,
        version: "v7",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
    return new Class({
        type: "string",
        format: "url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_emoji(Class, params) {
    return new Class({
        type: "string",
        format: "emoji",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
    return new Class({
        type: "string",
        format: "nanoid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link _cuid2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
    return new Class({
        type: "string",
        format: "cuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
    return new Class({
        type: "string",
        format: "cuid2",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
    return new Class({
        type: "string",
        format: "ulid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
    return new Class({
        type: "string",
        format: "xid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
    return new Class({
        type: "string",
        format: "ksuid",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
    return new Class({
        type: "string",
        format: "ipv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
    return new Class({
        type: "string",
        format: "ipv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mac(Class, params) {
    return new Class({
        type: "string",
        format: "mac",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv4",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
    return new Class({
        type: "string",
        format: "cidrv6",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
    return new Class({
        type: "string",
        format: "base64",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
    return new Class({
        type: "string",
        format: "base64url",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
    return new Class({
        type: "string",
        format: "e164",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _creditCard(Class, params) {
    return new Class({
        type: "string",
        format: "credit_card",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _iban(Class, params) {
    return new Class({
        type: "string",
        format: "iban",
        check: "string_format",
        abort: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
    return new Class({
        type: "string",
        format: "jwt",
        check: "string_format",
        abort: false,
        ...normalizeParams(params),
    });
}
const TimePrecision = {
    Any: null,
    Minute: -1,
    Second: 0,
    Millisecond: 3,
    Microsecond: 6,
};
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
    return new Class({
        type: "string",
        format: "datetime",
        check: "string_format",
        offset: false,
        local: false,
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
    return new Class({
        type: "string",
        format: "date",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
    return new Class({
        type: "string",
        format: "time",
        check: "string_format",
        precision: null,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
    return new Class({
        type: "string",
        format: "duration",
        check: "string_format",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _coercedNumber(Class, params) {
    return new Class(snapshotChecks({ type: "number", coerce: true, checks: [], ...util.normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "safeint",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _float64(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "float64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "int32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint32(Class, params) {
    return new Class({
        type: "number",
        check: "number_format",
        abort: false,
        format: "uint32",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
    return new Class({
        type: "boolean",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBoolean(Class, params) {
    return new Class({
        type: "boolean",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _bigint(Class, params) {
    return new Class({
        type: "bigint",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedBigint(Class, params) {
    return new Class({
        type: "bigint",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _int64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "int64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uint64(Class, params) {
    return new Class({
        type: "bigint",
        check: "bigint_format",
        abort: false,
        format: "uint64",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _symbol(Class, params) {
    return new Class({
        type: "symbol",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_undefined(Class, params) {
    return new Class({
        type: "undefined",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function api_null(Class, params) {
    return new Class({
        type: "null",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _any(Class) {
    return new Class({
        type: "any",
    });
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
    return new Class({
        type: "unknown",
    });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
    return new Class({
        type: "never",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _void(Class, params) {
    return new Class({
        type: "void",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _date(Class, params) {
    return new Class({
        type: "date",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _coercedDate(Class, params) {
    return new Class({
        type: "date",
        coerce: true,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _nan(Class, params) {
    return new Class({
        type: "nan",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
    return new $ZodCheckLessThan({
        check: "less_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: false,
    });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
    return new $ZodCheckGreaterThan({
        check: "greater_than",
        ...normalizeParams(params),
        value,
        inclusive: true,
    });
}

// @__NO_SIDE_EFFECTS__
function _positive(params) {
    return _gt(0, params);
}
// negative
// @__NO_SIDE_EFFECTS__
function _negative(params) {
    return _lt(0, params);
}
// nonpositive
// @__NO_SIDE_EFFECTS__
function _nonpositive(params) {
    return _lte(0, params);
}
// nonnegative
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
    return _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
    return new $ZodCheckMultipleOf({
        check: "multiple_of",
        ...normalizeParams(params),
        value,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxSize(maximum, params) {
    return new checks.$ZodCheckMaxSize({
        check: "max_size",
        ...util.normalizeParams(params),
        maximum,
    });
}
// @__NO_SIDE_EFFECTS__
function _minSize(minimum, params) {
    return new checks.$ZodCheckMinSize({
        check: "min_size",
        ...util.normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _size(size, params) {
    return new checks.$ZodCheckSizeEquals({
        check: "size_equals",
        ...util.normalizeParams(params),
        size,
    });
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
    const ch = new $ZodCheckMaxLength({
        check: "max_length",
        ...normalizeParams(params),
        maximum,
    });
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
    return new $ZodCheckMinLength({
        check: "min_length",
        ...normalizeParams(params),
        minimum,
    });
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
    return new $ZodCheckLengthEquals({
        check: "length_equals",
        ...normalizeParams(params),
        length,
    });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
    return new $ZodCheckRegex({
        check: "string_format",
        format: "regex",
        ...normalizeParams(params),
        pattern,
    });
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
    return new $ZodCheckLowerCase({
        check: "string_format",
        format: "lowercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
    return new $ZodCheckUpperCase({
        check: "string_format",
        format: "uppercase",
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
    return new $ZodCheckIncludes({
        check: "string_format",
        format: "includes",
        ...normalizeParams(params),
        includes,
    });
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
    return new $ZodCheckStartsWith({
        check: "string_format",
        format: "starts_with",
        ...normalizeParams(params),
        prefix,
    });
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
    return new $ZodCheckEndsWith({
        check: "string_format",
        format: "ends_with",
        ...normalizeParams(params),
        suffix,
    });
}
// @__NO_SIDE_EFFECTS__
function _property(property, schema, params) {
    return new checks.$ZodCheckProperty({
        check: "property",
        property,
        schema,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _properties(shape, params) {
    return new $ZodCheckProperties({
        check: "properties",
        shape,
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _mime(types, params) {
    return new checks.$ZodCheckMimeType({
        check: "mime_type",
        mime: types,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
    return new $ZodCheckOverwrite({
        check: "overwrite",
        tx,
    });
}
// normalize
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
    return _overwrite((input) => input.normalize(form));
}
// trim
// @__NO_SIDE_EFFECTS__
function _trim() {
    return _overwrite((input) => input.trim());
}
// toLowerCase
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
    return _overwrite((input) => input.toLowerCase());
}
// toUpperCase
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
    return _overwrite((input) => input.toUpperCase());
}
// slugify
// @__NO_SIDE_EFFECTS__
function _slugify() {
    return _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
    return new Class({
        type: "array",
        element,
        // get element() {
        //   return element;
        // },
        ...normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _union(Class, options, params) {
    return new Class({
        type: "union",
        options,
        ...util.normalizeParams(params),
    });
}
function _xor(Class, options, params) {
    return new Class({
        type: "union",
        options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _discriminatedUnion(Class, discriminator, options, params) {
    return new Class({
        type: "union",
        options: options,
        discriminator,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _intersection(Class, left, right) {
    return new Class({
        type: "intersection",
        left,
        right,
    });
}
// export function _tuple(
//   Class: util.SchemaClass<schemas.$ZodTuple>,
//   items: [],
//   params?: string | $ZodTupleParams
// ): schemas.$ZodTuple<[], null>;
// @__NO_SIDE_EFFECTS__
function _tuple(Class, items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof schemas.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new Class({
        type: "tuple",
        items,
        rest,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _record(Class, keyType, valueType, params) {
    return new Class({
        type: "record",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _map(Class, keyType, valueType, params) {
    return new Class({
        type: "map",
        keyType,
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _set(Class, valueType, params) {
    return new Class({
        type: "set",
        valueType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _enum(Class, values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    // if (Array.isArray(values)) {
    //   for (const value of values) {
    //     entries[value] = value;
    //   }
    // } else {
    //   Object.assign(entries, values);
    // }
    // const entries: util.EnumLike = {};
    // for (const val of values) {
    //   entries[val] = val;
    // }
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function _nativeEnum(Class, entries, params) {
    return new Class({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _literal(Class, value, params) {
    return new Class({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _file(Class, params) {
    return new Class({
        type: "file",
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _transform(Class, fn) {
    return new Class({
        type: "transform",
        transform: fn,
    });
}
// @__NO_SIDE_EFFECTS__
function _optional(Class, innerType) {
    return new Class({
        type: "optional",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _nullable(Class, innerType) {
    return new Class({
        type: "nullable",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _default(Class, innerType, defaultValue) {
    return new Class({
        type: "default",
        innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : util.shallowClone(defaultValue);
        },
    });
}
// @__NO_SIDE_EFFECTS__
function _nonoptional(Class, innerType, params) {
    return new Class({
        type: "nonoptional",
        innerType,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _success(Class, innerType) {
    return new Class({
        type: "success",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _catch(Class, innerType, catchValue) {
    return new Class({
        type: "catch",
        innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : util.constantCatch(catchValue)),
    });
}
// @__NO_SIDE_EFFECTS__
function _pipe(Class, in_, out) {
    return new Class({
        type: "pipe",
        in: in_,
        out,
    });
}
// @__NO_SIDE_EFFECTS__
function _readonly(Class, innerType) {
    return new Class({
        type: "readonly",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _templateLiteral(Class, parts, params) {
    return new Class({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
// @__NO_SIDE_EFFECTS__
function _lazy(Class, getter) {
    return new Class({
        type: "lazy",
        getter,
    });
}
// @__NO_SIDE_EFFECTS__
function _promise(Class, innerType) {
    return new Class({
        type: "promise",
        innerType,
    });
}
// @__NO_SIDE_EFFECTS__
function _custom(Class, fn, _params) {
    const norm = util.normalizeParams(_params);
    norm.abort ?? (norm.abort = true); // default to abort:false
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...norm,
    });
    return schema;
}
// same as _custom but defaults to abort:false
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
    const schema = new Class({
        type: "custom",
        check: "custom",
        fn: fn,
        ...normalizeParams(_params),
    });
    return schema;
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
    const ch = _check((payload) => {
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, ch._zod.def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = ch);
                _issue.continue ?? (_issue.continue = !ch._zod.def.abort); // abort is always undefined, so this is always true...
                payload.issues.push(util_issue(_issue));
            }
        };
        return fn(payload.value, payload);
    }, params);
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
    const ch = new $ZodCheck({
        check: "custom",
        ...normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
// @__NO_SIDE_EFFECTS__
function describe(description) {
    const ch = new $ZodCheck({ check: "describe" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, description });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function meta(metadata) {
    const ch = new $ZodCheck({ check: "meta" });
    ch._zod.onattach = [
        (inst) => {
            const existing = globalRegistry.get(inst) ?? {};
            globalRegistry.add(inst, { ...existing, ...metadata });
        },
    ];
    ch._zod.check = () => { }; // no-op check
    return ch;
}
// @__NO_SIDE_EFFECTS__
function _stringbool(Classes, _params) {
    const params = util.normalizeParams(_params);
    let truthyArray = params.truthy ?? ["true", "1", "yes", "on", "y", "enabled"];
    let falsyArray = params.falsy ?? ["false", "0", "no", "off", "n", "disabled"];
    if (params.case !== "sensitive") {
        truthyArray = truthyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
        falsyArray = falsyArray.map((v) => (typeof v === "string" ? v.toLowerCase() : v));
    }
    const truthySet = new Set(truthyArray);
    const falsySet = new Set(falsyArray);
    const _Codec = Classes.Codec ?? schemas.$ZodCodec;
    const _Boolean = Classes.Boolean ?? schemas.$ZodBoolean;
    const _String = Classes.String ?? schemas.$ZodString;
    const stringSchema = new _String({ type: "string", error: params.error });
    const booleanSchema = new _Boolean({ type: "boolean", error: params.error });
    const codec = new _Codec({
        type: "pipe",
        in: stringSchema,
        out: booleanSchema,
        transform: ((input, payload) => {
            let data = input;
            if (params.case !== "sensitive")
                data = data.toLowerCase();
            if (truthySet.has(data)) {
                return true;
            }
            else if (falsySet.has(data)) {
                return false;
            }
            else {
                payload.issues.push({
                    code: "invalid_value",
                    expected: "stringbool",
                    values: [...truthySet, ...falsySet],
                    input: payload.value,
                    inst: codec,
                    continue: false,
                });
                return {};
            }
        }),
        reverseTransform: ((input, _payload) => {
            if (input === true) {
                return truthyArray[0] || "true";
            }
            else {
                return falsyArray[0] || "false";
            }
        }),
        error: params.error,
    });
    codec._zod.bag.truthy = truthyArray;
    codec._zod.bag.falsy = falsyArray;
    codec._zod.bag.case = params.case ?? "insensitive";
    return codec;
}
// @__NO_SIDE_EFFECTS__
function _stringFormat(Class, format, fnOrRegex, _params = {}) {
    const params = util.normalizeParams(_params);
    const def = {
        check: "string_format",
        type: "string",
        format,
        fn: typeof fnOrRegex === "function" ? fnOrRegex : (val) => fnOrRegex.test(val),
        ...params,
    };
    if (fnOrRegex instanceof RegExp) {
        def.pattern = fnOrRegex;
    }
    const inst = new Class(def);
    return inst;
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/to-json-schema.js


function assignProps(target, ...sources) {
    for (const source of sources) {
        for (const key of Reflect.ownKeys(source)) {
            if (Object.prototype.propertyIsEnumerable.call(source, key)) {
                util_assignProp(target, key, source[key]);
            }
        }
    }
    return target;
}
// function initializeContext<T extends schemas.$ZodType>(inputs: JSONSchemaGeneratorParams<T>): ToJSONSchemaContext<T> {
//   return {
//     processor: inputs.processor,
//     metadataRegistry: inputs.metadata ?? globalRegistry,
//     target: inputs.target ?? "draft-2020-12",
//     unrepresentable: inputs.unrepresentable ?? "throw",
//   };
// }
function to_json_schema_initializeContext(params) {
    // Normalize target: convert old non-hyphenated versions to hyphenated versions
    let target = params?.target ?? "draft-2020-12";
    if (target === "draft-4")
        target = "draft-04";
    if (target === "draft-7")
        target = "draft-07";
    return {
        processors: params.processors ?? {},
        metadataRegistry: params?.metadata ?? globalRegistry,
        target,
        unrepresentable: params?.unrepresentable ?? "throw",
        override: params?.override ?? (() => { }),
        io: params?.io ?? "output",
        counter: 0,
        seen: new Map(),
        sharedDefsExtractedFor: undefined,
        sharedEmitDoneFor: undefined,
        cycles: params?.cycles ?? "ref",
        reused: params?.reused ?? "inline",
        intersections: [],
        deferred: [],
        external: params?.external ?? undefined,
    };
}
/**
 * Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
 * `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
 * custom JSON Schema was written into `json`, in which case the caller must not write its own.
 */
function handleUnrepresentable(schema, ctx, json, params, message) {
    const result = typeof ctx.unrepresentable === "function"
        ? ctx.unrepresentable({ zodSchema: schema, path: params.path, message })
        : ctx.unrepresentable;
    if (result === "any")
        return false;
    if (result === undefined || result === "throw")
        throw new Error(message);
    Object.assign(json, result);
    return true;
}
// never rename this back to `process`: bundler polyfills inject a top-level `const process` that a lexical declaration of the same name collides with (#6397)
function to_json_schema_processSchema(schema, ctx, _params = { path: [], schemaPath: [] }) {
    var _a;
    const def = schema._zod.def;
    // check for schema in seens
    const seen = ctx.seen.get(schema);
    if (seen) {
        seen.count++;
        // check if cycle
        const isCycle = _params.schemaPath.includes(schema);
        if (isCycle) {
            seen.cycle = _params.path;
        }
        return seen.schema;
    }
    // initialize
    const result = { schema: {}, count: 1, cycle: undefined, path: _params.path };
    ctx.seen.set(schema, result);
    ctx.sharedDefsExtractedFor = undefined;
    ctx.sharedEmitDoneFor = undefined;
    // custom method overrides default behavior
    const overrideSchema = schema._zod.toJSONSchema?.();
    if (overrideSchema) {
        result.schema = overrideSchema;
    }
    else {
        const params = {
            ..._params,
            schemaPath: [..._params.schemaPath, schema],
            path: _params.path,
        };
        if (schema._zod.processJSONSchema) {
            schema._zod.processJSONSchema(ctx, result.schema, params);
        }
        else {
            const _json = result.schema;
            const processor = ctx.processors[def.type];
            if (!processor) {
                throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
            }
            processor(schema, ctx, _json, params);
        }
        const parent = schema._zod.parent;
        if (parent) {
            // Also set ref if processor didn't (for inheritance)
            if (!result.ref)
                result.ref = parent;
            to_json_schema_processSchema(parent, ctx, params);
            ctx.seen.get(parent).isParent = true;
        }
    }
    // metadata
    const meta = ctx.metadataRegistry.get(schema);
    if (meta)
        assignProps(result.schema, meta);
    if (ctx.io === "input" && isTransforming(schema)) {
        // examples/defaults only apply to output type of pipe
        delete result.schema.examples;
        delete result.schema.default;
    }
    // set prefault as default
    if (ctx.io === "input" && "_prefault" in result.schema)
        (_a = result.schema).default ?? (_a.default = result.schema._prefault);
    delete result.schema._prefault;
    // pulling fresh from ctx.seen in case it was overwritten
    const _result = ctx.seen.get(schema);
    return _result.schema;
}
/** @deprecated Renamed to `processSchema`. An export alias declares no binding, so it is safe to keep. */

// Escape a reference token for use in a JSON Pointer fragment (RFC 6901): `~` becomes `~0` and `/` becomes `~1`. The `~` replacement must run first.
function encodeJSONPointerSegment(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function to_json_schema_extractDefs(ctx, schema
// params: EmitParams
) {
    // iterate over seen map;
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // With `external` set, every registered schema resolves through the external branch of `makeURI`, so the root branch below produces the same ref the external branch would — this pass is identical whichever schema it is called with, and only needs to run once.
    if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external)
        return;
    // Track ids to detect duplicates across different schemas
    const idToSchema = new Map();
    for (const entry of ctx.seen.entries()) {
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            const existing = idToSchema.get(id);
            if (existing && existing !== entry[0]) {
                throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
            }
            idToSchema.set(id, entry[0]);
        }
    }
    // returns a ref to the schema defId will be empty if the ref points to an external schema (or #)
    const makeURI = (entry) => {
        // comparing the seen objects because sometimes multiple schemas map to the same seen object. e.g. lazy
        // external is configured
        const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
        if (ctx.external) {
            const externalId = ctx.external.registry.get(entry[0])?.id; // ?? "__shared";// `__schema${ctx.counter++}`;
            // check if schema is in the external registry
            const uriGenerator = ctx.external.uri ?? ((id) => id);
            if (externalId) {
                return { ref: uriGenerator(externalId) };
            }
            // otherwise, add to __shared
            const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
            entry[1].defId = id; // set defId so it will be reused if needed
            return { defId: id, ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}` };
        }
        const uriPrefix = `#`;
        const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
        // an id-less root has nowhere to be extracted to, so it stays inline and self-references as `#`
        if (entry[1] === root && !entry[1].schema.id) {
            return { ref: uriPrefix };
        }
        // self-contained schema
        const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
        return { defId, ref: defUriPrefix + encodeJSONPointerSegment(defId) };
    };
    // stored cached version in `def` property remove all properties, set $ref
    const extractToDef = (entry) => {
        // if the schema is already a reference, do not extract it
        if (entry[1].schema.$ref) {
            return;
        }
        const seen = entry[1];
        const { ref, defId } = makeURI(entry);
        seen.def = { ...seen.schema };
        // defId won't be set if the schema is a reference to an external schema or if the schema is the root schema
        if (defId)
            seen.defId = defId;
        // wipe away all properties except $ref
        const schema = seen.schema;
        for (const key in schema) {
            delete schema[key];
        }
        schema.$ref = ref;
    };
    // throw on cycles
    // break cycles
    if (ctx.cycles === "throw") {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.cycle) {
                throw new Error("Cycle detected: " +
                    `#/${seen.cycle?.join("/")}/<root>` +
                    '\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.');
            }
        }
    }
    // extract schemas into $defs
    for (const entry of ctx.seen.entries()) {
        const seen = entry[1];
        // convert root schema to # $ref
        if (schema === entry[0]) {
            extractToDef(entry); // this has special handling for the root schema
            continue;
        }
        // extract schemas that are in the external registry
        if (ctx.external) {
            const ext = ctx.external.registry.get(entry[0])?.id;
            if (schema !== entry[0] && ext) {
                extractToDef(entry);
                continue;
            }
        }
        // extract schemas with `id` meta
        const id = ctx.metadataRegistry.get(entry[0])?.id;
        if (id) {
            extractToDef(entry);
            continue;
        }
        // break cycles
        if (seen.cycle) {
            // any
            extractToDef(entry);
            continue;
        }
        // extract reused schemas
        if (seen.count > 1) {
            if (ctx.reused === "ref") {
                extractToDef(entry);
            }
        }
    }
    if (ctx.external)
        ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
    const options = schema.anyOf;
    if (!Array.isArray(options) || options.length === 0 || schema.type !== undefined)
        return;
    const types = [];
    for (const option of options) {
        if (!option || typeof option !== "object")
            return;
        // A branch that is itself a compactible union folds into this one — nested `anyOf` and a flat `type` array say the same thing. Compacting it first also makes the result independent of the order this pass walks the seen map in.
        compactTypeUnion(option);
        const keys = Object.keys(option);
        if (keys.length !== 1 || keys[0] !== "type")
            return;
        const type = option.type;
        for (const member of Array.isArray(type) ? type : [type]) {
            if (typeof member !== "string")
                return;
            if (!types.includes(member))
                types.push(member);
        }
    }
    delete schema.anyOf;
    // A `type` array must be non-empty and unique (metaschema); a single member is spelled as a bare string.
    schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
 * an annotation like `description` — makes a member unfoldable, so a constraint this does not
 * understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
const FOLDABLE_KEYS = new Set(["type", "properties", "required", "additionalProperties"]);
const UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
    const extra = member.additionalProperties;
    if (extra === undefined || extra === false || typeof extra !== "object" || extra === null)
        return null;
    return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
    const objects = [];
    for (const member of members) {
        // A boolean subschema is legal JSON Schema and carries no keywords to fold.
        if (typeof member !== "object" || member.type !== "object")
            return null;
        for (const key in member) {
            if (!FOLDABLE_KEYS.has(key))
                return null;
        }
        objects.push(member);
    }
    const properties = {};
    const required = new Set();
    for (const object of objects) {
        for (const key in object.properties) {
            // `in` would report a `__proto__` key as already present via the prototype chain and skip it.
            if (Object.prototype.hasOwnProperty.call(properties, key))
                continue;
            // Every member constrains this key: the ones that declare it say how, and a `catchall` member constrains it too even though it does not name it. The key has to satisfy all of them, which is the same intersection one level down.
            const parts = [];
            for (const other of objects) {
                const part = other.properties?.[key] ?? undeclaredConstraint(other);
                if (part === null || part === undefined)
                    continue;
                if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part)))
                    parts.push(part);
            }
            const merged = parts.length === 1
                ? parts[0]
                : (foldObjects(parts) ?? { allOf: parts });
            util_assignProp(properties, key, merged);
        }
        for (const key of object.required ?? [])
            required.add(key);
    }
    const folded = { type: "object", properties };
    if (required.size)
        folded.required = [...required];
    // A key no member declares is rejected only when every member rejects it, so the fold is closed only when every member is. Otherwise it carries whatever the `catchall` members demand of such a key.
    if (objects.every((object) => object.additionalProperties === false)) {
        folded.additionalProperties = false;
    }
    else {
        const constraints = [];
        for (const object of objects) {
            const constraint = undeclaredConstraint(object);
            if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint)))
                constraints.push(constraint);
        }
        if (constraints.length === 1)
            folded.additionalProperties = constraints[0];
        else if (constraints.length > 1)
            folded.additionalProperties = { allOf: constraints };
    }
    return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
 * closed object members reject each other's keys and the schema validates nothing. Zod's parser
 * pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
 * *every* side rejects it — so the emitted schema has to pool them too, and folding the members
 * into one object is the encoding that says so on every target.
 *
 * This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
 * machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
 * keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
    const allOf = json.allOf;
    if (!Array.isArray(allOf) || allOf.length < 2)
        return;
    // An `override` runs before this pass and may have written object keywords onto the intersection itself. Those are deliberate, so decline rather than overwrite them.
    for (const key of FOLDABLE_KEYS)
        if (key in json)
            return;
    // An intersection distributes over a union: `A & (X | Y)` is `(A & X) | (A & Y)`. Only the first union is distributed over; a second one stays among the members every branch folds against, where it fails the object check and declines the whole intersection rather than multiplying out.
    const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
    let folded = null;
    if (!unions.length) {
        folded = foldObjects(allOf);
    }
    else {
        const union = unions[0];
        const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
        if (Object.keys(union).length !== 1)
            return;
        const rest = allOf.filter((m) => m !== union);
        const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
        if (branches.some((b) => !b))
            return;
        folded = { [keyword]: branches };
    }
    if (!folded)
        return;
    delete json.allOf;
    assignProps(json, folded);
}
function to_json_schema_finalize(ctx, schema) {
    const root = ctx.seen.get(schema);
    if (!root)
        throw new Error("Unprocessed schema. This is a bug in Zod.");
    // flatten refs - inherit properties from parent schemas
    const flattenRef = (zodSchema) => {
        const seen = ctx.seen.get(zodSchema);
        // already processed
        if (seen.ref === null)
            return;
        const schema = seen.def ?? seen.schema;
        const _cached = { ...schema };
        const ref = seen.ref;
        seen.ref = null; // prevent infinite recursion
        if (ref) {
            flattenRef(ref);
            const refSeen = ctx.seen.get(ref);
            const refSchema = refSeen.schema;
            // merge referenced schema into current
            if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
                // older drafts can't combine $ref with other properties
                schema.allOf = schema.allOf ?? [];
                schema.allOf.push(refSchema);
            }
            else {
                assignProps(schema, refSchema);
            }
            // restore child's own properties (child wins)
            assignProps(schema, _cached);
            const isParentRef = zodSchema._zod.parent === ref;
            // For parent chain, child is a refinement - remove parent-only properties
            if (isParentRef) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (!(key in _cached)) {
                        delete schema[key];
                    }
                }
            }
            // When ref was extracted to $defs, remove properties that match the definition
            if (refSchema.$ref && refSeen.def) {
                for (const key in schema) {
                    if (key === "$ref" || key === "allOf")
                        continue;
                    if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) {
                        delete schema[key];
                    }
                }
            }
        }
        // If parent was extracted (has $ref), propagate $ref to this schema. This handles cases like: readonly().meta({id}).describe() where processor sets ref to innerType but parent should be referenced
        const parent = zodSchema._zod.parent;
        if (parent && parent !== ref) {
            // Ensure parent is processed first so its def has inherited properties
            flattenRef(parent);
            const parentSeen = ctx.seen.get(parent);
            if (parentSeen?.schema.$ref) {
                schema.$ref = parentSeen.schema.$ref;
                // De-duplicate with parent's definition
                if (parentSeen.def) {
                    for (const key in schema) {
                        if (key === "$ref" || key === "allOf")
                            continue;
                        if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) {
                            delete schema[key];
                        }
                    }
                }
            }
        }
        // execute overrides
        ctx.override({
            zodSchema: zodSchema,
            jsonSchema: schema,
            path: seen.path ?? [],
        });
    };
    // Flattening walks the whole map and clears each `ref` as it goes, so a second call over the same map is a no-op scan. Skip it outright once it has run for a registry conversion.
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of [...ctx.seen.entries()].reverse()) {
            flattenRef(entry[0]);
        }
        if (ctx.target !== "openapi-3.0") {
            for (const entry of ctx.seen.entries()) {
                compactTypeUnion(entry[1].def ?? entry[1].schema);
            }
        }
        for (const rewrite of ctx.deferred)
            rewrite();
        // After flattening, every member that was extracted is a `$ref`, so the fold sees the final shape. A schema that inherits an intersection — through `z.lazy`, or any `ref` chain — holds the same `allOf` array, so fold by array identity to catch every copy.
        if (ctx.intersections.length) {
            const carriers = new Map();
            for (const seen of ctx.seen.values()) {
                for (const json of [seen.schema, seen.def]) {
                    const allOf = json?.allOf;
                    if (!Array.isArray(allOf))
                        continue;
                    const existing = carriers.get(allOf);
                    if (existing)
                        existing.push(json);
                    else
                        carriers.set(allOf, [json]);
                }
            }
            for (const allOf of ctx.intersections) {
                for (const json of carriers.get(allOf) ?? [])
                    foldIntersection(json);
            }
        }
    }
    const result = {};
    if (ctx.target === "draft-2020-12") {
        result.$schema = "https://json-schema.org/draft/2020-12/schema";
    }
    else if (ctx.target === "draft-07") {
        result.$schema = "http://json-schema.org/draft-07/schema#";
    }
    else if (ctx.target === "draft-04") {
        result.$schema = "http://json-schema.org/draft-04/schema#";
    }
    else if (ctx.target === "openapi-3.0") {
        // OpenAPI 3.0 schema objects should not include a $schema property
    }
    else {
        // Arbitrary string values are allowed but won't have a $schema property set
    }
    if (ctx.external?.uri) {
        const id = ctx.external.registry.get(schema)?.id;
        if (!id)
            throw new Error("Schema is missing an `id` property");
        result.$id = ctx.external.uri(id);
    }
    // when the root was extracted into $defs, `root.schema` is the `$ref` wrapper and `root.def` is the body that now lives under $defs
    assignProps(result, root.defId ? root.schema : (root.def ?? root.schema));
    // The `id` in `.meta()` is a Zod-specific registration tag used to extract schemas into $defs — it is not user-facing JSON Schema metadata. Strip it from the output body where it would otherwise leak. The id is preserved implicitly via the $defs key (and via $ref paths).
    const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
    if (rootMetaId !== undefined && result.id === rootMetaId)
        delete result.id;
    // build defs object. With `external`, `defs` is the shared object every schema writes into, so the same entries are reassigned on every call. Without it, `defs` is fresh per call and must be rebuilt.
    const defs = ctx.external?.defs ?? {};
    if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
        for (const entry of ctx.seen.entries()) {
            const seen = entry[1];
            if (seen.def && seen.defId) {
                if (seen.def.id === seen.defId)
                    delete seen.def.id;
                util_assignProp(defs, seen.defId, seen.def);
            }
        }
    }
    if (ctx.external)
        ctx.sharedEmitDoneFor = ctx.external;
    // set definitions in result
    if (ctx.external) {
    }
    else {
        if (Object.keys(defs).length > 0) {
            if (ctx.target === "draft-2020-12") {
                result.$defs = defs;
            }
            else {
                result.definitions = defs;
            }
        }
    }
    try {
        // this "finalizes" this schema and ensures all cycles are removed each call to finalize() is functionally independent though the seen map is shared
        const finalized = JSON.parse(JSON.stringify(result));
        Object.defineProperty(finalized, "~standard", {
            value: {
                ...schema["~standard"],
                jsonSchema: {
                    input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
                    output: createStandardJSONSchemaMethod(schema, "output", ctx.processors),
                },
            },
            enumerable: false,
            writable: false,
        });
        return finalized;
    }
    catch (_err) {
        throw new Error("Error converting schema to JSON.");
    }
}
function isTransforming(_schema, _ctx) {
    const ctx = _ctx ?? { seen: new Set() };
    if (ctx.seen.has(_schema))
        return false;
    ctx.seen.add(_schema);
    const def = _schema._zod.def;
    if (def.type === "transform")
        return true;
    if (def.type === "array")
        return isTransforming(def.element, ctx);
    if (def.type === "set")
        return isTransforming(def.valueType, ctx);
    if (def.type === "lazy")
        return isTransforming(def.getter(), ctx);
    if (def.type === "promise" ||
        def.type === "optional" ||
        def.type === "nonoptional" ||
        def.type === "nullable" ||
        def.type === "readonly" ||
        def.type === "default" ||
        def.type === "prefault" ||
        def.type === "catch") {
        return isTransforming(def.innerType, ctx);
    }
    if (def.type === "intersection") {
        return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
    }
    if (def.type === "record" || def.type === "map") {
        return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
    }
    if (def.type === "pipe") {
        if (_schema._zod.traits.has("$ZodCodec"))
            return true;
        return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
    }
    if (def.type === "object") {
        for (const key in def.shape) {
            if (isTransforming(def.shape[key], ctx))
                return true;
        }
        return false;
    }
    if (def.type === "union") {
        for (const option of def.options) {
            if (isTransforming(option, ctx))
                return true;
        }
        return false;
    }
    if (def.type === "tuple") {
        for (const item of def.items) {
            if (isTransforming(item, ctx))
                return true;
        }
        if (def.rest && isTransforming(def.rest, ctx))
            return true;
        return false;
    }
    return false;
}
/**
 * Creates a toJSONSchema method for a schema instance.
 * This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
 */
const createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
    const ctx = to_json_schema_initializeContext({ ...params, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};
const createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
    const { libraryOptions, target } = params ?? {};
    const ctx = to_json_schema_initializeContext({ ...(libraryOptions ?? {}), target, io, processors });
    to_json_schema_processSchema(schema, ctx);
    to_json_schema_extractDefs(ctx, schema);
    return to_json_schema_finalize(ctx, schema);
};

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/json-schema-processors.js




const narrowMin = (agg, key, value) => {
    if (agg[key] === undefined || value > agg[key])
        agg[key] = value;
};
const narrowMax = (agg, key, value) => {
    if (agg[key] === undefined || value < agg[key])
        agg[key] = value;
};
const narrowBoth = (agg, value) => {
    narrowMin(agg, "minimum", value);
    narrowMax(agg, "maximum", value);
};
const addDivisor = (agg, value) => {
    agg.multipleOf ?? (agg.multipleOf = []);
    if (!agg.multipleOf.includes(value))
        agg.multipleOf.push(value);
};
const addPattern = (agg, pattern) => {
    agg.patterns ?? (agg.patterns = new Set());
    agg.patterns.add(pattern);
};
const intersectMime = (agg, mime) => {
    agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
// last-wins, matching the bag's historical write order; the flag keeps an integer format from being lost to a later float one
const setFormat = (agg, format) => {
    agg.format = format;
    if (format.includes("int"))
        agg.isInt = true;
};
const minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
const maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
const formatContributor = (ranges) => (agg, def) => {
    setFormat(agg, def.format);
    const [minimum, maximum] = ranges[def.format];
    narrowMin(agg, "minimum", minimum);
    narrowMax(agg, "maximum", maximum);
};
const contributors = {
    greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
    less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
    multiple_of: (agg, def) => addDivisor(agg, def.value),
    number_format: formatContributor(NUMBER_FORMAT_RANGES),
    bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
    min_length: minContributor,
    max_length: maxContributor,
    length_equals: (agg, def) => narrowBoth(agg, def.length),
    min_size: minContributor,
    max_size: maxContributor,
    size_equals: (agg, def) => narrowBoth(agg, def.size),
    string_format: (agg, def) => {
        setFormat(agg, def.format);
        if (def.pattern)
            addPattern(agg, def.pattern);
        if (def.format === "base64" || def.format === "base64url")
            agg.contentEncoding = def.format;
        if (def.local || def.precision === -1)
            agg.laxFormat = true;
    },
    mime_type: (agg, def) => intersectMime(agg, def.mime),
};
function aggregateChecks(schema) {
    const agg = {};
    const def = schema._zod.def;
    // a format schema is its own first check, same rule as $ZodType init
    const list = schema._zod.traits.has("$ZodCheck")
        ? [schema, ...(def.checks ?? [])]
        : (def.checks ?? []);
    for (const ch of list)
        contributors[ch._zod.def.check]?.(agg, ch._zod.def);
    // reconcile with the bag so third-party onattach contributions still land; first-party residue is never tighter than the fold, so merging it back is idempotent for one and additive for the other
    const bag = schema._zod.bag;
    if (bag.minimum !== undefined)
        narrowMin(agg, "minimum", bag.minimum);
    if (bag.exclusiveMinimum !== undefined)
        narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
    if (bag.maximum !== undefined)
        narrowMax(agg, "maximum", bag.maximum);
    if (bag.exclusiveMaximum !== undefined)
        narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
    if (bag.multipleOf !== undefined)
        addDivisor(agg, bag.multipleOf);
    if (bag.format !== undefined) {
        agg.format ?? (agg.format = bag.format);
        if (bag.format.includes("int"))
            agg.isInt = true;
    }
    if (bag.mime)
        intersectMime(agg, bag.mime);
    for (const pattern of bag.patterns ?? [])
        addPattern(agg, pattern);
    return agg;
}
const formatMap = {
    guid: "uuid",
    url: "uri",
    datetime: "date-time",
    json_string: "json-string",
    regex: "", // do not set
};
// ==================== SIMPLE TYPE PROCESSORS ====================
// the runtime patterns are lax so parse paths never overflow the regex stack; the emitted schema swaps in the exact block forms, which zod itself never executes
const exactPatterns = new Map([
    [base64Charset, base64],
    [base64urlCharset, base64url],
]);
const exactPattern = (p) => exactPatterns.get(p) ?? p;
const stringProcessor = (schema, ctx, _json, _params) => {
    const json = _json;
    json.type = "string";
    const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minLength = minimum;
    if (typeof maximum === "number")
        json.maxLength = maximum;
    // custom pattern overrides format
    if (format) {
        json.format = formatMap[format] ?? format;
        if (json.format === "")
            delete json.format; // empty format is not valid
        // `z.iso.time()` is never full-time, and `laxFormat` carries the datetime shapes that also accept what their keyword forbids
        if (format === "time" || laxFormat) {
            delete json.format;
        }
    }
    if (contentEncoding)
        json.contentEncoding = contentEncoding;
    if (patterns && patterns.size > 0) {
        const patternList = [...patterns].map(exactPattern);
        if (patternList.length === 1)
            json.pattern = patternList[0].source;
        else if (patternList.length > 1) {
            json.allOf = [
                ...patternList.map((regex) => ({
                    ...(ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0"
                        ? { type: "string" }
                        : {}),
                    pattern: regex.source,
                })),
            ];
        }
    }
};
const numberProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
    json.type = isInt ? "integer" : "number";
    // when both minimum and exclusiveMinimum exist, pick the more restrictive one
    const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
    const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
    const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
    if (exMin) {
        if (legacy) {
            json.minimum = exclusiveMinimum;
            json.exclusiveMinimum = true;
        }
        else {
            json.exclusiveMinimum = exclusiveMinimum;
        }
    }
    else if (typeof minimum === "number") {
        json.minimum = minimum;
    }
    if (exMax) {
        if (legacy) {
            json.maximum = exclusiveMaximum;
            json.exclusiveMaximum = true;
        }
        else {
            json.exclusiveMaximum = exclusiveMaximum;
        }
    }
    else if (typeof maximum === "number") {
        json.maximum = maximum;
    }
    if (multipleOf) {
        // JSON Schema requires a divisor strictly greater than zero, and a non-finite one does not survive JSON at all. A negative divisor accepts exactly what its absolute value accepts, so it still maps; zero, NaN and Infinity have no keyword form.
        const divisors = new Set();
        for (const divisor of multipleOf) {
            if (Number.isFinite(divisor) && divisor !== 0)
                divisors.add(Math.abs(divisor));
            else
                handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
        }
        // chained divisors are a conjunction the keyword cannot carry alone, so extras ride an allOf, same as stacked patterns
        const [first, ...rest] = divisors;
        if (first !== undefined)
            json.multipleOf = first;
        if (rest.length)
            json.allOf = [...(json.allOf ?? []), ...rest.map((m) => ({ multipleOf: m }))];
    }
};
const booleanProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const bigintProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "BigInt cannot be represented in JSON Schema");
};
const symbolProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Symbols cannot be represented in JSON Schema");
};
const nullProcessor = (_schema, ctx, json, _params) => {
    if (ctx.target === "openapi-3.0") {
        json.type = "string";
        json.nullable = true;
        json.enum = [null];
    }
    else {
        json.type = "null";
    }
};
const undefinedProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Undefined cannot be represented in JSON Schema");
};
const voidProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Void cannot be represented in JSON Schema");
};
const neverProcessor = (_schema, _ctx, json, _params) => {
    json.not = {};
};
const anyProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const unknownProcessor = (_schema, _ctx, _json, _params) => {
    // empty schema accepts anything
};
const dateProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Date cannot be represented in JSON Schema");
};
const enumProcessor = (schema, _ctx, json, _params) => {
    const def = schema._zod.def;
    const values = getEnumValues(def.entries);
    // an empty enum accepts nothing, same as z.never()
    if (values.length === 0) {
        json.not = {};
        return;
    }
    // Number enums can have both string and number values
    if (values.every((v) => typeof v === "number"))
        json.type = "number";
    if (values.every((v) => typeof v === "string"))
        json.type = "string";
    json.enum = values;
};
const literalProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // a literal with no values accepts nothing, same as z.never()
    if (def.values.length === 0) {
        json.not = {};
        return;
    }
    const vals = [];
    for (const val of def.values) {
        if (val === undefined) {
            // a custom schema replaces the whole literal, so there is nothing left to accumulate
            if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema"))
                return;
            // otherwise do not add to vals
        }
        else if (typeof val === "bigint") {
            if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema"))
                return;
            vals.push(Number(val));
        }
        else {
            vals.push(val);
        }
    }
    if (vals.length === 0) {
        // do nothing (an undefined literal was stripped)
    }
    else if (vals.length === 1) {
        const val = vals[0];
        json.type = val === null ? "null" : typeof val;
        if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") {
            json.enum = [val];
        }
        else {
            json.const = val;
        }
    }
    else {
        if (vals.every((v) => typeof v === "number"))
            json.type = "number";
        if (vals.every((v) => typeof v === "string"))
            json.type = "string";
        if (vals.every((v) => typeof v === "boolean"))
            json.type = "boolean";
        if (vals.every((v) => v === null))
            json.type = "null";
        json.enum = vals;
    }
};
const nanProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "NaN cannot be represented in JSON Schema");
};
const templateLiteralProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    const pattern = schema._zod.pattern;
    if (!pattern)
        throw new Error("Pattern not found in template literal");
    _json.type = "string";
    _json.pattern = pattern.source;
};
const fileProcessor = (schema, _ctx, json, _params) => {
    const _json = json;
    _json.type = "string";
    _json.format = "binary";
    _json.contentEncoding = "binary";
    const { minimum, maximum, mime } = aggregateChecks(schema);
    if (minimum !== undefined)
        _json.minLength = minimum;
    if (maximum !== undefined)
        _json.maxLength = maximum;
    if (!mime)
        return;
    // an empty intersection means the mime checks share no value, so nothing passes at runtime; `anyOf` must be non-empty, so the false schema is `not: {}`
    if (mime.length === 0)
        _json.not = {};
    else if (mime.length === 1)
        _json.contentMediaType = mime[0];
    // only contentMediaType differs, so the shared props stay at the root
    else
        _json.anyOf = mime.map((m) => ({ contentMediaType: m }));
};
const successProcessor = (_schema, _ctx, json, _params) => {
    json.type = "boolean";
};
const customProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
const functionProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Function types cannot be represented in JSON Schema");
};
const transformProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
const mapProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Map cannot be represented in JSON Schema");
};
const setProcessor = (schema, ctx, json, params) => {
    handleUnrepresentable(schema, ctx, json, params, "Set cannot be represented in JSON Schema");
};
// ==================== COMPOSITE TYPE PROCESSORS ====================
const arrayProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
    json.type = "array";
    json.items = to_json_schema_processSchema(def.element, ctx, {
        ...params,
        path: [...params.path, "items"],
    });
};
// Transform and catch set `optin = "optional"` at runtime so the parser lets them observe an
// absent key, but their declared input type stays required. An input JSON Schema describes the
// declared type, so resolve past them to the schema that actually carries the optionality.
// Used by both `objectProcessor` (for `required`) and `tupleProcessor` (for `minItems`); see
// wiki/optionality.md, "The JSON Schema emitter reads the *static* value".
function inputOptin(schema) {
    const def = schema._zod.def;
    if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) {
        return inputOptin(def.out);
    }
    if (def.type === "catch") {
        return inputOptin(def.innerType);
    }
    return schema._zod.optin;
}
const objectProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    const shape = def.shape;
    // dropping it while still emitting `additionalProperties: false` would emit a schema that rejects data this one requires
    const symbolKeys = Object.getOwnPropertySymbols(shape);
    if (symbolKeys.length &&
        handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) {
        return;
    }
    json.type = "object";
    json.properties = {};
    for (const key in shape) {
        // assignProp so a __proto__ key becomes an own property instead of hitting the inherited setter on the plain {} we build into
        util_assignProp(json.properties, key, to_json_schema_processSchema(shape[key], ctx, {
            ...params,
            path: [...params.path, "properties", key],
        }));
    }
    // required keys
    const requiredKeys = [];
    for (const key of Object.keys(shape)) {
        const field = def.shape[key];
        if (ctx.io === "input" ? inputOptin(field) === undefined : field._zod.optout === undefined) {
            requiredKeys.push(key);
        }
    }
    if (requiredKeys.length > 0) {
        json.required = requiredKeys;
    }
    // catchall
    if (def.catchall?._zod.def.type === "never") {
        // strict
        json.additionalProperties = false;
    }
    else if (!def.catchall) {
        // regular
        if (ctx.io === "output")
            json.additionalProperties = false;
    }
    else if (def.catchall) {
        json.additionalProperties = to_json_schema_processSchema(def.catchall, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
};
const unionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    // Exclusive unions (inclusive === false) use oneOf (exactly one match) instead of anyOf (one or more matches). This includes both z.xor() and discriminated unions
    const isExclusive = def.inclusive === false;
    const options = def.options.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, isExclusive ? "oneOf" : "anyOf", i],
    }));
    if (isExclusive) {
        json.oneOf = options;
    }
    else {
        json.anyOf = options;
    }
};
const intersectionProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const a = to_json_schema_processSchema(def.left, ctx, {
        ...params,
        path: [...params.path, "allOf", 0],
    });
    const b = to_json_schema_processSchema(def.right, ctx, {
        ...params,
        path: [...params.path, "allOf", 1],
    });
    const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
    const allOf = [
        ...(isSimpleIntersection(a) ? a.allOf : [a]),
        ...(isSimpleIntersection(b) ? b.allOf : [b]),
    ];
    json.allOf = allOf;
    // Recorded innermost first, so a nested intersection has already folded by the time this one is considered. The array is the handle rather than the schema, because a wrapper that inherits this schema shares the same array; `finalize` folds every object holding it. See `foldIntersection`.
    ctx.intersections.push(allOf);
};
const tupleProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "array";
    const prefixPath = ctx.target === "draft-2020-12" ? "prefixItems" : "items";
    const restPath = ctx.target === "draft-2020-12" ? "items" : ctx.target === "openapi-3.0" ? "items" : "additionalItems";
    const prefixItems = def.items.map((x, i) => to_json_schema_processSchema(x, ctx, {
        ...params,
        path: [...params.path, prefixPath, i],
    }));
    const rest = def.rest
        ? to_json_schema_processSchema(def.rest, ctx, {
            ...params,
            path: [...params.path, restPath, ...(ctx.target === "openapi-3.0" ? [def.items.length] : [])],
        })
        : null;
    let minItems = def.items.length;
    while (minItems > 0) {
        const item = def.items[minItems - 1];
        const optional = ctx.io === "input" ? inputOptin(item) !== undefined : item._zod.optout === "optional";
        if (!optional)
            break;
        minItems--;
    }
    const maxItems = def.items.length;
    const isClosed = !def.rest;
    if (ctx.target === "draft-2020-12") {
        json.prefixItems = prefixItems;
        if (isClosed) {
            json.items = false;
        }
        else if (rest) {
            json.items = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else if (ctx.target === "openapi-3.0") {
        json.items = {
            anyOf: prefixItems,
        };
        if (rest) {
            json.items.anyOf.push(rest);
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    else {
        json.items = prefixItems;
        if (isClosed) {
            json.additionalItems = false;
        }
        else if (rest) {
            json.additionalItems = rest;
        }
        if (minItems > 0)
            json.minItems = minItems;
        if (isClosed)
            json.maxItems = maxItems;
    }
    // explicit user-defined length checks take precedence
    const { minimum, maximum } = aggregateChecks(schema);
    if (typeof minimum === "number")
        json.minItems = minimum;
    if (typeof maximum === "number")
        json.maxItems = maximum;
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
 * numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
 * behind a wrapper only carries its own `type` before then, and a union key only has its branches.
 *
 * A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
 * than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
 * exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
 * accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
 * outright. */
function stringifyKeyNames(bySchema, json, visited) {
    // an extracted key that rewrites cannot go on sharing its definition — the string form a key position needs is not the number form every other reference wants — so it inlines. One that does not rewrite keeps the `$ref`.
    if (json.$ref) {
        // a recursive key holds its own reference inside its definition, so a node already on the path is left alone rather than resolved again
        if (visited.has(json))
            return json;
        visited.add(json);
        const def = bySchema.get(json)?.def;
        if (!def)
            return json;
        const inlined = stringifyKeyNames(bySchema, def, visited);
        return inlined === def ? json : inlined;
    }
    for (const keyword of ["anyOf", "oneOf"]) {
        const branches = json[keyword];
        if (!Array.isArray(branches))
            continue;
        const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
        // rebuilding regardless would detach a key that had nothing to re-express, dropping its `$ref` and leaking the internal `id`
        if (mapped.some((branch, i) => branch !== branches[i]))
            json = { ...json, [keyword]: mapped };
    }
    // a member that already admits a string leaves the key unconstrained, so the node's own type re-expresses only when every member is numeric
    const types = Array.isArray(json.type) ? json.type : [json.type];
    const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
    // a heterogeneous key carries no type at all, so its numeric members are caught here instead
    const values = json.enum ?? (json.const !== undefined ? [json.const] : undefined);
    if (!numericType && !values?.some((v) => typeof v === "number"))
        return json;
    const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
    if (rest.enum)
        rest.enum = rest.enum.map((v) => (typeof v === "number" ? String(v) : v));
    else if (typeof rest.const === "number")
        rest.const = String(rest.const);
    // a heterogeneous key keeps its absent type: the stringified members already say what a key may be
    if (!numericType)
        return rest;
    rest.type = "string";
    if (!values)
        rest.pattern = (types.includes("number") ? number : integer).source;
    return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
const pendingRecords = new WeakMap();
function rewriteKeyNames(ctx) {
    // an extracted key is resolved by the object `extractToDef` left in its place, so the map is built once rather than searched per reference. `_zod.toJSONSchema` can hand the same object to two schemas, so the first entry carrying a body wins, as a search would have found it.
    const bySchema = new Map();
    for (const entry of ctx.seen.values()) {
        if (entry.def && !bySchema.has(entry.schema))
            bySchema.set(entry.schema, entry);
    }
    const rewrites = new Map();
    for (const record of pendingRecords.get(ctx) ?? []) {
        const seen = ctx.seen.get(record);
        const names = (seen?.def ?? seen?.schema)?.propertyNames;
        if (!names || names === true || rewrites.has(names))
            continue;
        const rewritten = stringifyKeyNames(bySchema, names, new Set());
        if (rewritten !== names)
            rewrites.set(names, rewritten);
    }
    if (!rewrites.size)
        return;
    // the flatten has already copied each record's own properties onto every wrapper by reference, and an extracted body is another such copy, so every carrier holding a rewritten key is updated together
    for (const entry of ctx.seen.values()) {
        for (const carrier of [entry.schema, entry.def]) {
            const rewritten = carrier && rewrites.get(carrier.propertyNames);
            if (rewritten)
                carrier.propertyNames = rewritten;
        }
    }
}
const recordProcessor = (schema, ctx, _json, params) => {
    const json = _json;
    const def = schema._zod.def;
    json.type = "object";
    // For looseRecord with regex patterns, use patternProperties. This correctly represents "only validate keys matching the pattern" semantics and composes well with allOf (intersections)
    const keyType = def.keyType;
    const patterns = aggregateChecks(keyType).patterns;
    if (def.mode === "loose" && patterns && patterns.size > 0) {
        // Use patternProperties for looseRecord with regex patterns
        const valueSchema = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "patternProperties", "*"],
        });
        json.patternProperties = {};
        for (const pattern of patterns) {
            util_assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
        }
    }
    else {
        // Default behavior: use propertyNames + additionalProperties
        if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
            json.propertyNames = to_json_schema_processSchema(def.keyType, ctx, {
                ...params,
                path: [...params.path, "propertyNames"],
            });
            let pending = pendingRecords.get(ctx);
            if (!pending) {
                pending = [];
                pendingRecords.set(ctx, pending);
                ctx.deferred.push(() => rewriteKeyNames(ctx));
            }
            pending.push(schema);
        }
        json.additionalProperties = to_json_schema_processSchema(def.valueType, ctx, {
            ...params,
            path: [...params.path, "additionalProperties"],
        });
    }
    // Add required for keys with discrete values (enum, literal, etc.)
    const keyValues = keyType._zod.values;
    // Every key shares one value schema, so an optional-in value makes the whole key set omittable on input. Output keeps them: the exhaustive branch assigns every key, even one whose value came back undefined.
    const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== undefined;
    if (keyValues && !def.partial && !omittableOnInput) {
        const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
        if (validKeyValues.length > 0) {
            json.required = validKeyValues.map(String);
        }
    }
};
const nullableProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    const inner = to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    if (ctx.target === "openapi-3.0") {
        seen.ref = def.innerType;
        json.nullable = true;
    }
    else {
        json.anyOf = [inner, { type: "null" }];
    }
};
const nonoptionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
 * A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
 * unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
const UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
    let unrepresentable = false;
    const serialized = JSON.stringify(value, (_, val) => {
        if (typeof val !== "bigint")
            return val;
        unrepresentable = true;
        return null;
    });
    if (!unrepresentable)
        return JSON.parse(serialized);
    handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
    return UNREPRESENTABLE_DEFAULT;
}
const defaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json.default = value;
};
const prefaultProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    if (ctx.io !== "input")
        return;
    const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
    if (value !== UNREPRESENTABLE_DEFAULT)
        json._prefault = value;
};
const catchProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    let catchValue;
    try {
        catchValue = def.catchValue(undefined);
    }
    catch {
        handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
        return;
    }
    json.default = catchValue;
};
const pipeProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    const inIsTransform = def.in._zod.traits.has("$ZodTransform");
    const innerType = ctx.io === "input" ? (inIsTransform ? def.out : def.in) : def.out;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
const readonlyProcessor = (schema, ctx, json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
    json.readOnly = true;
};
const promiseProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const optionalProcessor = (schema, ctx, _json, params) => {
    const def = schema._zod.def;
    to_json_schema_processSchema(def.innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = def.innerType;
};
const lazyProcessor = (schema, ctx, _json, params) => {
    const innerType = schema._zod.innerType;
    to_json_schema_processSchema(innerType, ctx, params);
    const seen = ctx.seen.get(schema);
    seen.ref = innerType;
};
// ==================== ALL PROCESSORS ====================
const allProcessors = {
    string: stringProcessor,
    number: numberProcessor,
    boolean: booleanProcessor,
    bigint: bigintProcessor,
    symbol: symbolProcessor,
    null: nullProcessor,
    undefined: undefinedProcessor,
    void: voidProcessor,
    never: neverProcessor,
    any: anyProcessor,
    unknown: unknownProcessor,
    date: dateProcessor,
    enum: enumProcessor,
    literal: literalProcessor,
    nan: nanProcessor,
    template_literal: templateLiteralProcessor,
    file: fileProcessor,
    success: successProcessor,
    custom: customProcessor,
    function: functionProcessor,
    transform: transformProcessor,
    map: mapProcessor,
    set: setProcessor,
    array: arrayProcessor,
    object: objectProcessor,
    union: unionProcessor,
    intersection: intersectionProcessor,
    tuple: tupleProcessor,
    record: recordProcessor,
    nullable: nullableProcessor,
    nonoptional: nonoptionalProcessor,
    default: defaultProcessor,
    prefault: prefaultProcessor,
    catch: catchProcessor,
    pipe: pipeProcessor,
    readonly: readonlyProcessor,
    promise: promiseProcessor,
    optional: optionalProcessor,
    lazy: lazyProcessor,
};
function toJSONSchema(input, params) {
    if ("_idmap" in input) {
        // Registry case
        const registry = input;
        const ctx = initializeContext({ ...params, processors: allProcessors });
        const defs = {};
        // First pass: process all schemas to build the seen map
        for (const entry of registry._idmap.entries()) {
            const [_, schema] = entry;
            processSchema(schema, ctx);
        }
        const schemas = {};
        const external = {
            registry,
            uri: params?.uri,
            defs,
        };
        // Update the context with external configuration
        ctx.external = external;
        // Second pass: emit each schema
        for (const entry of registry._idmap.entries()) {
            const [key, schema] = entry;
            extractDefs(ctx, schema);
            assignProp(schemas, key, finalize(ctx, schema));
        }
        if (Object.keys(defs).length > 0) {
            const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
            schemas.__shared = {
                [defsSegment]: defs,
            };
        }
        return { schemas };
    }
    // Single schema case
    const ctx = initializeContext({ ...params, processors: allProcessors });
    processSchema(input, ctx);
    extractDefs(ctx, input);
    return finalize(ctx, input);
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/locales/en.js

const error = () => {
    const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" },
    };
    function getSizing(origin) {
        return Sizable[origin] ?? null;
    }
    const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input",
    };
    // type names: missing keys = do not translate (use raw value via ?? fallback)
    const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN",
        // All other type names omitted - they fall back to raw values via ?? operator
    };
    function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
            return String(input);
        }
        return TypeDictionary[type] ?? type;
    }
    return (issue) => {
        switch (issue.code) {
            case "invalid_type": {
                const expected = getTypeName(issue.expected);
                const receivedType = parsedType(issue.input);
                const received = getTypeName(receivedType, issue.input);
                return `Invalid input: expected ${expected}, received ${received}`;
            }
            case "invalid_value":
                if (issue.values.length === 1)
                    return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
                return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
            case "too_big": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
                const sizing = getSizing(issue.origin);
                if (sizing)
                    return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
                return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
            }
            case "too_small": {
                const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
                const sizing = getSizing(issue.origin);
                if (sizing) {
                    return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
                }
                return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
            }
            case "invalid_format": {
                const _issue = issue;
                if (_issue.format === "starts_with") {
                    return `Invalid string: must start with "${_issue.prefix}"`;
                }
                if (_issue.format === "ends_with")
                    return `Invalid string: must end with "${_issue.suffix}"`;
                if (_issue.format === "includes")
                    return `Invalid string: must include "${_issue.includes}"`;
                if (_issue.format === "regex")
                    return `Invalid string: must match pattern ${_issue.pattern}`;
                return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
            }
            case "not_multiple_of":
                return `Invalid number: must be a multiple of ${issue.divisor}`;
            case "unrecognized_keys":
                return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
            case "invalid_key":
                return `Invalid key in ${issue.origin}`;
            case "invalid_union":
                if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) {
                    const opts = issue.options.map((o) => `'${o}'`).join(" | ");
                    return `Invalid discriminator value. Expected ${opts}`;
                }
                if (issue.inclusive === false) {
                    return "Invalid input: more than one option matched";
                }
                return "Invalid input";
            case "invalid_element":
                return `Invalid value in ${issue.origin}`;
            default:
                return `Invalid input`;
        }
    };
};
/* harmony default export */ function en() {
    return {
        localeError: error(),
    };
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/errors.js


/* Computing the message eagerly is expensive (pretty-printed JSON of all
 * issues), so defer it until first read. The accessor functions and
 * descriptors are shared across instances to keep error construction
 * cheap; the computed message is cached on the internals object. The
 * setter preserves plain assignment semantics for consumers that
 * overwrite `message`. */
function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
}
function _setMessage(value) {
    this._zod.message = value;
}
const _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true,
};
const _issuesDesc = { value: undefined, enumerable: false };
/* Prototypes that already carry the lazy `toString`. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
const initializer = (inst, def) => {
    inst.name = "$ZodError";
    // `_zod` is already non-enumerable: $constructor's init defined it with this same descriptor
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    // Clear the shared slot; a retained `value` pins the last error's issues.
    _issuesDesc.value = undefined;
    Object.defineProperty(inst, "message", _messageDesc);
    /* `toString` lives as a non-enumerable lazy getter on the shared
     * prototype; on first access it caches a per-instance closure so
     * detached usage still works. */
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
            configurable: true,
            enumerable: false,
            get() {
                const value = () => this.message;
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
                return value;
            },
            set(value) {
                Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            },
        });
    }
};
const $ZodError = $constructor("$ZodError", initializer);
const $ZodRealError = $constructor("$ZodError", initializer, undefined, {
    Parent: Error,
});
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
 * ("toString", "constructor") would otherwise read through to the prototype, and assigning
 * "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) {
        if (key === "__proto__") {
            Object.defineProperty(obj, key, { value: make(), writable: true, enumerable: true, configurable: true });
        }
        else {
            obj[key] = make();
        }
    }
    return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
    const fieldErrors = {};
    const formErrors = [];
    for (const sub of error.issues) {
        if (sub.path.length > 0) {
            node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
        }
        else {
            formErrors.push(mapper(sub));
        }
    }
    return { formErrors, fieldErrors };
}
function formatError(error, mapper = (issue) => issue.message) {
    const fieldErrors = { _errors: [] };
    const processError = (error, path = []) => {
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    fieldErrors._errors.push(mapper(issue));
                }
                else {
                    let curr = fieldErrors;
                    let i = 0;
                    while (i < fullpath.length) {
                        const el = fullpath[i];
                        const terminal = i === fullpath.length - 1;
                        // `_errors` is reserved by this legacy format, so merge a matching path segment into the current node instead of treating its array as a child.
                        if (el === "_errors") {
                            if (terminal)
                                curr._errors.push(mapper(issue));
                            i++;
                            continue;
                        }
                        // A path element may collide with an inherited property name such as
                        // "__proto__" or "constructor". Truthiness checks read the prototype
                        // (so no node is created, then ._errors.push throws), and bracket
                        // assignment of "__proto__" hits the setter instead of creating an
                        // own key. Guard the read with hasOwnProperty and create the node
                        // with defineProperty so any path element becomes a real own key.
                        if (!Object.prototype.hasOwnProperty.call(curr, el)) {
                            Object.defineProperty(curr, el, {
                                value: { _errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        const node = curr[el];
                        if (terminal) {
                            node._errors.push(mapper(issue));
                        }
                        curr = node;
                        i++;
                    }
                }
            }
        }
    };
    processError(error);
    return fieldErrors;
}
function treeifyError(error, mapper = (issue) => issue.message) {
    const result = { errors: [] };
    const processError = (error, path = []) => {
        var _a;
        for (const issue of error.issues) {
            if (issue.code === "invalid_union" && issue.errors.length) {
                // regular union error
                issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
            }
            else if (issue.code === "invalid_key") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else if (issue.code === "invalid_element") {
                processError({ issues: issue.issues }, [...path, ...issue.path]);
            }
            else {
                const fullpath = [...path, ...issue.path];
                if (fullpath.length === 0) {
                    result.errors.push(mapper(issue));
                    continue;
                }
                let curr = result;
                let i = 0;
                while (i < fullpath.length) {
                    const el = fullpath[i];
                    const terminal = i === fullpath.length - 1;
                    if (typeof el === "string") {
                        curr.properties ?? (curr.properties = {});
                        // el may collide with an inherited property name ("__proto__",
                        // "constructor", ...); ??= reads the prototype so the node is never
                        // created and curr.errors.push throws. Guard with hasOwnProperty and
                        // create the node with defineProperty so "__proto__" becomes a real
                        // own key rather than invoking the prototype setter.
                        if (!Object.prototype.hasOwnProperty.call(curr.properties, el)) {
                            Object.defineProperty(curr.properties, el, {
                                value: { errors: [] },
                                enumerable: true,
                                writable: true,
                                configurable: true,
                            });
                        }
                        curr = curr.properties[el];
                    }
                    else {
                        curr.items ?? (curr.items = []);
                        (_a = curr.items)[el] ?? (_a[el] = { errors: [] });
                        curr = curr.items[el];
                    }
                    if (terminal) {
                        curr.errors.push(mapper(issue));
                    }
                    i++;
                }
            }
        }
    };
    processError(error);
    return result;
}
/** Format a ZodError as a human-readable string in the following form.
 *
 * From
 *
 * ```ts
 * ZodError {
 *   issues: [
 *     {
 *       expected: 'string',
 *       code: 'invalid_type',
 *       path: [ 'username' ],
 *       message: 'Invalid input: expected string'
 *     },
 *     {
 *       expected: 'number',
 *       code: 'invalid_type',
 *       path: [ 'favoriteNumbers', 1 ],
 *       message: 'Invalid input: expected number'
 *     }
 *   ];
 * }
 * ```
 *
 * to
 *
 * ```
 * username
 *   ✖ Expected number, received string at "username
 * favoriteNumbers[0]
 *   ✖ Invalid input: expected number
 * ```
 */
function toDotPath(_path) {
    const segs = [];
    const path = _path.map((seg) => (typeof seg === "object" ? seg.key : seg));
    for (const seg of path) {
        if (typeof seg === "number")
            segs.push(`[${seg}]`);
        else if (typeof seg === "symbol")
            segs.push(`[${JSON.stringify(String(seg))}]`);
        else if (/[^\w$]/.test(seg))
            segs.push(`[${JSON.stringify(seg)}]`);
        else {
            if (segs.length)
                segs.push(".");
            segs.push(seg);
        }
    }
    return segs.join("");
}
function prettifyError(error) {
    const lines = [];
    // sort by path length
    const issues = [...error.issues].sort((a, b) => (a.path ?? []).length - (b.path ?? []).length);
    // Process each issue
    for (const issue of issues) {
        lines.push(`✖ ${issue.message}`);
        if (issue.path?.length)
            lines.push(`  → at ${toDotPath(issue.path)}`);
    }
    // Convert Map to formatted string
    return lines.join("\n");
}

;// CONCATENATED MODULE: ./node_modules/zod/v4/core/parse.js



// Always both keys, so the `_params` read site in `_parse` sees one object shape rather than two.
function finalizeParams(callee, params) {
    return { callee: params?.callee ?? callee, Err: params?.Err };
}
const _parse = (_Err) => {
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise) {
            throw new $ZodAsyncError();
        }
        if (result.issues.length) {
            const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, _params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parse = /* @__PURE__*/ _parse($ZodRealError);
const _parseAsync = (_Err) => {
    const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result = schema._zod.run({ value, issues: [] }, ctx);
        if (result instanceof Promise)
            result = await result;
        if (result.issues.length) {
            const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
            captureStackTrace(e, params?.callee ?? fn);
            throw e;
        }
        return result.value;
    };
    return fn;
};
const parse_parseAsync = /* @__PURE__*/ _parseAsync($ZodRealError);
const _safeParse = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParse = /* @__PURE__*/ _safeParse($ZodRealError);
// the error is built on the first read of `error`: finalizing the issues and constructing the instance is most of a failing parse, and a caller that only branches on `success` never pays it. a getter in the literal keeps this small; the alternative, one shared accessor descriptor plus a hidden state slot, reads ~15% faster but costs ~75 B gzipped in every bundle
function failure(Err, issues, ctx) {
    let error;
    return {
        success: false,
        get error() {
            if (!error) {
                error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
                // finalizeIssue drops `input`, so the built error holds nothing; keeping the raw issues past this point pins the parsed value for the life of the result
                issues = undefined;
                ctx = undefined;
            }
            return error;
        },
        set error(e) {
            error = e;
            // a replacement makes the getter's branch unreachable, so the captures have to go here too
            issues = undefined;
            ctx = undefined;
        },
    };
}
const _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
const safeParseAsync = /* @__PURE__*/ _safeParseAsync($ZodRealError);
// registry mirrors of the compiler's sentinels, so this module never imports the compiler
const COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
const COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
// Deliberately tiny, because v8 will not inline a body carrying the fallback's object literals and throw. Everything that is not the compiled happy path lives in validateFallback, and that split is worth ~35% on a compiled schema.
const validate = ((schema, value, _ctx) => {
    const validator = schema._zod.bag.validator;
    if (validator !== undefined) {
        if (validator(value) !== COMPILE_INVALID)
            return true;
        // a definite sentinel means the runtime would reject, so skip the re-parse; a ctx can still change the answer
        if (validator.definite === true && _ctx === undefined)
            return false;
    }
    return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
    const ctx = _ctx
        ? { ..._ctx, async: false, abortEarly: true }
        : { async: false, abortEarly: true };
    const fallbackRun = schema._zod.bag.fallbackRun;
    let result;
    if (fallbackRun) {
        // skip nested fast paths on the fallback, so user callbacks keep the at-most-twice bound
        ctx[COMPILE_FALLBACK] = true;
        result = fallbackRun({ value, issues: [] }, ctx);
    }
    else {
        result = schema._zod.run({ value, issues: [] }, ctx);
    }
    if (result instanceof Promise) {
        throw new $ZodAsyncError();
    }
    return result.issues.length === 0;
}
// no fast path: the compiler keeps async parses on the runtime, because a promise-returning callback that is not declared async compiles to a throw
const parse_validateAsync = async (schema, value, _ctx) => {
    const ctx = _ctx
        ? { ..._ctx, async: true, abortEarly: true }
        : { async: true, abortEarly: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
        result = await result;
    return result.issues.length === 0;
};
const _encode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return parse(schema, value, ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const encode = /* @__PURE__*/ _encode($ZodRealError);
const _decode = (_Err) => {
    const parse = _parse(_Err);
    const fn = (schema, value, _ctx, _params) => {
        return parse(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decode = /* @__PURE__*/ _decode($ZodRealError);
const _encodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
        return (await parseAsync(schema, value, ctx, finalizeParams(fn, _params)));
    };
    return fn;
};
const encodeAsync = /* @__PURE__*/ _encodeAsync($ZodRealError);
const _decodeAsync = (_Err) => {
    const parseAsync = _parseAsync(_Err);
    const fn = async (schema, value, _ctx, _params) => {
        return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
    };
    return fn;
};
const decodeAsync = /* @__PURE__*/ _decodeAsync($ZodRealError);
const _safeEncode = (_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParse(_Err)(schema, value, ctx);
};
const safeEncode = /* @__PURE__*/ _safeEncode($ZodRealError);
const _safeDecode = (_Err) => (schema, value, _ctx) => {
    return _safeParse(_Err)(schema, value, _ctx);
};
const safeDecode = /* @__PURE__*/ _safeDecode($ZodRealError);
const _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, direction: "backward" } : { direction: "backward" };
    return _safeParseAsync(_Err)(schema, value, ctx);
};
const safeEncodeAsync = /* @__PURE__*/ _safeEncodeAsync($ZodRealError);
const _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
    return _safeParseAsync(_Err)(schema, value, _ctx);
};
const safeDecodeAsync = /* @__PURE__*/ _safeDecodeAsync($ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/errors.js



/* Prototypes that already carry the lazy helper methods. Seeded with the
 * intrinsics so that `init` on a foreign object — it accepts any object —
 * can never install an accessor onto a prototype we do not own. */
const _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
/* Helper methods live as non-enumerable lazy getters on the shared
 * prototype instead of own properties on every instance. On first
 * access the getter allocates the per-instance closure and caches it
 * as a non-enumerable own property, so detached usage still works and
 * the allocation only happens for methods actually touched. */
function _lazyMethod(proto, key, make) {
    Object.defineProperty(proto, key, {
        configurable: true,
        enumerable: false,
        get() {
            const value = make(this);
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
            return value;
        },
        set(value) {
            Object.defineProperty(this, key, { value, configurable: true, writable: true });
        },
    });
}
const errors_initializer = (inst, issues) => {
    $ZodError.init(inst, issues);
    inst.name = "ZodError";
    const proto = Object.getPrototypeOf(inst);
    if (_installedErrorProtos.has(proto))
        return;
    _installedErrorProtos.add(proto);
    _lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
    _lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
    _lazyMethod(proto, "addIssue", (self) => (issue) => {
        self.issues.push(issue);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    _lazyMethod(proto, "addIssues", (self) => (issues) => {
        self.issues.push(...issues);
        self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
    });
    Object.defineProperty(proto, "isEmpty", {
        configurable: true,
        enumerable: false,
        get() {
            return this.issues.length === 0;
        },
    });
};
const ZodError = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodError", errors_initializer)));
const ZodRealError = /*@__PURE__*/ $constructor("ZodError", errors_initializer, undefined, {
    Parent: Error,
});
// /** @deprecated Use `z.core.$ZodErrorMapCtx` instead. */
// export type ErrorMapCtx = core.$ZodErrorMapCtx;

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/parse.js


const classic_parse_parse = /* @__PURE__ */ _parse(ZodRealError);
const classic_parse_parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
const parse_safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
const parse_safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);

// Codec functions
const parse_encode = /* @__PURE__ */ _encode(ZodRealError);
const parse_decode = /* @__PURE__ */ _decode(ZodRealError);
const parse_encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
const parse_decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
const parse_safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
const parse_safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
const parse_safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
const parse_safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);

;// CONCATENATED MODULE: ./node_modules/zod/v4/classic/schemas.js








// Register English as the default locale on first ZodType construction. Hooked into the `ZodType` `$constructor` (rather than a top-level `config(en())` in `external.ts`) so bundlers honoring `sideEffects: false` can't tree-shake it out — see #5953, #5725. An explicit `z.config(z.locales.xx())` call wins regardless of order, since this only sets the default when none is present.
function _ensureDefaultLocale() {
    if (!globalConfig.localeError)
        config(en());
}
// the default memoizer is read by the core container init, which runs before `ZodType.init`, so each container calls this first
function _ensureDefaultMemoizer() {
    if (!globalConfig.memoizer)
        config({ memoizer: memoizer() });
}
const ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
    _ensureDefaultLocale();
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
    return inst;
}, {
    check(...chks) {
        const def = this.def;
        return this.clone(mergeDefs(def, {
            checks: [
                ...(def.checks ?? []),
                ...chks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch),
            ],
        }), { parent: true });
    },
    with(...chks) {
        return this.check(...chks);
    },
    clone(def, params) {
        return clone(this, def, params);
    },
    brand() {
        return this;
    },
    register(reg, meta) {
        reg.add(this, meta);
        return this;
    },
    refine(check, params) {
        return this.check(refine(check, params));
    },
    superRefine(refinement, params) {
        return this.check(superRefine(refinement, params));
    },
    overwrite(fn) {
        return this.check(_overwrite(fn));
    },
    optional() {
        return optional(this);
    },
    exactOptional() {
        return exactOptional(this);
    },
    nullable() {
        return nullable(this);
    },
    nullish() {
        return optional(nullable(this));
    },
    nonoptional(params) {
        return nonoptional(this, params);
    },
    array() {
        return array(this);
    },
    or(arg) {
        return union([this, arg]);
    },
    and(arg) {
        return intersection(this, arg);
    },
    transform(tx) {
        return pipe(this, transform(tx));
    },
    default(d) {
        return schemas_default(this, d);
    },
    prefault(d) {
        return prefault(this, d);
    },
    catch(params) {
        return schemas_catch(this, params);
    },
    pipe(target) {
        return pipe(this, target);
    },
    readonly() {
        return readonly(this);
    },
    describe(description) {
        const cl = this.clone();
        globalRegistry.add(cl, { description });
        return cl;
    },
    meta(...args) {
        // overloaded: meta() returns the registered metadata, meta(data) returns a clone with `data` registered. The mapped type picks up the second overload, so we accept variadic any-args and return `any` to satisfy both at runtime.
        if (args.length === 0)
            return globalRegistry.get(this);
        const cl = this.clone();
        globalRegistry.add(cl, args[0]);
        return cl;
    },
    isOptional() {
        return this.safeParse(undefined).success;
    },
    isNullable() {
        return this.safeParse(null).success;
    },
    apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
    },
    // Overrides core's `~standard` to add `jsonSchema`. Must stay a prototype entry: redefining it per instance demotes instances to dictionary mode.
    get "~standard"() {
        return hide(this, "~standard", {
            ...standardProps(this),
            jsonSchema: {
                input: createStandardJSONSchemaMethod(this, "input"),
                output: createStandardJSONSchemaMethod(this, "output"),
            },
        });
    },
    set "~standard"(value) {
        own(this, "~standard", value);
    },
    parse: function _parse(data, params) {
        return classic_parse_parse(this, data, params, { callee: _parse });
    },
    parseAsync: async function _parseAsync(data, params) {
        return await classic_parse_parseAsync(this, data, params, { callee: _parseAsync });
    },
    safeParse(data, params) {
        return parse_safeParse(this, data, params);
    },
    async safeParseAsync(data, params) {
        return parse_safeParseAsync(this, data, params);
    },
    // `spa` is an alias: same function object as `safeParseAsync`, as before.
    get spa() {
        return this?.safeParseAsync;
    },
    set spa(value) {
        own(this, "spa", value);
    },
    validate(data, params) {
        return validate(this, data, params);
    },
    validateAsync(data, params) {
        return parse_validateAsync(this, data, params);
    },
    encode: function _encode(data, params) {
        return parse_encode(this, data, params, { callee: _encode });
    },
    decode: function _decode(data, params) {
        return parse_decode(this, data, params, { callee: _decode });
    },
    encodeAsync: async function _encodeAsync(data, params) {
        return await parse_encodeAsync(this, data, params, { callee: _encodeAsync });
    },
    decodeAsync: async function _decodeAsync(data, params) {
        return await parse_decodeAsync(this, data, params, { callee: _decodeAsync });
    },
    safeEncode(data, params) {
        return parse_safeEncode(this, data, params);
    },
    safeDecode(data, params) {
        return parse_safeDecode(this, data, params);
    },
    async safeEncodeAsync(data, params) {
        return parse_safeEncodeAsync(this, data, params);
    },
    async safeDecodeAsync(data, params) {
        return parse_safeDecodeAsync(this, data, params);
    },
    toJSONSchema(params) {
        return createToJSONSchemaMethod(this, {})(params);
    },
    // Reads through to the registry on every access, so it must not cache.
    get description() {
        return globalRegistry.get(this)?.description;
    },
    // No setter: `schema._def = x` throws, as it did when `_def` was a non-writable own property.
    get _def() {
        return this._zod.def;
    },
});
/** @internal */
const _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    format: (inst) => aggregateChecks(inst).format ?? null,
    minLength: (inst) => aggregateChecks(inst).minimum ?? null,
    maxLength: (inst) => aggregateChecks(inst).maximum ?? null,
}, {
    regex(...args) {
        return this.check(_regex(...args));
    },
    includes(...args) {
        return this.check(_includes(...args));
    },
    startsWith(...args) {
        return this.check(_startsWith(...args));
    },
    endsWith(...args) {
        return this.check(_endsWith(...args));
    },
    min(...args) {
        return this.check(_minLength(...args));
    },
    max(...args) {
        return this.check(_maxLength(...args));
    },
    length(...args) {
        return this.check(_length(...args));
    },
    nonempty(...args) {
        return this.check(_minLength(1, ...args));
    },
    lowercase(params) {
        return this.check(_lowercase(params));
    },
    uppercase(params) {
        return this.check(_uppercase(params));
    },
    trim() {
        return this.check(_trim());
    },
    normalize(...args) {
        return this.check(_normalize(...args));
    },
    toLowerCase() {
        return this.check(_toLowerCase());
    },
    toUpperCase() {
        return this.check(_toUpperCase());
    },
    slugify() {
        return this.check(_slugify());
    },
}));
const ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
    $ZodString.init(inst, def);
    _ZodString.init(inst, def);
}, {
    email(params) {
        return this.check(_email(ZodEmail, params));
    },
    url(params) {
        return this.check(_url(ZodURL, params));
    },
    jwt(params) {
        return this.check(_jwt(ZodJWT, params));
    },
    emoji(params) {
        return this.check(api_emoji(ZodEmoji, params));
    },
    guid(params) {
        return this.check(_guid(ZodGUID, params));
    },
    uuid(params) {
        return this.check(_uuid(ZodUUID, params));
    },
    uuidv4(params) {
        return this.check(_uuidv4(ZodUUID, params));
    },
    uuidv6(params) {
        return this.check(_uuidv6(ZodUUID, params));
    },
    uuidv7(params) {
        return this.check(_uuidv7(ZodUUID, params));
    },
    nanoid(params) {
        return this.check(_nanoid(ZodNanoID, params));
    },
    cuid(params) {
        return this.check(_cuid(ZodCUID, params));
    },
    cuid2(params) {
        return this.check(_cuid2(ZodCUID2, params));
    },
    ulid(params) {
        return this.check(_ulid(ZodULID, params));
    },
    base64(params) {
        return this.check(_base64(ZodBase64, params));
    },
    base64url(params) {
        return this.check(_base64url(ZodBase64URL, params));
    },
    xid(params) {
        return this.check(_xid(ZodXID, params));
    },
    ksuid(params) {
        return this.check(_ksuid(ZodKSUID, params));
    },
    ipv4(params) {
        return this.check(_ipv4(ZodIPv4, params));
    },
    ipv6(params) {
        return this.check(_ipv6(ZodIPv6, params));
    },
    cidrv4(params) {
        return this.check(_cidrv4(ZodCIDRv4, params));
    },
    cidrv6(params) {
        return this.check(_cidrv6(ZodCIDRv6, params));
    },
    e164(params) {
        return this.check(_e164(ZodE164, params));
    },
    datetime(params) {
        return this.check(_isoDateTime(ZodISODateTime, params));
    },
    date(params) {
        return this.check(_isoDate(ZodISODate, params));
    },
    time(params) {
        return this.check(_isoTime(ZodISOTime, params));
    },
    duration(params) {
        return this.check(_isoDuration(ZodISODuration, params));
    },
});
function schemas_string(params) {
    return _string(ZodString, params);
}
const ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    _ZodString.init(inst, def);
});
const ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
    $ZodISODateTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
    $ZodISODate.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
    $ZodISOTime.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
    $ZodISODuration.init(inst, def);
    ZodStringFormat.init(inst, def);
});
const ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmail.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_email(params) {
    return core._email(ZodEmail, params);
}
const ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodGUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_guid(params) {
    return core._guid(ZodGUID, params);
}
const ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodUUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_uuid(params) {
    return core._uuid(ZodUUID, params);
}
function uuidv4(params) {
    return core._uuidv4(ZodUUID, params);
}
// ZodUUIDv6
function uuidv6(params) {
    return core._uuidv6(ZodUUID, params);
}
// ZodUUIDv7
function uuidv7(params) {
    return core._uuidv7(ZodUUID, params);
}
const ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodURL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function url(params) {
    return _url(ZodURL, params);
}
function httpUrl(params) {
    return core._url(ZodURL, {
        protocol: regexes.httpProtocol,
        hostname: regexes.domain,
        ...util.normalizeParams(params),
    });
}
const ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodEmoji.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_emoji(params) {
    return core._emoji(ZodEmoji, params);
}
const ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodNanoID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_nanoid(params) {
    return core._nanoid(ZodNanoID, params);
}
/**
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link ZodCUID2} instead.
 * See https://github.com/paralleldrive/cuid.
 */
const ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
/**
 * Validates a CUID v1 string.
 *
 * @deprecated CUID v1 is deprecated by its authors due to information leakage
 * (timestamps embedded in the id). Use {@link cuid2 | `z.cuid2()`} instead.
 * See https://github.com/paralleldrive/cuid.
 */
function schemas_cuid(params) {
    return core._cuid(ZodCUID, params);
}
const ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodCUID2.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cuid2(params) {
    return core._cuid2(ZodCUID2, params);
}
const ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodULID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ulid(params) {
    return core._ulid(ZodULID, params);
}
const ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodXID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_xid(params) {
    return core._xid(ZodXID, params);
}
const ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodKSUID.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ksuid(params) {
    return core._ksuid(ZodKSUID, params);
}
const ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv4(params) {
    return core._ipv4(ZodIPv4, params);
}
const ZodMAC = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMAC", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodMAC.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_mac(params) {
    return core._mac(ZodMAC, params);
}
const ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodIPv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_ipv6(params) {
    return core._ipv6(ZodIPv6, params);
}
const ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
    $ZodCIDRv4.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv4(params) {
    return core._cidrv4(ZodCIDRv4, params);
}
const ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
    $ZodCIDRv6.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_cidrv6(params) {
    return core._cidrv6(ZodCIDRv6, params);
}
const ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64(params) {
    return core._base64(ZodBase64, params);
}
const ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodBase64URL.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_base64url(params) {
    return core._base64url(ZodBase64URL, params);
}
const ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodE164.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function schemas_e164(params) {
    return core._e164(ZodE164, params);
}
const ZodCreditCard = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCreditCard", (inst, def) => {
    core.$ZodCreditCard.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_creditCard(params) {
    return core._creditCard(ZodCreditCard, params);
}
const ZodIBAN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodIBAN", (inst, def) => {
    core.$ZodIBAN.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function schemas_iban(params) {
    return core._iban(ZodIBAN, params);
}
const ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    $ZodJWT.init(inst, def);
    ZodStringFormat.init(inst, def);
});
function jwt(params) {
    return core._jwt(ZodJWT, params);
}
const ZodCustomStringFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCustomStringFormat", (inst, def) => {
    // ZodStringFormat.init(inst, def);
    core.$ZodCustomStringFormat.init(inst, def);
    ZodStringFormat.init(inst, def);
})));
function stringFormat(format, fnOrRegex, _params = {}) {
    return core._stringFormat(ZodCustomStringFormat, format, fnOrRegex, _params);
}
function schemas_hostname(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hostname", regexes.hostname, _params);
}
function schemas_hex(_params) {
    return core._stringFormat(ZodCustomStringFormat, "hex", regexes.hex, _params);
}
function schemas_currencyCode(_params) {
    return core._stringFormat(ZodCustomStringFormat, "currency_code", regexes.currencyCode, _params);
}
function hash(alg, params) {
    const enc = params?.enc ?? "hex";
    const format = `${alg}_${enc}`;
    const regex = core.regexes[format];
    if (!regex)
        throw new Error(`Unrecognized hash format: ${format}`);
    return core._stringFormat(ZodCustomStringFormat, format, regex, params);
}
const ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
    inst.isFinite = true;
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => {
        const { minimum, exclusiveMinimum } = aggregateChecks(inst);
        return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
    },
    maxValue: (inst) => {
        const { maximum, exclusiveMaximum } = aggregateChecks(inst);
        return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
    },
    isInt: (inst) => {
        const { isInt, multipleOf } = aggregateChecks(inst);
        return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
    },
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    int(params) {
        return this.check(schemas_int(params));
    },
    safe(params) {
        return this.check(schemas_int(params));
    },
    positive(params) {
        return this.check(_gt(0, params));
    },
    nonnegative(params) {
        return this.check(_gte(0, params));
    },
    negative(params) {
        return this.check(_lt(0, params));
    },
    nonpositive(params) {
        return this.check(_lte(0, params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
    step(value, params) {
        return this.check(_multipleOf(value, params));
    },
    finite() {
        return this;
    },
}));
function schemas_number(params) {
    return _number(ZodNumber, params);
}
const ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodNumber.init(inst, def);
});
function schemas_int(params) {
    return _int(ZodNumberFormat, params);
}
function float32(params) {
    return core._float32(ZodNumberFormat, params);
}
function float64(params) {
    return core._float64(ZodNumberFormat, params);
}
function int32(params) {
    return core._int32(ZodNumberFormat, params);
}
function uint32(params) {
    return core._uint32(ZodNumberFormat, params);
}
const ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function schemas_boolean(params) {
    return _boolean(ZodBoolean, params);
}
const ZodBigInt = /*@__PURE__*/ $constructor("ZodBigInt", (inst, def) => {
    $ZodBigInt.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => bigintProcessor(inst, ctx, json, params);
}, 
/*@__PURE__*/ derived({
    minValue: (inst) => aggregateChecks(inst).minimum ?? null,
    maxValue: (inst) => aggregateChecks(inst).maximum ?? null,
    format: (inst) => aggregateChecks(inst).format ?? null,
}, {
    gte(value, params) {
        return this.check(_gte(value, params));
    },
    min(value, params) {
        return this.check(_gte(value, params));
    },
    gt(value, params) {
        return this.check(_gt(value, params));
    },
    lt(value, params) {
        return this.check(_lt(value, params));
    },
    lte(value, params) {
        return this.check(_lte(value, params));
    },
    max(value, params) {
        return this.check(_lte(value, params));
    },
    positive(params) {
        return this.check(_gt(BigInt(0), params));
    },
    negative(params) {
        return this.check(_lt(BigInt(0), params));
    },
    nonpositive(params) {
        return this.check(_lte(BigInt(0), params));
    },
    nonnegative(params) {
        return this.check(_gte(BigInt(0), params));
    },
    multipleOf(value, params) {
        return this.check(_multipleOf(value, params));
    },
}));
function schemas_bigint(params) {
    return core._bigint(ZodBigInt, params);
}
const ZodBigIntFormat = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodBigIntFormat", (inst, def) => {
    core.$ZodBigIntFormat.init(inst, def);
    ZodBigInt.init(inst, def);
})));
function int64(params) {
    return core._int64(ZodBigIntFormat, params);
}
function uint64(params) {
    return core._uint64(ZodBigIntFormat, params);
}
const ZodSymbol = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSymbol", (inst, def) => {
    core.$ZodSymbol.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.symbolProcessor(inst, ctx, json, params);
})));
function symbol(params) {
    return core._symbol(ZodSymbol, params);
}
const ZodUndefined = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodUndefined", (inst, def) => {
    core.$ZodUndefined.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.undefinedProcessor(inst, ctx, json, params);
})));
function schemas_undefined(params) {
    return core._undefined(ZodUndefined, params);
}

const ZodNull = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNull", (inst, def) => {
    core.$ZodNull.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nullProcessor(inst, ctx, json, params);
})));
function schemas_null(params) {
    return core._null(ZodNull, params);
}

const ZodAny = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodAny", (inst, def) => {
    core.$ZodAny.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.anyProcessor(inst, ctx, json, params);
})));
function any() {
    return core._any(ZodAny);
}
const ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
    $ZodUnknown.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unknownProcessor(inst, ctx, json, params);
});
function unknown() {
    return _unknown(ZodUnknown);
}
const ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
    $ZodNever.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
    return _never(ZodNever, params);
}
const ZodVoid = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodVoid", (inst, def) => {
    core.$ZodVoid.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.voidProcessor(inst, ctx, json, params);
})));
function schemas_void(params) {
    return core._void(ZodVoid, params);
}

const ZodDate = /*@__PURE__*/ $constructor("ZodDate", (inst, def) => {
    $ZodDate.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => dateProcessor(inst, ctx, json, params);
    inst.min = (value, params) => inst.check(_gte(value, params));
    inst.max = (value, params) => inst.check(_lte(value, params));
}, 
/*@__PURE__*/ derived({
    minDate: (inst) => {
        const { minimum } = aggregateChecks(inst);
        return minimum ? new Date(minimum) : null;
    },
    maxDate: (inst) => {
        const { maximum } = aggregateChecks(inst);
        return maximum ? new Date(maximum) : null;
    },
}, {}));
function schemas_date(params) {
    return core._date(ZodDate, params);
}
const ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodArray.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
    inst.element = def.element;
}, {
    min(n, params) {
        return this.check(_minLength(n, params));
    },
    nonempty(params) {
        return this.check(_minLength(1, params));
    },
    max(n, params) {
        return this.check(_maxLength(n, params));
    },
    length(n, params) {
        return this.check(_length(n, params));
    },
    unwrap() {
        return this.element;
    },
});
function array(element, params) {
    return _array(ZodArray, element, params);
}
// .keyof
function keyof(schema) {
    const shape = schema._zod.def.shape;
    return schemas_enum(Object.keys(shape));
}
const ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodObjectJIT.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
    installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
    keyof() {
        return schemas_enum(Object.keys(this._zod.def.shape));
    },
    catchall(catchall) {
        // `mergeDefs` rather than a spread: spreading reads `shape`, and resolving it can mint a whole fresh subtree
        return this.clone(mergeDefs(this._zod.def, { catchall: catchall }));
    },
    passthrough() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    loose() {
        return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
    },
    strict() {
        return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
    },
    strip() {
        return this.clone(mergeDefs(this._zod.def, { catchall: undefined }));
    },
    extend(incoming) {
        return extend(this, incoming);
    },
    safeExtend(incoming) {
        return safeExtend(this, incoming);
    },
    merge(other) {
        return merge(this, other);
    },
    pick(mask) {
        return pick(this, mask);
    },
    omit(mask) {
        return omit(this, mask);
    },
    partial(...args) {
        return partial(ZodOptional, this, args[0]);
    },
    exactPartial(...args) {
        return partial(ZodExactOptional, this, args[0], "exactPartial");
    },
    required(...args) {
        return required(ZodNonOptional, this, args[0]);
    },
});
function object(shape, params) {
    const def = {
        type: "object",
        shape: shape ?? {},
        ...normalizeParams(params),
    };
    return new ZodObject(def);
}
// strictObject
function strictObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: never(),
        ...normalizeParams(params),
    });
}
// looseObject
function looseObject(shape, params) {
    return new ZodObject({
        type: "object",
        shape,
        catchall: unknown(),
        ...normalizeParams(params),
    });
}
const ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
});
function union(options, params) {
    return new ZodUnion({
        type: "union",
        options: options,
        ...normalizeParams(params),
    });
}
const ZodXor = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodXor", (inst, def) => {
    ZodUnion.init(inst, def);
    core.$ZodXor.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.unionProcessor(inst, ctx, json, params);
    inst.options = def.options;
})));
/** Creates an exclusive union (XOR) where exactly one option must match.
 * Unlike regular unions that succeed when any option matches, xor fails if
 * zero or more than one option matches the input. */
function xor(options, params) {
    return new ZodXor({
        type: "union",
        options: options,
        inclusive: false,
        ...util.normalizeParams(params),
    });
}
const ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
    ZodUnion.init(inst, def);
    $ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
    // const [options, params] = args;
    return new ZodDiscriminatedUnion({
        type: "union",
        options: options,
        discriminator,
        ...normalizeParams(params),
    });
}
const ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
    $ZodIntersection.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
    return new ZodIntersection({
        type: "intersection",
        left: left,
        right: right,
    });
}
const ZodTuple = /*@__PURE__*/ $constructor("ZodTuple", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTuple.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => tupleProcessor(inst, ctx, json, params);
}, {
    rest(rest) {
        return this.clone({
            ...this._zod.def,
            rest: rest,
        });
    },
    partial() {
        const def = this._zod.def;
        // a refinement was authored against the full arity; partialing would run it on a shorter array
        if (def.checks?.length)
            throw new Error(".partial() cannot be used on tuple schemas containing refinements");
        return this.clone({
            ...def,
            items: def.items.map((item) => new ZodOptional({ type: "optional", innerType: item })),
        });
    },
});
function tuple(items, _paramsOrRest, _params) {
    const hasRest = _paramsOrRest instanceof core.$ZodType;
    const params = hasRest ? _params : _paramsOrRest;
    const rest = hasRest ? _paramsOrRest : null;
    return new ZodTuple({
        type: "tuple",
        items: items,
        rest,
        ...util.normalizeParams(params),
    });
}
const ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodRecord.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
    // v3-compat: z.record(valueType, params?) — defaults keyType to z.string()
    if (!valueType || !valueType._zod) {
        return new ZodRecord({
            type: "record",
            keyType: schemas_string(),
            valueType: keyType,
            ...normalizeParams(valueType),
        });
    }
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...normalizeParams(params),
    });
}
// type alksjf = core.output<core.$ZodRecordKey>;
function partialRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
        partial: true,
    });
}
function looseRecord(keyType, valueType, params) {
    return new ZodRecord({
        type: "record",
        keyType,
        valueType: valueType,
        mode: "loose",
        ...util.normalizeParams(params),
    });
}
const ZodMap = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodMap", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodMap.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.mapProcessor(inst, ctx, json, params);
    inst.keyType = def.keyType;
    inst.valueType = def.valueType;
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function map(keyType, valueType, params) {
    return new ZodMap({
        type: "map",
        keyType: keyType,
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodSet = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSet", (inst, def) => {
    _ensureDefaultMemoizer();
    core.$ZodSet.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.setProcessor(inst, ctx, json, params);
    inst.min = (...args) => inst.check(core._minSize(...args));
    inst.nonempty = (params) => inst.check(core._minSize(1, params));
    inst.max = (...args) => inst.check(core._maxSize(...args));
    inst.size = (...args) => inst.check(core._size(...args));
})));
function set(valueType, params) {
    return new ZodSet({
        type: "set",
        valueType: valueType,
        ...util.normalizeParams(params),
    });
}
const ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
    inst.enum = def.entries;
    // reuse the parsed value set so a numeric TS enum's reverse-mapping keys stay out
    inst.options = [...inst._zod.values];
    const keys = new Set(Object.keys(def.entries));
    inst.extract = (values, params) => {
        const newEntries = {};
        for (const value of values) {
            if (keys.has(value)) {
                newEntries[value] = def.entries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
    inst.exclude = (values, params) => {
        const newEntries = { ...def.entries };
        for (const value of values) {
            if (keys.has(value)) {
                delete newEntries[value];
            }
            else
                throw new Error(`Key ${value} not found in enum`);
        }
        return new ZodEnum({
            ...def,
            checks: [],
            ...normalizeParams(params),
            entries: newEntries,
        });
    };
});
function schemas_enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodEnum({
        type: "enum",
        entries,
        ...normalizeParams(params),
    });
}

/** @deprecated This API has been merged into `z.enum()`. Use `z.enum()` instead.
 *
 * ```ts
 * enum Colors { red, green, blue }
 * z.enum(Colors);
 * ```
 */
function nativeEnum(entries, params) {
    return new ZodEnum({
        type: "enum",
        entries,
        ...util.normalizeParams(params),
    });
}
const ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
    $ZodLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
    inst.values = new Set(def.values);
    Object.defineProperty(inst, "value", {
        get() {
            if (def.values.length > 1) {
                throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
            }
            return def.values[0];
        },
    });
});
function literal(value, params) {
    return new ZodLiteral({
        type: "literal",
        values: Array.isArray(value) ? value : [value],
        ...normalizeParams(params),
    });
}
const ZodFile = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFile", (inst, def) => {
    core.$ZodFile.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.fileProcessor(inst, ctx, json, params);
    inst.min = (size, params) => inst.check(core._minSize(size, params));
    inst.max = (size, params) => inst.check(core._maxSize(size, params));
    inst.mime = (types, params) => inst.check(core._mime(Array.isArray(types) ? types : [types], params));
})));
function file(params) {
    return core._file(ZodFile, params);
}
const ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
    _ensureDefaultMemoizer();
    $ZodTransform.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
    inst._zod.parse = (payload, _ctx) => {
        if (_ctx.direction === "backward") {
            throw new $ZodEncodeError(inst.constructor.name);
        }
        payload.addIssue = (issue) => {
            if (typeof issue === "string") {
                payload.issues.push(util_issue(issue, payload.value, def));
            }
            else {
                // for Zod 3 backwards compatibility
                const _issue = issue;
                if (_issue.fatal)
                    _issue.continue = false;
                _issue.code ?? (_issue.code = "custom");
                if (!("input" in _issue))
                    _issue.input = payload.value;
                _issue.inst ?? (_issue.inst = inst);
                // _issue.continue ??= true;
                payload.issues.push(util_issue(_issue));
            }
        };
        const output = def.transform(payload.value, payload);
        if (output instanceof Promise) {
            return output.then((output) => {
                payload.value = output;
                return payload;
            });
        }
        payload.value = output;
        return payload;
    };
});
function transform(fn) {
    return new ZodTransform({
        type: "transform",
        transform: fn,
    });
}
const ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
    $ZodOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
    return new ZodOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
    $ZodExactOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
    return new ZodExactOptional({
        type: "optional",
        innerType: innerType,
    });
}
const ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
    $ZodNullable.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
    return new ZodNullable({
        type: "nullable",
        innerType: innerType,
    });
}
// nullish
function schemas_nullish(innerType) {
    return optional(nullable(innerType));
}
const ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
    $ZodDefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeDefault = inst.unwrap;
});
function schemas_default(innerType, defaultValue) {
    return new ZodDefault({
        type: "default",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
    $ZodPrefault.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
    return new ZodPrefault({
        type: "prefault",
        innerType: innerType,
        get defaultValue() {
            return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
        },
    });
}
const ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
    $ZodNonOptional.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
    return new ZodNonOptional({
        type: "nonoptional",
        innerType: innerType,
        ...normalizeParams(params),
    });
}
const ZodSuccess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodSuccess", (inst, def) => {
    core.$ZodSuccess.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.successProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function success(innerType) {
    return new ZodSuccess({
        type: "success",
        innerType: innerType,
    });
}
const ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
    $ZodCatch.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
    inst.removeCatch = inst.unwrap;
});
function schemas_catch(innerType, catchValue) {
    return new ZodCatch({
        type: "catch",
        innerType: innerType,
        catchValue: (typeof catchValue === "function" ? catchValue : constantCatch(catchValue)),
    });
}

const ZodNaN = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodNaN", (inst, def) => {
    core.$ZodNaN.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.nanProcessor(inst, ctx, json, params);
})));
function nan(params) {
    return core._nan(ZodNaN, params);
}
const ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
    inst.in = def.in;
    inst.out = def.out;
});
function pipe(in_, out) {
    return new ZodPipe({
        type: "pipe",
        in: in_,
        out: out,
        // ...util.normalizeParams(params),
    });
}
const ZodCodec = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodCodec", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodCodec.init(inst, def);
})));
function codec(in_, out, params) {
    return new ZodCodec({
        type: "pipe",
        in: in_,
        out: out,
        transform: params.decode,
        reverseTransform: params.encode,
    });
}
function invertCodec(codec) {
    const def = codec._zod.def;
    return new ZodCodec({
        type: "pipe",
        in: def.out,
        out: def.in,
        transform: def.reverseTransform,
        reverseTransform: def.transform,
    });
}
const ZodPreprocess = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPreprocess", (inst, def) => {
    ZodPipe.init(inst, def);
    core.$ZodPreprocess.init(inst, def);
})));
const ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
    $ZodReadonly.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
    return new ZodReadonly({
        type: "readonly",
        innerType: innerType,
    });
}
const ZodTemplateLiteral = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodTemplateLiteral", (inst, def) => {
    core.$ZodTemplateLiteral.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.templateLiteralProcessor(inst, ctx, json, params);
})));
function templateLiteral(parts, params) {
    return new ZodTemplateLiteral({
        type: "template_literal",
        parts,
        ...util.normalizeParams(params),
    });
}
const ZodLazy = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodLazy", (inst, def) => {
    core.$ZodLazy.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.lazyProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.getter();
})));
function lazy(getter) {
    return new ZodLazy({
        type: "lazy",
        getter: getter,
    });
}
const ZodPromise = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodPromise", (inst, def) => {
    core.$ZodPromise.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.promiseProcessor(inst, ctx, json, params);
    inst.unwrap = () => inst._zod.def.innerType;
})));
function promise(innerType) {
    return new ZodPromise({
        type: "promise",
        innerType: innerType,
    });
}
const ZodFunction = /*@__PURE__*/ (/* unused pure expression or super */ null && (core.$constructor("ZodFunction", (inst, def) => {
    core.$ZodFunction.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => processors.functionProcessor(inst, ctx, json, params);
})));
function _function(params) {
    return new ZodFunction({
        type: "function",
        input: Array.isArray(params?.input) ? tuple(params?.input) : (params?.input ?? array(unknown())),
        output: params?.output ?? unknown(),
    });
}

const ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
    $ZodCustom.init(inst, def);
    ZodType.init(inst, def);
    inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
// custom checks
function check(fn) {
    const ch = new core.$ZodCheck({
        check: "custom",
        // ...util.normalizeParams(params),
    });
    ch._zod.check = fn;
    return ch;
}
function custom(fn, _params) {
    return core._custom(ZodCustom, fn ?? (() => true), _params);
}
function refine(fn, _params = {}) {
    return _refine(ZodCustom, fn, _params);
}
// superRefine
function superRefine(fn, params) {
    return _superRefine(fn, params);
}
// Re-export describe and meta from core
const schemas_describe = describe;
const schemas_meta = meta;
const ZodInstanceOf = /*@__PURE__*/ $constructor("ZodInstanceOf", (inst, def) => {
    ZodCustom.init(inst, def);
}, {
    properties(shape, params) {
        // asserts in place, so the narrowed output type is truthful without a wrapper
        return this.check(_properties(shape, params));
    },
});
function _instanceof(cls, params = {}) {
    const inst = new ZodInstanceOf({
        type: "custom",
        check: "custom",
        fn: (data) => data instanceof cls,
        abort: true,
        ...util.normalizeParams(params),
    });
    inst._zod.bag.Class = cls;
    // Override check to emit invalid_type instead of custom
    inst._zod.check = (payload) => {
        if (!(payload.value instanceof cls)) {
            payload.issues.push({
                code: "invalid_type",
                expected: cls.name,
                input: payload.value,
                inst,
                path: [...(inst._zod.def.path ?? [])],
            });
        }
    };
    return inst;
}

// stringbool
const stringbool = (...args) => core._stringbool({
    Codec: ZodCodec,
    Boolean: ZodBoolean,
    String: ZodString,
}, ...args);
function json(params) {
    const jsonSchema = lazy(() => {
        return union([schemas_string(params), schemas_number(), schemas_boolean(), schemas_null(), array(jsonSchema), record(schemas_string(), jsonSchema)]);
    });
    return jsonSchema;
}
// preprocess
function preprocess(fn, schema) {
    return new ZodPreprocess({
        type: "pipe",
        in: transform(fn),
        out: schema,
    });
}

;// CONCATENATED MODULE: ./lib/events/schemas.js
/**
 * The payload of every event type as a zod schema: what a reader may rely on once an event line
 * is decoded (./decode.ts). Each schema is checked against its payload type in ./types.ts at
 * compile time (`z.ZodType<T>`), so the two cannot drift; the list of event types is the keys of
 * `EVENT_DATA`. Objects are loose: a newer version may add fields, and a reader ignores them.
 * Fields that older versions did not write are optional here and in the types.
 */

const schemas_str = schemas_string();
const schemas_num = schemas_number();
const bool = schemas_boolean();
const Usage = looseObject({
    input_tokens: schemas_num,
    output_tokens: schemas_num,
    cached_input_tokens: schemas_num.optional(),
    cache_write_tokens: schemas_num.optional(),
});
const sampleTag = { sample: schemas_num.optional(), sample_key: schemas_str.optional() };
const Samples = looseObject({
    drawn: schemas_num,
    judged: schemas_num,
    passed: schemas_num,
    errored: schemas_num,
    pass_rate: schemas_num.nullable(),
    ci_low: schemas_num,
    ci_high: schemas_num,
    verdict: schemas_enum(['pass', 'fail', 'inconclusive', 'unmeasured']),
    confidence: schemas_num.optional(),
    min_pass_rate: schemas_num.optional(),
});
const ErrorData = looseObject({ code: schemas_str, message: schemas_str, hint: schemas_str.optional() });
const CacheState = schemas_enum(['hit', 'miss', 'off']);
const OutputRecord = looseObject({ path: schemas_str, sha256: schemas_str, size_bytes: schemas_num });
const CheckVerdict = looseObject({
    index: schemas_num,
    type: schemas_str,
    passed: bool,
    message: schemas_str,
    severity: schemas_enum(['fail', 'warn']),
    duration_ms: schemas_num,
    score: schemas_num.optional(),
    reason: schemas_str.optional(),
    errored: bool.optional(),
});
const PriceResolved = looseObject({
    price: looseObject({ input_per_mtok: schemas_num, output_per_mtok: schemas_num }).optional(),
    source: schemas_enum(['spec', 'local', 'registry', 'builtin', 'none']),
    registry: schemas_str.optional(),
});
const jobStartedShape = {
    job_name: schemas_str,
    spec_file: schemas_str.optional(),
    spec_sha256: schemas_str,
    code_version: schemas_str,
    attempt: schemas_num.optional(),
    graph: record(schemas_str, array(schemas_str)),
    concurrency: schemas_num.optional(),
    only: array(schemas_str).optional(),
    pid: schemas_num.optional(),
    host: schemas_str.optional(),
    no_cache: bool.optional(),
    inputs_sha256: schemas_str.optional(),
    budget: looseObject({ usd: schemas_num.optional(), tokens: schemas_num.optional() }).optional(),
    prices: record(schemas_str, PriceResolved).optional(),
};
const JobStarted = looseObject(jobStartedShape);
const JobResumed = looseObject({
    ...jobStartedShape,
    previous_status: schemas_str,
    spec_changed: bool,
    previous_spec_sha256: schemas_str.optional(),
    inputs_changed: bool.optional(),
    completed_before: schemas_num,
});
const summaryShape = { succeeded: schemas_num, failed: schemas_num, skipped: schemas_num, cache_hits: schemas_num, cost_usd: schemas_num };
const JobSummary = looseObject(summaryShape);
const JobFailed = looseObject({
    succeeded: schemas_num.optional(),
    failed: schemas_num.optional(),
    skipped: schemas_num.optional(),
    cache_hits: schemas_num.optional(),
    cost_usd: schemas_num.optional(),
    failed_steps: array(schemas_str).optional(),
    error: ErrorData.optional(),
    budget_exceeded: bool.optional(),
    budget_skipped: array(schemas_str).optional(),
    needs_credentials: array(schemas_str).optional(),
});
const JobCancelled = looseObject({ ...summaryShape, reason: schemas_str });
const JobInterrupted = looseObject({
    ...summaryShape,
    reason: literal('batch_pending'),
    steps: array(schemas_str),
});
const BatchSubmitted = looseObject({
    provider: schemas_str,
    batch_id: schemas_str,
    custom_ids: array(schemas_str),
    calls: schemas_num.optional(),
    found_by: literal('metadata').optional(),
});
const BatchCompleted = looseObject({
    provider: schemas_str,
    batch_id: schemas_str,
    status: schemas_str,
    succeeded: schemas_num,
    errored: schemas_num,
});
const StepStarted = looseObject({
    kind: schemas_enum(['llm', 'command']),
    provider: schemas_str.optional(),
    run: schemas_str.optional(),
    rerun_reason: schemas_str.optional(),
    for_each: bool.optional(),
    instance_of: schemas_str.optional(),
    item_key: schemas_str.optional(),
    item_index: schemas_num.optional(),
});
const InstanceCounts = looseObject({ total: schemas_num, succeeded: schemas_num, failed: schemas_num });
const stepEndShape = {
    cache: CacheState,
    cache_key: schemas_str.optional(),
    attempts: schemas_num,
    duration_ms: schemas_num,
    provider: schemas_str.optional(),
    model: schemas_str.optional(),
    usage: Usage.optional(),
    cost_usd: schemas_num.optional(),
    instances: InstanceCounts.optional(),
    samples: Samples.optional(),
};
const StepSucceeded = looseObject({
    ...stepEndShape,
    cache_key: schemas_str,
    outputs: array(OutputRecord),
    output: schemas_str.optional(),
    checks: looseObject({ passed: schemas_num, failed: schemas_num }).optional(),
    finish_reason: schemas_str.optional(),
    exit_code: schemas_num.optional(),
});
const StepFailed = looseObject({ ...stepEndShape, error: ErrorData });
const instanceShape = { instance_of: schemas_str.optional(), item_key: schemas_str.optional(), item_index: schemas_num.optional() };
const StepSkipped = discriminatedUnion('reason', [
    looseObject({
        reason: literal('completed'),
        cache_key: schemas_str.optional(),
        outputs: array(OutputRecord),
        ...instanceShape,
    }),
    looseObject({ reason: literal('upstream_failed'), upstream: schemas_str }),
    looseObject({ reason: literal('not_selected'), ...instanceShape, message: schemas_str.optional() }),
    looseObject({
        reason: literal('budget_exceeded'),
        upstream: schemas_str.optional(),
        message: schemas_str.optional(),
        attempts: schemas_num.optional(),
        usage: Usage.optional(),
        cost_usd: schemas_num.optional(),
    }),
    looseObject({
        reason: literal('needs_credentials'),
        upstream: schemas_str.optional(),
        samples: Samples.optional(),
        message: schemas_str.optional(),
        providers: array(schemas_str).optional(),
        ...instanceShape,
    }),
]);
const StepRetrying = looseObject({
    ...sampleTag,
    provider: schemas_str.optional(),
    attempt: schemas_num,
    reason: schemas_str,
    message: schemas_str.optional(),
    delay_ms: schemas_num.optional(),
    retry_after_ms: schemas_num.optional(),
    on_fail: schemas_str.optional(),
});
const StepFannedOut = looseObject({ instances: schemas_num });
const LlmRequest = looseObject({
    provider: schemas_str,
    provider_type: schemas_str,
    model: schemas_str,
    attempt: schemas_num,
    provider_attempt: schemas_num,
    prompt_chars: schemas_num,
    timeout_ms: schemas_num,
    paced_ms: schemas_num.optional(),
    judge: bool.optional(),
    embedding: bool.optional(),
    check: schemas_num.optional(),
    ...sampleTag,
});
const LlmResponse = looseObject({
    provider: schemas_str,
    model: schemas_str,
    attempt: schemas_num,
    duration_ms: schemas_num,
    usage: Usage,
    finish_reason: schemas_str.optional(),
    cost_usd: schemas_num,
    text: schemas_str.optional(),
    cache_saved_usd: schemas_num.optional(),
    ...sampleTag,
});
const LlmError = looseObject({
    provider: schemas_str,
    model: schemas_str,
    attempt: schemas_num,
    duration_ms: schemas_num,
    code: schemas_str,
    message: schemas_str,
    status: schemas_num.optional(),
    retryable: bool,
    cancelled: bool.optional(),
    usage: Usage.optional(),
    cost_usd: schemas_num.optional(),
    cost_estimated: bool.optional(),
    ...sampleTag,
});
const CacheLookup = looseObject({ key: schemas_str, ...sampleTag });
const FileWritten = looseObject({
    path: schemas_str,
    sha256: schemas_str,
    size_bytes: schemas_num,
    wrote: bool,
    reason: schemas_enum(['created', 'updated', 'nochange']),
});
const Quality = looseObject({
    provider: schemas_str.optional(),
    verdicts: array(CheckVerdict),
    severity: schemas_enum(['fail', 'warn']).optional(),
    step_failed: bool.optional(),
    status: literal('errored').optional(),
    ...sampleTag,
});
const Circuit = looseObject({ provider: schemas_str, failures: schemas_num, cooldown_s: schemas_num });
const RouteSelected = looseObject({
    route: schemas_str,
    strategy: schemas_str,
    provider: schemas_str,
    order: array(schemas_str),
    skipped: array(looseObject({ provider: schemas_str, reason: schemas_str })).optional(),
    deferred: array(looseObject({ provider: schemas_str, reason: literal('rate_limited'), wait_ms: schemas_num, next_expected_ms: schemas_num }))
        .optional(),
    prompt_tokens_est: schemas_num,
    ...sampleTag,
});
const RouteFallback = looseObject({
    route: schemas_str,
    from: schemas_str,
    to: schemas_str,
    reason: schemas_str,
    message: schemas_str,
    ...sampleTag,
});
const ContextBuilt = looseObject({
    step: schemas_str,
    tokens: schemas_num,
    max_tokens: schemas_num.optional(),
    selection: array(unknown()),
});
const CommandStarted = looseObject({ run: schemas_str, cwd: schemas_str, timeout_ms: schemas_num });
const CommandFinished = looseObject({
    exit_code: schemas_num.nullable(),
    signal: schemas_str.nullable(),
    timed_out: bool,
    duration_ms: schemas_num,
    stdout_tail: schemas_str,
    stderr_tail: schemas_str,
});
const EventsDamaged = looseObject({
    skipped_lines: schemas_num,
    lines: array(looseObject({ line: schemas_num, reason: schemas_str })),
});
const CacheError = looseObject({
    op: schemas_enum(['get', 'put']),
    key: schemas_str.optional(),
    code: schemas_str.optional(),
    message: schemas_str,
    effect: schemas_str,
});
const SecretUnmaskable = looseObject({
    variable: schemas_str,
    min_length: schemas_num,
    message: schemas_str,
});
const BudgetExceeded = looseObject({
    limit: schemas_enum(['usd', 'tokens']),
    budget_usd: schemas_num.optional(),
    budget_tokens: schemas_num.optional(),
    spent_usd: schemas_num,
    spent_tokens: schemas_num,
    in_flight_usd: schemas_num,
    in_flight_tokens: schemas_num,
});
const RateLimitPaused = looseObject({
    provider: schemas_str,
    pause_ms: schemas_num,
    retry_after_ms: schemas_num.optional(),
});
/** Event type -> payload schema, in the order the types were introduced (2.0, then 2.1). */
const schemas_EVENT_DATA = {
    'job.started': JobStarted,
    'job.resumed': JobResumed,
    'job.succeeded': JobSummary,
    'job.failed': JobFailed,
    'job.cancelled': JobCancelled,
    'step.started': StepStarted,
    'step.succeeded': StepSucceeded,
    'step.failed': StepFailed,
    'step.skipped': StepSkipped,
    'step.retrying': StepRetrying,
    'llm.request': LlmRequest,
    'llm.response': LlmResponse,
    'llm.error': LlmError,
    'cache.hit': CacheLookup,
    'cache.miss': CacheLookup,
    'file.written': FileWritten,
    'quality.passed': Quality,
    'quality.failed': Quality,
    'circuit.opened': Circuit,
    'circuit.half_open': Circuit,
    'circuit.closed': Circuit,
    'route.selected': RouteSelected,
    'route.fallback': RouteFallback,
    'context.built': ContextBuilt,
    'command.started': CommandStarted,
    'command.finished': CommandFinished,
    // 2.1
    'events.damaged': EventsDamaged,
    'cache.error': CacheError,
    'step.fanned_out': StepFannedOut,
    'secret.unmaskable': SecretUnmaskable,
    'budget.exceeded': BudgetExceeded,
    'rate_limit.paused': RateLimitPaused,
    // 2.2
    'job.interrupted': JobInterrupted,
    'batch.submitted': BatchSubmitted,
    'batch.completed': BatchCompleted,
};

;// CONCATENATED MODULE: ./lib/events/decode.js
/**
 * Event lines decoded once, at the boundary, into checked types. Two views of a line:
 *
 * - `decodeEvent`: the whole payload matches its type's schema (./schemas.ts), or the line is not
 *   decoded. For readers that act on an event (the fold, progress lines).
 * - `viewEvent`: every field of the payload that matches its schema, the rest dropped
 *   (`Partial`, all the way down). For readers that show what a run left: an older version's
 *   payload, a partial or forged one still shows what it holds, and a field of the wrong type
 *   reads as absent instead of reaching a renderer.
 *
 * A type this version does not write (a newer version's) has neither view: typed readers pass it
 * by, generic ones print its fields (`fieldsOf`, ./types.ts). The envelope was checked when the
 * line was read (./reader.ts); a torn last line never gets here.
 */


/** Every event type this version writes: the keys of the schema table. */
const EVENT_TYPES = Object.freeze(Object.keys(schemas_EVENT_DATA));
function isEventType(type) {
    return typeof type === 'string' && Object.hasOwn(schemas_EVENT_DATA, type);
}
/** The typed view of an event line, or undefined when its type is unknown or its payload does not match. */
function decodeEvent(event) {
    if (!isEventType(event.type))
        return undefined;
    const parsed = EVENT_DATA[event.type].safeParse(event.data);
    if (!parsed.success)
        return undefined;
    // The schema of `event.type` accepted the payload: the pair is that type's event.
    return { ...event, type: event.type, data: parsed.data };
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/**
 * The lenient form of a payload schema: an object keeps each field that parses (a field that does
 * not reads as absent), an array the items that parse, a record the entries that parse, and a
 * union the first member that parses whole, else the member its discriminator names, read leniently.
 */
function lenient(s) {
    if (s instanceof ZodObject) {
        const shape = s.shape;
        return looseObject(Object.fromEntries(Object.entries(shape).map(([k, f]) => [k, lenient(f).optional().catch(undefined)])));
    }
    if (s instanceof ZodOptional)
        return lenient(s.unwrap()).optional();
    if (s instanceof ZodNullable)
        return lenient(s.unwrap()).nullable();
    if (s instanceof ZodArray) {
        const item = lenient(s.element);
        return array(unknown()).transform((items) => items.flatMap((v) => {
            const r = item.safeParse(v);
            return r.success ? [r.data] : [];
        }));
    }
    if (s instanceof ZodRecord) {
        const value = lenient(s.valueType);
        return record(schemas_string(), unknown()).transform((rec) => {
            const out = {};
            for (const [k, v] of Object.entries(rec)) {
                const r = value.safeParse(v);
                if (r.success)
                    out[k] = r.data;
            }
            return out;
        });
    }
    if (s instanceof ZodUnion) {
        const options = s.options;
        const tag = s.def.discriminator;
        const loose = options.map(lenient);
        return unknown().transform((v, ctx) => {
            for (const o of options) {
                const r = o.safeParse(v);
                if (r.success)
                    return r.data;
            }
            if (tag !== undefined && isObject(v)) {
                for (const o of loose) {
                    const r = o.safeParse(v);
                    if (r.success && isObject(r.data) && r.data[tag] !== undefined)
                        return r.data;
                }
            }
            ctx.addIssue({ code: 'custom', message: 'no member of the union matches' });
            return NEVER;
        });
    }
    return s;
}
const LENIENT = new Map();
/**
 * The lenient schema of a type, or with `fields` of just those fields of an object payload (the
 * others left out, not passed through): a reader of two scalars of job.started does not decode its
 * 10,000-entry graph.
 */
function lenientSchema(type, fields) {
    const key = fields ? `${type} ${fields.join(',')}` : type;
    let s = LENIENT.get(key);
    if (!s) {
        const full = schemas_EVENT_DATA[type];
        if (fields && full instanceof ZodObject) {
            const shape = full.shape;
            s = object(Object.fromEntries(fields.filter((f) => Object.hasOwn(shape, f)).map((f) => [f, lenient(shape[f]).optional().catch(undefined)])));
        }
        else
            s = lenient(full);
        LENIENT.set(key, s);
    }
    return s;
}
/**
 * The lenient typed view of an event line (see the top of this file), or undefined when it is not
 * an object or its type is not one this version writes. With `fields`, only those fields of an
 * object payload are decoded (every field of a view is optional, so a reader of those fields
 * reads the same values).
 */
function viewEvent(event, fields) {
    if (!isObject(event) || !isEventType(event.type))
        return undefined;
    const payload = isObject(event.data) ? event.data : {};
    let data;
    if (fields)
        data = lenientSchema(event.type, fields).safeParse(payload).data;
    else {
        const strict = schemas_EVENT_DATA[event.type].safeParse(payload);
        data = strict.success ? strict.data : lenientSchema(event.type).safeParse(payload).data;
    }
    // Either the strict schema of `event.type` accepted the payload, or its lenient form (every
    // field optional and checked) produced it: the pair is that type's view. The envelope is the
    // line's as read (./reader.ts checked it on the way in).
    return { ...event, type: event.type, data: data ?? {} };
}
function* viewEvents(events, only, fields) {
    const wanted = only && new Set(only);
    for (const line of events) {
        if (wanted && !(isObject(line) && wanted.has(line.type)))
            continue;
        const e = viewEvent(line, fields);
        if (e)
            yield e;
    }
}

;// CONCATENATED MODULE: ./lib/report/digest.js
/** What the events add to the manifest: retries, fallbacks, circuit trips and check verdicts per step. */

function verdicts(list) {
    return list.map((v, i) => ({
        index: v.index ?? i,
        type: v.type ?? '',
        passed: v.passed === true,
        severity: v.severity ?? 'fail',
        message: v.message ?? '',
        ...(v.score !== undefined ? { score: v.score } : {}),
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        ...(v.errored === true ? { errored: true } : {}),
    }));
}
const DIGESTED = [
    'step.retrying',
    'route.fallback',
    'circuit.opened',
    'quality.passed',
    'quality.failed',
    'llm.error',
];
function digest_digestEvents(events) {
    const digest = {
        retries: new Map(),
        fallbacks: new Map(),
        circuitsOpened: [],
        lastErrors: new Map(),
        checks: new Map(),
    };
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const e of viewEvents(events, DIGESTED)) {
        const step = typeof e.step_id === 'string' ? e.step_id : '';
        if (e.type === 'step.retrying')
            bump(digest.retries, step);
        else if (e.type === 'route.fallback')
            bump(digest.fallbacks, step);
        else if (e.type === 'circuit.opened')
            digest.circuitsOpened.push(e.data.provider ?? '?');
        else if ((e.type === 'quality.passed' || e.type === 'quality.failed') && step && e.data.verdicts)
            digest.checks.set(step, verdicts(e.data.verdicts));
        else if (e.type === 'llm.error' && step && e.data.message !== undefined) {
            const list = digest.lastErrors.get(step) ?? [];
            list.push(`${e.type}: ${e.data.message}`);
            if (list.length > 3)
                list.shift();
            digest.lastErrors.set(step, list);
        }
    }
    return digest;
}

;// CONCATENATED MODULE: ./lib/report/fit.js
const measureChars = (t) => t.length;
const fit_measureBytes = (t) => Buffer.byteLength(t, 'utf8');
const SEP = '\n\n';
function fit_fitReport(sections, limit, measure, droppedNote) {
    const cache = new Map();
    const get = (i, level) => {
        const k = `${i}:${level}`;
        let hit = cache.get(k);
        if (!hit) {
            const text = sections[i].render(level);
            hit = { text, size: measure(text) };
            cache.set(k, hit);
        }
        return hit;
    };
    const level = sections.map(() => 0);
    const dropped = new Set();
    const sepSize = measure(SEP);
    const size = () => {
        let total = 0;
        let parts = 0;
        sections.forEach((_, i) => {
            if (dropped.has(i))
                return;
            const s = get(i, level[i]);
            if (!s.text)
                return;
            total += s.size;
            parts++;
        });
        const note = dropped.size ? measure(droppedNote(names())) + sepSize : 0;
        return total + Math.max(0, parts - 1) * sepSize + note + 1;
    };
    const names = () => [...dropped].sort((a, b) => a - b).map((i) => sections[i].name);
    const order = sections
        .map((s, i) => ({ s, i }))
        .sort((a, b) => a.s.keep - b.s.keep || b.i - a.i)
        .map((x) => x.i);
    // Phase 1: shrink, a level at a time, least important first, until it fits or nothing shrinks.
    let shrunk = true;
    while (size() > limit && shrunk) {
        shrunk = false;
        for (const i of order) {
            if (level[i] < sections[i].levels - 1) {
                level[i]++;
                shrunk = true;
                if (size() <= limit)
                    break;
            }
        }
    }
    // Phase 2: drop whole sections, least important first; the first section always stays.
    for (const i of order) {
        if (size() <= limit)
            break;
        if (sections[i].keep !== Infinity)
            dropped.add(i);
    }
    const parts = sections.flatMap((_, i) => (dropped.has(i) ? [] : [get(i, level[i]).text])).filter(Boolean);
    if (dropped.size)
        parts.push(droppedNote(names()));
    let text = `${parts.join(SEP)}\n`;
    if (measure(text) > limit)
        text = hardCut(text, limit, measure, droppedNote(['the rest']));
    const levels = new Map();
    sections.forEach((s, i) => {
        if (!dropped.has(i))
            levels.set(s.name, level[i]);
    });
    return { text, levels, dropped: names() };
}
/** Last resort (a limit smaller than the title): whole lines, then close any open fence and <details>. */
function hardCut(text, limit, measure, note) {
    const budget = limit - measure(note) - 64;
    let out = '';
    let used = 0;
    let fenceOpen;
    let details = 0;
    for (const line of text.split('\n')) {
        const add = measure(line) + 1;
        if (used + add > budget)
            break;
        out += `${line}\n`;
        used += add;
        const f = line.match(/^(`{3,}|~{3,})/);
        if (f)
            fenceOpen = fenceOpen === undefined ? f[1] : line.trim() === fenceOpen ? undefined : fenceOpen;
        if (fenceOpen === undefined)
            details += (line.match(/<details[ >]/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length;
    }
    if (fenceOpen)
        out += `${fenceOpen}\n`;
    out += '\n</details>\n'.repeat(Math.max(0, details));
    return `${out}\n${note}\n`;
}

;// CONCATENATED MODULE: ./lib/report/format.js
/** A number from a manifest, which may be forged: anything that is not a finite number is 0. */
function format_num(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
function format_formatDuration(ms) {
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
function format_formatCost(usd) {
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
function format_formatCount(n) {
    const v = format_num(n);
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
function format_statusIcon(status) {
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
function format_str(value) {
    if (typeof value === 'string')
        return value;
    if (value === undefined || value === null)
        return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
/** Data as a one-line code span: a backtick run longer than any inside, so it cannot close early. */
function format_code(value, max = 200) {
    const text = format_clip(format_str(value).replace(/\r?\n|\r/g, ' '), max).replace(/\n/g, ' ') || ' ';
    const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : '';
    return `${ticks}${pad}${text}${pad}${ticks}`;
}
/** A code span inside a table cell: GFM splits cells on `|` even inside code, unless escaped. */
function cellCode(value, max = 120) {
    return format_code(value, max).replace(/\|/g, '\\|');
}
/** Escapes data for HTML blocks (`<summary>`, `<details>` bodies outside code fences). */
function html(value) {
    return neutralizeMentions(breakAutolinks(format_str(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')));
}
/**
 * Data as Markdown text: every ASCII punctuation backslash-escaped (no emphasis, link, image, HTML, table cell),
 * newlines flattened.
 */
function mdText(value) {
    const flat = format_str(value).replace(/\r?\n|\r/g, ' ');
    return neutralizeMentions(breakAutolinks(flat).replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`));
}
/** A fence longer than any backtick run inside `text`, so error text cannot close it early. */
function format_fence(text, lang = '') {
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
function format_clip(text, max) {
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
function format_pickSteps(ids, limit, priority) {
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

;// CONCATENATED MODULE: ./lib/report/instances.js
/** How many failed instance ids a report names per step before it says "and N more". */
const FAILED_INSTANCES_SHOWN = 10;
const groups = new WeakMap();
/** Step id -> its instances, for every fanned-out step of the manifest (computed once per manifest). */
function instances_instanceGroups(m) {
    let g = groups.get(m.steps);
    if (g)
        return g;
    g = new Map();
    for (const [id, st] of Object.entries(m.steps ?? {})) {
        const parent = instanceParent(st);
        if (parent === undefined)
            continue;
        let grp = g.get(parent);
        if (!grp)
            g.set(parent, (grp = { total: 0, byStatus: {}, failed: [] }));
        grp.total++;
        const status = typeof st.status === 'string' ? st.status : 'pending';
        grp.byStatus[status] = (grp.byStatus[status] ?? 0) + 1;
        if (status === 'failed')
            grp.failed.push(id);
    }
    groups.set(m.steps, g);
    return g;
}
/** The step an instance entry belongs to, or undefined for a step's own entry. */
function instanceParent(st) {
    if (st && typeof st.instance_of === 'string')
        return st.instance_of;
    return undefined;
}
/** The manifest's steps without their instances, in the given order. */
function instances_withoutInstances(m, ids) {
    return ids.filter((id) => instanceParent(m.steps[id]) === undefined);
}
/** `12 instances: 10 succeeded, 2 failed (a[x], a[y])`, or undefined for a step that does not fan out. */
function instanceText(m, id, shown = FAILED_INSTANCES_SHOWN) {
    const g = instances_instanceGroups(m).get(id);
    const own = m.steps[id]?.instances;
    if (!g && !own)
        return undefined;
    const total = g?.total ?? own?.total ?? 0;
    const counts = g
        ? Object.entries(g.byStatus)
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([s, n]) => `${n} ${s}`)
        : [`${own.succeeded} succeeded`, ...(own.failed ? [`${own.failed} failed`] : [])];
    const failed = g?.failed ?? [];
    const names = failed.length
        ? ` (failed: ${failed.slice(0, shown).join(', ')}` +
            `${failed.length > shown ? `, and ${failed.length - shown} more` : ''})`
        : '';
    return `${total} instance${total === 1 ? '' : 's'}${total ? `: ${counts.join(', ')}` : ''}${names}`;
}

;// CONCATENATED MODULE: ./lib/report/counts.js

function counts_stepTally(m) {
    const t = {
        steps: 0,
        succeeded: 0,
        failed: 0,
        skipped: 0,
        instances: { total: 0, succeeded: 0, failed: 0, skipped: 0 },
    };
    for (const st of Object.values(m.steps ?? {})) {
        const bucket = instanceParent(st) === undefined ? t : t.instances;
        if (bucket === t)
            t.steps++;
        else
            t.instances.total++;
        if (st.status === 'succeeded')
            bucket.succeeded++;
        else if (st.status === 'failed')
            bucket.failed++;
        else if (st.status === 'skipped')
            bucket.skipped++;
    }
    return t;
}
/** `3 succeeded, 0 failed, 0 skipped of 3` plus `(+12 instances: 11 succeeded, 1 failed)` when there are any. */
function stepTallyText(t) {
    const i = t.instances;
    const parts = [
        `${i.succeeded} succeeded`,
        ...(i.failed ? [`${i.failed} failed`] : []),
        ...(i.skipped ? [`${i.skipped} skipped`] : []),
    ];
    return (`${t.succeeded} succeeded, ${t.failed} failed, ${t.skipped} skipped of ${t.steps}` +
        (i.total ? ` (+${i.total} instance${i.total === 1 ? '' : 's'}: ${parts.join(', ')})` : ''));
}
/** A step's row figures: its own, or for a fanned-out step the sum over its instances. */
function rolledUp(m, id) {
    const own = m.steps[id];
    if (!instances_instanceGroups(m).has(id))
        return {
            usage: own.usage,
            cost_usd: own.cost_usd,
            attempts: own.attempts,
            provider: own.provider,
            model: own.model,
        };
    const out = {
        usage: { input_tokens: 0, output_tokens: 0 },
        cost_usd: 0,
        attempts: 0,
        provider: own.provider,
        model: own.model,
    };
    const models = new Set();
    for (const st of Object.values(m.steps)) {
        if (instanceParent(st) !== id)
            continue;
        out.usage.input_tokens += st.usage.input_tokens;
        out.usage.output_tokens += st.usage.output_tokens;
        out.cost_usd += st.cost_usd;
        out.attempts += st.attempts;
        if (st.provider && !out.provider)
            out.provider = st.provider;
        if (st.model)
            models.add(st.model);
    }
    out.cost_usd = Math.round(out.cost_usd * 1e8) / 1e8;
    // One model for every instance names it; several are left out rather than one picked.
    if (!out.model && models.size === 1)
        out.model = [...models][0];
    return out;
}
/** `1 hit` / `2 hits`, `1 miss` / `0 misses`. */
function plural(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
/** True when no step that ran used the cache (`--no-cache`, the action's `cache: false`): reports say "cache off". */
function counts_cacheOff(m) {
    return Object.values(m.steps ?? {}).every((st) => st.cache !== 'hit' && st.cache !== 'miss');
}

;// CONCATENATED MODULE: ./lib/run/manifest-decode.js
/**
 * A manifest read from outside (a run artifact, a base branch's cache, an old version's run
 * folder) decoded once for the renderers: it may be forged or damaged, so the shapes they walk are
 * repaired rather than trusted. `steps` becomes an object of objects, each with an `outputs` array
 * of objects and a `usage` object; `graph` an object of string arrays; `totals` an object. Other
 * fields pass as they are: the renderers print every value through checks of their own
 * (report/format.ts), so a forged string or number shows as inert text or 0.
 */

const manifest_decode_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const anObject = unknown().transform((v) => (manifest_decode_isObject(v) ? v : {}));
const Step = anObject.transform((st) => ({
    ...st,
    outputs: Array.isArray(st.outputs) ? st.outputs.filter(manifest_decode_isObject) : [],
    usage: manifest_decode_isObject(st.usage) ? st.usage : {},
}));
const RepairedManifest = anObject.transform((m) => ({
    ...m,
    steps: Object.fromEntries(Object.entries(manifest_decode_isObject(m.steps) ? m.steps : {}).map(([id, st]) => [id, Step.parse(st)])),
    graph: Object.fromEntries(Object.entries(manifest_decode_isObject(m.graph) ? m.graph : {}).map(([id, v]) => [
        id,
        Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [],
    ])),
    totals: manifest_decode_isObject(m.totals) ? m.totals : {},
}));
/** The `schema` every manifest this version reads carries. */
const MANIFEST_SCHEMA = 'orchestrator.manifest/v1';
/**
 * manifest.json's text, decoded (see above); undefined when it is not JSON, or, with
 * `requireSchema`, not an orchestrator manifest.
 */
function manifest_decode_parseManifest(text, { requireSchema = true } = {}) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!manifest_decode_isObject(v) || (requireSchema && v.schema !== MANIFEST_SCHEMA))
        return undefined;
    return decodeManifest(v);
}
function decodeManifest(input) {
    // The repaired shapes are the ones every renderer walks; the scalar fields inside stay unchecked
    // on purpose (see above), which is what this one cast says.
    return RepairedManifest.parse(input);
}

;// CONCATENATED MODULE: ./lib/report/mermaid.js
/**
 * A Mermaid `flowchart TD` of a step DAG. Pure; lives in the spec layer so `orchestrator plan`
 * can use it, and src/report/mermaid.ts re-exports it for the job summary (colour by status).
 */
const CLASS_DEFS = {
    succeeded: 'fill:#dafbe1,stroke:#1a7f37,color:#1a7f37',
    cached: 'fill:#ddf4ff,stroke:#0969da,color:#0969da',
    failed: 'fill:#ffebe9,stroke:#cf222e,color:#cf222e',
    skipped: 'fill:#f6f8fa,stroke:#8c959f,color:#57606a,stroke-dasharray: 4 3',
    running: 'fill:#fff8c5,stroke:#9a6700,color:#9a6700',
    pending: 'fill:#ffffff,stroke:#8c959f,color:#57606a',
};
/** Mermaid labels are quoted strings; quotes and markup-ish characters become entity codes. */
function mermaidLabel(text) {
    return text.replace(/["#<>`{}|[\]\\]/g, (c) => `#${c.charCodeAt(0)};`).replace(/\r?\n/g, '<br/>');
}
/**
 * Node ids are `s0`, `s1`, ... (spec order): step ids like `end` or `graph` are Mermaid keywords,
 * so the step id only ever appears inside a quoted label.
 */
function mermaidFlowchart(nodes, opts = {}) {
    const idOf = new Map();
    nodes.forEach((n, i) => idOf.set(n.id, `s${i}`));
    const lines = [`flowchart ${opts.direction ?? 'TD'}`];
    for (const n of nodes) {
        const detail = opts.detailOf?.(n.id);
        const text = mermaidLabel(n.label ?? n.id) + (detail ? `<br/><small>${mermaidLabel(detail)}</small>` : '');
        const nid = idOf.get(n.id);
        lines.push(n.kind === 'command' ? `  ${nid}{{"${text}"}}` : `  ${nid}("${text}")`);
    }
    for (const n of nodes) {
        for (const need of n.needs) {
            const from = idOf.get(need);
            if (from)
                lines.push(`  ${from} --> ${idOf.get(n.id)}`);
        }
    }
    if (opts.statusOf) {
        const byStatus = new Map();
        for (const n of nodes) {
            const s = opts.statusOf(n.id);
            if (s && s in CLASS_DEFS) {
                const list = byStatus.get(s) ?? [];
                list.push(idOf.get(n.id));
                byStatus.set(s, list);
            }
        }
        for (const [status, ids] of byStatus) {
            lines.push(`  classDef ${status} ${CLASS_DEFS[status]}`);
            lines.push(`  class ${ids.join(',')} ${status}`);
        }
    }
    return `${lines.join('\n')}\n`;
}
/** Mermaid's defaults (mermaid 11 `defaultConfig`): more edges than this and the flowchart is an
 * "Edge limit exceeded" box; more text than this and it is "Maximum text size in diagram exceeded".
 * GitHub renders with these defaults, so every diagram we emit stays within them. */
const MERMAID_MAX_EDGES = 500;
const mermaid_MERMAID_MAX_TEXT = 50_000;
/** Longest-path level of each node (roots 0), iteratively so a 10,000-step chain cannot overflow. */
function levelsOf(nodes) {
    const ids = new Set(nodes.map((n) => n.id));
    const dependents = new Map();
    const indegree = new Map();
    for (const n of nodes) {
        const needs = n.needs.filter((x) => ids.has(x) && x !== n.id);
        indegree.set(n.id, needs.length);
        for (const need of needs) {
            const list = dependents.get(need);
            if (list)
                list.push(n.id);
            else
                dependents.set(need, [n.id]);
        }
    }
    const level = new Map();
    const queue = nodes.filter((n) => indegree.get(n.id) === 0).map((n) => n.id);
    for (const id of queue)
        level.set(id, 0);
    for (let i = 0; i < queue.length; i++) {
        const id = queue[i];
        for (const d of dependents.get(id) ?? []) {
            level.set(d, Math.max(level.get(d) ?? 0, level.get(id) + 1));
            const left = indegree.get(d) - 1;
            indegree.set(d, left);
            if (left === 0)
                queue.push(d);
        }
    }
    // A cycle (never in a valid spec) leaves nodes unlevelled: put them last rather than lose them.
    const top = Math.max(0, ...level.values());
    for (const n of nodes)
        if (!level.has(n.id))
            level.set(n.id, top + 1);
    return level;
}
function countEdges(nodes) {
    const ids = new Set(nodes.map((n) => n.id));
    let edges = 0;
    for (const n of nodes)
        for (const need of new Set(n.needs))
            if (ids.has(need))
                edges++;
    return edges;
}
/** `STEP[KEY]`: an instance of a for_each step. */
const FOR_EACH_INSTANCE = /^([a-z0-9][a-z0-9_-]*)\[[\s\S]*\]$/;
const STATUS_RANK = (/* unused pure expression or super */ null && (['failed', 'running', 'skipped', 'pending', 'succeeded', 'cached']));
/**
 * The DAG within Mermaid's limits. When it fits (nodes, edges and text) it is drawn whole, as
 * mermaidFlowchart draws it. Otherwise the steps that matter most (`priority`) keep their own node
 * and the rest are collapsed into one node per level band ("levels 3-5: 120 steps"), with one edge
 * per connected pair; the number of individual nodes is the largest that keeps every limit.
 */
function mermaid_cappedFlowchart(nodes, opts = {}) {
    const maxNodes = opts.maxNodes ?? 200;
    const maxEdges = Math.min(opts.maxEdges ?? MERMAID_MAX_EDGES, MERMAID_MAX_EDGES);
    const maxChars = Math.min(opts.maxChars ?? 40_000, mermaid_MERMAID_MAX_TEXT);
    const total = nodes.length;
    if (total <= maxNodes && countEdges(nodes) <= maxEdges) {
        const text = mermaidFlowchart(nodes, opts).trimEnd();
        if (text.length <= maxChars)
            return { text, shown: total, total, groups: 0, edges: countEdges(nodes) };
    }
    const level = levelsOf(nodes);
    const maxLevel = Math.max(0, ...level.values());
    // At most ~40 bands, so a 2,000-step chain collapses into a readable column; fewer bands when
    // even the bands alone would not fit.
    for (const bands of [40, 20, 10, 5, 1]) {
        const d = collapsed(nodes, opts, level, Math.max(1, Math.ceil((maxLevel + 1) / bands)), {
            maxNodes,
            maxEdges,
            maxChars,
        });
        if (d)
            return d;
    }
    return { text: 'flowchart LR\n  s0("DAG too large to draw")', shown: 0, total, groups: 1, edges: 0 };
}
function collapsed(nodes, opts, level, bandSize, caps) {
    const { maxNodes, maxEdges, maxChars } = caps;
    const total = nodes.length;
    // Instances of a for_each step (`STEP[KEY]`, docs/reference.md: Fan-out) collapse into one node per step;
    // other steps into one node per level band.
    const groupOf = (id) => {
        const each = FOR_EACH_INSTANCE.exec(id);
        return each ? `each:${each[1]}` : `band:${Math.floor(level.get(id) / bandSize)}`;
    };
    const order = nodes
        .map((n, i) => ({ n, i, p: opts.priority?.(n.id) ?? 0 }))
        .sort((a, b) => a.p - b.p || a.i - b.i)
        .map((x) => x.n);
    const build = (k) => {
        const explicit = new Set(order.slice(0, k).map((n) => n.id));
        const repOf = (id) => (explicit.has(id) ? id : groupOf(id));
        const groups = new Map();
        for (const n of nodes) {
            if (explicit.has(n.id))
                continue;
            const gid = groupOf(n.id);
            const l = level.get(n.id);
            const g = groups.get(gid);
            if (g) {
                g.members.push(n.id);
                g.lo = Math.min(g.lo, l);
                g.hi = Math.max(g.hi, l);
            }
            else
                groups.set(gid, { members: [n.id], lo: l, hi: l });
        }
        const out = [];
        const groupStatus = new Map();
        const groupLabel = new Map();
        // Keep spec order for the explicit nodes; groups follow in level order.
        for (const n of nodes)
            if (explicit.has(n.id))
                out.push({ ...n, needs: [] });
        for (const [gid, { members, lo, hi }] of [...groups].sort((a, b) => a[1].lo - b[1].lo || (a[0] < b[0] ? -1 : 1))) {
            const counts = new Map();
            for (const m of members) {
                const s = opts.statusOf?.(m);
                if (s)
                    counts.set(s, (counts.get(s) ?? 0) + 1);
            }
            const worst = STATUS_RANK.find((s) => counts.has(s));
            groupStatus.set(gid, worst);
            const tally = STATUS_RANK.filter((s) => counts.has(s))
                .map((s) => `${counts.get(s)} ${s}`)
                .join(', ');
            const n = members.length;
            const what = gid.startsWith('each:')
                ? `${gid.slice(5)}[…]: ${n} more instance${n === 1 ? '' : 's'}`
                : `${lo === hi ? `level ${lo}` : `levels ${lo}-${hi}`}: ${n} more step${n === 1 ? '' : 's'}`;
            groupLabel.set(gid, `${what}${tally ? `\n${tally}` : ''}`);
            out.push({ id: gid, needs: [], label: groupLabel.get(gid) });
        }
        const needsOf = new Map(out.map((n) => [n.id, new Set()]));
        for (const n of nodes) {
            const to = repOf(n.id);
            for (const need of n.needs) {
                if (!level.has(need))
                    continue;
                const from = repOf(need);
                if (from !== to)
                    needsOf.get(to).add(from);
            }
        }
        const drawn = out.map((n) => ({ ...n, needs: [...needsOf.get(n.id)] }));
        const text = mermaidFlowchart(drawn, {
            ...opts,
            statusOf: (id) => (groupStatus.has(id) ? groupStatus.get(id) : opts.statusOf?.(id)),
            detailOf: (id) => (groupLabel.has(id) ? undefined : opts.detailOf?.(id)),
        }).trimEnd();
        return { text, shown: explicit.size, total, groups: groupLabel.size, edges: countEdges(drawn) };
    };
    const fits = (d) => d.edges <= maxEdges && d.text.length <= maxChars;
    // Edges are not monotonic in k, but close enough that a binary search then a walk down finds
    // the largest k that fits in O(log n) builds.
    let lo = 0;
    let hi = Math.min(total, maxNodes);
    let best = build(0);
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        const d = build(mid);
        if (fits(d)) {
            lo = mid;
            best = d;
        }
        else
            hi = mid - 1;
    }
    if (best.shown !== lo)
        best = build(lo);
    while (!fits(best) && lo > 0)
        best = build(--lo);
    return fits(best) ? best : undefined;
}

;// CONCATENATED MODULE: ./lib/report/sections.js





/**
 * A manifest read from an artifact may be forged or damaged: the renderers walk the shapes run/manifest-decode.ts
 * repairs.
 */
function sections_normalizeManifest(input) {
    return decodeManifest(input);
}
/** Known engine words print as they are; anything else from a manifest is shown as code. */
const WORD = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
function word(value) {
    const s = format_str(value);
    return WORD.test(s) && s.length <= 40 ? s : cellCode(s, 40);
}
/**
 * Steps in the order a reader expects: as they ran (by start time), then those that never started
 * by DAG level. Not Object.keys order: a JSON object puts integer-like keys ("0", "42") first.
 */
const orders = new WeakMap();
function sections_stepOrder(m) {
    let cached = orders.get(m);
    if (!cached) {
        cached = computeOrder(m);
        orders.set(m, cached);
    }
    return [...cached];
}
function computeOrder(m) {
    const ids = Object.keys(m.steps ?? {});
    const level = levelsOf(ids.map((id) => ({ id, needs: Array.isArray(m.graph?.[id]) ? m.graph[id] : [] })));
    const start = (id) => {
        const t = Date.parse(format_str(m.steps[id]?.started_at));
        return Number.isFinite(t) ? t : Infinity;
    };
    return ids
        .map((id, i) => ({ id, i, t: start(id), l: level.get(id) ?? 0 }))
        .sort((a, b) => (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.l - b.l || a.i - b.i)
        .map((x) => x.id);
}
const RANK = { failed: 0, running: 1, skipped: 2, pending: 3 };
function sections_failuresFirst(m, ids) {
    return ids
        .map((id, i) => ({ id, i, r: RANK[m.steps[id]?.status] ?? 4 }))
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .map((x) => x.id);
}
function failedSteps(m) {
    return sections_stepOrder(m).filter((id) => m.steps[id].status === 'failed');
}
function checksCell(s, digest, id) {
    const v = digest.checks.get(id);
    if (v?.length) {
        const passed = v.filter((x) => x.passed).length;
        return `${passed}/${v.length}${passed < v.length ? ' ❌' : ' ✅'}`;
    }
    if (s.checks && (format_num(s.checks.passed) || format_num(s.checks.failed))) {
        const p = format_num(s.checks.passed);
        const t = p + format_num(s.checks.failed);
        return `${p}/${t}${p < t ? ' ❌' : ' ✅'}`;
    }
    return '–';
}
function stepRow(id, s, digest, m) {
    const fanned = instanceText(m, id, 3);
    const status = s.status === 'skipped' && s.reason
        ? `${word(s.status)} (${word(s.reason)})`
        : fanned
            ? `${word(s.status)} (${cellCode(fanned, 300)})`
            : word(s.status);
    const model = s.provider ? cellCode(`${format_str(s.provider)}${s.model ? ` / ${format_str(s.model)}` : ''}`, 80) : '–';
    const retries = digest.retries.get(id);
    const fallbacks = digest.fallbacks.get(id);
    const extra = [
        retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '',
        fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    // A fanned-out step's figures are its instances' sums (src/report/counts.ts).
    const r = s.usage ? rolledUp(m, id) : undefined;
    return (`| ${format_statusIcon(s.status)} ${cellCode(id)} | ${status} | ${format_formatDuration(s.duration_ms)} | ` +
        `${word(s.cache)} | ${model} | ${format_formatCount(r?.attempts ?? s.attempts)}${extra ? ` (${extra})` : ''} | ` +
        `${checksCell(s, digest, id)} | ${format_formatCount(r?.usage.input_tokens ?? s.usage?.input_tokens)} / ` +
        `${format_formatCount(r?.usage.output_tokens ?? s.usage?.output_tokens)} | ` +
        `${format_formatCost(r?.cost_usd ?? s.cost_usd)} |`);
}
/**
 * The step table: every step up to `maxRows`; past it, failures first, saying how many were cut.
 * A fanned-out step is one row with its instances counted (./instances.ts).
 */
function sections_stepTable(m, digest, maxRows, whereElse) {
    const ids = instances_withoutInstances(m, sections_stepOrder(m));
    const shown = ids.length <= maxRows ? ids : sections_failuresFirst(m, ids).slice(0, maxRows);
    const rows = [
        '| Step | Status | Duration | Cache | Provider / model | Attempts | Checks | Tokens in / out | Cost |',
        '|---|---|---:|---|---|---:|---:|---:|---:|',
        ...shown.map((id) => stepRow(id, m.steps[id], digest, m)),
    ];
    if (shown.length < ids.length) {
        rows.push('', `> ⚠️ Table cut: ${format_formatCount(shown.length)} of ${format_formatCount(ids.length)} steps shown, failures ` +
            `first.${whereElse ? ` All of them are in ${whereElse}.` : ''}`);
    }
    return rows.join('\n');
}
/** Collapsed when long: a 1,000-row table open by default buries everything under it. */
function sections_collapsible(title, body, open) {
    return [`<details${open ? ' open' : ''}><summary>${title}</summary>`, '', body, '', '</details>'].join('\n');
}
const sections_FAILURE_LEVELS = [
    { errorChars: 4000, count: 100 },
    { errorChars: 1500, count: 100 },
    { errorChars: 600, count: 60 },
    { errorChars: 200, count: 30 },
    { errorChars: 0, count: 200 },
];
function failureBlock(id, s, digest, maxChars) {
    const err = s.error;
    const title = err ? `${format_str(err.code)}: ${format_str(err.message).split('\n')[0]}` : 'failed';
    const body = [
        err ? format_str(err.message) : 'no error recorded',
        ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`),
    ].join('\n');
    return [
        '<details>',
        `<summary>❌ <code>${html(clipLine(id, 200))}</code> — ${html(clipLine(title, 200))}</summary>`,
        '',
        format_fence(format_clip(body, maxChars)),
        err?.hint ? `\n**Hint:** ${mdText(format_clip(format_str(err.hint), 500))}` : '',
        '',
        '</details>',
    ].join('\n');
}
/** Every failure with its error; shrinking shortens the errors, then lists the failed ids only. */
function sections_failuresSection(m, digest, level, heading) {
    const failed = failedSteps(m);
    if (!failed.length)
        return '';
    if (level.errorChars === 0) {
        const list = failed
            .slice(0, level.count)
            .map((id) => format_code(id, 100))
            .join(', ');
        return [
            `${heading} (${format_formatCount(failed.length)})`,
            '',
            `❌ ${list}${failed.length > level.count ? ` … and ${format_formatCount(failed.length - level.count)} more` : ''}`,
            '',
            '> ⚠️ Error texts left out to fit the size limit.',
        ].join('\n');
    }
    const blocks = failed.slice(0, level.count).map((id) => failureBlock(id, m.steps[id], digest, level.errorChars));
    if (failed.length > level.count)
        blocks.push(`> ⚠️ Showing ${format_formatCount(level.count)} of ${format_formatCount(failed.length)} failures: ${failed
            .slice(level.count, level.count + 50)
            .map((id) => format_code(id, 60))
            .join(', ')}${failed.length > level.count + 50 ? ' …' : ''}`);
    return [`${heading} (${format_formatCount(failed.length)})`, '', ...blocks].join('\n');
}
/** Check verdicts per step, pass/fail per check (as promptfoo's table shows them). */
function sections_checksSection(m, digest, maxRows, heading) {
    const ids = sections_failuresFirst(m, sections_stepOrder(m).filter((id) => digest.checks.get(id)?.length));
    if (!ids.length)
        return '';
    const rows = [];
    let cut = 0;
    for (const id of ids) {
        for (const v of digest.checks.get(id)) {
            if (rows.length >= maxRows) {
                cut++;
                continue;
            }
            const verdict = v.errored ? '⚠️ errored' : v.passed ? '✅ pass' : v.severity === 'warn' ? '⚠️ warn' : '❌ fail';
            // Index -1: the output_schema verdict, not one of the step's listed checks.
            const check = v.index >= 0 ? `${v.index + 1}. ${word(v.type)}` : 'output_schema';
            // A passing similar / judge check still shows its score and the judge's reason.
            const scored = v.score !== undefined || v.reason !== undefined;
            rows.push(`| ${cellCode(id)} | ${check} | ${verdict} | ${v.passed && !scored ? '' : cellCode(v.message, 160)} |`);
        }
    }
    const total = ids.reduce((n, id) => n + digest.checks.get(id).length, 0);
    const failed = ids.reduce((n, id) => n + digest.checks.get(id).filter((v) => !v.passed).length, 0);
    const table = [
        '| Step | Check | Result | Message |',
        '|---|---|---|---|',
        ...rows,
        ...(cut ? ['', `> ⚠️ ${format_formatCount(cut)} more check results not shown (failures first).`] : []),
    ].join('\n');
    return [
        heading,
        '',
        sections_collapsible(`${format_formatCount(total - failed)} of ${format_formatCount(total)} checks passed`, table, failed > 0 && rows.length <= 30),
    ].join('\n');
}
/** Cost and tokens per provider / model, from the steps. */
function sections_modelsSection(m, heading) {
    const by = new Map();
    for (const s of Object.values(m.steps ?? {})) {
        if (!s.provider)
            continue;
        const key = `${format_str(s.provider)}${s.model ? ` / ${format_str(s.model)}` : ''}`;
        const row = by.get(key) ?? { steps: 0, input: 0, output: 0, cost: 0 };
        row.steps++;
        row.input += format_num(s.usage?.input_tokens);
        row.output += format_num(s.usage?.output_tokens);
        row.cost += format_num(s.cost_usd);
        by.set(key, row);
    }
    if (!by.size)
        return '';
    const rows = [...by]
        .sort((a, b) => b[1].cost - a[1].cost || a[0].localeCompare(b[0]))
        .slice(0, 30)
        .map(([k, r]) => `| ${cellCode(k, 80)} | ${format_formatCount(r.steps)} | ${format_formatCount(r.input)} | ${format_formatCount(r.output)} ` +
        `| ${format_formatCost(r.cost)} |`);
    return [
        heading,
        '',
        '| Provider / model | Steps | Tokens in | Tokens out | Cost |',
        '|---|---:|---:|---:|---:|',
        ...rows,
    ].join('\n');
}
const sections_PREVIEW_LEVELS = [
    { steps: 50, chars: 2000 },
    { steps: 20, chars: 800 },
    { steps: 5, chars: 300 },
];
/** Each step's first output, collapsed and cut, inside a code fence (inert: nothing in it renders). */
function sections_previewsSection(m, previews, level, heading) {
    if (!previews)
        return '';
    const ids = sections_stepOrder(m).filter((id) => previews[id]);
    if (!ids.length)
        return '';
    const blocks = ids.slice(0, level.steps).map((id) => {
        const p = previews[id];
        const size = p.size_bytes ?? Buffer.byteLength(p.text, 'utf8');
        return [
            `<details><summary><code>${html(clipLine(id, 120))}</code> → ` +
                `<code>${html(clipLine(p.path, 200))}</code> (${format_formatCount(size)} bytes)</summary>`,
            '',
            format_fence(format_clip(p.text, level.chars)),
            '',
            '</details>',
        ].join('\n');
    });
    if (ids.length > level.steps)
        blocks.push(`> ${format_formatCount(ids.length - level.steps)} more outputs not previewed.`);
    return [heading, '', ...blocks].join('\n');
}

;// CONCATENATED MODULE: ./lib/report/pr-changes.js
/**
 * "What this PR changed": this run against the latest run of the base branch. Pure: two run
 * snapshots (manifest + the texts of their outputs) in, a comparison and its Markdown out.
 * A step changed when its cache key differs (its prompt, inputs, provider or upstream outputs
 * changed); an output differs when its sha256 does. Diffs are unified (jsdiff), collapsed and capped.
 */



function outputsByPath(m) {
    const out = new Map();
    for (const [id, s] of Object.entries(m.steps ?? {})) {
        for (const o of Array.isArray(s.outputs) ? s.outputs : [])
            out.set(str(o.path), { sha: str(o.sha256), step: id });
    }
    return out;
}
function comparePrRuns(base, head) {
    const b = base.manifest;
    const h = head.manifest;
    const steps = [];
    for (const id of stepOrder(h)) {
        const before = b.steps?.[id];
        if (!before)
            steps.push({ id, change: 'added' });
        // Without a key on both sides (a step that never ran on one) there is nothing to compare.
        else if (before.cache_key && h.steps[id].cache_key && str(before.cache_key) !== str(h.steps[id].cache_key))
            steps.push({ id, change: 'changed' });
    }
    for (const id of stepOrder(b))
        if (!h.steps?.[id])
            steps.push({ id, change: 'removed' });
    const bo = outputsByPath(b);
    const ho = outputsByPath(h);
    const outputs = [];
    const paths = [...new Set([...ho.keys(), ...bo.keys()])].sort();
    for (const path of paths) {
        const x = bo.get(path);
        const y = ho.get(path);
        if (x && y && x.sha === y.sha)
            continue;
        const change = !x ? 'added' : !y ? 'removed' : 'changed';
        const before = x ? base.outputs[path] : '';
        const after = y ? head.outputs[path] : '';
        const diff = before === undefined || after === undefined
            ? undefined
            : createTwoFilesPatch(`base/${path}`, `head/${path}`, before, after, undefined, undefined, { context: 3 });
        outputs.push({ path, step: (y ?? x).step, change, diff });
    }
    const t = (m) => m.totals ?? {};
    return {
        baseSha: base.sha,
        steps,
        outputs,
        cost: { base: num(t(b).cost_usd), head: num(t(h).cost_usd) },
        duration: { base: num(t(b).duration_ms), head: num(t(h).duration_ms) },
        tokens: {
            base: num(t(b).input_tokens) + num(t(b).output_tokens),
            head: num(t(h).input_tokens) + num(t(h).output_tokens),
        },
        unchanged: steps.length === 0 && outputs.length === 0,
    };
}
const PR_CHANGES_LEVELS = [
    { maxSteps: 100, maxDiffs: 20, maxDiffChars: 6000 },
    { maxSteps: 50, maxDiffs: 10, maxDiffChars: 2000 },
    { maxSteps: 20, maxDiffs: 5, maxDiffChars: 500 },
    { maxSteps: 10, maxDiffs: 0, maxDiffChars: 0 },
];
function delta(base, head, fmt) {
    if (base === head)
        return `${fmt(head)} (same)`;
    const sign = head > base ? '+' : '−';
    return `${fmt(head)} (${sign}${fmt(Math.abs(head - base))} vs base ${fmt(base)})`;
}
const VERB = { added: 'new', removed: 'removed', changed: 'changed' };
/** The comment section; a run with nothing changed says so in one line. */
function renderPrChanges(c, level = PR_CHANGES_LEVELS[0]) {
    const base = c.baseSha ? ` ${format_code(c.baseSha.slice(0, 12), 20)}` : '';
    if (c.unchanged)
        return `**What this PR changed:** nothing: every step and output is the same as on the base branch${base}.`;
    const lines = [
        '### What this PR changed',
        '',
        `Against the latest run of the base branch${base}: ${format_formatCount(c.steps.length)} ` +
            `step${c.steps.length === 1 ? '' : 's'} changed, ${format_formatCount(c.outputs.length)} ` +
            `output${c.outputs.length === 1 ? ' differs' : 's differ'}.`,
        `Cost ${delta(c.cost.base, c.cost.head, format_formatCost)} · time ` +
            `${delta(c.duration.base, c.duration.head, format_formatDuration)} · tokens ` +
            `${delta(c.tokens.base, c.tokens.head, format_formatCount)}`,
    ];
    if (c.steps.length) {
        const shown = c.steps
            .slice(0, level.maxSteps)
            .map((s) => `${format_code(s.id, 100)} (${VERB[s.change]})`)
            .join(', ');
        lines.push('', `Steps: ${shown}` +
            `${c.steps.length > level.maxSteps ? ` … and ${format_formatCount(c.steps.length - level.maxSteps)} more` : ''}`);
    }
    if (c.outputs.length) {
        lines.push('');
        for (const [i, o] of c.outputs.entries()) {
            if (i >= level.maxDiffs) {
                const rest = c.outputs
                    .slice(i, i + 50)
                    .map((x) => format_code(x.path, 120))
                    .join(', ');
                lines.push(`Also differ: ${rest}${c.outputs.length > i + 50 ? ' …' : ''}`);
                break;
            }
            const title = `<code>${html(clipLine(o.path, 200))}</code> ${VERB[o.change]}` +
                `${o.step ? ` (step <code>${html(clipLine(o.step, 100))}</code>)` : ''}`;
            const body = o.diff === undefined
                ? 'The text of one side was not kept (binary or too big).'
                : format_fence(format_clip(o.diff, level.maxDiffChars), 'diff');
            lines.push(`<details><summary>${title}</summary>`, '', body, '', '</details>');
        }
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/report/pr-quality.js
/**
 * Quality against the base branch (docs/reference.md, "Quality against the base branch"): each
 * sampled or gated step's pass rate here beside the same step in the base branch's latest run,
 * with a two-sided Fisher exact test. A difference is called `regressed` or `improved` only when
 * it is significant at the step's gate confidence (0.95 without a gate), so sampling noise is
 * never shown as a change. Pure: two manifests in, a comparison and its Markdown out.
 */



const DEFAULT_CONFIDENCE = 0.95;
function whole(x) {
    return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : undefined;
}
/**
 * The pass count and confidence of a manifest entry's `samples`, read defensively: a base run
 * kept by an older release, or a hand-edited cache entry, may lack the object or hold nonsense.
 */
function samplesOf(entry) {
    const s = entry?.samples;
    if (!s || typeof s !== 'object')
        return undefined;
    const passed = whole(s.passed);
    const judged = whole(s.judged);
    if (passed === undefined || judged === undefined || passed > judged)
        return undefined;
    const c = s.confidence;
    const confidence = typeof c === 'number' && c > 0 && c < 1 ? c : DEFAULT_CONFIDENCE;
    return { passed, judged, confidence };
}
/**
 * Every step of `here` that has samples, against the same step of `base` (undefined: no base run).
 * A base step that was not sampled, or whose samples judged nothing, gives `no base`.
 */
function compareQuality(here, base) {
    const out = {};
    for (const id of stepOrder(here)) {
        const h = samplesOf(here.steps[id]);
        if (!h)
            continue;
        const b = base ? samplesOf(base.steps?.[id]) : undefined;
        const hereCount = { passed: h.passed, judged: h.judged };
        if (!b || b.judged === 0) {
            out[id] = { here: hereCount, base: null, p: null, verdict: 'no base' };
            continue;
        }
        const p = fisherExactTwoSided(h.passed, h.judged - h.passed, b.passed, b.judged - b.passed);
        // Rates compared by cross-multiplication: exact for whole counts. A here-side that judged
        // nothing has no rate; its table has a zero margin, so p = 1 and the verdict is no change.
        const diff = h.passed * b.judged - b.passed * h.judged;
        const significant = h.judged > 0 && p < 1 - h.confidence;
        const verdict = significant && diff < 0 ? 'regressed' : significant && diff > 0 ? 'improved' : 'no significant change';
        out[id] = { here: hereCount, base: { passed: b.passed, judged: b.judged }, p, verdict };
    }
    return out;
}
/** Two significant digits, as a reader compares p with 0.05; tiny values as "< 0.001". */
function formatP(p) {
    if (p < 0.001)
        return '< 0.001';
    return `= ${Number(p.toPrecision(2))}`;
}
/** `summary: 12/20 here vs 19/20 base (p = 0.02), regressed` */
function qualityLine(id, q) {
    const here = `${format_formatCount(q.here.passed)}/${format_formatCount(q.here.judged)} here`;
    if (!q.base || q.p === null)
        return `${format_code(id, 100)}: ${here}, no base`;
    return (`${format_code(id, 100)}: ${here} vs ${format_formatCount(q.base.passed)}/${format_formatCount(q.base.judged)} base (p ` +
        `${formatP(q.p)}), ${q.verdict}`);
}
const ICON = {
    regressed: '🔻',
    improved: '🔺',
    'no significant change': '',
    'no base': '',
};
/** The report section; empty when no step was sampled. `maxSteps` lists changes first. */
function pr_quality_renderPrQuality(q, heading, maxSteps = 100, note) {
    const ids = Object.keys(q);
    if (!ids.length)
        return '';
    const rank = (v) => (v === 'regressed' ? 0 : v === 'improved' ? 1 : 2);
    const shown = [...ids].sort((x, y) => rank(q[x].verdict) - rank(q[y].verdict)).slice(0, maxSteps);
    const regressed = ids.filter((id) => q[id].verdict === 'regressed').length;
    const improved = ids.filter((id) => q[id].verdict === 'improved').length;
    const noBase = ids.every((id) => q[id].verdict === 'no base');
    const headline = noBase
        ? `No base to compare pass rates with${note ? ` (${note})` : ''}.`
        : regressed || improved
            ? `${format_formatCount(regressed)} regressed, ${format_formatCount(improved)} improved, ` +
                `${format_formatCount(ids.length - regressed - improved)} without a significant change (two-sided Fisher ` +
                `exact test at each step's gate confidence).`
            : "No significant change in any pass rate (two-sided Fisher exact test at each step's gate confidence).";
    const lines = [
        heading,
        '',
        headline,
        '',
        ...shown.map((id) => `- ${ICON[q[id].verdict] ? `${ICON[q[id].verdict]} ` : ''}${qualityLine(id, q[id])}`),
    ];
    if (ids.length > shown.length)
        lines.push(`- … and ${format_formatCount(ids.length - shown.length)} more`);
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/report/mermaid-status.js



/** Sort priority for truncation: failures, then running, then done, then skipped. */
function mermaid_status_failuresFirst(manifest) {
    return (id) => {
        const s = manifest.steps[id]?.status;
        return s === 'failed' ? 0 : s === 'running' ? 1 : s === 'skipped' ? 3 : 2;
    };
}
/** For the DAG: failures, what they needed and what they took down, then the rest. */
function failureNeighbourhoodFirst(manifest) {
    const near = new Set();
    for (const [id, needs] of Object.entries(manifest.graph ?? {})) {
        if (manifest.steps[id]?.status === 'failed')
            for (const n of needs)
                near.add(n);
        if (needs.some((n) => manifest.steps[n]?.status === 'failed'))
            near.add(id);
    }
    return (id) => {
        const s = manifest.steps[id]?.status;
        if (s === 'failed')
            return 0;
        if (s === 'running')
            return 1;
        if (near.has(id))
            return 2;
        return s === 'skipped' ? 3 : 4;
    };
}
function statusOf(manifest, id) {
    const step = manifest.steps[id];
    if (!step)
        return undefined;
    return step.status === 'succeeded' && step.cache === 'hit' ? 'cached' : step.status;
}
function mermaid_status_renderStatusFlowchart(manifest, options = {}) {
    // A fanned-out step is one node (its instances are counted in its label), however many items it had.
    const nodes = withoutInstances(manifest, Object.keys(manifest.steps)).map((id) => ({
        id,
        needs: manifest.graph?.[id] ?? [],
        ...(options.kinds?.[id] ? { kind: options.kinds[id] } : {}),
    }));
    return cappedFlowchart(nodes, {
        direction: 'LR',
        maxNodes: options.maxNodes ?? 200,
        maxEdges: options.maxEdges,
        maxChars: options.maxChars ?? 40_000,
        priority: failureNeighbourhoodFirst(manifest),
        statusOf: (id) => statusOf(manifest, id),
        detailOf: (id) => {
            const s = manifest.steps[id];
            if (!s)
                return undefined;
            if (s.status === 'skipped')
                return s.reason ?? 'skipped';
            const g = instanceGroups(manifest).get(id);
            if (g || s.instances) {
                const total = g?.total ?? s.instances?.total ?? 0;
                const failed = g?.byStatus.failed ?? s.instances?.failed ?? 0;
                return `×${total}${failed ? `, ${failed} failed` : ''}`;
            }
            if (s.status === 'succeeded' || s.status === 'failed')
                return s.cache === 'hit' ? 'cached' : formatDuration(s.duration_ms);
            return s.status;
        },
    });
}

;// CONCATENATED MODULE: ./lib/report/gantt.js




const EPOCH = Date.UTC(2000, 0, 1);
const MARKS = { succeeded: '✓', failed: '✗', running: '…', skipped: '-', pending: '-' };
/** Elapsed ms as a local date-time string that Mermaid parses with `dateFormat`. */
function at(elapsedMs) {
    return new Date(EPOCH + Math.max(0, Math.round(elapsedMs))).toISOString().slice(0, 23).replace('T', ' ');
}
function ganttLabel(text) {
    return text
        .replace(/[:#;\r\n]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 120);
}
function axisFormat(spanMs) {
    if (spanMs < 60 * 60_000)
        return '%M:%S';
    if (spanMs < 24 * 60 * 60_000)
        return '%H:%M';
    return 'day %e %H:%M';
}
function gantt_renderGantt(manifest, options = {}) {
    const maxTasks = options.maxTasks ?? 200;
    const maxChars = Math.min(options.maxChars ?? 40_000, MERMAID_MAX_TEXT);
    // A fanned-out step's bar spans its instances: one bar per step however many items it had.
    const timed = withoutInstances(manifest, Object.keys(manifest.steps)).filter((id) => {
        const s = manifest.steps[id];
        return s.started_at !== undefined && Number.isFinite(Date.parse(s.started_at));
    });
    const chosen = pickSteps(timed, maxTasks, failuresFirst(manifest)).sort((a, b) => Date.parse(manifest.steps[a].started_at) - Date.parse(manifest.steps[b].started_at));
    const t0 = Math.min(...timed.map((id) => Date.parse(manifest.steps[id].started_at)));
    const bars = chosen.map((id) => {
        const step = manifest.steps[id];
        const start = Date.parse(step.started_at) - t0;
        const finishedAt = step.finished_at ? Date.parse(step.finished_at) - t0 : NaN;
        const end = Number.isFinite(finishedAt) ? finishedAt : start + (step.duration_ms ?? 0);
        // Mermaid draws nothing for a zero-length bar; a cached step still deserves a sliver.
        return { id, start, stop: Math.max(end, start + 1) };
    });
    const span = Math.max(1, ...bars.map((b) => b.stop));
    const lines = [
        'gantt',
        `  title ${ganttLabel(`${manifest.job_name} (${manifest.job_id}), elapsed time`)}`,
        '  dateFormat YYYY-MM-DD HH:mm:ss.SSS',
        `  axisFormat ${axisFormat(span)}`,
        '  section steps',
    ];
    let chars = lines.join('\n').length;
    let shown = 0;
    for (const [i, bar] of bars.entries()) {
        const step = manifest.steps[bar.id];
        const tag = step.status === 'failed'
            ? 'crit, '
            : step.status === 'running'
                ? 'active, '
                : step.status === 'succeeded'
                    ? 'done, '
                    : '';
        const label = `${MARKS[step.status] ?? '-'} ${ganttLabel(bar.id)}${step.cache === 'hit' ? ' (cached)' : ''}`;
        const line = `  ${label} :${tag}t${i}, ${at(bar.start)}, ${at(bar.stop)}`;
        if (chars + line.length + 1 > maxChars)
            break;
        lines.push(line);
        chars += line.length + 1;
        shown++;
    }
    return { text: lines.join('\n'), shown, total: timed.length };
}

;// CONCATENATED MODULE: ./lib/report/budget-lines.js

/** Budgets are often cents: four decimals below a dollar, so $0.022 of $0.02 does not read as equal. */
function usd(n) {
    return `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `Budget: $0.0220 of $0.0200 (110 %) · ...`, or undefined without a budget. */
function budget_lines_budgetLine(m) {
    // A manifest from an artifact may be forged: its budget is checked field by field below.
    const b = m.totals?.budget;
    if (!isObj(b))
        return undefined;
    const parts = [];
    if (typeof b.usd === 'number') {
        const spent = format_num(b.spent_usd);
        parts.push(`${usd(spent)} of ${usd(b.usd)}${b.usd > 0 ? ` (${Math.round((spent / b.usd) * 100)} %)` : ''}`);
    }
    if (typeof b.tokens === 'number')
        parts.push(`${format_formatCount(format_num(b.spent_tokens))} of ${format_formatCount(b.tokens)} tokens`);
    if (parts.length === 0)
        return undefined;
    const limit = b.exceeded === 'usd' || b.exceeded === 'tokens' ? b.exceeded : undefined;
    const exceeded = limit
        ? ` · **${limit} budget reached**: steps not started were skipped (\`budget_exceeded\`); resume with a ` +
            `larger budget`
        : '';
    return `Budget: ${parts.join(' · ')}${exceeded}`;
}
const SOURCE_TEXT = {
    spec: "the spec's price",
    local: 'free (local server)',
    builtin: 'built-in table of 2025-11-30',
    none: 'unknown (counted as $0)',
};
/** `Prices (USD per Mtok, in / out): `fast` 0.15 / 0.6 (...)`, or undefined when the manifest has none. */
function budget_lines_pricesLine(m) {
    const prices = m.prices;
    if (!isObj(prices))
        return undefined;
    const items = Object.entries(prices)
        .slice(0, 50)
        .filter(([, p]) => isObj(p))
        .map(([name, raw]) => {
        const p = raw;
        const figure = typeof p.input_per_mtok === 'number' ? ` ${num(p.input_per_mtok)} / ${num(p.output_per_mtok)}` : '';
        const source = typeof p.source === 'string' ? p.source : 'none';
        const from = source === 'registry' ? code(p.registry ?? 'registry', 80) : (SOURCE_TEXT[source] ?? code(source, 40));
        return `${code(name, 60)}${figure} (${from})`;
    });
    return items.length ? `Prices (USD per Mtok, in / out): ${items.join(', ')}` : undefined;
}
/**
 * What provider prompt caching did for the run, or undefined when no call reported cached tokens:
 * `Prompt cache: 12,000 of 20,000 input tokens read from cache, 3,000 written; saved $0.0321`.
 * The figures come from the manifest, which may come from a forged artifact: each is checked.
 */
function budget_lines_promptCacheLine(m) {
    const t = m.totals;
    if (!t)
        return undefined;
    const read = format_num(t.cached_input_tokens);
    const written = format_num(t.cache_write_tokens);
    if (read === 0 && written === 0)
        return undefined;
    const saved = typeof t.cache_saved_usd === 'number' && Number.isFinite(t.cache_saved_usd) ? t.cache_saved_usd : 0;
    const savedText = saved > 0
        ? `saved ${format_formatCost(saved)}`
        : saved < 0
            ? `cost ${format_formatCost(-saved)} more (cache writes not read back yet)`
            : 'saved $0';
    return (`Prompt cache: ${format_formatCount(read)} of ${format_formatCount(format_num(t.input_tokens))} input tokens read from cache, ` +
        `${format_formatCount(written)} written; ${savedText}`);
}
/** `Matrix legs spent $0.7517 of the job's $0.9875 budget (3 legs)`, or undefined without records. */
function legsSpendLine(records, wholeUsd, ownJobId) {
    const legs = records.filter((r) => r.job_id !== ownJobId);
    if (legs.length === 0)
        return undefined;
    const spent = legs.reduce((a, r) => a + r.spent_usd, 0);
    const of = wholeUsd === undefined ? '' : ` of the job's ${usd(wholeUsd)} budget${spent > wholeUsd ? ' (over it)' : ''}`;
    return `Matrix legs spent ${usd(spent)}${of} (${legs.length} leg${legs.length === 1 ? '' : 's'})`;
}

;// CONCATENATED MODULE: ./lib/quality/wilson.js
/**
 * The Wilson score interval of `passed` successes in `judged` trials, z standing for its confidence:
 * centre (p + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) * sqrt(p(1-p)/n + z²/4n²).
 * With nothing judged it is [0, 1]: no evidence either way.
 */
function wilson(passed, judged, z) {
    if (judged <= 0)
        return { low: 0, high: 1 };
    const n = judged;
    const p = passed / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const centre = (p + z2 / (2 * n)) / denom;
    const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    // Rounding can push an end a hair past [0, 1] (p = 0 or 1): the interval never leaves it.
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
/**
 * Whether a gated step draws one more sample: while its interval contains R (low <= R <= high)
 * and fewer than max_samples were drawn (errored samples count as drawn).
 */
function wantsAnother(gate, tally, z) {
    if (tally.drawn >= gate.max_samples)
        return false;
    const ci = wilson(tally.passed, tally.judged, z);
    return ci.low <= gate.min_pass_rate && gate.min_pass_rate <= ci.high;
}
/** Confidence of the interval reported for a sampled step without a gate. */
const wilson_DEFAULT_CONFIDENCE = 0.95;
/**
 * The verdict over a step's samples. With a gate: pass when low >= R, fail when high < R, else
 * inconclusive; nothing judged is unmeasured (a gate never passes on no evidence). Without one:
 * pass only when every drawn sample passed, else fail (nothing judged included).
 */
function summarize(tally, gate, 
/** z of the gate's confidence, else of 0.95. */
z) {
    const confidence = gate?.confidence ?? wilson_DEFAULT_CONFIDENCE;
    const ci = wilson(tally.passed, tally.judged, z);
    let verdict;
    if (!gate)
        verdict = tally.judged > 0 && tally.passed === tally.drawn ? 'pass' : 'fail';
    else if (tally.judged === 0)
        verdict = 'unmeasured';
    else if (ci.low >= gate.min_pass_rate)
        verdict = 'pass';
    else if (ci.high < gate.min_pass_rate)
        verdict = 'fail';
    else
        verdict = 'inconclusive';
    return {
        drawn: tally.drawn,
        judged: tally.judged,
        passed: tally.passed,
        errored: tally.drawn - tally.judged,
        pass_rate: tally.judged === 0 ? null : tally.passed / tally.judged,
        ci_low: ci.low,
        ci_high: ci.high,
        verdict,
        confidence,
        ...(gate ? { min_pass_rate: gate.min_pass_rate } : {}),
    };
}
/** Whether the step passes on this summary: an inconclusive gate passes when the point estimate reaches R. */
function summaryPasses(s) {
    if (s.verdict === 'pass')
        return true;
    if (s.verdict === 'inconclusive')
        return s.pass_rate !== null && s.pass_rate >= (s.min_pass_rate ?? 1);
    return false;
}
/** `17/20 passed (85%, 95% CI 64-95%), pass` (`, 2 errored` after it): how every report shows a sampled step. */
function wilson_formatSamples(s) {
    const pct = (x) => Math.round(x * 100);
    const conf = pct(s.confidence ?? wilson_DEFAULT_CONFIDENCE);
    const rate = s.pass_rate === null ? 'no pass rate' : `${pct(s.pass_rate)}%`;
    const errored = s.errored > 0 ? `, ${s.errored} errored` : '';
    return (`${s.passed}/${s.judged} passed (${rate}, ${conf}% CI ${pct(s.ci_low)}-${pct(s.ci_high)}%), ` +
        `${s.verdict}${errored}`);
}

;// CONCATENATED MODULE: ./lib/report/samples.js


function valid(s) {
    if (s === null || typeof s !== 'object')
        return false;
    const o = s;
    return (['drawn', 'judged', 'passed', 'errored', 'ci_low', 'ci_high'].every((k) => typeof o[k] === 'number') &&
        typeof o.verdict === 'string');
}
/** The samples line of a `samples` object read from disk, or undefined when it is malformed. */
function samplesLineOf(s) {
    return valid(s) ? formatSamples(s) : undefined;
}
/** Step id -> its samples line, in manifest order. */
function sampledSteps(m) {
    const out = [];
    for (const [id, st] of Object.entries(m.steps)) {
        const s = st.samples;
        if (valid(s))
            out.push({ id, line: wilson_formatSamples(s), samples: s });
    }
    return out;
}
/** Terminal lines (`run`, `show`): empty when no step was sampled. */
function samplesLines(m, maxRows = 50) {
    const all = sampledSteps(m);
    if (!all.length)
        return [];
    const lines = ['samples:', ...all.slice(0, maxRows).map((s) => `  ${s.id}: ${s.line}`)];
    if (all.length > maxRows)
        lines.push(`  ... ${all.length - maxRows} more sampled steps (use --json for all)`);
    return lines;
}
/** The Markdown section (summary, comment): a table of the sampled steps, failing verdicts first. */
function samples_samplesSection(m, maxRows, heading) {
    const rank = (v) => (v === 'pass' ? 3 : v === 'inconclusive' ? 2 : 1);
    const all = sampledSteps(m).sort((a, b) => rank(a.samples.verdict) - rank(b.samples.verdict));
    if (!all.length)
        return '';
    const rows = all.slice(0, maxRows).map((s) => {
        const gate = typeof s.samples.min_pass_rate === 'number' ? `>= ${Math.round(s.samples.min_pass_rate * 100)}%` : 'all samples';
        return `| ${cellCode(s.id)} | ${gate} | ${s.line} |`;
    });
    const cut = all.length - rows.length;
    return [
        heading,
        '',
        '| Step | Gate | Samples |',
        '|---|---|---|',
        ...rows,
        ...(cut > 0 ? ['', `> ⚠️ ${format_formatCount(cut)} more sampled steps not shown.`] : []),
    ].join('\n');
}

;// CONCATENATED MODULE: ./lib/report/summary.js
/**
 * The job summary (GitHub's per-step summary, limit 1 MiB counted in bytes): status, totals, the
 * failures, the step table, check results, cost per model, output previews, the DAG and a Gantt
 * timeline as Mermaid. Pure: manifest + events in, Markdown out. Sections shrink before any is
 * dropped (./fit.js), and whatever is left out is said so in the text.
 */











/** GitHub refuses a step summary over 1 MiB (bytes); keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = (/* unused pure expression or super */ null && (1024 * 1024));
/** "the run artifact `NAME`" when one was uploaded, else nothing: never point to what does not exist. */
function whereElse(links) {
    return links.artifactName ? `the run artifact ${format_code(links.artifactName, 200)}` : undefined;
}
function linksLine(m, links) {
    const meta = [`Job ${format_code(m.job_id, 120)}`, `attempt ${format_formatCount(format_num(m.attempt) || 1)}`];
    if (links.sha)
        meta.push(`commit ${format_code(format_str(links.sha).slice(0, 12), 40)}`);
    if (links.runUrl)
        meta.push(`[workflow run](${safeUrl(links.runUrl)})`);
    if (links.artifactName)
        meta.push(links.artifactUrl
            ? `artifact [${format_code(links.artifactName, 200)}](${safeUrl(links.artifactUrl)})`
            : `artifact ${format_code(links.artifactName, 200)}`);
    return meta;
}
/** Only http(s) URLs the action built; anything else is not linked. */
function safeUrl(url) {
    return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '#';
}
function cacheText(m) {
    const t = m.totals ?? {};
    const hits = format_num(t.cache_hits);
    const misses = format_num(t.cache_misses);
    return hits + misses === 0 || counts_cacheOff(m)
        ? 'cache off'
        : `cache ${format_formatCount(hits)} hit${hits === 1 ? '' : 's'} / ${format_formatCount(misses)} miss${misses === 1 ? '' : 'es'}`;
}
function totalsTable(m) {
    const t = m.totals ?? {};
    const off = num(t.cache_hits) + num(t.cache_misses) === 0 || cacheOff(m);
    // Steps are the spec's, instances apart (src/report/counts.ts): as the CLI and the comment count them.
    const s = stepTally(m);
    const steps = s.instances.total
        ? `${formatCount(s.steps)} (+${formatCount(s.instances.total)} instances)`
        : formatCount(s.steps);
    const ok = s.instances.total
        ? `${formatCount(s.succeeded)} (+${formatCount(s.instances.succeeded)})`
        : formatCount(s.succeeded);
    const failed = s.instances.failed
        ? `${formatCount(s.failed)} (+${formatCount(s.instances.failed)})`
        : formatCount(s.failed);
    const skipped = s.instances.skipped
        ? `${formatCount(s.skipped)} (+${formatCount(s.instances.skipped)})`
        : formatCount(s.skipped);
    return [
        '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / ' +
            'out | Cost |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${formatDuration(t.duration_ms)} | ${steps} | ${ok} | ${failed} | ${skipped} | ` +
            `${off ? 'off' : formatCount(t.cache_hits)} | ${off ? 'off' : formatCount(t.cache_misses)} | ` +
            `${formatCount(t.llm_calls)} | ${formatCount(t.input_tokens)} / ${formatCount(t.output_tokens)} | ` +
            `${formatCost(t.cost_usd)} |`,
    ].join('\n');
}
function statusWord(status) {
    const s = format_str(status);
    return ['running', 'succeeded', 'failed', 'cancelled'].includes(s) ? s : format_code(s, 40);
}
function goldenSection(g, maxChars) {
    const equivalent = (g.files ?? []).filter((f) => f.verdict === 'equivalent' || f.verdict === 'flaky');
    const soft = equivalent.length
        ? `\n\n${equivalent
            .slice(0, 50)
            .map((f) => `- ${f.verdict}: ${code(f.path, 200)}${f.score !== undefined ? ` (score ${f.score.toFixed(2)})` : ''}`)
            .join('\n')}`
        : '';
    if (!g.drift)
        return `### Golden outputs\n\n✅ Outputs match the golden files.${soft}`;
    const list = (label, xs) => xs.length
        ? `- ${label}: ${xs
            .slice(0, 50)
            .map((x) => code(x, 200))
            .join(', ')}${xs.length > 50 ? ` … (+${xs.length - 50})` : ''}`
        : '';
    return [
        g.changed.length + g.missing.length + g.extra.length > 0
            ? '### ❌ Golden outputs drifted'
            : '### ❌ Golden outputs not measured',
        '',
        [
            list('changed', g.changed),
            list('missing', g.missing),
            list('extra', g.extra),
            list('unmeasured', g.unmeasured ?? []),
        ]
            .filter(Boolean)
            .join('\n'),
        ...(maxChars > 0
            ? ['', '<details open><summary>Diff</summary>', '', fence(clip(g.diff, maxChars), 'diff'), '', '</details>']
            : ['', '> ⚠️ The diff was left out to fit the size limit.']),
    ].join('\n');
}
const TABLE_ROWS = (/* unused pure expression or super */ null && ([1000, 300, 100, 30, 10]));
const DIAGRAM_NODES = (/* unused pure expression or super */ null && ([200, 100, 50, 20, 0]));
const TIMELINE_TASKS = (/* unused pure expression or super */ null && ([200, 100, 40, 10]));
function droppedNote(what, links) {
    return (names) => {
        const where = whereElse(links);
        return (`> ⚠️ ${what} cut to stay under GitHub's size limit; left out: ` +
            `${names.join(', ')}.${where ? ` Everything is in ${where}.` : ''}`);
    };
}
function renderSummary(manifest, events, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
    const digest = digestEvents(events);
    const m = normalizeManifest(manifest);
    const where = whereElse(options);
    const head = [`## ${statusIcon(m.status)} orchestrator: ${code(m.job_name, 100)} ${statusWord(m.status)}`, ''];
    head.push([
        ...linksLine(m, options),
        `spec ${code(str(m.spec_sha256).slice(0, 12), 20)}`,
        `code_version ${code(m.code_version, 40)}`,
    ].join(' · '));
    for (const note of options.notes ?? [])
        head.push('', `> ${note}`);
    if (digest.circuitsOpened.length)
        head.push('', `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)]
            .slice(0, 20)
            .map((p) => code(p, 60))
            .join(', ')}`);
    head.push('', totalsTable(m));
    for (const line of [budgetLine(m), promptCacheLine(m), pricesLine(m)])
        if (line)
            head.push('', line);
    const total = stepOrder(m).length;
    const tableRows = [options.maxTableRows ?? 1000, ...TABLE_ROWS.filter((n) => n < (options.maxTableRows ?? 1000))];
    const failureLevels = FAILURE_LEVELS.map((l, i) => i === 0 ? { errorChars: options.maxErrorChars ?? l.errorChars, count: options.maxFailures ?? l.count } : l);
    const nodes = [options.maxDiagramNodes ?? 200, ...DIAGRAM_NODES.filter((n) => n < (options.maxDiagramNodes ?? 200))];
    const sections = [
        { name: 'title and totals', keep: Infinity, levels: 1, render: () => head.join('\n') },
        {
            name: 'failures',
            keep: 100,
            levels: failureLevels.length,
            render: (l) => failuresSection(m, digest, failureLevels[l], '### Failures'),
        },
        { name: 'samples', keep: 75, levels: 2, render: (l) => samplesSection(m, [200, 20][l], '### Samples') },
        ...(options.golden
            ? [
                {
                    name: 'golden diff',
                    keep: 90,
                    levels: 4,
                    render: (l) => goldenSection(options.golden, [200_000, 20_000, 2_000, 0][l]),
                },
            ]
            : []),
        ...(options.quality && Object.keys(options.quality).length
            ? [
                {
                    name: 'quality against the base branch',
                    keep: 85,
                    levels: 3,
                    render: (l) => renderPrQuality(options.quality, '### Quality against the base branch', [1000, 100, 10][l], options.changesNote),
                },
            ]
            : []),
        {
            name: 'step table',
            keep: 70,
            levels: tableRows.length,
            render: (l) => {
                const table = stepTable(m, digest, tableRows[l], where);
                return (`### Steps\n\n` +
                    (total > 30
                        ? collapsible(`${formatCount(total)} steps${total > tableRows[l] ? ', failures first' : ''}`, table, false)
                        : table));
            },
        },
        { name: 'cost per model', keep: 65, levels: 1, render: () => modelsSection(m, '### Cost per model') },
        {
            name: 'check results',
            keep: 60,
            levels: 3,
            render: (l) => checksSection(m, digest, [500, 100, 20][l], '### Checks'),
        },
        {
            name: 'DAG',
            keep: 50,
            levels: nodes.length,
            render: (l) => {
                const flow = renderStatusFlowchart(m, { maxNodes: nodes[l], kinds: options.kinds });
                return [
                    '### DAG',
                    '',
                    fence(flow.text, 'mermaid'),
                    flow.shown < flow.total
                        ? `\n> ⚠️ ${formatCount(flow.shown)} of ${formatCount(flow.total)} steps drawn one by one ` +
                            `(failures and their neighbours first); the others are collapsed per level to stay within ` +
                            `Mermaid's limits.`
                        : '',
                ].join('\n');
            },
        },
        {
            name: 'output previews',
            keep: 40,
            levels: PREVIEW_LEVELS.length,
            render: (l) => previewsSection(m, options.previews, PREVIEW_LEVELS[l], '### Outputs'),
        },
        {
            name: 'timeline',
            keep: 30,
            levels: TIMELINE_TASKS.length,
            render: (l) => {
                const gantt = renderGantt(m, { maxTasks: Math.min(TIMELINE_TASKS[l], options.maxDiagramNodes ?? 200) });
                if (gantt.total === 0)
                    return '';
                return [
                    '### Timeline',
                    '',
                    fence(gantt.text, 'mermaid'),
                    gantt.shown < gantt.total
                        ? `\n> ⚠️ Timeline cut: ${formatCount(gantt.shown)} of ${formatCount(gantt.total)} steps shown ` +
                            `(failures first).`
                        : '',
                ].join('\n');
            },
        },
    ];
    return fitReport(sections, maxBytes, measureBytes, droppedNote('Summary', options)).text;
}

;// CONCATENATED MODULE: ./lib/report/comment.js










const COMMENT_LIMIT_CHARS = 65_536;
/** The hidden marker; a job name outside the spec's name pattern cannot break out of the comment. */
function commentMarker(jobName) {
    return `<!-- orchestrator-action:${String(jobName).replace(/[^a-z0-9._-]/g, '_')} -->`;
}
const COMMENT_FAILURES = [{ errorChars: 2000, count: 30 }, { errorChars: 800, count: 30 }, ...sections_FAILURE_LEVELS.slice(3)];
function renderComment(manifest, events, options = {}) {
    const maxChars = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
    const m = sections_normalizeManifest(manifest);
    const t = m.totals ?? {};
    // Steps are the spec's, instances apart, as every report counts them (src/report/counts.ts).
    const tally = counts_stepTally(m);
    const digest = digest_digestEvents(events);
    const marker = commentMarker(m.job_name);
    const where = whereElse(options) ?? 'the job summary';
    const head = [
        marker,
        `### ${format_statusIcon(m.status)} orchestrator: ${format_code(m.job_name, 100)} ${statusWord(m.status)}`,
        '',
        `**${format_formatCount(tally.succeeded)}** succeeded · **${format_formatCount(tally.failed)}** failed · ` +
            `**${format_formatCount(tally.skipped)}** skipped of ${format_formatCount(tally.steps)} ` +
            `step${tally.steps === 1 ? '' : 's'}` +
            (tally.instances.total ? ` (+${format_formatCount(tally.instances.total)} instances)` : '') +
            ' · ' +
            `${format_formatDuration(t.duration_ms)} · ${cacheText(m)} · ` +
            `${format_formatCount(format_num(t.input_tokens) + format_num(t.output_tokens))} tokens · ${format_formatCost(t.cost_usd)}`,
        '',
        linksLine(m, options).join(' · '),
        ...(budget_lines_budgetLine(m) ? ['', budget_lines_budgetLine(m)] : []),
        ...(budget_lines_promptCacheLine(m) ? ['', budget_lines_promptCacheLine(m)] : []),
    ].join('\n');
    const total = sections_stepOrder(m).length;
    const rows = [options.maxTableRows ?? 50, 30, 10].filter((n, i, a) => i === 0 || n < a[0]);
    const sections = [
        { name: 'title and totals', keep: Infinity, levels: 1, render: () => head },
        {
            name: 'failures',
            keep: 100,
            levels: COMMENT_FAILURES.length,
            render: (l) => sections_failuresSection(m, digest, COMMENT_FAILURES[l], '**Failures**'),
        },
        ...(options.golden?.drift
            ? [
                {
                    name: 'golden diff',
                    keep: 90,
                    levels: 3,
                    render: (l) => [
                        '**❌ Golden outputs drifted**',
                        '',
                        ...(l < 2
                            ? [
                                '<details><summary>Diff</summary>',
                                '',
                                format_fence(format_clip(options.golden.diff, [20_000, 3_000][l]), 'diff'),
                                '',
                                '</details>',
                            ]
                            : [
                                `Changed: ${options
                                    .golden.changed.slice(0, 30)
                                    .map((x) => format_code(x, 120))
                                    .join(', ')}`,
                            ]),
                    ].join('\n'),
                },
            ]
            : []),
        ...(options.quality && Object.keys(options.quality).length
            ? [
                {
                    name: 'quality against the base branch',
                    keep: 85,
                    levels: 3,
                    render: (l) => pr_quality_renderPrQuality(options.quality, '**Quality against the base branch**', [100, 30, 10][l], options.changesNote),
                },
            ]
            : []),
        ...(options.changes || options.changesNote
            ? [
                {
                    name: 'what this PR changed',
                    keep: 80,
                    levels: PR_CHANGES_LEVELS.length,
                    render: (l) => options.changes
                        ? renderPrChanges(options.changes, PR_CHANGES_LEVELS[l])
                        : `**What this PR changed:** ${options.changesNote}`,
                },
            ]
            : []),
        {
            name: 'step table',
            keep: 70,
            levels: rows.length,
            render: (l) => sections_collapsible(`Steps (${format_formatCount(total)}${total > rows[l] ? '; failures first' : ''})`, sections_stepTable(m, digest, rows[l], where), false),
        },
        {
            name: 'cost per model',
            keep: 65,
            levels: 1,
            render: () => {
                const s = sections_modelsSection(m, '');
                return s ? sections_collapsible('Cost per model', s.trim(), false) : '';
            },
        },
        { name: 'samples', keep: 75, levels: 2, render: (l) => samples_samplesSection(m, [30, 10][l], '**Samples**') },
        { name: 'check results', keep: 60, levels: 2, render: (l) => sections_checksSection(m, digest, [50, 15][l], '**Checks**') },
        {
            name: 'output previews',
            keep: 40,
            levels: sections_PREVIEW_LEVELS.length,
            render: (l) => {
                const s = sections_previewsSection(m, options.previews, { ...sections_PREVIEW_LEVELS[l], steps: Math.min(10, sections_PREVIEW_LEVELS[l].steps) }, '**Outputs**');
                return s;
            },
        },
    ];
    const note = (names) => `> ⚠️ Comment cut to stay under GitHub's 65,536-character limit; left out: ${names.join(', ')}. ` +
        `Everything is in ${where}.`;
    return fit_fitReport(sections, maxChars, measureChars, note).text;
}

;// CONCATENATED MODULE: ./lib/report/credentials.js
const NEEDS_CREDENTIALS_REASON = 'needs_credentials';
/** The skipped steps in spec order (instances with their step). */
function stepsNeedingCredentials(manifest) {
    return Object.entries(manifest.steps)
        .filter(([, st]) => st.status === 'skipped' && st.reason === NEEDS_CREDENTIALS_REASON)
        .map(([id]) => id);
}
/** One Markdown section, or '' when nothing was skipped for credentials. */
function credentialsSection(manifest, max = 50) {
    const ids = stepsNeedingCredentials(manifest);
    if (ids.length === 0)
        return '';
    const shown = ids.slice(0, max).map((id) => `- \`${id.replace(/`/g, "'")}\``);
    if (ids.length > max)
        shown.push(`- ... and ${ids.length - max} more`);
    return [
        `### Not run: no credentials`,
        '',
        `This run had no credentials (a pull request from a fork, or \`credentials: none\`): steps found in the ` +
            `cache were served at $0; ${ids.length} step(s) that need a model call, and the steps that need them, ` +
            `were skipped. Their gates and golden files are unmeasured. A run with credentials would execute:`,
        '',
        ...shown,
        '',
    ].join('\n');
}
/** One plain line for the terminal, or ''. */
function credentialsLine(manifest) {
    const ids = stepsNeedingCredentials(manifest);
    if (ids.length === 0)
        return '';
    return (`no credentials: ${ids.length} step(s) skipped (needs_credentials); a run with credentials would execute: ` +
        `${ids.slice(0, 20).join(', ')}${ids.length > 20 ? `, ... (${ids.length - 20} more)` : ''}`);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./lib/util/hash.js


function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
/** sha256 of a value's canonical JSON. */
function sha256Json(value) {
    return sha256(canonicalJson(value));
}

;// CONCATENATED MODULE: ./lib/util/file-names.js
/**
 * File names derived from data (an instance id, an output path rendered from an item) must fit the
 * file system: most refuse a name over 255 bytes. The rule (docs/reference.md, run folder): a name
 * of at most MAX_NAME_BYTES bytes is kept as is; a longer one keeps its first bytes (whole
 * characters, whole %-escapes), then `~` and the first 12 hex digits of the sha256 of the whole
 * name, then its extension. The limit leaves room below 255 for the suffix of an atomic write's
 * temp name (src/util/atomic-write.ts) and for `.log`.
 */

const MAX_NAME_BYTES = 200;
const HASH_CHARS = 12;
/** An extension longer than this is part of the name, not an extension. */
const MAX_EXT_BYTES = 16;
function boundedFileName(name, maxBytes = MAX_NAME_BYTES) {
    if (Buffer.byteLength(name) <= maxBytes)
        return name;
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && Buffer.byteLength(name.slice(dot)) <= MAX_EXT_BYTES && !name.slice(dot).includes('%')
        ? name.slice(dot)
        : '';
    const tag = `~${sha256(name).slice(0, HASH_CHARS)}`;
    const room = maxBytes - Buffer.byteLength(tag) - Buffer.byteLength(ext);
    let prefix = '';
    let used = 0;
    // Whole units: one code point, or the %XX escapes of one UTF-8 character (a lead and its continuations), so the
    // prefix stays readable and decodable.
    for (const unit of name.slice(0, name.length - ext.length).match(/%[0-9A-Fa-f]{2}(?:%[89ABab][0-9A-Fa-f])*|[^]/gu) ??
        []) {
        const n = Buffer.byteLength(unit);
        if (used + n > room)
            break;
        prefix += unit;
        used += n;
    }
    return `${prefix}${tag}${ext}`;
}
/** A relative posix path with each of its names bounded by boundedFileName. */
function boundedPath(rel) {
    return rel
        .split('/')
        .map((part) => boundedFileName(part))
        .join('/');
}

;// CONCATENATED MODULE: ./lib/jobspec/fan-out.js
/**
 * Fan-out naming (docs/reference.md: Fan-out): a `for_each` step runs one instance per item, with the id
 * `STEP[KEY]`. KEY is the item when it is a short string, else its index; items whose KEYs would
 * collide fall back to their indexes. Step ids never hold `[`, so an instance id names its step
 * unambiguously.
 */

/** The longest string item used as a KEY as is; longer ones (and non-strings) use their index. */
const MAX_KEY_CHARS = 100;
function instanceId(step, key) {
    return `${step}[${key}]`;
}
/** The step an id belongs to: the id itself for a step, STEP for `STEP[KEY]`. */
function stepOf(id) {
    const i = id.indexOf('[');
    return i === -1 ? id : id.slice(0, i);
}
function isInstanceId(id) {
    return id.includes('[') && id.endsWith(']');
}
/** A string item is its own KEY when it is short and printable (it becomes part of an id and a log name). */
function ownKey(item) {
    if (typeof item !== 'string' || item.length === 0 || item.length > MAX_KEY_CHARS)
        return undefined;
    // Control characters would make ids unreadable in logs and terminals.
    if (/[\u0000-\u001f\u007f]/.test(item))
        return undefined;
    return item;
}
/**
 * The instances of a step over `items`, in item order. Two items that would give the same KEY
 * (duplicates, or a string equal to another item's index) both fall back to their indexes, and if
 * an index still collides every item uses its index.
 */
function instancesOf(step, items, opts = {}) {
    // A KEY holding a secret would put it in file names and cache entries: such an item uses its index.
    const keys = items.map((item, i) => {
        const own = ownKey(item);
        return own !== undefined && !opts.holdsSecret?.(own) ? own : String(i);
    });
    const count = new Map();
    for (const k of keys)
        count.set(k, (count.get(k) ?? 0) + 1);
    let final = keys.map((k, i) => ((count.get(k) ?? 0) > 1 ? String(i) : k));
    if (new Set(final).size !== final.length)
        final = items.map((_, i) => String(i));
    return items.map((item, index) => ({
        parent: step,
        id: instanceId(step, final[index]),
        key: final[index],
        index,
        item,
    }));
}
/**
 * A file name for an id (logs/): an instance KEY may hold `/` (a glob path) or characters a file
 * system refuses, so everything outside a safe set is %-escaped (`%` too, so names never collide),
 * and a name too long for a file system keeps a readable prefix and a hash (src/util/file-names.ts).
 */
function fan_out_fileNameOf(id) {
    return boundedFileName(escapedNameOf(id));
}
function escapedNameOf(id) {
    return id.replace(/[^A-Za-z0-9._[\]-]/g, (c) => {
        const bytes = Buffer.from(c, 'utf8');
        let out = '';
        for (const b of bytes)
            out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
        return out;
    });
}
/** What is wrong with a `for_each: { glob }` pattern, if anything: it may not reach outside the spec's folder. */
function globPatternProblem(pattern) {
    if (pattern.startsWith('/') || /^[A-Za-z]:/.test(pattern) || pattern.startsWith('\\'))
        return "is absolute; a for_each glob is relative to the spec file's folder";
    if (pattern.split(/[\\/]/).includes('..'))
        return 'contains ".."; a for_each glob may not leave the spec file\'s folder';
    return undefined;
}

;// CONCATENATED MODULE: ./lib/run/run-folder.js
/** The run folder layout (docs/reference.md section 3) and finding runs in RUNS_DIR. */






/**
 * The names inside a run folder: the one place they are spelled. Every face (CLI, action, the
 * engine) finds a run's files through `runFolder` / `runPaths`.
 */
const RUN_FILES = {
    events: 'events.jsonl',
    manifest: 'manifest.json',
    outputs: 'outputs',
    logs: 'logs',
    /** What the action adds to an uploaded run folder: the workflow run it came from. */
    github: 'github.json',
    report: 'report.html',
    /** The action's golden-set comparison and PR comment body, beside the run's own files. */
    goldenDiff: 'golden.diff',
    /** The last golden comparison of the run (`orchestrator golden` or the action): ./golden-record.ts. */
    goldenRecord: 'golden.json',
    prComment: 'pr-comment.md',
    /** Staging for atomic writes into outputs/, emptied at the start and removed at the end of a run. */
    tmp: '.tmp',
    lock: '.lock',
};
/** The log of a step or instance relative to its run folder, for messages: `logs/review[a.ts].log`. */
function logPathOf(id) {
    return `${RUN_FILES.logs}/${fileNameOf(id)}.log`;
}
/** The files of the run folder `dir`. */
function run_folder_runFolder(dir) {
    const logs = (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.logs);
    return {
        dir,
        manifest: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.manifest),
        events: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.events),
        outputs: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.outputs),
        logs,
        github: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.github),
        report: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.report),
        goldenDiff: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.goldenDiff),
        prComment: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.prComment),
        tmp: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.tmp),
        lock: (0,external_node_path_namespaceObject.join)(dir, RUN_FILES.lock),
        logOf: (id) => (0,external_node_path_namespaceObject.join)(logs, `${fan_out_fileNameOf(id)}.log`),
    };
}
function runPaths(runsDir, jobId) {
    return run_folder_runFolder(join(runsDir, jobId));
}
const JOB_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkJobId(id) {
    if (!JOB_ID.test(id) || id.includes('..')) {
        throw new UsageError('E_JOB_ID', `invalid job id ${JSON.stringify(id)}`, {
            hint: 'use letters, digits, ".", "_" and "-"',
        });
    }
    return id;
}
/**
 * The error that creating `dir` really meets. Node's recursive mkdir reports ENOENT on a read-only
 * mount (it tries the parents again and stops at the missing one); creating the first missing
 * folder alone gives the cause (EROFS, EACCES).
 */
function causeOfMkdirFailure(dir, e, mkdir) {
    if (e?.code !== 'ENOENT')
        return e;
    let missing = resolve(dir);
    while (dirname(missing) !== missing && !existsSync(dirname(missing)))
        missing = dirname(missing);
    try {
        mkdir(missing);
    }
    catch (cause) {
        return cause;
    }
    return e;
}
/** Creates a run folder (and RUNS_DIR): a folder that cannot be created is a usage error that says why. */
function makeRunDir(runsDir, dir, mkdir = mkdirSync) {
    try {
        mkdir(dir, { recursive: true });
    }
    catch (thrown) {
        const e = causeOfMkdirFailure(dir, thrown, mkdir);
        const f = fsFault(e, `create the run folder ${dir}`);
        if (!f)
            throw e;
        throw new UsageError(f.code, f.message, {
            hint: `pass --runs-dir with a folder you can write (now ${runsDir}); ${f.hint}`,
            cause: e,
        });
    }
}
/**
 * The most recent run in runsDir (optionally of one job name): by the started_at its manifest
 * records, falling back to the events file's mtime for a run that crashed before its first manifest.
 */
function latestRunId(runsDir, jobName) {
    if (!existsSync(runsDir))
        return undefined;
    let best;
    for (const entry of readdirSync(runsDir, { withFileTypes: true })) {
        if (!entry.isDirectory())
            continue;
        const p = runPaths(runsDir, entry.name);
        if (!existsSync(p.events))
            continue;
        let t = statSync(p.events).mtimeMs;
        let name;
        try {
            const m = parseManifest(readFileSync(p.manifest, 'utf8'), { requireSchema: false });
            name = m?.job_name;
            if (m?.started_at)
                t = Math.max(t, Date.parse(m.started_at));
        }
        catch {
            name = undefined;
        }
        if (jobName && name !== undefined && name !== jobName)
            continue;
        if (jobName && name === undefined && !entry.name.startsWith(`${jobName}-`))
            continue;
        if (!best || t > best.t || (t === best.t && entry.name > best.id))
            best = { id: entry.name, t };
    }
    return best?.id;
}
/** Resolves `[JOB_ID]` arguments: the given id (must exist) or the latest run. */
function resolveRunId(runsDir, jobId, jobName) {
    if (jobId) {
        checkJobId(jobId);
        if (existsSync(runPaths(runsDir, jobId).events))
            return jobId;
        // A job name stands for its latest run (`show notes-app`).
        const ofJob = latestRunId(runsDir, jobId);
        if (ofJob)
            return ofJob;
        throw new UsageError('E_NO_RUN', `no run or job ${jobId} in ${runsDir}`, {
            hint: `list runs with \`orchestrator runs --runs-dir ${runsDir}\``,
        });
    }
    const latest = latestRunId(runsDir, jobName);
    if (!latest) {
        throw new UsageError('E_NO_RUN', `no runs${jobName ? ` of job ${jobName}` : ''} in ${runsDir}`, {
            hint: 'start one with `orchestrator run --spec FILE`, or pass --runs-dir',
        });
    }
    return latest;
}
async function readManifest(runDir) {
    const file = run_folder_runFolder(runDir).manifest;
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        throw new errors_UsageError('E_NO_MANIFEST', `no manifest.json in ${runDir}`);
    }
    const m = manifest_decode_parseManifest(text);
    if (!m)
        throw new errors_UsageError('E_BAD_MANIFEST', `${file} is not an orchestrator manifest`);
    return m;
}

;// CONCATENATED MODULE: ./lib/jobspec/schema.js
/**
 * The job spec, version 2 (docs/reference.md section 1). This zod schema is the one source of the spec's
 * TypeScript types and of its JSON Schema (`orchestrator schema`, schema/job.schema.json).
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 */

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]*$/;
const STEP_ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
const IDENT_PATTERN = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const positiveInt = schemas_number().int().positive();
const PriceSchema = strictObject({
    input_per_mtok: schemas_number().nonnegative().describe('USD per million input tokens'),
    output_per_mtok: schemas_number().nonnegative().describe('USD per million output tokens'),
    cache_read_per_mtok: schemas_number()
        .nonnegative()
        .optional()
        .describe('USD per million input tokens read from the provider prompt cache (default: the registry, else the ' +
        'provider ratio)'),
    cache_write_per_mtok: schemas_number()
        .nonnegative()
        .optional()
        .describe('USD per million input tokens written to the provider prompt cache (default: the registry, else the ' +
        'provider ratio)'),
});
/** Provider prompt caching (docs/reference.md, "Prompt caching"): on by default where the provider supports it. */
const PromptCacheSchema = union([
    literal(false),
    literal(true),
    strictObject({
        ttl: schemas_enum(['5m', '1h'])
            .optional()
            .describe('anthropic/bedrock only: how long a cached prefix lives (default 5m)'),
    }),
]);
/** Options that change what a model returns; all of them are part of the cache key. */
const ProviderOptionsSchema = strictObject({
    temperature: schemas_number().min(0).max(2).optional(),
    max_tokens: positiveInt.optional(),
    top_p: schemas_number().min(0).max(1).optional(),
    seed: schemas_number().int().optional(),
    stop: array(schemas_string()).optional(),
});
/** Provider limits the run paces its calls under (shared by every step and route of a run). */
const RateLimitSchema = strictObject({
    rpm: positiveInt.optional().describe('requests per minute, paced evenly (one call every 60/rpm s, no bursts)'),
    tpm: positiveInt.optional().describe('tokens per minute: prompt tokens + max_tokens of each call, spaced evenly'),
    concurrency: positiveInt.optional().describe('calls in flight at once to this provider'),
});
/**
 * Keyless authentication: the workflow's GitHub OIDC token exchanged for a short-lived credential
 * (docs/reference.md, "Keyless (OIDC)"). Which fields a provider type needs is checked at preflight.
 */
const OidcAuthSchema = strictObject({
    type: literal('oidc'),
    audience: schemas_string()
        .min(1)
        .optional()
        .describe('audience of the GitHub OIDC token (anthropic default https://api.anthropic.com; openai: required)'),
    token_url: url().optional().describe('the token endpoint (full URL), for tests and sovereign clouds'),
    federation_rule_id: schemas_string().min(1).optional().describe('anthropic: the federation rule (fdrl_...)'),
    organization_id: schemas_string().min(1).optional().describe('anthropic: the organization id'),
    service_account_id: schemas_string()
        .min(1)
        .optional()
        .describe('anthropic and openai: the service account the credential acts as'),
    workspace_id: schemas_string().min(1).optional().describe('anthropic: the workspace (wrkspc_... or default)'),
    identity_provider_id: schemas_string().min(1).optional().describe('openai: the identity provider configured at OpenAI'),
    role_arn: schemas_string()
        .min(1)
        .optional()
        .describe('bedrock: the IAM role assumed with AssumeRoleWithWebIdentity (arn:aws:iam::ACCOUNT:role/NAME)'),
    session_name: schemas_string().min(1).optional().describe('bedrock: the role session name (default orchestrator-RUN)'),
    workload_identity_provider: schemas_string()
        .min(1)
        .optional()
        .describe('vertex: projects/N/locations/global/workloadIdentityPools/P/providers/X'),
    service_account: schemas_string()
        .min(1)
        .optional()
        .describe('vertex: the service account impersonated through IAM Credentials (NAME@PROJECT.iam.gserviceaccount.com)'),
    tenant_id: schemas_string().min(1).optional().describe('azure: the Microsoft Entra tenant (directory) id'),
    client_id: schemas_string().min(1).optional().describe('azure: the application (client) id of the federated identity'),
    sts_endpoint: url()
        .optional()
        .describe('bedrock and vertex: the STS endpoint (full URL), for tests and sovereign clouds'),
    iam_endpoint: url().optional().describe('vertex: the base URL of IAM Credentials, for tests and sovereign clouds'),
    authority_host: url()
        .optional()
        .describe('azure: the Entra authority host (/{tenant}/oauth2/v2.0/token is appended), for sovereign clouds'),
});
/** The provider types that call a model over HTTP (every type but replay). */
const HTTP_PROVIDER_TYPES = (/* unused pure expression or super */ null && ([
    'openai',
    'anthropic',
    'ollama',
    'openai-compatible',
    'bedrock',
    'vertex',
    'azure',
    'google',
]));
const httpProviderFields = {
    model: schemas_string().min(1).describe('model id as the provider names it'),
    base_url: url().optional().describe("a proxy, gateway or local server; default: the provider's public API"),
    api_key_env: schemas_string()
        .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
        .optional()
        .describe('name of the environment variable holding the API key (never the key itself)'),
    auth: OidcAuthSchema.optional().describe('anthropic, openai, bedrock, vertex and azure: `{type: oidc, ...}` exchanges the GitHub OIDC token for a ' +
        'short-lived credential instead of a long-lived key'),
    options: ProviderOptionsSchema.optional(),
    price: PriceSchema.optional(),
    context_window: positiveInt
        .optional()
        .describe('tokens the model accepts; routes skip candidates too small for the prompt'),
    api: schemas_enum(['chat', 'responses'])
        .optional()
        .describe('openai only: chat completions (default) or the responses API'),
    stream: schemas_boolean()
        .optional()
        .describe('stream the answer (SSE / ND-JSON) and assemble it; same result, first bytes sooner'),
    max_response_bytes: positiveInt
        .optional()
        .describe('the most bytes of one answer read, after decompression (default 16 MiB); a larger answer fails with ' +
        'E_RESPONSE_TOO_LARGE'),
    rate_limit: RateLimitSchema.optional(),
    batch: schemas_boolean()
        .optional()
        .describe("openai and anthropic: send calls through the provider's batch API at half price; results may take " +
        'minutes to hours'),
    batch_wait_s: schemas_number()
        .positive()
        .optional()
        .describe('with batch: how long a run waits for batch results (default 3600) before it stops as interrupted (exit 75)'),
    prompt_cache: PromptCacheSchema.optional().describe('provider prompt caching: anthropic (and Claude on bedrock) marks cache breakpoints, openai and azure ' +
        'send a stable prompt_cache_key, Gemini caches on its own; false turns it off'),
};
const ApiProviderSchema = strictObject({
    type: schemas_enum(['openai', 'anthropic', 'ollama', 'openai-compatible', 'google']),
    ...httpProviderFields,
});
const BedrockProviderSchema = strictObject({
    type: literal('bedrock'),
    ...httpProviderFields,
    region: schemas_string()
        .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/)
        .optional()
        .describe('the AWS region (us-east-1); default AWS_REGION'),
});
const VertexProviderSchema = strictObject({
    type: literal('vertex'),
    ...httpProviderFields,
    project: schemas_string().min(1).optional().describe('the Google Cloud project id; default GOOGLE_VERTEX_PROJECT'),
    location: schemas_string().min(1).optional().describe('the region (us-central1) or global; default GOOGLE_VERTEX_LOCATION'),
});
const AzureProviderSchema = strictObject({
    type: literal('azure'),
    ...httpProviderFields,
    model: schemas_string()
        .min(1)
        .optional()
        .describe('the model behind the deployment, for prices (default: the deployment name)'),
    resource: schemas_string()
        .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/)
        .optional()
        .describe('the resource name, for https://RESOURCE.openai.azure.com/openai (or set base_url)'),
    deployment: schemas_string().min(1).describe('the deployment name requests go to'),
    api_version: schemas_string().min(1).optional().describe('the api-version query parameter'),
});
const HttpProviderSchema = discriminatedUnion('type', [
    ApiProviderSchema,
    BedrockProviderSchema,
    VertexProviderSchema,
    AzureProviderSchema,
]);
const ReplayProviderSchema = strictObject({
    type: literal('replay'),
    responses: schemas_string().min(1).describe('YAML file: step id -> response, or a list of responses used in turn'),
    strict: schemas_boolean()
        .optional()
        .describe('fail a step whose prompt differs from the one its entry was recorded for (E_REPLAY_STALE)'),
    latency_ms: schemas_number().int().nonnegative().optional(),
    model: schemas_string().optional(),
    price: PriceSchema.optional(),
    context_window: positiveInt.optional(),
    rate_limit: RateLimitSchema.optional(),
});
const ProviderSchema = discriminatedUnion('type', [
    ApiProviderSchema,
    BedrockProviderSchema,
    VertexProviderSchema,
    AzureProviderSchema,
    ReplayProviderSchema,
]);
const RouteSchema = strictObject({
    strategy: schemas_enum(['ordered', 'cost']),
    providers: array(schemas_string()).min(1),
});
const CircuitBreakerSchema = strictObject({
    failure_threshold: positiveInt.default(5),
    cooldown_s: schemas_number().positive().default(30),
});
const OutputSchema = strictObject({
    path: schemas_string().min(1),
    extract: schemas_string()
        .regex(/^(text|code(:[A-Za-z0-9_+#.-]+)?)$/, 'extract must be text, code or code:LANG')
        .default('text'),
});
const checkValue = union([schemas_string(), schemas_number()]);
/** `on_fail: warn` on a check reports a failure without failing the step. */
const checkSeverity = { on_fail: schemas_enum(['fail', 'warn']).optional() };
/** Variables a command gets although the environment rule (docs/reference.md: Command environments) withholds them. */
const envPassthrough = array(schemas_string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/))
    .optional()
    .describe('environment variables passed to the command on purpose, although they grant access (e.g. GITHUB_TOKEN)');
/** Checks for model output (docs/reference.md, "Checks for model output"): similar, judge, json-match. */
const unitScore = schemas_number().min(0).max(1);
const modelOutputChecks = [
    strictObject({
        type: literal('similar'),
        reference: schemas_string().optional().describe('the text the output should resemble (or reference_file)'),
        reference_file: schemas_string()
            .min(1)
            .optional()
            .describe("a file holding the reference, relative to the spec file's folder"),
        metric: schemas_enum(['chrf', 'rouge-l', 'embedding'])
            .describe('chrf and rouge-l are computed locally; embedding is the cosine of two embeddings from provider'),
        min: unitScore.describe('the lowest score (0..1) that passes'),
        provider: schemas_string()
            .optional()
            .describe('metric embedding: a provider (openai, openai-compatible, ollama) whose embeddings API is called'),
        model: schemas_string().min(1).optional().describe('metric embedding: the embedding model, e.g. text-embedding-3-small'),
        ...checkSeverity,
    }),
    strictObject({
        type: literal('judge'),
        provider: schemas_string().min(1).describe('the provider (or route) of the judging model'),
        rubric: schemas_string().optional().describe('what the judge checks the output against (or rubric_file)'),
        rubric_file: schemas_string().min(1).optional(),
        reference: schemas_string().optional().describe('a reference answer the judge may compare with (or reference_file)'),
        reference_file: schemas_string().min(1).optional(),
        min_score: unitScore.optional().describe('the verdict passes when pass is true and score >= min_score'),
        ...checkSeverity,
    }),
    strictObject({
        type: literal('json-match'),
        expected: unknown().optional().describe('the JSON value the output must equal (or expected_file)'),
        expected_file: schemas_string().min(1).optional().describe("a JSON or YAML file, relative to the spec file's folder"),
        ignore: array(schemas_string()).optional().describe('JSON Pointers (RFC 6901) whose subtrees are not compared'),
        tolerance: schemas_number()
            .nonnegative()
            .optional()
            .describe('numbers a and b are equal when |a - b| <= tolerance * max(|a|, |b|); default 0'),
        ...checkSeverity,
    }),
];
/**
 * `golden.files[]`: how `orchestrator golden` compares the files a glob matches (docs/reference.md,
 * "Golden checks"); the first matching rule wins, a file with no rule compares exact.
 */
const goldenPath = { path: schemas_string().min(1).describe("a glob over paths in outputs/ (e.g. 'reviews/**/*.md')") };
const GoldenRuleSchema = discriminatedUnion('compare', [
    strictObject({ ...goldenPath, compare: literal('exact') }),
    strictObject({
        ...goldenPath,
        compare: literal('text')
            .describe('ignores line endings, trailing whitespace of every line and the final newline'),
    }),
    strictObject({
        ...goldenPath,
        compare: literal('json'),
        ignore: array(schemas_string()).optional().describe('JSON Pointers (RFC 6901) whose subtrees are not compared'),
        tolerance: schemas_number().nonnegative().optional(),
    }),
    strictObject({
        ...goldenPath,
        compare: literal('similar'),
        metric: schemas_enum(['chrf', 'rouge-l', 'embedding']),
        min: unitScore,
        provider: schemas_string().optional(),
        model: schemas_string().min(1).optional(),
    }),
    strictObject({
        ...goldenPath,
        compare: literal('judge'),
        provider: schemas_string().min(1),
        rubric: schemas_string().optional(),
        rubric_file: schemas_string().min(1).optional(),
        min_score: unitScore.optional(),
    }),
]);
const GoldenSchema = strictObject({
    dir: schemas_string()
        .min(1)
        .optional()
        .describe("the folder of golden files, relative to the spec file's folder (golden --golden DIR overrides it)"),
    files: array(GoldenRuleSchema).default([]),
});
const CheckSchema = discriminatedUnion('type', [
    strictObject({ type: literal('contains'), value: schemas_string(), ...checkSeverity }),
    strictObject({ type: literal('not-contains'), value: schemas_string(), ...checkSeverity }),
    strictObject({ type: literal('regex'), value: schemas_string(), flags: schemas_string().optional(), ...checkSeverity }),
    strictObject({ type: literal('equals'), value: checkValue, ...checkSeverity }),
    strictObject({ type: literal('min-length'), value: schemas_number().int().nonnegative(), ...checkSeverity }),
    strictObject({ type: literal('max-length'), value: schemas_number().int().nonnegative(), ...checkSeverity }),
    strictObject({
        type: literal('is-json'),
        schema: union([schemas_string(), record(schemas_string(), unknown())]).optional(),
        ...checkSeverity,
    }),
    strictObject({
        type: literal('command'),
        run: schemas_string().min(1),
        timeout_s: schemas_number().positive().optional(),
        env_passthrough: envPassthrough,
        ...checkSeverity,
    }),
    ...modelOutputChecks,
]);
const ContextSchema = strictObject({
    include: array(schemas_string()).default([]).describe('workspace globs, .gitignore respected'),
    exclude: array(schemas_string()).optional(),
    steps: array(schemas_string())
        .optional()
        .describe('upstream steps whose outputs join the context (default: all needed steps)'),
    max_tokens: positiveInt.default(8000),
});
/** `for_each`: a template that renders to a JSON array, or workspace files matching a glob. */
const ForEachSchema = union([
    schemas_string().min(1),
    strictObject({
        glob: schemas_string().min(1).describe("files relative to the spec file's folder, .gitignore respected"),
    }),
]);
/**
 * `{ description?, default?, required? }`: an input that can come from outside the spec (docs/reference.md: Inputs from
 * outside).
 */
const InputDeclSchema = strictObject({
    description: schemas_string().optional(),
    default: union([schemas_string(), schemas_number(), schemas_boolean()])
        .optional()
        .describe('the value when none is passed with --input / the action input `inputs`'),
    required: schemas_boolean().optional().describe('true: a run without a value (and without a default) is an error (exit 2)'),
});
/**
 * An input is a scalar (its default) or a declaration. Parsed to its default value as a string:
 * `spec.inputs` always holds the values templates render (resolved ones after src/spec/inputs.ts),
 * and the declarations live in LoadedSpec.inputDecls.
 */
const InputEntrySchema = union([
    union([schemas_string(), schemas_number(), schemas_boolean()]).transform(String),
    InputDeclSchema.transform((d) => (d.default === undefined ? '' : String(d.default))),
]);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** How many samples a sampled step draws at first (docs/reference.md, "Samples and gates"). */
const samplesCount = schemas_number().int().min(1).max(100);
/** A pass-rate gate over a step's samples, decided on the Wilson score interval. */
const GateSchema = strictObject({
    min_pass_rate: schemas_number().gt(0).lte(1).describe('R: the pass rate the step must show, 0 < R <= 1'),
    confidence: schemas_number().gt(0).lt(1).default(0.95).describe('C: the confidence of the Wilson interval (default 0.95)'),
    max_samples: schemas_number()
        .int()
        .min(1)
        .max(1000)
        .optional()
        .describe('M: at most this many samples are drawn while the interval contains R (default: samples)'),
});
const StepSchema = strictObject({
    needs: array(schemas_string()).default([]),
    provider: schemas_string().optional().describe('a provider or route name; default: defaults.provider'),
    system: schemas_string().optional(),
    prompt: schemas_string().optional(),
    prompt_file: schemas_string().optional(),
    run: schemas_string().optional().describe("a command step: a shell command run in the run's outputs/ folder"),
    reads: array(schemas_string())
        .optional()
        .describe('command steps: files of outputs/ written by upstream steps; with cache: true their content joins the cache key'),
    cache: schemas_boolean()
        .optional()
        .describe('use the cache for this step; default true for LLM steps, false for command steps (they run every time)'),
    files: array(schemas_string())
        .optional()
        .describe("command steps with cache: true: workspace globs (relative to the spec's folder) whose files' content " +
        'joins the cache key'),
    env: array(schemas_string().regex(ENV_NAME, 'environment variable names match [A-Za-z_][A-Za-z0-9_]*'))
        .optional()
        .describe('command steps with cache: true: environment variables whose values join the cache key'),
    env_passthrough: envPassthrough,
    outputs: array(OutputSchema).default([]),
    checks: array(CheckSchema).default([]),
    on_fail: schemas_enum(['fail', 'retry', 'fallback']).default('fail'),
    context: ContextSchema.optional(),
    timeout_s: schemas_number().positive().optional(),
    retries: schemas_number().int().nonnegative().optional(),
    for_each: ForEachSchema.optional().describe('run the step once per item: a template rendering a JSON array, or { glob } over files relative to the ' +
        'spec; {{ item }} in prompt, system, run, output paths and checks'),
    output_schema: union([schemas_string().min(1), record(schemas_string(), unknown())])
        .optional()
        .describe('LLM steps: a JSON Schema (inline, or a JSON/YAML file relative to the spec) the answer must match; ' +
        'written as canonical JSON'),
    allow_truncated: schemas_boolean()
        .optional()
        .describe('accept an answer cut off at max_tokens (finish_reason: length); default false: a failed check'),
    samples: samplesCount
        .optional()
        .describe('LLM steps: draw N independent samples, each judged by the checks (1-100; default defaults.samples, 1)'),
    gate: GateSchema.optional().describe('LLM steps: pass on the pass rate of the samples (Wilson score interval), drawing more while it is undecided'),
});
const DefaultsSchema = strictObject({
    provider: schemas_string().optional(),
    concurrency: positiveInt.default(4),
    timeout_s: schemas_number().positive().default(120),
    retries: schemas_number().int().nonnegative().default(3),
    samples: samplesCount.optional().describe('samples of every LLM step without its own samples: (default 1)'),
});
/** A run's spending limit; not part of any cache key (a resume with a larger budget keeps its hits). */
const BudgetSchema = strictObject({
    usd: schemas_number().nonnegative().optional().describe('USD the run may spend on provider calls'),
    tokens: schemas_number().int().nonnegative().optional().describe('input + output tokens the run may use'),
});
const JobSpecSchema = strictObject({
    $schema: schemas_string().optional(),
    version: literal(2),
    name: schemas_string().regex(NAME_PATTERN, 'name must match [a-z0-9][a-z0-9._-]*'),
    description: schemas_string().optional(),
    code_version: union([schemas_string(), schemas_number()]).transform(String).default('0'),
    inputs: record(schemas_string().regex(IDENT_PATTERN), InputEntrySchema).default({}),
    defaults: DefaultsSchema.default({ concurrency: 4, timeout_s: 120, retries: 3 }),
    providers: record(schemas_string().regex(IDENT_PATTERN), ProviderSchema).default({}),
    routes: record(schemas_string().regex(IDENT_PATTERN), RouteSchema).default({}),
    circuit_breaker: CircuitBreakerSchema.default({ failure_threshold: 5, cooldown_s: 30 }),
    budget: BudgetSchema.optional(),
    golden: GoldenSchema.optional().describe('how `orchestrator golden` compares outputs with golden files'),
    steps: record(schemas_string().regex(STEP_ID_PATTERN, 'step ids match [a-z0-9][a-z0-9_-]*'), StepSchema)
        .refine((s) => Object.keys(s).length > 0, 'a job needs at least one step'),
});
/** The spec's JSON Schema (draft 2020-12), for editors and `orchestrator schema`. */
function jobJsonSchema() {
    const schema = z.toJSONSchema(JobSpecSchema, { io: 'input', target: 'draft-2020-12' });
    return {
        $id: 'https://github.com/org/orchestrator-action/schema/job.schema.json',
        title: 'orchestrator-action job spec (version 2)',
        ...schema,
    };
}

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

;// CONCATENATED MODULE: ./lib/action/naming.js
/**
 * Names the action gives things GitHub keeps: cache keys and run artifacts. Separate and pure so
 * the rules (unique per attempt, newest earlier attempt wins by number) are tested on their own.
 */
/** ':' cannot occur in a job name, so a restore-key prefix for job "notes" never matches "notes-app". */
const naming_SEP = ':';
/**
 * `instance` (7.8) keeps matrix legs apart: each leg saves under its own key, so the second leg's
 * save is not skipped as "exists" by the first's.
 */
function cacheKeys(prefix, jobName, specSha256, runId, runAttempt, instance = '') {
    const job = `${prefix}orchestrator-${jobName}${instance ? `@${instance}` : ''}${naming_SEP}`;
    const spec = `${job}${specSha256.slice(0, 16)}${naming_SEP}`;
    return { primary: `${spec}${runId}-${runAttempt}`, restore: [spec, job] };
}

/** The PR comment's identity: one comment per job name and instance (the 2.0 marker when no instance). */
function commentIdentity(jobName, instance = '') {
    return `<!-- orchestrator-action:${jobName}${instance ? `:${instance}` : ''} -->`;
}
/** What `instance` may hold: safe in artifact names, cache keys (no ':' or ',') and an HTML comment. */
const INSTANCE_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;


;// CONCATENATED MODULE: ./lib/action/pr-comment.js
/**
 * The sticky PR comment: found by its hidden marker (first line) and its author among the PR's
 * comments (all pages) and updated in place, else created. A second hidden line records the run
 * that wrote it, so a slow older run never overwrites a newer one. A read-only token (fork PRs)
 * is a notice, not a failure.
 */




const COMMENT_BODY_FILE = RUN_FILES.prComment;
const COMMENT_META_FILE = 'pr-comment.json';
async function writeCommentFiles(runDir, request, body) {
    await mkdir(runDir, { recursive: true });
    await writeFile(runFolder(runDir).prComment, body);
    await writeFile(join(runDir, COMMENT_META_FILE), `${JSON.stringify(request, null, 2)}\n`);
}
const RUN_LINE = /<!-- orchestrator-action-run: run=(\d+) attempt=(\d+)(?: sha=([0-9a-f]{7,64}))? -->/;
function runLine(run) {
    return (`<!-- orchestrator-action-run: run=${run.runId} ` +
        `attempt=${run.attempt}${run.headSha && /^[0-9a-f]{7,64}$/.test(run.headSha) ? ` sha=${run.headSha}` : ''} ` +
        `-->`);
}
function parseRunLine(body) {
    const m = RUN_LINE.exec(body);
    return m ? { runId: Number(m[1]), attempt: Number(m[2]), headSha: m[3] } : undefined;
}
function isNewer(a, b) {
    return a.runId > b.runId || (a.runId === b.runId && a.attempt > b.attempt);
}
/** The body as posted: identity marker, run line, then the rendered comment without any marker of its own. */
function commentText(marker, run, body) {
    const cleaned = body.replace(/<!-- orchestrator-action[^>]*-->\n?/g, '');
    return `${marker}\n${run ? `${runLine(run)}\n` : ''}${cleaned}`;
}
/** GitHub's login for comments made with a workflow's GITHUB_TOKEN (GET /user is refused to it). */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** The token's login: GET /user for a user or app token; installation tokens cannot call it. */
async function tokenLogin(octokit) {
    try {
        return (await octokit.rest.users.getAuthenticated()).data.login;
    }
    catch {
        return ACTIONS_BOT_LOGIN;
    }
}
/** GitHub's GraphQL mutation behind "Hide -> Outdated" in the UI (REST has no equivalent). */
const MINIMIZE = 'mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment ' +
    '{ isMinimized } } }';
/**
 * Finds our comment (marker AND author: someone else's comment holding the marker is left alone),
 * then updates it, or deletes and re-posts it (`recreate`), unless it was written by a newer run.
 */
async function upsertComment(octokit, target, body, opts = {}) {
    const { owner, repo, issueNumber, marker } = target;
    const author = opts.author ?? (await tokenLogin(octokit));
    const text = commentText(marker, opts.run, body);
    let found;
    for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, {
        owner,
        repo,
        issue_number: issueNumber,
        per_page: 100,
    })) {
        // The newest of ours wins: with hide-old, older ones stay on the PR, minimized.
        for (const c of page.data) {
            if (typeof c.body === 'string' && c.body.split('\n', 1)[0] === marker && c.user?.login === author)
                found = { id: c.id, nodeId: c.node_id, body: c.body };
        }
    }
    if (found) {
        const theirs = parseRunLine(found.body);
        if (opts.run && theirs && isNewer(theirs, opts.run))
            return { action: 'stale', id: found.id };
        if (opts.mode === undefined || opts.mode === 'update') {
            const res = await octokit.rest.issues.updateComment({ owner, repo, comment_id: found.id, body: text });
            return { action: 'updated', id: found.id, url: res.data.html_url };
        }
        if (opts.mode === 'recreate')
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: found.id });
    }
    const res = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body: text });
    if (found && opts.mode === 'hide-old') {
        // Posted first, hidden second: a failure here leaves two visible comments, never none.
        await octokit.graphql(MINIMIZE, { id: found.nodeId });
        return { action: 'superseded', id: res.data.id, url: res.data.html_url };
    }
    return { action: found ? 'recreated' : 'created', id: res.data.id, url: res.data.html_url };
}
function isReadOnlyTokenError(e) {
    const status = e?.status;
    return status === 403 || /Resource not accessible by integration/i.test(errorMessage(e));
}
/** Posts or updates the comment; a token without write access gets a notice and 'forbidden'. */
async function postComment(octokit, core, target, body, opts = {}) {
    try {
        const res = await upsertComment(octokit, target, body, opts);
        if (res.action === 'stale') {
            core.notice(`PR comment left as is: #${target.issueNumber}'s comment was written by a newer run`, {
                title: 'orchestrator: PR comment not updated',
            });
            return 'stale';
        }
        core.info(`PR comment ${res.action}${res.url ? `: ${res.url}` : ''}`);
        return res.action;
    }
    catch (e) {
        if (isReadOnlyTokenError(e)) {
            core.notice(`PR comment skipped: the token cannot write to #${target.issueNumber} (${errorMessage(e)}). ` +
                'Pull requests from forks get a read-only token; post the comment from a workflow_run workflow ' +
                'with the comment/ action.', { title: 'orchestrator: PR comment skipped' });
            return 'forbidden';
        }
        throw e;
    }
}

;// CONCATENATED MODULE: ./lib/action/comment-main.js
/**
 * The comment/ sub-action: the second, trusted stage of the fork-safe PR comment. A workflow_run
 * workflow downloads the run artifact(s); this finds each run folder (by its `pr-comment.json`)
 * and RE-RENDERS the comment from that folder's manifest and events with the same renderer the
 * action uses: the artifact comes from untrusted code, so its `pr-comment.md` is never posted.
 * It refuses a folder whose manifest is of another job than its request, or whose head commit is
 * not the triggering run's; the marker is rebuilt from the checked job name and instance.
 */












async function findMetaFiles(root, depth = 3) {
    const out = [];
    for (const entry of await (0,promises_namespaceObject.readdir)(root, { withFileTypes: true })) {
        const p = (0,external_node_path_namespaceObject.join)(root, entry.name);
        if (entry.isFile() && entry.name === COMMENT_META_FILE)
            out.push(p);
        else if (entry.isDirectory() && depth > 0)
            out.push(...(await findMetaFiles(p, depth - 1)));
    }
    return out.sort();
}
function refuse(file, why) {
    return new errors_OrchestratorError('E_COMMENT_INVALID', `${file}: ${why}`);
}
/**
 * Reads and checks every comment request under `root` and renders its comment from the run
 * folder beside it. `prOverride` replaces the PR number; `headSha` (the triggering run's) must
 * match the commit the run recorded, when it recorded one.
 */
async function readPendingComments(root, prOverride, headSha) {
    const metas = await findMetaFiles(root);
    const out = [];
    for (const file of metas) {
        const req = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
        const jobName = req.job_name;
        if (typeof jobName !== 'string' || !NAME_PATTERN.test(jobName))
            throw refuse(file, 'job_name is missing or invalid');
        const instance = req.instance ?? '';
        if (typeof instance !== 'string' || (instance !== '' && !INSTANCE_PATTERN.test(instance)))
            throw refuse(file, 'instance is invalid');
        const prNumber = prOverride ?? req.pr_number;
        if (prNumber === null || prNumber === undefined)
            continue; // the run was not for a pull request
        if (!Number.isInteger(prNumber) || prNumber <= 0)
            throw refuse(file, 'pr_number must be a positive integer');
        if (headSha && req.head_sha !== undefined && req.head_sha !== headSha) {
            throw refuse(file, `the run was for commit ${String(req.head_sha).slice(0, 12)}, not the triggering run's ${headSha.slice(0, 12)}`);
        }
        const runDir = (0,external_node_path_namespaceObject.dirname)(file);
        let manifest;
        try {
            manifest = await readManifest(runDir);
        }
        catch (e) {
            throw refuse(file, `no readable manifest beside it (${errorMessage(e)}); the comment is rendered from the run, not from ` +
                `a body file`);
        }
        if (manifest.job_name !== jobName)
            throw refuse(file, `the run folder holds job "${String(manifest.job_name)}", not "${jobName}"`);
        // The marker is rebuilt from the checked job name and instance: an artifact cannot make us edit someone else's
        // comment.
        const marker = commentIdentity(jobName, instance);
        const body = renderComment(manifest, readEventsSync(run_folder_runFolder(runDir).events).events) + credentialsSection(manifest);
        out.push({ dir: runDir, jobName, prNumber, marker, body, headSha: req.head_sha });
    }
    return out;
}
async function runComment(services) {
    const svc = services ?? (await (await __nccwpck_require__.e(/* import() */ 483).then(__nccwpck_require__.bind(__nccwpck_require__, 4483))).githubServices());
    const { core } = svc;
    try {
        const path = core.getInput('path').trim() || '.';
        const token = core.getInput('github-token').trim();
        const prRaw = core.getInput('pr-number').trim();
        if (token)
            core.setSecret(token);
        if (!token)
            throw new errors_UsageError('E_ACTION_INPUT', 'input "github-token" is required');
        if (prRaw && !/^[1-9]\d*$/.test(prRaw))
            throw new errors_UsageError('E_ACTION_INPUT', `input "pr-number" must be a positive integer; got "${prRaw}"`);
        const ctx = readRunContext(svc.env);
        const trigger = readWorkflowRun(svc.env.GITHUB_EVENT_PATH);
        const headSha = trigger.headSha;
        const pending = await readPendingComments((0,external_node_path_namespaceObject.resolve)(ctx.workspace, path), prRaw ? Number(prRaw) : undefined, headSha);
        if (pending.length === 0) {
            core.notice(`No PR comment to post under ${path} (no ${COMMENT_META_FILE} with a pull request number)`);
            core.setOutput('posted', 0);
            return;
        }
        const octokit = await svc.github(token);
        // Ordering comes from the trusted event, never from the artifact (a forged huge run id would
        // freeze the comment).
        const run = trigger.runId
            ? { runId: trigger.runId, attempt: trigger.attempt ?? 1, headSha }
            : undefined;
        let posted = 0;
        for (const c of pending) {
            if (headSha) {
                const pr = await octokit.rest.pulls.get({ owner: ctx.owner, repo: ctx.repo, pull_number: c.prNumber });
                if (pr.data.head.sha !== headSha) {
                    core.warning(`Not commenting on #${c.prNumber}: its head ${pr.data.head.sha.slice(0, 7)} is not the workflow ` +
                        `run's head ${headSha.slice(0, 7)}`);
                    continue;
                }
            }
            const res = await postComment(octokit, core, { owner: ctx.owner, repo: ctx.repo, issueNumber: c.prNumber, marker: c.marker }, c.body, { run });
            if (res !== 'forbidden' && res !== 'stale')
                posted++;
        }
        core.setOutput('posted', posted);
    }
    catch (e) {
        core.setFailed(`orchestrator comment: ${errorMessage(e)}`);
    }
}
function readWorkflowRun(eventPath) {
    if (!eventPath)
        return {};
    try {
        const wr = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8')).workflow_run;
        return {
            headSha: typeof wr?.head_sha === 'string' ? wr.head_sha : undefined,
            runId: typeof wr?.id === 'number' ? wr.id : undefined,
            attempt: typeof wr?.run_attempt === 'number' ? wr.run_attempt : undefined,
        };
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./lib/action/comment-index.js
/** Entry point of the comment/ sub-action (dist/comment/index.js). */

void runComment();

