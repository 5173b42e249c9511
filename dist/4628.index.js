export const id = 4628;
export const ids = [4628];
export const modules = {

/***/ 44628:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeCostPlan: () => (/* binding */ writeCostPlan)
/* harmony export */ });
/* harmony import */ var _report_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(87703);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);


async function writeCostPlan(o) {
    try {
        // Loaded only when asked for: it brings the tokenizer.
        const { planCost, costPlanText } = await __webpack_require__.e(/* import() */ 861).then(__webpack_require__.bind(__webpack_require__, 40861));
        const store = o.store;
        const plan = await planCost({ loaded: o.loaded, cache: store ? { get: (k) => store.peek(k) } : null, env: o.env });
        if (o.budgetUsd !== undefined)
            plan.budget = { ...plan.budget, usd: o.budgetUsd };
        const t = plan.totals;
        const head = `### 💰 Cost plan (before the run): ${t.misses} call${t.misses === 1 ? '' : 's'}, est. ` +
            `$${t.cost_usd.toFixed(4)}`;
        // Step ids, provider names and prices only, but the same redaction as every other summary line.
        await o.core.appendSummary(`${head}\n\n${(0,_report_format_js__WEBPACK_IMPORTED_MODULE_0__/* .fence */ .EU)(o.redact.apply(costPlanText(plan)).trimEnd(), 'text')}\n\n`);
    }
    catch (e) {
        o.core.warning(`Could not estimate the cost plan: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .errorMessage */ .gJ)(e)}`);
    }
}


/***/ })

};
