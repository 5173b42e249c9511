/**
 * docs/reference.md: Secrets: a provider that echoes the key (401/403/500 bodies, the model id,
 * base64/hex/URL-encoded in its answers) must not get it into any byte the run produces: the run
 * folder, the CLI's stdout and stderr, `show`, `tail`, `trace`, the job summary and the PR comment.
 * The server is a loopback emulator (127.0.0.1); real gateways do echo request headers in errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS, startWireServer, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { readEventsSync } from '../../src/events/reader.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { allFiles, keyForms, leaks } from './secret-grep.js';

const KEY = 'sk-hostile-0123456789abcdefXYZ';
const OTHER = 'sk-ant-unrelated-9876543210';
const forms = keyForms(KEY);

let bin: CliBin;
let server: WireServer;
let ws: Workspace;
beforeAll(async () => {
  bin = snapshotCli();
  server = await startWireServer();
  ws = new Workspace({
    'job.yaml': `version: 2
name: hostile
defaults: { provider: gw, concurrency: 1, retries: 1, timeout_s: 10 }
providers:
  gw: { type: openai-compatible, model: m1, base_url: "${server.origin}/v1", api_key_env: GW_KEY }
steps:
  unauthorized: { prompt: "a", outputs: [{ path: a.txt }] }
  forbidden: { prompt: "b", outputs: [{ path: b.txt }] }
  broken: { prompt: "c", outputs: [{ path: c.txt }] }
  model_id: { prompt: "d", outputs: [{ path: d.txt }] }
  encoded: { prompt: "e", outputs: [{ path: e.txt }] }
  checked: { prompt: "f", outputs: [{ path: f.txt }], checks: [{ type: contains, value: nowhere }] }
  snoop: { run: "printf '%s %s' \\"$GW_KEY\\" \\"$ANTHROPIC_API_KEY\\" > snoop.txt; echo \\"$GW_KEY\\"", outputs: [{ path: snoop.txt }] }
`,
  });
  server.enqueue(
    PATHS.openaiChat,
    { status: 401, error: `Incorrect API key provided: ${KEY}` },
    { status: 403, error: `key ${forms.url} (${forms.base64}) is not allowed` },
    { status: 500, error: `upstream failed for Bearer ${KEY}` },
    { status: 500, error: `upstream failed again for ${forms.hex}` },
    { ok: 'fine', model: KEY },
    { ok: `b64 ${forms.base64} hex ${forms.HEX} url ${forms.url} b64url ${forms.base64url}` },
    { ok: `nope ${KEY}` },
  );
}, 30_000);
afterAll(async () => {
  bin.cleanup();
  await server.close();
  ws.cleanup();
});

test('no form of the key reaches the run folder, the terminal, show, tail, trace, the summary or the comment', async () => {
  const env = { GW_KEY: KEY, ANTHROPIC_API_KEY: OTHER };
  // Asynchronous: the hostile server lives in this process.
  const run = await runAsync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'h1', '--no-cache'], ws.dir, { env })
    .done;
  expect(run.code).toBe(1);
  // The run really met the hostile answers (so the grep below is not vacuous).
  const manifest = JSON.parse(readFileSync(ws.path('runs', 'h1', 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.steps.unauthorized!.error!.message).toContain('***');
  expect(manifest.steps.model_id!.model).toBe('***');
  expect(ws.read('runs', 'h1', 'outputs', 'e.txt')).toContain('b64 *** hex *** url *** b64url ***');
  expect(manifest.steps.snoop!.status).toBe('succeeded');

  const texts = [
    ...allFiles(ws.path('runs')),
    { path: 'run stdout', text: run.stdout },
    { path: 'run stderr', text: run.stderr },
  ];
  for (const cmd of [
    ['show', 'h1'],
    ['show', 'h1', '--json'],
    ['tail', 'h1'],
    ['tail', 'h1', '--json'],
    ['trace', 'h1'],
  ]) {
    const r = runSync(bin.bin, cmd, ws.dir, env);
    texts.push(
      { path: `${cmd.join(' ')} stdout`, text: r.stdout },
      { path: `${cmd.join(' ')} stderr`, text: r.stderr },
    );
  }
  const events = readEventsSync(join(ws.path('runs', 'h1'), 'events.jsonl')).events;
  texts.push(
    { path: 'summary', text: renderSummary(manifest, events) },
    { path: 'comment', text: renderComment(manifest, events) },
  );
  expect(leaks(KEY, texts)).toEqual([]);
  expect(leaks(OTHER, texts)).toEqual([]);
}, 60_000);
