export const id = 6600;
export const ids = [6600];
export const modules = {

/***/ 26600:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  recordGoldenHistory: () => (/* binding */ recordGoldenHistory)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./lib/golden/history.js
/**
 * The golden action's history (docs/reference.md, "Golden checks"): the last 100 checks of one job
 * and instance, kept in the actions cache. Each check saves ONE small entry (one upload per check,
 * well under the service's 200 uploads per minute per repository) under a unique key that holds
 * the whole window, itself included; the next check restores the newest entry by key prefix.
 */


const HISTORY_LIMIT = 100;
const HISTORY_FILE = 'golden-history.json';
/** 100 checks of a few hundred files each stay well below this; anything larger is not ours. */
const MAX_HISTORY_BYTES = 8 * 1024 * 1024;
/** drift beats unmeasured beats flaky beats clean (same and equivalent files only). */
function checkOutcome(files) {
    const has = (v) => files.some((f) => f.verdict === v);
    if (has('drift'))
        return 'drift';
    if (has('unmeasured'))
        return 'unmeasured';
    if (has('flaky'))
        return 'flaky';
    return 'clean';
}
function makeCheck(opts) {
    const passRates = {};
    for (const [id, s] of Object.entries(opts.manifest?.steps ?? {})) {
        // A sampled step's pass rate over its samples; else the checks of its one answer.
        if (s.samples && s.samples.judged > 0)
            passRates[id] = { passed: s.samples.passed, judged: s.samples.judged };
        else if (s.checks && s.checks.passed + s.checks.failed > 0)
            passRates[id] = { passed: s.checks.passed, judged: s.checks.passed + s.checks.failed };
    }
    return {
        time: (opts.time ?? new Date()).toISOString(),
        ...(opts.commit ? { commit: opts.commit } : {}),
        ...(opts.runId ? { runId: opts.runId } : {}),
        ...(opts.attempt !== undefined ? { attempt: opts.attempt } : {}),
        ...(opts.runUrl ? { runUrl: opts.runUrl } : {}),
        outcome: checkOutcome(opts.files),
        files: opts.files.map((f) => ({
            path: f.path,
            verdict: f.verdict,
            ...(f.score !== undefined ? { score: f.score } : {}),
        })),
        passRates,
    };
}
/** The window after `check`: a re-run of the same run attempt replaces its own entry. */
function appendCheck(history, check, limit = HISTORY_LIMIT) {
    const rest = history.filter((c) => !(check.runId && c.runId === check.runId && c.attempt === check.attempt));
    return [...rest, check].slice(-limit);
}
/** The first check of the streak of drift/unmeasured checks that ends with the newest one. */
function streakStart(history) {
    let i = history.length;
    while (i > 0 && (history[i - 1].outcome === 'drift' || history[i - 1].outcome === 'unmeasured'))
        i--;
    return i < history.length ? { check: history[i], length: history.length - i } : undefined;
}
/** `PREFIXorchestrator-golden-JOB[-INSTANCE]:` + run id and attempt; restores take the newest by prefix. */
function historyKeys(prefix, jobName, instance, runId, attempt) {
    const stem = `${prefix}orchestrator-golden-${jobName}${instance ? `-${instance}` : ''}:`;
    return { primary: `${stem}${runId}-${attempt}`, restore: stem };
}
function isCheck(x) {
    const c = x;
    return (typeof c === 'object' &&
        c !== null &&
        typeof c.time === 'string' &&
        typeof c.outcome === 'string' &&
        Array.isArray(c.files));
}
/** The newest saved window, or [] (none yet, unreadable or malformed: a history is never worth a failed check). */
async function restoreHistory(cache, dir, restorePrefix, warn) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        const matched = await cache.restore([dir], `${restorePrefix}none`, [restorePrefix]);
        if (!matched)
            return [];
        const file = (0,external_node_path_.join)(dir, HISTORY_FILE);
        const st = await (0,promises_.lstat)(file);
        if (!st.isFile() || st.size > MAX_HISTORY_BYTES)
            return [];
        const parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        return Array.isArray(parsed) ? parsed.filter(isCheck).slice(-HISTORY_LIMIT) : [];
    }
    catch (e) {
        warn(`Could not restore the golden history: ${e instanceof Error ? e.message : String(e)}`);
        return [];
    }
}
/**
 * One upload per check. A refused save (the service's 429 for more than 200 uploads a minute, or
 * a key that exists already) is a warning: the next check restores the previous window.
 */
async function saveHistory(cache, dir, key, history, warn) {
    try {
        await (0,promises_.rm)(dir, { recursive: true, force: true });
        await (0,promises_.mkdir)(dir, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, HISTORY_FILE), JSON.stringify(history));
        await cache.save([dir], key);
        return true;
    }
    catch (e) {
        warn(`Could not save the golden history: ${e instanceof Error ? e.message : String(e)}`);
        return false;
    }
}

