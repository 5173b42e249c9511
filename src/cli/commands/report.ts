/**
 * `orchestrator report [RUN] [--out FILE]`: writes a run's report.html (docs/reference.md, "The
 * HTML report"). RUN is a job id, a job name (its latest run) or the path of a run folder (a
 * pulled or downloaded artifact); without it, the latest run in --runs-dir. A killed run gets
 * its report here without a resume.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hasRunFolder } from '../../report/html/read-run.js';
import { writeRunReport } from '../../report/html/write.js';
import { formatCount } from '../../report/format.js';
import { resolveRunId, runPaths } from '../../run/run-folder.js';
import { UsageError } from '../../util/errors.js';
import { Redactor } from '../../util/redact.js';
import type { Io } from '../io.js';

export interface ReportFlags {
  runsDir: string;
  out?: string;
  quiet?: boolean;
}

/** A run given as a path: it names a folder that holds events.jsonl or manifest.json. */
function runFolderPath(run: string): string | undefined {
  if (!/[\\/]/.test(run) && run !== '.' && run !== '..') return undefined;
  const dir = resolve(run);
  return existsSync(dir) && statSync(dir).isDirectory() ? dir : undefined;
}

/**
 * The values of the key variables in this environment: the report passes the run's texts through
 * them as the run's own redactor did (logs are already redacted; this catches a key the run did
 * not know, such as one given to `report` alone).
 */
export function environmentRedactor(env: Record<string, string | undefined>): Redactor {
  const names = Object.keys(env).filter((n) => /(^|_)(API_KEY|TOKEN|SECRET|ACCESS_KEY|SESSION_TOKEN)$/i.test(n));
  return new Redactor(names.map((name) => ({ name, value: env[name] ?? '' })));
}

export async function reportCommand(run: string | undefined, flags: ReportFlags, io: Io): Promise<number> {
  let dir = run !== undefined ? runFolderPath(run) : undefined;
  if (dir === undefined) dir = runPaths(flags.runsDir, resolveRunId(flags.runsDir, run)).dir;
  if (!hasRunFolder(dir)) {
    throw new UsageError('E_NO_RUN', `${dir} is not a run folder (no events.jsonl or manifest.json)`, {
      hint: 'pass a job id, a job name, or the path of a run folder (RUNS_DIR/JOB_ID)',
    });
  }
  const { file, bytes } = await writeRunReport(dir, {
    out: flags.out ? resolve(flags.out) : undefined,
    redactor: environmentRedactor(io.env),
    env: io.env,
  });
  io.out(`${file}\n`);
  if (!flags.quiet) io.err(`wrote the report of ${join(dir)} (${formatCount(bytes)} bytes)\n`);
  return 0;
}
