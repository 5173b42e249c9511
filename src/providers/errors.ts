/**
 * Turns whatever an SDK call threw into a typed ProviderError with the provider's own words, the
 * HTTP status, whether a retry can help and how long the server asked us to wait. Keys are never
 * added to messages here; a server that echoes one is scrubbed by the engine's central redactor.
 */
import { ProviderError, UsageError, type ErrorCode } from '../util/errors.js';
import { parseRetryAfter } from '../resilience/backoff.js';

/** A provider's setup is wrong (missing key, missing base_url): exit 2, found at preflight. */
export class ProviderSetupError extends UsageError {
  constructor(
    readonly provider: string,
    code: ErrorCode,
    message: string,
    hint: string,
  ) {
    super(code, message, { hint });
  }
}

export interface ErrorContext {
  provider: string;
  type: string;
  /** The server's origin as configured, for "cannot reach" messages. */
  baseUrl: string;
  /** Env variable the key comes from, for auth hints. */
  keyEnv?: string;
  /** The provider authenticates with an exchanged OIDC credential (docs/reference.md, Keyless (OIDC)). */
  oidc?: boolean;
  /** The model the request asked for, named in E_MODEL_UNAVAILABLE. */
  model?: string;
  /** Azure: the deployment the request went to (requests name it, not the model). */
  deployment?: string;
}

/** The AI SDK's (and JSON's) errors for an answer that arrived but could not be read. */
const UNREADABLE_ANSWER_ERRORS = [
  'JSONParseError',
  'TypeValidationError',
  'InvalidResponseDataError',
  'EmptyResponseBodyError',
  'NoOutputGeneratedError',
  'SyntaxError',
];

const CONTEXT_LENGTH = new RegExp(
  [
    'context[_ ]length',
    'context window',
    'maximum context',
    'prompt is too long',
    'too many tokens',
    'maximum.*tokens.*exceed',
    "exceeds? the (model'?s? )?(maximum|context)",
  ].join('|'),
  'i',
);

/** Network-level error codes (undici / Node) and whether they are worth a retry. */
const NETWORK_CODES: Record<string, { what: string; retryable: boolean }> = {
  ECONNREFUSED: { what: 'connection refused', retryable: true },
  ECONNRESET: { what: 'connection reset', retryable: true },
  EPIPE: { what: 'connection reset', retryable: true },
  UND_ERR_SOCKET: { what: 'connection reset', retryable: true },
  UND_ERR_CLOSED: { what: 'connection closed', retryable: true },
  ETIMEDOUT: { what: 'connection timed out', retryable: true },
  UND_ERR_CONNECT_TIMEOUT: { what: 'connection timed out', retryable: true },
  EHOSTUNREACH: { what: 'host unreachable', retryable: true },
  ENETUNREACH: { what: 'network unreachable', retryable: true },
  EAI_AGAIN: { what: 'DNS lookup failed (temporary)', retryable: true },
  ENOTFOUND: { what: 'host not found', retryable: false },
};

interface ErrorLike {
  name?: string;
  message?: string;
  code?: string;
  cause?: unknown;
  statusCode?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
}

function asErrorLike(e: unknown): ErrorLike | undefined {
  return e !== null && typeof e === 'object' ? (e as ErrorLike) : undefined;
}

/** Walks `cause` links (fetch failed -> SocketError -> ...), at most a few deep. */
function causes(e: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  let cur = asErrorLike(e);
  for (let i = 0; cur && i < 6; i++) {
    out.push(cur);
    cur = asErrorLike(cur.cause);
  }
  // AggregateError (happy eyeballs) keeps the real errors in `errors`.
  for (const c of [...out]) {
    const errors = (c as { errors?: unknown[] }).errors;
    if (Array.isArray(errors))
      for (const x of errors) {
        const l = asErrorLike(x);
        if (l) out.push(l);
      }
  }
  return out;
}

function localHint(type: string): string | undefined {
  if (type === 'ollama') return 'start it with `ollama serve` (and `ollama pull MODEL`), or fix base_url';
  if (type === 'openai-compatible')
    return 'start the server (e.g. `mlx_lm.server --model MODEL --port 8080`), or fix base_url';
  return undefined;
}

/** The server's own error message, from the SDK error or the raw body. */
function serverMessage(e: ErrorLike): string {
  const body = e.responseBody;
  if (body) {
    try {
      const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
      const err = parsed.error;
      if (typeof err === 'string') return err;
      if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string')
        return (err as { message: string }).message;
      if (typeof parsed.message === 'string') return parsed.message;
    } catch {
      // not JSON: fall through to the SDK's message or the body itself
    }
  }
  const msg = e.message ?? '';
  if (msg && !/^(Bad Request|Unauthorized|Forbidden|Not Found|Internal Server Error|Service Unavailable)$/i.test(msg))
    return msg;
  return body ? body.slice(0, 500) : msg || 'no message';
}

