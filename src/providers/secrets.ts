/** The secret values a run must never write: every configured API key present in the environment. */
import type { JobSpec, ProviderSpec } from '../jobspec/schema.js';
import type { NamedSecret } from '../util/redact.js';

/** The default key variables of the hosted providers: withheld from commands whatever the spec says. */
export const DEFAULT_KEY_VARIABLES = ['OPENAI_API_KEY', 'ANTHROPIC_API_KEY'] as const;

/**
 * The cloud credential variables a provider type reads besides its key (AWS's credential chain:
 * the secret key, the session token and Bedrock API keys): secret like keys, withheld from commands.
 */
const CLOUD_SECRET_VARIABLES: Record<string, readonly string[]> = {
  bedrock: ['AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_BEARER_TOKEN_BEDROCK'],
};

/** Env variable a provider reads its key from, or undefined when it needs none. */
export function apiKeyEnvOf(spec: ProviderSpec): string | undefined {
  if (spec.type === 'replay') return undefined;
  if (spec.api_key_env) return spec.api_key_env;
  if (spec.type === 'openai') return 'OPENAI_API_KEY';
  if (spec.type === 'anthropic') return 'ANTHROPIC_API_KEY';
  if (spec.type === 'google') return 'GOOGLE_GENERATIVE_AI_API_KEY';
  if (spec.type === 'azure' && !spec.auth) return 'AZURE_API_KEY';
  return undefined;
}

/** Every variable a provider reads a secret from: its key variable and its cloud's credential variables. */
export function secretVariablesOf(spec: ProviderSpec): string[] {
  const key = apiKeyEnvOf(spec);
  return [...(key ? [key] : []), ...(CLOUD_SECRET_VARIABLES[spec.type] ?? [])];
}

/** Every key variable the spec's providers name, plus the hosted providers' defaults. */
export function keyVariableNames(spec: Pick<JobSpec, 'providers'>): string[] {
  const names = new Set<string>(DEFAULT_KEY_VARIABLES);
  for (const p of Object.values(spec.providers)) for (const name of secretVariablesOf(p)) names.add(name);
  return [...names];
}

/**
 * Every key variable (keyVariableNames) that is set in `env`, with its name, deduplicated by
 * value. The hosted defaults count even when no provider uses them: a run must not write
 * ANTHROPIC_API_KEY because its spec happens to use another variable.
 */
export function namedSecrets(spec: Pick<JobSpec, 'providers'>, env: Record<string, string | undefined>): NamedSecret[] {
  const seen = new Set<string>();
  const out: NamedSecret[] = [];
  for (const name of keyVariableNames(spec)) {
    const value = env[name];
    if (!value || value.trim() === '' || seen.has(value)) continue;
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}

/** Every api_key_env value (and default key variable in use) that is set in `env`, deduplicated. */
export function secretValues(spec: Pick<JobSpec, 'providers'>, env: Record<string, string | undefined>): string[] {
  const out = new Set<string>();
  for (const p of Object.values(spec.providers))
    for (const name of secretVariablesOf(p)) {
      const value = env[name];
      if (value && value.trim() !== '') out.add(value);
    }
  return [...out];
}
