/**
 * Keyless providers (docs/reference.md, "Keyless (OIDC)") through the real CLI, with no API key in
 * the environment: the workflow's GitHub OIDC token is exchanged at each provider's token
 * endpoint (strict loopback emulators, __tests__/helpers/oidc-servers.ts), once per provider per
 * credential lifetime; the API servers accept only the exchanged bearer; neither the JWT nor the
 * access tokens are written anywhere under runs/ or given to commands; without an OIDC token the
 * run stops with E_AUTH before any step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { startOidcServers, type OidcServers } from '../helpers/oidc-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync } from '../cli/snapshot-bin.js';
import {
  unsetVars,
  withActionsToken,
  suiteCli,
  runJob,
  runFiles,
  withOutput,
  leaksOf,
  expectCleanEnvDump,
  COMMAND_THEN_ASK,
  expectNoTokenStop,
  refreshJob,
  expectRefreshedOnce,
} from '../helpers/keyless-job.js';

const NO_KEYS = unsetVars('ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'ORCHESTRATOR_OIDC_TOKEN_FILE');

const bin = suiteCli();

let api: WireServer;
let oidc: OidcServers;
let ws: Workspace;
afterEach(async () => {
  await api?.close();
  await oidc?.close();
  ws?.cleanup();
});

/** The API answers only a live token the emulator issued for that provider (401 otherwise, as the real APIs). */
async function servers(expiresIn = 3600, echoBearer = false): Promise<void> {
  oidc = await startOidcServers({ expiresIn });
  api = await startWireServer();
  let echoed = false;
  api.setAuthorizer((path, headers) => {
    if (path === PATHS.anthropic) {
      const beta = String(headers['anthropic-beta'] ?? '');
      if (
        headers['x-api-key'] !== undefined ||
        !beta.split(',').includes('oauth-2025-04-20') ||
        !oidc.accepts('anthropic', headers.authorization)
      ) {
        return { status: 401, error: 'invalid x-api-key' };
      }
      // A hostile or buggy server repeats the credential in its answer: the run must mask it.
      if (echoBearer && !echoed) {
        echoed = true;
        return { ok: `your credential: ${String(headers.authorization)}` };
      }
    }
    if (path === PATHS.openaiChat && !oidc.accepts('openai', headers.authorization))
      return { status: 401, error: 'Incorrect API key provided' };
    return undefined;
  });
}

function providersYaml(): string {
  const c = oidc.config;
  return `providers:
  claude:
    type: anthropic
    model: claude-sonnet-4-5
    base_url: "${api.origin}/v1"
    auth: { type: oidc, token_url: "${oidc.origin}/v1/oauth/token", federation_rule_id: ${c.federationRuleId}, organization_id: "${c.organizationId}", service_account_id: ${c.serviceAccountId} }
  gpt:
    type: openai
    model: gpt-4o-mini
    base_url: "${api.origin}/v1"
    auth: { type: oidc, token_url: "${oidc.origin}/oauth/token", audience: "${c.openaiAudience}", identity_provider_id: ${c.identityProviderId}, service_account_id: ${c.openaiServiceAccountId} }
`;
}

const actionsEnv = () => withActionsToken(oidc, NO_KEYS);

test('anthropic and openai run keyless: one exchange per provider, bearer only, nothing written, nothing given to commands', async () => {
  await servers(3600, true);
  ws = new Workspace({
    'job.yaml': `version: 2
name: keyless
defaults: { provider: claude, concurrency: 4, retries: 0 }
${providersYaml()}steps:
  a1: { prompt: "one" }
  a2: { prompt: "two" }
  a3: { prompt: "three" }
  o1: { provider: gpt, prompt: "four" }
  o2: { provider: gpt, prompt: "five" }
  o3: { provider: gpt, prompt: "six" }
  snoop:
    needs: [a1, o1]
    run: "env > env.txt; env"
`,
  });
  const run = await runJob(bin, ws, 'k1', actionsEnv());
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);

  // Six calls, two exchanges (one per provider, shared by calls in flight at once), two GitHub tokens.
  expect(api.calls(PATHS.anthropic)).toHaveLength(3);
  expect(api.calls(PATHS.openaiChat)).toHaveLength(3);
  expect(oidc.hits).toEqual({ idToken: 2, anthropic: 1, openai: 1, refused: 0 });
  for (const r of api.calls(PATHS.anthropic)) {
    expect(r.headers['x-api-key']).toBeUndefined();
    expect(r.headers.authorization).toBe(`Bearer ${oidc.issued.find((t) => t.provider === 'anthropic')!.token}`);
  }

  // No credential anywhere a run writes, nor in what the command saw (its env, its output).
  const secrets = [...oidc.jwts, ...oidc.issued.map((t) => t.token), oidc.requestToken];
  expect(secrets).toHaveLength(5);
  const files = runFiles(ws);
  expectCleanEnvDump(files);
  // The echoed credential reached the run, masked (so the grep below is not vacuous).
  expect(files.some((f) => f.text.includes('your credential: Bearer ***'))).toBe(true);
  const texts = withOutput(files, run);
  expect(leaksOf(secrets, texts)).toEqual([]);
}, 60_000);

