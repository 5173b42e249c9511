/**
 * The provider check behind `orchestrator doctor` and the action's preflight (docs/reference.md,
 * "doctor"): per provider, the auth path a run will take, whether its credential is there now,
 * what the price registry knows of the model and, only when asked (`online`), one cheap call that
 * names the model: a model lookup (on azure, whose deployment routes have none, a 1-token
 * request). Credentials are checked for presence only; their values never appear in a row, a
 * message or an error.
 */
import { modelOf } from './model-of.js';
import type { ProviderSpec } from '../jobspec/schema.js';
import { DEFAULT_BASE_URLS } from './http.js';
import { isModelUnavailable } from './errors.js';
import { registryModelInfo } from './price-registry.js';
import { apiKeyEnvOf } from './secrets.js';
import { bedrockAuthRow, bedrockLookup } from './clouds/bedrock-doctor.js';
import { oidcTokenSource } from './auth/oidc.js';
import { geminiAuth, geminiLookup, isGeminiType } from './clouds/gemini-doctor.js';

export type CheckState = 'ok' | 'warning' | 'problem' | 'skipped';

/** One check: its state, a short word for a table cell, and the full sentence. */
export interface Check {
  state: CheckState;
  /** A word or two: set, missing, known, unknown, retired, ok, failed, ... */
  label: string;
  detail: string;
}

export interface DoctorRow {
  provider: string;
  type: string;
  model: string;
  /** "api key from OPENAI_API_KEY", "none", "oidc". */
  auth: string;
  credential: Check;
  registry: Check;
  online: Check;
  /** No problem in any check (warnings allowed). */
  usable: boolean;
}

export interface DoctorReport {
  usable: boolean;
  online: boolean;
  providers: DoctorRow[];
}

export interface DoctorOptions {
  providers: Readonly<Record<string, ProviderSpec>>;
  env: Readonly<Record<string, string | undefined>>;
  /** Make one model lookup per provider (docs/reference.md: without it, no model call at all). */
  online?: boolean;
  /** Today, for retirement dates (tests pin it). */
  now?: Date;
  fetch?: typeof fetch;
  /** Per lookup, milliseconds. */
  timeoutMs?: number;
}

/** Types whose model the price registry can know (hosted APIs); local servers run any model. */
const HOSTED = new Set(['openai', 'anthropic', 'azure', 'google', 'vertex', 'bedrock']);

/** The most of a lookup's answer read: enough for any error body, never a flood. */
const MAX_BODY = 64 * 1024;

export async function doctor(opts: DoctorOptions): Promise<DoctorReport> {
  const rows: DoctorRow[] = [];
  for (const [name, spec] of Object.entries(opts.providers)) rows.push(await checkProvider(name, spec, opts));
  return { usable: rows.every((r) => r.usable), online: opts.online === true, providers: rows };
}

async function checkProvider(name: string, spec: ProviderSpec, opts: DoctorOptions): Promise<DoctorRow> {
  const model = spec.type === 'replay' ? (spec.model ?? '') : modelOf(spec);
  const gemini = isGeminiType(spec);
  const { auth, credential, key } = gemini ? geminiAuth(spec, opts.env) : authOf(spec, opts.env);
  const registry = await registryCheck(spec, opts.now ?? new Date());
  let online: Check = {
    state: 'skipped',
    label: '-',
    detail: opts.online ? 'no lookup for this type' : 'not checked (--online)',
  };
  if (opts.online && spec.type !== 'replay') {
    online =
      credential.state === 'problem'
        ? { state: 'skipped', label: '-', detail: 'no credential' }
        : spec.type === 'bedrock'
          ? await bedrockLookup(name, spec, opts.env, opts.timeoutMs ?? 15_000, opts.fetch)
          : gemini
            ? await geminiLookup(spec, opts.env, opts.fetch ?? globalThis.fetch, opts.timeoutMs ?? 15_000)
            : await lookup(spec, key, opts.fetch ?? globalThis.fetch, opts.timeoutMs ?? 15_000, opts.env);
  }
  const usable = [credential, registry, online].every((c) => c.state !== 'problem');
  return { provider: name, type: spec.type, model, auth, credential, registry, online, usable };
}

