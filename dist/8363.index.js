export const id = 8363;
export const ids = [8363];
export const modules = {

/***/ 28664:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ awsProfilePlan),
/* harmony export */   EI: () => (/* binding */ missingProfileError),
/* harmony export */   kT: () => (/* binding */ profileCredentials),
/* harmony export */   xc: () => (/* binding */ profileFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17003);
/**
 * AWS shared config profiles for `bedrock` (docs/reference.md, "bedrock"): the credentials file
 * (AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials) and the config file (AWS_CONFIG_FILE,
 * else ~/.aws/config), profile AWS_PROFILE, else `default`, as the AWS CLI and SDKs read them.
 * The files are resolved by the AWS SDK's own `fromIni` (@aws-sdk/credential-provider-ini):
 * static keys, `credential_process`, `role_arn` with `source_profile` and SSO profiles, each as
 * the SDKs do. Paths come from the run's environment, never from this process's.
 */



const set = (v) => v !== undefined && v.trim() !== '';
/** Where the shared files would be: the run's AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE, else under HOME. */
function sharedFilePaths(env) {
    const home = env.HOME ?? env.USERPROFILE;
    const under = (file) => (home ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(home, '.aws', file) : undefined);
    return {
        credentials: set(env.AWS_SHARED_CREDENTIALS_FILE) ? env.AWS_SHARED_CREDENTIALS_FILE : under('credentials'),
        config: set(env.AWS_CONFIG_FILE) ? env.AWS_CONFIG_FILE : under('config'),
    };
}
/** The profile a run would read (AWS_PROFILE, else `default`), or undefined when neither shared file exists. */
function awsProfilePlan(env) {
    const { credentials, config } = sharedFilePaths(env);
    const credentialsFile = credentials && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(credentials) ? credentials : undefined;
    const configFile = config && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(config) ? config : undefined;
    if (!credentialsFile && !configFile)
        return undefined;
    return {
        kind: 'profile',
        profile: set(env.AWS_PROFILE) ? env.AWS_PROFILE.trim() : 'default',
        ...(credentialsFile ? { credentialsFile } : {}),
        ...(configFile ? { configFile } : {}),
    };
}
/** The shared files a plan reads, for messages: "A and B". */
function profileFiles(plan, joiner = ' and ') {
    return [plan.credentialsFile, plan.configFile].filter(Boolean).join(joiner);
}
/**
 * AWS_PROFILE named, but neither shared file is there and no other credential followed: the user
 * asked for a profile, so the error names it rather than the whole chain.
 */
function missingProfileError(name, env) {
    if (!set(env.AWS_PROFILE))
        return undefined;
    const { credentials, config } = sharedFilePaths(env);
    const profile = env.AWS_PROFILE.trim();
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderSetupError */ .br(name, 'E_API_KEY_MISSING', `provider ${name}: AWS_PROFILE is ${profile} but there is no AWS credentials or config file ` +
        `(${[credentials, config].filter(Boolean).join(', ') || 'no HOME to look in'})`, 'run `aws configure --profile ' + profile + '`, or set AWS_SHARED_CREDENTIALS_FILE / AWS_CONFIG_FILE');
}
/** The profile's credentials, as the AWS SDK resolves them; a failure names the profile and what to do. */
async function profileCredentials(name, plan) {
    const { fromIni } = await Promise.all(/* import() */[__webpack_require__.e(6579), __webpack_require__.e(5869)]).then(__webpack_require__.t.bind(__webpack_require__, 75869, 19));
    let c;
    try {
        c = await fromIni({
            profile: plan.profile,
            // A missing file is passed as a path that does not exist: the SDK would otherwise read
            // this process's AWS_* variables and HOME, not the run's.
            filepath: plan.credentialsFile ?? '/nonexistent/aws/credentials',
            configFilepath: plan.configFile ?? '/nonexistent/aws/config',
            ignoreCache: true,
        })();
    }
    catch (e) {
        // The SDK's first line only, bounded: a failing credential_process puts its whole stderr there.
        const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 300);
        const files = profileFiles(plan, ' or ');
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ProviderSetupError */ .br(name, 'E_API_KEY_MISSING', `provider ${name}: AWS profile ${plan.profile} gave no credentials: ${why}`, `check the [${plan.profile}] section of ${files} ` +
            '(`aws configure list --profile ' +
            plan.profile +
            '`), or set AWS_PROFILE to another profile');
    }
    const expiresIn = c.expiration ? Math.max(1, (c.expiration.getTime() - Date.now()) / 1000) : 365 * 24 * 3600;
    return {
        token: {
            accessKeyId: c.accessKeyId,
            secretAccessKey: c.secretAccessKey,
            ...(c.sessionToken ? { sessionToken: c.sessionToken } : {}),
        },
        expiresIn,
    };
}


