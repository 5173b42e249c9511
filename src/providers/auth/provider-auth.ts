/**
 * Keyless auth on the HTTP providers: the checks run at preflight, and the fetch wrapper every SDK
 * client of the provider calls through, which puts the exchanged bearer on each request.
 */
import type { HttpProviderSpec, OidcAuth } from '../../jobspec/schema.js';
import { ProviderSetupError } from '../errors.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { ANTHROPIC_OAUTH_BETA, checkAnthropicAuth, exchangeAnthropic } from './exchange-anthropic.js';
import { checkOpenAIAuth, exchangeOpenAI } from './exchange-openai.js';
import { assertOidcAvailable, CachedCredential, type Env, type SecretSink } from './oidc.js';

/**
 * What the SDKs get as their key when the provider is keyless (they refuse to start without
 * one); the fetch wrapper removes it from every request. Too short to be taken for a secret.
 */
export const OIDC_PLACEHOLDER_KEY = 'oidc';

/** Everything that can be checked before a step runs: the provider type, its fields, a token source. */
export function checkOidcAuth(provider: string, type: HttpProviderSpec['type'], auth: OidcAuth, env: Env): void {
  if (type === 'anthropic') checkAnthropicAuth(provider, auth);
  else if (type === 'openai') checkOpenAIAuth(provider, auth);
  else {
    const [first] = oidcAuthProblems(provider, type, auth);
    throw new ProviderSetupError(
      provider,
      'E_PROVIDER_CONFIG',
      first?.message ?? `provider ${provider}: auth oidc is not available on ${type}`,
      first?.hint ?? 'use api_key_env',
    );
  }
  assertOidcAvailable(provider, env);
}

export interface OidcFetchOptions {
  provider: string;
  type: HttpProviderSpec['type'];
  auth: OidcAuth;
  baseUrl: string;
  env: Env;
  /** The bounded fetch: API calls, the GitHub token request and the exchange all read through it. */
  fetch: typeof fetch;
  addSecret: SecretSink;
}

/** A fetch that sends the provider's exchanged credential instead of an API key. */
export function oidcFetch(o: OidcFetchOptions): typeof fetch {
  const credential = new CachedCredential(() =>
    o.type === 'anthropic'
      ? exchangeAnthropic(o.provider, o.auth, o.baseUrl, o.env, o.fetch, o.addSecret)
      : exchangeOpenAI(o.provider, o.auth, o.env, o.fetch, o.addSecret),
  );
  const wrapped = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const token = await credential.get();
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init?.headers).forEach((v, k) => headers.set(k, v));
    headers.delete('x-api-key');
    headers.set('authorization', `Bearer ${token}`);
    if (o.type === 'anthropic') {
      const betas = (headers.get('anthropic-beta') ?? '')
        .split(',')
        .map((b) => b.trim())
        .filter((b) => b !== '');
      if (!betas.includes(ANTHROPIC_OAUTH_BETA)) betas.push(ANTHROPIC_OAUTH_BETA);
      headers.set('anthropic-beta', betas.join(','));
    }
    const res = await o.fetch(input, { ...init, headers });
    // A revoked or rotated credential: the next call (a retry, a later step) exchanges again.
    if (res.status === 401) credential.invalidate(token);
    return res;
  };
  return wrapped as typeof fetch;
}
