/**
 * `orchestrator doctor` through the built bin, against loopback servers that answer the vendors'
 * model lookups (see __tests__/helpers/wire-servers.ts). Never the internet.
 */
import { spawn } from 'node:child_process';
import { Workspace, BIN } from '../helpers/workspace.js';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';

interface Out {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bin in a child process, asynchronously: the loopback server lives in this process. */
function run(args: string[], cwd: string, env: Record<string, string | undefined>): Promise<Out> {
  return new Promise((resolve, reject) => {
    const clean = { ...process.env };
    for (const v of [...CREDENTIALS, 'ACTIONS_ID_TOKEN_REQUEST_URL', 'ORCHESTRATOR_OIDC_TOKEN_FILE']) delete clean[v];
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...clean, NO_COLOR: '1', COLUMNS: '200', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const KEY = 'sk-doctor-secret-value-1234567890';
/** Every variable doctor without a spec looks at, cleared so the machine's own never leak in. */
const CREDENTIALS = [
  'OPENAI_API_KEY',
  'ANTHROPIC_API_KEY',
  'GOOGLE_GENERATIVE_AI_API_KEY',
  'AZURE_API_KEY',
  'AWS_BEARER_TOKEN_BEDROCK',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_WEB_IDENTITY_TOKEN_FILE',
  'AWS_REGION',
  'AWS_DEFAULT_REGION',
  'GOOGLE_APPLICATION_CREDENTIALS',
];

let server: WireServer;
let ws: Workspace;
beforeEach(async () => {
  server = await startWireServer();
});
afterEach(async () => {
  await server.close();
  ws?.cleanup();
});

function specWith(providers: string): string {
  return `version: 2
name: doc
defaults: { provider: a }
providers:
${providers}
steps:
  s: { prompt: "hi" }
`;
}

test('offline: key present, model known -> usable, exit 0, no call made, key never printed', async () => {
  ws = new Workspace({
    'job.yaml': specWith(
      `  a: { type: openai, model: gpt-4o-mini, base_url: "${server.origin}/v1" }\n  r: { type: replay, responses: r.yaml }`,
    ),
    'r.yaml': 's: ok\n',
  });
  const r = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, { OPENAI_API_KEY: KEY });
  expect(r.stderr).not.toContain(KEY);
  expect(r.stdout).not.toContain(KEY);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.stdout);
  expect(j.usable).toBe(true);
  const a = j.providers.find((p: { provider: string }) => p.provider === 'a');
  expect(a).toMatchObject({
    auth: 'api key from OPENAI_API_KEY',
    credential: { state: 'ok' },
    registry: { state: 'ok' },
    online: { state: 'skipped' },
    usable: true,
  });
  expect(j.providers.find((p: { provider: string }) => p.provider === 'r')).toMatchObject({
    auth: 'none (replay)',
    usable: true,
  });
  expect(server.requests).toHaveLength(0);
});

test('offline: a missing key is a problem (exit 1); an unknown model is a warning', async () => {
  ws = new Workspace({
    'job.yaml': specWith(`  a: { type: anthropic, model: claude-nonesuch-9, base_url: "${server.origin}/v1" }`),
  });
  const r = await run(['doctor', '--spec', 'job.yaml'], ws.dir, {});
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/PROVIDER\s+TYPE\s+MODEL\s+AUTH/);
  expect(r.stdout).toMatch(/^a\s+anthropic\s+claude-nonesu\S*\s+key \S*\s+missing\s+unknown\s+-\s+no$/m);
  for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  expect(r.stderr).toContain('problem: a (anthropic claude-nonesuch-9): ANTHROPIC_API_KEY is not set');
  expect(r.stderr).toMatch(
    /warning: a \(anthropic claude-nonesuch-9\): claude-nonesuch-9 unknown to @pydantic\/genai-prices/,
  );
  // an unknown model alone does not make the provider unusable
  const withKey = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, { ANTHROPIC_API_KEY: KEY });
  expect(withKey.code).toBe(0);
  expect(JSON.parse(withKey.stdout).providers[0].registry.state).toBe('warning');
  expect(server.requests).toHaveLength(0);
});

