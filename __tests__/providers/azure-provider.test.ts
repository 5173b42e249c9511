/**
 * The `azure` provider type (docs/reference.md, "azure") running jobs against the strict Azure
 * OpenAI emulator (__tests__/helpers/azure-servers.ts) with a key: the deployment URL and
 * api-version, the api-key header, structured output, streaming usage, prompt_cache_key and cached
 * tokens priced by the registry, a 429 retried, DeploymentNotFound as E_MODEL_UNAVAILABLE with a
 * route failing over, embeddings on a deployment, and the set-up errors.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readManifest } from '../../src/run/run-folder.js';
import { readEventsSync } from '../../src/events/reader.js';
import { createHttpProvider } from '../../src/providers/http.js';
import { AZURE_DEFAULT_API_VERSION, azureDeploymentUrl } from '../../src/providers/clouds/azure.js';
import { entraTokenUrl } from '../../src/providers/auth/exchange-entra.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';
import { startAzureServers, type AzureServers } from '../helpers/azure-servers.js';
import { Workspace } from '../helpers/workspace.js';

let az: AzureServers;
let ws: Workspace;
beforeEach(async () => {
  az = await startAzureServers();
  ws = new Workspace();
});
afterEach(async () => {
  await az.close();
  ws.cleanup();
});

const env = () => ({ AZURE_API_KEY: az.config.apiKey });

function providerYaml(name = 'az', extra = '', deployment = 'gpt4o-prod'): string {
  return `  ${name}: { type: azure, base_url: "${az.origin}", deployment: ${deployment}, model: gpt-4o${extra} }\n`;
}

async function run(yaml: string, e: Record<string, string | undefined> = env()) {
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({ loaded, runsDir: ws.path('runs'), env: e, workspaceDir: ws.dir });
  const runDir = join(ws.path('runs'), result.jobId);
  const manifest = await readManifest(runDir);
  const events = readEventsSync(join(runDir, 'events.jsonl')).events;
  return { result, manifest, events, runDir };
}

test('a job on a deployment: the deployment URL with the default api-version, the api-key header, structured output, streamed usage, the registry price', async () => {
  const { result, manifest } = await run(`version: 2
name: az
defaults: { provider: az, retries: 0, concurrency: 1 }
providers:
${providerYaml()}${providerYaml('azs', ', stream: true')}steps:
  plain: { prompt: "hello" }
  shaped:
    prompt: "give me a verdict"
    output_schema: { type: object, properties: { verdict: { type: string }, score: { type: number } }, required: [verdict, score] }
    outputs: [{ path: shaped.json }]
  streamed: { provider: azs, prompt: "stream it" }
`);
  expect(result.status).toBe('succeeded');
  expect(az.requests).toHaveLength(3);
  for (const r of az.requests) {
    expect(r.path).toBe('/openai/deployments/gpt4o-prod/chat/completions');
    expect(r.apiVersion).toBe(AZURE_DEFAULT_API_VERSION);
    expect(r.headers['api-key']).toBe(az.config.apiKey);
    expect(r.headers.authorization).toBeUndefined();
  }
  // Native structured output: the schema as json_schema, not strict (the engine validates).
  const shaped = az.requests[1]!.body.response_format as { type: string; json_schema: { strict: boolean } };
  expect(shaped.type).toBe('json_schema');
  expect(shaped.json_schema.strict).toBe(false);
  const written = (readdirSync(ws.dir, { recursive: true }) as string[]).find((f) => f.endsWith('shaped.json'))!;
  expect(JSON.parse(readFileSync(join(ws.dir, written), 'utf8'))).toEqual({ verdict: 'ok', score: 1 });
  // Streaming asks for usage and records it.
  expect(az.requests[2]!.body.stream).toBe(true);
  expect(az.requests[2]!.body.stream_options).toEqual({ include_usage: true });
  const streamed = manifest.steps.streamed!;
  expect(streamed.usage?.input_tokens).toBe(az.usages[2]!.prompt_tokens);
  // gpt-4o at the registry's rates (2.50 in / 10.00 out per MTok).
  const expected = az.usages.reduce(
    (a, u) => a + (Number(u.prompt_tokens) * 2.5 + Number(u.completion_tokens) * 10) / 1e6,
    0,
  );
  expect(manifest.totals.cost_usd).toBeCloseTo(expected, 10);
});

test('prompt_cache_key: one per step shared by its instances; cached tokens recorded and priced', async () => {
  mkdirSync(ws.path('docs'), { recursive: true });
  writeFileSync(ws.path('docs/guide.md'), `# Guide\n\n${'Check every error path and every boundary. '.repeat(230)}\n`);
  const { manifest } = await run(`version: 2
name: pc
defaults: { provider: az, retries: 0, concurrency: 1 }
providers:
${providerYaml()}steps:
  review:
    for_each: '["a.ts", "b.ts", "c.ts"]'
    system: You review one file.
    context: { include: ["docs/*.md"], max_tokens: 8000 }
    prompt: "Review {{ item }} against the guide."
`);
  const keys = az.requests.map((r) => r.body.prompt_cache_key);
  expect(keys).toHaveLength(3);
  expect(new Set(keys).size).toBe(1);
  expect((keys[0] as string).length).toBeLessThanOrEqual(64);
  const cached = az.usages.map((u) => (u.prompt_tokens_details as { cached_tokens: number }).cached_tokens);
  expect(cached[0]).toBe(0);
  expect(cached[1]).toBeGreaterThanOrEqual(1024);
  expect(manifest.totals.cached_input_tokens).toBe(cached.reduce((a, b) => a + b, 0));
  // gpt-4o: cached input at 1.25 per MTok.
  const expected = az.usages.reduce((a, u) => {
    const c = (u.prompt_tokens_details as { cached_tokens: number }).cached_tokens;
    return a + ((Number(u.prompt_tokens) - c) * 2.5 + c * 1.25 + Number(u.completion_tokens) * 10) / 1e6;
  }, 0);
  expect(manifest.totals.cost_usd).toBeCloseTo(expected, 10);
});

test('without model, a deployment named like a model is priced as that model', async () => {
  await az.close();
  az = await startAzureServers({ deployments: { 'gpt-4o-mini': { model: 'gpt-4o-mini-2024-07-18', kind: 'chat' } } });
  const { manifest } = await run(`version: 2
name: p
defaults: { provider: az, retries: 0 }
providers:
  az: { type: azure, base_url: "${az.origin}", deployment: gpt-4o-mini }
steps:
  a: { prompt: "hi" }
`);
  const u = az.usages[0]!;
  expect(manifest.totals.cost_usd).toBeCloseTo(
    (Number(u.prompt_tokens) * 0.15 + Number(u.completion_tokens) * 0.6) / 1e6,
    12,
  );
});

test('prompt_cache: false sends no prompt_cache_key', async () => {
  await run(`version: 2
name: pc
defaults: { provider: az, retries: 0 }
providers:
${providerYaml('az', ', prompt_cache: false')}steps:
  a: { system: "sys", prompt: "hi" }
`);
  expect(az.requests).toHaveLength(1);
  expect(az.requests[0]!.body.prompt_cache_key).toBeUndefined();
});

test('a 429 (after its retry-after) and a 500 are retried; an explicit api_version and resource-less base_url path are honoured', async () => {
  az.failNext(429, 1, 1);
  az.failNext(500, 1);
  const started = Date.now();
  const { result, events } = await run(`version: 2
name: rl
defaults: { provider: az, retries: 2 }
providers:
${providerYaml('az', ', api_version: 2025-04-01-preview')}steps:
  a: { prompt: "hi" }
`);
  expect(result.status).toBe('succeeded');
  expect(az.requests).toHaveLength(3);
  expect(az.requests.every((r) => r.apiVersion === '2025-04-01-preview')).toBe(true);
  expect(events.filter((e) => e.type === 'step.retrying')).toHaveLength(2);
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
});

test('DeploymentNotFound: E_MODEL_UNAVAILABLE naming the deployment, not retried; a route fails over to the next provider', async () => {
  const { result, manifest, events } = await run(`version: 2
name: gone
defaults: { retries: 3 }
providers:
${providerYaml('old', '', 'gpt35-retired')}${providerYaml('cur')}routes:
  r: { strategy: ordered, providers: [old, cur] }
steps:
  a: { provider: r, prompt: "hi" }
  b: { provider: old, prompt: "hi" }
`);
  expect(manifest.steps.a!.status).toBe('succeeded');
  expect(manifest.steps.b!.status).toBe('failed');
  const gone = az.requests.filter((r) => r.deployment === 'gpt35-retired');
  expect(gone).toHaveLength(2); // once for a (then failover), once for b: never retried
  expect(az.requests.filter((r) => r.deployment === 'gpt4o-prod')).toHaveLength(1);
  expect(events.filter((e) => e.type === 'step.retrying')).toHaveLength(0);
  const err = manifest.steps.b!.error!;
  expect(err.code).toBe('E_MODEL_UNAVAILABLE');
  expect(err.message).toMatch(/deployment gpt35-retired \(model gpt-4o\) is unavailable/);
  expect(err.message).toMatch(/HTTP 404: The API deployment for this resource does not exist/);
  expect(err.hint).toMatch(/orchestrator doctor/);
  expect(result.status).toBe('failed');
});

test('embeddings on a deployment (similar, metric embedding)', async () => {
  const provider = createHttpProvider(
    'az',
    { type: 'azure', base_url: az.origin, deployment: 'gpt4o-prod' } as HttpProviderSpec,
    { env: env(), baseDir: ws.dir },
  );
  const r = await provider.embed!({ model: 'embed-small', values: ['a', 'b'], signal: new AbortController().signal });
  expect(r.embeddings).toHaveLength(2);
  expect(az.requests[0]!.path).toBe('/openai/deployments/embed-small/embeddings');
  expect(az.requests[0]!.headers['api-key']).toBe(az.config.apiKey);
});

test('a similar check with metric embedding on an azure provider embeds through its embedding deployment', async () => {
  writeFileSync(ws.path('responses.yaml'), 'summary: "The cat sat on the mat."\n');
  const { result, events } = await run(`version: 2
name: emb
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
${providerYaml()}steps:
  summary:
    prompt: Summarise the story.
    checks:
      - { type: similar, metric: embedding, provider: az, model: embed-small, reference: "The cat sat on the mat.", min: 0.99 }
`);
  expect(result.status).toBe('succeeded');
  expect(az.requests.map((r) => [r.path, r.body.input])).toEqual([
    ['/openai/deployments/embed-small/embeddings', ['The cat sat on the mat.', 'The cat sat on the mat.']],
  ]);
  expect(events.some((e) => e.type === 'llm.request' && (e.data as { embedding?: boolean }).embedding)).toBe(true);
});

test('set-up errors before any call: no key, no endpoint, keyless without tenant_id', async () => {
  const setupError = async (spec: Record<string, unknown>, e: Record<string, string | undefined>) => {
    const p = createHttpProvider('az', { type: 'azure', deployment: 'd', ...spec } as HttpProviderSpec, {
      env: e,
      baseDir: ws.dir,
    });
    return p.preflight!().then(
      () => undefined,
      (x: unknown) => x as { code: string; message: string; hint?: string },
    );
  };
  expect(await setupError({ resource: 'myres' }, {})).toMatchObject({
    code: 'E_API_KEY_MISSING',
    message: expect.stringMatching(/AZURE_API_KEY/),
  });
  expect(await setupError({}, env())).toMatchObject({
    code: 'E_PROVIDER_CONFIG',
    message: expect.stringMatching(/resource or base_url/),
  });
  expect(
    await setupError(
      { resource: 'myres', auth: { type: 'oidc', client_id: 'c' } },
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'x' },
    ),
  ).toMatchObject({ code: 'E_PROVIDER_CONFIG', message: expect.stringMatching(/tenant_id/) });
  expect(
    await setupError({ resource: 'myres', auth: { type: 'oidc', tenant_id: 't', client_id: 'c' } }, {}),
  ).toMatchObject({
    code: 'E_AUTH',
    message: expect.stringMatching(/OIDC token/),
    hint: expect.stringMatching(/id-token: write/),
  });
  expect(az.requests).toHaveLength(0);
});

test('endpoints: the resource host, a base_url with or without /openai, the Entra authority (sovereign clouds)', () => {
  const spec = (extra: Record<string, unknown>) =>
    ({ type: 'azure', deployment: 'gpt4o-prod', ...extra }) as Extract<HttpProviderSpec, { type: 'azure' }>;
  expect(azureDeploymentUrl(spec({ resource: 'contoso' }), 'gpt4o-prod', '/chat/completions')).toBe(
    'https://contoso.openai.azure.com/openai/deployments/gpt4o-prod/chat/completions?api-version=2024-10-21',
  );
  expect(
    azureDeploymentUrl(
      spec({ base_url: 'https://contoso.openai.azure.us/openai/', api_version: '2025-04-01-preview' }),
      'e',
      '/embeddings',
    ),
  ).toBe('https://contoso.openai.azure.us/openai/deployments/e/embeddings?api-version=2025-04-01-preview');
  expect(entraTokenUrl({ type: 'oidc', tenant_id: 'tid' })).toBe(
    'https://login.microsoftonline.com/tid/oauth2/v2.0/token',
  );
  expect(entraTokenUrl({ type: 'oidc', tenant_id: 'tid', authority_host: 'https://login.microsoftonline.us/' })).toBe(
    'https://login.microsoftonline.us/tid/oauth2/v2.0/token',
  );
});
