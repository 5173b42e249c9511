export const id = 7548;
export const ids = [7548,2962];
export const modules = {

/***/ 44861:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ exchangeEntra),
/* harmony export */   VF: () => (/* binding */ checkEntraAuth)
/* harmony export */ });
/* unused harmony exports ENTRA_AUTHORITY_HOST, ENTRA_TOKEN_EXCHANGE_AUDIENCE, COGNITIVE_SERVICES_SCOPE, JWT_BEARER_ASSERTION, entraTokenUrl */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99661);
/* harmony import */ var _oidc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21440);
/* harmony import */ var _token_request_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(94664);



const ENTRA_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** The audience Entra's federated identity credentials expect by default. */
const ENTRA_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The resource of Azure OpenAI (Cognitive Services), as a client-credentials scope. */
const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';
const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
function checkEntraAuth(provider, auth) {
    (0,_token_request_js__WEBPACK_IMPORTED_MODULE_2__/* .assertOidcFields */ .Z)(provider, 'azure', auth);
}
/** The token endpoint: the authority host + `/{tenant}/oauth2/v2.0/token`. */
function entraTokenUrl(auth) {
    const host = (auth.authority_host ?? ENTRA_AUTHORITY_HOST).replace(/\/+$/, '');
    return `${host}/${encodeURIComponent(auth.tenant_id ?? '')}/oauth2/v2.0/token`;
}
/** Entra's error_description is several lines (Trace ID, Correlation ID, Timestamp): the first says what is wrong. */
function firstLineOf(e) {
    const [head] = e.message.split(/\r?\n/);
    if (head === e.message)
        return e;
    return new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ(e.code, e.provider, head, {
        retryable: e.retryable,
        status: e.status,
        hint: e.hint,
    });
}
async function exchangeEntra(provider, auth, env, fetchImpl, sink) {
    const jwt = await (0,_oidc_js__WEBPACK_IMPORTED_MODULE_1__/* .githubIdToken */ .eC)(provider, env, auth.audience ?? ENTRA_TOKEN_EXCHANGE_AUDIENCE, fetchImpl, sink);
    const url = entraTokenUrl(auth);
    const body = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: auth.client_id ?? '',
        scope: COGNITIVE_SERVICES_SCOPE,
        client_assertion_type: JWT_BEARER_ASSERTION,
        client_assertion: jwt,
    });
    const unreachable = (e) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('E_CONNECTION', provider, `provider ${provider}: cannot reach the Microsoft Entra token endpoint ${url}: ${e.message}`, { retryable: true, hint: 'check auth.authority_host (sovereign clouds have their own) and your network' });
    try {
        return await (0,_token_request_js__WEBPACK_IMPORTED_MODULE_2__/* .requestToken */ .F)({ provider, url, body, fetch: fetchImpl, sink, unreachable });
    }
    catch (e) {
        // The answer's errors are cut and hinted; not being able to reach Entra (the only E_CONNECTION) is said as it is.
        if (!(e instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ) || e.code === 'E_CONNECTION')
            throw e;
        const short = firstLineOf(e);
        if (short.code !== 'E_AUTH')
            throw short;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('E_AUTH', provider, short.message, {
            retryable: false,
            status: short.status,
            hint: 'check the federated credential on the Entra app (issuer https://token.actions.githubusercontent.com, ' +
                "the workflow's subject, audience api://AzureADTokenExchange), auth.tenant_id and auth.client_id, and " +
                'that the identity has the Cognitive Services OpenAI User role (docs/reference.md, azure)',
        });
    }
}


/***/ }),

/***/ 87548:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   azureProbeRequest: () => (/* binding */ azureProbeRequest)
/* harmony export */ });
/* harmony import */ var _auth_exchange_entra_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44861);
/* harmony import */ var _azure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92962);


/** The request, or why it cannot be made (no endpoint; the exchange failed: its message, scrubbed). */
async function azureProbeRequest(spec, key, env, fetchFn) {
    if (!(0,_azure_js__WEBPACK_IMPORTED_MODULE_1__.azureEndpoint)(spec))
        return { problem: 'type azure needs resource or base_url', label: 'no endpoint' };
    const secrets = key ? [key] : [];
    const headers = { accept: 'application/json', 'content-type': 'application/json' };
    if (spec.auth) {
        try {
            const t = await (0,_auth_exchange_entra_js__WEBPACK_IMPORTED_MODULE_0__/* .exchangeEntra */ .A3)('doctor', spec.auth, env, fetchFn, (s) => secrets.push(s));
            headers.authorization = `Bearer ${t.token}`;
        }
        catch (e) {
            let msg = e.message.replace(/^provider doctor: /, '');
            for (const s of secrets)
                msg = msg.split(s).join('***');
            return { problem: `Entra token exchange failed: ${msg}`, label: 'auth failed' };
        }
    }
    else if (key)
        headers['api-key'] = key;
    return {
        url: (0,_azure_js__WEBPACK_IMPORTED_MODULE_1__.azureDeploymentUrl)(spec, spec.deployment, '/chat/completions'),
        init: {
            method: 'POST',
            headers,
            body: JSON.stringify({ messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 }),
        },
        secrets,
    };
}


