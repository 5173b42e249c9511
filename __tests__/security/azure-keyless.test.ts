/**
 * The `azure` provider keyless (docs/reference.md, "azure", Keyless) through the real CLI with no
 * key in the environment: the GitHub OIDC token (audience api://AzureADTokenExchange) is exchanged
 * at the Microsoft Entra emulator for an access token once per run, sent as `Authorization:
 * Bearer` (never `api-key`); neither the JWT nor the Entra token is written under runs/, printed,
 * or given to a command; without an OIDC token the run stops with E_AUTH before any step; a
 * refused assertion is E_AUTH with Entra's AADSTS code. Also `doctor` and `validate` on azure.
 */
import { startAzureServers, type AzureServers } from '../helpers/azure-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const NO_KEYS = {
  AZURE_API_KEY: undefined,
  OPENAI_API_KEY: undefined,
  ANTHROPIC_API_KEY: undefined,
  ORCHESTRATOR_OIDC_TOKEN_FILE: undefined,
  ACTIONS_ID_TOKEN_REQUEST_URL: undefined,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined,
};

let bin: CliBin;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());

let az: AzureServers;
let oidc: OidcServers;
let ws: Workspace;
beforeEach(async () => {
  oidc = await startOidcServers();
  az = await startAzureServers({ issuer: oidc.issuer, subject: oidc.config.subject });
});
afterEach(async () => {
  await az.close();
  await oidc.close();
  ws?.cleanup();
});

function providerYaml(tenant = az.config.tenantId): string {
  return `providers:
  az:
    type: azure
    base_url: "${az.origin}"
    deployment: gpt4o-prod
    model: gpt-4o
    auth: { type: oidc, tenant_id: "${tenant}", client_id: "${az.config.clientId}", authority_host: "${az.authorityHost}" }
`;
}

const actionsEnv = () => ({
  ...NO_KEYS,
  ACTIONS_ID_TOKEN_REQUEST_URL: oidc.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: oidc.requestToken,
});

test('azure keyless: one Entra exchange for the run, bearer only, nothing written or given to commands', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: az-keyless
defaults: { provider: az, concurrency: 3, retries: 0 }
${providerYaml()}steps:
  a1: { prompt: "one" }
  a2: { prompt: "two" }
  a3: { prompt: "three" }
  s1: { needs: [a1], prompt: "four", output_schema: { type: object, properties: { ok: { type: boolean } } } }
  snoop:
    needs: [a1]
    run: "env > env.txt; env"
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'k1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  expect(az.requests).toHaveLength(4);
  expect(az.hits.token).toBe(1);
  expect(oidc.hits.idToken).toBe(1);
  expect(az.issued).toHaveLength(1);
  for (const r of az.requests) {
    expect(r.path).toBe('/openai/deployments/gpt4o-prod/chat/completions');
    expect(r.headers['api-key']).toBeUndefined();
    expect(r.headers.authorization).toBe(`Bearer ${az.issued[0]}`);
  }
  // The GitHub token was asked for with Entra's audience and sent as the client assertion.
  const claims = JSON.parse(Buffer.from(oidc.jwts[0]!.split('.')[1]!, 'base64url').toString('utf8')) as {
    aud: string;
  };
  expect(claims.aud).toBe('api://AzureADTokenExchange');
  expect(az.assertions).toEqual(oidc.jwts);

  const secrets = [...oidc.jwts, ...az.issued, oidc.requestToken];
  const files = allFiles(ws.path('runs'));
  const env = files.find((f) => f.path.endsWith('env.txt'))!;
  expect(env.text).toContain('ORCHESTRATOR_RUN_DIR=');
  expect(env.text).not.toContain('ACTIONS_ID_TOKEN_REQUEST');
  const texts = [...files, { path: 'stdout', text: run.stdout }, { path: 'stderr', text: run.stderr }];
  expect(secrets.flatMap((s) => leaks(s, texts))).toEqual([]);
}, 60_000);

