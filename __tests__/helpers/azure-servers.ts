/**
 * Loopback emulators of Azure OpenAI and Microsoft Entra ID, as strict as the services:
 *
 * - Azure OpenAI data-plane inference on the deployment routes
 *   (https://learn.microsoft.com/azure/ai-foundry/openai/reference):
 *   `POST /openai/deployments/{deployment}/chat/completions?api-version=V` and `.../embeddings`.
 *   No api-version: 404 `{"error":{"code":"404","message":"Resource not found"}}`; a version the
 *   service does not know: 400 `API version not supported`. Auth: the `api-key` header, or
 *   `Authorization: Bearer` with a live Entra token for the Cognitive Services resource
 *   (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/managed-identity); 401 otherwise.
 *   An unknown deployment: 404 `DeploymentNotFound`; a chat call to an embeddings deployment (and
 *   the reverse): 400 `OperationNotSupported`. Unknown request arguments: 400 `Unrecognized
 *   request argument supplied: X` (as Azure answers them); `stream_options` without `stream`: 400.
 *   Streaming is SSE (`data: {...}` chunks, the first one carrying only `prompt_filter_results`,
 *   as Azure sends it; usage in a last chunk with empty `choices` when
 *   `stream_options.include_usage`; `data: [DONE]`). 429 with `retry-after` / `retry-after-ms`.
 * - Prompt caching (https://learn.microsoft.com/azure/ai-foundry/openai/how-to/prompt-caching):
 *   prompts of 1,024 tokens or more are cached in 128-token steps, keyed by the deployment, the
 *   `prompt_cache_key` (at most 64 characters) and the exact prefix;
 *   `usage.prompt_tokens_details.cached_tokens` is the part read from cache (included in
 *   `prompt_tokens`). Tokens are counted as ceil(characters / 4).
 * - Microsoft Entra token endpoint, client credentials with a federated client assertion
 *   (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow#third-case-access-token-request-with-a-federated-credential):
 *   `POST /{tenant}/oauth2/v2.0/token` (form: grant_type=client_credentials, client_id,
 *   scope=https://cognitiveservices.azure.com/.default, client_assertion_type jwt-bearer,
 *   client_assertion) and the tenant's `/{tenant}/v2.0/.well-known/openid-configuration` (MSAL
 *   reads its token_endpoint). The assertion is matched to a federated identity credential of the
 *   app by issuer, subject and audience, then verified: RS256 against the issuer's JWKS (fetched
 *   through its discovery document, as Entra does), exp/nbf. Errors are Entra's JSON: `error`,
 *   `error_description` ("AADSTS700213: ...\r\nTrace ID: ..."), `error_codes`, `timestamp`,
 *   `trace_id`, `correlation_id`, `error_uri`.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';

export const ENTRA_AUDIENCE = 'api://AzureADTokenExchange';
export const COGNITIVE_SCOPE = 'https://cognitiveservices.azure.com/.default';
const CLIENT_ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The api-version values the emulated resource accepts (GA and preview releases of the data plane). */
export const AZURE_API_VERSIONS = [
  '2024-02-01',
  '2024-06-01',
  '2024-10-21',
  '2024-10-01-preview',
  '2024-12-01-preview',
  '2025-01-01-preview',
  '2025-03-01-preview',
  '2025-04-01-preview',
];

/** Chat completions arguments the data plane knows; anything else is an unrecognized argument. */
const CHAT_ARGUMENTS = new Set([
  'model',
  'messages',
  'max_tokens',
  'max_completion_tokens',
  'temperature',
  'top_p',
  'n',
  'stop',
  'seed',
  'stream',
  'stream_options',
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'user',
  'response_format',
  'tools',
  'tool_choice',
  'parallel_tool_calls',
  'reasoning_effort',
  'store',
  'metadata',
  'prediction',
  'prompt_cache_key',
  'safety_identifier',
  'service_tier',
  'verbosity',
]);

