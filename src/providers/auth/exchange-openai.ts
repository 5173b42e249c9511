/**
 * OpenAI Workload Identity Federation: an RFC 8693 token exchange, JSON, as openai-node's
 * src/auth/workload-identity-auth.ts sends it to https://auth.openai.com/oauth/token:
 *
 *   {grant_type: "urn:ietf:params:oauth:grant-type:token-exchange", subject_token: JWT,
 *    subject_token_type: "urn:ietf:params:oauth:token-type:jwt", identity_provider_id,
 *    service_account_id} -> {access_token, expires_in, ...}
 *
 * API calls then send `Authorization: Bearer <access_token>`. The GitHub token's audience is the
 * one configured on the identity provider at OpenAI, so `auth.audience` is required.
 */
import type { OidcAuth } from '../../jobspec/schema.js';
import { ProviderSetupError } from '../errors.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { githubIdToken, readTokenAnswer, type AccessToken, type Env, type SecretSink } from './oidc.js';

export const OPENAI_TOKEN_URL = 'https://auth.openai.com/oauth/token';
export const TOKEN_EXCHANGE_GRANT = 'urn:ietf:params:oauth:grant-type:token-exchange';
export const JWT_TOKEN_TYPE = 'urn:ietf:params:oauth:token-type:jwt';

export function checkOpenAIAuth(provider: string, auth: OidcAuth): void {
  const [first] = oidcAuthProblems(provider, 'openai', auth);
  if (first) throw new ProviderSetupError(provider, 'E_PROVIDER_CONFIG', first.message, first.hint);
}

export async function exchangeOpenAI(
  provider: string,
  auth: OidcAuth,
  env: Env,
  fetchImpl: typeof fetch,
  sink: SecretSink,
): Promise<AccessToken> {
  const jwt = await githubIdToken(provider, env, auth.audience!, fetchImpl, sink);
  const url = auth.token_url ?? OPENAI_TOKEN_URL;
  const res = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      grant_type: TOKEN_EXCHANGE_GRANT,
      subject_token: jwt,
      subject_token_type: JWT_TOKEN_TYPE,
      identity_provider_id: auth.identity_provider_id,
      service_account_id: auth.service_account_id,
    }),
    redirect: 'manual',
  });
  return readTokenAnswer(provider, url, res, sink);
}
