export const id = 198;
export const ids = [198];
export const modules = {

/***/ 64198:
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
        const { modelToEncodingMap } = await __webpack_require__.e(/* import() */ 445).then(__webpack_require__.bind(__webpack_require__, 46445));
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

// EXTERNAL MODULE: ./lib/providers/prices.js
var providers_prices = __webpack_require__(50914);
// EXTERNAL MODULE: ./lib/budget/ledger.js
var ledger = __webpack_require__(47560);
// EXTERNAL MODULE: ./lib/routing/pool.js + 7 modules
var routing_pool = __webpack_require__(83101);
// EXTERNAL MODULE: ./lib/routing/strategy.js
var strategy = __webpack_require__(4049);
// EXTERNAL MODULE: ./lib/util/ids.js
var ids = __webpack_require__(18942);
// EXTERNAL MODULE: ./lib/util/tokens.js
var tokens = __webpack_require__(56548);
// EXTERNAL MODULE: ./lib/util/clock.js
var clock = __webpack_require__(58394);
// EXTERNAL MODULE: ./lib/engine/services.js
var services = __webpack_require__(16344);
// EXTERNAL MODULE: ./lib/engine/extract.js
var extract = __webpack_require__(58331);
// EXTERNAL MODULE: ./lib/engine/llm-step.js + 2 modules
var llm_step = __webpack_require__(71936);
// EXTERNAL MODULE: ./lib/engine/run-plan.js + 2 modules
var run_plan = __webpack_require__(33563);
// EXTERNAL MODULE: ./lib/engine/fan-out.js
var fan_out = __webpack_require__(92098);
// EXTERNAL MODULE: ./lib/util/redact.js
var redact = __webpack_require__(45171);
// EXTERNAL MODULE: ./lib/providers/secrets.js
var secrets = __webpack_require__(13715);
// EXTERNAL MODULE: ./lib/jobspec/sampling.js
var jobspec_sampling = __webpack_require__(88675);
;// CONCATENATED MODULE: ./lib/engine/sample-cost.js

/** How many of the first N samples are cached, and sample 0's entry when all are (a stand-in for the step's answer downstream). */
async function sampledEntry(r, s, cache) {
    if (!cache)
        return { cached: 0 };
    const entries = await Promise.all(Array.from({ length: s.samples }, (_, k) => cache.get(r.keyFor(k))));
    const cached = entries.filter(Boolean).length;
    return cached === s.samples ? { entry: entries[0], cached } : { cached };
}
/** The calls a sampled step still needs, expected and at most, and their cost at `perCall` USD. */
function sampleCalls(s, cached, perCall) {
    const max = (0,jobspec_sampling/* maxDraws */.UH)(s);
    const calls = Math.max(0, s.samples - cached);
    const callsMax = Math.max(0, max - cached);
    return {
        samples: { planned: s.samples, max, cached, calls, calls_max: callsMax },
        ...(perCall !== undefined ? { cost_usd_max: Math.round(perCall * callsMax * 1e8) / 1e8 } : {}),
    };
}
/** ` (5 samples, up to 20)` after a step's cache column. */
function samplesNote(s) {
    if (!s.samples)
        return '';
    const { planned, max, cached } = s.samples;
    return ` (${planned} samples${max > planned ? `, up to ${max}` : ''}${cached && cached < planned ? `, ${cached} cached` : ''})`;
}

;// CONCATENATED MODULE: ./lib/report/column-fit.js
/**
 * Fitting a text table to a width (docs/reference.md, "Counts and widths"): columns named first
 * give way first, then the widest, never below a few characters; a cut cell ends with `…`.
 * Shared by the CLI's tables and the cost plan's.
 */
/** Columns are never cut below this (an ellipsis and a few characters still say what was there). */
const MIN_COLUMN = 5;
/** Narrows `widths` in place so that the columns and their `gap`-wide gaps fit `maxWidth`. */
function fitWidths(widths, maxWidth, shrinkFirst = [], gap = 2) {
    let over = widths.reduce((a, w) => a + w, 0) + gap * (widths.length - 1) - maxWidth;
    for (const i of shrinkFirst) {
        const take = Math.min(over, Math.max(0, (widths[i] ?? 0) - MIN_COLUMN));
        if (take > 0)
            widths[i] = widths[i] - take;
        over -= take;
    }
    while (over > 0) {
        let widest = 0;
        for (let i = 1; i < widths.length; i++)
            if (widths[i] > widths[widest])
                widest = i;
        if (widths[widest] <= MIN_COLUMN)
            return;
        widths[widest] = widths[widest] - 1;
        over--;
    }
}
/** `text` cut to `width` visible characters, the last one an ellipsis; colours are dropped from a cut cell. */
function cutCell(text, width) {
    const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
    return plain.length <= width ? plain : `${plain.slice(0, Math.max(0, width - 1))}…`;
}

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
        return {
            ts: '',
            seq: 0,
            level: e.level ?? 'info',
            job_id: '',
            type: e.type,
            trace_id: '',
            span_id: '',
            data: e.data ?? {},
        };
    }
}
function maxTokensOf(spec) {
    return spec && 'options' in spec ? spec.options?.max_tokens : undefined;
}
async function planCost(opts) {
    const { loaded } = opts;
    const { spec } = loaded;
    const plan = (0,run_plan/* planRun */.nY)(loaded, { only: opts.only });
    const prices = await (0,price_registry/* resolvePrices */.NG)(spec.providers);
    const pool = new routing_pool/* ProviderPool */.qj({
        loaded,
        env: opts.env ?? process.env,
        events: new NullSink(),
        clock: clock/* systemClock */.m,
        newSpanId: ids/* newSpanId */.aG,
        prices,
    });
    // Upstream outputs of predicted hits, for steps whose context reads upstream files.
    const outputsDir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'orchestrator-plan-'));
    const texts = new services/* StepTexts */.fv();
    const unknown = new Set();
    // What rendering reads; a plan has no run folder, events or signal. The outputs of predicted
    // hits are written to outputsDir, where a later step's context reads them as a run would.
    const ctx = {
        loaded,
        settings: plan.settings,
        pool,
        texts,
        templates: new services/* TemplateCache */.n4(),
        workspaceDir: opts.workspaceDir ?? loaded.baseDir,
        readOutput: (0,services/* outputReader */.RJ)(outputsDir),
        engineDirs: opts.engineDirs ?? fan_out/* DEFAULT_ENGINE_DIRS */._F,
        // Instances are named as the run names them (a KEY holding a key is its index).
        redactor: new redact/* Redactor */.pO((0,secrets/* namedSecrets */.pr)(spec, opts.env ?? process.env)),
    };
    const steps = [];
    try {
        for (const id of plan.order) {
            const planned = plan.steps.get(id);
            const step = planned.spec;
            if (planned.kind === 'command') {
                // Its output is known only once it runs: what reads it cannot be predicted.
                unknown.add(id);
                steps.push({ id, kind: 'command', cache: 'n/a', hit: false, cost_usd: 0 });
                continue;
            }
            const target = planned.target;
            const upstreamUnknown = step.needs.filter((n) => unknown.has(n));
            // A fanned-out step is planned per instance when its list is known now.
            let units = [(0,run_plan/* unitOf */.uF)(ctx, id, step)];
            if (planned.fanOut) {
                // The list is known now unless it comes from a step whose answer is not (inputs and globs always are).
                const fe = step.for_each;
                const listFrom = typeof fe === 'string' ? ctx.templates.get(`f:${id}`, fe).refs.steps : [];
                const instances = listFrom.every((n) => !unknown.has(n))
                    ? await (0,run_plan/* expandStep */.pB)(ctx, id, step).catch(() => undefined)
                    : undefined;
                if (!instances) {
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
                const picked = plan.selectedInstances?.get(id);
                units = instances.filter((inst) => !picked || picked.has(inst.id)).map((inst) => (0,run_plan/* unitOf */.uF)(ctx, id, step, inst));
                if (units.length === 0) {
                    texts.set(id, '[]');
                    continue;
                }
            }
            for (const { id: uid, spec: ustep, inst } of units) {
                let entry;
                let key;
                let system;
                let prompt;
                const sampling = (0,jobspec_sampling/* samplingOf */.vn)(spec, uid);
                let cachedSamples = 0;
                if (upstreamUnknown.length === 0) {
                    const r = await (0,llm_step/* renderLlmStep */.Sp)(ctx, uid, ustep, inst);
                    key = r.key;
                    system = r.system;
                    prompt = r.prompt;
                    entry = opts.cache ? await opts.cache.get(r.key) : undefined;
                    if (sampling)
                        ({ entry, cached: cachedSamples } = await sampledEntry(r, sampling, opts.cache));
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
                    steps.push({
                        ...base,
                        cache: 'hit',
                        hit: true,
                        cost_usd: 0,
                        ...(sampling ? sampleCalls(sampling, cachedSamples, 0) : {}),
                    });
                    continue;
                }
                unknown.add(uid);
                unknown.add(id);
                // Every planned call of the unit sends its prompt and gets an answer (one call today; samples add more).
                const calls = planned.calls.length;
                const out = calls * (maxTokensOf(providerSpec) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW);
                const price = provider.price;
                const reason = !opts.cache ? 'no_cache' : upstreamUnknown.length ? 'upstream_unknown' : 'no_entry';
                if (sampling) {
                    // A sampled step: one call per sample not yet cached (src/engine/sample-cost.ts); figures per call.
                    const perCallOut = maxTokensOf(providerSpec) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW;
                    const perCall = price ? (0,providers_prices/* callCost */.wD)(price, count.tokens, perCallOut) : undefined;
                    const sampled = sampleCalls(sampling, cachedSamples, perCall);
                    steps.push({
                        ...base,
                        cache: 'miss',
                        hit: false,
                        reason,
                        output_tokens_est: perCallOut,
                        ...(perCall !== undefined ? { cost_usd: round(perCall * sampled.samples.calls) } : {}),
                        ...sampled,
                    });
                    continue;
                }
                steps.push({
                    ...base,
                    cache: 'miss',
                    hit: false,
                    reason,
                    output_tokens_est: out,
                    ...(price ? { cost_usd: round((0,providers_prices/* callCost */.wD)(price, calls * count.tokens, out)) } : {}),
                });
            }
            // A fanned-out step whose instances all hit gives its dependents the array of their answers.
            if (planned.fanOut && !unknown.has(id))
                texts.set(id, JSON.stringify(units.map((u) => texts.get(u.id))));
        }
    }
    finally {
        (0,external_node_fs_.rmSync)(outputsDir, { recursive: true, force: true });
    }
    const totals = {
        steps: steps.length,
        hits: 0,
        misses: 0,
        input_tokens: 0,
        output_tokens_est: 0,
        cost_usd: 0,
        unpriced: 0,
    };
    let costMax = 0;
    for (const s of steps) {
        if (s.cache === 'hit')
            totals.hits++;
        if (s.cache !== 'miss')
            continue;
        totals.misses++;
        // A sampled step makes one call a sample it still needs.
        const calls = s.samples?.calls ?? 1;
        totals.input_tokens += (s.input_tokens ?? 0) * calls;
        totals.output_tokens_est += (s.output_tokens_est ?? 0) * calls;
        if (s.cost_usd === undefined)
            totals.unpriced++;
        else {
            totals.cost_usd += s.cost_usd;
            costMax += s.cost_usd_max ?? s.cost_usd;
        }
    }
    totals.cost_usd = round(totals.cost_usd);
    if (steps.some((s) => s.samples))
        totals.cost_usd_max = round(costMax);
    return {
        job: spec.name,
        ...(opts.cacheDir ? { cache_dir: opts.cacheDir } : {}),
        steps,
        totals,
        prices,
        ...(spec.budget ? { budget: spec.budget } : {}),
    };
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
const PRICE_FROM = {
    spec: 'spec',
    local: 'local, free',
    builtin: 'built-in table 2025-11-30',
    none: 'unknown',
};
/** The plan as a table a person reads; `width`: the columns its table fits (the CLI: the terminal's, else 80). */
function costPlanText(plan, width) {
    const rows = plan.steps.map((s) => [
        s.id,
        s.kind === 'command' ? '(command)' : s.target === s.provider ? s.provider : `${s.target} -> ${s.provider}`,
        (s.cache === 'miss' && s.reason && s.reason !== 'no_entry' ? `miss (${s.reason})` : s.cache) + samplesNote(s),
        s.input_tokens === undefined
            ? '-'
            : `${s.input_tokens.toLocaleString('en-US')}${s.tokenizer_exact === false ? '~' : ''}`,
        s.cache === 'miss'
            ? usd(s.cost_usd) +
                (s.cost_usd_max !== undefined && s.cost_usd_max !== s.cost_usd ? ` (max ${usd(s.cost_usd_max)})` : '')
            : '-',
    ]);
    const head = ['step', 'provider', 'cache', 'input tokens', 'est. cost'];
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    // Too wide: the provider column gives way first, then the step id; figures are never cut.
    if (width !== undefined)
        fitWidths(widths, width, [1, 0]);
    const line = (r) => r
        .map((c, i) => (c.length > widths[i] ? cutCell(c, widths[i]) : c))
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
    if (t.cost_usd_max !== undefined && t.cost_usd_max !== t.cost_usd)
        out.push(`sampled steps: up to ${usd(t.cost_usd_max)} if every gate draws its max_samples`);
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