function fromStatus(ctx: ErrorContext, e: ErrorLike, status: number): ProviderError {
  if (status >= 200 && status < 300) {
    // The SDK reports an unparseable 2xx body as an API call error with the 2xx status.
    return new ProviderError(
      'E_BAD_RESPONSE',
      ctx.provider,
      `provider ${ctx.provider}: unreadable answer from ${ctx.baseUrl}: ${firstLine(e.message)}`,
      {
        retryable: false,
        status,
        cause: e,
        hint: 'is base_url pointing at the right API (and path, e.g. /v1)?',
      },
    );
  }
  const said = serverMessage(e);
  const message = `provider ${ctx.provider}: HTTP ${status}: ${said}`;
  const retryAfterMs = parseRetryAfter(e.responseHeaders) ?? googleRetryDelayMs(e.responseBody);
  const base = { status, cause: e, retryAfterMs };
  if (isModelUnavailable(status, e.responseBody, said, e.responseHeaders?.['x-amzn-errortype'])) {
    const model = ctx.deployment
      ? `deployment ${ctx.deployment}${ctx.model && ctx.model !== ctx.deployment ? ` (model ${ctx.model})` : ''}`
      : ctx.model
        ? `model ${ctx.model}`
        : 'the model';
    // Not retryable (the same call cannot succeed), but not in the pool's no-failover set: a route
    // moves on to its next provider (docs/reference.md, E_MODEL_UNAVAILABLE).
    return new ProviderError(
      'E_MODEL_UNAVAILABLE',
      ctx.provider,
      `provider ${ctx.provider}: ${model} is unavailable (retired or unknown): HTTP ${status}: ${said}`,
      {
        ...base,
        retryable: false,
        hint: ctx.deployment
          ? `run \`orchestrator doctor\` to check every provider's model, then fix deployment to a deployment ` +
            `of the resource (Azure portal or \`az cognitiveservices account deployment list\`), or add a ` +
            `fallback to the route`
          : `run \`orchestrator doctor\` to check every provider's model, then fix model (or add a fallback to ` +
            `the route)`,
      },
    );
  }
  // The Gemini API answers a wrong key with 400 INVALID_ARGUMENT, reason API_KEY_INVALID.
  const googleKeyInvalid = status === 400 && /"reason":\s*"API_KEY_INVALID"/.test(e.responseBody ?? '');
  if (status === 401 || status === 403 || googleKeyInvalid) {
    return new ProviderError('E_AUTH', ctx.provider, message, {
      ...base,
      retryable: false,
      hint:
        ctx.type === 'bedrock'
          ? 'AWS refused the request: check the credentials (`orchestrator doctor` shows which it uses), that ' +
            'the IAM policy allows bedrock:InvokeModel on this model, and that the model is enabled in the ' +
            'region'
          : ctx.type === 'vertex'
            ? `the Google credential was refused: grant its service account roles/aiplatform.user on the ` +
              `project, and check project and location (${ctx.baseUrl})`
            : ctx.oidc && ctx.deployment
              ? 'the Entra token was refused: give the identity the Cognitive Services OpenAI User role on the ' +
                "resource (and check tenant_id is the resource's tenant)"
              : ctx.oidc
                ? "the exchanged credential was refused: check the federation rule's service account and " +
                  'workspace may use this model'
                : ctx.keyEnv
                  ? `check the key in ${ctx.keyEnv} (and that it may use this model)`
                  : 'the server wants a key: set api_key_env to the variable that holds it',
    });
  }
  if (status === 404) {
    return new ProviderError('E_NOT_FOUND', ctx.provider, message, {
      ...base,
      retryable: false,
      hint:
        ctx.type === 'ollama'
          ? 'pull the model with `ollama pull MODEL`, or fix model / base_url'
          : 'check the model name and base_url',
    });
  }
  if (status === 408) return new ProviderError('E_TIMEOUT', ctx.provider, message, { ...base, retryable: true });
  if (status === 409) return new ProviderError('E_CONFLICT', ctx.provider, message, { ...base, retryable: true });
  if (status === 429) {
    return new ProviderError('E_RATE_LIMITED', ctx.provider, message, {
      ...base,
      retryable: true,
      hint: 'lower defaults.concurrency, add a fallback route, or raise your rate limit',
    });
  }
  if (status >= 500) {
    return new ProviderError('E_SERVER', ctx.provider, message, {
      ...base,
      retryable: true,
      hint: 'the provider is having trouble; a route with a fallback keeps steps going',
    });
  }
  if (CONTEXT_LENGTH.test(said)) {
    return new ProviderError('E_CONTEXT_LENGTH', ctx.provider, message, {
      ...base,
      retryable: false,
      hint: 'shorten the prompt or context.max_tokens, or route to a model with a larger context_window',
    });
  }
  return new ProviderError('E_BAD_REQUEST', ctx.provider, message, {
    ...base,
    retryable: false,
    hint: 'check the model name and options for this provider',
  });
}

/**
 * Whether an error answer says the model does not exist or was retired, in each vendor's own shape:
 * any 410 (a retired endpoint, e.g. GitHub Models); OpenAI 404 `code: model_not_found`; Anthropic
 * 404 `not_found_error` whose message is about the model; Gemini 404 `status: NOT_FOUND`; Bedrock
 * 404 `ResourceNotFoundException` or 400 `ValidationException` on the model identifier; Azure 404
 * `DeploymentNotFound`. A bare 404 (wrong base_url path) stays E_NOT_FOUND.
 */
