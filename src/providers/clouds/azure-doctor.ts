/**
 * doctor's online check of an `azure` provider (docs/reference.md, "doctor"): the data plane has
 * no model listing on the deployment routes, so the cheapest call is a 1-token chat completion on
 * the deployment, with the key in `api-key` or, keyless, one Entra exchange and the bearer. The
 * credentials stay here: the caller sees a URL, a status and the server's answer.
 */
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import type { Env } from '../auth/oidc.js';
import { exchangeEntra } from '../auth/exchange-entra.js';
import { azureDeploymentUrl, azureEndpoint } from './azure.js';

type AzureSpec = Extract<HttpProviderSpec, { type: 'azure' }>;

export interface ProbeRequest {
  url: string;
  init: RequestInit;
  /** Values to scrub from anything shown (the key, the exchanged token, the GitHub JWT). */
  secrets: string[];
}

/** The request, or why it cannot be made (no endpoint; the exchange failed: its message, scrubbed). */
export async function azureProbeRequest(
  spec: AzureSpec,
  key: string | undefined,
  env: Env,
  fetchFn: typeof fetch,
): Promise<ProbeRequest | { problem: string; label: string }> {
  if (!azureEndpoint(spec)) return { problem: 'type azure needs resource or base_url', label: 'no endpoint' };
  const secrets: string[] = key ? [key] : [];
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (spec.auth) {
    try {
      const t = await exchangeEntra('doctor', spec.auth, env, fetchFn, (s) => secrets.push(s));
      headers.authorization = `Bearer ${t.token}`;
    } catch (e) {
      let msg = (e as Error).message.replace(/^provider doctor: /, '');
      for (const s of secrets) msg = msg.split(s).join('***');
      return { problem: `Entra token exchange failed: ${msg}`, label: 'auth failed' };
    }
  } else if (key) headers['api-key'] = key;
  return {
    url: azureDeploymentUrl(spec, spec.deployment, '/chat/completions'),
    init: {
      method: 'POST',
      headers,
      body: JSON.stringify({ messages: [{ role: 'user', content: 'ping' }], max_tokens: 1 }),
    },
    secrets,
  };
}