test('--online: one model lookup per provider; a retired model is unusable (exit 1), the live one ok', async () => {
  server.setModels(['gpt-4o-mini', 'claude-haiku-4-5']);
  ws = new Workspace({
    'job.yaml': specWith(
      [
        `  a: { type: openai, model: gpt-4o-mini, base_url: "${server.origin}/v1" }`,
        `  gone: { type: openai, model: gpt-4.1, base_url: "${server.origin}/v1" }`,
        `  c: { type: anthropic, model: claude-haiku-4-5, base_url: "${server.origin}/v1" }`,
        `  o: { type: ollama, model: llama3.2, base_url: "${server.origin}" }`,
      ].join('\n'),
    ),
  });
  const r = await run(['doctor', '--spec', 'job.yaml', '--online', '--json'], ws.dir, {
    OPENAI_API_KEY: KEY,
    ANTHROPIC_API_KEY: KEY,
  });
  expect(r.code).toBe(1);
  expect(r.stdout + r.stderr).not.toContain(KEY);
  const rows = Object.fromEntries(
    (
      JSON.parse(r.stdout).providers as Array<{
        provider: string;
        online: { state: string; detail: string };
        usable: boolean;
      }>
    ).map((p) => [p.provider, p]),
  );
  expect(rows.a).toMatchObject({ online: { state: 'ok' }, usable: true });
  expect(rows.c).toMatchObject({ online: { state: 'ok' }, usable: true });
  expect(rows.o).toMatchObject({ online: { state: 'problem' }, usable: false }); // llama3.2 not pulled
  expect(rows.gone).toMatchObject({ online: { state: 'problem' }, usable: false });
  expect(rows.gone!.online.detail).toContain('gpt-4.1 unavailable: HTTP 404');
  // exactly the lookups: no generation
  expect(server.requests.map((q) => `${q.method} ${q.path}`).sort()).toEqual(
    ['GET /api/tags', 'GET /v1/models/claude-haiku-4-5', 'GET /v1/models/gpt-4.1', 'GET /v1/models/gpt-4o-mini'].sort(),
  );
  expect(server.calls(PATHS.openaiChat)).toHaveLength(0);
  // Anthropic's lookup is sent as its API documents it
  expect(server.calls('/v1/models/claude-haiku-4-5')[0]!.headers).toMatchObject({
    'x-api-key': KEY,
    'anthropic-version': '2023-06-01',
  });
});

test('without --spec: one row per credential the environment holds; none at all is exit 1', async () => {
  ws = new Workspace({});
  const none = await run(['doctor'], ws.dir, {});
  expect(none.code).toBe(1);
  expect(none.stdout).toBe('');
  expect(none.stderr).toContain('problem: no provider credential in this environment');
  expect(none.stderr).toContain('pass --spec job.yaml');
  expect(none.stderr).toContain('keyless providers (auth: oidc) need `permissions: id-token: write`');

  const env = { ANTHROPIC_API_KEY: KEY, AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: KEY };
  const noRegion = await run(['doctor', '--json'], ws.dir, env);
  expect(noRegion.code).toBe(1);
  const j = JSON.parse(noRegion.stdout);
  expect(j).toMatchObject({ file: null, source: 'environment', usable: false });
  expect(j.providers.map((r: { provider: string; usable: boolean }) => [r.provider, r.usable])).toEqual([
    ['anthropic', true],
    ['bedrock', false],
  ]);
  expect(j.providers[1].credential.label).toBe('no region');

  const ok = await run(['doctor'], ws.dir, { ...env, AWS_REGION: 'eu-west-1' });
  expect(ok.code).toBe(0);
  // The AUTH cell gives way first on a narrow table; --json has it whole.
  expect(ok.stdout).toMatch(/^anthropic\s+anthropic\s+-\s+key ANTHROPI\S*\s+set\s+-\s+-\s+yes$/m);
  expect(ok.stdout).toMatch(/^bedrock\s+bedrock\s+-\s+aws keys\b.*\s+set\s+-\s+-\s+yes$/m);
  expect(j.providers[0].auth).toBe('api key from ANTHROPIC_API_KEY');
  expect(ok.stdout + ok.stderr).not.toContain(KEY);
  expect(server.requests).toHaveLength(0);
});

test('--help teaches the columns, the spec-less form and the exit codes', async () => {
  ws = new Workspace({});
  const h = await run(['doctor', '--help'], ws.dir, {});
  expect(h.code).toBe(0);
  expect(h.stdout).toContain('--online');
  expect(h.stdout).toContain('Without --spec:');
  expect(h.stdout).toContain('Exit codes: 0 every provider usable, 1 some provider is not');
});

test('offline: a model past its published retirement date is unusable (exit 1); validate warns', async () => {
  ws = new Workspace({
    'job.yaml': specWith(`  a: { type: anthropic, model: claude-3-opus-20240229, base_url: "${server.origin}/v1" }`),
  });
  const r = await run(['doctor', '--spec', 'job.yaml', '--json'], ws.dir, { ANTHROPIC_API_KEY: KEY });
  expect(r.code).toBe(1);
  const row = JSON.parse(r.stdout).providers[0];
  expect(row).toMatchObject({ registry: { state: 'problem', label: 'retired' }, usable: false });
  expect(row.registry.detail).toContain('claude-3-opus-20240229 retired on 2026-01-05');
  expect(server.requests).toHaveLength(0);
  const v = await run(['validate', '--spec', 'job.yaml'], ws.dir, {});
  expect(v.code).toBe(0);
  expect(v.stderr).toMatch(
    /warning: \S+job\.yaml:5:\d+: model claude-3-opus-20240229 of provider a was retired on 2026-01-05 \(Anthropic.s model deprecations page\)/,
  );
});
