export const id = 8598;
export const ids = [8598];
export const modules = {

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


/***/ })

};
