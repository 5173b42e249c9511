export const id = 23;
export const ids = [23,445];
export const modules = {

/***/ 37023:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commentMarker: () => (/* binding */ commentMarker),
/* harmony export */   renderComment: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony export COMMENT_LIMIT_CHARS */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18445);


const COMMENT_LIMIT_CHARS = 65_536;
function commentMarker(jobName) {
    return `<!-- orchestrator-action:${jobName} -->`;
}
function renderComment(manifest, events, options = {}) {
    const maxChars = options.maxChars ?? COMMENT_LIMIT_CHARS;
    const m = manifest;
    const t = m.totals;
    const digest = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .digestEvents */ .SS)(events);
    const marker = commentMarker(m.job_name);
    const sections = [];
    const links = [options.runUrl ? `[workflow run](${options.runUrl})` : '', options.artifactName ? `artifact \`${options.artifactName}\`` : '']
        .filter(Boolean).join(' · ');
    sections.push([
        marker,
        `### ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .statusIcon */ .I8)(m.status)} orchestrator: \`${m.job_name}\` ${m.status}`,
        '',
        `**${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.succeeded)}** succeeded · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.failed)}** failed · **${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.skipped)}** skipped of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.steps)} steps · ` +
            `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(t.duration_ms)} · cache ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.cache_hits)} hit / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.cache_misses)} miss · ` +
            `${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(t.input_tokens + t.output_tokens)} tokens · ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCost */ .BD)(t.cost_usd)}`,
        links ? `\n${links} · attempt ${m.attempt ?? 1}` : '',
    ].join('\n'));
    if (options.golden?.drift) {
        sections.push(['**❌ Golden outputs drifted**', '', '<details><summary>Diff</summary>', '', (0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(options.golden.diff, 20_000), 'diff'), '', '</details>'].join('\n'));
    }
    const failed = m.failed_steps.length ? m.failed_steps : Object.keys(m.steps).filter((id) => m.steps[id].status === 'failed');
    if (failed.length) {
        const lines = failed.slice(0, 30).map((id) => {
            const e = m.steps[id]?.error;
            return `<details><summary>❌ <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(id)}</code>${e ? ` — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .html */ .qy)(e.code)}` : ''}</summary>\n\n${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(e?.message ?? 'failed', 2000))}\n</details>`;
        });
        if (failed.length > 30)
            lines.push(`… and ${failed.length - 30} more failures (see the job summary).`);
        sections.push(lines.join('\n'));
    }
    const total = Object.keys(m.steps).length;
    const maxRows = options.maxTableRows ?? 50;
    if (total <= maxRows) {
        sections.push(`<details><summary>Steps</summary>\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStepTable */ .rV)(m, digest, maxRows)}\n\n</details>`);
    }
    else {
        sections.push(`<details><summary>Steps (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(total)}; failures first)</summary>\n\n${(0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderStepTable */ .rV)(m, digest, maxRows)}\n\n</details>`);
    }
    // fitSections counts bytes; a character count is never larger, so the limit holds in characters too.
    let body = (0,_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .fitSections */ .WK)(sections, maxChars, 'Comment');
    if (body.length > maxChars)
        body = `${body.slice(0, maxChars - 80)}\n\n… (comment truncated)\n`;
    return body;
}


/***/ }),

/***/ 87703:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   BD: () => (/* binding */ formatCost),
/* harmony export */   EU: () => (/* binding */ fence),
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   I8: () => (/* binding */ statusIcon),
/* harmony export */   Pu: () => (/* binding */ pickSteps),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   dy: () => (/* binding */ utf8Bytes),
/* harmony export */   qy: () => (/* binding */ html)
/* harmony export */ });
function formatDuration(ms) {
    if (ms === undefined || !Number.isFinite(ms))
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
    if (!usd)
        return '$0';
    if (usd < 0.01)
        return `$${usd.toFixed(4)}`;
    return `$${usd.toFixed(2)}`;
}
function formatCount(n) {
    return (n ?? 0).toLocaleString('en-US');
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
/** Makes text safe inside a Markdown table cell (pipes split cells, newlines end rows). */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}
/** Escapes text for HTML contexts (`<summary>`, `<details>` bodies outside code fences). */
function html(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** A fence longer than any backtick run inside `text`, so error text cannot close it early. */
function fence(text, lang = '') {
    const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
    const ticks = '`'.repeat(longest + 1);
    return `${ticks}${lang}\n${text}\n${ticks}`;
}
/** Cuts `text` to at most `max` characters, saying so. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 40))}\n… (${text.length - max + 40} more characters cut)`;
}
function utf8Bytes(text) {
    return Buffer.byteLength(text, 'utf8');
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
    return indexed.slice(0, limit).sort((a, b) => a.i - b.i).map((x) => x.id);
}


/***/ }),

