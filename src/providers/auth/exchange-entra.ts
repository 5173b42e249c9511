/**
 * Microsoft Entra workload identity federation for Azure OpenAI (docs/reference.md, "azure",
 * Keyless): the OAuth 2.0 client-credentials grant with a federated client assertion, as
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow (section "Third
 * case: Access token request with a federated credential")
 * describes it and azure/login sends it from GitHub Actions (the GitHub token requested with the
 * audience `api://AzureADTokenExchange`):
 *
 *   POST {authority_host}/{tenant_id}/oauth2/v2.0/token, application/x-www-form-urlencoded:
 *     grant_type=client_credentials, client_id, scope=https://cognitiveservices.azure.com/.default,
 *     client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer,
 *     client_assertion=<GitHub JWT>
 *   -> {token_type: "Bearer", expires_in, access_token}
 *   errors: {error, error_description: "AADSTS700213: ...", error_codes: [700213], ...}
 *
 * API calls then send `Authorization: Bearer <access_token>` instead of the `api-key` header.
 */
import type { OidcAuth } from '../../jobspec/schema.js';
import { ProviderError } from '../../util/errors.js';
import { githubIdToken, type AccessToken, type Env, type SecretSink } from './oidc.js';
import { assertOidcFields, requestToken } from './token-request.js';

export const ENTRA_AUTHORITY_HOST = 'https://login.microsoftonline.com';
/** The audience Entra's federated identity credentials expect by default. */
export const ENTRA_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';
/** The resource of Azure OpenAI (Cognitive Services), as a client-credentials scope. */
export const COGNITIVE_SERVICES_SCOPE = 'https://cognitiveservices.azure.com/.default';
export const JWT_BEARER_ASSERTION = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export function checkEntraAuth(provider: string, auth: OidcAuth): void {
  assertOidcFields(provider, 'azure', auth);
}

/** The token endpoint: the authority host + `/{tenant}/oauth2/v2.0/token`. */
export function entraTokenUrl(auth: OidcAuth): string {
  const host = (auth.authority_host ?? ENTRA_AUTHORITY_HOST).replace(/\/+$/, '');
  return `${host}/${encodeURIComponent(auth.tenant_id ?? '')}/oauth2/v2.0/token`;
}

/** Entra's error_description is several lines (Trace ID, Correlation ID, Timestamp): the first says what is wrong. */
function firstLineOf(e: ProviderError): ProviderError {
  const [head] = e.message.split(/\r?\n/);
  if (head === e.message) return e;
  return new ProviderError(e.code, e.provider, head!, {
    retryable: e.retryable,
    status: e.status,
    hint: e.hint,
  });
}

export async function exchangeEntra(
  provider: string,
  auth: OidcAuth,
  env: Env,
  fetchImpl: typeof fetch,
  sink: SecretSink,
): Promise<AccessToken> {
  const jwt = await githubIdToken(provider, env, auth.audience ?? ENTRA_TOKEN_EXCHANGE_AUDIENCE, fetchImpl, sink);
  const url = entraTokenUrl(auth);
  const body = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: auth.client_id ?? '',
    scope: COGNITIVE_SERVICES_SCOPE,
    client_assertion_type: JWT_BEARER_ASSERTION,
    client_assertion: jwt,
  });
  const unreachable = (e: Error) =>
    new ProviderError(
      'E_CONNECTION',
      provider,
      `provider ${provider}: cannot reach the Microsoft Entra token endpoint ${url}: ${e.message}`,
      { retryable: true, hint: 'check auth.authority_host (sovereign clouds have their own) and your network' },
    );
  try {
    return await requestToken({ provider, url, body, fetch: fetchImpl, sink, unreachable });
  } catch (e) {
    // The answer's errors are cut and hinted; not being able to reach Entra (the only E_CONNECTION) is said as it is.
    if (!(e instanceof ProviderError) || e.code === 'E_CONNECTION') throw e;
    const short = firstLineOf(e);
    if (short.code !== 'E_AUTH') throw short;
    throw new ProviderError('E_AUTH', provider, short.message, {
      retryable: false,
      status: short.status,
      hint:
        'check the federated credential on the Entra app (issuer https://token.actions.githubusercontent.com, ' +
        "the workflow's subject, audience api://AzureADTokenExchange), auth.tenant_id and auth.client_id, and " +
        'that the identity has the Cognitive Services OpenAI User role (docs/reference.md, azure)',
    });
  }
}
