export const id = 3136;
export const ids = [3136];
export const modules = {

/***/ 35836:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bu: () => (/* binding */ stepTally),
/* harmony export */   gS: () => (/* binding */ cacheOff),
/* harmony export */   uN: () => (/* binding */ rolledUp)
/* harmony export */ });
/* unused harmony exports stepTallyText, plural */
/* harmony import */ var _instances_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(63718);

function stepTally(m) {
    const t = {
        steps: 0,
        succeeded: 0,
        failed: 0,
        skipped: 0,
        instances: { total: 0, succeeded: 0, failed: 0, skipped: 0 },
    };
    for (const st of Object.values(m.steps ?? {})) {
        const bucket = (0,_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .instanceParent */ .CR)(st) === undefined ? t : t.instances;
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
    if (!(0,_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .instanceGroups */ .SF)(m).has(id))
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
        if ((0,_instances_js__WEBPACK_IMPORTED_MODULE_0__/* .instanceParent */ .CR)(st) !== id)
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
function cacheOff(m) {
    return Object.values(m.steps ?? {}).every((st) => st.cache !== 'hit' && st.cache !== 'miss');
}


/***/ }),

/***/ 63718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BW: () => (/* binding */ withoutInstances),
/* harmony export */   CR: () => (/* binding */ instanceParent),
/* harmony export */   SF: () => (/* binding */ instanceGroups),
/* harmony export */   tK: () => (/* binding */ instanceText)
/* harmony export */ });
/* unused harmony export FAILED_INSTANCES_SHOWN */
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
    const names = failed.length
        ? ` (failed: ${failed.slice(0, shown).join(', ')}` +
            `${failed.length > shown ? `, and ${failed.length - shown} more` : ''})`
        : '';
    return `${total} instance${total === 1 ? '' : 's'}${total ? `: ${counts.join(', ')}` : ''}${names}`;
}


/***/ }),

/***/ 49789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ MERMAID_MAX_TEXT),
/* harmony export */   Md: () => (/* binding */ cappedFlowchart),
/* harmony export */   pd: () => (/* binding */ levelsOf)
/* harmony export */ });
/* unused harmony exports mermaidLabel, mermaidFlowchart, MERMAID_MAX_EDGES */
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
const MERMAID_MAX_TEXT = 50_000;
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
const STATUS_RANK = ['failed', 'running', 'skipped', 'pending', 'succeeded', 'cached'];
/**
 * The DAG within Mermaid's limits. When it fits (nodes, edges and text) it is drawn whole, as
 * mermaidFlowchart draws it. Otherwise the steps that matter most (`priority`) keep their own node
 * and the rest are collapsed into one node per level band ("levels 3-5: 120 steps"), with one edge
 * per connected pair; the number of individual nodes is the largest that keeps every limit.
 */
function cappedFlowchart(nodes, opts = {}) {
    const maxNodes = opts.maxNodes ?? 200;
    const maxEdges = Math.min(opts.maxEdges ?? MERMAID_MAX_EDGES, MERMAID_MAX_EDGES);
    const maxChars = Math.min(opts.maxChars ?? 40_000, MERMAID_MAX_TEXT);
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
/* harmony import */ var _run_manifest_decode_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35975);
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(87703);
/* harmony import */ var _counts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35836);
/* harmony import */ var _mermaid_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(49789);
/* harmony import */ var _instances_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(63718);





/**
 * A manifest read from an artifact may be forged or damaged: the renderers walk the shapes run/manifest-decode.ts
 * repairs.
 */
function normalizeManifest(input) {
    return (0,_run_manifest_decode_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeManifest */ .MK)(input);
}
/** Known engine words print as they are; anything else from a manifest is shown as code. */
const WORD = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
function word(value) {
    const s = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(value);
    return WORD.test(s) && s.length <= 40 ? s : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(s, 40);
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
    const level = (0,_mermaid_js__WEBPACK_IMPORTED_MODULE_3__/* .levelsOf */ .pd)(ids.map((id) => ({ id, needs: Array.isArray(m.graph?.[id]) ? m.graph[id] : [] })));
    const start = (id) => {
        const t = Date.parse((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(m.steps[id]?.started_at));
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
    if (s.checks && ((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.checks.passed) || (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.checks.failed))) {
        const p = (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.checks.passed);
        const t = p + (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.checks.failed);
        return `${p}/${t}${p < t ? ' ❌' : ' ✅'}`;
    }
    return '–';
}
function stepRow(id, s, digest, m) {
    const fanned = (0,_instances_js__WEBPACK_IMPORTED_MODULE_4__/* .instanceText */ .tK)(m, id, 3);
    const status = s.status === 'skipped' && s.reason
        ? `${word(s.status)} (${word(s.reason)})`
        : fanned
            ? `${word(s.status)} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(fanned, 300)})`
            : word(s.status);
    const model = s.provider ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(s.provider)}${s.model ? ` / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(s.model)}` : ''}`, 80) : '–';
    const retries = digest.retries.get(id);
    const fallbacks = digest.fallbacks.get(id);
    const extra = [
        retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '',
        fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    // A fanned-out step's figures are its instances' sums (src/report/counts.ts).
    const r = s.usage ? (0,_counts_js__WEBPACK_IMPORTED_MODULE_2__/* .rolledUp */ .uN)(m, id) : undefined;
    return (`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .statusIcon */ .I8)(s.status)} ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(id)} | ${status} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(s.duration_ms)} | ` +
        `${word(s.cache)} | ${model} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r?.attempts ?? s.attempts)}${extra ? ` (${extra})` : ''} | ` +
        `${checksCell(s, digest, id)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r?.usage.input_tokens ?? s.usage?.input_tokens)} / ` +
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r?.usage.output_tokens ?? s.usage?.output_tokens)} | ` +
        `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCost */ .BD)(r?.cost_usd ?? s.cost_usd)} |`);
}
/**
 * The step table: every step up to `maxRows`; past it, failures first, saying how many were cut.
 * A fanned-out step is one row with its instances counted (./instances.ts).
 */
