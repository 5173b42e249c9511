/** The CLI's window on the process: streams, env, signals. Tests pass their own. */
import { paintFor, type Paint } from './terminal.js';
import { receiveHandedOverSecrets, reexecWithoutSecrets, sensitiveVariableNames } from '../util/secret-handoff.js';

export interface Io {
  out(s: string): void;
  /** As out, resolving once the stream can take more (a slow reader on a pipe). */
  outAsync(s: string): Promise<void>;
  err(s: string): void;
  stderr: NodeJS.WriteStream;
  /** stdout's width when it is a terminal; undefined for a pipe or a file (lines are then not cut). */
  outColumns?: number;
  env: Record<string, string | undefined>;
  paintOut: Paint;
  paintErr: Paint;
  /**
   * Calls back on SIGINT/SIGTERM; a second signal exits at once with 130. Returns an unsubscribe;
   * given the exit code the work ended with, a signal that arrives after it (before the process
   * exits) exits with that code instead of killing the process by signal.
   */
  onInterrupt(cb: (signal: string) => void): (exitCode?: number) => void;
  /**
   * Replaces the process with itself minus these variables in its exec'd environment (the values
   * stay in `env`), so that commands cannot read them from /proc/PID/environ. Only the real
   * process has it; false when the platform cannot.
   */
  reexecWithout?(names: readonly string[]): boolean;
  /** The Node version named when the re-exec is impossible (tests simulate an old Node). */
  nodeVersion?: string;
}

/** A reader that stops early (`| head`) closes the pipe: that is the end of the output, not a crash. */
function quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

export function processIo(): Io {
  // A process re-exec'd by reexecWithout: its secrets come back from the handoff file first.
  receiveHandedOverSecrets();
  quietOnEpipe(process.stdout);
  quietOnEpipe(process.stderr);
  return {
    out: (s) => void process.stdout.write(s),
    outAsync: (s) =>
      process.stdout.write(s) ? Promise.resolve() : new Promise((r) => process.stdout.once('drain', r)),
    err: (s) => void process.stderr.write(s),
    stderr: process.stderr,
    get outColumns() {
      return process.stdout.isTTY ? process.stdout.columns || 80 : undefined;
    },
    env: process.env,
    reexecWithout: (names) => reexecWithoutSecrets(sensitiveVariableNames(process.env, names)),
    paintOut: paintFor(process.stdout),
    paintErr: paintFor(process.stderr),
    onInterrupt(cb) {
      let seen = false;
      let settled: number | undefined;
      const handler = (signal: NodeJS.Signals) => {
        // The work is over and its result decided: the signal only hastens the exit.
        if (settled !== undefined) process.exit(settled);
        if (seen) process.exit(130);
        seen = true;
        process.stderr.write(
          `\n${signal}: stopping; in-flight calls are aborted and the run stays resumable (again to force)\n`,
        );
        cb(signal);
      };
      process.on('SIGINT', handler);
      process.on('SIGTERM', handler);
      return (exitCode) => {
        // Kept until the process exits: a signal in the moment between the summary and the exit
        // must not turn a finished run into death by signal (exit 143).
        if (exitCode !== undefined) settled = exitCode;
        else {
          process.off('SIGINT', handler);
          process.off('SIGTERM', handler);
        }
      };
    },
  };
}
