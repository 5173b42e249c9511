export const id = 3516;
export const ids = [3516,8598];
export const modules = {

/***/ 16300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ digestEvents)
/* harmony export */ });
/* harmony import */ var _events_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15700);
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
function digestEvents(events) {
    const digest = {
        retries: new Map(),
        fallbacks: new Map(),
        circuitsOpened: [],
        lastErrors: new Map(),
        checks: new Map(),
    };
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const e of (0,_events_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .viewEvents */ .BG)(events, DIGESTED)) {
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

/***/ 38598:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareQuality: () => (/* binding */ compareQuality),
  kt: () => (/* binding */ renderPrQuality)
});

// UNUSED EXPORTS: DEFAULT_CONFIDENCE, formatP, qualityLine

;// CONCATENATED MODULE: ./lib/quality/fisher.js
/**
 * Two-sided Fisher exact test for a 2x2 table (docs/reference.md, "Quality against the base
 * branch"). The p-value sums the hypergeometric probabilities of every table with the observed
 * margins that is no more likely than the observed table, with R's fisher.test relative tolerance
 * (1 + 1e-7) so that tables equal to the observed one up to rounding count too.
 *
 * Probabilities come from a table of log-factorials built by summing logs: sample counts are small
 * (hundreds at most), so the table is short and its rounding error (~1e-13 relative) sits far
 * below the tolerance. See docs/ARCHITECTURE.md for why no library is used.
 */
/** R's fisher.test: `relErr <- 1 + 10^(-7)`. */
const REL_TOLERANCE = 1 + 1e-7;
const logFactorials = [0];
function logFactorial(n) {
    for (let i = logFactorials.length; i <= n; i++)
        logFactorials.push(logFactorials[i - 1] + Math.log(i));
    return logFactorials[n];
}
function logChoose(n, k) {
    return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
}
function count(name, n) {
    if (!Number.isSafeInteger(n) || n < 0)
        throw new RangeError(`fisher: ${name} must be a whole number >= 0, got ${n}`);
    return n;
}
/**
 * Two-sided p-value of the table
 *
 *     | a | b |
 *     | c | d |
 *
 * e.g. (passed here, failed here, passed base, failed base). 1 when a margin is 0.
 */
function fisherExactTwoSided(a, b, c, d) {
    count('a', a);
    count('b', b);
    count('c', c);
    count('d', d);
    const row1 = a + b;
    const row2 = c + d;
    const col1 = a + c;
    const n = row1 + row2;
    // The top-left cell ranges over every value the margins allow; each value is one table.
    const lo = Math.max(0, col1 - row2);
    const hi = Math.min(row1, col1);
    if (lo === hi)
        return 1;
    const logDenominator = logChoose(n, col1);
    const logProb = (x) => logChoose(row1, x) + logChoose(row2, col1 - x) - logDenominator;
    const observed = logProb(a);
    // Compare in the log domain: log(p * (1 + 1e-7)) = log p + log1p(1e-7).
    const limit = observed + Math.log(REL_TOLERANCE);
    // As R does, divide by the sum over all tables rather than trusting the log-factorials to sum
    // to exactly 1, so a test where every table counts gives p = 1, not 1 - 1e-15.
    let p = 0;
    let all = 0;
    for (let x = lo; x <= hi; x++) {
        const lp = logProb(x);
        const prob = Math.exp(lp);
        all += prob;
        if (lp <= limit)
            p += prob;
    }
    return p >= all ? 1 : p / all;
}

// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(87703);
// EXTERNAL MODULE: ./lib/report/sections.js
var sections = __webpack_require__(13136);
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
    for (const id of (0,sections/* stepOrder */.B8)(here)) {
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
    const here = `${(0,format/* formatCount */.B4)(q.here.passed)}/${(0,format/* formatCount */.B4)(q.here.judged)} here`;
    if (!q.base || q.p === null)
        return `${(0,format/* code */.aY)(id, 100)}: ${here}, no base`;
    return (`${(0,format/* code */.aY)(id, 100)}: ${here} vs ${(0,format/* formatCount */.B4)(q.base.passed)}/${(0,format/* formatCount */.B4)(q.base.judged)} base (p ` +
        `${formatP(q.p)}), ${q.verdict}`);
}
const ICON = {
    regressed: '🔻',
    improved: '🔺',
    'no significant change': '',
    'no base': '',
};
/** The report section; empty when no step was sampled. `maxSteps` lists changes first. */
function renderPrQuality(q, heading, maxSteps = 100, note) {
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
            ? `${(0,format/* formatCount */.B4)(regressed)} regressed, ${(0,format/* formatCount */.B4)(improved)} improved, ` +
                `${(0,format/* formatCount */.B4)(ids.length - regressed - improved)} without a significant change (two-sided Fisher ` +
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
        lines.push(`- … and ${(0,format/* formatCount */.B4)(ids.length - shown.length)} more`);
    return lines.join('\n');
}


/***/ }),

/***/ 2397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ samplesSection)
/* harmony export */ });
/* unused harmony exports samplesLineOf, sampledSteps, samplesLines */
/* harmony import */ var _quality_wilson_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59889);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);


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
            out.push({ id, line: (0,_quality_wilson_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSamples */ .p_)(s), samples: s });
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
function samplesSection(m, maxRows, heading) {
    const rank = (v) => (v === 'pass' ? 3 : v === 'inconclusive' ? 2 : 1);
    const all = sampledSteps(m).sort((a, b) => rank(a.samples.verdict) - rank(b.samples.verdict));
    if (!all.length)
        return '';
    const rows = all.slice(0, maxRows).map((s) => {
        const gate = typeof s.samples.min_pass_rate === 'number' ? `>= ${Math.round(s.samples.min_pass_rate * 100)}%` : 'all samples';
        return `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .cellCode */ .GA)(s.id)} | ${gate} | ${s.line} |`;
    });
    const cut = all.length - rows.length;
    return [
        heading,
        '',
        '| Step | Gate | Samples |',
        '|---|---|---|',
        ...rows,
        ...(cut > 0 ? ['', `> ⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(cut)} more sampled steps not shown.`] : []),
    ].join('\n');
}


/***/ }),

/***/ 73516:
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

// EXTERNAL MODULE: ./lib/report/pr-quality.js + 1 modules
var pr_quality = __webpack_require__(38598);
// EXTERNAL MODULE: ./lib/report/digest.js
var report_digest = __webpack_require__(16300);
// EXTERNAL MODULE: ./lib/report/fit.js
var fit = __webpack_require__(91017);
// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(87703);
// EXTERNAL MODULE: ./lib/report/counts.js
var counts = __webpack_require__(35836);
// EXTERNAL MODULE: ./lib/report/mermaid.js
var mermaid = __webpack_require__(49789);
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

