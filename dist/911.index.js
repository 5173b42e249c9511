export const id = 911;
export const ids = [911];
export const modules = {

/***/ 10911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  goldenForSpec: () => (/* binding */ goldenForSpec)
});

// EXTERNAL MODULE: ./lib/quality/judge.js
var judge = __webpack_require__(46950);
// EXTERNAL MODULE: ./lib/routing/pool.js + 8 modules
var routing_pool = __webpack_require__(55725);
// EXTERNAL MODULE: ./lib/util/clock.js
var clock = __webpack_require__(58394);
// EXTERNAL MODULE: ./lib/util/errors.js
var errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/util/ids.js
var ids = __webpack_require__(18942);
// EXTERNAL MODULE: ./lib/util/redact.js
var redact = __webpack_require__(45171);
// EXTERNAL MODULE: ./lib/providers/secrets.js
var secrets = __webpack_require__(13715);
;// CONCATENATED MODULE: ./lib/golden/services.js







function goldenServices(loaded, env, signal) {
    const pool = new routing_pool/* ProviderPool */.qj({ loaded, env, events: { emit: () => undefined }, clock: clock/* systemClock */.m, newSpanId: ids/* newSpanId */.aG });
    const { retries, timeout_s } = loaded.spec.defaults;
    const redactor = new redact/* Redactor */.pO((0,secrets/* namedSecrets */.pr)(loaded.spec, env));
    return (path) => ({
        async judge(call) {
            const { system, prompt } = (0,judge/* judgePrompt */.Q6)(call);
            const res = await pool.invokeSettled({
                stepId: `golden:${path}`,
                target: call.check.provider,
                system,
                prompt,
                timeoutMs: timeout_s * 1000,
                retries,
                signal,
                stepSpanId: (0,ids/* newSpanId */.aG)(),
                outputSchema: judge/* JUDGE_OUTPUT_SCHEMA */.yp,
            });
            if (!res.ok)
                throw res.error;
            try {
                const v = (0,judge/* parseJudgeAnswer */.ZU)(res.result.text);
                return { ...v, reason: redactor.apply(v.reason) };
            }
            catch (e) {
                if (e instanceof judge/* JudgeAnswerError */.oJ)
                    throw new errors/* OrchestratorError */.jD('E_JUDGE_ANSWER', `${res.provider.name}: ${e.message}`);
                throw e;
            }
        },
        async embed(call) {
            const provider = pool.get(call.provider);
            if (!provider.embed)
                throw new errors/* UsageError */.eb('E_NO_EMBEDDINGS', `provider ${call.provider} (type ${provider.type}) has no embeddings API`);
            const r = await provider.embed({
                model: call.model,
                values: call.texts,
                signal: AbortSignal.any([signal, AbortSignal.timeout(timeout_s * 1000)]),
            });
            return r.embeddings;
        },
    });
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
// EXTERNAL MODULE: ./lib/run/safe-path.js
var safe_path = __webpack_require__(78834);
// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 2 modules
var create = __webpack_require__(37291);
;// CONCATENATED MODULE: ./lib/golden/compare.js
/**
 * Golden-output checks: compare a run's outputs with a folder of expected files. Missing, extra
 * and changed files are drift; the report carries a unified diff (jsdiff) a reviewer can read.
 */




function listFiles(root) {
    if (!existsSync(root))
        return [];
    const out = [];
    const walk = (dir) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
            const abs = join(dir, e.name);
            if (e.isDirectory())
                walk(abs);
            else if (e.isFile())
                out.push(relative(root, abs).split(sep).join('/'));
        }
    };
    walk(root);
    return out.sort();
}
function isBinary(b) {
    return b.subarray(0, 8000).includes(0);
}
/** The unified diff of one golden file against its output (`/dev/null` for the side that is missing). */
function goldenPatch(path, before, after) {
    if ((before && isBinary(before)) || (after && isBinary(after)))
        return `Binary files golden/${path} and outputs/${path} differ\n`;
    return (0,create/* createTwoFilesPatch */.ss)(before ? `golden/${path}` : '/dev/null', after ? `outputs/${path}` : '/dev/null', before?.toString('utf8') ?? '', after?.toString('utf8') ?? '', undefined, undefined, { context: 3 });
}
/** Golden files are what the outputs should be: a file in golden/ but not in outputs/ is `missing`. */
async function compareGolden(outputsDir, goldenDir) {
    const outputs = new Set(listFiles(outputsDir));
    const golden = listFiles(goldenDir);
    const report = { drift: false, missing: [], extra: [], changed: [], same: [], diff: '' };
    const parts = [];
    for (const path of golden) {
        const want = readFileSync(join(goldenDir, path));
        if (!outputs.has(path)) {
            report.missing.push(path);
            parts.push(goldenPatch(path, want, undefined));
            continue;
        }
        outputs.delete(path);
        const got = readFileSync(join(outputsDir, path));
        if (want.equals(got))
            report.same.push(path);
        else {
            report.changed.push(path);
            parts.push(goldenPatch(path, want, got));
        }
    }
    for (const path of [...outputs].sort()) {
        report.extra.push(path);
        parts.push(goldenPatch(path, undefined, readFileSync(join(outputsDir, path))));
    }
    report.drift = report.missing.length + report.extra.length + report.changed.length > 0;
    report.diff = parts.join('');
    return report;
}
/** Makes the golden folder equal to the outputs: copies every output, removes golden files no longer produced. */
async function updateGolden(outputsDir, goldenDir) {
    const before = await compareGolden(outputsDir, goldenDir);
    mkdirSync(goldenDir, { recursive: true });
    // A symlink in the golden folder must not redirect a write or a removal out of it.
    const root = realpathSync(goldenDir);
    for (const path of before.missing)
        removeInside(root, path, 'the golden folder');
    for (const path of [...before.changed, ...before.extra]) {
        writeInside(root, path, readFileSync(join(outputsDir, path)), undefined, 'the golden folder');
    }
    return before;
}