/***/ 18445:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SS: () => (/* binding */ digestEvents),
  WK: () => (/* binding */ fitSections),
  rV: () => (/* binding */ renderStepTable),
  renderSummary: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: SUMMARY_LIMIT_BYTES

// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(87703);
// EXTERNAL MODULE: ./lib/spec/mermaid.js
var mermaid = __webpack_require__(31396);
;// CONCATENATED MODULE: ./lib/report/mermaid.js
/** The DAG as Mermaid for job summaries and PR comments; the renderer lives in the spec layer. */


;// CONCATENATED MODULE: ./lib/report/mermaid-status.js


/** Sort priority for truncation: failures, then running, then done, then skipped. */
function failuresFirst(manifest) {
    return (id) => {
        const s = manifest.steps[id]?.status;
        return s === 'failed' ? 0 : s === 'running' ? 1 : s === 'skipped' ? 3 : 2;
    };
}
function statusOf(manifest, id) {
    const step = manifest.steps[id];
    if (!step)
        return undefined;
    return step.status === 'succeeded' && step.cache === 'hit' ? 'cached' : step.status;
}
function renderStatusFlowchart(manifest, options = {}) {
    const maxChars = options.maxChars ?? 40_000;
    const all = Object.keys(manifest.steps);
    let limit = Math.min(all.length, options.maxNodes ?? 250);
    for (;;) {
        const chosen = (0,format/* pickSteps */.Pu)(all, limit, failuresFirst(manifest));
        const kept = new Set(chosen);
        const nodes = chosen.map((id) => ({ id, needs: (manifest.graph?.[id] ?? []).filter((n) => kept.has(n)) }));
        const text = (0,mermaid/* mermaidFlowchart */.Y)(nodes, {
            direction: 'LR',
            statusOf: (id) => statusOf(manifest, id),
            detailOf: (id) => {
                const s = manifest.steps[id];
                if (s.status === 'skipped')
                    return s.reason ?? 'skipped';
                if (s.status === 'succeeded' || s.status === 'failed')
                    return s.cache === 'hit' ? 'cached' : (0,format/* formatDuration */.a3)(s.duration_ms);
                return s.status;
            },
        }).trimEnd();
        if (text.length <= maxChars || limit <= 1)
            return { text, shown: chosen.length, total: all.length };
        limit = Math.floor(limit / 2);
    }
}

;// CONCATENATED MODULE: ./lib/report/gantt.js


