export const id = 66;
export const ids = [66];
export const modules = {

/***/ 17066:
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
// EXTERNAL MODULE: ./lib/events/reader.js
var reader = __webpack_require__(59246);
// EXTERNAL MODULE: ./lib/run/run-folder.js
var run_folder = __webpack_require__(40953);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/cache/local-store.js
var local_store = __webpack_require__(56157);
;// CONCATENATED MODULE: ./lib/cache/export.js
/**
 * Moving cache entries between folders for sharded runs (CONTRACT 7.9). The local store is
 * content-addressed, one file an entry named by its key, each entry checked against its own
 * integrity hash on read: so the union of several folders (files copied together, artifacts
 * downloaded with merge-multiple) is a valid cache. Two folders holding the same key hold two
 * valid answers to the same question; whichever file lands last is read, and a torn copy is a
 * miss, never a wrong hit.
 */





/** Every cache key a run looked up, wrote or kept (from its events, all attempts). */
function runCacheKeys(events) {
    const keys = new Set();
    for (const e of events) {
        const d = e.data;
        if (!d)
            continue;
        if ((e.type === 'cache.hit' || e.type === 'cache.miss') && typeof d.key === 'string')
            keys.add(d.key);
        else if ((e.type === 'step.succeeded' || e.type === 'step.skipped' || e.type === 'step.failed') && typeof d.cache_key === 'string')
            keys.add(d.cache_key);
    }
    return keys;
}
/** Copies the entries run `jobId` used or created from `cacheDir` into `destDir` (a cache folder). */
async function exportRunCache(runsDir, jobId, cacheDir, destDir) {
    const file = runPaths(runsDir, jobId).events;
    if (!existsSync(file))
        throw new UsageError('E_NO_RUN', `no run ${jobId} in ${runsDir}`, { hint: 'pass --runs-dir, or list runs with `orchestrator runs`' });
    const keys = runCacheKeys(readEventsSync(file).events);
    const copied = await LocalCacheStore.copyEntries(cacheDir, destDir, keys);
    return { keys: keys.size, copied, dir: destDir };
}
/** Copies every entry of `fromDir` (e.g. merged shard deltas) into `toDir`. Returns how many. */
async function importCacheFolder(fromDir, toDir) {
    return local_store/* LocalCacheStore */.R9.copyEntries(fromDir, toDir, new local_store/* LocalCacheStore */.R9(fromDir).keys());
}

// EXTERNAL MODULE: ./lib/engine/fan-out.js
var fan_out = __webpack_require__(92098);
// EXTERNAL MODULE: ./lib/spec/dag.js
var dag = __webpack_require__(31987);
// EXTERNAL MODULE: ./lib/util/tokens.js
var tokens = __webpack_require__(56548);
;// CONCATENATED MODULE: ./lib/spec/shard-weights.js
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

// EXTERNAL MODULE: ./lib/spec/shards.js
var spec_shards = __webpack_require__(84958);
;// CONCATENATED MODULE: ./lib/run/shard-plan.js



/** Steps that did their work in `m` (not served from a cache or kept from an earlier attempt), with their durations. */
function measuredDurations(m) {
    const out = new Map();
    for (const [id, s] of Object.entries(m.steps)) {
        if ((s.status === 'succeeded' || s.status === 'failed') && s.cache !== 'hit' && typeof s.duration_ms === 'number' && s.duration_ms > 0)
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
    return (0,spec_shards/* planShards */.tF)(stepUnits(loaded, weights, opts.instances), shards);
}

// EXTERNAL MODULE: ./lib/spec/load.js
var load = __webpack_require__(82567);
;// CONCATENATED MODULE: ./lib/action/shards.js
/**
 * The action's part in a matrix (CONTRACT 7.9): `plan-shards: N` plans and sets the `matrix`
 * output (nothing runs); `shard: K/N` picks the steps of shard K; `cache-from` merges downloaded
 * cache deltas into the cache folder; `cache-export` hands this run's entries to the next job.
 * The planning is the CLI's (src/run/shard-plan.ts), so both faces agree on who owns which step.
 */








/** `plan-shards`: the matrix for `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
async function planMatrixOutput(core, inputs, workDir) {
    const loaded = await (0,load.loadSpec)((0,external_node_path_.resolve)(workDir, inputs.spec));
    const shards = await shardPlan(loaded, inputs.planShards, { instances: await (0,fan_out/* knownInstanceIds */.Nx)(loaded) });
    const matrix = (0,spec_shards/* shardMatrix */._b)(shards);
    core.setOutput('matrix', JSON.stringify(matrix));
    core.setOutput('job-name', loaded.spec.name);
    core.info(`Planned ${Object.keys(loaded.spec.steps).length} steps in ${matrix.include.length} shard(s): ${shards.map((s) => `${s.index}/${shards.length} ${s.units.length}`).join(', ')}`);
}
/** The steps shard K owns (the engine adds what they need); empty when the shard has none. */
async function shardSteps(loaded, shard) {
    return (await shardPlan(loaded, shard.total, { instances: await (0,fan_out/* knownInstanceIds */.Nx)(loaded) }))[shard.index - 1].units;
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
async function exportRunEntries(store, events, dest) {
    await (0,promises_.mkdir)(dest, { recursive: true });
    return local_store/* LocalCacheStore */.R9.copyEntries(store.dir, dest, runCacheKeys(events));
}


/***/ })

};
