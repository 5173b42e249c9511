/**
 * The `google` provider type: the Gemini API (ai.google.dev/api) on @ai-sdk/google. The key comes
 * from `api_key_env` (default GOOGLE_GENERATIVE_AI_API_KEY) and travels in the `x-goog-api-key`
 * header, never in the URL (a `?key=` would land in proxies' and gateways' access logs).
 * There is no keyless path on the Gemini API: Google's keyless way to Gemini is Vertex AI.
 */
import { ProviderSetupError } from '../errors.js';
import { oidcAuthProblems } from '../../jobspec/auth-fields.js';
import { apiKeyEnvOf } from '../secrets.js';
import type { CloudClient, CloudContext, CloudDriver } from './cloud.js';
import { requireCloudKey } from './cloud-key.js';
import { googleApiBase } from './gemini-endpoints.js';

function keyOf(ctx: CloudContext): string {
  return requireCloudKey(
    ctx,
    apiKeyEnvOf(ctx.spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY',
    '(a Gemini API key from aistudio.google.com) or set api_key_env; for keyless access use type vertex with ' +
      'auth: oidc',
  );
}

export const googleDriver: CloudDriver = {
  check(ctx) {
    if (ctx.spec.auth) {
      // The same words as validate (auth-fields.ts): the Gemini API takes keys only.
      const [problem] = oidcAuthProblems(ctx.name, 'google', ctx.spec.auth);
      throw new ProviderSetupError(
        ctx.name,
        'E_PROVIDER_CONFIG',
        problem?.message ?? `provider ${ctx.name}: auth oidc is not available on google`,
        problem?.hint ?? 'use type vertex for keyless Gemini',
      );
    }
    keyOf(ctx);
  },
  async open(ctx): Promise<CloudClient> {
    const apiKey = keyOf(ctx);
    ctx.addSecret(apiKey);
    const baseURL = googleApiBase(ctx.spec);
    const { createGoogle } = await import('@ai-sdk/google');
    const google = createGoogle({ apiKey, baseURL, fetch: ctx.fetch });
    return {
      endpoint: baseURL,
      languageModel: () => google.languageModel(ctx.model),
      embeddingModel: (model) => google.embeddingModel(model),
    };
  },
};