export interface Deployment {
  /** The model behind it, reported in answers. */
  model: string;
  kind: 'chat' | 'embeddings';
}

export interface FederatedCredential {
  issuer: string;
  subject: string;
  audiences: string[];
}

export interface AzureConfig {
  apiKey: string;
  deployments: Record<string, Deployment>;
  tenantId: string;
  clientId: string;
  /** The app's federated identity credentials (Entra checks the assertion against them). */
  federated: FederatedCredential[];
  /** Seconds an Entra access token lives. */
  expiresIn: number;
}

export interface AzureRequest {
  path: string;
  deployment: string;
  apiVersion: string | null;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface AzureServers {
  origin: string;
  /** The Entra authority host (`auth.authority_host`): the same origin. */
  authorityHost: string;
  config: AzureConfig;
  /** Every API request that passed api-version and auth, in order. */
  requests: AzureRequest[];
  /** Usage answered per chat request, in order. */
  usages: Array<Record<string, unknown>>;
  /** Access tokens Entra issued. */
  issued: string[];
  /** Client assertions Entra received. */
  assertions: string[];
  hits: { token: number; refused: number; discovery: number };
  /** Revokes every access token issued so far (the API answers 401 to them). */
  revokeAll(): void;
  /** The next `n` API requests answer `status` (429 with retry headers, 5xx). */
  failNext(status: number, n?: number, retryAfterS?: number): void;
  /** The answer text of a chat request (default: "ok", or `{}`-shaped JSON for a json_schema request). */
  answer: (body: Record<string, unknown>) => string;
  close(): Promise<void>;
}

export interface AzureServerOptions extends Partial<AzureConfig> {
  /** The GitHub OIDC issuer trusted by the default federated credential (required for keyless). */
  issuer?: string;
  subject?: string;
  /** Serve https with this key and certificate (MSAL refuses an http authority). */
  tls?: { key: string; cert: string };
}

const tokensOf = (text: string): number => Math.ceil(text.length / 4);
const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

function embeddingOf(text: string, dims = 8): number[] {
  const h = createHash('sha256').update(text).digest();
  const v = Array.from({ length: dims }, (_, i) => (h[i]! - 128) / 128);
  const norm = Math.sqrt(v.reduce((a, x) => a + x * x, 0)) || 1;
  return v.map((x) => x / norm);
}

/** A JSON answer for a json_schema request: a value of the schema's shape, from its properties. */
function sampleOf(schema: Record<string, unknown> | undefined): unknown {
  const s = schema ?? {};
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (type === 'object' || s.properties) {
    const props = (s.properties ?? {}) as Record<string, Record<string, unknown>>;
    return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, sampleOf(v)]));
  }
  if (type === 'array') return [sampleOf(s.items as Record<string, unknown>)];
  if (type === 'number' || type === 'integer') return 1;
  if (type === 'boolean') return true;
  return 'ok';
}

