import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCommand, shellQuote } from '../../src/util/run-command.js';

const posix = process.platform !== 'win32';
const itPosix = posix ? it : it.skip;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('runCommand', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'runcmd-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs through the shell in cwd and reports exit code and both streams', async () => {
    const r = await runCommand('echo out; echo err 1>&2; pwd; exit 3', { cwd: dir, timeoutMs: 10_000 });
    expect(r.exitCode).toBe(3);
    expect(r.timedOut).toBe(false);
    expect(r.stdout).toContain('out');
    expect(r.stdout.trim().split('\n').pop()).toMatch(/runcmd-/);
    expect(r.stderr.trim()).toBe('err');
    expect(r.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('passes the given environment', async () => {
    const r = await runCommand('echo "v=$MY_VAR"', {
      cwd: dir,
      timeoutMs: 10_000,
      env: { ...process.env, MY_VAR: 'hello' },
    });
    expect(r.stdout.trim()).toBe('v=hello');
  });

  itPosix('kills the whole process group on timeout, within bounds', async () => {
    const pidFile = join(dir, 'child.pid');
    const started = Date.now();
    // The shell starts a grandchild `sleep 30` in the background and waits on it.
    const r = await runCommand(`sleep 30 & echo $! > ${shellQuote(pidFile)}; wait`, { cwd: dir, timeoutMs: 500 });
    const elapsed = Date.now() - started;
    expect(r.timedOut).toBe(true);
    expect(r.exitCode).toBeNull();
    expect(elapsed).toBeLessThan(8000);
    const { readFile } = await import('node:fs/promises');
    const grandchild = Number((await readFile(pidFile, 'utf8')).trim());
    // Give the kernel a moment to reap it.
    for (let i = 0; i < 50 && alive(grandchild); i++) await new Promise((res) => setTimeout(res, 100));
    expect(alive(grandchild)).toBe(false);
  });

  itPosix('escalates to SIGKILL when the command ignores SIGTERM', async () => {
    const r = await runCommand(`trap '' TERM; sleep 30`, { cwd: dir, timeoutMs: 300, killGraceMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(8000);
  });

  it('stops on abort and says so', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await runCommand('sleep 30', { cwd: dir, timeoutMs: 60_000, signal: ac.signal });
    expect(r.aborted).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(r.durationMs).toBeLessThan(8000);
  });

  it('keeps the tail of long output and marks the cut', async () => {
    const r = await runCommand(`i=0; while [ $i -lt 2000 ]; do echo "line $i"; i=$((i+1)); done`, {
      cwd: dir,
      timeoutMs: 20_000,
      maxOutputBytes: 200,
    });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^\[\.\.\. \d+ bytes truncated \.\.\.\]\n/);
    expect(r.stdout.trimEnd().endsWith('line 1999')).toBe(true);
    expect(r.stdout).not.toContain('line 0\n');
    expect(r.truncatedBytes.stdout).toBeGreaterThan(10_000);
  });

  it('rejects with E_COMMAND_SPAWN when the folder does not exist', async () => {
    await expect(runCommand('true', { cwd: join(dir, 'missing'), timeoutMs: 5000 })).rejects.toMatchObject({
      code: 'E_COMMAND_SPAWN',
    });
  });

  it('quotes paths with spaces and quotes for the shell', async () => {
    const r = await runCommand(`printf '%s' ${shellQuote("a b'c")}`, { cwd: dir, timeoutMs: 5000 });
    expect(r.stdout).toBe("a b'c");
    expect(shellQuote('/tmp/x/main.py')).toBe('/tmp/x/main.py');
  });
});
