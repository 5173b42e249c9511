/**
 * A key that turns up as data (a for_each item, an input value, an argument typed by mistake)
 * stays out of the run folder's file names, the cache, commands' environments and error lines;
 * and a Ctrl-C while the re-exec'd CLI starts leaves no readable key in the temp folder.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';
import { allFiles, leaks } from './secret-grep.js';

const KEY = 'sk-keyasdata-5566778899aabbcc';

let bin: CliBin;
let ws: Workspace;
beforeAll(() => {
  bin = snapshotCli();
});
afterAll(() => bin.cleanup());
afterEach(() => ws.cleanup());

/** Every file name and every file's bytes below `dir`. */
function everything(dir: string): Array<{ path: string; text: string }> {
  return allFiles(dir).map((f) => ({ path: f.path, text: `${f.path}\n${f.text}` }));
}

test('a key as a for_each item: no file name, log, output or cache entry holds it', () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: kd
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
inputs:
  list: '["plain", "${KEY}"]'
steps:
  s:
    for_each: "{{ inputs.list }}"
    prompt: "review {{ item }}"
  o:
    for_each: "{{ inputs.list }}"
    prompt: "write {{ item }}"
    outputs: [{ path: "o/{{ item }}.txt" }]
`,
    'responses.yaml': 's: fine\no: text\n',
  });
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--job-id', 'k1', '--cache-dir', 'cache'], ws.dir, {
    OPENAI_API_KEY: KEY,
  });
  expect(
    leaks(KEY, [
      ...everything(ws.path('runs')),
      ...everything(ws.path('cache')),
      { path: 'stdout', text: r.stdout },
      { path: 'stderr', text: r.stderr },
    ]),
  ).toEqual([]);
  const m = ws.manifest('k1');
  // The item holding the key is instance [1]; the plain one keeps its own KEY.
  expect(Object.keys(m.steps).sort()).toEqual(['o', 'o[1]', 'o[plain]', 's', 's[1]', 's[plain]']);
  expect(m.steps['s[1]']!.status).toBe('succeeded');
  // Its output file would have been named after the key: that instance fails instead.
  expect(m.steps['o[1]']!.status).toBe('failed');
  expect(m.steps['o[1]']!.error?.code).toBe('E_SECRET_IN_PATH');
  expect(r.status).toBe(1);
});

test('an input holding a key is not exported to commands, and a template cannot pass it', () => {
  ws = new Workspace({
    'job.yaml': `version: 2
name: ki
defaults: { retries: 0 }
inputs:
  tok: ""
steps:
  env:
    run: printenv > env.txt
  tpl:
    needs: [env]
    run: echo "{{ inputs.tok }}" > tpl.txt
`,
  });
  const r = runSync(
    bin.bin,
    ['run', '--spec', 'job.yaml', '--job-id', 'i1', '--no-cache', '--input', `tok=${KEY}`],
    ws.dir,
    { OPENAI_API_KEY: KEY },
  );
  const m = ws.manifest('i1');
  expect(m.steps['env']!.status).toBe('succeeded');
  expect(ws.read('runs', 'i1', 'outputs', 'env.txt')).not.toContain('ORCHESTRATOR_INPUT_TOK');
  expect(m.steps['tpl']!.error?.code).toBe('E_SECRET_VALUE');
  expect(
    leaks(KEY, [
      ...everything(ws.path('runs')),
      { path: 'stderr', text: r.stderr },
      { path: 'stdout', text: r.stdout },
    ]),
  ).toEqual([]);
});

test.each([[`${KEY}`], [`${KEY}=x`]])('--input %s does not print the key back', (arg) => {
  ws = new Workspace({ 'job.yaml': 'version: 2\nname: ke\ninputs: { a: "" }\nsteps:\n  c: { run: "true" }\n' });
  const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--input', arg], ws.dir, { OPENAI_API_KEY: KEY });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/E_INPUT/);
  expect(
    leaks(KEY, [
      { path: 'stderr', text: r.stderr },
      { path: 'stdout', text: r.stdout },
    ]),
  ).toEqual([]);
});

test('Ctrl-C at any moment of the start leaves no key in the temp folder', async () => {
  if (process.platform !== 'linux') return;
  ws = new Workspace({
    'job.yaml':
      'version: 2\nname: kc\ndefaults: { provider: offline }\nproviders:\n  offline: { type: replay, responses: r.yaml, latency_ms: 500 }\nsteps:\n  a: { prompt: hi }\n',
    'r.yaml': 'a: hello\n',
  });
  const tmp = mkdtempSync(join(tmpdir(), 'orch-kc-'));
  try {
    const env = { OPENAI_API_KEY: KEY, TMPDIR: tmp };
    for (let i = 0; i < 16; i++) {
      const delay = 20 + ((i * 97) % 181); // 20-200 ms, spread
      const run = runAsync(
        bin.bin,
        ['run', '--spec', 'job.yaml', '--no-cache', '-q', '--runs-dir', `runs-${i}`],
        ws.dir,
        { env },
      );
      await new Promise((r) => setTimeout(r, delay));
      run.child.kill('SIGINT');
      await run.done;
    }
    expect(leaks(KEY, everything(tmp))).toEqual([]);
    // A later start sweeps the folders of processes killed before they read their file.
    const done = await runAsync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--no-cache', '-q', '--runs-dir', 'runs-last'],
      ws.dir,
      { env },
    ).done;
    expect(done.code).toBe(0);
    expect(readdirSync(tmp).filter((n) => n.startsWith('orchestrator-secrets-'))).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);
