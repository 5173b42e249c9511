export const id = 830;
export const ids = [830];
export const modules = {

/***/ 20830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareGolden: () => (/* binding */ compareGolden),
/* harmony export */   updateGolden: () => (/* binding */ updateGolden)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _run_safe_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78834);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var diff__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(37291);
/**
 * Golden-output checks: compare a run's outputs with a folder of expected files. Missing, extra
 * and changed files are drift; the report carries a unified diff (jsdiff) a reviewer can read.
 */




function listFiles(root) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root))
        return [];
    const out = [];
    const walk = (dir) => {
        for (const e of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true })) {
            const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, e.name);
            if (e.isDirectory())
                walk(abs);
            else if (e.isFile())
                out.push((0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(root, abs).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'));
        }
    };
    walk(root);
    return out.sort();
}
function isBinary(b) {
    return b.subarray(0, 8000).includes(0);
}
function patch(path, before, after) {
    if ((before && isBinary(before)) || (after && isBinary(after)))
        return `Binary files golden/${path} and outputs/${path} differ\n`;
    return (0,diff__WEBPACK_IMPORTED_MODULE_3__/* .createTwoFilesPatch */ .ss)(before ? `golden/${path}` : '/dev/null', after ? `outputs/${path}` : '/dev/null', before?.toString('utf8') ?? '', after?.toString('utf8') ?? '', undefined, undefined, { context: 3 });
}
/** Golden files are what the outputs should be: a file in golden/ but not in outputs/ is `missing`. */
async function compareGolden(outputsDir, goldenDir) {
    const outputs = new Set(listFiles(outputsDir));
    const golden = listFiles(goldenDir);
    const report = { drift: false, missing: [], extra: [], changed: [], same: [], diff: '' };
    const parts = [];
    for (const path of golden) {
        const want = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(goldenDir, path));
        if (!outputs.has(path)) {
            report.missing.push(path);
            parts.push(patch(path, want, undefined));
            continue;
        }
        outputs.delete(path);
        const got = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputsDir, path));
        if (want.equals(got))
            report.same.push(path);
        else {
            report.changed.push(path);
            parts.push(patch(path, want, got));
        }
    }
    for (const path of [...outputs].sort()) {
        report.extra.push(path);
        parts.push(patch(path, undefined, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputsDir, path))));
    }
    report.drift = report.missing.length + report.extra.length + report.changed.length > 0;
    report.diff = parts.join('');
    return report;
}
/** Makes the golden folder equal to the outputs: copies every output, removes golden files no longer produced. */
async function updateGolden(outputsDir, goldenDir) {
    const before = await compareGolden(outputsDir, goldenDir);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(goldenDir, { recursive: true });
    // Issue 11: a symlink in the golden folder must not redirect a write or a removal out of it.
    const root = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(goldenDir);
    for (const path of before.missing)
        (0,_run_safe_path_js__WEBPACK_IMPORTED_MODULE_1__/* .removeInside */ .pi)(root, path, 'the golden folder');
    for (const path of [...before.changed, ...before.extra]) {
        (0,_run_safe_path_js__WEBPACK_IMPORTED_MODULE_1__/* .writeInside */ .Mt)(root, path, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(outputsDir, path)), undefined, 'the golden folder');
    }
    return before;
}


/***/ })

};