function authOf(spec: ProviderSpec, env: DoctorOptions['env']): { auth: string; credential: Check; key?: string } {
  if (spec.type === 'bedrock') return bedrockAuthRow('', spec, env);
  // A provider type or auth block this build does not know the exchange of is shown as it is.
  const authType = (spec as { auth?: { type?: unknown } }).auth?.type;
  if (authType === 'oidc') {
    const source = oidcTokenSource(env);
    return {
      auth: spec.type === 'azure' ? 'oidc (GitHub token -> Microsoft Entra)' : 'oidc (GitHub token exchange)',
      credential: source
        ? {
            state: 'ok',
            label: 'token',
            detail: source === 'file' ? 'OIDC token file set' : 'ACTIONS_ID_TOKEN_REQUEST_URL set',
          }
        : {
            state: 'problem',
            label: 'no token',
            detail: 'no OIDC token: the workflow needs `permissions: id-token: write`',
          },
    };
  }
  if (spec.type === 'replay')
    return { auth: 'none (replay)', credential: { state: 'ok', label: 'not needed', detail: 'not needed' } };
  const keyEnv = apiKeyEnvOf(spec);
  if (!keyEnv)
    return { auth: `none (${spec.type})`, credential: { state: 'ok', label: 'not needed', detail: 'not needed' } };
  const value = env[keyEnv];
  if (value === undefined || value.trim() === '') {
    return {
      auth: `api key from ${keyEnv}`,
      credential: { state: 'problem', label: 'missing', detail: `${keyEnv} is not set (export ${keyEnv}=...)` },
    };
  }
  return {
    auth: `api key from ${keyEnv}`,
    credential: { state: 'ok', label: 'set', detail: `${keyEnv} is set` },
    key: value,
  };
}

