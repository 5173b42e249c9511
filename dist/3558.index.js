export const id = 3558;
export const ids = [3558,395,3145];
export const modules = {

/***/ 60395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_JSON_DEPTH: () => (/* binding */ MAX_JSON_DEPTH),
/* harmony export */   compileSchema: () => (/* binding */ compileSchema),
/* harmony export */   describeSchemaErrors: () => (/* binding */ describeSchemaErrors),
/* harmony export */   jsonDepth: () => (/* binding */ jsonDepth),
/* harmony export */   loadSchema: () => (/* binding */ loadSchema)
/* harmony export */ });
/* harmony import */ var _util_confined_read_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16471);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _util_json_schema_engine_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3145);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38815);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(99661);
/**
 * JSON Schema validation for `is-json` checks, through ajv. The draft follows the schema's own
 * `$schema` (2020-12, 2019-09, else draft-07, ajv's default); unknown formats are ignored rather
 * than refused, since ajv-formats is not bundled. Compiled validators are cached per schema text.
 */





const compiled = new Map();
/**
 * Deepest nesting of a JSON value judged against a schema or written as canonical JSON:
 * validation and serialisation recurse once a level, and 3,000 levels overflowed the stack.
 */
const MAX_JSON_DEPTH = 256;
/** The nesting depth of a parsed JSON value, counted without recursion (stops past `limit`). */
function jsonDepth(value, limit = MAX_JSON_DEPTH) {
    let max = 0;
    const stack = [[value, 0]];
    while (stack.length > 0) {
        const [v, d] = stack.pop();
        if (v === null || typeof v !== 'object')
            continue;
        const depth = d + 1;
        if (depth > max)
            max = depth;
        if (max > limit)
            return max;
        for (const child of Array.isArray(v) ? v : Object.values(v))
            stack.push([child, depth]);
    }
    return max;
}
/** Loads a schema given inline or as a JSON/YAML file relative to `baseDir`. Throws E_CHECK_SCHEMA. */
async function loadSchema(schema, baseDir) {
    if (typeof schema !== 'string')
        return { schema, label: 'inline schema' };
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(schema) ? schema : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(baseDir, schema);
    let raw;
    try {
        // Inside the spec's repository, a regular file, bounded; never echoed from elsewhere.
        raw = (await (0,_util_confined_read_js__WEBPACK_IMPORTED_MODULE_0__/* .readConfined */ .Hz)(schema, { root: (0,_util_confined_read_js__WEBPACK_IMPORTED_MODULE_0__/* .specRoot */ .kM)(baseDir), base: baseDir, label: 'is-json schema' })).toString('utf8');
    }
    catch (e) {
        if (e instanceof _util_confined_read_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfinedFileError */ .TI)
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_CHECK_SCHEMA', `is-json: cannot read schema ${schema}: ${e.code ?? String(e)}`, {
            hint: "a schema path is relative to the spec file's folder",
        });
    }
    let doc;
    try {
        doc = /\.ya?ml$/i.test(file) ? (0,yaml__WEBPACK_IMPORTED_MODULE_3__/* .parse */ .qg)(raw) : JSON.parse(raw);
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_CHECK_SCHEMA', `is-json: schema ${schema} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${e.message}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_CHECK_SCHEMA', `is-json: schema ${schema} must be an object`);
    }
    return { schema: doc, label: schema };
}
function compileSchema(schema, label) {
    const key = JSON.stringify(schema);
    const hit = compiled.get(key);
    if (hit)
        return hit;
    let validate;
    try {
        validate = (0,_util_json_schema_engine_js__WEBPACK_IMPORTED_MODULE_2__.compileJsonSchema)(schema);
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_CHECK_SCHEMA', `is-json: ${label} is not a valid JSON Schema: ${e.message}`);
    }
    compiled.set(key, validate);
    return validate;
}
/** `/items/0/name must be string; / must have required property 'id'` (at most `max` errors). */
function describeSchemaErrors(errors, max = 5) {
    if (!errors || errors.length === 0)
        return 'does not match the schema';
    const parts = errors.slice(0, max).map((e) => {
        let msg = `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;
        if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
            msg += ` (${JSON.stringify(e.params.additionalProperty)})`;
        }
        else if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
            msg += ` (${e.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`;
        }
        return msg;
    });
    if (errors.length > max)
        parts.push(`and ${errors.length - max} more`);
    return parts.join('; ');
}


/***/ }),

/***/ 43558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   judgeStructured: () => (/* binding */ judgeStructured),
/* harmony export */   loadOutputSchema: () => (/* binding */ loadOutputSchema)
/* harmony export */ });
/* harmony import */ var _util_canonical_json_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(94937);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/* harmony import */ var _util_confined_read_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(16471);
/* harmony import */ var _checks_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33952);
/* harmony import */ var _json_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50056);
/* harmony import */ var _json_schema_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60395);






/**
 * The step's schema: inline, or a file read as `is-json` schemas are (./json-schema.ts: confined to
 * the spec's root by src/util/confined-read.ts, which owns that rule; a file outside it is
 * E_FILE_CONFINED). Any other problem with it is E_OUTPUT_SCHEMA: a spec mistake, not the model's.
 */
async function loadOutputSchema(spec, baseDir) {
    const { schema, label } = await (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_3__.loadSchema)(spec, baseDir).catch((e) => {
        if (e instanceof _util_confined_read_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfinedFileError */ .TI || !(e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb))
            throw e;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_OUTPUT_SCHEMA', e.message.replace(/^is-json: /, 'output_schema: '), { hint: e.hint });
    });
    return { schema, validate: (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_3__.compileSchema)(schema, typeof spec === 'string' ? spec : label) };
}
/** Parses an answer (a sole ```json fence is unwrapped: some models add one) and validates it. */
function judgeStructured(text, schema) {
    const fenced = (0,_checks_js__WEBPACK_IMPORTED_MODULE_2__/* .soleFencedBlock */ .En)(text);
    const parsed = (0,_json_error_js__WEBPACK_IMPORTED_MODULE_4__/* .parseJsonStrict */ .jM)(fenced ?? text);
    if (!parsed.ok)
        return {
            ok: false,
            message: `output_schema: the answer is not JSON: ${parsed.problem.message} at line ${parsed.problem.line} col ` +
                `${parsed.problem.col}`,
        };
    const depth = (0,_json_schema_js__WEBPACK_IMPORTED_MODULE_3__.jsonDepth)(parsed.value);
    if (depth > _json_schema_js__WEBPACK_IMPORTED_MODULE_3__.MAX_JSON_DEPTH)
        return { ok: false, message: `output_schema: the answer nests more than ${_json_schema_js__WEBPACK_IMPORTED_MODULE_3__.MAX_JSON_DEPTH} levels deep` };
    if (!schema.validate(parsed.value))
        return { ok: false, message: `output_schema: ${(0,_json_schema_js__WEBPACK_IMPORTED_MODULE_3__.describeSchemaErrors)(schema.validate.errors)}` };
    return { ok: true, value: parsed.value, canonical: (0,_util_canonical_json_js__WEBPACK_IMPORTED_MODULE_5__/* .canonicalJson */ .d)(parsed.value) };
}


/***/ }),

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
