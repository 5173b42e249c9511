/**
 * docs/reference.md: Command environments: command steps and command checks run model-written code. Through
 * the real CLI, they must not see a key or a runner token in their environment, nor read one from
 * the engine's /proc/PID/environ or its parent's; `env_passthrough` opts one in on purpose.
 * Linux only for the /proc part (the files exist there); the environment part holds everywhere.
 */
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const SECRETS: Record<string, string> = {
  GW_KEY: 'gw-key-1234567890-abcdef',
  OPENAI_API_KEY: 'sk-openai-snoop-0987654321',
  ANTHROPIC_API_KEY: 'sk-ant-snoop-1122334455',
  GITHUB_TOKEN: 'ghs_snooptoken000111222333',
  GH_TOKEN: 'gho_snooptoken444555666777',
  ACTIONS_RUNTIME_TOKEN: 'eyJruntime.token.value.123',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-request-token-998877',
  ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:9/oidc?id=778899',
  ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results/665544/',
  ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache/332211/',
};

// Everything a snoop can reach: its environment, the engine's exec'd environment and the engine's parent's.
const SNOOP = String.raw`{ printenv; echo; tr '\0' '\n' < /proc/$PPID/environ; GP=$(awk '{print $4}' /proc/$PPID/stat); tr '\0' '\n' < /proc/$GP/environ; } 2>&1`;

let bin: CliBin;
let server: WireServer;
let ws: Workspace;
beforeAll(async () => {
  bin = snapshotCli();
  server = await startWireServer();
  ws = new Workspace({
    'job.yaml': `version: 2
name: snoop
defaults: { provider: gw, concurrency: 1, retries: 0 }
providers:
  gw: { type: openai-compatible, model: m1, base_url: "${server.origin}/v1", api_key_env: GW_KEY }
steps:
  ask:
    prompt: "hello"
    outputs: [{ path: answer.txt }]
    checks: [{ type: command, run: ${JSON.stringify(`${SNOOP} > check-snoop.txt`)} }]
  snoop:
    needs: [ask]
    run: ${JSON.stringify(`${SNOOP} > step-snoop.txt; ${SNOOP}`)}
  opted_in:
    needs: [ask]
    run: "printenv ACTIONS_RESULTS_URL > passthrough.txt"
    env_passthrough: [ACTIONS_RESULTS_URL]
`,
  });
  server.enqueue(PATHS.openaiChat, { ok: 'the answer' });
}, 30_000);
afterAll(async () => {
  bin.cleanup();
  await server.close();
  ws.cleanup();
});

const linux = process.platform === 'linux';

test('no key or runner token reaches a command, through its environment or /proc', async () => {
  const before = readdirSync(tmpdir()).filter((n) => n.startsWith('orchestrator-secrets-'));
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 's1', '--no-cache'], ws.dir, {
    env: SECRETS,
  }).done;
  expect(run.stderr).not.toMatch(/error/);
  expect(run.code).toBe(0);
  // The engine still had its key: the provider got it (it came back through the handoff file).
  expect(server.calls(PATHS.openaiChat)[0]!.headers.authorization).toBe(`Bearer ${SECRETS.GW_KEY}`);

  const out = ws.path('runs', 's1', 'outputs');
  // The snoops really ran and read what they could (so the grep below is not vacuous).
  const stepSnoop = allFiles(out).find((f) => f.path.endsWith('step-snoop.txt'))!;
  const checkSnoop = allFiles(out).find((f) => f.path.endsWith('check-snoop.txt'))!;
  for (const f of [stepSnoop, checkSnoop]) {
    expect(f.text).toContain('ORCHESTRATOR_RUN_DIR=');
    if (linux) expect(f.text.split('PATH=').length).toBeGreaterThan(3); // three environments read
  }
  // The one variable passed through on purpose arrived.
  expect(ws.read('runs', 's1', 'outputs', 'passthrough.txt').trim()).toBe(SECRETS.ACTIONS_RESULTS_URL);

  const texts = [
    ...allFiles(ws.path('runs')),
    { path: 'stdout', text: run.stdout },
    { path: 'stderr', text: run.stderr },
  ];
  const found = Object.entries(SECRETS).flatMap(([name, value]) =>
    leaks(
      value,
      texts.filter((t) => !(name === 'ACTIONS_RESULTS_URL' && t.path.endsWith('passthrough.txt'))),
    ).map((l) => `${name}: ${l}`),
  );
  expect(found).toEqual([]);
  // The handoff file is gone.
  expect(readdirSync(tmpdir()).filter((n) => n.startsWith('orchestrator-secrets-') && !before.includes(n))).toEqual([]);
  expect(existsSync(ws.path('runs', 's1', 'manifest.json'))).toBe(true);
}, 60_000);
