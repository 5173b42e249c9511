/**
 * A loopback emulator of the Gemini wire format on both of Google's front doors, and of the two
 * token services Vertex's keyless path goes through, as strict as the services:
 *
 * - Gemini API (ai.google.dev/api/generate-content, /api/embeddings, /api/models):
 *   `POST /v1beta/models/M:generateContent`, `:streamGenerateContent` (`?alt=sse`: SSE `data:`
 *   events; without it a JSON array, as the API answers), `:countTokens`, `:embedContent`,
 *   `:batchEmbedContents`, `GET /v1beta/models/M`. The key in `x-goog-api-key` (or `?key=`, which
 *   Google also accepts and tests assert we never send); none -> 403 PERMISSION_DENIED, a wrong one ->
 *   400 INVALID_ARGUMENT with reason API_KEY_INVALID (the answers Google gives).
 * - Vertex AI (cloud.google.com/vertex-ai/generative-ai/docs/reference/rest/v1/projects.locations.publishers.models):
 *   `POST /v1/projects/P/locations/L/publishers/google/models/M:generateContent`,
 *   `:streamGenerateContent?alt=sse`, `:countTokens`, `:predict` (text embeddings,
 *   cloud.google.com/vertex-ai/generative-ai/docs/model-reference/text-embeddings-api). A Bearer
 *   token the emulated IAM (or a test, `acceptToken`) issued, live, else 401 UNAUTHENTICATED; another
 *   project or location -> 403 PERMISSION_DENIED.
 * - Both: usageMetadata with cachedContentTokenCount when the test sets cached tokens; an unknown
 *   model -> 404 NOT_FOUND in each API's words; scripted 429 RESOURCE_EXHAUSTED (with a RetryInfo
 *   detail) and 5xx; `{"error": {"code", "message", "status"}}` bodies (cloud.google.com/apis/design/errors).
 * - Google STS `POST /v1/token` (cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token):
 *   form or JSON; grant_type token-exchange, audience `//iam.googleapis.com/<provider>`, scope,
 *   requested_token_type access_token, subject_token_type jwt or id_token; the subject token's RS256
 *   signature against the issuer's JWKS (found through its discovery document), iss, aud (the
 *   provider's allowed audiences, default `https://iam.googleapis.com/<provider>`), exp and the
 *   subject (the attribute condition); OAuth error bodies `{error, error_description}`.
 * - IAM Credentials `POST /v1/projects/-/serviceAccounts/SA:generateAccessToken`
 *   (cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/generateAccessToken):
 *   a live STS token as bearer, the service account the pool may impersonate, `scope` and a
 *   `lifetime` of at most 3600s -> `{accessToken, expireTime}`.
 */
import { createPublicKey, createVerify, randomBytes, type JsonWebKey } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { GITHUB_SUBJECT } from './oidc-servers.js';
import { letterVector } from './embeddings-server.js';

export const GEMINI_PROJECT = 'acme-ai';
export const GEMINI_LOCATION = 'us-central1';
export const WORKLOAD_IDENTITY_PROVIDER =
  'projects/123456789012/locations/global/workloadIdentityPools/github/providers/actions';
export const SERVICE_ACCOUNT = 'orchestrator@acme-ai.iam.gserviceaccount.com';

export interface GeminiConfig {
  /** The OIDC issuer STS trusts (its discovery document names the JWKS). */
  issuer?: string;
  workloadIdentityProvider: string;
  /** Audiences the pool provider accepts in the GitHub token. */
  allowedAudiences?: string[];
  serviceAccount: string;
  subject: string;
  apiKey: string;
  project: string;
  location: string;
  models: string[];
  /** Seconds an IAM access token lives (expireTime = now + this). */
  expiresIn: number;
}

export interface GeminiCall {
  api: 'gemini' | 'vertex';
  action: string;
  model: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
}

export interface Scripted {
  status: number;
  /** RetryInfo's retryDelay for a 429 (e.g. "1s"). */
  retryDelay?: string;
}

