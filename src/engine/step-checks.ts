/**
 * A step's checks, and the one place their verdict becomes an event: quality.passed when every
 * check passed, quality.failed (level warn) when any failed, with `severity` saying whether the
 * failure fails the step or, from `on_fail: warn` checks alone, only warns.
 */
import { runChecks, type CheckReport } from '../quality/checks.js';
import type { StepSpec } from '../jobspec/schema.js';
import { commandValues, compileCommandTemplate } from '../jobspec/command-template.js';
import { commandEnvFor, type RunServices } from './services.js';
import { assertNoSecretValues } from './command-env.js';
import { isModelOutputCheck } from '../quality/model-checks.js';
import { modelCheckServices, type ModelCheckContext } from './model-check-services.js';

export async function checkStep(
  ctx: RunServices,
  id: string,
  step: StepSpec,
  subject: string,
  /** `sample` (ModelCheckContext): a sampled step's sample index, on the quality event and in a judge's key. */
  opts: { provider?: string; candidateFile?: () => Promise<string>; item?: unknown } & ModelCheckContext = {},
): Promise<CheckReport> {
  // A check's run passes its values (and {file}) as variables, as command steps do.
  const commandFor = (run: string, file: string) => {
    const compiled = compileCommandTemplate(run, { file: true });
    const vars = {
      inputs: ctx.loaded.spec.inputs,
      stepOutput: (s: string) => ctx.texts.get(s),
      file,
      ...(opts.item !== undefined ? { item: opts.item } : {}),
    };
    const env = commandValues(compiled, vars);
    assertNoSecretValues(ctx.redactor, env);
    return { command: compiled.command, env };
  };
  const report = await runChecks(subject, step.checks, {
    cwd: ctx.paths.outputs,
    baseDir: ctx.loaded.baseDir,
    signal: ctx.signal,
    // Command checks get the step's and the check's env_passthrough (docs/reference.md: Command environments).
    envFor: (names) => commandEnvFor(ctx, step, names),
    commandFor,
    ...(opts.candidateFile ? { candidateFile: opts.candidateFile } : {}),
    // similar (embedding) and judge checks call providers through the run's pool and cache.
    ...(step.checks.some(isModelOutputCheck) ? { modelServices: modelCheckServices(ctx, id, step, opts) } : {}),
  });
  const anyFailed = report.verdicts.some((v) => !v.passed);
  ctx.events.emit({
    type: anyFailed ? 'quality.failed' : 'quality.passed',
    level: anyFailed ? 'warn' : 'info',
    step_id: id,
    data: {
      ...(opts.provider !== undefined ? { provider: opts.provider } : {}),
      ...(opts.sample !== undefined ? { sample: opts.sample } : {}),
      verdicts: report.verdicts,
      ...(anyFailed
        ? { severity: report.passed ? ('warn' as const) : ('fail' as const), step_failed: !report.passed }
        : {}),
      ...(report.status === 'errored' ? { status: 'errored' as const } : {}),
    },
  });
  return report;
}

export function checkCounts(report: CheckReport): { passed: number; failed: number } {
  let passed = 0;
  for (const v of report.verdicts) if (v.passed) passed++;
  return { passed, failed: report.verdicts.length - passed };
}
