export const id = 9217;
export const ids = [9217,861];
export const modules = {

/***/ 79217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  exportRunEntries: () => (/* binding */ exportRunEntries),
  importCacheFrom: () => (/* binding */ importCacheFrom),
  planMatrixOutput: () => (/* binding */ planMatrixOutput),
  shardSteps: () => (/* binding */ shardSteps)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/run/manifest-decode.js
var manifest_decode = __webpack_require__(35975);
// EXTERNAL MODULE: ./lib/cache/spend-records.js
var spend_records = __webpack_require__(25017);
// EXTERNAL MODULE: ./lib/events/reader.js
var reader = __webpack_require__(59246);
// EXTERNAL MODULE: ./lib/events/decode.js + 1 modules
var decode = __webpack_require__(15700);
// EXTERNAL MODULE: ./lib/run/run-folder.js
var run_folder = __webpack_require__(40953);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/cache/local-store.js
var local_store = __webpack_require__(56157);
;// CONCATENATED MODULE: ./lib/cache/export.js
/**
 * Moving cache entries between folders for sharded runs (docs/reference.md: Shards). The local store is
 * content-addressed, one file an entry named by its key, each entry checked against its own
 * integrity hash on read: so the union of several folders (files copied together, artifacts
 * downloaded with merge-multiple) is a valid cache. Two folders holding the same key hold two
 * valid answers to the same question; whichever file lands last is read, and a torn copy is a
 * miss, never a wrong hit.
 */








const KEYED = ['cache.hit', 'cache.miss', 'step.succeeded', 'step.failed', 'step.skipped'];
/** Every cache key a run looked up, wrote or kept (from its events, all attempts). */
function runCacheKeys(events) {
    const keys = new Set();
    for (const e of (0,decode/* viewEvents */.BG)(events, KEYED, ['key', 'cache_key'])) {
        const key = e.type === 'cache.hit' || e.type === 'cache.miss'
            ? e.data.key
            : e.type === 'step.succeeded' || e.type === 'step.failed'
                ? e.data.cache_key
                : e.type === 'step.skipped' && e.data.reason === 'completed'
                    ? e.data.cache_key
                    : undefined;
        if (key !== undefined)
            keys.add(key);
    }
    return keys;
}
/** Copies the entries run `jobId` used or created from `cacheDir` into `destDir` (a cache folder). */
async function exportRunCache(runsDir, jobId, cacheDir, destDir) {
    const file = runPaths(runsDir, jobId).events;
    if (!existsSync(file))
        throw new UsageError('E_NO_RUN', `no run ${jobId} in ${runsDir}`, {
            hint: 'pass --runs-dir, or list runs with `orchestrator runs`',
        });
    const keys = runCacheKeys(readEventsSync(file).events);
    const copied = await LocalCacheStore.copyEntries(cacheDir, destDir, keys);
    // The leg's spend travels with its delta: the finish run reports the legs against the whole budget.
    const manifest = runPaths(runsDir, jobId).manifest;
    const decoded = existsSync(manifest)
        ? parseManifest(readFileSync(manifest, 'utf8'), { requireSchema: false })
        : undefined;
    if (decoded)
        writeSpendRecord(destDir, spendRecordOf(decoded));
    return { keys: keys.size, copied, dir: destDir };
}
/** Copies every entry of `fromDir` (e.g. merged shard deltas) into `toDir`. Returns how many. */
async function importCacheFolder(fromDir, toDir) {
    (0,spend_records/* copySpendRecords */.q$)(fromDir, toDir);
    return local_store/* LocalCacheStore */.R9.copyEntries(fromDir, toDir, new local_store/* LocalCacheStore */.R9(fromDir).keys());
}

// EXTERNAL MODULE: ./lib/engine/fan-out.js
var fan_out = __webpack_require__(92098);
;// CONCATENATED MODULE: ./lib/planning/budget-shares.js
const MICRO = 1e6;
function budgetShares(totalUsd, shards, costOfUnit) {
    const costs = shards.map((s) => s.units.reduce((a, u) => a + Math.max(0, costOfUnit(u) || 0), 0));
    const sum = costs.reduce((a, b) => a + b, 0);
    const owning = shards.filter((s) => s.units.length > 0).length || 1;
    return shards.map((s, i) => {
        const share = sum > 0 ? (totalUsd * costs[i]) / sum : s.units.length > 0 ? totalUsd / owning : 0;
        return Math.floor(share * MICRO + 1e-9) / MICRO;
    });
}

// EXTERNAL MODULE: ./lib/engine/cost-plan.js + 3 modules
var cost_plan = __webpack_require__(40861);
;// CONCATENATED MODULE: ./lib/engine/shard-budget.js


async function shardBudgetShares(loaded, shards, totalUsd, env = process.env) {
    const plan = await (0,cost_plan.planCost)({ loaded, cache: null, env });
    // An LLM step the plan cannot price yet (a fan-out over an upstream step's output, whose items
    // are unknown before the run) counts as the mean priced LLM step: a shard holding it must not
    // get a share of 0.
    const priced = plan.steps.filter((s) => s.kind === 'llm' && typeof s.cost_usd === 'number').map((s) => s.cost_usd);
    const mean = priced.length ? priced.reduce((a, b) => a + b, 0) / priced.length : 0;
    const cost = new Map(plan.steps.map((s) => [s.id, typeof s.cost_usd === 'number' ? s.cost_usd : s.kind === 'llm' ? mean : 0]));
    return budgetShares(totalUsd, shards, (u) => cost.get(u) ?? 0);
}

// EXTERNAL MODULE: ./lib/jobspec/dag.js
var dag = __webpack_require__(86316);
// EXTERNAL MODULE: ./lib/util/tokens.js
var tokens = __webpack_require__(56548);
;// CONCATENATED MODULE: ./lib/planning/shard-weights.js
/**
 * Estimated work per step, for the shard planner. Before any run all we know is the prompt's
 * size, so an LLM step weighs a fixed per-call share (the answer, the round trip) plus its prompt
 * tokens and context budget; a command step weighs a few calls' worth. Given the durations of an
 * earlier run (`plan --from-run`), measured steps weigh their milliseconds and the others are
 * scaled into milliseconds by the median ms-per-estimate of the measured ones.
 */


/** Tokens a call costs beyond its prompt: its answer and round trip, in prompt-token terms. */
const PER_CALL_TOKENS = 500;
/** What nothing tells about a command: a few calls' worth. */
const COMMAND_TOKENS = 4 * PER_CALL_TOKENS;
function estimateStepWeights(loaded) {
    const out = new Map();
    for (const [id, step] of Object.entries(loaded.spec.steps)) {
        if (step.run !== undefined) {
            out.set(id, COMMAND_TOKENS);
            continue;
        }
        const prompt = loaded.prompts[id] ?? step.prompt ?? '';
        const context = step.context ? step.context.max_tokens : 0;
        out.set(id, PER_CALL_TOKENS + (0,tokens/* estimateTokens */.b)(`${step.system ?? ''}${prompt}`) + context);
    }
    return out;
}
/**
 * Estimates turned into milliseconds with measured durations: `measured` maps a step id to its
 * duration in an earlier run when it did the work (cache miss); steps it lacks are scaled.
 */
function weightsFromDurations(estimates, measured) {
    const ratios = [...measured]
        .filter(([id, ms]) => estimates.has(id) && ms > 0)
        .map(([id, ms]) => ms / estimates.get(id))
        .sort((a, b) => a - b);
    if (ratios.length === 0)
        return new Map(estimates);
    const median = ratios[Math.floor(ratios.length / 2)];
    const out = new Map();
    for (const [id, est] of estimates) {
        const ms = measured.get(id);
        out.set(id, ms !== undefined && ms > 0 ? ms : est * median);
    }
    return out;
}
/**
 * The spec's steps as work units, in spec order. A fanned-out step whose instances are known at
 * plan time (`instances`: step -> its instance ids, as the engine lists them) is one unit per
 * instance, each weighing what the step does once and needing what the step needs; a step that
 * needs it needs every instance.
 */
function stepUnits(loaded, weights = estimateStepWeights(loaded), instances = {}) {
    const needs = (0,dag/* needsOfSpec */.cZ)(loaded.spec);
    // An empty list has no unit to own: the step stays one (it runs, lists nothing, and succeeds).
    const split = (id) => (instances[id]?.length ? instances[id] : undefined);
    const expand = (ids) => ids.flatMap((d) => split(d) ?? [d]);
    return Object.keys(loaded.spec.steps).flatMap((id) => {
        const weight = weights.get(id) ?? PER_CALL_TOKENS;
        const own = expand(needs[id] ?? []);
        return (split(id) ?? [id]).map((unit) => ({ id: unit, weight, needs: own }));
    });
}

// EXTERNAL MODULE: ./lib/planning/shards.js
var planning_shards = __webpack_require__(12268);
;// CONCATENATED MODULE: ./lib/planning/shard-plan.js



/** Steps that did their work in `m` (not served from a cache or kept from an earlier attempt), with their durations. */
function measuredDurations(m) {
    const out = new Map();
    for (const [id, s] of Object.entries(m.steps)) {
        if ((s.status === 'succeeded' || s.status === 'failed') &&
            s.cache !== 'hit' &&
            typeof s.duration_ms === 'number' &&
            s.duration_ms > 0)
            out.set(id, s.duration_ms);
    }
    return out;
}
async function shardPlan(loaded, shards, opts = {}) {
    let weights = estimateStepWeights(loaded);
    if (opts.fromRun) {
        const runsDir = opts.runsDir ?? 'runs';
        const id = (0,run_folder/* resolveRunId */.nv)(runsDir, opts.fromRun, loaded.spec.name);
        weights = weightsFromDurations(weights, measuredDurations(await (0,run_folder/* readManifest */.WI)((0,run_folder/* runPaths */.Ot)(runsDir, id).dir)));
    }
    return (0,planning_shards/* planShards */.tF)(stepUnits(loaded, weights, opts.instances), shards);
}

// EXTERNAL MODULE: ./lib/jobspec/load.js
var load = __webpack_require__(52550);
// EXTERNAL MODULE: ./lib/jobspec/inputs.js
var jobspec_inputs = __webpack_require__(32267);
;// CONCATENATED MODULE: ./lib/action/shards.js
/**
 * The action's part in a matrix (docs/reference.md: Shards): `plan-shards: N` plans and sets the `matrix`
 * output (nothing runs); `shard: K/N` picks the steps of shard K; `cache-from` merges downloaded
 * cache deltas into the cache folder; `cache-export` hands this run's entries to the next job.
 * The planning is the CLI's (src/run/shard-plan.ts), so both faces agree on who owns which step.
 */











/** `plan-shards`: the matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
async function planMatrixOutput(core, inputs, workDir) {
    // With the job's inputs, as the legs load it: a fan-out over an input list splits per instance alike.
    const loaded = (0,jobspec_inputs/* resolveInputs */.eL)(await (0,load.loadSpec)((0,external_node_path_.resolve)(workDir, inputs.spec)), (0,jobspec_inputs/* actionInputValues */.lL)(inputs.inputs ?? '', inputs.inputFiles ?? '', workDir), {
        face: 'action',
    });
    // The engine's folders, which for_each globs leave out (as the legs' runs will).
    const engineDirs = [(0,external_node_path_.resolve)(workDir, inputs.runsDir), (0,external_node_path_.resolve)(workDir, '.orchestrator', 'cache')];
    const shards = await shardPlan(loaded, inputs.planShards, { instances: await (0,fan_out/* knownInstanceIds */.Nx)(loaded, engineDirs) });
    const whole = inputs.budgetUsd ?? loaded.spec.budget?.usd;
    const matrix = (0,planning_shards/* shardMatrix */._b)(shards, whole === undefined ? undefined : await shardBudgetShares(loaded, shards, whole));
    core.setOutput('matrix', JSON.stringify(matrix));
    core.setOutput('job-name', loaded.spec.name);
    core.info(`Planned ${Object.keys(loaded.spec.steps).length} steps in ${matrix.include.length} shard(s): ` +
        `${shards.map((s) => `${s.index}/${shards.length} ${s.units.length}`).join(', ')}`);
}
/**
 * The steps shard K owns (the engine adds what they need; empty when the shard has none) and, when
 * the job has a budget (`wholeUsd`: the input budget-usd, else the spec's), the share it enforces.
 */