/***/ }),

/***/ 98363:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bedrockCredentialPlan: () => (/* binding */ bedrockCredentialPlan),
  bedrockDriver: () => (/* binding */ bedrockDriver),
  bedrockEndpoint: () => (/* binding */ bedrockEndpoint),
  bedrockRegion: () => (/* binding */ bedrockRegion),
  describePlan: () => (/* binding */ describePlan)
});

// EXTERNAL MODULE: ./lib/providers/errors.js
var errors = __webpack_require__(17003);
// EXTERNAL MODULE: ./lib/jobspec/auth-fields.js
var auth_fields = __webpack_require__(61100);
// EXTERNAL MODULE: ./lib/providers/auth/oidc.js
var oidc = __webpack_require__(21440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./lib/util/errors.js
var util_errors = __webpack_require__(99661);
;// CONCATENATED MODULE: ./lib/providers/auth/exchange-aws-sts.js
/**
 * AWS STS AssumeRoleWithWebIdentity: a web identity token (the workflow's GitHub OIDC token, or the
 * file AWS_WEB_IDENTITY_TOKEN_FILE names) exchanged for temporary AWS credentials of an IAM role
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html):
 *
 *   POST https://sts.REGION.amazonaws.com/   (content-type application/x-www-form-urlencoded)
 *   Action=AssumeRoleWithWebIdentity&Version=2011-06-15&RoleArn=..&RoleSessionName=..
 *   &WebIdentityToken=JWT&DurationSeconds=3600
 *   -> <AssumeRoleWithWebIdentityResponse><AssumeRoleWithWebIdentityResult><Credentials>
 *      <AccessKeyId/><SecretAccessKey/><SessionToken/><Expiration/></Credentials>...
 *
 * The request is not signed ("you do not need to use AWS security credentials": the token is the
 * proof). Refusals are the Query protocol's XML error,
 * `<ErrorResponse><Error><Type/><Code/><Message/></Error></ErrorResponse>`
 * (https://docs.aws.amazon.com/STS/latest/APIReference/CommonErrors.html).
 */



const AWS_DEFAULT_AUDIENCE = 'sts.amazonaws.com';
/** One hour: the default maximum session of an IAM role, and what the AWS SDKs ask for. */
const AWS_SESSION_SECONDS = 3600;
/** The regional STS endpoint (the global one is legacy), unless `sts_endpoint` says otherwise. */
function stsEndpoint(region, override) {
    if (override)
        return override;
    const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
    return `https://sts.${region}.${suffix}/`;
}
/**
 * RoleSessionName: 2 to 64 of [\w+=,.@-] (the API's own constraint). The default names the
 * GitHub run, so CloudTrail shows which workflow run acted.
 */
function sessionNameOf(given, env) {
    const raw = given ?? `orchestrator-${env.GITHUB_RUN_ID ?? Math.floor(Date.now() / 1000)}`;
    return raw.replace(/[^\w+=,.@-]/g, '-').slice(0, 64);
}
function authError(provider, message, hint, status) {
    return new util_errors/* ProviderError */.mZ('E_AUTH', provider, `provider ${provider}: ${message}`, {
        retryable: false,
        hint,
        ...(status ? { status } : {}),
    });
}
const XML_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** The text of the first `<tag>` element (the answers are flat enough for this; no XML library needed). */
function xmlText(xml, tag) {
    const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
    return m ? m[1].replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => XML_ENTITIES[e]).trim() : undefined;
}
/** What to do about each refusal STS documents for this action. */
const STS_HINTS = {
    InvalidIdentityToken: 'AWS could not validate the GitHub token: the account needs an IAM OIDC identity provider for ' +
        "https://token.actions.githubusercontent.com with the token's audience (auth.audience, default " +
        'sts.amazonaws.com) among its client ids',
    AccessDenied: "the role's trust policy does not accept this workflow: check its Principal (the OIDC provider's ARN), " +
        'the token.actions.githubusercontent.com:aud and :sub conditions (repo:OWNER/REPO:...), and auth.role_arn',
    ExpiredTokenException: 'the GitHub token expired before AWS saw it: check the runner clock, then re-run',
    IDPRejectedClaim: "the identity provider's claims were refused: check the role's trust policy conditions",
    PackedPolicyTooLarge: 'the session policies are too large',
    MalformedPolicyDocument: 'the session policy is malformed',
    RegionDisabledException: 'STS is not activated in this region: activate it in IAM (Account settings) or set region',
    ValidationError: 'check auth.role_arn (arn:aws:iam::ACCOUNT:role/NAME) and auth.session_name',
};
/** Reads STS's XML answer: the credentials, or the error as E_AUTH (retryable for throttling and 5xx). */
async function readStsAnswer(provider, url, res, sink) {
    const xml = await res.text().catch(() => '');
    const secret = xmlText(xml, 'SecretAccessKey');
    const session = xmlText(xml, 'SessionToken');
    // Masked before anything else sees the answer.
    if (secret)
        sink(secret);
    if (session)
        sink(session);
    if (!res.ok) {
        const code = xmlText(xml, 'Code') ?? `HTTP ${res.status}`;
        const message = xmlText(xml, 'Message');
        const what = `${code}${message ? `: ${message}` : ''}`;
        if (res.status >= 500 || res.status === 429 || code === 'Throttling' || code === 'IDPCommunicationError') {
            throw new util_errors/* ProviderError */.mZ(res.status === 429 || code === 'Throttling' ? 'E_RATE_LIMITED' : 'E_SERVER', provider, `provider ${provider}: AWS STS AssumeRoleWithWebIdentity at ${url} failed (HTTP ${res.status}): ${what}`, { retryable: true, status: res.status });
        }
        throw authError(provider, `AWS STS refused AssumeRoleWithWebIdentity (HTTP ${res.status}): ${what}`, STS_HINTS[code] ??
            'check the IAM OIDC identity provider and the role trust policy (docs/reference.md, bedrock, Keyless)', res.status);
    }
    const accessKeyId = xmlText(xml, 'AccessKeyId');
    const expiration = Date.parse(xmlText(xml, 'Expiration') ?? '');
    if (!accessKeyId || !secret || !session || !Number.isFinite(expiration)) {
        throw authError(provider, `AWS STS at ${url} answered without Credentials (AccessKeyId, SecretAccessKey, SessionToken, Expiration)`, 'is auth.sts_endpoint an STS endpoint?');
    }
    // Keyed on the answer's Expiration: CachedCredential refreshes before it.
    const expiresIn = Math.max(1, Math.floor((expiration - Date.now()) / 1000));
    return { token: { accessKeyId, secretAccessKey: secret, sessionToken: session }, expiresIn };
}
/** One AssumeRoleWithWebIdentity call with a web identity token in hand. */
async function assumeRoleWithWebIdentity(o, webIdentityToken) {
    const form = new URLSearchParams({
        Action: 'AssumeRoleWithWebIdentity',
        Version: '2011-06-15',
        RoleArn: o.roleArn,
        RoleSessionName: o.sessionName,
        WebIdentityToken: webIdentityToken,
        DurationSeconds: String(AWS_SESSION_SECONDS),
    });
    let res;
    try {
        res = await o.fetch(o.url, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'text/xml' },
            body: form.toString(),
            redirect: 'manual',
        });
    }
    catch (e) {
        if (e instanceof util_errors/* ProviderError */.mZ)
            throw e;
        throw new util_errors/* ProviderError */.mZ('E_CONNECTION', o.provider, `provider ${o.provider}: cannot reach AWS STS at ${o.url}: ${e.message}`, { retryable: true });
    }
    return readStsAnswer(o.provider, o.url, res, o.sink);
}
/** The GitHub OIDC token for `audience`, exchanged at STS. */
async function exchangeGithubForAws(o, env, audience) {
    const jwt = await (0,oidc/* githubIdToken */.eC)(o.provider, env, audience, o.fetch, o.sink);
    return assumeRoleWithWebIdentity(o, jwt);
}
/**
 * The AWS SDKs' web identity credentials (AWS_WEB_IDENTITY_TOKEN_FILE + AWS_ROLE_ARN, as on EKS
 * IRSA): the file is re-read on every exchange, since its writer rotates it.
 */
