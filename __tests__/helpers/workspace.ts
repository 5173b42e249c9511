/** Temp workspaces with a spec, its fixtures, and helpers to run the CLI in-process or as a process. */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { paintFor } from '../../src/cli/terminal.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import type { Manifest } from '../../src/run/manifest-types.js';

export const REPO = resolve(import.meta.dirname ?? '.', '..', '..');
export const BIN = join(REPO, 'bin', 'orchestrator.js');

export class Workspace {
  readonly dir: string;
  constructor(files: Record<string, string> = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'orch-test-'));
    this.write(files);
  }
  write(files: Record<string, string>): void {
    for (const [rel, content] of Object.entries(files)) {
      const abs = join(this.dir, rel);
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  path(...parts: string[]): string {
    return join(this.dir, ...parts);
  }
  read(...parts: string[]): string {
    return readFileSync(this.path(...parts), 'utf8');
  }
  manifest(jobId: string): Manifest {
    return JSON.parse(this.read('runs', jobId, 'manifest.json')) as Manifest;
  }
  events(jobId: string): OrchestratorEvent[] {
    return this.read('runs', jobId, 'events.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OrchestratorEvent);
  }
  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (fast), with its own streams and env. */
export async function cli(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const fakeStream = { isTTY: false, write: (s: string) => ((stderr += s), true) } as unknown as NodeJS.WriteStream;
  const io: Io = {
    out: (s) => void (stdout += s),
    outAsync: async (s) => void (stdout += s),
    err: (s) => void (stderr += s),
    stderr: fakeStream,
    env: { ...process.env, ...opts.env },
    paintOut: paintFor(fakeStream, {}),
    paintErr: paintFor(fakeStream, {}),
    onInterrupt: () => () => undefined,
  };
  const prev = process.cwd();
  if (opts.cwd) process.chdir(opts.cwd);
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.chdir(prev);
  }
}

/** Runs the real CLI as a child process (black box), on the Node running the tests. */
export function cliProcess(
  args: string[],
  opts: { cwd: string; env?: Record<string, string | undefined> },
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

/** A job spec as YAML text from a compact description. */
export function replaySpec(name: string, steps: Record<string, string>, extra = ''): string {
  return `version: 2\nname: ${name}\ndefaults: { provider: offline, concurrency: 4, retries: 0 }\nproviders:\n  offline: { type: replay, responses: responses.yaml }\n${extra}steps:\n${Object.entries(
    steps,
  )
    .map(
      ([id, body]) =>
        `  ${id}:\n${body
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}`,
    )
    .join('\n')}\n`;
}