export async function startAzureServers(opts: AzureServerOptions = {}): Promise<AzureServers> {
  const config: AzureConfig = {
    apiKey: opts.apiKey ?? `azk${randomBytes(16).toString('hex')}`,
    deployments: opts.deployments ?? {
      'gpt4o-prod': { model: 'gpt-4o-2024-11-20', kind: 'chat' },
      'embed-small': { model: 'text-embedding-3-small', kind: 'embeddings' },
    },
    tenantId: opts.tenantId ?? '72f988bf-86f1-41af-91ab-2d7cd011db47',
    clientId: opts.clientId ?? '5f4dcc3b-5aa7-4c1e-9a5b-0e4d2c1f6a7b',
    federated:
      opts.federated ??
      (opts.issuer ? [{ issuer: opts.issuer, subject: opts.subject ?? '', audiences: [ENTRA_AUDIENCE] }] : []),
    expiresIn: opts.expiresIn ?? 3599,
  };
  const requests: AzureRequest[] = [];
  const usages: Array<Record<string, unknown>> = [];
  const issued: Array<{ token: string; expiresAt: number }> = [];
  const assertions: string[] = [];
  const hits = { token: 0, refused: 0, discovery: 0 };
  const failures: Array<{ status: number; retryAfterS: number }> = [];
  const cache = new Map<string, number>();
  const sockets = new Set<Socket>();
  const jwks = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  let origin = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'apim-request-id': randomUUID(),
      'x-request-id': randomUUID(),
      ...headers,
    });
    res.end(JSON.stringify(body));
  };
  const apiError = (
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    extra: Record<string, unknown> = {},
  ) => send(res, status, { error: { code, message, ...extra } });

  // ---- Entra ----

  const entraError = (res: ServerResponse, status: number, error: string, code: number, text: string): void => {
    hits.refused++;
    const trace = randomUUID();
    const correlation = randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    send(res, status, {
      error,
      error_description:
        `AADSTS${code}: ${text} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${timestamp}`.replace(
          ' Trace ID:',
          '\r\nTrace ID:',
        ),
      error_codes: [code],
      timestamp,
      trace_id: trace,
      correlation_id: correlation,
      error_uri: `${origin}/error?code=${code}`,
    });
  };

  async function token(tenant: string, req: IncomingMessage, raw: string, res: ServerResponse): Promise<void> {
    hits.token++;
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return entraError(
        res,
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'grant_type'.",
      );
    const form = new URLSearchParams(raw);
    for (const p of ['grant_type', 'client_id', 'scope'])
      if (!form.get(p))
        return entraError(
          res,
          400,
          'invalid_request',
          900144,
          `The request body must contain the following parameter: '${p}'.`,
        );
    if (tenant !== config.tenantId)
      return entraError(
        res,
        400,
        'invalid_request',
        90002,
        `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
      );
    if (form.get('grant_type') !== 'client_credentials')
      return entraError(res, 400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    const clientId = form.get('client_id')!;
    if (clientId !== config.clientId)
      return entraError(
        res,
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant.`,
      );
    const scope = form.get('scope')!;
    if (!scope.split(' ').every((s) => s.endsWith('/.default')))
      return entraError(
        res,
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`,
      );
    if (scope !== COGNITIVE_SCOPE)
      return entraError(
        res,
        400,
        'invalid_resource',
        500011,
        `The resource principal named ${scope.replace(/\/\.default$/, '')} was not found in the tenant named ${tenant}.`,
      );
    const assertion = form.get('client_assertion');
    if (!assertion)
      return entraError(
        res,
        401,
        'invalid_client',
        7000216,
        "'client_assertion', 'client_secret' or 'request' is required for the 'client_credentials' grant type.",
      );
    assertions.push(assertion);
    if (form.get('client_assertion_type') !== CLIENT_ASSERTION_TYPE)
      return entraError(
        res,
        401,
        'invalid_client',
        50027,
        'Invalid JWT token. The client_assertion_type is not supported.',
      );
    let claims: Record<string, unknown>;
    try {
      claims = decodeJwt(assertion) as Record<string, unknown>;
    } catch {
      return entraError(res, 401, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
    }
    const byIssuer = config.federated.filter((f) => f.issuer === claims.iss);
    if (byIssuer.length === 0)
      return entraError(
        res,
        401,
        'invalid_client',
        700211,
        `No matching federated identity record found for presented assertion issuer '${String(claims.iss)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    const bySubject = byIssuer.filter((f) => f.subject === claims.sub);
    if (bySubject.length === 0)
      return entraError(
        res,
        401,
        'invalid_client',
        700213,
        `No matching federated identity record found for presented assertion subject '${String(claims.sub)}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    const auds = Array.isArray(claims.aud) ? (claims.aud as unknown[]) : [claims.aud];
    const match = bySubject.find((f) => f.audiences.some((a) => auds.includes(a)));
    if (!match)
      return entraError(
        res,
        401,
        'invalid_client',
        700212,
        `No matching federated identity record found for presented assertion audience '${auds.map(String).join(',')}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      );
    try {
      let keys = jwks.get(match.issuer);
      if (!keys) {
        const discovery = (await (
          await fetch(`${match.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
        ).json()) as {
          jwks_uri: string;
        };
        keys = createRemoteJWKSet(new URL(discovery.jwks_uri));
        jwks.set(match.issuer, keys);
      }
      await jwtVerify(assertion, keys, { issuer: match.issuer, audience: match.audiences, algorithms: ['RS256'] });
    } catch (e) {
      const code = (e as { code?: string }).code ?? '';
      if (code === 'ERR_JWT_EXPIRED')
        return entraError(
          res,
          401,
          'invalid_client',
          700024,
          'Client assertion is not within its valid time range. Ensure that the client assertion is not expired.',
        );
      return entraError(
        res,
        401,
        'invalid_client',
        5002738,
        `Client assertion failed signature validation. (${code || 'unverifiable'})`,
      );
    }
    const access = `eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.${randomBytes(48).toString('base64url')}.${randomBytes(32).toString('base64url')}`;
    issued.push({ token: access, expiresAt: Date.now() + config.expiresIn * 1000 });
    return send(res, 200, {
      token_type: 'Bearer',
      expires_in: config.expiresIn,
      ext_expires_in: config.expiresIn,
      access_token: access,
    });
  }

  function discovery(tenant: string, res: ServerResponse): void {
    hits.discovery++;
    const base = `${origin}/${tenant}`;
    send(res, 200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${origin}/${tenant}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${origin}/${tenant}/v2.0`,
      request_uri_parameter_supported: false,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      tenant_region_scope: 'WW',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
    });
  }

  // ---- Azure OpenAI ----

  const authorized = (headers: IncomingMessage['headers']): boolean => {
    if (headers['api-key'] !== undefined) return headers['api-key'] === config.apiKey;
    const auth = headers.authorization;
    if (typeof auth !== 'string' || !auth.startsWith('Bearer ')) return false;
    const t = auth.slice('Bearer '.length);
    return issued.some((i) => i.token === t && i.expiresAt > Date.now());
  };

  function promptText(messages: Array<{ role?: string; content?: unknown }>): string {
    return messages
      .map((m) => `${m.role}:${typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}`)
      .join('\n');
  }

  function chat(
    deployment: string,
    d: Deployment,
    apiVersion: string,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): void {
    const unknown = Object.keys(body).find((k) => !CHAT_ARGUMENTS.has(k));
    if (unknown)
      return send(res, 400, {
        error: {
          message: `Unrecognized request argument supplied: ${unknown}`,
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      });
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return apiError(res, 400, 'BadRequest', "'messages' is a required property", {
        param: 'messages',
        type: 'invalid_request_error',
      });
    if (body.stream_options !== undefined && body.stream !== true)
      return apiError(
        res,
        400,
        'BadRequest',
        "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        {
          param: 'stream_options',
          type: 'invalid_request_error',
        },
      );
    const key = body.prompt_cache_key;
    if (key !== undefined && (typeof key !== 'string' || key.length > 64))
      return send(res, 400, {
        error: {
          message: "Invalid 'prompt_cache_key': string too long. Expected a string with maximum length 64.",
          type: 'invalid_request_error',
          param: 'prompt_cache_key',
          code: 'string_above_max_length',
        },
      });
    const rf = body.response_format as
      { type?: string; json_schema?: { name?: string; schema?: Record<string, unknown> } } | undefined;
    if (rf?.type === 'json_schema' && (!rf.json_schema?.name || !rf.json_schema.schema))
      return apiError(res, 400, 'BadRequest', "Missing required parameter: 'response_format.json_schema.name'.", {
        type: 'invalid_request_error',
      });
    const text = promptText(body.messages as Array<{ role?: string; content?: unknown }>);
    const total = tokensOf(text);
    let cached = 0;
    if (total >= 1024) {
      for (let n = 1024; n <= total; n += 128) {
        const k = `${deployment}\0${String(key ?? '')}\0${hash(text.slice(0, n * 4))}`;
        if (cache.has(k)) cached = n;
        cache.set(k, Date.now());
      }
    }
    const content = rf?.type === 'json_schema' ? JSON.stringify(sampleOf(rf.json_schema!.schema)) : server.answer(body);
    const completion = tokensOf(content);
    const usage = {
      completion_tokens: completion,
      completion_tokens_details: {
        accepted_prediction_tokens: 0,
        audio_tokens: 0,
        reasoning_tokens: 0,
        rejected_prediction_tokens: 0,
      },
      prompt_tokens: total,
      prompt_tokens_details: { audio_tokens: 0, cached_tokens: cached },
      total_tokens: total + completion,
    };
    usages.push(usage);
    const id = `chatcmpl-${randomBytes(12).toString('base64url')}`;
    const created = Math.floor(Date.now() / 1000);
    const filter = {
      hate: { filtered: false, severity: 'safe' },
      self_harm: { filtered: false, severity: 'safe' },
      sexual: { filtered: false, severity: 'safe' },
      violence: { filtered: false, severity: 'safe' },
    };
    const promptFilter = [{ prompt_index: 0, content_filter_results: filter }];
    void apiVersion;
    if (body.stream === true) {
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'apim-request-id': randomUUID() });
      const chunk = (o: unknown) => res.write(`data: ${JSON.stringify(o)}\n\n`);
      chunk({ choices: [], created: 0, id: '', model: '', object: '', prompt_filter_results: promptFilter });
      const base = { id, object: 'chat.completion.chunk', created, model: d.model, system_fingerprint: 'fp_azure' };
      chunk({
        ...base,
        choices: [
          { index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null, content_filter_results: {} },
        ],
      });
      for (let i = 0; i < content.length; i += 7)
        chunk({
          ...base,
          choices: [
            {
              index: 0,
              delta: { content: content.slice(i, i + 7) },
              finish_reason: null,
              content_filter_results: filter,
            },
          ],
        });
      chunk({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop', content_filter_results: {} }] });
      const so = body.stream_options as { include_usage?: boolean } | undefined;
      if (so?.include_usage) chunk({ ...base, choices: [], usage });
      res.end('data: [DONE]\n\n');
      return;
    }
    send(res, 200, {
      choices: [
        {
          content_filter_results: filter,
          finish_reason: 'stop',
          index: 0,
          logprobs: null,
          message: { annotations: [], content, refusal: null, role: 'assistant' },
        },
      ],
      created,
      id,
      model: d.model,
      object: 'chat.completion',
      prompt_filter_results: promptFilter,
      system_fingerprint: 'fp_azure',
      usage,
    });
  }

  function embeddings(d: Deployment, body: Record<string, unknown>, res: ServerResponse): void {
    const input = body.input;
    const values = typeof input === 'string' ? [input] : Array.isArray(input) ? input : undefined;
    if (!values || values.length === 0 || values.some((v) => typeof v !== 'string'))
      return apiError(res, 400, 'BadRequest', "'input' is a required property", { type: 'invalid_request_error' });
    if (values.length > 2048)
      return apiError(res, 400, 'BadRequest', 'Too many inputs. The max number of inputs is 2048.', {
        type: 'invalid_request_error',
      });
    const tokens = (values as string[]).reduce((a, v) => a + tokensOf(v), 0);
    send(res, 200, {
      object: 'list',
      data: (values as string[]).map((v, index) => ({ object: 'embedding', index, embedding: embeddingOf(v) })),
      model: d.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  }

  function api(url: URL, req: IncomingMessage, raw: string, res: ServerResponse): void {
    const m = /^\/openai\/deployments\/([^/]+)\/(chat\/completions|embeddings)$/.exec(url.pathname);
    if (!m || req.method !== 'POST') return apiError(res, 404, '404', 'Resource not found');
    const apiVersion = url.searchParams.get('api-version');
    if (!apiVersion) return apiError(res, 404, '404', 'Resource not found');
    if (!AZURE_API_VERSIONS.includes(apiVersion)) return apiError(res, 400, 'BadRequest', 'API version not supported');
    if (!authorized(req.headers)) {
      if (req.headers['api-key'] !== undefined)
        return apiError(
          res,
          401,
          '401',
          'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        );
      return apiError(
        res,
        401,
        'PermissionDenied',
        'Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.',
      );
    }
    const deployment = decodeURIComponent(m[1]!);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw || 'null') as Record<string, unknown>;
      if (!body || typeof body !== 'object') throw new Error('not an object');
    } catch {
      return apiError(res, 400, 'BadRequest', 'We could not parse the JSON body of your request.', {
        type: 'invalid_request_error',
      });
    }
    requests.push({ path: url.pathname, deployment, apiVersion, headers: req.headers, body });
    const failure = failures.shift();
    if (failure) {
      if (failure.status === 429)
        return send(
          res,
          429,
          {
            error: {
              code: '429',
              message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${apiVersion} have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${failure.retryAfterS} second. Please go here: https://aka.ms/oai/quotaincrease if you would like to further increase the default rate limit.`,
            },
          },
          {
            'retry-after': String(failure.retryAfterS),
            'retry-after-ms': String(failure.retryAfterS * 1000),
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-remaining-tokens': '0',
          },
        );
      return apiError(
        res,
        failure.status,
        'InternalServerError',
        'The server had an error while processing your request. Sorry about that!',
      );
    }
    const d = config.deployments[deployment];
    if (!d)
      return apiError(
        res,
        404,
        'DeploymentNotFound',
        'The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.',
      );
    const op = m[2] === 'embeddings' ? 'embeddings' : 'chat';
    if ((op === 'chat') !== (d.kind === 'chat'))
      return apiError(
        res,
        400,
        'OperationNotSupported',
        `The ${op === 'chat' ? 'chatCompletion' : 'embeddings'} operation does not work with the specified model, ${d.model}. Please choose different model and try again. You can learn more about which models can be used with each operation here: https://go.microsoft.com/fwlink/?linkid=2197993.`,
      );
    return op === 'chat' ? chat(deployment, d, apiVersion, body, res) : embeddings(d, body, res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', origin);
    if (url.pathname.startsWith('/openai/')) return api(url, req, raw, res);
    const tok = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(url.pathname);
    if (tok && req.method === 'POST') return token(decodeURIComponent(tok[1]!), req, raw, res);
    const disc = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(url.pathname);
    if (disc && req.method === 'GET') return discovery(disc[1]!, res);
    send(res, 404, { error: { code: '404', message: 'Resource not found' } });
  }

  const listener = (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, 500, { error: { code: 'InternalServerError', message: String(e) } });
      else res.end();
    });
  };
  const server0: Server = opts.tls
    ? createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }, listener)
    : createServer(listener);
  server0.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server0.listen(0, '127.0.0.1', resolve));
  origin = `${opts.tls ? 'https' : 'http'}://127.0.0.1:${(server0.address() as AddressInfo).port}`;

  const server: AzureServers = {
    origin,
    authorityHost: origin,
    config,
    requests,
    usages,
    get issued() {
      return issued.map((i) => i.token);
    },
    assertions,
    hits,
    revokeAll() {
      for (const i of issued) i.expiresAt = 0;
    },
    failNext(status, n = 1, retryAfterS = 1) {
      for (let i = 0; i < n; i++) failures.push({ status, retryAfterS });
    },
    answer: () => 'ok',
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server0.close(() => resolve()));
    },
  };
  return server;
}
