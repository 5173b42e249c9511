/**
 * Keyless provider credentials (docs/reference.md, "Keyless (OIDC)"): the workflow's GitHub OIDC
 * token, exchanged at the provider for a short-lived access token, cached for its lifetime.
 *
 * The GitHub token comes from the Actions runtime as @actions/core's getIDToken asks for it
 * (actions/toolkit packages/core/src/oidc-utils.ts): GET `$ACTIONS_ID_TOKEN_REQUEST_URL&audience=AUD`
 * with `Authorization: Bearer $ACTIONS_ID_TOKEN_REQUEST_TOKEN`, answer `{"value": JWT}`; outside
 * Actions, from the file named by ORCHESTRATOR_OIDC_TOKEN_FILE (`--oidc-token-file`), re-read on
 * every exchange so a refreshed file is picked up. Both the JWT and every exchanged token are
 * handed to the run's redactor before anything else sees them.
 */
import { readFileSync } from 'node:fs';
import { ProviderSetupError } from '../errors.js';
import { ProviderError } from '../../util/errors.js';

export type Env = Record<string, string | undefined>;

/** The variable naming a file that holds an OIDC token (the CLI's --oidc-token-file sets it). */
export const OIDC_TOKEN_FILE_VARIABLE = 'ORCHESTRATOR_OIDC_TOKEN_FILE';

/** A token answer from a provider's token endpoint (AWS: a set of temporary keys). */
export interface AccessToken<T = string> {
  token: T;
  /** Seconds the token is valid for, from the moment it was issued. */
  expiresIn: number;
}

/** Where an exchange reports each secret it sees (the run's redactor). */
export type SecretSink = (value: string) => void;

/** Whether an OIDC token can be had at all: the Actions request variables, or a token file. */
export function oidcTokenSource(env: Env): 'actions' | 'file' | undefined {
  if (env[OIDC_TOKEN_FILE_VARIABLE]) return 'file';
  if (env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) return 'actions';
  return undefined;
}

/**
 * E_AUTH at preflight when no OIDC token can be had: the workflow lacks `permissions: id-token:
 * write`. Callers that know the run gets no credentials on purpose (a fork's pull request,
 * `credentials: none`) simply do not call it.
 */
export function assertOidcAvailable(provider: string, env: Env): void {
  if (oidcTokenSource(env)) return;
  throw new ProviderSetupError(
    provider,
    'E_AUTH',
    `provider ${provider}: auth oidc needs a GitHub OIDC token, and none is available ` +
      `(ACTIONS_ID_TOKEN_REQUEST_URL/ACTIONS_ID_TOKEN_REQUEST_TOKEN are unset)`,
    'give the workflow job `permissions: id-token: write` (and `contents: read`); outside GitHub Actions ' +
      'pass --oidc-token-file FILE or set ORCHESTRATOR_OIDC_TOKEN_FILE',
  );
}

function authError(provider: string, message: string, hint: string): ProviderError {
  return new ProviderError('E_AUTH', provider, `provider ${provider}: ${message}`, { retryable: false, hint });
}

/** One GitHub OIDC token for `audience` (a fresh one on every call: they live 5 minutes). */
export async function githubIdToken(
  provider: string,
  env: Env,
  audience: string,
  fetchImpl: typeof fetch,
  sink: SecretSink,
): Promise<string> {
  const file = env[OIDC_TOKEN_FILE_VARIABLE];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8').trim();
    } catch (e) {
      throw authError(
        provider,
        `cannot read the OIDC token file ${file}: ${(e as Error).message}`,
        `check ${OIDC_TOKEN_FILE_VARIABLE} / --oidc-token-file`,
      );
    }
    if (!text) throw authError(provider, `the OIDC token file ${file} is empty`, `write the JWT to ${file}`);
    sink(text);
    return text;
  }
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !requestToken) {
    assertOidcAvailable(provider, env);
    throw new Error('unreachable');
  }
  sink(requestToken);
  const target = `${url}${url.includes('?') ? '&' : '?'}audience=${encodeURIComponent(audience)}`;
  let res: Response;
  try {
    res = await fetchImpl(target, { headers: { authorization: `Bearer ${requestToken}`, accept: 'application/json' } });
  } catch (e) {
    throw new ProviderError(
      'E_CONNECTION',
      provider,
      `provider ${provider}: cannot reach the GitHub OIDC token service: ${(e as Error).message}`,
      {
        retryable: true,
      },
    );
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw authError(
      provider,
      `the GitHub OIDC token request failed: HTTP ${res.status}`,
      'check the job has `permissions: id-token: write`',
    );
  }
  const body = (await res.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value === '') {
    throw authError(
      provider,
      'the GitHub OIDC token response has no value',
      'check the job has `permissions: id-token: write`',
    );
  }
  sink(body.value);
  return body.value;
}

/** Seconds before expiry a credential is exchanged again (GitHub's own tokens live 300 s). */
export const REFRESH_EARLY_S = 60;

/**
 * One credential per provider for its lifetime: concurrent callers share the one exchange in
 * flight; it is exchanged again REFRESH_EARLY_S before it expires (at half its life when it is
 * shorter than twice that), never once per call.
 */
export class CachedCredential<T = string> {
  private current?: { token: T; refreshAt: number };
  private inFlight?: Promise<T>;

  constructor(
    private readonly exchange: () => Promise<AccessToken<T>>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Drops `token` if it is still the current one (the API refused it): the next call exchanges afresh. */
  invalidate(token: T): void {
    if (this.current?.token === token) this.current = undefined;
  }

  get(): Promise<T> {
    if (this.current && this.now() < this.current.refreshAt) return Promise.resolve(this.current.token);
    this.inFlight ??= this.exchange()
      .then((t) => {
        const lifeMs = t.expiresIn * 1000;
        const early = Math.min(REFRESH_EARLY_S * 1000, lifeMs / 2);
        this.current = { token: t.token, refreshAt: this.now() + lifeMs - early };
        return t.token;
      })
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }
}

/** Reads a token endpoint's JSON answer; OAuth errors (`{error, error_description}`) become E_AUTH. */
export async function readTokenAnswer(
  provider: string,
  url: string,
  res: Response,
  sink: SecretSink,
): Promise<AccessToken> {
  const text = await res.text().catch(() => '');
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
  } catch {
    /* not JSON: reported below by status */
  }
  if (typeof body.access_token === 'string' && body.access_token !== '') sink(body.access_token);
  if (!res.ok) {
    const what =
      typeof body.error === 'string'
        ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}`
        : `HTTP ${res.status}`;
    if (res.status >= 500 || res.status === 429) {
      throw new ProviderError(
        res.status === 429 ? 'E_RATE_LIMITED' : 'E_SERVER',
        provider,
        `provider ${provider}: token exchange at ${url} failed: ${what}`,
        {
          retryable: true,
          status: res.status,
        },
      );
    }
    throw authError(
      provider,
      `token exchange at ${url} was refused (HTTP ${res.status}): ${what}`,
      "check the provider's federation set-up (issuer, audience, subject) against the workflow " +
        '(docs/reference.md, Keyless (OIDC))',
    );
  }
  const expiresIn = Number(body.expires_in);
  if (
    typeof body.access_token !== 'string' ||
    body.access_token === '' ||
    !Number.isFinite(expiresIn) ||
    expiresIn <= 0
  ) {
    throw authError(
      provider,
      `token exchange at ${url} answered without access_token/expires_in`,
      'is auth.token_url the provider token endpoint?',
    );
  }
  return { token: body.access_token, expiresIn };
}
