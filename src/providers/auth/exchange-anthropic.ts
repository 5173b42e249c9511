/**
 * Anthropic Workload Identity Federation (platform.claude.com "wif-reference"; as
 * anthropic-sdk-typescript src/lib/credentials/oidc-federation.ts sends it): an RFC 7523
 * jwt-bearer grant, JSON, POSTed to `/v1/oauth/token` at the API's origin:
 *
 *   {grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer", assertion: JWT,
 *    federation_rule_id, organization_id, service_account_id?, workspace_id?}
 *   -> {access_token, token_type: "Bearer", expires_in}
 *
 * with `anthropic-beta: oauth-2025-04-20` on the exchange and on every API call, which then sends
 * `Authorization: Bearer <access_token>` instead of `x-api-key`.
 */
import type { OidcAuth } from '../../jobspec/schema.js';
import { ProviderSetupError } from '../errors.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { githubIdToken, readTokenAnswer, type AccessToken, type Env, type SecretSink } from './oidc.js';

export const ANTHROPIC_JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const ANTHROPIC_OAUTH_BETA = 'oauth-2025-04-20';
export const ANTHROPIC_DEFAULT_AUDIENCE = 'https://api.anthropic.com';

/** The token endpoint: auth.token_url, else the origin of base_url + /v1/oauth/token. */
export function anthropicTokenUrl(auth: OidcAuth, baseUrl: string): string {
  return auth.token_url ?? `${new URL(baseUrl).origin}/v1/oauth/token`;
}

export function checkAnthropicAuth(provider: string, auth: OidcAuth): void {
  const [first] = oidcAuthProblems(provider, 'anthropic', auth);
  if (first) throw new ProviderSetupError(provider, 'E_PROVIDER_CONFIG', first.message, first.hint);
}

export async function exchangeAnthropic(
  provider: string,
  auth: OidcAuth,
  baseUrl: string,
  env: Env,
  fetchImpl: typeof fetch,
  sink: SecretSink,
): Promise<AccessToken> {
  const jwt = await githubIdToken(provider, env, auth.audience ?? ANTHROPIC_DEFAULT_AUDIENCE, fetchImpl, sink);
  const body: Record<string, string> = {
    grant_type: ANTHROPIC_JWT_BEARER,
    assertion: jwt,
    federation_rule_id: auth.federation_rule_id!,
    organization_id: auth.organization_id!,
  };
  if (auth.service_account_id) body.service_account_id = auth.service_account_id;
  if (auth.workspace_id) body.workspace_id = auth.workspace_id;
  const url = anthropicTokenUrl(auth, baseUrl);
  const res = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', 'anthropic-beta': ANTHROPIC_OAUTH_BETA },
    body: JSON.stringify(body),
    redirect: 'manual',
  });
  return readTokenAnswer(provider, url, res, sink);
}
