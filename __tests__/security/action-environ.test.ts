/**
 * Keys and runner tokens out of the exec'd environment, through the action's real entry (lib/action/index.js, what dist/ bundles): the
 * action re-execs without its keys and the runner's tokens in its exec'd environment, so a
 * command step reading /proc/$PPID/environ finds none of them, while the action still works.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Workspace } from '../helpers/workspace.js';
import { snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'rt-secret-1234567890',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret-0987654321',
  'INPUT_GITHUB-TOKEN': 'ghs_input_token_123456',
  GITHUB_TOKEN: 'ghs_input_token_123456',
  OPENAI_API_KEY: 'sk-openai-act-123456789',
  MY_GATEWAY_KEY: 'gateway-key-5551234567',
};

let bin: CliBin;
beforeAll(() => (bin = snapshotCli()));
afterAll(() => bin.cleanup());

(process.platform === 'linux' ? test : test.skip)(
  "a command step finds no key or token in the action process's environ",
  async () => {
    const ws = new Workspace({
      'ws/job.yaml': `version: 2
name: act
defaults: { provider: offline }
providers:
  offline: { type: replay, responses: responses.yaml }
  gw: { type: openai-compatible, model: m, base_url: "http://127.0.0.1:9/v1", api_key_env: MY_GATEWAY_KEY }
steps:
  a: { prompt: "x", outputs: [{ path: a.txt }] }
  snoop:
    needs: [a]
    run: "tr '\\\\0' '\\\\n' < /proc/$PPID/environ > environ.txt; printenv > env.txt"
`,
      'ws/responses.yaml': 'a: "hi"\n',
    });
    try {
      mkdirSync(ws.path('tmp'));
      for (const f of ['out', 'summary', 'state']) writeFileSync(ws.path(f), '');
      const entry = join(dirname(dirname(bin.bin)), 'lib', 'action', 'index.js');
      const env = {
        PATH: process.env.PATH,
        HOME: ws.dir,
        GITHUB_WORKSPACE: ws.path('ws'),
        GITHUB_OUTPUT: ws.path('out'),
        GITHUB_STEP_SUMMARY: ws.path('summary'),
        GITHUB_STATE: ws.path('state'),
        RUNNER_TEMP: ws.path('tmp'),
        GITHUB_RUN_ID: '1',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_JOB: 'b',
        GITHUB_REPOSITORY: 'o/r',
        INPUT_SPEC: 'job.yaml',
        INPUT_CACHE: 'false',
        'INPUT_UPLOAD-ARTIFACT': 'never',
        INPUT_COMMENT: 'never',
        ...SECRETS,
      };
      const child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect([code, out]).toEqual([0, expect.stringContaining('job.succeeded')]);
      const files = allFiles(ws.path('ws', 'runs'));
      const environ = files.find((f) => f.path.endsWith('environ.txt'))!;
      expect(environ.text).toContain('GITHUB_WORKSPACE=');
      // `::add-mask::VALUE` is how the runner learns what to mask: it never reaches the log shown.
      const log = out
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n');
      expect(out).toContain(`::add-mask::${SECRETS.OPENAI_API_KEY}`);
      expect(Object.values(SECRETS).flatMap((v) => leaks(v, [...files, { path: 'action log', text: log }]))).toEqual(
        [],
      );
    } finally {
      ws.cleanup();
    }
  },
  60_000,
);
