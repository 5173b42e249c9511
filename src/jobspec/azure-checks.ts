/**
 * What `run` would reject about an `azure` provider before its first call (docs/reference.md,
 * "azure"), reported by `validate`: an endpoint (resource or base_url). `deployment` is required by
 * the schema; the Entra fields of `auth` are checked with every type's (auth-fields.ts).
 */
import type { Reporter } from './reporter.js';

type Obj = Record<string, unknown>;
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
}
