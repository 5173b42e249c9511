export const id = 6070;
export const ids = [6070];
export const modules = {

/***/ 26070:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  preflightNotes: () => (/* binding */ preflightNotes)
});

// EXTERNAL MODULE: ./lib/providers/model-of.js
var model_of = __webpack_require__(94625);
// EXTERNAL MODULE: ./lib/providers/http.js + 10 modules
var http = __webpack_require__(41850);
// EXTERNAL MODULE: ./lib/providers/errors.js
var errors = __webpack_require__(17003);
// EXTERNAL MODULE: ./lib/providers/price-registry.js + 1 modules
var price_registry = __webpack_require__(18390);
// EXTERNAL MODULE: ./lib/providers/secrets.js
var providers_secrets = __webpack_require__(13715);
// EXTERNAL MODULE: ./lib/util/errors.js
var util_errors = __webpack_require__(99661);
// EXTERNAL MODULE: ./lib/providers/bounded-fetch.js
var bounded_fetch = __webpack_require__(13902);
// EXTERNAL MODULE: ./lib/providers/auth/oidc.js
var oidc = __webpack_require__(21440);
// EXTERNAL MODULE: ./lib/providers/clouds/bedrock.js + 1 modules
var bedrock = __webpack_require__(98363);
// EXTERNAL MODULE: ./lib/providers/clouds/aws-profile.js
var aws_profile = __webpack_require__(28664);
;// CONCATENATED MODULE: ./lib/providers/clouds/bedrock-doctor.js
/**
 * The `doctor` row of a bedrock provider (docs/reference.md, "doctor"): offline, which AWS
 * credentials a run will take and whether they are there (never their values); with --online,
 * the cheapest call that proves credentials, region and model together: a Converse request for
 * one output token. Bedrock's model listing (ListFoundationModels) is a different service and
 * does not know inference profile ids, so it would prove less.
 */







/** The auth path and whether its credential is present, with no network call. */
function bedrockAuthRow(name, spec, env) {
    let region;
    try {
        region = (0,bedrock.bedrockRegion)(name, spec, env);
    }
    catch (e) {
        const msg = e instanceof errors/* ProviderSetupError */.br ? e.message.replace(/^provider [^:]*: /, '') : String(e);
        return { auth: 'aws', credential: { state: 'problem', label: 'no region', detail: msg } };
    }
    try {
        const plan = (0,bedrock.bedrockCredentialPlan)(name, spec, env);
        const where = plan.kind === 'oidc'
            ? env[oidc/* OIDC_TOKEN_FILE_VARIABLE */.Kb]
                ? `OIDC token file ${oidc/* OIDC_TOKEN_FILE_VARIABLE */.Kb}`
                : 'ACTIONS_ID_TOKEN_REQUEST_URL set'
            : plan.kind === 'api-key'
                ? `${plan.variable} is set`
                : plan.kind === 'env-keys'
                    ? 'AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are set'
                    : plan.kind === 'profile'
                        ? `profile ${plan.profile} in ${(0,aws_profile/* profileFiles */.xc)(plan)}`
                        : `AWS_WEB_IDENTITY_TOKEN_FILE ${plan.file}`;
        return {
            auth: (0,bedrock.describePlan)(plan),
            credential: { state: 'ok', label: plan.kind === 'oidc' ? 'token' : 'set', detail: `${where}; region ${region}` },
        };
    }
    catch (e) {
        const setup = e instanceof errors/* ProviderSetupError */.br ? e : undefined;
        return {
            auth: spec.auth ? 'oidc (STS AssumeRoleWithWebIdentity)' : 'aws credential chain',
            credential: {
                state: 'problem',
                label: setup?.code === 'E_AUTH' ? 'no token' : 'missing',
                detail: setup ? `${setup.message.replace(/^provider [^:]*: /, '')} (${setup.hint ?? ''})` : String(e),
            },
        };
    }
}
/** One Converse call for one output token, through the same driver a run uses. */
async function bedrockLookup(name, spec, env, timeoutMs, fetchImpl = globalThis.fetch) {
    const secrets = [];
    const scrub = (s) => secrets.reduce((t, v) => (v.length >= 8 ? t.split(v).join('***') : t), s);
    const ctx = {
        name,
        spec,
        model: (0,model_of/* modelOf */.D)(spec),
        env,
        fetch: (0,bounded_fetch/* boundedFetch */.A)(name, 64 * 1024, fetchImpl),
        addSecret: (v) => void secrets.push(v),
    };
    let endpoint = '(bedrock)';
    try {
        bedrock.bedrockDriver.check(ctx);
        const client = await bedrock.bedrockDriver.open(ctx);
        endpoint = client.endpoint;
        const { generateText } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(1309)]).then(__webpack_require__.bind(__webpack_require__, 71309));
        await generateText({
            model: client.languageModel(),
            prompt: 'ping',
            maxOutputTokens: 1,
            maxRetries: 0,
            abortSignal: AbortSignal.timeout(timeoutMs),
        });
        return { state: 'ok', label: 'ok', detail: `${spec.model} answered a 1-token Converse request` };
    }
    catch (e) {
        const pe = e instanceof util_errors/* ProviderError */.mZ || e instanceof errors/* ProviderSetupError */.br
            ? e
            : (0,errors/* toProviderError */.lE)(e, {
                provider: name,
                type: 'bedrock',
                baseUrl: endpoint,
                model: spec.model,
                oidc: !!spec.auth,
            });
        const detail = scrub(pe.message.replace(/^provider [^:]*: /, ''));
        const label = pe.code === 'E_MODEL_UNAVAILABLE'
            ? 'model unavailable'
            : pe.code === 'E_AUTH'
                ? 'key refused'
                : pe.code === 'E_CONNECTION'
                    ? 'unreachable'
                    : pe.code;
        return { state: 'problem', label, detail };
    }
}

