export const id = 730;
export const ids = [730];
export const modules = {

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


/***/ }),

/***/ 63718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ withoutInstances),
/* harmony export */   SF: () => (/* binding */ instanceGroups),
/* harmony export */   tK: () => (/* binding */ instanceText)
/* harmony export */ });
/* unused harmony exports FAILED_INSTANCES_SHOWN, instanceParent */
/** How many failed instance ids a report names per step before it says "and N more". */
const FAILED_INSTANCES_SHOWN = 10;
const groups = new WeakMap();
/** Step id -> its instances, for every fanned-out step of the manifest (computed once per manifest). */
function instanceGroups(m) {
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
function withoutInstances(m, ids) {
    return ids.filter((id) => instanceParent(m.steps[id]) === undefined);
}
/** `12 instances: 10 succeeded, 2 failed (a[x], a[y])`, or undefined for a step that does not fan out. */
function instanceText(m, id, shown = FAILED_INSTANCES_SHOWN) {
    const g = instanceGroups(m).get(id);
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
    const names = failed.length ? ` (failed: ${failed.slice(0, shown).join(', ')}${failed.length > shown ? `, and ${failed.length - shown} more` : ''})` : '';
    return `${total} instance${total === 1 ? '' : 's'}${total ? `: ${counts.join(', ')}` : ''}${names}`;
}


/***/ }),

/***/ 8730:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ renderPrChanges),
/* harmony export */   N: () => (/* binding */ PR_CHANGES_LEVELS),
/* harmony export */   comparePrRuns: () => (/* binding */ comparePrRuns)
/* harmony export */ });
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37291);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13136);
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
            out.set((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.path), { sha: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(o.sha256), step: id });
    }
    return out;
}
function comparePrRuns(base, head) {
    const b = base.manifest;
    const h = head.manifest;
    const steps = [];
    for (const id of (0,_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .stepOrder */ .B8)(h)) {
        const before = b.steps?.[id];
        if (!before)
            steps.push({ id, change: 'added' });
        // Without a key on both sides (a step that never ran on one) there is nothing to compare.
        else if (before.cache_key && h.steps[id].cache_key && (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(before.cache_key) !== (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(h.steps[id].cache_key))
            steps.push({ id, change: 'changed' });
    }
    for (const id of (0,_sections_js__WEBPACK_IMPORTED_MODULE_1__/* .stepOrder */ .B8)(b))
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
            : (0,diff__WEBPACK_IMPORTED_MODULE_2__/* .createTwoFilesPatch */ .ss)(`base/${path}`, `head/${path}`, before, after, undefined, undefined, { context: 3 });
        outputs.push({ path, step: (y ?? x).step, change, diff });
    }
    const t = (m) => m.totals ?? {};
    return {
        baseSha: base.sha,
        steps,
        outputs,
        cost: { base: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).cost_usd), head: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).cost_usd) },
        duration: { base: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).duration_ms), head: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).duration_ms) },
        tokens: { base: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).input_tokens) + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).output_tokens), head: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).input_tokens) + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).output_tokens) },
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
    const base = c.baseSha ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.baseSha.slice(0, 12), 20)}` : '';
    if (c.unchanged)
        return `**What this PR changed:** nothing: every step and output is the same as on the base branch${base}.`;
    const lines = [
        '### What this PR changed',
        '',
        `Against the latest run of the base branch${base}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.steps.length)} step${c.steps.length === 1 ? '' : 's'} changed, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.outputs.length)} output${c.outputs.length === 1 ? ' differs' : 's differ'}.`,
        `Cost ${delta(c.cost.base, c.cost.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)} · time ${delta(c.duration.base, c.duration.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)} · tokens ${delta(c.tokens.base, c.tokens.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)}`,
    ];
    if (c.steps.length) {
        const shown = c.steps
            .slice(0, level.maxSteps)
            .map((s) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.id, 100)} (${VERB[s.change]})`)
            .join(', ');
        lines.push('', `Steps: ${shown}${c.steps.length > level.maxSteps ? ` … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.steps.length - level.maxSteps)} more` : ''}`);
    }
    if (c.outputs.length) {
        lines.push('');
        for (const [i, o] of c.outputs.entries()) {
            if (i >= level.maxDiffs) {
                const rest = c.outputs
                    .slice(i, i + 50)
                    .map((x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(x.path, 120))
                    .join(', ');
                lines.push(`Also differ: ${rest}${c.outputs.length > i + 50 ? ' …' : ''}`);
                break;
            }
            const title = `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(o.path, 200))}</code> ${VERB[o.change]}${o.step ? ` (step <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(o.step, 100))}</code>)` : ''}`;
            const body = o.diff === undefined ? 'The text of one side was not kept (binary or too big).' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(o.diff, level.maxDiffChars), 'diff');
            lines.push(`<details><summary>${title}</summary>`, '', body, '', '</details>');
        }
    }
    return lines.join('\n');
}


