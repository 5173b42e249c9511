/**
 * The Gemini provider types through the real CLI with no key in the environment but the Gemini
 * API key where the `google` type needs one (docs/reference.md, `vertex` and `google`): strict
 * loopback emulators of the Gemini API, Vertex AI, Google STS and IAM Credentials
 * (__tests__/helpers/gemini-servers.ts) and of the GitHub OIDC issuer (oidc-servers.ts).
 * One token exchange pair per provider per run; the Vertex paths accept only the bearer the
 * emulated IAM issued; no credential in any file of the run, in its output or in a command's
 * environment; E_AUTH before any step without an OIDC token; the model-unavailable answer fails
 * a route over, unretried.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { startGeminiServers, type GeminiServers } from '../helpers/gemini-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const NO_KEYS = {
  ANTHROPIC_API_KEY: undefined,
  OPENAI_API_KEY: undefined,
  GOOGLE_GENERATIVE_AI_API_KEY: undefined,
  GOOGLE_APPLICATION_CREDENTIALS: undefined,
  GOOGLE_VERTEX_PROJECT: undefined,
  GOOGLE_VERTEX_LOCATION: undefined,
  ORCHESTRATOR_OIDC_TOKEN_FILE: undefined,
  ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
};

let bin: CliBin;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());

let oidc: OidcServers;
let gem: GeminiServers;
let ws: Workspace;
beforeEach(async () => {
  oidc = await startOidcServers();
  gem = await startGeminiServers({ issuer: oidc.issuer });
});
afterEach(async () => {
  await gem.close();
  await oidc.close();
  ws?.cleanup();
});

function actionsEnv(extra: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    ...NO_KEYS,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
    ...extra,
  };
}

function vertexYaml(name: string, extra = '', model = 'gemini-2.5-flash'): string {
  const c = gem.config;
  return `  ${name}:
    type: vertex
    model: ${model}
    project: ${c.project}
    location: ${c.location}
    base_url: "${gem.origin}"
    auth: { type: oidc, workload_identity_provider: "${c.workloadIdentityProvider}", service_account: "${c.serviceAccount}", sts_endpoint: "${gem.origin}/v1/token", iam_endpoint: "${gem.origin}" }
${extra}`;
}

function run(args: string[], env: Record<string, string | undefined>) {
  return runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache', '-q', ...args], ws.dir, { env }).done;
}

function manifest(job: string): Record<string, unknown> {
  return JSON.parse(readFileSync(ws.path('runs', job, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

test('vertex keyless: one STS + IAM exchange for the run, bearer only, structured output, priced, nothing written or given to commands', async () => {
  gem.answer = (body) => {
    const cfg = (body.generationConfig ?? {}) as { responseMimeType?: string };
    return cfg.responseMimeType === 'application/json' ? '{"verdict":"ship it"}' : 'plain answer';
  };
  ws = new Workspace({
    'job.yaml': `version: 2
name: vertex-keyless
defaults: { provider: gem, concurrency: 4, retries: 0 }
providers:
${vertexYaml('gem')}steps:
  a1: { prompt: "one" }
  a2: { prompt: "two" }
  a3: { prompt: "three" }
  judged:
    prompt: "verdict?"
    outputs: [{ path: judged.json }]
    output_schema: { type: object, required: [verdict], properties: { verdict: { type: string } } }
  snoop:
    needs: [a1]
    run: "env > env.txt; env"
`,
  });
  const r = await run(['--job-id', 'v1'], actionsEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);

  expect(gem.calls).toHaveLength(4);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
  expect(oidc.hits.idToken).toBe(1);
  for (const c of gem.calls) {
    expect(c.api).toBe('vertex');
    expect(c.url).toContain(
      `/v1/projects/${gem.config.project}/locations/${gem.config.location}/publishers/google/models/gemini-2.5-flash:generateContent`,
    );
    expect(c.headers['x-goog-api-key']).toBeUndefined();
    expect(c.headers.authorization).toBe(`Bearer ${gem.accessTokens[0]}`);
  }
  const structured = gem.calls.find((c) => JSON.stringify(c.body).includes('verdict?'))!;
  expect((structured.body.generationConfig as { responseMimeType?: string }).responseMimeType).toBe('application/json');
  expect(readFileSync(ws.path('runs', 'v1', 'outputs', 'judged.json'), 'utf8').trim()).toBe('{"verdict":"ship it"}');

  // Priced from the registry (Gemini 2.5 Flash: $0.30 in, $2.50 out per million), no price: in the spec.
  const steps = manifest('v1').steps as Record<
    string,
    { usage: { input_tokens: number; output_tokens: number }; cost_usd: number }
  >;
  for (const id of ['a1', 'a2', 'a3', 'judged']) {
    const { usage, cost_usd } = steps[id]!;
    expect(usage.output_tokens).toBeGreaterThan(0);
    expect(cost_usd).toBeCloseTo((usage.input_tokens * 0.3 + usage.output_tokens * 2.5) / 1e6, 12);
  }

  const secrets = [...oidc.jwts, ...gem.federated, ...gem.accessTokens, oidc.requestToken];
  expect(secrets).toHaveLength(4);
  const files = allFiles(ws.path('runs'));
  const env = files.find((f) => f.path.endsWith('env.txt'))!;
  expect(env.text).toContain('ORCHESTRATOR_RUN_DIR=');
  expect(env.text).not.toContain('ACTIONS_ID_TOKEN_REQUEST');
  const texts = [...files, { path: 'stdout', text: r.stdout }, { path: 'stderr', text: r.stderr }];
  expect(secrets.flatMap((s) => leaks(s, texts))).toEqual([]);
}, 90_000);

test('an access token about to expire is exchanged again, with a fresh GitHub token', async () => {
  await gem.close();
  gem = await startGeminiServers({ issuer: oidc.issuer, expiresIn: 2 }); // refreshed at half its life
  ws = new Workspace({
    'job.yaml': `version: 2
name: refresh
defaults: { provider: gem, concurrency: 1, retries: 0 }
providers:
${vertexYaml('gem')}steps:
  first: { prompt: "one" }
  wait: { needs: [first], run: "sleep 1.5" }
  second: { needs: [wait], prompt: "two" }
`,
  });
  const r = await run(['--job-id', 'r1'], actionsEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(gem.hits).toEqual({ sts: 2, iam: 2, refused: 0 });
  expect(new Set(oidc.jwts).size).toBe(2);
  expect(gem.calls.map((c) => c.headers.authorization)).toEqual(gem.accessTokens.map((t) => `Bearer ${t}`));
}, 90_000);

test('vertex streams with usage (cached tokens), retries a 429 and a 503', async () => {
  gem.cachedTokens = 3;
  gem.script({ status: 429, retryDelay: '0.2s' }, { status: 503 });
  ws = new Workspace({
    'job.yaml': `version: 2
name: vertex-stream
defaults: { provider: gem, retries: 3 }
providers:
${vertexYaml('gem', '    stream: true\n')}steps:
  ask: { prompt: "please stream a long enough answer", outputs: [{ path: ask.txt }] }
`,
  });
  const r = await run(['--job-id', 's1'], actionsEnv());
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(gem.calls.map((c) => c.action)).toEqual(Array(3).fill('streamGenerateContent'));
  expect(gem.calls.every((c) => c.url.endsWith('?alt=sse'))).toBe(true);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
  expect(readFileSync(ws.path('runs', 's1', 'outputs', 'ask.txt'), 'utf8')).toBe(
    'answer to: please stream a long enough answer',
  );
  const events = readFileSync(ws.path('runs', 's1', 'events.jsonl'), 'utf8');
  expect(events).toMatch(/"cached_input_tokens":3/);
  expect(events.match(/"step\.retrying"/g)).toHaveLength(2);
  // The 429's wait is the retryDelay Google put in its body (RetryInfo), not a guess.
  expect(events).toMatch(/"step\.retrying".*"reason":"E_RATE_LIMITED".*"retry_after_ms":200/);
  // Cached tokens are priced at the registry's cache-read rate ($0.03 per million on 2.5 Flash).
  const ask = (manifest('s1').steps as Record<string, { usage: Record<string, number>; cost_usd: number }>).ask!;
  expect(ask.usage.cached_input_tokens).toBe(3);
  const { input_tokens: inTok, output_tokens: outTok } = ask.usage;
  expect(ask.cost_usd).toBeCloseTo(((inTok! - 3) * 0.3 + 3 * 0.03 + outTok! * 2.5) / 1e6, 12);
}, 90_000);

test('an unknown Gemini model is E_MODEL_UNAVAILABLE, not retried, and the route fails over to google (key in the header only)', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: failover
defaults: { provider: r, retries: 3 }
providers:
${vertexYaml('gone', '', 'gemini-1.0-retired')}  flash:
    type: google
    model: gemini-2.0-flash
    base_url: "${gem.origin}"
routes:
  r: { strategy: ordered, providers: [gone, flash] }
steps:
  ask: { prompt: "anyone there" }
  snoop: { run: "env > env.txt; env" }
`,
  });
  const r = await run(['--job-id', 'f1'], actionsEnv({ GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey }));
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(gem.calls.map((c) => [c.api, c.model])).toEqual([['gemini', 'gemini-2.0-flash']]);
  expect(gem.urls.filter((u) => u.includes('gemini-1.0-retired'))).toHaveLength(1);
  expect(gem.calls[0]!.headers['x-goog-api-key']).toBe(gem.config.apiKey);
  expect(gem.urls.some((u) => /[?&]key=/.test(u))).toBe(false);
  const events = readFileSync(ws.path('runs', 'f1', 'events.jsonl'), 'utf8');
  expect(events).toMatch(/E_MODEL_UNAVAILABLE/);
  expect(events).toMatch(/model gemini-1.0-retired is unavailable/);
  expect(events).not.toMatch(/"step\.retrying"/);
  const files = allFiles(ws.path('runs'));
  expect(files.find((f) => f.path.endsWith('env.txt'))!.text).toContain('ORCHESTRATOR_RUN_DIR=');
  expect(leaks(gem.config.apiKey, [...files, { path: 'stdout', text: r.stdout }])).toEqual([]);
}, 90_000);

test('without an OIDC token: E_AUTH, exit 2, before any step; google with auth oidc is refused naming vertex', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: noperm
defaults: { provider: gem, retries: 0 }
providers:
${vertexYaml('gem')}steps:
  early: { run: "echo ran > ran.txt" }
  ask: { prompt: "hi" }
`,
  });
  const r = await run(['--job-id', 'n1'], NO_KEYS);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/E_AUTH/);
  expect(r.stderr).toMatch(/permissions: id-token: write/);
  expect(gem.urls).toEqual([]);
  expect(oidc.hits.idToken).toBe(0);
  expect(allFiles(ws.path('runs')).some((f) => f.path.endsWith('ran.txt'))).toBe(false);

  ws.write({
    'job.yaml': `version: 2
name: google-oidc
defaults: { provider: g, retries: 0 }
providers:
  g:
    type: google
    model: gemini-2.5-flash
    auth: { type: oidc }
steps:
  ask: { prompt: "hi" }
`,
  });
  const g = await run(['--job-id', 'n2'], actionsEnv());
  expect(g.code).toBe(2);
  // Refused when the spec is loaded, with its position.
  expect(g.stderr).toMatch(/job\.yaml:\d+:\d+: error: provider g: auth oidc is available on .*, not google/);
  expect(g.stderr).toMatch(/type vertex/);
}, 90_000);

test('vertex keyless outside Actions: --oidc-token-file supplies the GitHub token', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: tokenfile
defaults: { provider: gem, retries: 0 }
providers:
${vertexYaml('gem')}steps:
  ask: { prompt: "from the laptop" }
`,
  });
  const now = Math.floor(Date.now() / 1000);
  writeFileSync(
    ws.path('token.jwt'),
    oidc.sign({
      iss: oidc.issuer,
      sub: gem.config.subject,
      aud: `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      iat: now,
      exp: now + 300,
    }),
  );
  const r = await run(['--job-id', 't1', '--oidc-token-file', 'token.jwt'], NO_KEYS);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
  expect(oidc.hits.idToken).toBe(0);
  const files = allFiles(ws.path('runs'));
  const secrets = [readFileSync(ws.path('token.jwt'), 'utf8'), ...gem.federated, ...gem.accessTokens];
  expect(secrets.flatMap((s) => leaks(s, [...files, { path: 'stdout', text: r.stdout }]))).toEqual([]);
}, 90_000);

test('vertex on application default credentials: an external_account file (as google-github-actions/auth writes) through google-auth-library', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: adc
defaults: { provider: gem, retries: 0 }
providers:
  gem:
    type: vertex
    model: gemini-2.5-pro
    base_url: "${gem.origin}"
steps:
  one: { prompt: "first" }
  two: { needs: [one], prompt: "second" }
`,
  });
  const jwt = oidc.sign({
    iss: oidc.issuer,
    sub: gem.config.subject,
    aud: `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
    iat: Math.floor(Date.now() / 1000),
    exp: Math.floor(Date.now() / 1000) + 300,
  });
  writeFileSync(ws.path('github.jwt'), jwt);
  writeFileSync(
    ws.path('gha-creds.json'),
    JSON.stringify({
      type: 'external_account',
      audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${gem.origin}/v1/token`,
      service_account_impersonation_url: `${gem.origin}/v1/projects/-/serviceAccounts/${gem.config.serviceAccount}:generateAccessToken`,
      credential_source: { file: ws.path('github.jwt') },
    }),
  );
  const r = await run(['--job-id', 'a1'], {
    ...NO_KEYS,
    GOOGLE_APPLICATION_CREDENTIALS: ws.path('gha-creds.json'),
    GOOGLE_VERTEX_PROJECT: gem.config.project,
    GOOGLE_VERTEX_LOCATION: gem.config.location,
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(gem.calls).toHaveLength(2);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
  expect(gem.calls.every((c) => c.headers.authorization === `Bearer ${gem.accessTokens[0]}`)).toBe(true);
  const files = allFiles(ws.path('runs'));
  expect(
    [...gem.federated, ...gem.accessTokens].flatMap((s) => leaks(s, [...files, { path: 'stdout', text: r.stdout }])),
  ).toEqual([]);
}, 90_000);