;// CONCATENATED MODULE: ./lib/providers/doctor-oidc.js
/**
 * The doctor credential cell of every keyless provider whose exchange starts from the GitHub OIDC
 * token (docs/reference.md, "doctor"): whether a token can be had now, never the token itself.
 */

function oidcCredentialCheck(env) {
    const source = (0,oidc/* oidcTokenSource */.kD)(env);
    return source
        ? {
            state: 'ok',
            label: 'token',
            detail: source === 'file' ? 'OIDC token file set' : 'ACTIONS_ID_TOKEN_REQUEST_URL set',
        }
        : {
            state: 'problem',
            label: 'no token',
            detail: 'no OIDC token: the workflow needs `permissions: id-token: write`',
        };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./lib/providers/auth/exchange-google.js
var exchange_google = __webpack_require__(44266);
// EXTERNAL MODULE: ./lib/jobspec/gemini-fields.js
var gemini_fields = __webpack_require__(52691);
// EXTERNAL MODULE: ./lib/providers/clouds/gemini-endpoints.js
var gemini_endpoints = __webpack_require__(78377);
;// CONCATENATED MODULE: ./lib/providers/clouds/gemini-doctor.js
/**
 * The doctor rows of the Gemini types (docs/reference.md, "doctor"): `google` takes its key from
 * api_key_env and, online, looks the model up (`GET /v1beta/models/MODEL`, x-goog-api-key);
 * `vertex` takes application default credentials or the Google WIF exchange and, online, counts
 * the tokens of a one-word prompt (`:countTokens`, free and never a generation) on the model's
 * own endpoint, which proves the credential, the project, the location and the model at once.
 * Secrets never appear in a row: every token obtained here is cut out of what is shown.
 */










function isGeminiType(spec) {
    return spec.type === 'google' || spec.type === 'vertex';
}
const MAX_BODY = 64 * 1024;
/** The auth path a Gemini provider takes and whether its credential is there now (no network). */
function geminiAuth(spec, env) {
    if (spec.type === 'google') {
        const keyEnv = (0,providers_secrets/* apiKeyEnvOf */.kJ)(spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY';
        if (spec.auth)
            return {
                auth: 'oidc (not available on google)',
                credential: {
                    state: 'problem',
                    label: 'no oidc',
                    detail: 'the Gemini API takes an API key only; for keyless access use type vertex with auth: oidc',
                },
            };
        const set = !!env[keyEnv]?.trim();
        return {
            auth: `api key from ${keyEnv}`,
            credential: set
                ? { state: 'ok', label: 'set', detail: `${keyEnv} is set` }
                : { state: 'problem', label: 'missing', detail: `${keyEnv} is not set (export ${keyEnv}=...)` },
        };
    }
    const place = (0,gemini_endpoints/* vertexPlace */.yN)(spec, env);
    if (!(0,gemini_endpoints/* baseNamesProject */.dM)(spec.base_url) && (!place.project || !place.location)) {
        const missing = !place.project ? 'project (or GOOGLE_VERTEX_PROJECT)' : 'location (or GOOGLE_VERTEX_LOCATION)';
        return {
            auth: spec.auth ? 'oidc (Google STS + IAM Credentials)' : 'application default credentials',
            credential: { state: 'problem', label: 'no project', detail: `type vertex needs ${missing}` },
        };
    }
    if (spec.auth) {
        const auth = `oidc (Google STS + IAM Credentials as ${spec.auth.service_account ?? '?'})`;
        const [problem] = (0,gemini_fields/* googleAuthProblems */.qe)(spec.auth);
        if (problem)
            return { auth, credential: { state: 'problem', label: 'auth fields', detail: problem.message } };
        return { auth, credential: oidcCredentialCheck(env) };
    }
    const file = env.GOOGLE_APPLICATION_CREDENTIALS;
    if (file)
        return {
            auth: 'application default credentials',
            credential: (0,external_node_fs_.existsSync)(file)
                ? { state: 'ok', label: 'file', detail: 'GOOGLE_APPLICATION_CREDENTIALS names a file' }
                : {
                    state: 'problem',
                    label: 'missing',
                    detail: `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which does not exist`,
                },
        };
    const gcloud = (0,external_node_path_.join)(env.CLOUDSDK_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.config', 'gcloud'), 'application_default_credentials.json');
    return {
        auth: 'application default credentials',
        credential: (0,external_node_fs_.existsSync)(gcloud)
            ? { state: 'ok', label: 'gcloud', detail: 'gcloud application default credentials found' }
            : {
                state: 'warning',
                label: 'metadata?',
                detail: 'no GOOGLE_APPLICATION_CREDENTIALS and no gcloud credentials: only a Google Cloud machine ' +
                    '(metadata server) has any',
            },
    };
}
/** A bearer for the vertex lookup: the same paths a run takes. */
async function vertexToken(spec, env, fetchFn, sink) {
    if (spec.auth)
        return (await (0,exchange_google/* exchangeGoogle */.jE)('doctor', spec.auth, { ...env }, fetchFn, sink)).token;
    const { GoogleAuth } = await __webpack_require__.e(/* import() */ 492).then(__webpack_require__.t.bind(__webpack_require__, 492, 19));
    // With the project given, the library makes no Cloud Resource Manager lookup of its own.
    const project = (0,gemini_endpoints/* vertexPlace */.yN)(spec, env).project ?? /\/projects\/([^/]+)\/locations\//.exec(spec.base_url ?? '')?.[1];
    const auth = new GoogleAuth({
        scopes: [exchange_google/* CLOUD_PLATFORM_SCOPE */.Zl],
        ...(project ? { projectId: project } : {}),
        clientOptions: { transporterOptions: { fetchImplementation: fetchFn } },
    });
    const token = (await (await auth.getClient()).getAccessToken()).token;
    if (!token)
        throw new Error('no access token from application default credentials');
    sink(token);
    return token;
}
/** The online check: one model lookup (google) or token count (vertex). */
async function geminiLookup(spec, env, fetchFn, timeoutMs) {
    const model = (0,model_of/* modelOf */.D)(spec);
    const secrets = [];
    const sink = (s) => void secrets.push(s);
    const scrub = (s) => secrets.reduce((t, x) => (x ? t.split(x).join('***') : t), s);
    const signal = AbortSignal.timeout(timeoutMs);
    const timed = (input, init) => fetchFn(input, { ...init, signal });
    let url;
    let init;
    try {
        if (spec.type === 'google') {
            const key = env[(0,providers_secrets/* apiKeyEnvOf */.kJ)(spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY'] ?? '';
            sink(key);
            url = `${(0,gemini_endpoints/* googleApiBase */.TG)(spec)}/models/${encodeURIComponent(model)}`;
            init = { headers: { accept: 'application/json', 'x-goog-api-key': key } };
        }
        else {
            const token = await vertexToken(spec, env, timed, sink);
            url = `${(0,gemini_endpoints/* vertexBase */.WD)(spec, (0,gemini_endpoints/* vertexPlace */.yN)(spec, env))}/models/${encodeURIComponent(model)}:countTokens`;
            init = {
                method: 'POST',
                headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
                body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }),
            };
        }
    }
    catch (e) {
        return { state: 'problem', label: 'no token', detail: scrub(`cannot get a credential: ${firstLine(e)}`) };
    }
    let status;
    let body;
    try {
        const res = await timed(url, { ...init, redirect: 'error' });
        status = res.status;
        body = (await res.text()).slice(0, MAX_BODY);
    }
    catch (e) {
        return {
            state: 'problem',
            label: 'unreachable',
            detail: scrub(`cannot reach ${new URL(url).origin}: ${firstLine(e)}`),
        };
    }
    let said = body.slice(0, 200) || 'no message';
    try {
        const m = JSON.parse(body).error?.message;
        if (typeof m === 'string')
            said = m;
    }
    catch {
        /* not JSON */
    }
    said = scrub(said);
    if (status >= 200 && status < 300)
        return { state: 'ok', label: 'ok', detail: `${model} available` };
    if ((0,errors/* isModelUnavailable */.E9)(status, body, said))
        return { state: 'problem', label: 'model unavailable', detail: `${model} unavailable: HTTP ${status}: ${said}` };
    if (status === 401 || status === 403 || /API_KEY_INVALID/.test(body))
        return {
            state: 'problem',
            label: spec.type === 'google' ? 'key refused' : 'refused',
            detail: `${spec.type === 'google' ? 'key' : 'credential'} refused: HTTP ${status}: ${said}`,
        };
    return { state: 'problem', label: `HTTP ${status}`, detail: `HTTP ${status}: ${said}` };
}
function firstLine(e) {
    let cur = e;
    for (let i = 0; cur && typeof cur === 'object' && i < 5; i++) {
        const c = cur;
        if (typeof c.code === 'string' && !c.message)
            return c.code;
        if (typeof c.message === 'string' && c.message)
            return c.message.split('\n')[0].slice(0, 300);
        cur = c.cause;
    }
    return String(e).split('\n')[0].slice(0, 300);
}

;// CONCATENATED MODULE: ./lib/providers/doctor.js
/**
 * The provider check behind `orchestrator doctor` and the action's preflight (docs/reference.md,
 * "doctor"): per provider, the auth path a run will take, whether its credential is there now,
 * what the price registry knows of the model and, only when asked (`online`), one cheap call that
 * names the model: a model lookup (on azure, whose deployment routes have none, a 1-token
 * request). Credentials are checked for presence only; their values never appear in a row, a
 * message or an error.
 */








/** Types whose model the price registry can know (hosted APIs); local servers run any model. */
const HOSTED = new Set(['openai', 'anthropic', 'azure', 'google', 'vertex', 'bedrock']);
/** The most of a lookup's answer read: enough for any error body, never a flood. */
const doctor_MAX_BODY = 64 * 1024;
async function doctor(opts) {
    const rows = [];
    for (const [name, spec] of Object.entries(opts.providers))
        rows.push(await checkProvider(name, spec, opts));
    return { usable: rows.every((r) => r.usable), online: opts.online === true, providers: rows };
}
async function checkProvider(name, spec, opts) {
    const model = spec.type === 'replay' ? (spec.model ?? '') : (0,model_of/* modelOf */.D)(spec);
    const gemini = isGeminiType(spec);
    const { auth, credential, key } = gemini ? geminiAuth(spec, opts.env) : authOf(spec, opts.env);
    const registry = await registryCheck(spec, opts.now ?? new Date());
    let online = {
        state: 'skipped',
        label: '-',
        detail: opts.online ? 'no lookup for this type' : 'not checked (--online)',
    };
    if (opts.online && spec.type !== 'replay') {
        online =
            credential.state === 'problem'
                ? { state: 'skipped', label: '-', detail: 'no credential' }
                : spec.type === 'bedrock'
                    ? await bedrockLookup(name, spec, opts.env, opts.timeoutMs ?? 15_000, opts.fetch)
                    : gemini
                        ? await geminiLookup(spec, opts.env, opts.fetch ?? globalThis.fetch, opts.timeoutMs ?? 15_000)
                        : await lookup(spec, key, opts.fetch ?? globalThis.fetch, opts.timeoutMs ?? 15_000, opts.env);
    }
    const usable = [credential, registry, online].every((c) => c.state !== 'problem');
    return { provider: name, type: spec.type, model, auth, credential, registry, online, usable };
}
function authOf(spec, env) {
    if (spec.type === 'bedrock')
        return bedrockAuthRow('', spec, env);
    // A provider type or auth block this build does not know the exchange of is shown as it is.
    const authType = spec.auth?.type;
    if (authType === 'oidc') {
        return {
            auth: spec.type === 'azure' ? 'oidc (GitHub token -> Microsoft Entra)' : 'oidc (GitHub token exchange)',
            credential: oidcCredentialCheck(env),
        };
    }
    if (spec.type === 'replay')
        return { auth: 'none (replay)', credential: { state: 'ok', label: 'not needed', detail: 'not needed' } };
    const keyEnv = (0,providers_secrets/* apiKeyEnvOf */.kJ)(spec);
    if (!keyEnv)
        return { auth: `none (${spec.type})`, credential: { state: 'ok', label: 'not needed', detail: 'not needed' } };
    const value = env[keyEnv];
    if (value === undefined || value.trim() === '') {
        return {
            auth: `api key from ${keyEnv}`,
            credential: { state: 'problem', label: 'missing', detail: `${keyEnv} is not set (export ${keyEnv}=...)` },
        };
    }
    return {
        auth: `api key from ${keyEnv}`,
        credential: { state: 'ok', label: 'set', detail: `${keyEnv} is set` },
        key: value,
    };
}
async function registryCheck(spec, now) {
    if (!HOSTED.has(spec.type) || !spec.model)
        return { state: 'skipped', label: '-', detail: `not checked for ${spec.type}` };
    let info;
    try {
        info = await (0,price_registry/* registryModelInfo */.fK)(spec.model, spec.type);
    }
    catch {
        return { state: 'warning', label: 'unavailable', detail: 'price registry not available' };
    }
    // A model newer than the registry, priced in the spec: nothing to warn about.
    if (!info.known && spec.price)
        return {
            state: 'ok',
            label: 'spec price',
            detail: `${spec.model} priced in the spec (unknown to ${info.registry})`,
        };
    if (!info.known)
        return {
            state: 'warning',
            label: 'unknown',
            detail: `${spec.model} unknown to ${info.registry} (a typo, or newer than the registry)`,
        };
    if (info.retiresOn && info.retiresOn <= now.toISOString().slice(0, 10)) {
        return {
            state: 'problem',
            label: 'retired',
            detail: `${spec.model} retired on ${info.retiresOn} (${info.retirementSource ?? info.registry})`,
        };
    }
    if (info.retiresOn)
        return { state: 'warning', label: 'retiring', detail: `${spec.model} retires on ${info.retiresOn}` };
    if (info.deprecated)
        return { state: 'warning', label: 'deprecated', detail: `${spec.model} is marked deprecated in ${info.registry}` };
    return { state: 'ok', label: 'known', detail: `known (${info.id})` };
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}
/**
 * One model lookup, the cheapest call that proves key and model: OpenAI `GET /v1/models/{model}`,
 * Anthropic `GET /v1/models/{model}`, Ollama `GET /api/tags`, an OpenAI-compatible server's
 * `GET /v1/models`, an Azure deployment's 1-token chat completion (docs/reference.md, "doctor").
 */
async function lookup(spec, key, fetchFn, timeoutMs, env = {}) {
    if (spec.type === 'replay')
        return { state: 'skipped', label: '-', detail: 'replay' };
    const model = (0,model_of/* modelOf */.D)(spec);
    let url;
    let headers = { accept: 'application/json' };
    let init = {};
    const secrets = key ? [key] : [];
    let base = spec.base_url ?? http/* DEFAULT_BASE_URLS */.pO[spec.type];
    if (spec.type === 'azure') {
        // A 1-token request on the deployment (clouds/azure-doctor.ts); the exchange, keyless, is its own.
        const { azureProbeRequest } = await __webpack_require__.e(/* import() */ 7548).then(__webpack_require__.bind(__webpack_require__, 87548));
        const probe = await azureProbeRequest(spec, key, env, fetchFn);
        if ('problem' in probe)
            return { state: 'problem', label: probe.label, detail: probe.problem };
        ({ url, init } = probe);
        headers = init.headers;
        secrets.push(...probe.secrets);
        base = new URL(url).origin;
    }
    else if (!base) {
        return { state: 'problem', label: 'no base_url', detail: `type ${spec.type} needs base_url` };
    }
    else if (spec.type === 'ollama') {
        const origin = trimSlash(base).replace(/\/api$/, '');
        url = `${origin}/api/tags`;
        if (key)
            headers.authorization = `Bearer ${key}`;
    }
    else if (spec.type === 'anthropic') {
        url = `${trimSlash(base)}/models/${encodeURIComponent(model)}`;
        headers['anthropic-version'] = '2023-06-01';
        if (key)
            headers['x-api-key'] = key;
    }
    else {
        url =
            spec.type === 'openai' ? `${trimSlash(base)}/models/${encodeURIComponent(model)}` : `${trimSlash(base)}/models`;
        if (key)
            headers.authorization = `Bearer ${key}`;
    }
    const scrub = (s) => secrets.reduce((acc, v) => acc.split(v).join('***'), s);
    let status;
    let body;
    try {
        const res = await fetchFn(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
        status = res.status;
        body = (await res.text()).slice(0, doctor_MAX_BODY);
    }
    catch (e) {
        return { state: 'problem', label: 'unreachable', detail: scrub(`cannot reach ${base}: ${firstCause(e)}`) };
    }
    const said = scrub(serverSaid(body));
    if (status >= 200 && status < 300) {
        if (spec.type === 'ollama' || spec.type === 'openai-compatible')
            return listed(spec.type, model, body);
        return { state: 'ok', label: 'ok', detail: `${model} available` };
    }
    if ((0,errors/* isModelUnavailable */.E9)(status, body, said))
        return { state: 'problem', label: 'model unavailable', detail: `${model} unavailable: HTTP ${status}: ${said}` };
    if (status === 401 || status === 403)
        return { state: 'problem', label: 'key refused', detail: `key refused: HTTP ${status}: ${said}` };
    return { state: 'problem', label: `HTTP ${status}`, detail: `HTTP ${status}: ${said}` };
}
/** Whether a model listing names the model (Ollama's tags drop a `:latest`). */
function listed(type, model, body) {
    let names;
    try {
        const parsed = JSON.parse(body);
        names =
            type === 'ollama' ? (parsed.models ?? []).map((m) => m.name ?? '') : (parsed.data ?? []).map((m) => m.id ?? '');
    }
    catch {
        return { state: 'warning', label: 'unreadable', detail: 'the model listing is not JSON' };
    }
    const want = (n) => (type === 'ollama' ? n.replace(/:latest$/, '') : n);
    if (names.some((n) => want(n) === want(model)))
        return { state: 'ok', label: 'ok', detail: `${model} available` };
    if (type === 'ollama')
        return { state: 'problem', label: 'not pulled', detail: `${model} not pulled (ollama pull ${model})` };
    return { state: 'warning', label: 'not listed', detail: `${model} not in the server's model list` };
}
function serverSaid(body) {
    try {
        const parsed = JSON.parse(body);
        const err = parsed.error;
        if (typeof err === 'string')
            return err;
        if (err && typeof err === 'object' && typeof err.message === 'string')
            return err.message;
        if (typeof parsed.message === 'string')
            return parsed.message;
    }
    catch {
        /* not JSON: the body's start */
    }
    return body.slice(0, 200) || 'no message';
}
function firstCause(e) {
    let cur = e;
    let msg = '';
    for (let i = 0; cur && typeof cur === 'object' && i < 5; i++) {
        const c = cur;
        if (typeof c.code === 'string')
            return c.code;
        if (typeof c.message === 'string')
            msg = c.message;
        cur = c.cause;
    }
    return msg.split('\n')[0] ?? 'failed';
}
/** One line per problem (and warning), for summaries and stderr: `PROVIDER: what`. */
function doctorNotes(report) {
    const problems = [];
    const warnings = [];
    for (const r of report.providers) {
        for (const c of [r.credential, r.registry, r.online]) {
            if (c.state === 'problem')
                problems.push(`${r.provider} (${r.type} ${r.model || '-'}): ${c.detail}`);
            if (c.state === 'warning')
                warnings.push(`${r.provider} (${r.type} ${r.model || '-'}): ${c.detail}`);
        }
    }
    return { problems, warnings };
}

;// CONCATENATED MODULE: ./lib/action/preflight.js

async function preflightNotes(providers, env) {
    let report;
    try {
        report = await doctor({ providers, env, online: false });
    }
    catch {
        return []; // the check is advice: a failure of its own never stops a run
    }
    const { problems, warnings } = doctorNotes(report);
    return [
        ...problems.map((p) => `⚠️ Preflight (\`orchestrator doctor\`): ${p}`),
        ...warnings.map((w) => `Preflight warning: ${w}`),
    ];
}


/***/ }),

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


/***/ })

};
