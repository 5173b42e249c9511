/**
 * docs/reference.md: Secrets through the action: a provider echoing the key (401 body, model id,
 * encoded in answers) and a command printing the github-token it should not even see: nothing the
 * action produces (run folder, summary, outputs, annotations, logs, failure message, the comment
 * body file) carries any form of the key or the token. In-process with a recording core; no cache,
 * artifact or comment service is touched (all three are off).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import type { ActionServices } from '../../src/action/services.js';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { FakeCore } from '../action/fake-core.js';
import { allFiles, keyForms, leaks } from './secret-grep.js';

const KEY = 'sk-action-hostile-5566778899';
const TOKEN = 'ghs_action_token_0011223344';

let server: WireServer;
let ws: Workspace;
beforeAll(async () => {
  server = await startWireServer();
  ws = new Workspace();
  mkdirSync(ws.path('ci'));
  writeFileSync(
    ws.path('ci', 'job.yaml'),
    `version: 2
name: hostile-action
defaults: { provider: gw, concurrency: 1, retries: 0 }
providers:
  gw: { type: openai-compatible, model: m1, base_url: "${server.origin}/v1", api_key_env: GW_KEY }
steps:
  denied: { prompt: "a", outputs: [{ path: a.txt }] }
  model_id: { prompt: "b", outputs: [{ path: b.txt }] }
  encoded: { prompt: "c", outputs: [{ path: c.txt }] }
  snoop:
    run: "echo \\"token=$GITHUB_TOKEN input=$INPUT_GITHUB_TOKEN key=$GW_KEY\\"; echo ${TOKEN}; exit 3"
`,
  );
  const f = keyForms(KEY);
  server.enqueue(
    PATHS.openaiChat,
    { status: 401, error: `invalid key ${KEY}` },
    { ok: 'fine', model: KEY },
    { ok: `hex ${f.hex} b64 ${f.base64} url ${f.url}` },
  );
}, 30_000);
afterAll(async () => {
  await server.close();
  ws.cleanup();
});

test('no form of the key or the github-token in anything the action produces', async () => {
  const core = new FakeCore({
    spec: 'ci/job.yaml',
    'github-token': TOKEN,
    cache: 'false',
    'upload-artifact': 'never',
    comment: 'never',
  });
  const env = {
    GITHUB_WORKSPACE: ws.dir,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_REPOSITORY: 'o/r',
    RUNNER_TEMP: ws.path('tmp'),
    GW_KEY: KEY,
    GITHUB_TOKEN: TOKEN,
    'INPUT_GITHUB-TOKEN': TOKEN,
  };
  const unused = async () => {
    throw new Error('not used in this test');
  };
  const svc: ActionServices = {
    core,
    env,
    cache: { isAvailable: () => false } as unknown as ActionServices['cache'],
    artifacts: unused,
    github: unused,
  };
  await run(svc);

  expect(core.outputs.status).toBe('failed');
  expect(core.summary).toContain('***');
  const texts = [
    ...allFiles(join(ws.dir, 'runs')),
    { path: 'summary', text: core.summary },
    { path: 'outputs', text: JSON.stringify(core.outputs) },
    { path: 'failed', text: core.failed.join('\n') },
    { path: 'annotations', text: JSON.stringify([core.errors, core.warnings, core.notices]) },
    { path: 'logs', text: core.logs.join('\n') },
  ];
  expect(leaks(KEY, texts)).toEqual([]);
  expect(leaks(TOKEN, texts)).toEqual([]);
  // Every form is registered with add-mask, for whatever the runner prints itself.
  for (const form of Object.values(keyForms(KEY))) expect(core.secrets).toContain(form);
}, 60_000);