test('a credential about to expire is exchanged again with a fresh GitHub token', async () => {
  await servers(2); // refreshed at half its life when shorter than two minutes
  ws = new Workspace({ 'job.yaml': refreshJob('claude', providersYaml()) });
  const run = await runJob(bin, ws, 'r1', actionsEnv());
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  expect(oidc.hits.anthropic).toBe(2);
  expect(oidc.hits.idToken).toBe(2);
  expect(new Set(oidc.jwts).size).toBe(2);
  expectRefreshedOnce(api.calls(PATHS.anthropic).map((r) => r.headers.authorization));
  const files = runFiles(ws);
  expect(leaksOf([...oidc.jwts, ...oidc.issued.map((t) => t.token)], files)).toEqual([]);
}, 60_000);

test('without an OIDC token the run stops with E_AUTH before any step, naming the permission', async () => {
  await servers();
  ws = new Workspace({
    'job.yaml': `version: 2
name: noperm
defaults: { provider: gpt, retries: 0 }
${providersYaml()}${COMMAND_THEN_ASK}`,
  });
  expectNoTokenStop(await runJob(bin, ws, 'n1', NO_KEYS), ws);
  expect(oidc.hits).toEqual({ idToken: 0, anthropic: 0, openai: 0, refused: 0 });
  expect(api.requests).toHaveLength(0);
  const files = runFiles(ws);
  const events = files.find((f) => f.path.endsWith('events.jsonl'))?.text ?? '';
  expect(events).not.toMatch(/"llm\.request"|"step\.start"/);
}, 60_000);

test('--oidc-token-file supplies the token outside Actions; a refused assertion is E_AUTH with the OAuth error', async () => {
  await servers();
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: oidc.issuer,
    sub: oidc.config.subject,
    aud: oidc.config.openaiAudience,
    iat: now,
    nbf: now,
    exp: now + 300,
  };
  ws = new Workspace({
    'job.yaml': `version: 2
name: tokenfile
defaults: { provider: gpt, retries: 0 }
${providersYaml()}steps:
  ask: { prompt: "hi" }
`,
  });
  writeFileSync(ws.path('good.jwt'), oidc.sign(claims));
  writeFileSync(ws.path('bad.jwt'), oidc.sign({ ...claims, sub: 'repo:evil/fork:pull_request' }));
  const ok = await runAsync(
    bin.bin,
    ['run', '--spec', 'job.yaml', '--job-id', 'f1', '--no-cache', '-q', '--oidc-token-file', 'good.jwt'],
    ws.dir,
    {
      env: NO_KEYS,
    },
  ).done;
  expect(ok.stderr).toBe('');
  expect(ok.code).toBe(0);
  expect(oidc.hits.openai).toBe(1);

  const bad = await runAsync(
    bin.bin,
    ['run', '--spec', 'job.yaml', '--job-id', 'f2', '--no-cache', '-q', '--oidc-token-file', 'bad.jwt'],
    ws.dir,
    {
      env: NO_KEYS,
    },
  ).done;
  expect(bad.code).not.toBe(0);
  const manifest = readFileSync(ws.path('runs', 'f2', 'manifest.json'), 'utf8');
  expect(manifest).toMatch(/E_AUTH/);
  expect(manifest).toMatch(/invalid_grant/);
  const files = runFiles(ws);
  const jwts = [
    readFileSync(ws.path('good.jwt'), 'utf8'),
    readFileSync(ws.path('bad.jwt'), 'utf8'),
    ...oidc.issued.map((t) => t.token),
  ];
  expect(leaksOf(jwts, files)).toEqual([]);
}, 60_000);