// EXTERNAL MODULE: ./lib/quality/model-checks.js + 1 modules
var model_checks = __webpack_require__(64328);
;// CONCATENATED MODULE: ./lib/golden/verdicts.js
/**
 * Golden checks for stochastic outputs (docs/reference.md, "Golden checks"): every file of the
 * run's outputs and of the golden folder gets one verdict.
 *
 * - `same`: byte-equal. `equivalent`: not byte-equal, but the file's comparator passes (with its
 *   score where it has one). `drift`: changed (the comparator fails), missing (a golden file a
 *   succeeded step did not write) or extra (an output with no golden file).
 * - `flaky` replaces `drift` when the producing step's gate was `inconclusive`.
 * - `unmeasured`: the file's step did not produce it (failed, skipped, stopped by the budget), or
 *   its comparator could not measure it (a judge or embedding call that failed).
 *
 * The comparator of a file is the first `golden.files` rule whose glob (picomatch) matches its
 * path; a file with no rule compares `exact`. `text`, `json`, `similar` and `judge` are the
 * checks of the same names with the golden file as the reference.
 */





function verdicts_listFiles(root) {
    if (!(0,external_node_fs_.existsSync)(root))
        return [];
    const out = [];
    const walk = (dir) => {
        for (const e of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
            const abs = (0,external_node_path_.join)(dir, e.name);
            if (e.isDirectory())
                walk(abs);
            else if (e.isFile())
                out.push((0,external_node_path_.relative)(root, abs).split(external_node_path_.sep).join('/'));
        }
    };
    walk(root);
    return out.sort();
}
/** The first rule whose glob matches `path`, else exact. */
function ruleFor(path, rules) {
    for (const r of rules)
        if (picomatch(r.path, { dot: true })(path))
            return r;
    return { path: '**', compare: 'exact' };
}
/** `text`: line endings, the trailing whitespace of every line and the final newline(s) do not count. */
function normalizeText(s) {
    return s
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((l) => l.replace(/[ \t\f\v]+$/, ''))
        .join('\n')
        .replace(/\n+$/, '');
}
/** The check a comparator runs, with the golden file as its reference. */
function checkOf(rule) {
    switch (rule.compare) {
        case 'json':
            return {
                type: 'json-match',
                ...(rule.ignore ? { ignore: rule.ignore } : {}),
                ...(rule.tolerance !== undefined ? { tolerance: rule.tolerance } : {}),
            };
        case 'similar':
            return {
                type: 'similar',
                metric: rule.metric,
                min: rule.min,
                ...(rule.provider !== undefined ? { provider: rule.provider } : {}),
                ...(rule.model !== undefined ? { model: rule.model } : {}),
            };
        case 'judge':
            return {
                type: 'judge',
                provider: rule.provider,
                ...(rule.rubric !== undefined ? { rubric: rule.rubric } : {}),
                ...(rule.rubric_file !== undefined ? { rubric_file: rule.rubric_file } : {}),
                ...(rule.min_score !== undefined ? { min_score: rule.min_score } : {}),
            };
        default:
            return undefined;
    }
}
/** Output path -> the step that writes it: the run's records first, then the spec's declared paths. */
function owners(opts) {
    const map = new Map();
    for (const [id, paths] of Object.entries(opts.declaredOutputs ?? {}))
        for (const p of paths)
            map.set(external_node_path_.posix.normalize(p), id);
    for (const [id, s] of Object.entries(opts.manifest?.steps ?? {}))
        for (const o of s.outputs ?? [])
            map.set(external_node_path_.posix.normalize(o.path), id);
    return map;
}
async function goldenVerdicts(opts) {
    const outputs = new Set(verdicts_listFiles(opts.outputsDir));
    const golden = verdicts_listFiles(opts.goldenDir);
    const ownerOf = owners(opts);
    const steps = opts.manifest?.steps ?? {};
    const files = [];
    const diffs = [];
    const producedBy = (path) => {
        const step = ownerOf.get(path);
        const s = step !== undefined ? steps[step] : undefined;
        if (s && s.status !== 'succeeded')
            return {
                step,
                unproduced: `step ${step} ${s.status}${s.reason ? ` (${s.reason})` : ''}` + `${s.error ? `: ${s.error.code}` : ''}`,
            };
        // A file no known step writes, in a run that did not complete: its writer may be what failed.
        if (!s && opts.manifest && opts.manifest.status !== 'succeeded')
            return { unproduced: `run ${opts.manifest.status}; no step of it wrote this file` };
        return step !== undefined ? { step } : {};
    };
    const gateInconclusive = (step) => {
        const samples = step !== undefined ? steps[step]?.samples : undefined;
        return samples?.verdict === 'inconclusive';
    };
    const drifted = (v, before, after) => {
        diffs.push(goldenPatch(v.path, before, after));
        return gateInconclusive(v.step) ? { ...v, verdict: 'flaky' } : v;
    };
    for (const path of golden) {
        const rule = ruleFor(path, opts.rules);
        const want = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(opts.goldenDir, path));
        const { step, unproduced } = producedBy(path);
        const base = { path, compare: rule.compare, ...(step !== undefined ? { step } : {}) };
        if (!outputs.has(path)) {
            files.push(unproduced
                ? { ...base, verdict: 'unmeasured', message: unproduced }
                : drifted({ ...base, verdict: 'drift', kind: 'missing' }, want, undefined));
            continue;
        }
        outputs.delete(path);
        const got = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(opts.outputsDir, path));
        if (want.equals(got)) {
            files.push({ ...base, verdict: 'same' });
            continue;
        }
        if (rule.compare === 'exact') {
            files.push(drifted({ ...base, verdict: 'drift', kind: 'changed' }, want, got));
            continue;
        }
        if (rule.compare === 'text') {
            const eq = normalizeText(want.toString('utf8')) === normalizeText(got.toString('utf8'));
            files.push(eq ? { ...base, verdict: 'equivalent' } : drifted({ ...base, verdict: 'drift', kind: 'changed' }, want, got));
            continue;
        }
        const outcome = await (0,model_checks/* runModelCheck */.v5)(got.toString('utf8'), checkOf(rule), -1, {
            baseDir: opts.baseDir,
            ...(opts.signal ? { signal: opts.signal } : {}),
            ...(opts.services ? { services: opts.services(path) } : {}),
            referenceOverride: want.toString('utf8'),
        });
        const measured = {
            ...base,
            message: outcome.message,
            ...(outcome.score !== undefined ? { score: outcome.score } : {}),
            ...(outcome.reason !== undefined ? { reason: outcome.reason } : {}),
        };
        if (outcome.errored)
            files.push({ ...measured, verdict: 'unmeasured' });
        else if (outcome.passed)
            files.push({ ...measured, verdict: 'equivalent' });
        else
            files.push(drifted({ ...measured, verdict: 'drift', kind: 'changed' }, want, got));
    }
    for (const path of [...outputs].sort()) {
        const rule = ruleFor(path, opts.rules);
        const { step } = producedBy(path);
        files.push(drifted({ path, compare: rule.compare, ...(step !== undefined ? { step } : {}), verdict: 'drift', kind: 'extra' }, undefined, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(opts.outputsDir, path))));
    }
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const counts = { same: 0, equivalent: 0, drift: 0, flaky: 0, unmeasured: 0 };
    for (const f of files)
        counts[f.verdict]++;
    return { files, counts, exitCode: counts.drift + counts.unmeasured > 0 ? 1 : 0, diff: diffs.join('') };
}

