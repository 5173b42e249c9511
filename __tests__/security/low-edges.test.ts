/**
 * Small edges of the 2.1 surface: input names that would share one variable, NUL bytes in items
 * and inputs, schemas ajv refuses, run-folder variables relative to the wrong folder, and
 * `cache export` onto a file.
 */
import { writeFileSync } from 'node:fs';
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());
afterEach(() => ws.cleanup());

test('validate rejects inputs that reach commands as the same variable', () => {
  ws = new Workspace({
    'job.yaml': 'version: 2\nname: le\ninputs:\n  my-in: a\n  my_in: b\n  MY_IN: c\nsteps:\n  c: { run: "true" }\n',
  });
  const r = runSync(bin.bin, ['validate', '--spec', 'job.yaml'], ws.dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/job\.yaml:5:\d+: .*"my-in" and "my_in" both reach commands as ORCHESTRATOR_INPUT_MY_IN/);
  expect(r.stderr).toMatch(/job\.yaml:6:\d+: .*"MY_IN"/);
});

test('a NUL in an item or an input is a clear step error, not E_INTERNAL', () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: ln
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: r.yaml }
inputs:
  list: '["ok", "a\\u0000b"]'
  raw: ""
steps:
  cmd:
    for_each: "{{ inputs.list }}"
    run: echo {{ item }}
  plain:
    run: echo "{{ inputs.raw }}"
  llm:
    for_each: "{{ inputs.list }}"
    prompt: "{{ item }}"
    outputs: [{ path: "o/{{ item }}.txt" }]
  other:
    run: printenv ORCHESTRATOR_JOB_ID
`,
    'r.yaml': 'llm: fine\n',
    'in.json': JSON.stringify({ raw: 'x\u0000y' }),
  });
  const r = runSync(
    bin.bin,
    ['run', '--spec', 'job.yaml', '--job-id', 'n1', '--no-cache', '--input-file', 'in.json'],
    ws.dir,
  );
  expect(r.stderr + r.stdout).not.toMatch(/E_INTERNAL/);
  expect(r.status).toBe(1);
  const m = ws.manifest('n1');
  expect(m.steps['cmd[ok]']!.status).toBe('succeeded');
  expect(m.steps['cmd[1]']!.error?.code).toBe('E_COMMAND_VALUE');
  expect(m.steps['plain']!.error?.code).toBe('E_COMMAND_VALUE');
  expect(m.steps['llm[ok]']!.status).toBe('succeeded');
  expect(m.steps['llm[1]']!.error?.code).toBe('E_PATH_INVALID');
  // Other commands still start: the NUL input is left out of their environment.
  expect(m.steps['other']!.status).toBe('succeeded');
});

test('validate checks output_schema against the JSON Schema meta-schema, inline and in a file', () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: ls
defaults: { provider: offline }
providers:
  offline: { type: replay, responses: r.yaml }
steps:
  a:
    prompt: x
    output_schema: { type: 12 }
  b:
    prompt: x
    output_schema: s.json
  c:
    prompt: x
    output_schema: { type: string, pattern: "^(?=a)" }
`,
    'r.yaml': '{}\n',
    's.json': '{"properties": 5}',
  });
  const r = runSync(bin.bin, ['validate', '--spec', 'job.yaml'], ws.dir);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/job\.yaml:9:\d+: .*output_schema is not a valid JSON Schema: .*type/);
  expect(r.stderr).toMatch(/job\.yaml:12:\d+: .*output_schema file "s\.json" is not a valid JSON Schema/);
  expect(r.stderr).toMatch(/job\.yaml:15:\d+: .*output_schema is not a valid JSON Schema: .*pattern/);
});

test('ORCHESTRATOR_RUN_DIR and ORCHESTRATOR_OUTPUTS_DIR are absolute (commands run inside outputs/)', () => {
  ws = new Workspace({
    'job.yaml':
      'version: 2\nname: la\nsteps:\n  c: { run: \'ls "$ORCHESTRATOR_OUTPUTS_DIR" > /dev/null && ls "$ORCHESTRATOR_RUN_DIR/events.jsonl" && printenv ORCHESTRATOR_OUTPUTS_DIR > d.txt\' }\n',
  });
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'a1', '--no-cache'], ws.dir);
  expect(r.status).toBe(0);
  expect(ws.read('runs', 'a1', 'outputs', 'd.txt').trim()).toBe(ws.path('runs', 'a1', 'outputs'));
});

test('cache export onto a file is a usage error (exit 2)', () => {
  ws = new Workspace({ 'job.yaml': 'version: 2\nname: lc\nsteps:\n  c: { run: "true", cache: true }\n' });
  expect(runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'c1', '-q'], ws.dir).status).toBe(0);
  writeFileSync(ws.path('afile'), 'x');
  for (const dest of ['afile', 'afile/sub']) {
    const r = runSync(bin.bin, ['cache', 'export', '--run', 'c1', dest], ws.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/E_USAGE.*writes a folder/);
  }
});