/***/ }),

/***/ 92962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_DEFAULT_API_VERSION: () => (/* binding */ AZURE_DEFAULT_API_VERSION),
/* harmony export */   azureApiVersion: () => (/* binding */ azureApiVersion),
/* harmony export */   azureDeploymentUrl: () => (/* binding */ azureDeploymentUrl),
/* harmony export */   azureDriver: () => (/* binding */ azureDriver),
/* harmony export */   azureEndpoint: () => (/* binding */ azureEndpoint)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17003);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(13715);
/* harmony import */ var _auth_oidc_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21440);
/* harmony import */ var _auth_exchange_entra_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(44861);
/* harmony import */ var _cloud_key_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9490);





/**
 * The api-version sent when the spec names none: 2024-10-21, the newest dated GA release of the
 * data-plane inference API (structured outputs with json_schema, stream_options usage). The SDK's
 * own default, `v1`, belongs to the deployment-less /openai/v1 API, not to the deployment URLs.
 */
const AZURE_DEFAULT_API_VERSION = '2024-10-21';
function azureSpec(ctx) {
    if (ctx.spec.type !== 'azure')
        throw new Error(`not an azure provider: ${ctx.spec.type}`);
    return ctx.spec;
}
/** The resource endpoint (no /openai): base_url as given, else https://{resource}.openai.azure.com. */
function azureEndpoint(spec) {
    if (spec.base_url)
        return spec.base_url.replace(/\/+$/, '').replace(/\/openai$/, '');
    return spec.resource ? `https://${spec.resource}.openai.azure.com` : undefined;
}
function azureApiVersion(spec) {
    return spec.api_version ?? AZURE_DEFAULT_API_VERSION;
}
/** Where one operation of a deployment goes: `{endpoint}/openai/deployments/{d}{path}?api-version=`. */
function azureDeploymentUrl(spec, deployment, path) {
    const url = new URL(`${azureEndpoint(spec)}/openai/deployments/${encodeURIComponent(deployment)}${path}`);
    url.searchParams.set('api-version', azureApiVersion(spec));
    return url.toString();
}
function check(ctx) {
    const spec = azureSpec(ctx);
    if (!azureEndpoint(spec)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderSetupError */ .br(ctx.name, 'E_PROVIDER_CONFIG', `provider ${ctx.name}: type azure needs resource or base_url`, 'set resource to the Azure OpenAI resource name (https://RESOURCE.openai.azure.com), or base_url to its endpoint');
    }
    if (spec.auth) {
        (0,_auth_exchange_entra_js__WEBPACK_IMPORTED_MODULE_3__/* .checkEntraAuth */ .VF)(ctx.name, spec.auth);
        (0,_auth_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .assertOidcAvailable */ .FC)(ctx.name, ctx.env);
        return;
    }
    (0,_cloud_key_js__WEBPACK_IMPORTED_MODULE_4__/* .requireCloudKey */ .E)(ctx, (0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .apiKeyEnvOf */ .kJ)(spec), '(a key of the Azure OpenAI resource), set api_key_env, or use auth: {type: oidc, tenant_id, client_id}');
}
async function open(ctx) {
    const spec = azureSpec(ctx);
    const { createAzure } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(6788)]).then(__webpack_require__.bind(__webpack_require__, 36788));
    const endpoint = azureEndpoint(spec);
    const common = {
        baseURL: `${endpoint}/openai`,
        apiVersion: azureApiVersion(spec),
        useDeploymentBasedUrls: true,
    };
    let azure;
    if (spec.auth) {
        const auth = spec.auth;
        const credential = new _auth_oidc_js__WEBPACK_IMPORTED_MODULE_2__/* .CachedCredential */ .cY(() => (0,_auth_exchange_entra_js__WEBPACK_IMPORTED_MODULE_3__/* .exchangeEntra */ .A3)(ctx.name, auth, ctx.env, ctx.fetch, ctx.addSecret));
        // The SDK asks tokenProvider for the bearer of each request; a bearer the API refuses (401:
        // revoked, role removed) is dropped so the next call, a retry or a later step, exchanges again.
        const fetchRefusing = async (input, init) => {
            const res = await ctx.fetch(input, init);
            if (res.status === 401) {
                const bearer = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '');
                if (bearer)
                    credential.invalidate(bearer);
            }
            return res;
        };
        azure = createAzure({ ...common, tokenProvider: () => credential.get(), fetch: fetchRefusing });
    }
    else {
        const key = ctx.env[(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .apiKeyEnvOf */ .kJ)(spec)];
        azure = createAzure({ ...common, apiKey: key, fetch: ctx.fetch });
    }
    return {
        endpoint,
        // The model names the capabilities (system message role, reasoning) and the reported model;
        // requests always name the deployment.
        languageModel: () => azure.chat(spec.deployment, spec.model ? { modelId: spec.model } : undefined),
        // An embedding model is a deployment of its own: the check's `model` names it.
        embeddingModel: (deployment) => azure.embedding(deployment),
    };
}
const azureDriver = { check, open };


/***/ }),

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


/***/ })

};