;// CONCATENATED MODULE: ./lib/golden/for-spec.js


async function goldenForSpec(opts) {
    const signal = opts.signal ?? new AbortController().signal;
    const declared = {};
    for (const [id, step] of Object.entries(opts.loaded.spec.steps))
        declared[id] = step.outputs.map((o) => o.path).filter((p) => !p.includes('{{'));
    const r = await goldenVerdicts({
        outputsDir: opts.outputsDir,
        goldenDir: opts.goldenDir,
        rules: opts.loaded.spec.golden?.files ?? [],
        ...(opts.manifest ? { manifest: opts.manifest } : {}),
        declaredOutputs: declared,
        baseDir: opts.loaded.baseDir,
        services: goldenServices(opts.loaded, opts.env, signal),
        signal,
    });
    const pick = (verdict, kind) => r.files.filter((f) => f.verdict === verdict && (kind === undefined || f.kind === kind)).map((f) => f.path);
    return {
        drift: r.exitCode === 1,
        same: pick('same'),
        changed: pick('drift', 'changed'),
        missing: pick('drift', 'missing'),
        extra: pick('drift', 'extra'),
        unmeasured: pick('unmeasured'),
        diff: r.diff,
        files: r.files,
        counts: r.counts,
    };
}


/***/ })

};
