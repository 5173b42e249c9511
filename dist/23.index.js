export const id = 23;
export const ids = [23];
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

/***/ 37023:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   renderComment: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT_CHARS, commentMarker */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16300);
/* harmony import */ var _fit_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(91017);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87703);
/* harmony import */ var _pr_changes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8730);
/* harmony import */ var _sections_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(13136);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(18445);
/* harmony import */ var _budget_lines_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(13219);







const COMMENT_LIMIT_CHARS = 65_536;
/** The hidden marker; a job name outside the spec's name pattern cannot break out of the comment. */
function commentMarker(jobName) {
    return `<!-- orchestrator-action:${String(jobName).replace(/[^a-z0-9._-]/g, '_')} -->`;
}
const COMMENT_FAILURES = [{ errorChars: 2000, count: 30 }, { errorChars: 800, count: 30 }, ..._sections_js__WEBPACK_IMPORTED_MODULE_3__/* .FAILURE_LEVELS */ .TX.slice(3)];
function renderComment(manifest, events, options = {}) {
    const maxChars = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
    const m = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeManifest */ .Ng)(manifest);
    const t = m.totals ?? {};
    const digest = (0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestEvents */ .S)(events);
    const marker = commentMarker(m.job_name);
    const where = (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .whereElse */ .JC)(options) ?? 'the job summary';
    const head = [
        marker,
        `### ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .statusIcon */ .I8)(m.status)} orchestrator: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(m.job_name, 100)} ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .statusWord */ .Hm)(m.status)}`,
        '',
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(t.succeeded)}** succeeded · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(t.failed)}** failed · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(t.skipped)}** skipped of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(t.steps)} step${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(t.steps) === 1 ? '' : 's'} · ` +
            `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(t.duration_ms)} · ${(0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .cacheText */ .e5)(m)} · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(t.input_tokens) + (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(t.output_tokens))} tokens · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCost */ .BD)(t.cost_usd)}`,
        '',
        (0,_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .linksLine */ .sV)(m, options).join(' · '),
        ...((0,_budget_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetLine */ .i)(m) ? ['', (0,_budget_lines_js__WEBPACK_IMPORTED_MODULE_5__/* .budgetLine */ .i)(m)] : []), // issue-16
    ].join('\n');
    const total = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .stepOrder */ .B8)(m).length;
    const rows = [options.maxTableRows ?? 50, 30, 10].filter((n, i, a) => i === 0 || n < a[0]);
    const sections = [
        { name: 'title and totals', keep: Infinity, levels: 1, render: () => head },
        { name: 'failures', keep: 100, levels: COMMENT_FAILURES.length, render: (l) => (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .failuresSection */ .Lb)(m, digest, COMMENT_FAILURES[l], '**Failures**') },
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
                            ? ['<details><summary>Diff</summary>', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(options.golden.diff, [20_000, 3_000][l]), 'diff'), '', '</details>']
                            : [
                                `Changed: ${options
                                    .golden.changed.slice(0, 30)
                                    .map((x) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(x, 120))
                                    .join(', ')}`,
                            ]),
                    ].join('\n'),
                },
            ]
            : []),
        ...(options.changes || options.changesNote
            ? [
                {
                    name: 'what this PR changed',
                    keep: 80,
                    levels: _pr_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .PR_CHANGES_LEVELS */ .N.length,
                    render: (l) => options.changes ? (0,_pr_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPrChanges */ .A)(options.changes, _pr_changes_js__WEBPACK_IMPORTED_MODULE_2__/* .PR_CHANGES_LEVELS */ .N[l]) : `**What this PR changed:** ${options.changesNote}`,
                },
            ]
            : []),
        {
            name: 'step table',
            keep: 70,
            levels: rows.length,
            render: (l) => (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .collapsible */ .r0)(`Steps (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(total)}${total > rows[l] ? '; failures first' : ''})`, (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .stepTable */ .Ph)(m, digest, rows[l], where), false),
        },
        {
            name: 'cost per model',
            keep: 65,
            levels: 1,
            render: () => {
                const s = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .modelsSection */ .kW)(m, '');
                return s ? (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .collapsible */ .r0)('Cost per model', s.trim(), false) : '';
            },
        },
        { name: 'check results', keep: 60, levels: 2, render: (l) => (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .checksSection */ .N$)(m, digest, [50, 15][l], '**Checks**') },
        {
            name: 'output previews',
            keep: 40,
            levels: _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .PREVIEW_LEVELS */ .zQ.length,
            render: (l) => {
                const s = (0,_sections_js__WEBPACK_IMPORTED_MODULE_3__/* .previewsSection */ .XO)(m, options.previews, { ..._sections_js__WEBPACK_IMPORTED_MODULE_3__/* .PREVIEW_LEVELS */ .zQ[l], steps: Math.min(10, _sections_js__WEBPACK_IMPORTED_MODULE_3__/* .PREVIEW_LEVELS */ .zQ[l].steps) }, '**Outputs**');
                return s;
            },
        },
    ];
    const note = (names) => `> ⚠️ Comment cut to stay under GitHub's 65,536-character limit; left out: ${names.join(', ')}. Everything is in ${where}.`;
    return (0,_fit_js__WEBPACK_IMPORTED_MODULE_6__/* .fitReport */ .kq)(sections, maxChars, _fit_js__WEBPACK_IMPORTED_MODULE_6__/* .measureChars */ .yI, note).text;
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