async function shardSteps(loaded, shard, engineDirs, wholeUsd) {
    const shards = await shardPlan(loaded, shard.total, { instances: await (0,fan_out/* knownInstanceIds */.Nx)(loaded, engineDirs) });
    const units = shards[shard.index - 1].units;
    if (wholeUsd === undefined || units.length === 0)
        return { units };
    return { units, budgetUsd: (await shardBudgetShares(loaded, shards, wholeUsd))[shard.index - 1] };
}
/** Merges each `cache-from` folder's entries into the cache folder; a missing folder is a notice, not a failure. */
async function importCacheFrom(core, dirs, workDir, cacheDir) {
    let total = 0;
    for (const d of dirs) {
        const n = await importCacheFolder((0,external_node_path_.resolve)(workDir, d), cacheDir);
        if (n === 0)
            core.notice(`cache-from: no cache entries in ${d}`, { title: 'orchestrator: cache-from' });
        total += n;
    }
    return total;
}
/**
 * Copies the entries the run used or created (every attempt's, from its events) into `dest`,
 * which exists afterwards even when empty, so the workflow's upload step always finds it.
 */
async function exportRunEntries(store, events, dest, manifest) {
    await (0,promises_.mkdir)(dest, { recursive: true });
    // The leg's spend travels with its delta: the finish job reports the legs against the whole budget.
    if (manifest)
        (0,spend_records/* writeSpendRecord */.nj)(dest, (0,spend_records/* spendRecordOf */.PG)(manifest));
    return local_store/* LocalCacheStore */.R9.copyEntries(store.dir, dest, runCacheKeys(events));
}


