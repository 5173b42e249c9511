/**
 * The `vertex` provider type: Gemini on Vertex AI, on @ai-sdk/google-vertex, with an OAuth access
 * token this driver obtains itself:
 *
 * - `auth: {type: oidc, workload_identity_provider, service_account}`: the GitHub OIDC token
 *   through Google STS and IAM Credentials (src/providers/auth/exchange-google.ts), once per
 *   credential lifetime;
 * - otherwise application default credentials through google-auth-library (GOOGLE_APPLICATION_CREDENTIALS
 *   naming a service-account or external_account JSON, gcloud's own, or the metadata server).
 *
 * How the SDK gets the token: its Node build, given no API key, always asks google-auth-library
 * first (its `headers` option is merged after that call), so a keyless run would fail there
 * before our header counts. Given an API key it runs in "express mode": it adds
 * `x-goog-api-key: KEY` in a fetch wrapper and otherwise uses our baseURL and fetch as they are.
 * So it gets a placeholder key, and our fetch removes that header and sends
 * `Authorization: Bearer TOKEN` instead: every request (generate, stream, embed) then passes one
 * place that owns the credential, over the run's bounded fetch, and google-auth-library is loaded
 * only on the application-default path. (The edge build signs service-account keys only.)
 */
import { existsSync } from 'node:fs';
import { ProviderSetupError } from '../errors.js';
import { ProviderError } from '../../util/errors.js';
import { assertOidcAvailable, CachedCredential } from '../auth/oidc.js';
import { checkGoogleAuth, CLOUD_PLATFORM_SCOPE, exchangeGoogle } from '../auth/exchange-google.js';
import type { CloudClient, CloudContext, CloudDriver } from './cloud.js';
import { VERTEX_LOCATION_SHAPE } from '../../jobspec/gemini-fields.js';
import { baseNamesProject, vertexBase, vertexPlace } from './gemini-endpoints.js';

/** What the SDK gets as its "express mode" key; the fetch wrapper removes it from every request. */
const PLACEHOLDER_KEY = 'bearer';

function configError(ctx: CloudContext, message: string, hint: string): ProviderSetupError {
  return new ProviderSetupError(ctx.name, 'E_PROVIDER_CONFIG', `provider ${ctx.name}: ${message}`, hint);
}

function checkPlace(ctx: CloudContext): void {
  if (baseNamesProject(ctx.spec.base_url)) return;
  const place = vertexPlace(ctx.spec, ctx.env);
  if (!place.project)
    throw configError(
      ctx,
      'type vertex needs project (or GOOGLE_VERTEX_PROJECT in the environment)',
      'set project: to the Google Cloud project id that has Vertex AI enabled',
    );
  if (!place.location)
    throw configError(
      ctx,
      'type vertex needs location (or GOOGLE_VERTEX_LOCATION in the environment)',
      'set location: to a region that serves the model (us-central1, europe-west4, ...) or global',
    );
  if (!VERTEX_LOCATION_SHAPE.test(place.location))
    throw configError(
      ctx,
      `${place.locationFrom ?? 'location'} ${JSON.stringify(place.location)} is not a Vertex location`,
      'write a region such as us-central1, or global',
    );
}

/** A bearer token, obtained once and re-used while it lives; `invalidate` drops a refused one. */
interface BearerSource {
  get(): Promise<string>;
  invalidate(token: string): void;
}

function oidcSource(ctx: CloudContext): BearerSource {
  const auth = ctx.spec.auth!;
  return new CachedCredential(() => exchangeGoogle(ctx.name, auth, ctx.env, ctx.fetch, ctx.addSecret));
}

