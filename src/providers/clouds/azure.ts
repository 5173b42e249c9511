/**
 * The `azure` provider type (docs/reference.md, "azure"): Azure OpenAI / Microsoft Foundry
 * deployments on the AI SDK's @ai-sdk/azure, on the deployment-based data-plane API
 * (https://learn.microsoft.com/azure/ai-foundry/openai/reference):
 *
 *   POST {base}/openai/deployments/{deployment}/chat/completions?api-version={api_version}
 *
 * base is https://{resource}.openai.azure.com unless base_url is set (a gateway, a sovereign
 * cloud, a test server). The key goes in the `api-key` header; keyless (`auth: {type: oidc}`), a
 * Microsoft Entra token exchanged for the GitHub OIDC token (auth/exchange-entra.ts) goes in
 * `Authorization: Bearer` instead, once per credential lifetime for every call of the run.
 */
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import { ProviderSetupError } from '../errors.js';
import { apiKeyEnvOf } from '../secrets.js';
import { assertOidcAvailable, CachedCredential } from '../auth/oidc.js';
import { checkEntraAuth, exchangeEntra } from '../auth/exchange-entra.js';
import type { CloudClient, CloudContext, CloudDriver } from './cloud.js';

/**
 * The api-version sent when the spec names none: 2024-10-21, the newest dated GA release of the
 * data-plane inference API (structured outputs with json_schema, stream_options usage). The SDK's
 * own default, `v1`, belongs to the deployment-less /openai/v1 API, not to the deployment URLs.
 */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

type AzureSpec = Extract<HttpProviderSpec, { type: 'azure' }>;

function azureSpec(ctx: CloudContext): AzureSpec {
  if (ctx.spec.type !== 'azure') throw new Error(`not an azure provider: ${ctx.spec.type}`);
  return ctx.spec;
}

/** The resource endpoint (no /openai): base_url as given, else https://{resource}.openai.azure.com. */
export function azureEndpoint(spec: AzureSpec): string | undefined {
  if (spec.base_url) return spec.base_url.replace(/\/+$/, '').replace(/\/openai$/, '');
  return spec.resource ? `https://${spec.resource}.openai.azure.com` : undefined;
}

export function azureApiVersion(spec: AzureSpec): string {
  return spec.api_version ?? AZURE_DEFAULT_API_VERSION;
}

/** Where one operation of a deployment goes: `{endpoint}/openai/deployments/{d}{path}?api-version=`. */
export function azureDeploymentUrl(spec: AzureSpec, deployment: string, path: string): string {
  const url = new URL(`${azureEndpoint(spec)}/openai/deployments/${encodeURIComponent(deployment)}${path}`);
  url.searchParams.set('api-version', azureApiVersion(spec));
  return url.toString();
}

function check(ctx: CloudContext): void {
  const spec = azureSpec(ctx);
  if (!azureEndpoint(spec)) {
    throw new ProviderSetupError(
      ctx.name,
      'E_PROVIDER_CONFIG',
      `provider ${ctx.name}: type azure needs resource or base_url`,
      'set resource to the Azure OpenAI resource name (https://RESOURCE.openai.azure.com), or base_url to its endpoint',
    );
  }
  if (spec.auth) {
    checkEntraAuth(ctx.name, spec.auth);
    assertOidcAvailable(ctx.name, ctx.env);
    return;
  }
  const keyEnv = apiKeyEnvOf(spec)!;
  const key = ctx.env[keyEnv];
  if (key === undefined || key.trim() === '') {
    throw new ProviderSetupError(
      ctx.name,
      'E_API_KEY_MISSING',
      `provider ${ctx.name}: ${keyEnv} is not set`,
      `export ${keyEnv}=... (a key of the Azure OpenAI resource), set api_key_env, or use auth: {type: oidc, tenant_id, client_id}`,
    );
  }
}

async function open(ctx: CloudContext): Promise<CloudClient> {
  const spec = azureSpec(ctx);
  const { createAzure } = await import('@ai-sdk/azure');
  const endpoint = azureEndpoint(spec)!;
  const common = {
    baseURL: `${endpoint}/openai`,
    apiVersion: azureApiVersion(spec),
    useDeploymentBasedUrls: true,
  };
  let azure;
  if (spec.auth) {
    const auth = spec.auth;
    const credential = new CachedCredential(() => exchangeEntra(ctx.name, auth, ctx.env, ctx.fetch, ctx.addSecret));
    // The SDK asks tokenProvider for the bearer of each request; a bearer the API refuses (401:
    // revoked, role removed) is dropped so the next call, a retry or a later step, exchanges again.
    const fetchRefusing = async (input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> => {
      const res = await ctx.fetch(input, init);
      if (res.status === 401) {
        const bearer = new Headers(init?.headers).get('authorization')?.replace(/^Bearer /, '');
        if (bearer) credential.invalidate(bearer);
      }
      return res;
    };
    azure = createAzure({ ...common, tokenProvider: () => credential.get(), fetch: fetchRefusing as typeof fetch });
  } else {
    const key = ctx.env[apiKeyEnvOf(spec)!]!;
    azure = createAzure({ ...common, apiKey: key, fetch: ctx.fetch });
  }
  return {
    endpoint,
    // The model names the capabilities (system message role, reasoning) and the reported model;
    // requests always name the deployment.
    languageModel: () => azure.chat(spec.deployment, spec.model ? { modelId: spec.model } : undefined),
    // An embedding model is a deployment of its own: the check's `model` names it.
    embeddingModel: (deployment: string) => azure.embedding(deployment),
  };
}

export const azureDriver: CloudDriver = { check, open };
