/**
 * `orchestrator doctor` rows of the Gemini types through the built bin, against the loopback
 * Gemini/Vertex/STS/IAM emulator (__tests__/helpers/gemini-servers.ts) and OIDC issuer: the auth
 * path each takes offline, and with --online the Gemini API model lookup or the Vertex token count
 * (after the same exchange a run makes). Credentials never printed.
 */
import { spawn } from 'node:child_process';
import { Workspace, BIN } from '../helpers/workspace.js';
import { startGeminiServers, type GeminiServers } from '../helpers/gemini-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';

interface Out {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<Out> {
  return new Promise((resolve, reject) => {
    const clean = { ...process.env };
    for (const k of [
      'GOOGLE_GENERATIVE_AI_API_KEY',
      'GOOGLE_APPLICATION_CREDENTIALS',
      'GOOGLE_VERTEX_PROJECT',
      'GOOGLE_VERTEX_LOCATION',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ORCHESTRATOR_OIDC_TOKEN_FILE',
    ])
      delete clean[k];
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...clean, HOME: cwd, NO_COLOR: '1', COLUMNS: '200', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let gem: GeminiServers;
let oidc: OidcServers;
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

function spec(providers: string): Record<string, string> {
  return {
    'job.yaml': `version: 2
name: doc
defaults: { provider: g }
providers:
${providers}
steps:
  s: { prompt: "hi" }
`,
  };
}

function vertex(name: string, model: string): string {
  const c = gem.config;
  return `  ${name}:
    type: vertex
    model: ${model}
    project: ${c.project}
    location: ${c.location}
    base_url: "${gem.origin}"
    auth: { type: oidc, workload_identity_provider: "${c.workloadIdentityProvider}", service_account: "${c.serviceAccount}", sts_endpoint: "${gem.origin}/v1/token", iam_endpoint: "${gem.origin}" }`;
}

type Row = {
  provider: string;
  auth: string;
  credential: { state: string };
  registry: { state: string };
  online: { state: string; label: string; detail: string };
};
const rowOf = (out: Out, name: string): Row =>
  (JSON.parse(out.stdout) as { providers: Row[] }).providers.find((p) => p.provider === name)!;

test('offline: google needs its key, vertex oidc an OIDC token source; no call made', async () => {
  ws = new Workspace(
    spec(`  g: { type: google, model: gemini-2.5-flash, base_url: "${gem.origin}" }\n${vertex('v', 'gemini-2.5-pro')}`),
  );
  const none = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, {});
  expect(none.code).toBe(1);
  expect(rowOf(none, 'g')).toMatchObject({
    auth: 'api key from GOOGLE_GENERATIVE_AI_API_KEY',
    credential: { state: 'problem' },
    registry: { state: 'ok' },
  });
  expect(rowOf(none, 'v').auth).toMatch(/^oidc \(Google STS \+ IAM Credentials as orchestrator@/);
  expect(rowOf(none, 'v').credential.state).toBe('problem');

  const ok = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, {
    GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey,
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });
  expect(ok.code).toBe(0);
  expect(ok.stdout).not.toContain(gem.config.apiKey);
  expect(gem.urls).toEqual([]);
  expect(oidc.hits.idToken).toBe(0);
});

test('--online: the Gemini API model lookup and the Vertex token count after the exchange a run makes; unknown models and a wrong key are problems', async () => {
  ws = new Workspace(
    spec(
      [
        `  g: { type: google, model: gemini-2.5-flash, base_url: "${gem.origin}" }`,
        `  gone: { type: google, model: gemini-0-nope, base_url: "${gem.origin}", price: { input_per_mtok: 1, output_per_mtok: 1 } }`,
        `  bad: { type: google, model: gemini-2.5-flash, base_url: "${gem.origin}", api_key_env: WRONG_KEY }`,
        vertex('v', 'gemini-2.5-pro'),
        vertex('vgone', 'gemini-0-nope'),
      ].join('\n'),
    ),
  );
  const r = await run(['doctor', '--spec', 'job.yaml', '--online', '--json'], ws.dir, {
    GOOGLE_GENERATIVE_AI_API_KEY: gem.config.apiKey,
    WRONG_KEY: 'AIzaWrongWrongWrong',
    ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
  });
  expect(r.code).toBe(1);
  expect(rowOf(r, 'g').online).toMatchObject({ state: 'ok', label: 'ok' });
  expect(rowOf(r, 'gone').online).toMatchObject({ state: 'problem', label: 'model unavailable' });
  expect(rowOf(r, 'bad').online).toMatchObject({ state: 'problem', label: 'key refused' });
  expect(rowOf(r, 'v').online).toMatchObject({ state: 'ok', label: 'ok' });
  expect(rowOf(r, 'vgone').online).toMatchObject({ state: 'problem', label: 'model unavailable' });
  expect(gem.calls.filter((c) => c.api === 'vertex').map((c) => c.action)).toEqual(['countTokens']);
  expect(gem.calls.some((c) => c.action === 'generateContent')).toBe(false);
  expect(gem.urls.some((u) => /[?&]key=/.test(u))).toBe(false);
  const printed = r.stdout + r.stderr;
  for (const s of [gem.config.apiKey, ...gem.accessTokens, ...gem.federated, ...oidc.jwts])
    expect(printed).not.toContain(s);
});

test('vertex on application default credentials: the credentials file offline, the token count online', async () => {
  ws = new Workspace(
    spec(
      `  g: { type: vertex, model: gemini-2.5-flash, project: ${gem.config.project}, location: ${gem.config.location}, base_url: "${gem.origin}" }`,
    ),
  );
  const now = Math.floor(Date.now() / 1000);
  ws.write({
    'github.jwt': oidc.sign({
      iss: oidc.issuer,
      sub: gem.config.subject,
      aud: `https://iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      iat: now,
      exp: now + 300,
    }),
    'creds.json': JSON.stringify({
      type: 'external_account',
      audience: `//iam.googleapis.com/${gem.config.workloadIdentityProvider}`,
      subject_token_type: 'urn:ietf:params:oauth:token-type:jwt',
      token_url: `${gem.origin}/v1/token`,
      service_account_impersonation_url: `${gem.origin}/v1/projects/-/serviceAccounts/${gem.config.serviceAccount}:generateAccessToken`,
      credential_source: { file: ws.path('github.jwt') },
    }),
  });
  const missing = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, {
    GOOGLE_APPLICATION_CREDENTIALS: ws.path('nope.json'),
  });
  expect(missing.code).toBe(1);
  expect(rowOf(missing, 'g')).toMatchObject({
    auth: 'application default credentials',
    credential: { state: 'problem' },
  });

  const r = await run(['doctor', '--spec', 'job.yaml', '--online', '--json'], ws.dir, {
    GOOGLE_APPLICATION_CREDENTIALS: ws.path('creds.json'),
  });
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(rowOf(r, 'g')).toMatchObject({ credential: { state: 'ok', label: 'file' }, online: { state: 'ok' } });
  expect(gem.calls.map((c) => c.action)).toEqual(['countTokens']);
  expect(gem.hits).toEqual({ sts: 1, iam: 1, refused: 0 });
});
