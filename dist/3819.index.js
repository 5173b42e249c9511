export const id = 3819;
export const ids = [3819];
export const modules = {

/***/ 44266:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zl: () => (/* binding */ CLOUD_PLATFORM_SCOPE),
/* harmony export */   jE: () => (/* binding */ exchangeGoogle),
/* harmony export */   yF: () => (/* binding */ checkGoogleAuth)
/* harmony export */ });
/* unused harmony exports GOOGLE_STS_URL, GOOGLE_IAM_CREDENTIALS_URL, googleGithubAudience, googleStsAudience, googleStsUrl, generateAccessTokenUrl */
/* harmony import */ var _jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17003);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99661);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21440);
/* harmony import */ var _token_request_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(94664);





const GOOGLE_STS_URL = 'https://sts.googleapis.com/v1/token';
const GOOGLE_IAM_CREDENTIALS_URL = 'https://iamcredentials.googleapis.com';
const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** What the access token is asked to live (IAM Credentials' default and maximum without an org policy). */
const LIFETIME_S = 3600;
/** Preflight: the oidc fields in the right shape (E_PROVIDER_CONFIG naming the field). */
function checkGoogleAuth(provider, auth) {
    (0,_token_request_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOidcFields */ .Z)(provider, 'vertex', auth);
    const [first] = (0,_jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .googleAuthProblems */ .qe)(auth);
    if (first)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderSetupError */ .br(provider, 'E_PROVIDER_CONFIG', `provider ${provider}: ${first.message}`, first.hint);
}
/** The GitHub token's audience: `auth.audience`, else the provider's default allowed audience. */
function googleGithubAudience(auth) {
    return (auth.audience ?? `https://iam.googleapis.com/${(0,_jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .workloadIdentityProviderPath */ .ig)(auth.workload_identity_provider)}`);
}
/** The STS audience: always the provider's full resource name. */
function googleStsAudience(auth) {
    return `//iam.googleapis.com/${(0,_jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .workloadIdentityProviderPath */ .ig)(auth.workload_identity_provider)}`;
}
/** `auth.sts_endpoint` is the full token URL; an origin alone gets STS's own `/v1/token`. */
function googleStsUrl(auth) {
    const url = (auth.sts_endpoint ?? GOOGLE_STS_URL).replace(/\/+$/, '');
    return new URL(url).pathname === '/' ? `${url}/v1/token` : url;
}
function generateAccessTokenUrl(auth) {
    const base = (auth.iam_endpoint ?? GOOGLE_IAM_CREDENTIALS_URL).replace(/\/+$/, '').replace(/\/v1$/, '');
    return `${base}/v1/projects/-/serviceAccounts/${auth.service_account}:generateAccessToken`;
}
function authError(provider, message, hint) {
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('E_AUTH', provider, `provider ${provider}: ${message}`, { retryable: false, hint });
}
/** Google's error body `{"error": {"code", "message", "status"}}` in a sentence. */
async function googleErrorOf(res) {
    const text = await res.text().catch(() => '');
    try {
        const e = JSON.parse(text).error;
        if (e && typeof e.message === 'string')
            return `${typeof e.status === 'string' ? `${e.status}: ` : ''}${e.message}`;
    }
    catch {
        /* not JSON */
    }
    return `HTTP ${res.status}`;
}
async function exchangeGoogle(provider, auth, env, fetchImpl, sink, now = Date.now) {
    const jwt = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .githubIdToken */ .eC)(provider, env, googleGithubAudience(auth), fetchImpl, sink);
    const federated = await (0,_token_request_js__WEBPACK_IMPORTED_MODULE_3__/* .requestToken */ .F)({
        provider,
        url: googleStsUrl(auth),
        body: new URLSearchParams({
            grant_type: TOKEN_EXCHANGE_GRANT,
            audience: googleStsAudience(auth),
            scope: CLOUD_PLATFORM_SCOPE,
            requested_token_type: ACCESS_TOKEN_TYPE,
            subject_token_type: JWT_TOKEN_TYPE,
            subject_token: jwt,
        }),
        fetch: fetchImpl,
        sink,
    });
    const iamUrl = generateAccessTokenUrl(auth);
    let res;
    try {
        res = await fetchImpl(iamUrl, {
            method: 'POST',
            headers: {
                authorization: `Bearer ${federated.token}`,
                'content-type': 'application/json',
                accept: 'application/json',
            },
            body: JSON.stringify({ scope: [CLOUD_PLATFORM_SCOPE], lifetime: `${LIFETIME_S}s` }),
            redirect: 'manual',
        });
    }
    catch (e) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('E_CONNECTION', provider, `provider ${provider}: cannot reach ${iamUrl}: ${e.message}`, {
            retryable: true,
        });
    }
    if (!res.ok) {
        const said = await googleErrorOf(res);
        if (res.status === 429 || res.status >= 500)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ(res.status === 429 ? 'E_RATE_LIMITED' : 'E_SERVER', provider, `provider ${provider}: generateAccessToken at ${iamUrl} failed: ${said}`, { retryable: true, status: res.status });
        throw authError(provider, `impersonating ${auth.service_account} was refused (HTTP ${res.status}): ${said}`, `grant the pool's principal roles/iam.workloadIdentityUser on ${auth.service_account} ` +
            `(docs/reference.md, vertex, Keyless)`);
    }
    const body = (await res.json().catch(() => ({})));
    if (typeof body.accessToken === 'string' && body.accessToken !== '')
        sink(body.accessToken);
    const expiresAt = typeof body.expireTime === 'string' ? Date.parse(body.expireTime) : NaN;
    if (typeof body.accessToken !== 'string' || body.accessToken === '' || !Number.isFinite(expiresAt))
        throw authError(provider, `generateAccessToken at ${iamUrl} answered without accessToken/expireTime`, 'is auth.iam_endpoint the IAM Credentials API?');
    const expiresIn = Math.floor((expiresAt - now()) / 1000);
    if (expiresIn <= 0)
        throw authError(provider, `generateAccessToken at ${iamUrl} answered an expired token`, 'check the clock of this machine');
    return { token: body.accessToken, expiresIn };
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

