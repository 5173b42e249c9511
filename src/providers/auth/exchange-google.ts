/**
 * Google Workload Identity Federation for the `vertex` provider type, as Google documents it for
 * deployment pipelines (cloud.google.com/iam/docs/workload-identity-federation-with-deployment-pipelines)
 * and as google-github-actions/auth (src/client/workload_identity_federation.ts) and
 * google-auth-library (src/auth/stscredentials.ts, baseexternalclient.ts) perform it:
 *
 * 1. the GitHub OIDC token, requested for the audience the provider allows by default:
 *    `https://iam.googleapis.com/projects/N/locations/global/workloadIdentityPools/P/providers/X`;
 * 2. Security Token Service `POST https://sts.googleapis.com/v1/token` (RFC 8693, form-encoded, no
 *    Authorization header): grant_type token-exchange, audience `//iam.googleapis.com/<provider>`,
 *    scope cloud-platform, requested_token_type access_token, subject_token_type jwt, subject_token
 *    -> `{access_token, issued_token_type, token_type, expires_in}` (a federated token);
 * 3. IAM Credentials `POST {iam}/v1/projects/-/serviceAccounts/SA:generateAccessToken` with the
 *    federated token as bearer, `{scope: [cloud-platform], lifetime: "3600s"}` ->
 *    `{accessToken, expireTime}`
 *    (cloud.google.com/iam/docs/reference/credentials/rest/v1/projects.serviceAccounts/generateAccessToken).
 *
 * Every token is handed to the redactor before anything else sees it.
 */
import type { OidcAuth } from '../../jobspec/schema.js';
import { googleAuthProblems, workloadIdentityProviderPath } from '../../jobspec/gemini-fields.js';
import { ProviderSetupError } from '../errors.js';
import { ProviderError } from '../../util/errors.js';
import { githubIdToken, type AccessToken, type Env, type SecretSink } from './oidc.js';
import { assertOidcFields, requestToken } from './token-request.js';

export const GOOGLE_STS_URL = 'https://sts.googleapis.com/v1/token';
export const GOOGLE_IAM_CREDENTIALS_URL = 'https://iamcredentials.googleapis.com';
export const CLOUD_PLATFORM_SCOPE = 'https://www.googleapis.com/auth/cloud-platform';
const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
const ACCESS_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:access_token';
const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';
/** What the access token is asked to live (IAM Credentials' default and maximum without an org policy). */
const LIFETIME_S = 3600;

/** Preflight: the oidc fields in the right shape (E_PROVIDER_CONFIG naming the field). */
export function checkGoogleAuth(provider: string, auth: OidcAuth): void {
  assertOidcFields(provider, 'vertex', auth);
  const [first] = googleAuthProblems(auth);
  if (first)
    throw new ProviderSetupError(provider, 'E_PROVIDER_CONFIG', `provider ${provider}: ${first.message}`, first.hint);
}

/** The GitHub token's audience: `auth.audience`, else the provider's default allowed audience. */
export function googleGithubAudience(auth: OidcAuth): string {
  return (
    auth.audience ?? `https://iam.googleapis.com/${workloadIdentityProviderPath(auth.workload_identity_provider!)}`
  );
}

/** The STS audience: always the provider's full resource name. */
export function googleStsAudience(auth: OidcAuth): string {
  return `//iam.googleapis.com/${workloadIdentityProviderPath(auth.workload_identity_provider!)}`;
}

/** `auth.sts_endpoint` is the full token URL; an origin alone gets STS's own `/v1/token`. */
export function googleStsUrl(auth: OidcAuth): string {
  const url = (auth.sts_endpoint ?? GOOGLE_STS_URL).replace(/\/+$/, '');
  return new URL(url).pathname === '/' ? `${url}/v1/token` : url;
}

export function generateAccessTokenUrl(auth: OidcAuth): string {
  const base = (auth.iam_endpoint ?? GOOGLE_IAM_CREDENTIALS_URL).replace(/\/+$/, '').replace(/\/v1$/, '');
  return `${base}/v1/projects/-/serviceAccounts/${auth.service_account!}:generateAccessToken`;
}

function authError(provider: string, message: string, hint: string): ProviderError {
  return new ProviderError('E_AUTH', provider, `provider ${provider}: ${message}`, { retryable: false, hint });
}

/** Google's error body `{"error": {"code", "message", "status"}}` in a sentence. */
async function googleErrorOf(res: Response): Promise<string> {
  const text = await res.text().catch(() => '');
  try {
    const e = (JSON.parse(text) as { error?: { message?: unknown; status?: unknown } }).error;
    if (e && typeof e.message === 'string') return `${typeof e.status === 'string' ? `${e.status}: ` : ''}${e.message}`;
  } catch {
    /* not JSON */
  }
  return `HTTP ${res.status}`;
}

export async function exchangeGoogle(
  provider: string,
  auth: OidcAuth,
  env: Env,
  fetchImpl: typeof fetch,
  sink: SecretSink,
  now: () => number = Date.now,
): Promise<AccessToken> {
  const jwt = await githubIdToken(provider, env, googleGithubAudience(auth), fetchImpl, sink);
  const federated = await requestToken({
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
  let res: Response;
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
  } catch (e) {
    throw new ProviderError(
      'E_CONNECTION',
      provider,
      `provider ${provider}: cannot reach ${iamUrl}: ${(e as Error).message}`,
      {
        retryable: true,
      },
    );
  }
  if (!res.ok) {
    const said = await googleErrorOf(res);
    if (res.status === 429 || res.status >= 500)
      throw new ProviderError(
        res.status === 429 ? 'E_RATE_LIMITED' : 'E_SERVER',
        provider,
        `provider ${provider}: generateAccessToken at ${iamUrl} failed: ${said}`,
        { retryable: true, status: res.status },
      );
    throw authError(
      provider,
      `impersonating ${auth.service_account} was refused (HTTP ${res.status}): ${said}`,
      `grant the pool's principal roles/iam.workloadIdentityUser on ${auth.service_account} ` +
        `(docs/reference.md, vertex, Keyless)`,
    );
  }
  const body = (await res.json().catch(() => ({}))) as { accessToken?: unknown; expireTime?: unknown };
  if (typeof body.accessToken === 'string' && body.accessToken !== '') sink(body.accessToken);
  const expiresAt = typeof body.expireTime === 'string' ? Date.parse(body.expireTime) : NaN;
  if (typeof body.accessToken !== 'string' || body.accessToken === '' || !Number.isFinite(expiresAt))
    throw authError(
      provider,
      `generateAccessToken at ${iamUrl} answered without accessToken/expireTime`,
      'is auth.iam_endpoint the IAM Credentials API?',
    );
  const expiresIn = Math.floor((expiresAt - now()) / 1000);
  if (expiresIn <= 0)
    throw authError(
      provider,
      `generateAccessToken at ${iamUrl} answered an expired token`,
      'check the clock of this machine',
    );
  return { token: body.accessToken, expiresIn };
}