;// CONCATENATED MODULE: ./lib/golden/trend.js
/**
 * The golden history as a trend (docs/reference.md, "Golden checks"): a Mermaid `xychart-beta`
 * of the share of files that were same or equivalent in each check (x = check number, oldest
 * first, the current check last), and the first check of the current drift/unmeasured streak.
 */

/** Percent of a check's files that were same or equivalent (100 for a check with no files). */
function cleanShare(check) {
    if (!check.files.length)
        return 100;
    const ok = check.files.filter((f) => f.verdict === 'same' || f.verdict === 'equivalent').length;
    return Math.round((ok / check.files.length) * 1000) / 10;
}
function trendChart(history) {
    const xs = history.map((_, i) => String(i + 1));
    const drift = history.map((c) => c.files.filter((f) => f.verdict === 'drift' || f.verdict === 'unmeasured').length);
    const maxDrift = Math.max(1, ...drift);
    return [
        'xychart-beta',
        '  title "Golden checks: files same or equivalent (%)"',
        `  x-axis "check" [${xs.join(', ')}]`,
        `  y-axis "percent" 0 --> 100`,
        `  bar [${drift.map((d) => Math.round((d / maxDrift) * 1000) / 10).join(', ')}]`,
        `  line [${history.map(cleanShare).join(', ')}]`,
    ].join('\n');
}
/**
 * The history comes back from the cache: only a hex commit, an ISO time and an https link without
 * Markdown-breaking characters reach the summary and the issue.
 */
function describe(check) {
    const sha = typeof check.commit === 'string' ? check.commit.slice(0, 12).replace(/[^0-9a-f]/gi, '') : '';
    const commit = sha ? `commit \`${sha}\`` : 'an unknown commit';
    const time = /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(check.time) ? check.time : 'an unknown time';
    const run = typeof check.runUrl === 'string' && /^https:\/\/[^\s()<>[\]`]+$/.test(check.runUrl)
        ? `[workflow run](${check.runUrl})`
        : 'no run link';
    return `${commit}, ${time}, ${run}`;
}
/** Markdown: the chart, a legend, and where the current drift began (when it did). */
function trendMarkdown(history) {
    if (!history.length)
        return '';
    const streak = streakStart(history);
    const lines = [
        `### Golden trend (last ${history.length} check${history.length === 1 ? '' : 's'}, the current one last)`,
        '',
        '```mermaid',
        trendChart(history),
        '```',
        '',
        'Line: percent of files same or equivalent. Bars: drifted or unmeasured files, scaled to the largest count.',
    ];
    if (streak) {
        lines.push('', streak.length === 1
            ? `Drift began with this check (${describe(streak.check)}).`
            : `Drift began ${streak.length} checks ago, at check ${history.length - streak.length + 1}: ` +
                `${describe(streak.check)}.`);
    }
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./lib/action/golden-history.js
/**
 * The golden action's history hook (docs/reference.md, "Golden checks"): restores the newest
 * window of checks of this job and instance, appends this check, saves one cache entry, and
 * writes the trend (Markdown with a Mermaid chart) beside the run for the summary and the issue.
 */




async function recordGoldenHistory(opts) {
    const { svc, ctx } = opts;
    const warn = (m) => svc.core.warning(m);
    const check = makeCheck({
        files: opts.files,
        ...(opts.manifest ? { manifest: opts.manifest } : {}),
        ...(ctx.headSha ? { commit: ctx.headSha } : {}),
        runId: ctx.runId,
        attempt: ctx.runAttempt,
        ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
    });
    const keys = historyKeys(opts.prefix, opts.jobName, opts.instance, ctx.runId, ctx.runAttempt);
    // A fixed path: @actions/cache versions an entry by its paths, so every check must use the same one.
    const dir = (0,external_node_path_.join)(ctx.tempDir, 'orchestrator-golden-history');
    const available = svc.cache.isAvailable();
    const before = available ? await restoreHistory(svc.cache, dir, keys.restore, warn) : [];
    const history = appendCheck(before, check);
    if (available) {
        if (await saveHistory(svc.cache, dir, keys.primary, history, warn))
            svc.core.info(`Golden history (${history.length} checks) kept under cache key ${keys.primary}`);
    }
    else {
        svc.core.info('Golden history not kept: the cache service is not available');
    }
    const trend = trendMarkdown(history);
    const trendFile = (0,external_node_path_.join)(opts.runDir, 'golden-trend.md');
    await (0,promises_.writeFile)(trendFile, trend);
    return { outcome: check.outcome, history, trend, trendFile };
}


/***/ })

};