function renderGantt(manifest, options = {}) {
    const maxTasks = options.maxTasks ?? 200;
    const maxChars = options.maxChars ?? 40_000;
    const timed = Object.keys(manifest.steps).filter((id) => {
        const s = manifest.steps[id];
        return s.started_at !== undefined && Number.isFinite(Date.parse(s.started_at));
    });
    const chosen = (0,format/* pickSteps */.Pu)(timed, maxTasks, failuresFirst(manifest))
        .sort((a, b) => Date.parse(manifest.steps[a].started_at) - Date.parse(manifest.steps[b].started_at));
    const lines = [
        'gantt',
        `  title ${manifest.job_name} (${manifest.job_id})`.replace(/[:#;]/g, ' '),
        '  dateFormat x',
        '  axisFormat %M:%S',
        '  section steps',
    ];
    let chars = lines.join('\n').length;
    let shown = 0;
    for (const [i, id] of chosen.entries()) {
        const step = manifest.steps[id];
        const start = Date.parse(step.started_at);
        const finishedAt = step.finished_at ? Date.parse(step.finished_at) : NaN;
        const end = Number.isFinite(finishedAt) ? finishedAt : start + (step.duration_ms ?? 0);
        // Mermaid draws nothing for a zero-length bar; a cached step still deserves a sliver.
        const stop = Math.max(end, start + 1);
        const tag = step.status === 'failed' ? 'crit, ' : step.status === 'running' ? 'active, ' : step.status === 'succeeded' ? 'done, ' : '';
        const label = step.cache === 'hit' ? `${id} (cached)` : id;
        const line = `  ${label} :${tag}t${i}, ${start}, ${stop}`;
        if (chars + line.length + 1 > maxChars)
            break;
        lines.push(line);
        chars += line.length + 1;
        shown++;
    }
    return { text: lines.join('\n'), shown, total: timed.length };
}

;// CONCATENATED MODULE: ./lib/report/summary.js



/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps append. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
function digestEvents(events) {
    const digest = { retries: new Map(), fallbacks: new Map(), circuitsOpened: [], lastErrors: new Map() };
    const bump = (m, k) => m.set(k, (m.get(k) ?? 0) + 1);
    for (const e of events) {
        const step = e.step_id ?? '';
        if (e.type === 'step.retrying')
            bump(digest.retries, step);
        else if (e.type === 'route.fallback')
            bump(digest.fallbacks, step);
        else if (e.type === 'circuit.opened')
            digest.circuitsOpened.push(String(e.data?.provider ?? e.data?.name ?? '?'));
        else if ((e.type === 'llm.error' || e.type === 'quality.failed') && step) {
            const msg = e.data?.message ?? e.data?.error ?? e.data?.reason;
            if (msg !== undefined) {
                const list = digest.lastErrors.get(step) ?? [];
                list.push(`${e.type}: ${typeof msg === 'string' ? msg : JSON.stringify(msg)}`);
                if (list.length > 3)
                    list.shift();
                digest.lastErrors.set(step, list);
            }
        }
    }
    return digest;
}
function totalsTable(m) {
    const t = m.totals;
    return [
        '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / out | Cost |',
        '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        `| ${(0,format/* formatDuration */.a3)(t.duration_ms)} | ${(0,format/* formatCount */.B4)(t.steps)} | ${(0,format/* formatCount */.B4)(t.succeeded)} | ${(0,format/* formatCount */.B4)(t.failed)} | ${(0,format/* formatCount */.B4)(t.skipped)} | ${(0,format/* formatCount */.B4)(t.cache_hits)} | ${(0,format/* formatCount */.B4)(t.cache_misses)} | ${(0,format/* formatCount */.B4)(t.llm_calls)} | ${(0,format/* formatCount */.B4)(t.input_tokens)} / ${(0,format/* formatCount */.B4)(t.output_tokens)} | ${(0,format/* formatCost */.BD)(t.cost_usd)} |`,
    ].join('\n');
}
function stepRow(id, s, digest) {
    const status = s.status === 'skipped' && s.reason ? `${s.status} (${s.reason})` : s.status;
    const model = s.provider ? `${s.provider}${s.model ? ` / ${s.model}` : ''}` : '–';
    const retries = digest.retries.get(id);
    const fallbacks = digest.fallbacks.get(id);
    const extra = [retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '', fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '']
        .filter(Boolean).join(', ');
    return `| ${(0,format/* statusIcon */.I8)(s.status)} \`${id}\` | ${(0,format/* cell */.Hn)(status)} | ${(0,format/* formatDuration */.a3)(s.duration_ms)} | ${s.cache} | ${(0,format/* cell */.Hn)(model)} | ${s.attempts}${extra ? ` (${extra})` : ''} | ${(0,format/* formatCount */.B4)(s.usage?.input_tokens)} / ${(0,format/* formatCount */.B4)(s.usage?.output_tokens)} | ${(0,format/* formatCost */.BD)(s.cost_usd)} |`;
}
function renderStepTable(m, digest, maxRows) {
    const ids = Object.keys(m.steps);
    const shown = (0,format/* pickSteps */.Pu)(ids, maxRows, failuresFirst(m));
    const rows = [
        '| Step | Status | Duration | Cache | Provider / model | Attempts | Tokens in / out | Cost |',
        '|---|---|---:|---|---|---:|---:|---:|',
        ...shown.map((id) => stepRow(id, m.steps[id], digest)),
    ];
    if (shown.length < ids.length) {
        rows.push('', `> ⚠️ Table truncated: showing ${shown.length} of ${ids.length} steps (failures first). The full manifest is in the run artifact.`);
    }
    return rows.join('\n');
}
function failureBlock(id, s, digest, maxChars) {
    const err = s.error;
    const title = err ? `${err.code}: ${err.message.split('\n')[0]}` : 'failed';
    const body = [err?.message ?? 'no error recorded', ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`)].join('\n');
    return [
        '<details>',
        `<summary>❌ <code>${(0,format/* html */.qy)(id)}</code> — ${(0,format/* html */.qy)((0,format/* clip */.$Q)(title, 200))}</summary>`,
        '',
        (0,format/* fence */.EU)((0,format/* clip */.$Q)(body, maxChars)),
        err?.hint ? `\n**Hint:** ${(0,format/* html */.qy)((0,format/* clip */.$Q)(err.hint, 500))}` : '',
        '',
        '</details>',
    ].join('\n');
}
function goldenSection(g, maxChars) {
    if (!g.drift)
        return '### Golden outputs\n\n✅ Outputs match the golden files.';
    const list = (label, xs) => (xs.length ? `- ${label}: ${xs.slice(0, 50).map((x) => `\`${x}\``).join(', ')}${xs.length > 50 ? ` … (+${xs.length - 50})` : ''}` : '');
    return [
        '### ❌ Golden outputs drifted',
        '',
        [list('changed', g.changed), list('missing', g.missing), list('extra', g.extra)].filter(Boolean).join('\n'),
        '',
        '<details open><summary>Diff</summary>',
        '',
        (0,format/* fence */.EU)((0,format/* clip */.$Q)(g.diff, maxChars), 'diff'),
        '',
        '</details>',
    ].join('\n');
}
function renderSummary(manifest, events, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
    const digest = digestEvents(events);
    const m = manifest;
    const sections = [];
    const head = [`## ${(0,format/* statusIcon */.I8)(m.status)} orchestrator: \`${m.job_name}\` ${m.status}`, ''];
    const meta = [`Job \`${m.job_id}\``, `attempt ${m.attempt ?? 1}`, `spec \`${m.spec_sha256.slice(0, 12)}\``, `code_version \`${m.code_version}\``];
    if (options.runUrl)
        meta.push(`[workflow run](${options.runUrl})`);
    if (options.artifactName)
        meta.push(`artifact \`${options.artifactName}\``);
    head.push(meta.join(' · '));
    for (const note of options.notes ?? [])
        head.push('', `> ${note}`);
    if (digest.circuitsOpened.length)
        head.push('', `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)].join(', ')}`);
    head.push('', totalsTable(m));
    sections.push(head.join('\n'));
    if (options.golden)
        sections.push(goldenSection(options.golden, 200_000));
    const failed = Object.keys(m.steps).filter((id) => m.steps[id].status === 'failed');
    if (failed.length) {
        const maxFailures = options.maxFailures ?? 100;
        const blocks = failed.slice(0, maxFailures).map((id) => failureBlock(id, m.steps[id], digest, options.maxErrorChars ?? 4000));
        if (failed.length > maxFailures)
            blocks.push(`> ⚠️ Showing ${maxFailures} of ${failed.length} failures.`);
        sections.push([`### Failures (${failed.length})`, '', ...blocks].join('\n'));
    }
    sections.push(`### Steps\n\n${renderStepTable(m, digest, options.maxTableRows ?? 1000)}`);
    const flow = renderStatusFlowchart(m, { maxNodes: options.maxDiagramNodes ?? 250 });
    sections.push([
        '### DAG',
        '',
        (0,format/* fence */.EU)(flow.text, 'mermaid'),
        flow.shown < flow.total ? `\n> ⚠️ Diagram truncated: ${flow.shown} of ${flow.total} steps shown (failures first).` : '',
    ].join('\n'));
    const gantt = renderGantt(m, { maxTasks: options.maxDiagramNodes ?? 200 });
    if (gantt.total > 0) {
        sections.push([
            '### Timeline',
            '',
            (0,format/* fence */.EU)(gantt.text, 'mermaid'),
            gantt.shown < gantt.total ? `\n> ⚠️ Timeline truncated: ${gantt.shown} of ${gantt.total} steps shown.` : '',
        ].join('\n'));
    }
    return fitSections(sections, maxBytes);
}
/**
 * Joins sections, dropping whole sections from the end when the total would pass `maxBytes`
 * (a cut in the middle of a fence or a <details> would break the page). The first section is cut
 * at a line boundary only if even it alone is too big.
 */
function fitSections(sections, maxBytes, what = 'Summary') {
    const note = (n) => `\n\n> ⚠️ ${what} truncated to stay under GitHub's size limit: ${n} section(s) left out. See the run artifact for everything.\n`;
    const reserve = (0,format/* utf8Bytes */.dy)(note(999));
    let out = '';
    let used = 0;
    for (const [i, section] of sections.entries()) {
        const piece = (i === 0 ? '' : '\n\n') + section;
        const size = (0,format/* utf8Bytes */.dy)(piece);
        if (used + size + reserve > maxBytes) {
            if (i === 0) {
                const lines = section.split('\n');
                let cut = '';
                for (const line of lines) {
                    if ((0,format/* utf8Bytes */.dy)(cut) + (0,format/* utf8Bytes */.dy)(line) + 1 + reserve > maxBytes)
                        break;
                    cut += `${line}\n`;
                }
                out = cut;
            }
            return `${out}${note(sections.length - i)}`;
        }
        out += piece;
        used += size;
    }
    return `${out}\n`;
}


/***/ })

};
