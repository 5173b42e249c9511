export const id = 445;
export const ids = [445];
export const modules = {

/***/ 13219:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ budgetLine),
/* harmony export */   j: () => (/* binding */ pricesLine)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);

/** Budgets are often cents: four decimals below a dollar, so $0.022 of $0.02 does not read as equal. */
function usd(n) {
    return `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `Budget: $0.0220 of $0.0200 (110 %) · ...`, or undefined without a budget. */
function budgetLine(m) {
    const b = m.totals?.budget;
    if (!isObj(b))
        return undefined;
    const parts = [];
    if (typeof b.usd === 'number') {
        const spent = (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(b.spent_usd);
        parts.push(`${usd(spent)} of ${usd(b.usd)}${b.usd > 0 ? ` (${Math.round((spent / b.usd) * 100)} %)` : ''}`);
    }
    if (typeof b.tokens === 'number')
        parts.push(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(b.spent_tokens))} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(b.tokens)} tokens`);
    if (parts.length === 0)
        return undefined;
    const limit = b.exceeded === 'usd' || b.exceeded === 'tokens' ? b.exceeded : undefined;
    const exceeded = limit ? ` · **${limit} budget reached**: steps not started were skipped (\`budget_exceeded\`); resume with a larger budget` : '';
    return `Budget: ${parts.join(' · ')}${exceeded}`;
}
const SOURCE_TEXT = {
    spec: "the spec's price",
    local: 'free (local server)',
    builtin: 'built-in table of 2025-11-30',
    none: 'unknown (counted as $0)',
};
/** `Prices (USD per Mtok, in / out): `fast` 0.15 / 0.6 (...)`, or undefined when the manifest has none. */
function pricesLine(m) {
    const prices = m.prices;
    if (!isObj(prices))
        return undefined;
    const items = Object.entries(prices)
        .slice(0, 50)
        .filter(([, p]) => isObj(p))
        .map(([name, raw]) => {
        const p = raw;
        const figure = typeof p.input_per_mtok === 'number' ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.input_per_mtok)} / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(p.output_per_mtok)}` : '';
        const source = typeof p.source === 'string' ? p.source : 'none';
        const from = source === 'registry' ? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(p.registry ?? 'registry', 80) : (SOURCE_TEXT[source] ?? (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(source, 40));
        return `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(name, 60)}${figure} (${from})`;
    });
    return items.length ? `Prices (USD per Mtok, in / out): ${items.join(', ')}` : undefined;
}


/***/ }),

/***/ 16300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ digestEvents)
/* harmony export */ });
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);

function verdicts(raw) {
    if (!Array.isArray(raw))
        return undefined;
    return raw
        .filter((v) => typeof v === 'object' && v !== null)
        .map((v, i) => ({
        index: typeof v.index === 'number' ? v.index : i,
        type: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(v.type),
        passed: v.passed === true,
        severity: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(v.severity) || 'fail',
        message: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(v.message),
    }));
}
function digestEvents(events) {
    const digest = { retries: new Map(), fallbacks: new Map(), circuitsOpened: [], lastErrors: new Map(), checks: new Map() };
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const e of events) {
        if (typeof e !== 'object' || e === null)
            continue;
        const step = typeof e.step_id === 'string' ? e.step_id : '';
        const data = (typeof e.data === 'object' && e.data !== null ? e.data : {});
        if (e.type === 'step.retrying')
            bump(digest.retries, step);
        else if (e.type === 'route.fallback')
            bump(digest.fallbacks, step);
        else if (e.type === 'circuit.opened')
            digest.circuitsOpened.push((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(data.provider ?? data.name ?? '?'));
        if ((e.type === 'quality.passed' || e.type === 'quality.failed') && step) {
            const v = verdicts(data.verdicts);
            if (v)
                digest.checks.set(step, v);
        }
        if ((e.type === 'llm.error' || e.type === 'quality.failed') && step) {
            const msg = data.message ?? data.error ?? data.reason;
            if (msg !== undefined) {
                const list = digest.lastErrors.get(step) ?? [];
                list.push(`${e.type}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .str */ .gx)(msg)}`);
                if (list.length > 3)
                    list.shift();
                digest.lastErrors.set(step, list);
            }
        }
    }
    return digest;
}


/***/ }),

/***/ 91017:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ measureBytes),
/* harmony export */   kq: () => (/* binding */ fitReport),
/* harmony export */   yI: () => (/* binding */ measureChars)
/* harmony export */ });
const measureChars = (t) => t.length;
const measureBytes = (t) => Buffer.byteLength(t, 'utf8');
const SEP = '\n\n';
function fitReport(sections, limit, measure, droppedNote) {
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


/***/ }),

/***/ 18445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e5: () => (/* binding */ cacheText),
  sV: () => (/* binding */ linksLine),
  renderSummary: () => (/* binding */ renderSummary),
  Hm: () => (/* binding */ statusWord),
  JC: () => (/* binding */ whereElse)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES, digestEvents

// EXTERNAL MODULE: ./lib/report/digest.js
var report_digest = __webpack_require__(16300);
// EXTERNAL MODULE: ./lib/report/fit.js
var fit = __webpack_require__(91017);
// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(87703);
// EXTERNAL MODULE: ./lib/spec/mermaid.js
var mermaid = __webpack_require__(31396);
;// CONCATENATED MODULE: ./lib/report/mermaid.js
/** The DAG as Mermaid for job summaries and PR comments; the renderer lives in the spec layer. */


// EXTERNAL MODULE: ./lib/report/instances.js
var instances = __webpack_require__(63718);
;// CONCATENATED MODULE: ./lib/report/mermaid-status.js



/** Sort priority for truncation: failures, then running, then done, then skipped. */
function failuresFirst(manifest) {
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
function renderStatusFlowchart(manifest, options = {}) {
    // A fanned-out step is one node (its instances are counted in its label), however many items it had.
    const nodes = (0,instances/* withoutInstances */.BW)(manifest, Object.keys(manifest.steps)).map((id) => ({
        id,
        needs: manifest.graph?.[id] ?? [],
        ...(options.kinds?.[id] ? { kind: options.kinds[id] } : {}),
    }));
    return (0,mermaid/* cappedFlowchart */.Md)(nodes, {
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
            const g = (0,instances/* instanceGroups */.SF)(manifest).get(id);
            if (g || s.instances) {
                const total = g?.total ?? s.instances?.total ?? 0;
                const failed = g?.byStatus.failed ?? s.instances?.failed ?? 0;
                return `×${total}${failed ? `, ${failed} failed` : ''}`;
            }
            if (s.status === 'succeeded' || s.status === 'failed')
                return s.cache === 'hit' ? 'cached' : (0,format/* formatDuration */.a3)(s.duration_ms);
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
function renderGantt(manifest, options = {}) {
    const maxTasks = options.maxTasks ?? 200;
    const maxChars = Math.min(options.maxChars ?? 40_000, mermaid/* MERMAID_MAX_TEXT */.J);
    // A fanned-out step's bar spans its instances: one bar per step however many items it had.
    const timed = (0,instances/* withoutInstances */.BW)(manifest, Object.keys(manifest.steps)).filter((id) => {
        const s = manifest.steps[id];
        return s.started_at !== undefined && Number.isFinite(Date.parse(s.started_at));
    });
    const chosen = (0,format/* pickSteps */.Pu)(timed, maxTasks, failuresFirst(manifest)).sort((a, b) => Date.parse(manifest.steps[a].started_at) - Date.parse(manifest.steps[b].started_at));
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
        const tag = step.status === 'failed' ? 'crit, ' : step.status === 'running' ? 'active, ' : step.status === 'succeeded' ? 'done, ' : '';
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

// EXTERNAL MODULE: ./lib/report/sections.js
var report_sections = __webpack_require__(13136);
// EXTERNAL MODULE: ./lib/report/budget-lines.js
var budget_lines = __webpack_require__(13219);
;// CONCATENATED MODULE: ./lib/report/summary.js








/** GitHub refuses a step summary over 1 MiB (bytes); keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** "the run artifact `NAME`" when one was uploaded, else nothing: never point to what does not exist. */
function whereElse(links) {
    return links.artifactName ? `the run artifact ${(0,format/* code */.aY)(links.artifactName, 200)}` : undefined;
}
function linksLine(m, links) {
    const meta = [`Job ${(0,format/* code */.aY)(m.job_id, 120)}`, `attempt ${(0,format/* formatCount */.B4)((0,format/* num */.bu)(m.attempt) || 1)}`];
    if (links.sha)
        meta.push(`commit ${(0,format/* code */.aY)((0,format/* str */.gx)(links.sha).slice(0, 12), 40)}`);
    if (links.runUrl)
        meta.push(`[workflow run](${safeUrl(links.runUrl)})`);
    if (links.artifactName)
        meta.push(links.artifactUrl ? `artifact [${(0,format/* code */.aY)(links.artifactName, 200)}](${safeUrl(links.artifactUrl)})` : `artifact ${(0,format/* code */.aY)(links.artifactName, 200)}`);
    return meta;
}
/** Only http(s) URLs the action built; anything else is not linked. */
function safeUrl(url) {
    return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '#';
}
function cacheText(m) {
    const t = m.totals ?? {};
    const hits = (0,format/* num */.bu)(t.cache_hits);
    const misses = (0,format/* num */.bu)(t.cache_misses);
    return hits + misses === 0 ? 'cache off' : `cache ${(0,format/* formatCount */.B4)(hits)} hit / ${(0,format/* formatCount */.B4)(misses)} miss`;
}
function totalsTable(m) {
    const t = m.totals ?? {};
    const cacheOff = (0,format/* num */.bu)(t.cache_hits) + (0,format/* num */.bu)(t.cache_misses) === 0;
    return [
        '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / out | Cost |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${(0,format/* formatDuration */.a3)(t.duration_ms)} | ${(0,format/* formatCount */.B4)(t.steps)} | ${(0,format/* formatCount */.B4)(t.succeeded)} | ${(0,format/* formatCount */.B4)(t.failed)} | ${(0,format/* formatCount */.B4)(t.skipped)} | ${cacheOff ? 'off' : (0,format/* formatCount */.B4)(t.cache_hits)} | ${cacheOff ? 'off' : (0,format/* formatCount */.B4)(t.cache_misses)} | ${(0,format/* formatCount */.B4)(t.llm_calls)} | ${(0,format/* formatCount */.B4)(t.input_tokens)} / ${(0,format/* formatCount */.B4)(t.output_tokens)} | ${(0,format/* formatCost */.BD)(t.cost_usd)} |`,
    ].join('\n');
}
function statusWord(status) {
    const s = (0,format/* str */.gx)(status);
    return ['running', 'succeeded', 'failed', 'cancelled'].includes(s) ? s : (0,format/* code */.aY)(s, 40);
}
function goldenSection(g, maxChars) {
    if (!g.drift)
        return '### Golden outputs\n\n✅ Outputs match the golden files.';
    const list = (label, xs) => xs.length
        ? `- ${label}: ${xs
            .slice(0, 50)
            .map((x) => (0,format/* code */.aY)(x, 200))
            .join(', ')}${xs.length > 50 ? ` … (+${xs.length - 50})` : ''}`
        : '';
    return [
        '### ❌ Golden outputs drifted',
        '',
        [list('changed', g.changed), list('missing', g.missing), list('extra', g.extra)].filter(Boolean).join('\n'),
        ...(maxChars > 0
            ? ['', '<details open><summary>Diff</summary>', '', (0,format/* fence */.EU)((0,format/* clip */.$Q)(g.diff, maxChars), 'diff'), '', '</details>']
            : ['', '> ⚠️ The diff was left out to fit the size limit.']),
    ].join('\n');
}
const TABLE_ROWS = [1000, 300, 100, 30, 10];
const DIAGRAM_NODES = [200, 100, 50, 20, 0];
const TIMELINE_TASKS = [200, 100, 40, 10];
function droppedNote(what, links) {
    return (names) => {
        const where = whereElse(links);
        return `> ⚠️ ${what} cut to stay under GitHub's size limit; left out: ${names.join(', ')}.${where ? ` Everything is in ${where}.` : ''}`;
    };
}
function renderSummary(manifest, events, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
    const digest = (0,report_digest/* digestEvents */.S)(events);
    const m = (0,report_sections/* normalizeManifest */.Ng)(manifest);
    const where = whereElse(options);
    const head = [`## ${(0,format/* statusIcon */.I8)(m.status)} orchestrator: ${(0,format/* code */.aY)(m.job_name, 100)} ${statusWord(m.status)}`, ''];
    head.push([...linksLine(m, options), `spec ${(0,format/* code */.aY)((0,format/* str */.gx)(m.spec_sha256).slice(0, 12), 20)}`, `code_version ${(0,format/* code */.aY)(m.code_version, 40)}`].join(' · '));
    for (const note of options.notes ?? [])
        head.push('', `> ${note}`);
    if (digest.circuitsOpened.length)
        head.push('', `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)]
            .slice(0, 20)
            .map((p) => (0,format/* code */.aY)(p, 60))
            .join(', ')}`);
    head.push('', totalsTable(m));
    for (const line of [(0,budget_lines/* budgetLine */.i)(m), (0,budget_lines/* pricesLine */.j)(m)])
        if (line)
            head.push('', line); // issue-16
    const total = (0,report_sections/* stepOrder */.B8)(m).length;
    const tableRows = [options.maxTableRows ?? 1000, ...TABLE_ROWS.filter((n) => n < (options.maxTableRows ?? 1000))];
    const failureLevels = report_sections/* FAILURE_LEVELS */.TX.map((l, i) => i === 0 ? { errorChars: options.maxErrorChars ?? l.errorChars, count: options.maxFailures ?? l.count } : l);
    const nodes = [options.maxDiagramNodes ?? 200, ...DIAGRAM_NODES.filter((n) => n < (options.maxDiagramNodes ?? 200))];
    const sections = [
        { name: 'title and totals', keep: Infinity, levels: 1, render: () => head.join('\n') },
        { name: 'failures', keep: 100, levels: failureLevels.length, render: (l) => (0,report_sections/* failuresSection */.Lb)(m, digest, failureLevels[l], '### Failures') },
        ...(options.golden
            ? [{ name: 'golden diff', keep: 90, levels: 4, render: (l) => goldenSection(options.golden, [200_000, 20_000, 2_000, 0][l]) }]
            : []),
        {
            name: 'step table',
            keep: 70,
            levels: tableRows.length,
            render: (l) => {
                const table = (0,report_sections/* stepTable */.Ph)(m, digest, tableRows[l], where);
                return `### Steps\n\n${total > 30 ? (0,report_sections/* collapsible */.r0)(`${(0,format/* formatCount */.B4)(total)} steps${total > tableRows[l] ? ', failures first' : ''}`, table, false) : table}`;
            },
        },
        { name: 'cost per model', keep: 65, levels: 1, render: () => (0,report_sections/* modelsSection */.kW)(m, '### Cost per model') },
        { name: 'check results', keep: 60, levels: 3, render: (l) => (0,report_sections/* checksSection */.N$)(m, digest, [500, 100, 20][l], '### Checks') },
        {
            name: 'DAG',
            keep: 50,
            levels: nodes.length,
            render: (l) => {
                const flow = renderStatusFlowchart(m, { maxNodes: nodes[l], kinds: options.kinds });
                return [
                    '### DAG',
                    '',
                    (0,format/* fence */.EU)(flow.text, 'mermaid'),
                    flow.shown < flow.total
                        ? `\n> ⚠️ ${(0,format/* formatCount */.B4)(flow.shown)} of ${(0,format/* formatCount */.B4)(flow.total)} steps drawn one by one (failures and their neighbours first); the others are collapsed per level to stay within Mermaid's limits.`
                        : '',
                ].join('\n');
            },
        },
        { name: 'output previews', keep: 40, levels: report_sections/* PREVIEW_LEVELS */.zQ.length, render: (l) => (0,report_sections/* previewsSection */.XO)(m, options.previews, report_sections/* PREVIEW_LEVELS */.zQ[l], '### Outputs') },
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
                    (0,format/* fence */.EU)(gantt.text, 'mermaid'),
                    gantt.shown < gantt.total ? `\n> ⚠️ Timeline cut: ${(0,format/* formatCount */.B4)(gantt.shown)} of ${(0,format/* formatCount */.B4)(gantt.total)} steps shown (failures first).` : '',
                ].join('\n');
            },
        },
    ];
    return (0,fit/* fitReport */.kq)(sections, maxBytes, fit/* measureBytes */.EO, droppedNote('Summary', options)).text;
}


/***/ })

};
