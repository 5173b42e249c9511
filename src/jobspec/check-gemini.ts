/**
 * `validate`'s checks of the Gemini provider types (docs/reference.md, `google` and `vertex`):
 * what `run` would refuse at preflight, found in the spec alone (errors), and where a vertex
 * provider's project and location come from when the spec leaves them to the environment (notes).
 */
import { googleAuthProblems, VERTEX_LOCATION_SHAPE } from './gemini-fields.js';
import type { JobSpec } from './schema.js';
import type { Reporter } from './reporter.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The `auth` fields of the other provider types: a vertex provider that names one was mixed up. */
const NOT_VERTEX_AUTH = [
  'token_url',
  'federation_rule_id',
  'organization_id',
  'service_account_id',
  'workspace_id',
  'identity_provider_id',
  'role_arn',
  'session_name',
  'tenant_id',
  'client_id',
  'authority_host',
];

export function checkGeminiProvider(name: string, p: Obj, report: Reporter): void {
  const at = ['providers', name];
  if (p.type === 'google' && p.auth !== undefined) {
    report.at(
      [...at, 'auth'],
      'key',
      `provider "${name}": the Gemini API (type google) takes an API key only; auth oidc is not available on it`,
      'for keyless access to Gemini use type vertex with auth: {type: oidc, workload_identity_provider, service_account}',
    );
  }
  if (p.type !== 'vertex') return;
  if (p.api_key_env !== undefined)
    report.at(
      [...at, 'api_key_env'],
      'key',
      `provider "${name}": type vertex authenticates with Google credentials, not api_key_env`,
      'remove api_key_env: application default credentials (GOOGLE_APPLICATION_CREDENTIALS) or auth: {type: oidc, ...}; a Gemini API key belongs to type google',
    );
  if (typeof p.location === 'string' && !VERTEX_LOCATION_SHAPE.test(p.location))
    report.at(
      [...at, 'location'],
      'value',
      `provider "${name}": location ${JSON.stringify(p.location)} is not a Vertex location`,
      'write a region such as us-central1, or global',
    );
  if (!isObj(p.auth)) return;
  for (const problem of googleAuthProblems(p.auth as Parameters<typeof googleAuthProblems>[0]))
    report.at(
      [...at, 'auth', ...(p.auth[problem.field] === undefined ? [] : [problem.field])],
      p.auth[problem.field] === undefined ? 'key' : 'value',
      `provider "${name}": ${problem.message}`,
      problem.hint,
    );
  for (const field of NOT_VERTEX_AUTH)
    if (p.auth[field] !== undefined)
      report.at(
        [...at, 'auth', field],
        'key',
        `provider "${name}": auth.${field} is not used by type vertex`,
        'vertex keyless takes workload_identity_provider, service_account and optionally audience, sts_endpoint, iam_endpoint',
      );
}

/** Where each vertex provider's project and location come from when the spec does not say. */
export function geminiNotes(spec: Pick<JobSpec, 'providers'>): string[] {
  const out: string[] = [];
  for (const [name, p] of Object.entries(spec.providers)) {
    if (p.type !== 'vertex' || (p.base_url && /\/projects\/[^/]+\/locations\//.test(p.base_url))) continue;
    const fromEnv = [
      ...(p.project ? [] : ['project from GOOGLE_VERTEX_PROJECT']),
      ...(p.location ? [] : ['location from GOOGLE_VERTEX_LOCATION']),
    ];
    if (fromEnv.length)
      out.push(
        `provider ${name} (vertex) takes its ${fromEnv.join(' and its ')} at run time (a run without them stops before any step)`,
      );
  }
  return out;
}