export function isModelUnavailable(
  status: number,
  body: string | undefined,
  said: string,
  /** AWS's `x-amzn-ErrorType` header (`ResourceNotFoundException:http://...`): Bedrock's body has only `message`. */
  awsErrorType?: string,
): boolean {
  if (status === 410) return true;
  if (status !== 404 && status !== 400) return false;
  let parsed: unknown;
  try {
    parsed = body ? JSON.parse(body) : undefined;
  } catch {
    parsed = undefined;
  }
  const obj = (v: unknown): Record<string, unknown> =>
    v !== null && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  const top = obj(parsed);
  const err = obj(top.error);
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const codes = [
    str(err.code),
    str(err.type),
    str(err.status),
    str(top.code),
    str(top.__type),
    str(top.type),
    str(awsErrorType),
  ];
  const typeHeader = codes.map((c) => c.replace(/^.*#/, '').replace(/:.*$/, ''));
  const aboutModel = /\bmodel|deployment|inference profile/i.test(said);
  if (status === 400)
    return (
      typeHeader.includes('ValidationException') &&
      /model ?id|model identifier|invalid model|model .*(not|isn't) (found|supported|valid)/i.test(said)
    );
  if (typeHeader.some((c) => c === 'model_not_found' || c === 'DeploymentNotFound')) return true;
  if (typeHeader.includes('not_found_error')) return aboutModel;
  if (typeHeader.includes('NOT_FOUND') || typeHeader.includes('ResourceNotFoundException')) return aboutModel;
  return false;
}

/**
 * Google APIs say how long to wait in the body, not a header: a `google.rpc.RetryInfo` detail
 * with `retryDelay: "1.5s"` (cloud.google.com/apis/design/errors, "Retry information").
 */
export function googleRetryDelayMs(body: string | undefined): number | undefined {
  if (!body || !body.includes('RetryInfo')) return undefined;
  try {
    const details = (JSON.parse(body) as { error?: { details?: unknown } }).error?.details;
    if (!Array.isArray(details)) return undefined;
    for (const d of details as Array<Record<string, unknown>>) {
      const m = /^(\d+(?:\.\d+)?)s$/.exec(String(d.retryDelay ?? ''));
      if (String(d['@type'] ?? '').endsWith('google.rpc.RetryInfo') && m) return Math.round(Number(m[1]) * 1000);
    }
  } catch {
    /* not JSON */
  }
  return undefined;
}

/** Maps any error thrown by one SDK call to a ProviderError. */
export function toProviderError(e: unknown, ctx: ErrorContext): ProviderError {
  if (e instanceof ProviderError) return e;
  const chain = causes(e);
  // Our own typed error, wrapped by the SDK (e.g. a bounded body that was cut off while read).
  const own = chain.find((c): c is ErrorLike & ProviderError => c instanceof ProviderError);
  if (own) return own;
  const withStatus = chain.find((c) => typeof c.statusCode === 'number');
  if (withStatus) return fromStatus(ctx, withStatus, withStatus.statusCode!);
  for (const c of chain) {
    const net = c.code ? NETWORK_CODES[c.code] : undefined;
    if (net) {
      return new ProviderError(
        'E_CONNECTION',
        ctx.provider,
        `provider ${ctx.provider}: cannot reach ${ctx.baseUrl} (${net.what})`,
        {
          retryable: net.retryable,
          cause: e,
          hint: localHint(ctx.type) ?? 'check base_url and your network',
        },
      );
    }
  }
  const names = chain.map((c) => c.name ?? '');
  if (names.some((n) => UNREADABLE_ANSWER_ERRORS.some((name) => n.includes(name)))) {
    return new ProviderError(
      'E_BAD_RESPONSE',
      ctx.provider,
      `provider ${ctx.provider}: unreadable answer from ${ctx.baseUrl}: ${firstLine(chain[0]?.message)}`,
      {
        retryable: false,
        cause: e,
        hint: 'is base_url pointing at the right API (and path, e.g. /v1)?',
      },
    );
  }
  if (chain.some((c) => /fetch failed|socket|terminated|other side closed/i.test(c.message ?? ''))) {
    return new ProviderError(
      'E_CONNECTION',
      ctx.provider,
      `provider ${ctx.provider}: cannot reach ${ctx.baseUrl} (${firstLine(chain.at(-1)?.message)})`,
      {
        retryable: true,
        cause: e,
        hint: localHint(ctx.type) ?? 'check base_url and your network',
      },
    );
  }
  return new ProviderError(
    'E_PROVIDER',
    ctx.provider,
    `provider ${ctx.provider}: ${firstLine(chain[0]?.message) || String(e)}`,
    {
      retryable: false,
      cause: e,
    },
  );
}

function firstLine(s: string | undefined): string {
  return (s ?? '').split('\n')[0]!.slice(0, 300);
}