/** Application default credentials; google-auth-library caches and refreshes its token itself. */
async function adcSource(ctx: CloudContext): Promise<BearerSource> {
  const { GoogleAuth } = await import('google-auth-library');
  // The project is passed on: without it the library asks Cloud Resource Manager for one (a
  // network call to a host that base_url does not redirect).
  const place = vertexPlace(ctx.spec, ctx.env);
  place.project ??= /\/projects\/([^/]+)\/locations\//.exec(ctx.spec.base_url ?? '')?.[1];
  // The library finds the credentials itself (GOOGLE_APPLICATION_CREDENTIALS, gcloud's file, the
  // metadata server): its `keyFilename`/`credentials` options are deprecated for outside files.
  const auth = new GoogleAuth({
    scopes: [CLOUD_PLATFORM_SCOPE],
    ...(place.project ? { projectId: place.project } : {}),
    // Its token requests (OAuth, STS, impersonation, metadata server) read through the bounded fetch too.
    clientOptions: { transporterOptions: { fetchImplementation: ctx.fetch } },
  });
  return {
    async get() {
      let token: string | null | undefined;
      try {
        token = (await (await auth.getClient()).getAccessToken()).token;
      } catch (e) {
        throw adcError(ctx, e);
      }
      if (!token) throw adcError(ctx, new Error('no access token'));
      ctx.addSecret(token);
      return token;
    },
    invalidate() {
      /* google-auth-library refreshes on expiry; a refused token is an authorisation problem, not a stale one */
    },
  };
}

function adcError(ctx: CloudContext, e: unknown): ProviderError {
  const err = e as { message?: unknown; status?: unknown; response?: { status?: unknown } };
  const status = typeof err.status === 'number' ? err.status : Number(err.response?.status) || undefined;
  const message = String(err.message ?? e)
    .split('\n')[0]!
    .slice(0, 300);
  const transient = status !== undefined && (status === 429 || status >= 500);
  return new ProviderError(
    transient ? 'E_SERVER' : 'E_AUTH',
    ctx.name,
    `provider ${ctx.name}: cannot get a Google access token from application default credentials: ${message}`,
    {
      retryable: transient,
      ...(status !== undefined ? { status } : {}),
      hint:
        'set GOOGLE_APPLICATION_CREDENTIALS to a service-account or external_account JSON ' +
        '(google-github-actions/auth writes one), or use auth: {type: oidc, workload_identity_provider, ' +
        'service_account}',
    },
  );
}

/** The run's fetch with the bearer in place of the SDK's placeholder key. */
function bearerFetch(ctx: CloudContext, source: BearerSource): typeof fetch {
  const wrapped = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
    const token = await source.get();
    const headers = new Headers(input instanceof Request ? input.headers : undefined);
    new Headers(init?.headers).forEach((v, k) => headers.set(k, v));
    headers.delete('x-goog-api-key');
    headers.set('authorization', `Bearer ${token}`);
    const res = await ctx.fetch(input, { ...init, headers });
    // A revoked or rotated credential: the next call (a retry, a later step) exchanges again.
    if (res.status === 401) source.invalidate(token);
    return res;
  };
  return wrapped as typeof fetch;
}

export const vertexDriver: CloudDriver = {
  check(ctx) {
    if (ctx.spec.api_key_env)
      throw configError(
        ctx,
        'type vertex authenticates with Google credentials, not api_key_env',
        'remove api_key_env: use application default credentials (GOOGLE_APPLICATION_CREDENTIALS) or auth: ' +
          '{type: oidc, ...}; for a Gemini API key use type google',
      );
    checkPlace(ctx);
    if (ctx.spec.auth) {
      checkGoogleAuth(ctx.name, ctx.spec.auth);
      assertOidcAvailable(ctx.name, ctx.env);
      return;
    }
    const keyFile = ctx.env.GOOGLE_APPLICATION_CREDENTIALS;
    if (keyFile && !existsSync(keyFile))
      throw new ProviderSetupError(
        ctx.name,
        'E_AUTH',
        `provider ${ctx.name}: GOOGLE_APPLICATION_CREDENTIALS names ${keyFile}, which does not exist`,
        'point it at the credentials JSON (google-github-actions/auth writes one), or use auth: {type: oidc, ...}',
      );
  },
  async open(ctx): Promise<CloudClient> {
    const baseURL = vertexBase(ctx.spec, vertexPlace(ctx.spec, ctx.env));
    const source = ctx.spec.auth ? oidcSource(ctx) : await adcSource(ctx);
    const { createGoogleVertex } = await import('@ai-sdk/google-vertex');
    const vertex = createGoogleVertex({ apiKey: PLACEHOLDER_KEY, baseURL, fetch: bearerFetch(ctx, source) });
    return {
      endpoint: baseURL,
      languageModel: () => vertex.languageModel(ctx.model),
      embeddingModel: (model) => vertex.embeddingModel(model),
    };
  },
};
