export const id = 628;
export const ids = [628];
export const modules = {

/***/ 44628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeCostPlan: () => (/* binding */ writeCostPlan)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);


async function writeCostPlan(o) {
    try {
        // Loaded only when asked for: it brings the tokenizer.
        const { planCost, costPlanText } = await __webpack_require__.e(/* import() */ 316).then(__webpack_require__.bind(__webpack_require__, 86316));
        const store = o.store;
        const plan = await planCost({ loaded: o.loaded, cache: store ? { get: (k) => store.peek(k) } : null, env: o.env });
        if (o.budgetUsd !== undefined)
            plan.budget = { ...plan.budget, usd: o.budgetUsd };
        const t = plan.totals;
        const head = `### 💰 Cost plan (before the run): ${t.misses} call${t.misses === 1 ? '' : 's'}, est. $${t.cost_usd.toFixed(4)}`;
        // Step ids, provider names and prices only, but the same redaction as every other summary line.
        await o.core.appendSummary(`${head}\n\n${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)(o.redact.apply(costPlanText(plan)).trimEnd(), 'text')}\n\n`);
    }
    catch (e) {
        o.core.warning(`Could not estimate the cost plan: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}


/***/ }),

/***/ 87703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   DX: () => (/* binding */ clipLine),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   GA: () => (/* binding */ cellCode),
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Pu: () => (/* binding */ pickSteps),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   qy: () => (/* binding */ html)
/* harmony export */ });
/* unused harmony exports neutralizeMentions, formatBytes */
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
function formatCount(n) {
    return num(n).toLocaleString('en-US');
}
const STATUS_ICONS = {
    succeeded: '✅',
    failed: '❌',
    cancelled: '🛑',
    running: '⏳',
    pending: '⏸️',
    skipped: '⏭️',
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
/** Data as Markdown text: every ASCII punctuation backslash-escaped (no emphasis, link, image, HTML, table cell), newlines flattened. */
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


/***/ })

};