/***/ }),

/***/ 13136:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ stepOrder),
/* harmony export */   Lb: () => (/* binding */ failuresSection),
/* harmony export */   N$: () => (/* binding */ checksSection),
/* harmony export */   Ng: () => (/* binding */ normalizeManifest),
/* harmony export */   Ph: () => (/* binding */ stepTable),
/* harmony export */   TX: () => (/* binding */ FAILURE_LEVELS),
/* harmony export */   XO: () => (/* binding */ previewsSection),
/* harmony export */   kW: () => (/* binding */ modelsSection),
/* harmony export */   r0: () => (/* binding */ collapsible),
/* harmony export */   zQ: () => (/* binding */ PREVIEW_LEVELS)
/* harmony export */ });
/* unused harmony exports word, failuresFirst, failedSteps */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);
/* harmony import */ var _spec_mermaid_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31396);
/* harmony import */ var _instances_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63718);



/**
 * A manifest read from an artifact may be forged or damaged: the renderers get one whose `steps`
 * is an object of objects (each with an `outputs` array and a `usage` object), `graph` an object
 * of string arrays and `totals` an object, whatever the input held.
 */
function normalizeManifest(input) {
    const raw = (input ?? {});
    const obj = (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});
    const steps = {};
    for (const [id, v] of Object.entries(obj(raw.steps))) {
        const st = obj(v);
        steps[id] = {
            ...st,
            outputs: Array.isArray(st.outputs) ? st.outputs.filter((o) => typeof o === 'object' && o !== null) : [],
            usage: obj(st.usage),
        };
    }
    const graph = {};
    for (const [id, v] of Object.entries(obj(raw.graph)))
        graph[id] = Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
    return { ...raw, steps, graph, totals: obj(raw.totals) };
}
/** Known engine words print as they are; anything else from a manifest is shown as code. */
const WORD = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
function word(value) {
    const s = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(value);
    return WORD.test(s) && s.length <= 40 ? s : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(s, 40);
}
/**
 * Steps in the order a reader expects: as they ran (by start time), then those that never started
 * by DAG level. Not Object.keys order: a JSON object puts integer-like keys ("0", "42") first.
 */