async function registryCheck(spec: ProviderSpec, now: Date): Promise<Check> {
  if (!HOSTED.has(spec.type) || !spec.model)
    return { state: 'skipped', label: '-', detail: `not checked for ${spec.type}` };
  let info;
  try {
    info = await registryModelInfo(spec.model, spec.type);
  } catch {
    return { state: 'warning', label: 'unavailable', detail: 'price registry not available' };
  }
  // A model newer than the registry, priced in the spec: nothing to warn about.
  if (!info.known && spec.price)
    return {
      state: 'ok',
      label: 'spec price',
      detail: `${spec.model} priced in the spec (unknown to ${info.registry})`,
    };
  if (!info.known)
    return {
      state: 'warning',
      label: 'unknown',
      detail: `${spec.model} unknown to ${info.registry} (a typo, or newer than the registry)`,
    };
  if (info.retiresOn && info.retiresOn <= now.toISOString().slice(0, 10)) {
    return {
      state: 'problem',
      label: 'retired',
      detail: `${spec.model} retired on ${info.retiresOn} (${info.retirementSource ?? info.registry})`,
    };
  }
  if (info.retiresOn)
    return { state: 'warning', label: 'retiring', detail: `${spec.model} retires on ${info.retiresOn}` };
  if (info.deprecated)
    return { state: 'warning', label: 'deprecated', detail: `${spec.model} is marked deprecated in ${info.registry}` };
  return { state: 'ok', label: 'known', detail: `known (${info.id})` };
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * One model lookup, the cheapest call that proves key and model: OpenAI `GET /v1/models/{model}`,
 * Anthropic `GET /v1/models/{model}`, Ollama `GET /api/tags`, an OpenAI-compatible server's
 * `GET /v1/models`, an Azure deployment's 1-token chat completion (docs/reference.md, "doctor").
 */
async function lookup(
  spec: ProviderSpec,
  key: string | undefined,
  fetchFn: typeof fetch,
  timeoutMs: number,
  env: DoctorOptions['env'] = {},
): Promise<Check> {
  if (spec.type === 'replay') return { state: 'skipped', label: '-', detail: 'replay' };
  const model = modelOf(spec);
  let url: string;
  let headers: Record<string, string> = { accept: 'application/json' };
  let init: RequestInit = {};
  const secrets: string[] = key ? [key] : [];
  let base = spec.base_url ?? DEFAULT_BASE_URLS[spec.type];
  if (spec.type === 'azure') {
    // A 1-token request on the deployment (clouds/azure-doctor.ts); the exchange, keyless, is its own.
    const { azureProbeRequest } = await import('./clouds/azure-doctor.js');
    const probe = await azureProbeRequest(spec, key, env, fetchFn);
    if ('problem' in probe) return { state: 'problem', label: probe.label, detail: probe.problem };
    ({ url, init } = probe);
    headers = init.headers as Record<string, string>;
    secrets.push(...probe.secrets);
    base = new URL(url).origin;
  } else if (!base) {
    return { state: 'problem', label: 'no base_url', detail: `type ${spec.type} needs base_url` };
  } else if (spec.type === 'ollama') {
    const origin = trimSlash(base).replace(/\/api$/, '');
    url = `${origin}/api/tags`;
    if (key) headers.authorization = `Bearer ${key}`;
  } else if (spec.type === 'anthropic') {
    url = `${trimSlash(base)}/models/${encodeURIComponent(model)}`;
    headers['anthropic-version'] = '2023-06-01';
    if (key) headers['x-api-key'] = key;
  } else {
    url =
      spec.type === 'openai' ? `${trimSlash(base)}/models/${encodeURIComponent(model)}` : `${trimSlash(base)}/models`;
    if (key) headers.authorization = `Bearer ${key}`;
  }
  const scrub = (s: string) => secrets.reduce((acc, v) => acc.split(v).join('***'), s);
  let status: number;
  let body: string;
  try {
    const res = await fetchFn(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    status = res.status;
    body = (await res.text()).slice(0, MAX_BODY);
  } catch (e) {
    return { state: 'problem', label: 'unreachable', detail: scrub(`cannot reach ${base}: ${firstCause(e)}`) };
  }
  const said = scrub(serverSaid(body));
  if (status >= 200 && status < 300) {
    if (spec.type === 'ollama' || spec.type === 'openai-compatible') return listed(spec.type, model, body);
    return { state: 'ok', label: 'ok', detail: `${model} available` };
  }
  if (isModelUnavailable(status, body, said))
    return { state: 'problem', label: 'model unavailable', detail: `${model} unavailable: HTTP ${status}: ${said}` };
  if (status === 401 || status === 403)
    return { state: 'problem', label: 'key refused', detail: `key refused: HTTP ${status}: ${said}` };
  return { state: 'problem', label: `HTTP ${status}`, detail: `HTTP ${status}: ${said}` };
}

/** Whether a model listing names the model (Ollama's tags drop a `:latest`). */
function listed(type: string, model: string, body: string): Check {
  let names: string[];
  try {
    const parsed = JSON.parse(body) as { models?: Array<{ name?: string }>; data?: Array<{ id?: string }> };
    names =
      type === 'ollama' ? (parsed.models ?? []).map((m) => m.name ?? '') : (parsed.data ?? []).map((m) => m.id ?? '');
  } catch {
    return { state: 'warning', label: 'unreadable', detail: 'the model listing is not JSON' };
  }
  const want = (n: string) => (type === 'ollama' ? n.replace(/:latest$/, '') : n);
  if (names.some((n) => want(n) === want(model))) return { state: 'ok', label: 'ok', detail: `${model} available` };
  if (type === 'ollama')
    return { state: 'problem', label: 'not pulled', detail: `${model} not pulled (ollama pull ${model})` };
  return { state: 'warning', label: 'not listed', detail: `${model} not in the server's model list` };
}

function serverSaid(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: unknown; message?: unknown };
    const err = parsed.error;
    if (typeof err === 'string') return err;
    if (err && typeof err === 'object' && typeof (err as { message?: unknown }).message === 'string')
      return (err as { message: string }).message;
    if (typeof parsed.message === 'string') return parsed.message;
  } catch {
    /* not JSON: the body's start */
  }
  return body.slice(0, 200) || 'no message';
}

function firstCause(e: unknown): string {
  let cur: unknown = e;
  let msg = '';
  for (let i = 0; cur && typeof cur === 'object' && i < 5; i++) {
    const c = cur as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof c.code === 'string') return c.code;
    if (typeof c.message === 'string') msg = c.message;
    cur = c.cause;
  }
  return msg.split('\n')[0] ?? 'failed';
}

/** One line per problem (and warning), for summaries and stderr: `PROVIDER: what`. */
export function doctorNotes(report: DoctorReport): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const r of report.providers) {
    for (const c of [r.credential, r.registry, r.online]) {
      if (c.state === 'problem') problems.push(`${r.provider} (${r.type} ${r.model || '-'}): ${c.detail}`);
      if (c.state === 'warning') warnings.push(`${r.provider} (${r.type} ${r.model || '-'}): ${c.detail}`);
    }
  }
  return { problems, warnings };
}
