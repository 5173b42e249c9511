/**
 * On a Node without process.execve (< 22.15) the engine cannot re-exec without its keys, and a
 * command step could read them from /proc/$PPID/environ: a job with keys set and commands to run
 * is refused (exit 2, naming the Node needed and the flag that accepts the risk), and the warning
 * given when the risk is accepted is printed whatever -q says. On the current Node the key is not
 * readable at all.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { paintFor } from '../../src/cli/terminal.js';
import { Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

const KEY = 'sk-exposure-test-0123456789abcdef';

const SPEC = `version: 2
name: expo
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
steps:
  a:
    prompt: hi
  snoop:
    needs: [a]
    run: "tr '\\\\0' '\\\\n' < /proc/$PPID/environ > environ.txt; printenv > env.txt"
`;

/** The CLI in-process on a simulated Node whose re-exec is impossible. */
async function oldNodeCli(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const stream = { isTTY: false, write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WriteStream;
  const io: Io = {
    out: () => undefined,
    outAsync: async () => undefined,
    err: (s) => void (stderr += s),
    stderr: stream,
    env: { PATH: process.env.PATH, ...env },
    paintOut: paintFor(stream, {}),
    paintErr: paintFor(stream, {}),
    onInterrupt: () => () => undefined,
    reexecWithout: () => false,
    nodeVersion: '20.20.2',
  };
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await main(args, io), stderr };
  } finally {
    process.chdir(prev);
  }
}

let ws: Workspace;
beforeEach(() => {
  ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'a: hello\n' });
});
afterEach(() => ws.cleanup());

describe('on a Node that cannot re-exec', () => {
  test('a job with a key set and a command step is refused, exit 2, even with -q', async () => {
    const r = await oldNodeCli(['run', '--spec', 'job.yaml', '--no-cache', '-q'], ws.dir, { OPENAI_API_KEY: KEY });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_KEY_EXPOSURE/);
    expect(r.stderr).toMatch(/OPENAI_API_KEY/);
    expect(r.stderr).toMatch(/Node 20\.20\.2/);
    expect(r.stderr).toMatch(/Node >= 22\.15/);
    expect(r.stderr).toMatch(/--allow-key-exposure/);
    expect(r.stderr).not.toContain(KEY);
    expect(existsSync(ws.path('runs'))).toBe(false);
  });

  test('a runner token counts as a key', async () => {
    const r = await oldNodeCli(['run', '--spec', 'job.yaml', '--no-cache'], ws.dir, {
      GITHUB_TOKEN: 'ghs_exposuretoken0000',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GITHUB_TOKEN/);
  });

  test.each([
    [['--allow-key-exposure'], {}],
    [[], { ORCHESTRATOR_ALLOW_KEY_EXPOSURE: '1' }],
  ])('accepting the risk (%j %j) runs, and -q does not hide the warning', async (flags, env) => {
    const r = await oldNodeCli(['run', '--spec', 'job.yaml', '--no-cache', '-q', ...flags], ws.dir, {
      OPENAI_API_KEY: KEY,
      ...env,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: --allow-key-exposure: .*OPENAI_API_KEY/);
  });

  test('without keys, or without commands, it runs', async () => {
    expect((await oldNodeCli(['run', '--spec', 'job.yaml', '--no-cache'], ws.dir, {})).code).toBe(0);
    ws.write({ 'job.yaml': SPEC.replace(/ {2}snoop:[\s\S]*$/, '') });
    expect((await oldNodeCli(['run', '--spec', 'job.yaml', '--no-cache'], ws.dir, { OPENAI_API_KEY: KEY })).code).toBe(
      0,
    );
  });
});

describe('real processes', () => {
  let bin: CliBin;
  beforeAll(() => {
    bin = snapshotCli();
  });
  afterAll(() => bin.cleanup());

  const supportsExecve = (node: string): boolean =>
    spawnSync(node, ['-e', 'process.stdout.write(String(typeof process.execve))'], { encoding: 'utf8' }).stdout ===
    'function';

  test('on the Node running the tests the key is not readable from the engine’s environ', () => {
    if (process.platform !== 'linux' || !supportsExecve(process.execPath)) return;
    const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'r1'], ws.dir, {
      OPENAI_API_KEY: KEY,
    });
    expect(r.status).toBe(0);
    const environ = ws.read('runs', 'r1', 'outputs', 'environ.txt');
    expect(environ).toMatch(/PATH=/); // the snoop did read the file
    expect(environ).not.toContain(KEY);
    expect(ws.read('runs', 'r1', 'outputs', 'env.txt')).not.toContain(KEY);
  });

  test('a real Node without execve on this machine (the system Node 20) refuses', () => {
    const old = ['/usr/bin/node', '/usr/local/bin/node'].find((n) => existsSync(n) && !supportsExecve(n));
    if (!old || process.platform !== 'linux') return;
    const r = spawnSync(old, [bin.bin, 'run', '--spec', 'job.yaml', '--no-cache', '-q'], {
      cwd: ws.dir,
      env: { ...process.env, NO_COLOR: '1', OPENAI_API_KEY: KEY },
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/E_KEY_EXPOSURE.*/);
    expect(r.stderr).toMatch(/Node >= 22\.15/);
  });
});
