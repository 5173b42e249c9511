/** The secret values a run must never write: every configured API key present in the environment. */
import type { JobSpec, ProviderSpec } from '../spec/schema.js';

/** Env variable a provider reads its key from, or undefined when it needs none. */
export function apiKeyEnvOf(spec: ProviderSpec): string | undefined {
  if (spec.type === 'replay') return undefined;
  if (spec.api_key_env) return spec.api_key_env;
  if (spec.type === 'openai') return 'OPENAI_API_KEY';
  if (spec.type === 'anthropic') return 'ANTHROPIC_API_KEY';
  return undefined;
}

/** Every api_key_env value (and default key variable in use) that is set in `env`, deduplicated. */
export function secretValues(spec: Pick<JobSpec, 'providers'>, env: Record<string, string | undefined>): string[] {
  const out = new Set<string>();
  for (const p of Object.values(spec.providers)) {
    const name = apiKeyEnvOf(p);
    const value = name ? env[name] : undefined;
    if (value && value.trim() !== '') out.add(value);
  }
  return [...out];
}