/***/ 43819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vertexDriver: () => (/* binding */ vertexDriver)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17003);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(99661);
/* harmony import */ var _auth_oidc_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21440);
/* harmony import */ var _auth_exchange_google_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(44266);
/* harmony import */ var _jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52691);
/* harmony import */ var _gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78377);
/**
 * The `vertex` provider type: Gemini on Vertex AI, on @ai-sdk/google-vertex, with an OAuth access
 * token this driver obtains itself:
 *
 * - `auth: {type: oidc, workload_identity_provider, service_account}`: the GitHub OIDC token
 *   through Google STS and IAM Credentials (src/providers/auth/exchange-google.ts), once per
 *   credential lifetime;
 * - otherwise application default credentials through google-auth-library (GOOGLE_APPLICATION_CREDENTIALS
 *   naming a service-account or external_account JSON, gcloud's own, or the metadata server).
 *
 * How the SDK gets the token: its Node build, given no API key, always asks google-auth-library
 * first (its `headers` option is merged after that call), so a keyless run would fail there
 * before our header counts. Given an API key it runs in "express mode": it adds
 * `x-goog-api-key: KEY` in a fetch wrapper and otherwise uses our baseURL and fetch as they are.
 * So it gets a placeholder key, and our fetch removes that header and sends
 * `Authorization: Bearer TOKEN` instead: every request (generate, stream, embed) then passes one
 * place that owns the credential, over the run's bounded fetch, and google-auth-library is loaded
 * only on the application-default path. (The edge build signs service-account keys only.)
 */