function stepTable(m, digest, maxRows, whereElse) {
    const ids = (0,_instances_js__WEBPACK_IMPORTED_MODULE_4__/* .withoutInstances */ .BW)(m, stepOrder(m));
    const shown = ids.length <= maxRows ? ids : failuresFirst(m, ids).slice(0, maxRows);
    const rows = [
        '| Step | Status | Duration | Cache | Provider / model | Attempts | Checks | Tokens in / out | Cost |',
        '|---|---|---:|---|---|---:|---:|---:|---:|',
        ...shown.map((id) => stepRow(id, m.steps[id], digest, m)),
    ];
    if (shown.length < ids.length) {
        rows.push('', `> ⚠️ Table cut: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(shown.length)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(ids.length)} steps shown, failures ` +
            `first.${whereElse ? ` All of them are in ${whereElse}.` : ''}`);
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
    const title = err ? `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(err.code)}: ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(err.message).split('\n')[0]}` : 'failed';
    const body = [
        err ? (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(err.message) : 'no error recorded',
        ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`),
    ].join('\n');
    return [
        '<details>',
        `<summary>❌ <code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLine */ .DX)(id, 200))}</code> — ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLine */ .DX)(title, 200))}</summary>`,
        '',
        (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(body, maxChars)),
        err?.hint ? `\n**Hint:** ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .mdText */ .bC)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(err.hint), 500))}` : '',
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
            .map((id) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(id, 100))
            .join(', ');
        return [
            `${heading} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed.length)})`,
            '',
            `❌ ${list}${failed.length > level.count ? ` … and ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed.length - level.count)} more` : ''}`,
            '',
            '> ⚠️ Error texts left out to fit the size limit.',
        ].join('\n');
    }
    const blocks = failed.slice(0, level.count).map((id) => failureBlock(id, m.steps[id], digest, level.errorChars));
    if (failed.length > level.count)
        blocks.push(`> ⚠️ Showing ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(level.count)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed.length)} failures: ${failed
            .slice(level.count, level.count + 50)
            .map((id) => (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .code */ .aY)(id, 60))
            .join(', ')}${failed.length > level.count + 50 ? ' …' : ''}`);
    return [`${heading} (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(failed.length)})`, '', ...blocks].join('\n');
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
            const verdict = v.errored ? '⚠️ errored' : v.passed ? '✅ pass' : v.severity === 'warn' ? '⚠️ warn' : '❌ fail';
            // Index -1: the output_schema verdict, not one of the step's listed checks.
            const check = v.index >= 0 ? `${v.index + 1}. ${word(v.type)}` : 'output_schema';
            // A passing similar / judge check still shows its score and the judge's reason.
            const scored = v.score !== undefined || v.reason !== undefined;
            rows.push(`| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(id)} | ${check} | ${verdict} | ${v.passed && !scored ? '' : (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(v.message, 160)} |`);
        }
    }
    const total = ids.reduce((n, id) => n + digest.checks.get(id).length, 0);
    const failed = ids.reduce((n, id) => n + digest.checks.get(id).filter((v) => !v.passed).length, 0);
    const table = [
        '| Step | Check | Result | Message |',
        '|---|---|---|---|',
        ...rows,
        ...(cut ? ['', `> ⚠️ ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(cut)} more check results not shown (failures first).`] : []),
    ].join('\n');
    return [
        heading,
        '',
        collapsible(`${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(total - failed)} of ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(total)} checks passed`, table, failed > 0 && rows.length <= 30),
    ].join('\n');
}
/** Cost and tokens per provider / model, from the steps. */
function modelsSection(m, heading) {
    const by = new Map();
    for (const s of Object.values(m.steps ?? {})) {
        if (!s.provider)
            continue;
        const key = `${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(s.provider)}${s.model ? ` / ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .str */ .gx)(s.model)}` : ''}`;
        const row = by.get(key) ?? { steps: 0, input: 0, output: 0, cost: 0 };
        row.steps++;
        row.input += (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.usage?.input_tokens);
        row.output += (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.usage?.output_tokens);
        row.cost += (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .num */ .bu)(s.cost_usd);
        by.set(key, row);
    }
    if (!by.size)
        return '';
    const rows = [...by]
        .sort((a, b) => b[1].cost - a[1].cost || a[0].localeCompare(b[0]))
        .slice(0, 30)
        .map(([k, r]) => `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .cellCode */ .GA)(k, 80)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r.steps)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r.input)} | ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(r.output)} ` +
        `| ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCost */ .BD)(r.cost)} |`);
    return [
        heading,
        '',
        '| Provider / model | Steps | Tokens in | Tokens out | Cost |',
        '|---|---:|---:|---:|---:|',
        ...rows,
    ].join('\n');
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
            `<details><summary><code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLine */ .DX)(id, 120))}</code> → ` +
                `<code>${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .html */ .qy)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clipLine */ .DX)(p.path, 200))}</code> (${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(size)} bytes)</summary>`,
            '',
            (0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fence */ .EU)((0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(p.text, level.chars)),
            '',
            '</details>',
        ].join('\n');
    });
    if (ids.length > level.steps)
        blocks.push(`> ${(0,_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(ids.length - level.steps)} more outputs not previewed.`);
    return [heading, '', ...blocks].join('\n');
}


/***/ })

};
