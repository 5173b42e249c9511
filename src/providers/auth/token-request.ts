/**
 * What every OAuth-style token exchange (OpenAI, Anthropic, Microsoft Entra, Google STS) does the
 * same way: refuse malformed `auth` fields before any network call, and POST one token request
 * whose JSON answer readTokenAnswer reads (docs/reference.md, "Keyless (OIDC)").
 */
import type { HttpProviderSpec, OidcAuth } from '../../jobspec/schema.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { ProviderSetupError } from '../errors.js';
import { readTokenAnswer, type AccessToken, type SecretSink } from './oidc.js';

/** The first problem of the provider type's oidc fields, as E_PROVIDER_CONFIG naming the field. */
export function assertOidcFields(provider: string, type: HttpProviderSpec['type'], auth: OidcAuth): void {
  const [first] = oidcAuthProblems(provider, type, auth);
  if (first) throw new ProviderSetupError(provider, 'E_PROVIDER_CONFIG', first.message, first.hint);
}

export interface TokenRequest {
  provider: string;
  url: string;
  /** Form-encoded (URLSearchParams) or JSON (a plain object), as the endpoint documents. */
  body: URLSearchParams | Record<string, unknown>;
  /** Headers beyond content-type and accept (Anthropic's beta flag). */
  headers?: Record<string, string>;
  fetch: typeof fetch;
  sink: SecretSink;
  /** The error for an endpoint that cannot be reached; without it the fetch error goes up as it is. */
  unreachable?: (e: Error) => Error;
}

/** One token request, never following a redirect (a token must not leave for another host). */
export async function requestToken(r: TokenRequest): Promise<AccessToken> {
  const form = r.body instanceof URLSearchParams;
  let res: Response;
  try {
    res = await r.fetch(r.url, {
      method: 'POST',
      headers: {
        'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
        accept: 'application/json',
        ...r.headers,
      },
      body: form ? r.body.toString() : JSON.stringify(r.body),
      redirect: 'manual',
    });
  } catch (e) {
    throw r.unreachable ? r.unreachable(e as Error) : e;
  }
  return readTokenAnswer(r.provider, r.url, res, r.sink);
}
