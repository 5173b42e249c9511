/**
 * A step's checks, and the one place their verdict becomes an event: quality.passed when every
 * check passed, quality.failed (level warn) when any failed, with `severity` saying whether the
 * failure fails the step or, from `on_fail: warn` checks alone, only warns.
 */
import { runChecks, type CheckReport } from '../quality/checks.js';
import type { StepSpec } from '../jobspec/schema.js';
import { commandEnvFor, type RunServices } from './services.js';

export async function checkStep(
  ctx: RunServices,
  id: string,
  step: StepSpec,
  subject: string,
  opts: { provider?: string; candidateFile?: () => Promise<string> } = {},
): Promise<CheckReport> {
  const report = await runChecks(subject, step.checks, {
    cwd: ctx.paths.outputs,
    baseDir: ctx.loaded.baseDir,
    signal: ctx.signal,
    // Command checks get the step's and the check's env_passthrough (docs/reference.md: Command environments).
    envFor: (names) => commandEnvFor(ctx, step, names),
    ...(opts.candidateFile ? { candidateFile: opts.candidateFile } : {}),
  });
  const anyFailed = report.verdicts.some((v) => !v.passed);
  ctx.events.emit({
    type: anyFailed ? 'quality.failed' : 'quality.passed',
    level: anyFailed ? 'warn' : 'info',
    step_id: id,
    data: {
      ...(opts.provider !== undefined ? { provider: opts.provider } : {}),
      verdicts: report.verdicts,
      ...(anyFailed ? { severity: report.passed ? ('warn' as const) : ('fail' as const), step_failed: !report.passed } : {}),
    },
  });
  return report;
}

export function checkCounts(report: CheckReport): { passed: number; failed: number } {
  let passed = 0;
  for (const v of report.verdicts) if (v.passed) passed++;
  return { passed, failed: report.verdicts.length - passed };
}