/** What the SDK gets as its "express mode" key; the fetch wrapper removes it from every request. */
const PLACEHOLDER_KEY = 'bearer';
function configError(ctx, message, hint) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderSetupError */ .br(ctx.name, 'E_PROVIDER_CONFIG', `provider ${ctx.name}: ${message}`, hint);
}
function checkPlace(ctx) {
    if ((0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .baseNamesProject */ .dM)(ctx.spec.base_url))
        return;
    const place = (0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .vertexPlace */ .yN)(ctx.spec, ctx.env);
    if (!place.project)
        throw configError(ctx, 'type vertex needs project (or GOOGLE_VERTEX_PROJECT in the environment)', 'set project: to the Google Cloud project id that has Vertex AI enabled');
    if (!place.location)
        throw configError(ctx, 'type vertex needs location (or GOOGLE_VERTEX_LOCATION in the environment)', 'set location: to a region that serves the model (us-central1, europe-west4, ...) or global');
    if (!_jobspec_gemini_fields_js__WEBPACK_IMPORTED_MODULE_6__/* .VERTEX_LOCATION_SHAPE */ .zz.test(place.location))
        throw configError(ctx, `${place.locationFrom ?? 'location'} ${JSON.stringify(place.location)} is not a Vertex location`, 'write a region such as us-central1, or global');
}
function oidcSource(ctx) {
    const auth = ctx.spec.auth;
    return new _auth_oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .CachedCredential */ .cY(() => (0,_auth_exchange_google_js__WEBPACK_IMPORTED_MODULE_4__/* .exchangeGoogle */ .jE)(ctx.name, auth, ctx.env, ctx.fetch, ctx.addSecret));
}
/** Application default credentials; google-auth-library caches and refreshes its token itself. */
async function adcSource(ctx) {
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 19));
    // The project is passed on: without it the library asks Cloud Resource Manager for one (a
    // network call to a host that base_url does not redirect).
    const place = (0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .vertexPlace */ .yN)(ctx.spec, ctx.env);
    place.project ??= /\/projects\/([^/]+)\/locations\//.exec(ctx.spec.base_url ?? '')?.[1];
    // The library finds the credentials itself (GOOGLE_APPLICATION_CREDENTIALS, gcloud's file, the
    // metadata server): its `keyFilename`/`credentials` options are deprecated for outside files.
    const auth = new GoogleAuth({
        scopes: [_auth_exchange_google_js__WEBPACK_IMPORTED_MODULE_4__/* .CLOUD_PLATFORM_SCOPE */ .Zl],
        ...(place.project ? { projectId: place.project } : {}),
        // Its token requests (OAuth, STS, impersonation, metadata server) read through the bounded fetch too.
        clientOptions: { transporterOptions: { fetchImplementation: ctx.fetch } },
    });
    return {
        async get() {
            let token;
            try {
                token = (await (await auth.getClient()).getAccessToken()).token;
            }
            catch (e) {
                throw adcError(ctx, e);
            }
            if (!token)
                throw adcError(ctx, new Error('no access token'));
            ctx.addSecret(token);
            return token;
        },
        invalidate() {
            /* google-auth-library refreshes on expiry; a refused token is an authorisation problem, not a stale one */
        },
    };
}
function adcError(ctx, e) {
    const err = e;
    const status = typeof err.status === 'number' ? err.status : Number(err.response?.status) || undefined;
    const message = String(err.message ?? e)
        .split('\n')[0]
        .slice(0, 300);
    const transient = status !== undefined && (status === 429 || status >= 500);
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderError */ .mZ(transient ? 'E_SERVER' : 'E_AUTH', ctx.name, `provider ${ctx.name}: cannot get a Google access token from application default credentials: ${message}`, {
        retryable: transient,
        ...(status !== undefined ? { status } : {}),
        hint: 'set GOOGLE_APPLICATION_CREDENTIALS to a service-account or external_account JSON ' +
            '(google-github-actions/auth writes one), or use auth: {type: oidc, workload_identity_provider, ' +
            'service_account}',
    });
}
/** The run's fetch with the bearer in place of the SDK's placeholder key. */
function bearerFetch(ctx, source) {
    const wrapped = async (input, init) => {
        const token = await source.get();
        const headers = new Headers(input instanceof Request ? input.headers : undefined);
        new Headers(init?.headers).forEach((v, k) => headers.set(k, v));
        headers.delete('x-goog-api-key');
        headers.set('authorization', `Bearer ${token}`);
        const res = await ctx.fetch(input, { ...init, headers });
        // A revoked or rotated credential: the next call (a retry, a later step) exchanges again.
        if (res.status === 401)
            source.invalidate(token);
        return res;
    };
    return wrapped;
}
const vertexDriver = {
    check(ctx) {
        if (ctx.spec.api_key_env)
            throw configError(ctx, 'type vertex authenticates with Google credentials, not api_key_env', 'remove api_key_env: use application default credentials (GOOGLE_APPLICATION_CREDENTIALS) or auth: ' +
                '{type: oidc, ...}; for a Gemini API key use type google');
        checkPlace(ctx);
        if (ctx.spec.auth) {
            (0,_auth_exchange_google_js__WEBPACK_IMPORTED_MODULE_4__/* .checkGoogleAuth */ .yF)(ctx.name, ctx.spec.auth);
            (0,_auth_oidc_js__WEBPACK_IMPORTED_MODULE_3__/* .assertOidcAvailable */ .FC)(ctx.name, ctx.env);
            return;
        }
        const keyFile = ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
        if (keyFile && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(keyFile))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderSetupError */ .br(ctx.name, 'E_AUTH', `provider ${ctx.name}: GOOGLE_APPLICATION_CREDENTIALS names ${keyFile}, which does not exist`, 'point it at the credentials JSON (google-github-actions/auth writes one), or use auth: {type: oidc, ...}');
    },
    async open(ctx) {
        const baseURL = (0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .vertexBase */ .WD)(ctx.spec, (0,_gemini_endpoints_js__WEBPACK_IMPORTED_MODULE_5__/* .vertexPlace */ .yN)(ctx.spec, ctx.env));
        const source = ctx.spec.auth ? oidcSource(ctx) : await adcSource(ctx);
        const { createGoogleVertex } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(492), __webpack_require__.e(1114)]).then(__webpack_require__.bind(__webpack_require__, 38733));
        const vertex = createGoogleVertex({ apiKey: PLACEHOLDER_KEY, baseURL, fetch: bearerFetch(ctx, source) });
        return {
            endpoint: baseURL,
            languageModel: () => vertex.languageModel(ctx.model),
            embeddingModel: (model) => vertex.embeddingModel(model),
        };
    },
};


/***/ })

};
