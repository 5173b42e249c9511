/**
 * Run one shell command with a deadline: what command checks and command steps share.
 *
 * The command runs through the platform shell (`/bin/sh -c`, `cmd.exe /d /s /c` on Windows) in
 * its own process group, so a timeout or an abort ends everything it started (a test runner's
 * workers, `sleep` in a pipeline), not only the shell. Output is captured up to a cap per stream;
 * past the cap the TAIL is kept, since the end of a log is where the error usually is.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { OrchestratorError } from './errors.js';

export interface RunCommandOptions {
  cwd: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** The child's whole environment (like child_process); default: process.env. */
  env?: Record<string, string | undefined>;
  /** Cap per stream (stdout, stderr), in bytes; default 1 MiB. */
  maxOutputBytes?: number;
  /** After SIGTERM, how long the process group gets before SIGKILL; default 2000 ms. */
  killGraceMs?: number;
}

export interface RunCommandResult {
  /** null when the process was ended by a signal. */
  exitCode: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The caller's signal aborted the command (the process group was killed). */
  aborted: boolean;
  /** Bytes dropped from the head of stdout / stderr because of maxOutputBytes. */
  truncatedBytes: { stdout: number; stderr: number };
  durationMs: number;
}

const DEFAULT_MAX_OUTPUT = 1024 * 1024;
const isWindows = process.platform === 'win32';

/** Keeps the last `max` bytes written to it. */
class TailBuffer {
  private chunks: Buffer[] = [];
  private size = 0;
  dropped = 0;
  constructor(private readonly max: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size > this.max && this.chunks.length > 0) {
      const excess = this.size - this.max;
      const first = this.chunks[0]!;
      if (first.length <= excess) {
        this.chunks.shift();
        this.size -= first.length;
        this.dropped += first.length;
      } else {
        this.chunks[0] = first.subarray(excess);
        this.size -= excess;
        this.dropped += excess;
      }
    }
  }

  text(): string {
    let buf = Buffer.concat(this.chunks);
    if (this.dropped > 0) {
      // The cut may land inside a UTF-8 sequence: skip its continuation bytes.
      let start = 0;
      while (start < buf.length && start < 4 && (buf[start]! & 0xc0) === 0x80) start++;
      buf = buf.subarray(start);
      return `[... ${this.dropped + start} bytes truncated ...]\n${buf.toString('utf8')}`;
    }
    return buf.toString('utf8');
  }
}

function spawnShell(cmd: string, opts: RunCommandOptions): ChildProcess {
  const env = opts.env ?? process.env;
  if (isWindows) {
    return spawn(process.env.ComSpec ?? 'cmd.exe', ['/d', '/s', '/c', `"${cmd}"`], {
      cwd: opts.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsVerbatimArguments: true,
      windowsHide: true,
    });
  }
  // detached = a new process group whose id is the shell's pid: process.kill(-pid) reaches all.
  return spawn('/bin/sh', ['-c', cmd], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
}

function killTree(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    if (isWindows) {
      spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    } else {
      process.kill(-child.pid, sig);
    }
  } catch {
    // Already gone (ESRCH): nothing to kill.
  }
}

/**
 * Runs `cmd` and resolves when it has exited and its output is drained. Never rejects for a
 * non-zero exit, a timeout or an abort (see `exitCode`, `timedOut`, `aborted`); rejects with
 * E_COMMAND_SPAWN only when the shell cannot start at all (a missing cwd, say).
 */
export function runCommand(cmd: string, opts: RunCommandOptions): Promise<RunCommandResult> {
  const started = performance.now();
  const maxBytes = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  const grace = opts.killGraceMs ?? 2000;
  return new Promise((resolve, reject) => {
    const stdout = new TailBuffer(maxBytes);
    const stderr = new TailBuffer(maxBytes);
    let timedOut = false;
    let aborted = false;
    let settled = false;
    let exit: { code: number | null; signal: string | null } | undefined;
    let killTimer: NodeJS.Timeout | undefined;
    let drainTimer: NodeJS.Timeout | undefined;

    if (opts.signal?.aborted) {
      resolve({
        exitCode: null,
        signal: null,
        stdout: '',
        stderr: '',
        timedOut: false,
        aborted: true,
        truncatedBytes: { stdout: 0, stderr: 0 },
        durationMs: 0,
      });
      return;
    }

    const child = spawnShell(cmd, opts);
    child.stdout!.on('data', (c: Buffer) => stdout.push(c));
    child.stderr!.on('data', (c: Buffer) => stderr.push(c));

    const stop = () => {
      killTree(child, 'SIGTERM');
      killTimer ??= setTimeout(() => killTree(child, 'SIGKILL'), grace);
    };
    const deadline = setTimeout(() => {
      timedOut = true;
      stop();
    }, opts.timeoutMs);
    const onAbort = () => {
      aborted = true;
      stop();
    };
    opts.signal?.addEventListener('abort', onAbort, { once: true });

    const finish = () => {
      if (settled) return;
      settled = true;
      // Whatever of the group ignored SIGTERM is not waited for: end it now.
      if (timedOut || aborted) killTree(child, 'SIGKILL');
      clearTimeout(deadline);
      clearTimeout(killTimer);
      clearTimeout(drainTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      resolve({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        aborted,
        truncatedBytes: { stdout: stdout.dropped, stderr: stderr.dropped },
        durationMs: Math.round(performance.now() - started),
      });
    };

    child.on('error', (e: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      clearTimeout(killTimer);
      opts.signal?.removeEventListener('abort', onAbort);
      reject(
        new OrchestratorError('E_COMMAND_SPAWN', `cannot start \`${cmd}\` in ${opts.cwd}: ${e.code ?? e.message}`, {
          cause: e,
          hint: 'check that the working folder exists and a shell is available',
        }),
      );
    });
    child.on('exit', (code, signal) => {
      exit = { code, signal };
      // A grandchild that escaped the group may hold the pipes open forever: do not wait on it.
      drainTimer = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish();
      }, 1000);
    });
    child.on('close', (code, signal) => {
      exit ??= { code, signal };
      finish();
    });
  });
}

/** Quotes a value (a file path) for the shell `runCommand` uses; plain paths stay unquoted. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_./:@%+=,-]+$/.test(value)) return value;
  if (isWindows) return `"${value.replace(/"/g, '""')}"`;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
