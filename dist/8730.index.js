export const id = 8730;
export const ids = [8730];
export const modules = {

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
        tokens: {
            base: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).input_tokens) + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(b).output_tokens),
            head: (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).input_tokens) + (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(t(h).output_tokens),
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
    const base = c.baseSha ? ` ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(c.baseSha.slice(0, 12), 20)}` : '';
    if (c.unchanged)
        return `**What this PR changed:** nothing: every step and output is the same as on the base branch${base}.`;
    const lines = [
        '### What this PR changed',
        '',
        `Against the latest run of the base branch${base}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.steps.length)} ` +
            `step${c.steps.length === 1 ? '' : 's'} changed, ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.outputs.length)} ` +
            `output${c.outputs.length === 1 ? ' differs' : 's differ'}.`,
        `Cost ${delta(c.cost.base, c.cost.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)} · time ` +
            `${delta(c.duration.base, c.duration.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)} · tokens ` +
            `${delta(c.tokens.base, c.tokens.head, _format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)}`,
    ];
    if (c.steps.length) {
        const shown = c.steps
            .slice(0, level.maxSteps)
            .map((s) => `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(s.id, 100)} (${VERB[s.change]})`)
            .join(', ');
        lines.push('', `Steps: ${shown}` +
            `${c.steps.length > level.maxSteps ? ` … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(c.steps.length - level.maxSteps)} more` : ''}`);
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
            const title = `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(o.path, 200))}</code> ${VERB[o.change]}` +
                `${o.step ? ` (step <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clipLine */ .DX)(o.step, 100))}</code>)` : ''}`;
            const body = o.diff === undefined
                ? 'The text of one side was not kept (binary or too big).'
                : (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(o.diff, level.maxDiffChars), 'diff');
            lines.push(`<details><summary>${title}</summary>`, '', body, '', '</details>');
        }
    }
    return lines.join('\n');
}


/***/ })

};
