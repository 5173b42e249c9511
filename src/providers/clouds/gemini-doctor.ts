/**
 * The doctor rows of the Gemini types (docs/reference.md, "doctor"): `google` takes its key from
 * api_key_env and, online, looks the model up (`GET /v1beta/models/MODEL`, x-goog-api-key);
 * `vertex` takes application default credentials or the Google WIF exchange and, online, counts
 * the tokens of a one-word prompt (`:countTokens`, free and never a generation) on the model's
 * own endpoint, which proves the credential, the project, the location and the model at once.
 * Secrets never appear in a row: every token obtained here is cut out of what is shown.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { HttpProviderSpec, ProviderSpec } from '../../jobspec/schema.js';
import { modelOf } from '../model-of.js';
import { isModelUnavailable } from '../errors.js';
import { apiKeyEnvOf } from '../secrets.js';
import { oidcCredentialCheck } from '../doctor-oidc.js';
import { CLOUD_PLATFORM_SCOPE, exchangeGoogle } from '../auth/exchange-google.js';
import { googleAuthProblems } from '../../jobspec/gemini-fields.js';
import { baseNamesProject, googleApiBase, vertexBase, vertexPlace } from './gemini-endpoints.js';
import type { Check } from '../doctor.js';

type Env = Readonly<Record<string, string | undefined>>;
type GeminiSpec = HttpProviderSpec;

export function isGeminiType(spec: ProviderSpec): spec is GeminiSpec {
  return spec.type === 'google' || spec.type === 'vertex';
}

const MAX_BODY = 64 * 1024;

/** The auth path a Gemini provider takes and whether its credential is there now (no network). */
export function geminiAuth(spec: GeminiSpec, env: Env): { auth: string; credential: Check; key?: string } {
  if (spec.type === 'google') {
    const keyEnv = apiKeyEnvOf(spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY';
    if (spec.auth)
      return {
        auth: 'oidc (not available on google)',
        credential: {
          state: 'problem',
          label: 'no oidc',
          detail: 'the Gemini API takes an API key only; for keyless access use type vertex with auth: oidc',
        },
      };
    const set = !!env[keyEnv]?.trim();
    return {
      auth: `api key from ${keyEnv}`,
      credential: set
        ? { state: 'ok', label: 'set', detail: `${keyEnv} is set` }
        : { state: 'problem', label: 'missing', detail: `${keyEnv} is not set (export ${keyEnv}=...)` },
    };
  }
  const place = vertexPlace(spec, env);
  if (!baseNamesProject(spec.base_url) && (!place.project || !place.location)) {
    const missing = !place.project ? 'project (or GOOGLE_VERTEX_PROJECT)' : 'location (or GOOGLE_VERTEX_LOCATION)';
    return {
      auth: spec.auth ? 'oidc (Google STS + IAM Credentials)' : 'application default credentials',
      credential: { state: 'problem', label: 'no project', detail: `type vertex needs ${missing}` },
    };
  }
  if (spec.auth) {
    const auth = `oidc (Google STS + IAM Credentials as ${spec.auth.service_account ?? '?'})`;
    const [problem] = googleAuthProblems(spec.auth);
    if (problem) return { auth, credential: { state: 'problem', label: 'auth fields', detail: problem.message } };
    return { auth, credential: oidcCredentialCheck(env) };
  }
  const file = env.GOOGLE_APPLICATION_CREDENTIALS;
  if (file)
    return {
      auth: 'application default credentials',
      credential: existsSync(file)
        ? { state: 'ok', label: 'file', detail: 'GOOGLE_APPLICATION_CREDENTIALS names a file' }
        : {
            state: 'problem',
            label: 'missing',
            detail: `GOOGLE_APPLICATION_CREDENTIALS names ${file}, which does not exist`,
          },
    };
  const gcloud = join(
    env.CLOUDSDK_CONFIG ?? join(env.HOME ?? homedir(), '.config', 'gcloud'),
    'application_default_credentials.json',
  );
  return {
    auth: 'application default credentials',
    credential: existsSync(gcloud)
      ? { state: 'ok', label: 'gcloud', detail: 'gcloud application default credentials found' }
      : {
          state: 'warning',
          label: 'metadata?',
          detail:
            'no GOOGLE_APPLICATION_CREDENTIALS and no gcloud credentials: only a Google Cloud machine ' +
            '(metadata server) has any',
        },
  };
}

/** A bearer for the vertex lookup: the same paths a run takes. */
async function vertexToken(
  spec: GeminiSpec,
  env: Env,
  fetchFn: typeof fetch,
  sink: (s: string) => void,
): Promise<string> {
  if (spec.auth) return (await exchangeGoogle('doctor', spec.auth, { ...env }, fetchFn, sink)).token;
  const { GoogleAuth } = await import('google-auth-library');
  // With the project given, the library makes no Cloud Resource Manager lookup of its own.
  const project = vertexPlace(spec, env).project ?? /\/projects\/([^/]+)\/locations\//.exec(spec.base_url ?? '')?.[1];
  const auth = new GoogleAuth({
    scopes: [CLOUD_PLATFORM_SCOPE],
    ...(project ? { projectId: project } : {}),
    clientOptions: { transporterOptions: { fetchImplementation: fetchFn } },
  });
  const token = (await (await auth.getClient()).getAccessToken()).token;
  if (!token) throw new Error('no access token from application default credentials');
  sink(token);
  return token;
}

/** The online check: one model lookup (google) or token count (vertex). */
export async function geminiLookup(
  spec: GeminiSpec,
  env: Env,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<Check> {
  const model = modelOf(spec);
  const secrets: string[] = [];
  const sink = (s: string) => void secrets.push(s);
  const scrub = (s: string) => secrets.reduce((t, x) => (x ? t.split(x).join('***') : t), s);
  const signal = AbortSignal.timeout(timeoutMs);
  const timed: typeof fetch = (input, init) => fetchFn(input, { ...init, signal });
  let url: string;
  let init: RequestInit;
  try {
    if (spec.type === 'google') {
      const key = env[apiKeyEnvOf(spec) ?? 'GOOGLE_GENERATIVE_AI_API_KEY'] ?? '';
      sink(key);
      url = `${googleApiBase(spec)}/models/${encodeURIComponent(model)}`;
      init = { headers: { accept: 'application/json', 'x-goog-api-key': key } };
    } else {
      const token = await vertexToken(spec, env, timed, sink);
      url = `${vertexBase(spec, vertexPlace(spec, env))}/models/${encodeURIComponent(model)}:countTokens`;
      init = {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }),
      };
    }
  } catch (e) {
    return { state: 'problem', label: 'no token', detail: scrub(`cannot get a credential: ${firstLine(e)}`) };
  }
  let status: number;
  let body: string;
  try {
    const res = await timed(url, { ...init, redirect: 'error' });
    status = res.status;
    body = (await res.text()).slice(0, MAX_BODY);
  } catch (e) {
    return {
      state: 'problem',
      label: 'unreachable',
      detail: scrub(`cannot reach ${new URL(url).origin}: ${firstLine(e)}`),
    };
  }
  let said = body.slice(0, 200) || 'no message';
  try {
    const m = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    if (typeof m === 'string') said = m;
  } catch {
    /* not JSON */
  }
  said = scrub(said);
  if (status >= 200 && status < 300) return { state: 'ok', label: 'ok', detail: `${model} available` };
  if (isModelUnavailable(status, body, said))
    return { state: 'problem', label: 'model unavailable', detail: `${model} unavailable: HTTP ${status}: ${said}` };
  if (status === 401 || status === 403 || /API_KEY_INVALID/.test(body))
    return {
      state: 'problem',
      label: spec.type === 'google' ? 'key refused' : 'refused',
      detail: `${spec.type === 'google' ? 'key' : 'credential'} refused: HTTP ${status}: ${said}`,
    };
  return { state: 'problem', label: `HTTP ${status}`, detail: `HTTP ${status}: ${said}` };
}

function firstLine(e: unknown): string {
  let cur: unknown = e;
  for (let i = 0; cur && typeof cur === 'object' && i < 5; i++) {
    const c = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string' && !c.message) return c.code;
    if (typeof c.message === 'string' && c.message) return c.message.split('\n')[0]!.slice(0, 300);
    cur = c.cause;
  }
  return String(e).split('\n')[0]!.slice(0, 300);
}
