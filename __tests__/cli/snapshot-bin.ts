/**
 * A private copy of the compiled CLI for black-box tests. Spawning bin/orchestrator.js directly
 * reads lib/, which a concurrent `tsc -p tsconfig.build.json` may be rewriting file by file; a
 * snapshot taken once per suite makes every process of the suite run the same code.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/workspace.js';

export interface CliBin {
  /** The snapshot's bin/orchestrator.js. */
  bin: string;
  cleanup(): void;
}

export function snapshotCli(): CliBin {
  // ORCH_TEST_LIB points at another compiled lib/ (e.g. a deliberately broken one, to check that
  // these tests can fail).
  const libDir = process.env.ORCH_TEST_LIB ?? join(REPO, 'lib');
  if (!existsSync(join(libDir, 'cli', 'main.js'))) throw new Error('build first: npx tsc -p tsconfig.build.json');
  const dir = mkdtempSync(join(tmpdir(), 'orch-cli-'));
  cpSync(libDir, join(dir, 'lib'), { recursive: true });
  cpSync(join(REPO, 'bin'), join(dir, 'bin'), { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'orchestrator-snapshot', type: 'module', private: true }),
  );
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { bin: join(dir, 'bin', 'orchestrator.js'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ProcResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the CLI snapshot to completion (sync). NO_COLOR is set unless env overrides it. */
export function runSync(
  bin: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

export interface AsyncRun {
  child: ReturnType<typeof spawn>;
  done: Promise<ProcResult>;
}

/** Spawns the CLI snapshot; with killAfterMs, sends SIGKILL after that delay if it still runs. */
export function runAsync(
  bin: string,
  args: string[],
  cwd: string,
  opts: { killAfterMs?: number; env?: Record<string, string | undefined> } = {},
): AsyncRun {
  const t0 = Date.now();
  const child = spawn(process.execPath, [bin, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = opts.killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), opts.killAfterMs);
  const guard = setTimeout(() => child.kill('SIGKILL'), 45_000);
  const done = new Promise<ProcResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - t0 });
    });
  });
  return { child, done };
}
