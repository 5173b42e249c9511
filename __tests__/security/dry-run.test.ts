/**
 * `run --dry-run` prints rendered prompts: the same redaction as a real run applies, on stdout and
 * in --json, whether the key arrives as an input value or inside a context file.
 */
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { leaks } from './secret-grep.js';

const KEY = 'sk-dryrun-0123456789abcdefXYZ';

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
  ws = new Workspace({
    'job.yaml': `version: 2
name: dry
inputs:
  note: { required: true }
providers:
  gw: { type: openai-compatible, model: m1, base_url: "http://127.0.0.1:9/v1", api_key_env: GW_KEY }
defaults: { provider: gw }
steps:
  a:
    prompt: "Note: {{ inputs.note }}"
    context: { include: ["notes/*.txt"], max_tokens: 2000 }
    outputs: [{ path: a.txt }]
`,
    'notes/leak.txt': `the deploy key is ${KEY}\n`,
  });
});
afterAll(() => {
  bin.cleanup();
  ws.cleanup();
});

test.each([[[]], [['--json']]])('no form of the key in the dry run output %j', (extra: string[]) => {
  const r = runSync(
    bin.bin,
    ['run', '--spec', 'job.yaml', '--dry-run', '--input', `note=use ${KEY}`, ...extra],
    ws.dir,
    { GW_KEY: KEY },
  );
  expect(r.status).toBe(0);
  // The prompt really was printed (the grep below is not vacuous).
  expect(r.stdout).toContain('Note: use ***');
  expect(r.stdout).toContain('the deploy key is ***');
  expect(
    leaks(KEY, [
      { path: 'stdout', text: r.stdout },
      { path: 'stderr', text: r.stderr },
    ]),
  ).toEqual([]);
});
