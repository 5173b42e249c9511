export const id = 316;
export const ids = [316];
export const modules = {

/***/ 86316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  costPlanText: () => (/* binding */ costPlanText),
  planCost: () => (/* binding */ planCost)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/providers/price-registry.js
var price_registry = __webpack_require__(93439);
;// CONCATENATED MODULE: ./lib/providers/tokenize.js
/**
 * Real token counts for cost planning (`plan --cost`), with gpt-tokenizer (pure JS BPE with
 * OpenAI's encodings). OpenAI models get their own encoding (exact); other models get o200k_base
 * as an approximation (closer than 4 characters a token, which under-counts code and CJK text),
 * and the result says which. Never used for cache keys or context budgets: those keep the one
 * deterministic estimate of src/util/tokens.ts. Loaded lazily: the encodings are megabytes.
 */
const loaded = new Map();
/** Encodings of OpenAI's current families (gpt-tokenizer's model table stops at gpt-4-turbo). */
const O200K = /^(gpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|chatgpt-4o|codex-)/;
// Written out (no template import path) so a bundler sees each encoding it may need.
const LOADERS = {
    o200k_base: () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 23877)),
    // Harmony (gpt-oss) is o200k_base's ranks plus chat special tokens, which plain prompt text never
    // encodes to: the same counts, and one 578 KB rank table in dist/ instead of two copies.
    o200k_harmony: () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(877)]).then(__webpack_require__.bind(__webpack_require__, 23877)),
    cl100k_base: () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(79)]).then(__webpack_require__.bind(__webpack_require__, 84079)),
    p50k_base: () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(85)]).then(__webpack_require__.bind(__webpack_require__, 80085)),
    r50k_base: () => Promise.all(/* import() */[__webpack_require__.e(955), __webpack_require__.e(425)]).then(__webpack_require__.bind(__webpack_require__, 27425)),
};
async function counter(encoding) {
    let c = loaded.get(encoding);
    if (c)
        return c;
    const mod = await LOADERS[encoding]();
    c = (text) => mod.countTokens(text);
    loaded.set(encoding, c);
    return c;
}
/** Which encoding a model uses, and whether it is the model's own. */
async function encodingFor(model, providerType) {
    const id = (model ?? '').toLowerCase().replace(/^openai\//, '');
    const openaiLike = providerType === 'openai' || providerType === 'openai-compatible';
    if (openaiLike || /^(gpt|o\d|text-|chatgpt)/.test(id)) {
        const { modelToEncodingMap } = await __webpack_require__.e(/* import() */ 826).then(__webpack_require__.bind(__webpack_require__, 46445));
        const table = modelToEncodingMap;
        const known = table[id];
        if (known && known in LOADERS)
            return { encoding: known, exact: true };
        if (O200K.test(id))
            return { encoding: 'o200k_base', exact: true };
    }
    return { encoding: 'o200k_base', exact: false };
}
async function countTokens(text, model, providerType) {
    const { encoding, exact } = await encodingFor(model, providerType);
    const count = await counter(encoding);
    return { tokens: count(text), tokenizer: encoding, exact };
}

// EXTERNAL MODULE: ./lib/budget/ledger.js
var ledger = __webpack_require__(47560);
// EXTERNAL MODULE: ./lib/routing/pool.js + 10 modules
var routing_pool = __webpack_require__(192);
// EXTERNAL MODULE: ./lib/routing/strategy.js
var strategy = __webpack_require__(4049);
// EXTERNAL MODULE: ./lib/spec/graph.js + 1 modules
var graph = __webpack_require__(98610);
// EXTERNAL MODULE: ./lib/util/ids.js
var ids = __webpack_require__(18942);
// EXTERNAL MODULE: ./lib/util/tokens.js
var tokens = __webpack_require__(56548);
// EXTERNAL MODULE: ./lib/util/clock.js
var clock = __webpack_require__(58394);
// EXTERNAL MODULE: ./lib/engine/services.js
var services = __webpack_require__(16344);
// EXTERNAL MODULE: ./lib/spec/step-settings.js
var step_settings = __webpack_require__(11315);
// EXTERNAL MODULE: ./lib/engine/extract.js
var extract = __webpack_require__(58331);
// EXTERNAL MODULE: ./lib/engine/llm-step.js + 1 modules
var llm_step = __webpack_require__(46690);
// EXTERNAL MODULE: ./lib/engine/fan-out.js
var fan_out = __webpack_require__(92098);
// EXTERNAL MODULE: ./lib/spec/fan-out.js
var spec_fan_out = __webpack_require__(25799);
;// CONCATENATED MODULE: ./lib/engine/cost-plan.js
/**
 * `plan --cost`: what running the job now would cost, without calling anything. Per step, in
 * the order the run would take them:
 * - whether it would hit the cache, predicted from the local cache folder by computing the
 *   step's real cache key (so a changed prompt, input or code_version shows as a miss). An
 *   upstream hit hands its cached answer downstream, exactly as a run would; downstream of a
 *   miss or of a command step the answer is not known yet, so the step counts as a miss
 *   (`upstream_unknown`) and its prompt is estimated with the upstream's expected answer length;
 * - its input tokens, counted with the model's tokenizer where known (src/providers/tokenize.ts);
 * - the estimated cost of a miss: input tokens at the input price plus the answer at the output
 *   price, the answer taken at the provider's `max_tokens` or else EXPECTED_OUTPUT_TOKENS;
 * and the totals. Reads the cache without marking entries used; writes nothing.
 */


















class NullSink {
    emit(e) {
        return { ts: '', seq: 0, level: e.level ?? 'info', job_id: '', type: e.type, trace_id: '', span_id: '', data: e.data ?? {} };
    }
}
function maxTokensOf(spec) {
    return spec && 'options' in spec ? spec.options?.max_tokens : undefined;
}
async function planCost(opts) {
    const { loaded } = opts;
    const { spec } = loaded;
    const g = (0,graph/* stepGraph */.lY)((0,graph/* needsOfSpec */.cZ)(spec));
    const selected = opts.only?.length ? new Set(g.closureForOnly(opts.only)) : undefined;
    const order = g.topoOrder().filter((id) => !selected || selected.has(id));
    const prices = await (0,price_registry/* resolvePrices */.NG)(spec.providers);
    const pool = new routing_pool/* ProviderPool */.qj({ loaded, env: opts.env ?? process.env, events: new NullSink(), clock: clock/* systemClock */.m, newSpanId: ids/* newSpanId */.aG, prices });
    // Upstream outputs of predicted hits, for steps whose context reads upstream files.
    const outputsDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'orchestrator-plan-'));
    const texts = new services/* StepTexts */.fv();
    const unknown = new Set();
    // Only what renderLlmStep reads: a plan has no run folder, events or signal.
    const ctx = {
        loaded,
        settings: (0,step_settings/* resolveStepSettings */.y)(spec),
        pool,
        texts,
        templates: new services/* TemplateCache */.n4(),
        workspaceDir: opts.workspaceDir ?? loaded.baseDir,
        files: { resolve: (p) => (0,external_node_path_.join)(outputsDir, p) },
    };
    const steps = [];
    try {
        for (const id of order) {
            const step = spec.steps[id];
            if (step.run !== undefined) {
                // Its output is known only once it runs: what reads it cannot be predicted.
                unknown.add(id);
                steps.push({ id, kind: 'command', cache: 'n/a', hit: false, cost_usd: 0 });
                continue;
            }
            const target = step.provider ?? spec.defaults.provider;
            const upstreamUnknown = step.needs.filter((n) => unknown.has(n));
            // issue-15: a fanned-out step is planned per instance when its list is known now.
            let units = [{ uid: id, ustep: step }];
            if (step.for_each !== undefined) {
                const items = upstreamUnknown.length === 0 ? await (0,fan_out/* resolveItems */.Vi)(ctx, id, step).catch(() => undefined) : undefined;
                if (!items) {
                    unknown.add(id);
                    const first = pool.candidates(target)[0];
                    steps.push({
                        id,
                        kind: 'llm',
                        target,
                        ...(first ? { provider: first.name, model: first.model } : {}),
                        cache: 'miss',
                        hit: false,
                        reason: 'items_unknown',
                    });
                    continue;
                }
                units = (0,spec_fan_out/* instancesOf */.sG)(id, items).map((inst) => ({ uid: inst.id, ustep: (0,fan_out/* instanceSpec */.bD)(ctx, step, inst), inst }));
                if (units.length === 0) {
                    texts.set(id, '[]');
                    continue;
                }
            }
            for (const { uid, ustep, inst } of units) {
                let entry;
                let key;
                let system;
                let prompt;
                if (upstreamUnknown.length === 0) {
                    const r = await (0,llm_step/* renderLlmStep */.Sp)(ctx, uid, ustep, inst);
                    key = r.key;
                    system = r.system;
                    prompt = r.prompt;
                    entry = opts.cache ? await opts.cache.get(r.key) : undefined;
                }
                else {
                    // Stand-ins as long as the answers they replace are expected to be.
                    for (const n of upstreamUnknown) {
                        const t = spec.steps[n];
                        const p = t.run === undefined ? spec.providers[t.provider ?? spec.defaults.provider] : undefined;
                        texts.set(n, 'x'.repeat(4 * (maxTokensOf(p) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW)));
                    }
                    const r = await (0,llm_step/* renderLlmStep */.Sp)(ctx, uid, ustep, inst);
                    system = r.system;
                    prompt = r.prompt;
                }
                const candidates = (0,strategy/* planCandidates */.I9)(spec.routes[target]?.strategy ?? 'ordered', pool.candidates(target), (0,tokens/* estimateTokens */.b)((system ?? '') + prompt));
                const provider = candidates.order[0] ?? pool.candidates(target)[0];
                const providerSpec = spec.providers[provider.name];
                const count = await countTokens((system ?? '') + prompt, provider.model, provider.type);
                const base = {
                    id: uid,
                    kind: 'llm',
                    target,
                    provider: provider.name,
                    model: provider.model,
                    ...(key ? { cache_key: key } : {}),
                    input_tokens: count.tokens,
                    tokenizer: count.tokenizer,
                    tokenizer_exact: count.exact,
                };
                if (entry) {
                    texts.set(uid, entry.text);
                    for (const o of ustep.outputs) {
                        try {
                            const file = (0,external_node_path_.join)(outputsDir, o.path);
                            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
                            (0,external_node_fs_.writeFileSync)(file, (0,extract/* extract */.o6)(entry.text, o.extract, o.path));
                        }
                        catch {
                            /* an output the cached answer cannot give: the run would call again, but the plan stays an estimate */
                        }
                    }
                    steps.push({ ...base, cache: 'hit', hit: true, cost_usd: 0 });
                    continue;
                }
                unknown.add(uid);
                unknown.add(id);
                const out = maxTokensOf(providerSpec) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW;
                const price = provider.price;
                const reason = !opts.cache ? 'no_cache' : upstreamUnknown.length ? 'upstream_unknown' : 'no_entry';
                steps.push({
                    ...base,
                    cache: 'miss',
                    hit: false,
                    reason,
                    output_tokens_est: out,
                    ...(price ? { cost_usd: round((count.tokens * price.input_per_mtok + out * price.output_per_mtok) / 1e6) } : {}),
                });
            }
            // A fanned-out step whose instances all hit gives its dependents the array of their answers.
            if (step.for_each !== undefined && !unknown.has(id))
                texts.set(id, JSON.stringify(units.map((u) => texts.get(u.uid))));
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(outputsDir, { recursive: true, force: true });
    }
    const totals = { steps: steps.length, hits: 0, misses: 0, input_tokens: 0, output_tokens_est: 0, cost_usd: 0, unpriced: 0 };
    for (const s of steps) {
        if (s.cache === 'hit')
            totals.hits++;
        if (s.cache !== 'miss')
            continue;
        totals.misses++;
        totals.input_tokens += s.input_tokens ?? 0;
        totals.output_tokens_est += s.output_tokens_est ?? 0;
        if (s.cost_usd === undefined)
            totals.unpriced++;
        else
            totals.cost_usd += s.cost_usd;
    }
    totals.cost_usd = round(totals.cost_usd);
    return { job: spec.name, ...(opts.cacheDir ? { cache_dir: opts.cacheDir } : {}), steps, totals, prices, ...(spec.budget ? { budget: spec.budget } : {}) };
}
function round(usd) {
    return Math.round(usd * 1e8) / 1e8;
}
function usd(n) {
    if (n === undefined)
        return 'unpriced';
    if (n === 0)
        return '$0';
    return n < 0.01 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`;
}
const PRICE_FROM = { spec: 'spec', local: 'local, free', builtin: 'built-in table 2025-11-30', none: 'unknown' };
/** The plan as a table a person reads. */
function costPlanText(plan) {
    const rows = plan.steps.map((s) => [
        s.id,
        s.kind === 'command' ? '(command)' : s.target === s.provider ? s.provider : `${s.target} -> ${s.provider}`,
        s.cache === 'miss' && s.reason && s.reason !== 'no_entry' ? `miss (${s.reason})` : s.cache,
        s.input_tokens === undefined ? '-' : `${s.input_tokens.toLocaleString('en-US')}${s.tokenizer_exact === false ? '~' : ''}`,
        s.cache === 'miss' ? usd(s.cost_usd) : '-',
    ]);
    const head = ['step', 'provider', 'cache', 'input tokens', 'est. cost'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (r) => r
        .map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
        .join('  ')
        .trimEnd();
    const t = plan.totals;
    const out = [
        `cost plan for job ${plan.job}${plan.cache_dir ? ` (cache ${plan.cache_dir})` : ''}`,
        '',
        line(head),
        ...rows.map(line),
        '',
        `total: ${t.hits} hit${t.hits === 1 ? '' : 's'}, ${t.misses} miss${t.misses === 1 ? '' : 'es'}; misses: ${t.input_tokens.toLocaleString('en-US')} input tokens, ` +
            `~${t.output_tokens_est.toLocaleString('en-US')} output tokens (max_tokens, else ${ledger/* EXPECTED_OUTPUT_TOKENS */.sW} a call), est. ${usd(t.cost_usd)}` +
            (t.unpriced ? ` (+${t.unpriced} call${t.unpriced === 1 ? '' : 's'} with no known price)` : ''),
    ];
    if (plan.budget?.usd !== undefined)
        out.push(`budget: $${plan.budget.usd}${t.cost_usd > plan.budget.usd ? ' (the estimate is above it: the run would stop early)' : ''}`);
    const priced = Object.entries(plan.prices).filter(([name]) => plan.steps.some((s) => s.provider === name));
    if (priced.length) {
        out.push(`prices (USD per Mtok, in / out): ${priced
            .map(([name, p]) => `${name} ${p.price ? `${p.price.input_per_mtok} / ${p.price.output_per_mtok}` : '?'} (${p.source === 'registry' ? p.registry : PRICE_FROM[p.source]})`)
            .join(', ')}`);
    }
    if (plan.steps.some((s) => s.tokenizer_exact === false))
        out.push("~ tokens counted with o200k_base: the model's own tokenizer is not public, so this is an approximation");
    return `${out.join('\n')}\n`;
}


/***/ })

};
