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

export function checkGeminiProvider(name: string, p: Obj, report: Reporter): void {
  const at = ['providers', name];
  if (p.type !== 'vertex') return;
  if (p.api_key_env !== undefined)
    report.at(
      [...at, 'api_key_env'],
      'key',
      `provider "${name}": type vertex authenticates with Google credentials, not api_key_env`,
      'remove api_key_env: application default credentials (GOOGLE_APPLICATION_CREDENTIALS) or auth: {type: ' +
        'oidc, ...}; a Gemini API key belongs to type google',
    );
  if (typeof p.location === 'string' && !VERTEX_LOCATION_SHAPE.test(p.location))
    report.at(
      [...at, 'location'],
      'value',
      `provider "${name}": location ${JSON.stringify(p.location)} is not a Vertex location`,
      'write a region such as us-central1, or global',
    );
  // Missing and foreign auth fields are reported from the one table (auth-fields.ts); here the
  // values' shapes, which only Google's formats decide.
  if (!isObj(p.auth) || p.auth.type !== 'oidc') return;
  for (const problem of googleAuthProblems(p.auth))
    if (p.auth[problem.field] !== undefined)
      report.at([...at, 'auth', problem.field], 'value', `provider "${name}": ${problem.message}`, problem.hint);
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
        `provider ${name} (vertex) takes its ${fromEnv.join(' and its ')} at run time (a run without them ` +
          `stops before any step)`,
      );
  }
  return out;
}