const orders = new WeakMap();
function stepOrder(m) {
    let cached = orders.get(m);
    if (!cached) {
        cached = computeOrder(m);
        orders.set(m, cached);
    }
    return [...cached];
}
function computeOrder(m) {
    const ids = Object.keys(m.steps ?? {});
    const level = (0,_spec_mermaid_js__WEBPACK_IMPORTED_MODULE_1__/* .levelsOf */ .pd)(ids.map((id) => ({ id, needs: Array.isArray(m.graph?.[id]) ? m.graph[id] : [] })));
    const start = (id) => {
        const t = Date.parse((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(m.steps[id]?.started_at));
        return Number.isFinite(t) ? t : Infinity;
    };
    return ids
        .map((id, i) => ({ id, i, t: start(id), l: level.get(id) ?? 0 }))
        .sort((a, b) => (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.l - b.l || a.i - b.i)
        .map((x) => x.id);
}
const RANK = { failed: 0, running: 1, skipped: 2, pending: 3 };
function failuresFirst(m, ids) {
    return ids
        .map((id, i) => ({ id, i, r: RANK[m.steps[id]?.status] ?? 4 }))
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .map((x) => x.id);
}
function failedSteps(m) {
    return stepOrder(m).filter((id) => m.steps[id].status === 'failed');
}
function checksCell(s, digest, id) {
    const v = digest.checks.get(id);
    if (v?.length) {
        const passed = v.filter((x) => x.passed).length;
        return `${passed}/${v.length}${passed < v.length ? ' ❌' : ' ✅'}`;
    }
    if (s.checks && ((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.checks.passed) || (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.checks.failed))) {
        const p = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.checks.passed);
        const t = p + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.checks.failed);
        return `${p}/${t}${p < t ? ' ❌' : ' ✅'}`;
    }
    return '–';
}
function stepRow(id, s, digest, m) {
    const fanned = (0,_instances_js__WEBPACK_IMPORTED_MODULE_2__/* .instanceText */ .tK)(m, id, 3);
    const status = s.status === 'skipped' && s.reason ? `${word(s.status)} (${word(s.reason)})` : fanned ? `${word(s.status)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(fanned, 300)})` : word(s.status);
    const model = s.provider ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(s.provider)}${s.model ? ` / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(s.model)}` : ''}`, 80) : '–';
    const retries = digest.retries.get(id);
    const fallbacks = digest.fallbacks.get(id);
    const extra = [retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '', fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '']
        .filter(Boolean)
        .join(', ');
    return `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(s.status)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(id)} | ${status} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(s.duration_ms)} | ${word(s.cache)} | ${model} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.attempts)}${extra ? ` (${extra})` : ''} | ${checksCell(s, digest, id)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.usage?.input_tokens)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(s.usage?.output_tokens)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)(s.cost_usd)} |`;
}
/**
 * The step table: every step up to `maxRows`; past it, failures first, saying how many were cut.
 * A fanned-out step is one row with its instances counted (./instances.ts).
 */
function stepTable(m, digest, maxRows, whereElse) {
    const ids = (0,_instances_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutInstances */ .BW)(m, stepOrder(m));
    const shown = ids.length <= maxRows ? ids : failuresFirst(m, ids).slice(0, maxRows);
    const rows = [
        '| Step | Status | Duration | Cache | Provider / model | Attempts | Checks | Tokens in / out | Cost |',
        '|---|---|---:|---|---|---:|---:|---:|---:|',
        ...shown.map((id) => stepRow(id, m.steps[id], digest, m)),
    ];
    if (shown.length < ids.length) {
        rows.push('', `> ⚠️ Table cut: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(shown.length)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(ids.length)} steps shown, failures first.${whereElse ? ` All of them are in ${whereElse}.` : ''}`);
    }
    return rows.join('\n');
}
/** Collapsed when long: a 1,000-row table open by default buries everything under it. */
function collapsible(title, body, open) {
    return [`<details${open ? ' open' : ''}><summary>${title}</summary>`, '', body, '', '</details>'].join('\n');
}
const FAILURE_LEVELS = [
    { errorChars: 4000, count: 100 },
    { errorChars: 1500, count: 100 },
    { errorChars: 600, count: 60 },
    { errorChars: 200, count: 30 },
    { errorChars: 0, count: 200 },
];
function failureBlock(id, s, digest, maxChars) {
    const err = s.error;
    const title = err ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(err.code)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(err.message).split('\n')[0]}` : 'failed';
    const body = [err ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(err.message) : 'no error recorded', ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`)].join('\n');
    return [
        '<details>',
        `<summary>❌ <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(id, 200))}</code> — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(title, 200))}</summary>`,
        '',
        (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(body, maxChars)),
        err?.hint ? `\n**Hint:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(err.hint), 500))}` : '',
        '',
        '</details>',
    ].join('\n');
}
/** Every failure with its error; shrinking shortens the errors, then lists the failed ids only. */
function failuresSection(m, digest, level, heading) {
    const failed = failedSteps(m);
    if (!failed.length)
        return '';
    if (level.errorChars === 0) {
        const list = failed
            .slice(0, level.count)
            .map((id) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(id, 100))
            .join(', ');
        return [
            `${heading} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(failed.length)})`,
            '',
            `❌ ${list}${failed.length > level.count ? ` … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(failed.length - level.count)} more` : ''}`,
            '',
            '> ⚠️ Error texts left out to fit the size limit.',
        ].join('\n');
    }
    const blocks = failed.slice(0, level.count).map((id) => failureBlock(id, m.steps[id], digest, level.errorChars));
    if (failed.length > level.count)
        blocks.push(`> ⚠️ Showing ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(level.count)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(failed.length)} failures: ${failed
            .slice(level.count, level.count + 50)
            .map((id) => (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(id, 60))
            .join(', ')}${failed.length > level.count + 50 ? ' …' : ''}`);
    return [`${heading} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(failed.length)})`, '', ...blocks].join('\n');
}
/** Check verdicts per step, pass/fail per check (as promptfoo's table shows them). */
function checksSection(m, digest, maxRows, heading) {
    const ids = failuresFirst(m, stepOrder(m).filter((id) => digest.checks.get(id)?.length));
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
            const verdict = v.passed ? '✅ pass' : v.severity === 'warn' ? '⚠️ warn' : '❌ fail';
            // Index -1: the output_schema verdict, not one of the step's listed checks.
            const check = v.index >= 0 ? `${v.index + 1}. ${word(v.type)}` : 'output_schema';
            rows.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(id)} | ${check} | ${verdict} | ${v.passed ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(v.message, 160)} |`);
        }
    }
    const total = ids.reduce((n, id) => n + digest.checks.get(id).length, 0);
    const failed = ids.reduce((n, id) => n + digest.checks.get(id).filter((v) => !v.passed).length, 0);
    const table = [
        '| Step | Check | Result | Message |',
        '|---|---|---|---|',
        ...rows,
        ...(cut ? ['', `> ⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(cut)} more check results not shown (failures first).`] : []),
    ].join('\n');
    return [heading, '', collapsible(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(total - failed)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(total)} checks passed`, table, failed > 0 && rows.length <= 30)].join('\n');
}
/** Cost and tokens per provider / model, from the steps. */
function modelsSection(m, heading) {
    const by = new Map();
    for (const s of Object.values(m.steps ?? {})) {
        if (!s.provider)
            continue;
        const key = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(s.provider)}${s.model ? ` / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(s.model)}` : ''}`;
        const row = by.get(key) ?? { steps: 0, input: 0, output: 0, cost: 0 };
        row.steps++;
        row.input += (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.usage?.input_tokens);
        row.output += (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.usage?.output_tokens);
        row.cost += (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(s.cost_usd);
        by.set(key, row);
    }
    if (!by.size)
        return '';
    const rows = [...by]
        .sort((a, b) => b[1].cost - a[1].cost || a[0].localeCompare(b[0]))
        .slice(0, 30)
        .map(([k, r]) => `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(k, 80)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(r.steps)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(r.input)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(r.output)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)(r.cost)} |`);
    return [heading, '', '| Provider / model | Steps | Tokens in | Tokens out | Cost |', '|---|---:|---:|---:|---:|', ...rows].join('\n');
}
const PREVIEW_LEVELS = [
    { steps: 50, chars: 2000 },
    { steps: 20, chars: 800 },
    { steps: 5, chars: 300 },
];
/** Each step's first output, collapsed and cut, inside a code fence (inert: nothing in it renders). */
function previewsSection(m, previews, level, heading) {
    if (!previews)
        return '';
    const ids = stepOrder(m).filter((id) => previews[id]);
    if (!ids.length)
        return '';
    const blocks = ids.slice(0, level.steps).map((id) => {
        const p = previews[id];
        const size = p.size_bytes ?? Buffer.byteLength(p.text, 'utf8');
        return [
            `<details><summary><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(id, 120))}</code> → <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(p.path, 200))}</code> (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(size)} bytes)</summary>`,
            '',
            (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(p.text, level.chars)),
            '',
            '</details>',
        ].join('\n');
    });
    if (ids.length > level.steps)
        blocks.push(`> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(ids.length - level.steps)} more outputs not previewed.`);
    return [heading, '', ...blocks].join('\n');
}


/***/ })

};