// EXTERNAL MODULE: ./lib/report/sections.js
var report_sections = __webpack_require__(13136);
// EXTERNAL MODULE: ./lib/report/budget-lines.js
var budget_lines = __webpack_require__(13219);
// EXTERNAL MODULE: ./lib/report/samples.js
var samples = __webpack_require__(2397);
;// CONCATENATED MODULE: ./lib/report/summary.js
/**
 * The job summary (GitHub's per-step summary, limit 1 MiB counted in bytes): status, totals, the
 * failures, the step table, check results, cost per model, output previews, the DAG and a Gantt
 * timeline as Mermaid. Pure: manifest + events in, Markdown out. Sections shrink before any is
 * dropped (./fit.js), and whatever is left out is said so in the text.
 */











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
        meta.push(links.artifactUrl
            ? `artifact [${(0,format/* code */.aY)(links.artifactName, 200)}](${safeUrl(links.artifactUrl)})`
            : `artifact ${(0,format/* code */.aY)(links.artifactName, 200)}`);
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
    return hits + misses === 0 || (0,counts/* cacheOff */.gS)(m)
        ? 'cache off'
        : `cache ${(0,format/* formatCount */.B4)(hits)} hit${hits === 1 ? '' : 's'} / ${(0,format/* formatCount */.B4)(misses)} miss${misses === 1 ? '' : 'es'}`;
}
function totalsTable(m) {
    const t = m.totals ?? {};
    const off = (0,format/* num */.bu)(t.cache_hits) + (0,format/* num */.bu)(t.cache_misses) === 0 || (0,counts/* cacheOff */.gS)(m);
    // Steps are the spec's, instances apart (src/report/counts.ts): as the CLI and the comment count them.
    const s = (0,counts/* stepTally */.bu)(m);
    const steps = s.instances.total
        ? `${(0,format/* formatCount */.B4)(s.steps)} (+${(0,format/* formatCount */.B4)(s.instances.total)} instances)`
        : (0,format/* formatCount */.B4)(s.steps);
    const ok = s.instances.total
        ? `${(0,format/* formatCount */.B4)(s.succeeded)} (+${(0,format/* formatCount */.B4)(s.instances.succeeded)})`
        : (0,format/* formatCount */.B4)(s.succeeded);
    const failed = s.instances.failed
        ? `${(0,format/* formatCount */.B4)(s.failed)} (+${(0,format/* formatCount */.B4)(s.instances.failed)})`
        : (0,format/* formatCount */.B4)(s.failed);
    const skipped = s.instances.skipped
        ? `${(0,format/* formatCount */.B4)(s.skipped)} (+${(0,format/* formatCount */.B4)(s.instances.skipped)})`
        : (0,format/* formatCount */.B4)(s.skipped);
    return [
        '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / ' +
            'out | Cost |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${(0,format/* formatDuration */.a3)(t.duration_ms)} | ${steps} | ${ok} | ${failed} | ${skipped} | ` +
            `${off ? 'off' : (0,format/* formatCount */.B4)(t.cache_hits)} | ${off ? 'off' : (0,format/* formatCount */.B4)(t.cache_misses)} | ` +
            `${(0,format/* formatCount */.B4)(t.llm_calls)} | ${(0,format/* formatCount */.B4)(t.input_tokens)} / ${(0,format/* formatCount */.B4)(t.output_tokens)} | ` +
            `${(0,format/* formatCost */.BD)(t.cost_usd)} |`,
    ].join('\n');
}
function statusWord(status) {
    const s = (0,format/* str */.gx)(status);
    return ['running', 'succeeded', 'failed', 'cancelled'].includes(s) ? s : (0,format/* code */.aY)(s, 40);
}
function goldenSection(g, maxChars) {
    const equivalent = (g.files ?? []).filter((f) => f.verdict === 'equivalent' || f.verdict === 'flaky');
    const soft = equivalent.length
        ? `\n\n${equivalent
            .slice(0, 50)
            .map((f) => `- ${f.verdict}: ${(0,format/* code */.aY)(f.path, 200)}${f.score !== undefined ? ` (score ${f.score.toFixed(2)})` : ''}`)
            .join('\n')}`
        : '';
    if (!g.drift)
        return `### Golden outputs\n\n✅ Outputs match the golden files.${soft}`;
    const list = (label, xs) => xs.length
        ? `- ${label}: ${xs
            .slice(0, 50)
            .map((x) => (0,format/* code */.aY)(x, 200))
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
        return (`> ⚠️ ${what} cut to stay under GitHub's size limit; left out: ` +
            `${names.join(', ')}.${where ? ` Everything is in ${where}.` : ''}`);
    };
}
function renderSummary(manifest, events, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
    const digest = (0,report_digest/* digestEvents */.S)(events);
    const m = (0,report_sections/* normalizeManifest */.Ng)(manifest);
    const where = whereElse(options);
    const head = [`## ${(0,format/* statusIcon */.I8)(m.status)} orchestrator: ${(0,format/* code */.aY)(m.job_name, 100)} ${statusWord(m.status)}`, ''];
    head.push([
        ...linksLine(m, options),
        `spec ${(0,format/* code */.aY)((0,format/* str */.gx)(m.spec_sha256).slice(0, 12), 20)}`,
        `code_version ${(0,format/* code */.aY)(m.code_version, 40)}`,
    ].join(' · '));
    for (const note of options.notes ?? [])
        head.push('', `> ${note}`);
    if (digest.circuitsOpened.length)
        head.push('', `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)]
            .slice(0, 20)
            .map((p) => (0,format/* code */.aY)(p, 60))
            .join(', ')}`);
    head.push('', totalsTable(m));
    for (const line of [(0,budget_lines/* budgetLine */["in"])(m), (0,budget_lines/* promptCacheLine */.H5)(m), (0,budget_lines/* pricesLine */.j$)(m)])
        if (line)
            head.push('', line);
    const total = (0,report_sections/* stepOrder */.B8)(m).length;
    const tableRows = [options.maxTableRows ?? 1000, ...TABLE_ROWS.filter((n) => n < (options.maxTableRows ?? 1000))];
    const failureLevels = report_sections/* FAILURE_LEVELS */.TX.map((l, i) => i === 0 ? { errorChars: options.maxErrorChars ?? l.errorChars, count: options.maxFailures ?? l.count } : l);
    const nodes = [options.maxDiagramNodes ?? 200, ...DIAGRAM_NODES.filter((n) => n < (options.maxDiagramNodes ?? 200))];
    const sections = [
        { name: 'title and totals', keep: Infinity, levels: 1, render: () => head.join('\n') },
        {
            name: 'failures',
            keep: 100,
            levels: failureLevels.length,
            render: (l) => (0,report_sections/* failuresSection */.Lb)(m, digest, failureLevels[l], '### Failures'),
        },
        { name: 'samples', keep: 75, levels: 2, render: (l) => (0,samples/* samplesSection */.$Q)(m, [200, 20][l], '### Samples') },
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
                    render: (l) => (0,pr_quality/* renderPrQuality */.kt)(options.quality, '### Quality against the base branch', [1000, 100, 10][l], options.changesNote),
                },
            ]
            : []),
        {
            name: 'step table',
            keep: 70,
            levels: tableRows.length,
            render: (l) => {
                const table = (0,report_sections/* stepTable */.Ph)(m, digest, tableRows[l], where);
                return (`### Steps\n\n` +
                    (total > 30
                        ? (0,report_sections/* collapsible */.r0)(`${(0,format/* formatCount */.B4)(total)} steps${total > tableRows[l] ? ', failures first' : ''}`, table, false)
                        : table));
            },
        },
        { name: 'cost per model', keep: 65, levels: 1, render: () => (0,report_sections/* modelsSection */.kW)(m, '### Cost per model') },
        {
            name: 'check results',
            keep: 60,
            levels: 3,
            render: (l) => (0,report_sections/* checksSection */.N$)(m, digest, [500, 100, 20][l], '### Checks'),
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
                    (0,format/* fence */.EU)(flow.text, 'mermaid'),
                    flow.shown < flow.total
                        ? `\n> ⚠️ ${(0,format/* formatCount */.B4)(flow.shown)} of ${(0,format/* formatCount */.B4)(flow.total)} steps drawn one by one ` +
                            `(failures and their neighbours first); the others are collapsed per level to stay within ` +
                            `Mermaid's limits.`
                        : '',
                ].join('\n');
            },
        },
        {
            name: 'output previews',
            keep: 40,
            levels: report_sections/* PREVIEW_LEVELS */.zQ.length,
            render: (l) => (0,report_sections/* previewsSection */.XO)(m, options.previews, report_sections/* PREVIEW_LEVELS */.zQ[l], '### Outputs'),
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
                    (0,format/* fence */.EU)(gantt.text, 'mermaid'),
                    gantt.shown < gantt.total
                        ? `\n> ⚠️ Timeline cut: ${(0,format/* formatCount */.B4)(gantt.shown)} of ${(0,format/* formatCount */.B4)(gantt.total)} steps shown ` +
                            `(failures first).`
                        : '',
                ].join('\n');
            },
        },
    ];
    return (0,fit/* fitReport */.kq)(sections, maxBytes, fit/* measureBytes */.EO, droppedNote('Summary', options)).text;
}


/***/ })

};
