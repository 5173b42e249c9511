export const id = 3145;
export const ids = [3145];
export const modules = {

/***/ 3145:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compileJsonSchema: () => (/* binding */ compileJsonSchema)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42463);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60878);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52210);
/* harmony import */ var _linear_regex_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51384);
/**
 * One way to compile a JSON Schema with ajv, for `validate` (is the schema valid?) and for the
 * checks that judge answers against it. The draft follows the schema's own `$schema` (2020-12,
 * 2019-09, else draft-07, ajv's default); ajv's meta-schema validation is on (`{type: 12}` is
 * refused); unknown formats are ignored rather than refused, since ajv-formats is not bundled.
 */




// ajv is CommonJS with `exports.default = Ajv`: under NodeNext the default import is the module.
const Ajv = ajv__WEBPACK_IMPORTED_MODULE_1__["default"];
const Ajv2019 = ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_2__["default"];
const Ajv2020 = ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__["default"];
/**
 * ajv's RegExp engine for `pattern` and `patternProperties`: RE2 semantics through
 * src/util/linear-regex.ts, so a schema pattern like `^(a+)+$` matched against a model's answer
 * takes linear time (V8's backtracking engine locked the event loop for minutes, past timeout_s
 * and SIGTERM). A pattern RE2 cannot run (lookaround, backreferences) makes the schema invalid.
 */
const linearRegExp = Object.assign((pattern) => {
    let re;
    try {
        re = (0,_linear_regex_js__WEBPACK_IMPORTED_MODULE_0__/* .compileLinear */ .Z)(pattern);
    }
    catch (e) {
        throw new Error(`pattern ${JSON.stringify(pattern)}: ${e.message}`, { cause: e });
    }
    // toString keys ajv's cache of compiled patterns.
    return { test: (s) => re.exec(s) !== null, toString: () => `re2:${pattern}` };
}, { code: 'linearRegExp' });
/** Compiles `schema`; throws (a plain Error with ajv's message) when it is not a valid JSON Schema. */
function compileJsonSchema(schema) {
    const draft = typeof schema.$schema === 'string' ? schema.$schema : '';
    const options = {
        strict: false,
        allErrors: true,
        logger: false,
        validateFormats: false,
        validateSchema: true,
        code: { regExp: linearRegExp },
    };
    const ajv = draft.includes('2020-12')
        ? new Ajv2020(options)
        : draft.includes('2019-09')
            ? new Ajv2019(options)
            : new Ajv(options);
    return ajv.compile(schema);
}


/***/ })

};
