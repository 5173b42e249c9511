export const id = 7646;
export const ids = [7646];
export const modules = {

/***/ 9490:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ requireCloudKey)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17003);
/** The API key a keyed cloud provider reads from its variable, or E_API_KEY_MISSING saying where to get one. */

/** `where` completes the hint `export VAR=...`: where such a key comes from, and the other ways. */
function requireCloudKey(ctx, keyEnv, where) {
    const key = ctx.env[keyEnv];
    if (key === undefined || key.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderSetupError */ .br(ctx.name, 'E_API_KEY_MISSING', `provider ${ctx.name}: ${keyEnv} is not set`, `export ${keyEnv}=... ${where}`);
    return key;
}


/***/ }),

/***/ 78377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TG: () => (/* binding */ googleApiBase),
/* harmony export */   WD: () => (/* binding */ vertexBase),
/* harmony export */   dM: () => (/* binding */ baseNamesProject),
/* harmony export */   yN: () => (/* binding */ vertexPlace)
/* harmony export */ });
/* unused harmony exports GEMINI_API_BASE, vertexHost */
const GEMINI_API_BASE = 'https://generativelanguage.googleapis.com/v1beta';
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
function pathOf(url) {
    try {
        return new URL(url).pathname.replace(/\/+$/, '');
    }
    catch {
        return '';
    }
}
/** The Gemini API base the AI SDK appends `/models/...` to. */
function googleApiBase(spec) {
    if (!spec.base_url)
        return GEMINI_API_BASE;
    const base = trimSlash(spec.base_url);
    return pathOf(base) === '' ? `${base}/v1beta` : base;
}
function vertexPlace(spec, env) {
    const s = spec;
    const place = {};
    const project = s.project ?? env.GOOGLE_VERTEX_PROJECT?.trim();
    if (project) {
        place.project = project;
        place.projectFrom = s.project ? 'project' : 'GOOGLE_VERTEX_PROJECT';
    }
    const location = s.location ?? env.GOOGLE_VERTEX_LOCATION?.trim();
    if (location) {
        place.location = location;
        place.locationFrom = s.location ? 'location' : 'GOOGLE_VERTEX_LOCATION';
    }
    return place;
}
/** Whether base_url already names the project and location (a full Vertex resource base). */
function baseNamesProject(baseUrl) {
    return baseUrl !== undefined && /\/projects\/[^/]+\/locations\/[^/]+/.test(pathOf(baseUrl));
}
/** The regional host; `global` and the multi-regions `us`/`eu` have their own (as @ai-sdk/google-vertex has them). */
function vertexHost(location) {
    if (location === 'global')
        return 'aiplatform.googleapis.com';
    if (location === 'us' || location === 'eu')
        return `aiplatform.${location}.rep.googleapis.com`;
    return `${location}-aiplatform.googleapis.com`;
}
/**
 * The Vertex base up to `/publishers/google` (the AI SDK appends `/models/MODEL:ACTION`). The
 * caller has checked that project and location are known unless base_url names them.
 */
function vertexBase(spec, place) {
    const resource = () => `/projects/${place.project}/locations/${place.location}`;
    if (!spec.base_url)
        return `https://${vertexHost(place.location)}/v1${resource()}/publishers/google`;
    const base = trimSlash(spec.base_url);
    if (baseNamesProject(base))
        return /\/publishers\/google$/.test(base) ? base : `${base}/publishers/google`;
    const version = pathOf(base) === '' ? '/v1' : '';
    return `${base}${version}${resource()}/publishers/google`;
}


/***/ }),

/***/ 7646:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   googleDriver: () => (/* binding */ googleDriver)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17003);
/* harmony import */ var _jobspec_auth_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61100);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(13715);
/* harmony import */ var _cloud_key_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9490);
/* harmony import */ var _gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(78377);
/**
 * The `google` provider type: the Gemini API (ai.google.dev/api) on @ai-sdk/google. The key comes
 * from `api_key_env` (default GOOGLE_GENERATIVE_AI_API_KEY) and travels in the `x-goog-api-key`
 * header, never in the URL (a `?key=` would land in proxies' and gateways' access logs).
 * There is no keyless path on the Gemini API: Google's keyless way to Gemini is Vertex AI.
 */





function keyOf(ctx) {
    return (0,_cloud_key_js__WEBPACK_IMPORTED_MODULE_3__/* .requireCloudKey */ .E)(ctx, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_2__/* .apiKeyEnvOf */ .kJ)(ctx.spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY', '(a Gemini API key from aistudio.google.com) or set api_key_env; for keyless access use type vertex with ' +
        'auth: oidc');
}
const googleDriver = {
    check(ctx) {
        if (ctx.spec.auth) {
            // The same words as validate (auth-fields.ts): the Gemini API takes keys only.
            const [problem] = (0,_jobspec_auth_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .oidcAuthProblems */ .c)(ctx.name, 'google', ctx.spec.auth);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderSetupError */ .br(ctx.name, 'E_PROVIDER_CONFIG', problem?.message ?? `provider ${ctx.name}: auth oidc is not available on google`, problem?.hint ?? 'use type vertex for keyless Gemini');
        }
        keyOf(ctx);
    },
    async open(ctx) {
        const apiKey = keyOf(ctx);
        ctx.addSecret(apiKey);
        const baseURL = (0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_4__/* .googleApiBase */ .TG)(ctx.spec);
        const { createGoogle } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(8372), __webpack_require__.e(785)]).then(__webpack_require__.bind(__webpack_require__, 785));
        const google = createGoogle({ apiKey, baseURL, fetch: ctx.fetch });
        return {
            endpoint: baseURL,
            languageModel: () => google.languageModel(ctx.model),
            embeddingModel: (model) => google.embeddingModel(model),
        };
    },
};


/***/ })

};
