/**
 * Turns any thrown value into one clear line (plus a hint) and an exit code. No stack trace unless --debug or DEBUG.
 */
import { isOrchestratorError, SpecError, errorMessage } from '../util/errors.js';
import type { Paint } from './terminal.js';
import { fsFault } from '../util/fs-errors.js';

export function reportError(e: unknown, p: Paint, debug: boolean, write: (s: string) => void): number {
  if (e instanceof SpecError) {
    for (const issue of e.issues) {
      const hint = issue.hint ? p.dim(`; ${issue.hint}`) : '';
      write(
        `${issue.file}:${issue.line}:${issue.col}: ${p.red('error')}: ${issue.message}` +
          `${issue.path ? p.dim(` (at ${issue.path})`) : ''}${hint}\n`,
      );
    }
    write(`${p.red(`error[${e.code}]`)}: ${e.issues.length} problem${e.issues.length === 1 ? '' : 's'} in the spec\n`);
    if (debug) write(`${e.stack}\n`);
    return e.exitCode;
  }
  if (isOrchestratorError(e)) {
    write(`${p.red(`error[${e.code}]`)}: ${e.message}\n`);
    if (e.hint) write(`${p.dim(`hint: ${e.hint}`)}\n`);
    if (debug) write(`${e.stack}\n`);
    return e.exitCode;
  }
  // A full disk or a read-only folder met outside the paths that name their file: still not a bug.
  const fault = fsFault(e, (e as { path?: string }).path ? `use ${(e as { path: string }).path}` : 'use a file');
  if (fault) return reportError(fault, p, debug, write);
  write(`${p.red('error[E_INTERNAL]')}: ${errorMessage(e)}\n`);
  write(`${p.dim('hint: this is a bug; rerun with --debug and report it with the output')}\n`);
  if (debug) write(`${e instanceof Error ? e.stack : String(e)}\n`);
  return 1;
}