test('an Entra token about to expire is exchanged again with a fresh GitHub token', async () => {
  await az.close();
  az = await startAzureServers({ issuer: oidc.issuer, subject: oidc.config.subject, expiresIn: 2 });
  ws = new Workspace({
    'job.yaml': `version: 2
name: refresh
defaults: { provider: az, concurrency: 1, retries: 0 }
${providerYaml()}steps:
  first: { prompt: "one" }
  wait: { needs: [first], run: "sleep 1.5" }
  second: { needs: [wait], prompt: "two" }
  third: { needs: [second], prompt: "three" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'r1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(az.hits.token).toBe(2);
  expect(new Set(oidc.jwts).size).toBe(2);
  const [first, second, third] = az.requests.map((r) => r.headers.authorization);
  expect(second).not.toBe(first);
  expect(third).toBe(second);
  const files = allFiles(ws.path('runs'));
  expect([...oidc.jwts, ...az.issued].flatMap((s) => leaks(s, files))).toEqual([]);
}, 60_000);

test('a revoked Entra token (401, E_AUTH) is dropped: the next call exchanges again', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: revoked
defaults: { provider: az, concurrency: 1, retries: 0 }
${providerYaml()}steps:
  first: { prompt: "one" }
  revoke: { needs: [first], run: "true" }
  second: { needs: [revoke], prompt: "two" }
  third: { needs: [revoke], prompt: "three" }
`,
  });
  // Revoke once the first call is answered (the command step runs before the next calls).
  const timer = setInterval(() => {
    if (az.requests.length >= 1 && az.hits.token === 1) az.revokeAll();
  }, 5);
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'v1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  clearInterval(timer);
  expect(run.code).toBe(1);
  // One of the two later calls met the revoked token (E_AUTH, not retried); the other got a new one.
  expect(az.hits.token).toBe(2);
  expect(az.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${az.issued[0]}`, `Bearer ${az.issued[1]}`]);
  const manifest = allFiles(ws.path('runs')).find((f) => f.path.endsWith('manifest.json'))!.text;
  expect(manifest).toMatch(/E_AUTH/);
  expect(manifest).toMatch(/Cognitive Services OpenAI User/);
}, 60_000);

test('azure keyless without an OIDC token: E_AUTH before any step, naming the permission', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: noperm
defaults: { provider: az, retries: 0 }
${providerYaml()}steps:
  early: { run: "echo ran > ran.txt" }
  ask: { prompt: "hi" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'n1', '--no-cache', '-q'], ws.dir, {
    env: NO_KEYS,
  }).done;
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/E_AUTH/);
  expect(run.stderr).toMatch(/permissions: id-token: write/);
  expect(az.hits.token).toBe(0);
  expect(az.requests).toHaveLength(0);
  const files = allFiles(ws.path('runs'));
  expect(files.some((f) => f.path.endsWith('ran.txt'))).toBe(false);
}, 60_000);

test('a refused exchange (unknown tenant) is E_AUTH with the AADSTS code, and the JWT stays masked', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: refused
defaults: { provider: az, retries: 0 }
${providerYaml('00000000-0000-0000-0000-000000000000')}steps:
  ask: { prompt: "hi" }
`,
  });
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'r1', '--no-cache', '-q'], ws.dir, {
    env: actionsEnv(),
  }).done;
  expect(run.code).not.toBe(0);
  expect(az.hits.refused).toBe(1);
  expect(az.requests).toHaveLength(0);
  const files = allFiles(ws.path('runs'));
  const manifest = files.find((f) => f.path.endsWith('manifest.json'))!.text;
  expect(manifest).toMatch(/E_AUTH/);
  expect(manifest).toMatch(/AADSTS90002/);
  const texts = [...files, { path: 'stdout', text: run.stdout }, { path: 'stderr', text: run.stderr }];
  expect([...oidc.jwts, oidc.requestToken].flatMap((s) => leaks(s, texts))).toEqual([]);
}, 60_000);

test('doctor: the azure row offline (oidc source, key) and online (a 1-token request to the deployment)', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: doc
defaults: { provider: keyed }
providers:
  keyed: { type: azure, base_url: "${az.origin}", deployment: gpt4o-prod, model: gpt-4o }
  gone: { type: azure, base_url: "${az.origin}", deployment: nope, model: gpt-4o }
  keyless:
    type: azure
    base_url: "${az.origin}"
    deployment: gpt4o-prod
    auth: { type: oidc, tenant_id: "${az.config.tenantId}", client_id: "${az.config.clientId}", authority_host: "${az.authorityHost}" }
steps:
  a: { prompt: "hi" }
`,
  });
  const offline = await runAsync(bin.bin, ['doctor', '--spec', 'job.yaml', '--json'], ws.dir, {
    env: { ...NO_KEYS, AZURE_API_KEY: az.config.apiKey },
  }).done;
  const rows = (JSON.parse(offline.stdout) as { providers: Array<Record<string, unknown>> }).providers;
  const row = (name: string) =>
    rows.find((r) => r.provider === name)! as {
      auth: string;
      credential: { state: string };
      online: { state: string; detail: string };
      registry: { state: string };
    };
  expect(row('keyed').auth).toMatch(/AZURE_API_KEY/);
  expect(row('keyed').credential.state).toBe('ok');
  expect(row('keyed').registry.state).toBe('ok');
  expect(row('keyless').credential.state).toBe('problem'); // no OIDC token source
  expect(offline.code).toBe(1);
  expect(az.requests).toHaveLength(0);

  const online = await runAsync(bin.bin, ['doctor', '--spec', 'job.yaml', '--json', '--online'], ws.dir, {
    env: { ...actionsEnv(), AZURE_API_KEY: az.config.apiKey },
  }).done;
  const on = (JSON.parse(online.stdout) as { providers: Array<Record<string, unknown>> }).providers;
  const onRow = (name: string) => on.find((r) => r.provider === name)! as { online: { state: string; label: string } };
  expect(onRow('keyed').online.state).toBe('ok');
  expect(onRow('gone').online).toMatchObject({ state: 'problem', label: 'model unavailable' });
  expect(onRow('keyless').online.state).toBe('ok');
  expect(online.code).toBe(1);
  // One request per provider, each for at most one token; the keyless one with the Entra bearer.
  expect(az.requests).toHaveLength(3);
  for (const r of az.requests) expect(r.body.max_tokens).toBe(1);
  expect(az.requests.find((r) => r.headers.authorization)?.headers.authorization).toBe(`Bearer ${az.issued[0]}`);
  const texts = [
    { path: 'stdout', text: online.stdout + offline.stdout },
    { path: 'stderr', text: online.stderr },
  ];
  expect([...oidc.jwts, ...az.issued, az.config.apiKey].flatMap((s) => leaks(s, texts))).toEqual([]);
}, 60_000);

test('validate: azure needs resource or base_url; keyless needs tenant_id and client_id', async () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: v
defaults: { provider: a }
providers:
  a: { type: azure, deployment: d }
  b: { type: azure, resource: myres, deployment: d, auth: { type: oidc, client_id: c } }
steps:
  s: { prompt: "hi" }
`,
  });
  const r = await runAsync(bin.bin, ['validate', '--spec', 'job.yaml'], ws.dir, { env: NO_KEYS }).done;
  expect(r.code).not.toBe(0);
  const out = r.stdout + r.stderr;
  expect(out).toMatch(/provider "a" of type azure needs resource or base_url/);
  expect(out).toMatch(/auth oidc on azure needs tenant_id/);
}, 60_000);