async function exchangeTokenFileForAws(o, file) {
    let token;
    try {
        token = (0,external_node_fs_.readFileSync)(file, 'utf8').trim();
    }
    catch (e) {
        throw authError(o.provider, `cannot read AWS_WEB_IDENTITY_TOKEN_FILE ${file}: ${e.message}`, 'check AWS_WEB_IDENTITY_TOKEN_FILE');
    }
    if (!token)
        throw authError(o.provider, `AWS_WEB_IDENTITY_TOKEN_FILE ${file} is empty`, 'check its writer');
    o.sink(token);
    return assumeRoleWithWebIdentity(o, token);
}

// EXTERNAL MODULE: ./lib/providers/clouds/aws-profile.js
var aws_profile = __webpack_require__(28664);
;// CONCATENATED MODULE: ./lib/providers/clouds/bedrock.js





const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** The region requests go to: `region`, else AWS_REGION, else AWS_DEFAULT_REGION. */
function bedrockRegion(name, spec, env) {
    const region = ('region' in spec ? spec.region : undefined) ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION;
    if (!region || region.trim() === '') {
        throw new errors/* ProviderSetupError */.br(name, 'E_PROVIDER_CONFIG', `provider ${name}: type bedrock needs a region (region, or AWS_REGION / AWS_DEFAULT_REGION)`, 'set region: us-east-1 (the region where the model is enabled) on the provider');
    }
    if (!REGION.test(region)) {
        throw new errors/* ProviderSetupError */.br(name, 'E_PROVIDER_CONFIG', `provider ${name}: ${JSON.stringify(region)} is not an AWS region`, 'set region to a region code such as us-east-1 or eu-central-1');
    }
    return region;
}
/** https://bedrock-runtime.REGION.amazonaws.com (amazonaws.com.cn in China), unless base_url. */
function bedrockEndpoint(spec, region) {
    if (spec.base_url)
        return spec.base_url.replace(/\/+$/, '');
    return `https://bedrock-runtime.${region}.${region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'}`;
}
const set = (v) => v !== undefined && v.trim() !== '';
/** Which credentials a run will use (no network call); throws when there are none. */
function bedrockCredentialPlan(name, spec, env) {
    if (spec.auth) {
        // The same words as validate's (a spec run without validate gets them at preflight).
        const [problem] = (0,auth_fields/* oidcAuthProblems */.c)(name, 'bedrock', spec.auth);
        if (problem || !spec.auth.role_arn)
            throw new errors/* ProviderSetupError */.br(name, 'E_PROVIDER_CONFIG', problem?.message ?? `provider ${name}: auth oidc on bedrock needs role_arn`, problem?.hint ?? 'set auth.role_arn');
        (0,oidc/* assertOidcAvailable */.FC)(name, env);
        return { kind: 'oidc', roleArn: spec.auth.role_arn };
    }
    if (spec.api_key_env) {
        if (!set(env[spec.api_key_env])) {
            throw new errors/* ProviderSetupError */.br(name, 'E_API_KEY_MISSING', `provider ${name}: ${spec.api_key_env} is not set`, `export ${spec.api_key_env}=<Bedrock API key>, or remove api_key_env to use AWS credentials`);
        }
        return { kind: 'api-key', variable: spec.api_key_env };
    }
    if (set(env.AWS_BEARER_TOKEN_BEDROCK))
        return { kind: 'api-key', variable: 'AWS_BEARER_TOKEN_BEDROCK' };
    const id = set(env.AWS_ACCESS_KEY_ID);
    const secret = set(env.AWS_SECRET_ACCESS_KEY);
    if (id && secret)
        return { kind: 'env-keys', session: set(env.AWS_SESSION_TOKEN) };
    if (id !== secret) {
        const missing = id ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID';
        throw new errors/* ProviderSetupError */.br(name, 'E_API_KEY_MISSING', `provider ${name}: ${missing} is not set (AWS keys come in pairs)`, `export ${missing}=...`);
    }
    // The SDKs' order: a named profile before the web identity variables, the default one after.
    const profile = (0,aws_profile/* awsProfilePlan */.Cy)(env);
    if (profile && set(env.AWS_PROFILE))
        return profile;
    if (set(env.AWS_WEB_IDENTITY_TOKEN_FILE) && set(env.AWS_ROLE_ARN))
        return { kind: 'web-identity-file', file: env.AWS_WEB_IDENTITY_TOKEN_FILE, roleArn: env.AWS_ROLE_ARN };
    if (profile)
        return profile;
    const missing = (0,aws_profile/* missingProfileError */.EI)(name, env);
    if (missing)
        throw missing;
    throw new errors/* ProviderSetupError */.br(name, 'E_API_KEY_MISSING', `provider ${name}: no AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_BEARER_TOKEN_BEDROCK, ` +
        `AWS_PROFILE or ~/.aws/credentials, or AWS_WEB_IDENTITY_TOKEN_FILE/AWS_ROLE_ARN)`, 'in GitHub Actions use auth: {type: oidc, role_arn: ...} (keyless), or export AWS_ACCESS_KEY_ID and ' +
        'AWS_SECRET_ACCESS_KEY; instance metadata is not read');
}
/** How doctor and messages name a plan: never a value, only where it comes from. */
function describePlan(plan) {
    switch (plan.kind) {
        case 'oidc':
            return `oidc (STS AssumeRoleWithWebIdentity ${plan.roleArn})`;
        case 'api-key':
            return `bedrock api key from ${plan.variable}`;
        case 'env-keys':
            return `aws keys from AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY${plan.session ? '/AWS_SESSION_TOKEN' : ''}`;
        case 'web-identity-file':
            return `web identity file (AWS_WEB_IDENTITY_TOKEN_FILE, ${plan.roleArn})`;
        case 'profile':
            return `aws profile ${plan.profile}`;
    }
}
/** The AWS error type of an answer (`x-amzn-ErrorType: ExpiredTokenException:http://...`). */
function errorTypeOf(res) {
    return (res.headers.get('x-amzn-errortype') ?? '').replace(/:.*$/, '');
}
function check(ctx) {
    return {
        region: bedrockRegion(ctx.name, ctx.spec, ctx.env),
        plan: bedrockCredentialPlan(ctx.name, ctx.spec, ctx.env),
    };
}
async function bedrock_open(ctx) {
    const { region, plan } = check(ctx);
    const endpoint = bedrockEndpoint(ctx.spec, region);
    const { createAmazonBedrock } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(6579), __webpack_require__.e(139)]).then(__webpack_require__.bind(__webpack_require__, 90139));
    let apiKey = '';
    let credentials;
    let fetchImpl = ctx.fetch;
    if (plan.kind === 'api-key') {
        apiKey = ctx.env[plan.variable].trim();
        ctx.addSecret(apiKey);
    }
    else if (plan.kind === 'env-keys') {
        const keys = {
            accessKeyId: ctx.env.AWS_ACCESS_KEY_ID.trim(),
            secretAccessKey: ctx.env.AWS_SECRET_ACCESS_KEY.trim(),
            ...(plan.session ? { sessionToken: ctx.env.AWS_SESSION_TOKEN.trim() } : {}),
        };
        ctx.addSecret(keys.secretAccessKey);
        if (keys.sessionToken)
            ctx.addSecret(keys.sessionToken);
        // Environment keys do not expire on our watch: a "year" of life, never refreshed.
        credentials = new oidc/* CachedCredential */.cY(() => Promise.resolve({ token: keys, expiresIn: 365 * 24 * 3600 }));
    }
    else if (plan.kind === 'profile') {
        credentials = new oidc/* CachedCredential */.cY(async () => {
            const c = await (0,aws_profile/* profileCredentials */.kT)(ctx.name, plan);
            ctx.addSecret(c.token.secretAccessKey);
            if (c.token.sessionToken)
                ctx.addSecret(c.token.sessionToken);
            return c;
        });
        // Resolved now, before any step: a profile that is missing or broken is a set-up error.
        await credentials.get();
    }
    else {
        const auth = ctx.spec.auth;
        const exchange = {
            provider: ctx.name,
            roleArn: plan.roleArn,
            sessionName: sessionNameOf(plan.kind === 'oidc' ? auth?.session_name : (ctx.env.AWS_ROLE_SESSION_NAME ?? auth?.session_name), ctx.env),
            // AWS_ENDPOINT_URL_STS as the AWS SDKs read it, for the web identity file (it has no spec field).
            url: stsEndpoint(region, auth?.sts_endpoint ?? (plan.kind === 'oidc' ? undefined : ctx.env.AWS_ENDPOINT_URL_STS)),
            fetch: ctx.fetch,
            sink: ctx.addSecret,
        };
        credentials = new oidc/* CachedCredential */.cY(() => plan.kind === 'oidc'
            ? exchangeGithubForAws(exchange, ctx.env, auth?.audience ?? AWS_DEFAULT_AUDIENCE)
            : exchangeTokenFileForAws(exchange, plan.file));
        const cache = credentials;
        // Credentials revoked or expired early (a role session revoked in IAM): the next call
        // (a retry, a later step) assumes the role again.
        fetchImpl = (async (input, init) => {
            const res = await ctx.fetch(input, init);
            if (res.status === 403 && ['ExpiredTokenException', 'UnrecognizedClientException'].includes(errorTypeOf(res))) {
                const session = new Headers(init?.headers).get('x-amz-security-token');
                const current = await cache.get().catch(() => undefined);
                if (current && session === current.sessionToken)
                    cache.invalidate(current);
            }
            return res;
        });
    }
    const cached = credentials;
    const provider = createAmazonBedrock({
        region,
        baseURL: endpoint,
        // '' (not undefined): the SDK would otherwise read AWS_BEARER_TOKEN_BEDROCK from process.env.
        apiKey,
        ...(cached ? { credentialProvider: () => cached.get() } : {}),
        fetch: fetchImpl,
    });
    const { wrapEmbeddingModel, wrapLanguageModel } = await Promise.all(/* import() */[__webpack_require__.e(9415), __webpack_require__.e(1309)]).then(__webpack_require__.bind(__webpack_require__, 71309));
    // The SDK rewraps a credentialProvider failure in a plain Error (its message kept, the typed
    // error lost): asking for the credentials first lets an STS refusal reach the run as E_AUTH.
    const withCredentials = (model) => cached
        ? wrapLanguageModel({
            model,
            middleware: {
                specificationVersion: 'v4',
                wrapGenerate: async ({ doGenerate }) => {
                    await cached.get();
                    return doGenerate();
                },
                wrapStream: async ({ doStream }) => {
                    await cached.get();
                    return doStream();
                },
            },
        })
        : model;
    // Embeddings (`similar` with metric embedding) go through InvokeModel on the same provider, so
    // they are signed with the same cached credentials: keyless, one STS exchange serves both.
    const embeddingWithCredentials = (model) => cached
        ? wrapEmbeddingModel({
            model,
            middleware: {
                specificationVersion: 'v4',
                wrapEmbed: async ({ doEmbed }) => {
                    await cached.get();
                    return doEmbed();
                },
            },
        })
        : model;
    return {
        endpoint,
        languageModel: () => withCredentials(provider.languageModel(ctx.model)),
        // Titan (amazon.titan-embed-text-v1 / -v2:0), Nova and Cohere embed models: the SDK picks the
        // body by the model id (docs/reference.md, "bedrock").
        embeddingModel: (id) => embeddingWithCredentials(provider.embeddingModel(id)),
    };
}
const bedrockDriver = {
    check: (ctx) => {
        check(ctx);
    },
    open: bedrock_open,
};


/***/ })

};
