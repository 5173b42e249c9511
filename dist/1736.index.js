export const id = 1736;
export const ids = [1736];
export const modules = {

/***/ 51736:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportNote: () => (/* binding */ reportNote),
/* harmony export */   writeActionReport: () => (/* binding */ writeActionReport)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var _report_html_write_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76828);
/* harmony import */ var _run_golden_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44016);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99661);
/**
 * The action's part of the HTML report (docs/reference.md, "The HTML report"): rewrite the run
 * folder's report.html once github.json and the golden comparison are known (the engine wrote
 * one at the end of the run without them), before the folder is uploaded; and the summary's line
 * that says where the report is, or that no artifact holds it.
 */




async function writeActionReport(core, runDir, opts) {
    try {
        // Kept in the run folder: `orchestrator report` on the downloaded artifact shows it too.
        if (opts.golden)
            (0,_run_golden_record_js__WEBPACK_IMPORTED_MODULE_2__/* .writeGoldenRecord */ .oR)(runDir, { ...opts.golden, checked_at: new Date().toISOString() });
        await (0,_report_html_write_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRunReport */ .pX)(runDir, {
            redactor: opts.redactor,
            env: opts.env,
            ...(opts.golden ? { golden: { ...opts.golden } } : {}),
        });
        return true;
    }
    catch (e) {
        core.warning(`Could not write ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, _report_html_write_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_FILE */ .Uq)}: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .errorMessage */ .gJ)(e)}`);
        return false;
    }
}
/** The summary's note: the artifact and the path in it, or why there is none. */
function reportNote(jobId, written, uploadedName, uploadMode) {
    const path = `\`${/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(jobId) ? jobId : 'JOB_ID'}/${_report_html_write_js__WEBPACK_IMPORTED_MODULE_1__/* .REPORT_FILE */ .Uq}\``;
    if (!written)
        return 'HTML report: none (it could not be written; see the warnings).';
    if (uploadedName)
        return `HTML report: ${path} in the run artifact \`${uploadedName}\` (download it and open the file in a browser).`;
    return (`HTML report: not uploaded: no run artifact was uploaded (\`upload-artifact: ${uploadMode}\`); set ` +
        `\`upload-artifact: always\` to keep ${path}.`);
}


/***/ })

};