/***/ }),

/***/ 40861:
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
// EXTERNAL MODULE: ./lib/report/format.js
var format = __webpack_require__(87703);
// EXTERNAL MODULE: ./lib/providers/price-registry.js + 1 modules
var price_registry = __webpack_require__(18390);
// EXTERNAL MODULE: ./lib/providers/tokenize.js
var tokenize = __webpack_require__(32105);
// EXTERNAL MODULE: ./lib/providers/prices.js
var providers_prices = __webpack_require__(50914);
// EXTERNAL MODULE: ./lib/budget/ledger.js
var ledger = __webpack_require__(47560);
// EXTERNAL MODULE: ./lib/routing/pool.js + 8 modules
var routing_pool = __webpack_require__(55725);
// EXTERNAL MODULE: ./lib/routing/strategy.js
var strategy = __webpack_require__(4049);
// EXTERNAL MODULE: ./lib/util/ids.js
var ids = __webpack_require__(18942);
// EXTERNAL MODULE: ./lib/util/tokens.js
var util_tokens = __webpack_require__(56548);
// EXTERNAL MODULE: ./lib/util/clock.js
var clock = __webpack_require__(58394);
// EXTERNAL MODULE: ./lib/engine/services.js
var services = __webpack_require__(16344);
// EXTERNAL MODULE: ./lib/engine/extract.js
var extract = __webpack_require__(58331);
// EXTERNAL MODULE: ./lib/engine/llm-step.js + 1 modules
var llm_step = __webpack_require__(46690);
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