export interface GeminiServers {
  origin: string;
  config: GeminiConfig;
  /** Every model call (generate, stream, count, embed) in order. */
  calls: GeminiCall[];
  /** Every request URL the server saw (tests check no key travels in one). */
  urls: string[];
  hits: { sts: number; iam: number; refused: number };
  /** Tokens STS and IAM issued. */
  federated: string[];
  accessTokens: string[];
  /** Answers the next model calls give before answering normally. */
  script(...answers: Scripted[]): void;
  /** The text of an answer, from the request body (default: `answer to: <last user text>`). */
  answer: (body: Record<string, unknown>, model: string) => string;
  /** Cached prompt tokens reported in usageMetadata (cachedContentTokenCount). */
  cachedTokens: number;
  /** Streams stop after their first chunk and hang (a deadline or a cancel cuts them). */
  stallStreams: boolean;
  /** A bearer the Vertex paths accept (a token a test's own OAuth emulator issued). */
  acceptToken(token: string): void;
  /** Revokes every access token IAM issued (the next Vertex call answers 401 until a new one). */
  revokeAll(): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;

const TOKEN_EXCHANGE = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const SUBJECT_TYPES = ['urn:ietf:params:oauth:token-type:jwt', 'urn:ietf:params:oauth:token-type:id_token'];

function googleError(code: number, status: string, message: string, details?: unknown[]): Json {
  return { error: { code, message, status, ...(details ? { details } : {}) } };
}

/** Roughly four characters a token, at least one, as a stand-in for the tokenizer. */
function tokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function textOf(body: Json): { prompt: string; last: string } {
  const texts: string[] = [];
  let last = '';
  const sys = body.systemInstruction ?? body.system_instruction;
  for (const c of [sys, ...(Array.isArray(body.contents) ? body.contents : [])]) {
    const parts = (c as { parts?: unknown } | undefined)?.parts;
    if (!Array.isArray(parts)) continue;
    for (const p of parts) {
      const t = (p as { text?: unknown }).text;
      if (typeof t === 'string') {
        texts.push(t);
        if (c !== sys) last = t;
      }
    }
  }
  return { prompt: texts.join('\n'), last };
}

export async function startGeminiServers(overrides: Partial<GeminiConfig> = {}): Promise<GeminiServers> {
  const config: GeminiConfig = {
    workloadIdentityProvider: WORKLOAD_IDENTITY_PROVIDER,
    serviceAccount: SERVICE_ACCOUNT,
    subject: GITHUB_SUBJECT,
    apiKey: `AIza${randomBytes(18).toString('base64url')}`,
    project: GEMINI_PROJECT,
    location: GEMINI_LOCATION,
    models: ['gemini-2.5-flash', 'gemini-2.5-pro', 'gemini-2.0-flash', 'text-embedding-004', 'gemini-embedding-001'],
    expiresIn: 3600,
    ...overrides,
  };
  const calls: GeminiCall[] = [];
  const urls: string[] = [];
  const hits = { sts: 0, iam: 0, refused: 0 };
  const federated: Array<{ token: string; expiresAt: number }> = [];
  const access: Array<{ token: string; expiresAt: number }> = [];
  const accepted = new Set<string>();
  const queue: Scripted[] = [];
  const sockets = new Set<Socket>();
  let origin = '';

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers });
    res.end(JSON.stringify(body));
  };

  // --- STS -----------------------------------------------------------------------------------
  const jwks = async (): Promise<JsonWebKey[]> => {
    if (!config.issuer) return [];
    const disc = (await (await fetch(`${config.issuer}/.well-known/openid-configuration`)).json()) as {
      jwks_uri: string;
    };
    return ((await (await fetch(disc.jwks_uri)).json()) as { keys: JsonWebKey[] }).keys;
  };

  const oauthError = (error: string, description: string, status = 400) => ({ status, error, description });
  type Refusal = ReturnType<typeof oauthError>;

  const verifySubject = async (jwt: unknown): Promise<Refusal | Json> => {
    if (typeof jwt !== 'string' || jwt === '') return oauthError('invalid_request', 'subject_token is required');
    const parts = jwt.split('.');
    if (parts.length !== 3) return oauthError('invalid_grant', 'Unable to parse the ID Token.');
    let header: { alg?: string; kid?: string };
    let claims: Json;
    try {
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Json;
    } catch {
      return oauthError('invalid_grant', 'Unable to parse the ID Token.');
    }
    if (claims.iss !== config.issuer)
      return oauthError(
        'invalid_grant',
        `The issuer in ID Token ${String(claims.iss)} does not match the expected ones.`,
      );
    const key = (await jwks()).find((k) => (k as { kid?: string }).kid === header.kid);
    if (header.alg !== 'RS256' || !key) return oauthError('invalid_grant', 'Invalid ID Token signature.');
    const ok = createVerify('RSA-SHA256')
      .update(`${parts[0]}.${parts[1]}`)
      .verify(createPublicKey({ key, format: 'jwk' }), Buffer.from(parts[2]!, 'base64url'));
    if (!ok) return oauthError('invalid_grant', 'Invalid ID Token signature.');
    const allowed = config.allowedAudiences ?? [`https://iam.googleapis.com/${config.workloadIdentityProvider}`];
    const aud = Array.isArray(claims.aud) ? (claims.aud as unknown[]) : [claims.aud];
    if (!aud.some((a) => allowed.includes(String(a))))
      return oauthError(
        'invalid_grant',
        `The audience in ID Token [${aud.join(',')}] does not match the expected audience ${allowed.join(',')}.`,
      );
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now)
      return oauthError('invalid_grant', `ID Token expired at ${String(claims.exp)}.`);
    if (claims.sub !== config.subject)
      return oauthError('unauthorized_client', 'The given credential is rejected by the attribute condition.');
    return claims;
  };

  const sts = async (req: IncomingMessage, raw: string): Promise<Refusal | Json> => {
    const type = String(req.headers['content-type'] ?? '');
    let b: Json;
    if (type.startsWith('application/x-www-form-urlencoded')) b = Object.fromEntries(new URLSearchParams(raw));
    else if (type.startsWith('application/json')) {
      try {
        // The JSON form takes the proto's field names in either spelling (grantType or grant_type),
        // as google-github-actions/auth sends them.
        const parsed = JSON.parse(raw) as Json;
        b = Object.fromEntries(
          Object.entries(parsed).map(([k, v]) => [k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`), v]),
        );
      } catch {
        return oauthError('invalid_request', 'Invalid JSON payload received.');
      }
    } else return oauthError('invalid_request', 'Unsupported content type.');
    if (b.grant_type !== TOKEN_EXCHANGE)
      return oauthError('unsupported_grant_type', `Unsupported grant type: ${String(b.grant_type)}.`);
    if (b.requested_token_type !== ACCESS_TOKEN_TYPE)
      return oauthError(
        'invalid_request',
        `Invalid value for "requested_token_type": ${String(b.requested_token_type)}.`,
      );
    if (!SUBJECT_TYPES.includes(String(b.subject_token_type)))
      return oauthError('invalid_request', `Invalid value for "subject_token_type": ${String(b.subject_token_type)}.`);
    if (typeof b.scope !== 'string' || b.scope === '') return oauthError('invalid_scope', 'Scope(s) must be provided.');
    if (b.audience !== `//iam.googleapis.com/${config.workloadIdentityProvider}`)
      return oauthError(
        'invalid_target',
        'The target service indicated by the "audience" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist.',
      );
    const claims = await verifySubject(b.subject_token);
    if ('error' in claims && 'description' in claims) return claims;
    const token = `ya29.d.${randomBytes(30).toString('base64url')}`;
    federated.push({ token, expiresAt: Date.now() + 3600_000 });
    return { access_token: token, issued_token_type: ACCESS_TOKEN_TYPE, token_type: 'Bearer', expires_in: 3599 };
  };

  // --- IAM Credentials -------------------------------------------------------------------------
  const iam = (req: IncomingMessage, sa: string, raw: string): { status: number; body: Json } => {
    const bearer = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!federated.some((t) => t.token === bearer && t.expiresAt > Date.now()))
      return {
        status: 401,
        body: googleError(
          401,
          'UNAUTHENTICATED',
          'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
        ),
      };
    if (sa !== config.serviceAccount)
      return {
        status: 403,
        body: googleError(
          403,
          'PERMISSION_DENIED',
          "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",
        ),
      };
    let b: Json;
    try {
      b = JSON.parse(raw) as Json;
    } catch {
      return { status: 400, body: googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.') };
    }
    if (!Array.isArray(b.scope) || b.scope.length === 0)
      return { status: 400, body: googleError(400, 'INVALID_ARGUMENT', 'Scope required.') };
    const lifetime = b.lifetime === undefined ? 3600 : Number(/^(\d+(?:\.\d+)?)s$/.exec(String(b.lifetime))?.[1]);
    if (!Number.isFinite(lifetime) || lifetime <= 0 || lifetime > 3600)
      return {
        status: 400,
        body: googleError(400, 'INVALID_ARGUMENT', 'The lifetime must be a duration of at most 3600s.'),
      };
    const token = `ya29.c.${randomBytes(40).toString('base64url')}`;
    const life = Math.min(lifetime, config.expiresIn);
    const expiresAt = Date.now() + life * 1000;
    access.push({ token, expiresAt });
    return {
      status: 200,
      body: { accessToken: token, expireTime: new Date(expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z') },
    };
  };

  // --- the model APIs --------------------------------------------------------------------------
  const generateAnswer = (body: Json, model: string): Json => {
    const text = servers.answer(body, model);
    const prompt = tokens(textOf(body).prompt);
    const out = tokens(text);
    const usage: Json = {
      promptTokenCount: prompt,
      candidatesTokenCount: out,
      totalTokenCount: prompt + out,
      promptTokensDetails: [{ modality: 'TEXT', tokenCount: prompt }],
    };
    if (servers.cachedTokens > 0) usage.cachedContentTokenCount = Math.min(servers.cachedTokens, prompt);
    return {
      candidates: [{ content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 }],
      usageMetadata: usage,
      modelVersion: model,
      responseId: randomBytes(8).toString('hex'),
    };
  };

  const checkContents = (body: Json): string | undefined => {
    const contents = body.contents;
    if (!Array.isArray(contents) || contents.length === 0)
      return '* GenerateContentRequest.contents: contents is not specified';
    for (const c of contents) {
      const parts = (c as { parts?: unknown }).parts;
      if (!Array.isArray(parts) || parts.length === 0)
        return '* GenerateContentRequest.contents.parts: contents.parts must not be empty.';
    }
    return undefined;
  };

  const stream = (res: ServerResponse, full: Json, sse: boolean): void => {
    const cand = (full.candidates as Array<{ content: { parts: Array<{ text: string }> } }>)[0]!;
    const text = cand.content.parts[0]!.text;
    const cut = Math.ceil(text.length / 2);
    const usage = full.usageMetadata as Json;
    const head = {
      candidates: [{ content: { role: 'model', parts: [{ text: text.slice(0, cut) }] }, index: 0 }],
      usageMetadata: {
        promptTokenCount: usage.promptTokenCount,
        totalTokenCount: usage.promptTokenCount,
        ...(usage.cachedContentTokenCount !== undefined
          ? { cachedContentTokenCount: usage.cachedContentTokenCount }
          : {}),
      },
      modelVersion: full.modelVersion,
      responseId: full.responseId,
    };
    const tail = {
      ...full,
      candidates: [{ content: { role: 'model', parts: [{ text: text.slice(cut) }] }, finishReason: 'STOP', index: 0 }],
    };
    if (!sse) return send(res, 200, [head, tail]);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    res.write(`data: ${JSON.stringify(head)}\r\n\r\n`);
    if (servers.stallStreams) return;
    res.end(`data: ${JSON.stringify(tail)}\r\n\r\n`);
  };

  const embed = (api: 'gemini' | 'vertex', action: string, body: Json): Json | string => {
    const contentText = (c: unknown): string =>
      ((c as { parts?: Array<{ text?: unknown }> } | undefined)?.parts ?? [])
        .map((p) => (typeof p.text === 'string' ? p.text : ''))
        .join('');
    if (action === 'embedContent') {
      if (!body.content) return '* EmbedContentRequest.content: content is not specified';
      return { embedding: { values: letterVector(contentText(body.content)) } };
    }
    if (action === 'batchEmbedContents') {
      const requests = body.requests;
      if (!Array.isArray(requests) || requests.length === 0)
        return '* BatchEmbedContentsRequest.requests: requests is not specified';
      if (requests.length > 100)
        return '* BatchEmbedContentsRequest.requests: at most 100 requests can be in one batch';
      return { embeddings: requests.map((r) => ({ values: letterVector(contentText((r as Json).content)) })) };
    }
    // Vertex :predict
    const instances = body.instances;
    if (api !== 'vertex' || !Array.isArray(instances) || instances.length === 0) return 'instances is not specified';
    return {
      predictions: instances.map((i) => {
        const t = String((i as Json).content ?? '');
        return { embeddings: { values: letterVector(t), statistics: { token_count: tokens(t), truncated: false } } };
      }),
      metadata: { billableCharacterCount: instances.reduce((n, i) => n + String((i as Json).content ?? '').length, 0) },
    };
  };

  const modelCall = (
    res: ServerResponse,
    api: 'gemini' | 'vertex',
    model: string,
    action: string,
    url: URL,
    req: IncomingMessage,
    raw: string,
  ): void => {
    const notFound =
      api === 'gemini'
        ? `models/${model} is not found for API version v1beta, or is not supported for ${action}. Call ListModels to see the list of available models and their supported methods.`
        : `Publisher Model \`projects/${config.project}/locations/${config.location}/publishers/google/models/${model}\` was not found or your project does not have access to it. Please ensure you are using a valid model version. For more information, see: https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions`;
    if (!config.models.includes(model)) return send(res, 404, googleError(404, 'NOT_FOUND', notFound));
    let body: Json;
    try {
      body = JSON.parse(raw || '{}') as Json;
    } catch {
      return send(res, 400, googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received.'));
    }
    calls.push({ api, action, model, url: url.toString(), headers: req.headers, body });
    const scripted = queue.shift();
    if (scripted) {
      const status = scripted.status;
      if (status === 429)
        return send(
          res,
          429,
          googleError(429, 'RESOURCE_EXHAUSTED', 'Resource has been exhausted (e.g. check quota).', [
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: scripted.retryDelay ?? '1s' },
          ]),
        );
      if (status === 503)
        return send(res, 503, googleError(503, 'UNAVAILABLE', 'The model is overloaded. Please try again later.'));
      return send(
        res,
        status,
        googleError(status, status >= 500 ? 'INTERNAL' : 'INVALID_ARGUMENT', `scripted ${status}`),
      );
    }
    if (action === 'generateContent' || action === 'streamGenerateContent') {
      const bad = checkContents(body);
      if (bad) return send(res, 400, googleError(400, 'INVALID_ARGUMENT', bad));
      const full = generateAnswer(body, model);
      if (action === 'generateContent') return send(res, 200, full);
      return stream(res, full, url.searchParams.get('alt') === 'sse');
    }
    if (action === 'countTokens') {
      const n = tokens(textOf(body).prompt || textOf((body.generateContentRequest ?? {}) as Json).prompt);
      return send(res, 200, api === 'gemini' ? { totalTokens: n } : { totalTokens: n, totalBillableCharacters: n * 4 });
    }
    if (action === 'embedContent' || action === 'batchEmbedContents' || action === 'predict') {
      const out = embed(api, action, body);
      if (typeof out === 'string') return send(res, 400, googleError(400, 'INVALID_ARGUMENT', out));
      return send(res, 200, out);
    }
    return send(res, 404, googleError(404, 'NOT_FOUND', `Method ${action} not found.`));
  };

  const geminiAuth = (req: IncomingMessage, url: URL): Json | undefined => {
    const key = req.headers['x-goog-api-key'] ?? url.searchParams.get('key') ?? undefined;
    if (key === undefined || key === '')
      return googleError(
        403,
        'PERMISSION_DENIED',
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.",
      );
    if (key !== config.apiKey)
      return googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
        {
          '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
          reason: 'API_KEY_INVALID',
          domain: 'googleapis.com',
          metadata: { service: 'generativelanguage.googleapis.com' },
        },
      ]);
    return undefined;
  };

  const vertexAuth = (req: IncomingMessage): boolean => {
    const bearer = String(req.headers.authorization ?? '');
    if (!bearer.startsWith('Bearer ')) return false;
    const token = bearer.slice('Bearer '.length);
    return accepted.has(token) || access.some((t) => t.token === token && t.expiresAt > Date.now());
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', origin);
    urls.push(url.toString());
    const path = decodeURIComponent(url.pathname);

    if (req.method === 'POST' && path === '/v1/token') {
      hits.sts++;
      const out = await sts(req, raw);
      if ('error' in out && 'description' in out) {
        hits.refused++;
        const r = out as Refusal;
        return send(res, r.status, { error: r.error, error_description: r.description });
      }
      return send(res, 200, out);
    }
    const iamMatch = /^\/v1\/projects\/-\/serviceAccounts\/([^/:]+):generateAccessToken$/.exec(path);
    if (iamMatch && req.method === 'POST') {
      hits.iam++;
      const out = iam(req, iamMatch[1]!, raw);
      if (out.status !== 200) hits.refused++;
      return send(res, out.status, out.body);
    }
    const gemini = /^\/v1beta\/models\/([^/:]+)(?::([A-Za-z]+))?$/.exec(path);
    if (gemini) {
      const refused = geminiAuth(req, url);
      if (refused) return send(res, (refused.error as { code: number }).code, refused);
      const [, model, action] = gemini;
      if (!action && req.method === 'GET') {
        if (!config.models.includes(model!))
          return send(
            res,
            404,
            googleError(404, 'NOT_FOUND', `Model is not found: models/${model} for api version v1beta`),
          );
        return send(res, 200, {
          name: `models/${model}`,
          version: '001',
          displayName: model,
          inputTokenLimit: 1048576,
          outputTokenLimit: 65536,
          supportedGenerationMethods: model!.includes('embedding')
            ? ['embedContent']
            : ['generateContent', 'countTokens'],
        });
      }
      if (action && req.method === 'POST') return modelCall(res, 'gemini', model!, action, url, req, raw);
    }
    const vertex =
      /^\/v1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):([A-Za-z]+)$/.exec(path);
    if (vertex && req.method === 'POST') {
      if (!vertexAuth(req))
        return send(
          res,
          401,
          googleError(
            401,
            'UNAUTHENTICATED',
            'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
          ),
        );
      const [, project, location, model, action] = vertex;
      if (project !== config.project || location !== config.location)
        return send(
          res,
          403,
          googleError(
            403,
            'PERMISSION_DENIED',
            `Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/${project}/locations/${location}/publishers/google/models/${model}' (or it may not exist).`,
          ),
        );
      return modelCall(res, 'vertex', model!, action!, url, req, raw);
    }
    send(res, 404, googleError(404, 'NOT_FOUND', `The requested URL ${path} was not found on this server.`));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => send(res, 500, googleError(500, 'INTERNAL', String(e))));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const servers: GeminiServers = {
    origin,
    config,
    calls,
    urls,
    hits,
    get federated() {
      return federated.map((t) => t.token);
    },
    get accessTokens() {
      return access.map((t) => t.token);
    },
    script: (...answers) => void queue.push(...answers),
    answer: (body) => `answer to: ${textOf(body).last}`,
    cachedTokens: 0,
    stallStreams: false,
    acceptToken: (token) => void accepted.add(token),
    revokeAll: () => {
      for (const t of access) t.expiresAt = 0;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return servers;
}
