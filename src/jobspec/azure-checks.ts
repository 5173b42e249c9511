/**
 * What `run` would reject about an `azure` provider before its first call (docs/reference.md,
 * "azure"), reported by `validate`: an endpoint (resource or base_url), and for keyless auth the
 * Entra fields the exchange sends. `deployment` is required by the schema itself.
 */
import type { Reporter } from './reporter.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const given = (v: unknown): boolean => typeof v === 'string' && v !== '';

export function checkAzureProvider(name: string, p: Obj, report: Reporter): void {
  if (p.type !== 'azure') return;
  if (!given(p.resource) && !given(p.base_url)) {
    report.at(
      ['providers', name],
      'key',
      `provider "${name}" of type azure needs resource or base_url`,
      'set resource to the Azure OpenAI resource name (https://RESOURCE.openai.azure.com), or base_url to its endpoint',
    );
  }
  if (isObj(p.auth) && p.auth.type === 'oidc') {
    const missing = ['tenant_id', 'client_id'].filter((k) => !given((p.auth as Obj)[k]));
    if (missing.length)
      report.at(
        ['providers', name, 'auth'],
        'key',
        `provider "${name}": auth oidc on azure needs ${missing.join(' and ')}`,
        'copy the Directory (tenant) ID and the Application (client) ID of the Entra app or managed identity that has the federated credential for this repository',
      );
  }
}