/**
 * How many of the first N samples are cached, and sample 0's entry when all are (a stand-in for the step's answer
 * downstream).
 */
async function sampledEntry(r, s, cache) {
    if (!cache)
        return { cached: 0, known: [] };
    const entries = await Promise.all(Array.from({ length: s.samples }, (_, k) => cache.get(r.keyFor(k))));
    // The cached answers: their checks run on known text (src/engine/check-cost.ts).
    const known = entries.flatMap((e, sample) => (e ? [{ sample, text: e.text }] : []));
    const cached = known.length;
    return cached === s.samples ? { entry: entries[0], cached, known } : { cached, known };
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
    return (` (${planned} samples${max > planned ? `, up to ${max}` : ''}` +
        `${cached && cached < planned ? `, ${cached} cached` : ''})`);
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

// EXTERNAL MODULE: ./lib/quality/judge.js
var judge = __webpack_require__(46950);
// EXTERNAL MODULE: ./lib/quality/model-checks.js + 1 modules
var model_checks = __webpack_require__(64328);
// EXTERNAL MODULE: ./lib/engine/model-check-services.js
var model_check_services = __webpack_require__(11527);
;// CONCATENATED MODULE: ./lib/engine/check-cost.js









function maxTokensOf(spec) {
    return spec && 'options' in spec ? spec.options?.max_tokens : undefined;
}
const round = (usd) => Math.round(usd * 1e8) / 1e8;
async function hit(cache, key) {
    if (!cache)
        return false;
    return (await cache.get(key).catch(() => undefined)) !== undefined;
}
/**
 * An embedding model's price: free on a local server, else the price registry's rate for the
 * embedding model (a provider's `price:` is its chat model's, so it does not apply), else unknown.
 */
async function embeddingPrice(spec, model) {
    const local = (0,providers_prices/* priceOf */.xx)({
        type: spec.type,
        ...('base_url' in spec && spec.base_url ? { base_url: spec.base_url } : {}),
    });
    if (local && local.input_per_mtok === 0 && local.output_per_mtok === 0)
        return local;
    if (spec.type === 'replay')
        return undefined;
    const r = await (0,price_registry/* registryPrice */.$8)(model, spec.type).catch(() => undefined);
    return r ? { input_per_mtok: r.price.input_per_mtok, output_per_mtok: 0 } : undefined;
}
async function judgeCost(input, call) {
    const { loaded, pool, step } = input;
    const check = step.checks[call.check];
    if (check?.type !== 'judge')
        return undefined;
    const baseDir = loaded.baseDir;
    const rubric = check.rubric ?? (check.rubric_file ? await (0,model_checks/* readCheckFile */.vX)(check.rubric_file, baseDir, 'judge rubric_file') : '');
    const reference = check.reference ??
        (check.reference_file ? await (0,model_checks/* readCheckFile */.vX)(check.reference_file, baseDir, 'judge reference_file') : undefined);
    const withReference = reference !== undefined ? { reference } : {};
    const framing = (0,judge/* judgePrompt */.Q6)({ rubric, candidate: '', ...withReference });
    const all = pool.candidates(call.target);
    const provider = (0,strategy/* planCandidates */.I9)(loaded.spec.routes[call.target]?.strategy ?? 'ordered', all, (0,util_tokens/* estimateTokens */.b)(framing.system + framing.prompt) + input.answerTokens).order[0] ?? all[0];
    if (!provider)
        return undefined;
    let exact = true;
    const tokens = async (candidate) => {
        const p = (0,judge/* judgePrompt */.Q6)({ rubric, candidate, ...withReference });
        const c = await (0,tokenize/* countTokens */.i)(p.system + p.prompt, provider.model, provider.type);
        exact &&= c.exact;
        return c.tokens;
    };
    const perCall = (await tokens('')) + input.answerTokens;
    const out = maxTokensOf(loaded.spec.providers[provider.name]) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW;
    const price = provider.price;
    // Known candidates: their verdict may be cached already (the run's key), else a call on that text.
    let knownCalls = 0;
    let knownCost = 0;
    for (const { sample, text } of input.known) {
        const key = (0,judge/* judgeCacheKey */.Pj)({
            code_version: loaded.spec.code_version,
            provider: pool.identity(call.target),
            rubric,
            ...withReference,
            candidate: text,
            sample,
        });
        if (await hit(input.cache, key))
            continue;
        knownCalls++;
        if (price)
            knownCost += (0,providers_prices/* callCost */.wD)(price, await tokens(text), out);
    }
    const one = price ? (0,providers_prices/* callCost */.wD)(price, perCall, out) : undefined;
    return {
        kind: 'judge',
        check: call.check,
        target: call.target,
        provider: provider.name,
        model: provider.model,
        calls: knownCalls + input.unknown,
        calls_max: knownCalls + input.unknownMax,
        cached: input.known.length - knownCalls,
        input_tokens: perCall,
        tokenizer_exact: exact,
        output_tokens_est: out,
        ...(one !== undefined
            ? { cost_usd: round(knownCost + one * input.unknown), cost_usd_max: round(knownCost + one * input.unknownMax) }
            : {}),
    };
}
async function embeddingCost(input, call) {
    const { loaded, pool, step } = input;
    const check = step.checks[call.check];
    if (check?.type !== 'similar' || !call.model)
        return undefined;
    const spec = loaded.spec.providers[call.target];
    if (!spec)
        return undefined;
    const model = call.model;
    const reference = check.reference ??
        (check.reference_file ? await (0,model_checks/* readCheckFile */.vX)(check.reference_file, loaded.baseDir, 'similar reference_file') : '');
    const memo = `${call.target}\u0000${model}`;
    if (!input.embeddingPrices.has(memo))
        input.embeddingPrices.set(memo, embeddingPrice(spec, model));
    const price = await input.embeddingPrices.get(memo);
    let exact = true;
    const count = async (t) => {
        const c = await (0,tokenize/* countTokens */.i)(t, model, spec.type);
        exact &&= c.exact;
        return c.tokens;
    };
    const refTokens = await count(reference);
    // The candidate and the reference go in one request; a cached reference embedding is not sent again.
    const perCall = input.answerTokens + refTokens;
    const identity = pool.get(call.target).identity();
    let knownCalls = 0;
    let knownTokens = 0;
    for (const { text } of input.known) {
        const missing = [];
        for (const t of [text, reference])
            if (!(await hit(input.cache, (0,model_check_services/* embeddingCacheKey */.l)(identity, model, t))))
                missing.push(t);
        if (missing.length === 0)
            continue;
        knownCalls++;
        for (const t of missing)
            knownTokens += await count(t);
    }
    const cost = (tokens) => (price ? round((0,providers_prices/* callCost */.wD)(price, tokens, 0)) : undefined);
    const usd = cost(knownTokens + perCall * input.unknown);
    const usdMax = cost(knownTokens + perCall * input.unknownMax);
    return {
        kind: 'embedding',
        check: call.check,
        target: call.target,
        provider: call.target,
        model,
        calls: knownCalls + input.unknown,
        calls_max: knownCalls + input.unknownMax,
        cached: input.known.length - knownCalls,
        input_tokens: perCall,
        tokenizer_exact: exact,
        output_tokens_est: 0,
        ...(usd !== undefined ? { cost_usd: usd, cost_usd_max: usdMax } : {}),
    };
}
/** The judge and embedding calls of one planned unit, in the order of its checks. */
async function checkCalls(input) {
    const out = [];
    for (const call of input.calls) {
        const plan = call.kind === 'judge'
            ? await judgeCost(input, call)
            : call.kind === 'embedding'
                ? await embeddingCost(input, call)
                : undefined;
        if (plan)
            out.push(plan);
    }
    return out;
}
/** The part of `checks` that is priced: USD expected and at most, and how many checks have no price. */
function checksCost(checks) {
    let usd = 0;
    let usdMax = 0;
    let unpriced = 0;
    for (const c of checks ?? []) {
        if (c.cost_usd === undefined) {
            if (c.calls_max > 0)
                unpriced++;
            continue;
        }
        usd += c.cost_usd;
        usdMax += c.cost_usd_max ?? c.cost_usd;
    }
    return { usd: round(usd), usdMax: round(usdMax), unpriced };
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
 * - the calls of its checks that call a model (a judge, an embedding), one per sample
 *   (./check-cost.ts), included in the step's cost;
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
function cost_plan_maxTokensOf(spec) {
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
    const embeddingPrices = new Map();
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
                let known = [];
                if (upstreamUnknown.length === 0) {
                    const r = await (0,llm_step/* renderLlmStep */.Sp)(ctx, uid, ustep, inst);
                    key = r.key;
                    system = r.system;
                    prompt = r.prompt;
                    entry = opts.cache ? await opts.cache.get(r.key) : undefined;
                    if (sampling)
                        ({ entry, cached: cachedSamples, known } = await sampledEntry(r, sampling, opts.cache));
                    else if (entry)
                        known = [{ sample: 0, text: entry.text }];
                }
                else {
                    // Stand-ins as long as the answers they replace are expected to be.
                    for (const n of upstreamUnknown) {
                        const t = spec.steps[n];
                        const p = t.run === undefined ? spec.providers[t.provider ?? spec.defaults.provider] : undefined;
                        texts.set(n, 'x'.repeat(4 * (cost_plan_maxTokensOf(p) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW)));
                    }
                    const r = await (0,llm_step/* renderLlmStep */.Sp)(ctx, uid, ustep, inst);
                    system = r.system;
                    prompt = r.prompt;
                }
                const candidates = (0,strategy/* planCandidates */.I9)(spec.routes[target]?.strategy ?? 'ordered', pool.candidates(target), (0,util_tokens/* estimateTokens */.b)((system ?? '') + prompt));
                const provider = candidates.order[0] ?? pool.candidates(target)[0];
                const providerSpec = spec.providers[provider.name];
                const count = await (0,tokenize/* countTokens */.i)((system ?? '') + prompt, provider.model, provider.type);
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
                const answerCalls = planned.calls.filter((c) => c.kind === 'answer').length;
                const perCallOut = cost_plan_maxTokensOf(providerSpec) ?? ledger/* EXPECTED_OUTPUT_TOKENS */.sW;
                const sampledCalls = sampling ? sampleCalls(sampling, cachedSamples, undefined).samples : undefined;
                // The judge and embedding calls: one per sample whose answer is still to come, and on each cached answer unless
                // its verdict is cached too.
                const checks = await checkCalls({
                    loaded,
                    pool,
                    step: ustep,
                    calls: planned.calls,
                    answerTokens: perCallOut,
                    unknown: entry ? 0 : (sampledCalls?.calls ?? answerCalls),
                    unknownMax: sampledCalls ? sampledCalls.calls_max : entry ? 0 : answerCalls,
                    known,
                    cache: opts.cache,
                    embeddingPrices,
                });
                const checkCost = checksCost(checks);
                const withChecks = checks.length ? { checks } : {};
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
                    const hitSamples = sampling ? sampleCalls(sampling, cachedSamples, 0) : undefined;
                    steps.push({
                        ...base,
                        cache: 'hit',
                        hit: true,
                        cost_usd: checkCost.usd,
                        ...(hitSamples ? { ...hitSamples, cost_usd_max: checkCost.usdMax } : {}),
                        ...withChecks,
                    });
                    continue;
                }
                unknown.add(uid);
                unknown.add(id);
                // Every planned call of the unit sends its prompt and gets an answer (one call today; samples add more).
                const calls = answerCalls;
                const out = calls * perCallOut;
                const price = provider.price;
                const reason = !opts.cache ? 'no_cache' : upstreamUnknown.length ? 'upstream_unknown' : 'no_entry';
                if (sampling) {
                    // A sampled step: one call per sample not yet cached (src/engine/sample-cost.ts); figures per call.
                    const perCall = price ? (0,providers_prices/* callCost */.wD)(price, count.tokens, perCallOut) : undefined;
                    const sampled = sampleCalls(sampling, cachedSamples, perCall);
                    steps.push({
                        ...base,
                        cache: 'miss',
                        hit: false,
                        reason,
                        output_tokens_est: perCallOut,
                        ...(perCall !== undefined ? { cost_usd: cost_plan_round(perCall * sampled.samples.calls + checkCost.usd) } : {}),
                        ...sampled,
                        ...(sampled.cost_usd_max !== undefined
                            ? { cost_usd_max: cost_plan_round(sampled.cost_usd_max + checkCost.usdMax) }
                            : {}),
                        ...withChecks,
                    });
                    continue;
                }
                steps.push({
                    ...base,
                    cache: 'miss',
                    hit: false,
                    reason,
                    output_tokens_est: out,
                    ...(price ? { cost_usd: cost_plan_round((0,providers_prices/* callCost */.wD)(price, calls * count.tokens, out) + checkCost.usd) } : {}),
                    ...withChecks,
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
    const checkTotals = {
        judge_calls: 0,
        judge_calls_max: 0,
        embedding_calls: 0,
        embedding_calls_max: 0,
        input_tokens: 0,
        output_tokens_est: 0,
        cost_usd: 0,
        cost_usd_max: 0,
        unpriced: 0,
    };
    for (const s of steps) {
        const cc = checksCost(s.checks);
        for (const c of s.checks ?? []) {
            checkTotals[c.kind === 'judge' ? 'judge_calls' : 'embedding_calls'] += c.calls;
            checkTotals[c.kind === 'judge' ? 'judge_calls_max' : 'embedding_calls_max'] += c.calls_max;
            checkTotals.input_tokens += c.input_tokens * c.calls;
            checkTotals.output_tokens_est += c.output_tokens_est * c.calls;
        }
        checkTotals.cost_usd += cc.usd;
        checkTotals.cost_usd_max += cc.usdMax;
        checkTotals.unpriced += cc.unpriced;
        // A step whose own call has no price still adds its priced checks (a hit's cost_usd is its checks').
        if (s.cost_usd === undefined) {
            totals.cost_usd += cc.usd;
            costMax += cc.usdMax;
        }
        if (s.cache === 'hit') {
            totals.hits++;
            totals.cost_usd += s.cost_usd ?? 0;
            costMax += s.cost_usd_max ?? s.cost_usd ?? 0;
        }
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
    totals.cost_usd = cost_plan_round(totals.cost_usd);
    if (steps.some((s) => s.samples) || checkTotals.judge_calls_max + checkTotals.embedding_calls_max > 0)
        totals.cost_usd_max = cost_plan_round(costMax);
    if (steps.some((s) => s.checks))
        totals.checks = {
            ...checkTotals,
            cost_usd: cost_plan_round(checkTotals.cost_usd),
            cost_usd_max: cost_plan_round(checkTotals.cost_usd_max),
        };
    return {
        job: spec.name,
        ...(opts.cacheDir ? { cache_dir: opts.cacheDir } : {}),
        steps,
        totals,
        prices,
        ...(spec.budget ? { budget: spec.budget } : {}),
    };
}
function cost_plan_round(usd) {
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
    const rows = plan.steps.flatMap((s) => [
        stepRow(s),
        // Each judge or embedding check under its step; its cost is part of the step's.
        ...(s.checks ?? []).map((c) => [
            `  ${c.kind} #${c.check + 1}`,
            c.target === c.provider ? c.provider : `${c.target} -> ${c.provider}`,
            c.calls === 0 && c.calls_max === 0
                ? 'hit'
                : `${c.calls} call${c.calls === 1 ? '' : 's'}${c.calls_max > c.calls ? `, up to ${c.calls_max}` : ''}` +
                    `${c.cached ? `, ${c.cached} cached` : ''}`,
            `${(0,format/* formatCount */.B4)(c.input_tokens)}${c.tokenizer_exact ? '' : '~'}`,
            c.calls_max === 0
                ? '-'
                : usd(c.cost_usd) +
                    (c.cost_usd_max !== undefined && c.cost_usd_max !== c.cost_usd ? ` (max ${usd(c.cost_usd_max)})` : ''),
        ]),
    ]);
    function stepRow(s) {
        return [
            s.id,
            s.kind === 'command' ? '(command)' : s.target === s.provider ? s.provider : `${s.target} -> ${s.provider}`,
            (s.cache === 'miss' && s.reason && s.reason !== 'no_entry' ? `miss (${s.reason})` : s.cache) + samplesNote(s),
            s.input_tokens === undefined ? '-' : `${(0,format/* formatCount */.B4)(s.input_tokens)}${s.tokenizer_exact === false ? '~' : ''}`,
            s.cache === 'miss' || (s.cache === 'hit' && (s.cost_usd_max ?? s.cost_usd ?? 0) > 0)
                ? usd(s.cost_usd) +
                    (s.cost_usd_max !== undefined && s.cost_usd_max !== s.cost_usd ? ` (max ${usd(s.cost_usd_max)})` : '')
                : '-',
        ];
    }
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
        `total: ${t.hits} hit${t.hits === 1 ? '' : 's'}, ${t.misses} miss${t.misses === 1 ? '' : 'es'}; misses: ` +
            `${(0,format/* formatCount */.B4)(t.input_tokens)} input tokens, ` +
            `~${(0,format/* formatCount */.B4)(t.output_tokens_est)} output tokens (max_tokens, else ` +
            `${ledger/* EXPECTED_OUTPUT_TOKENS */.sW} a call), est. ${usd(t.cost_usd)}` +
            (t.unpriced ? ` (+${t.unpriced} call${t.unpriced === 1 ? '' : 's'} with no known price)` : ''),
    ];
    if (t.checks) {
        const c = t.checks;
        const n = (k, kMax, what) => `${k} ${what} call${k === 1 ? '' : 's'}${kMax > k ? ` (up to ${kMax})` : ''}`;
        out.push(`checks: ${n(c.judge_calls, c.judge_calls_max, 'judge')}, ` +
            `${n(c.embedding_calls, c.embedding_calls_max, 'embedding')}, est. ${usd(c.cost_usd)}` +
            (c.cost_usd_max !== c.cost_usd ? ` (max ${usd(c.cost_usd_max)})` : '') +
            (c.unpriced ? ` (+${c.unpriced} check${c.unpriced === 1 ? '' : 's'} with no known price)` : '') +
            ', included in the total and in their step');
        if (c.judge_calls_max > 0)
            out.push("  a judge call's input: its prompt with the rubric, plus the step's answer at its expected length " +
                '(max_tokens, else ' +
                `${ledger/* EXPECTED_OUTPUT_TOKENS */.sW} tokens); its verdict at the judge provider's max_tokens, else ` +
                `${ledger/* EXPECTED_OUTPUT_TOKENS */.sW}`);
    }
    if (t.cost_usd_max !== undefined && t.cost_usd_max !== t.cost_usd)
        out.push(`sampled steps: up to ${usd(t.cost_usd_max)} if every gate draws its max_samples`);
    if (plan.budget?.usd !== undefined)
        out.push(`budget: $${plan.budget.usd}` +
            `${t.cost_usd > plan.budget.usd ? ' (the estimate is above it: the run would stop early)' : ''}`);
    const priced = Object.entries(plan.prices).filter(([name]) => plan.steps.some((s) => s.provider === name || s.checks?.some((c) => c.kind === 'judge' && c.provider === name)));
    if (priced.length) {
        out.push(`prices (USD per Mtok, in / out): ${priced
            .map(([name, p]) => `${name} ${p.price ? `${p.price.input_per_mtok} / ${p.price.output_per_mtok}` : '?'} (` +
            `${p.source === 'registry' ? p.registry : PRICE_FROM[p.source]})`)
            .join(', ')}`);
    }
    if (plan.steps.some((s) => s.tokenizer_exact === false || s.checks?.some((c) => !c.tokenizer_exact)))
        out.push("~ tokens counted with o200k_base: the model's own tokenizer is not public, so this is an approximation");
    return `${out.join('\n')}\n`;
}


/***/ })

};
