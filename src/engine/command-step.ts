/**
 * The command step executor (`run:`): a shell command in the run's outputs/ folder, e.g. qa
 * running the generated tests. Exit 0 = success; stdout/stderr go to logs/; declared outputs are
 * registered through the FileStore by the runner (path checks, hashes, file.written). It runs on
 * every run unless it opts in with `cache: true` (cache-policy.ts); then its key covers the
 * command, the content of the files it `reads`, the workspace `files` and the `env` values it
 * declares, and the job's inputs, and a hit restores the files it produced without running it.
 * API keys are removed from its environment: it often runs
 * model-written code.
 */
import { existsSync } from 'node:fs';
import { ConfinedFileError, readConfinedSync } from '../util/confined-read.js';
import { commandCacheKey } from '../cache/key.js';
import { envValues, workspaceFileHashes } from '../cache/declared-inputs.js';
import type { CacheEntry } from '../cache/types.js';
import type { StepSpec } from '../jobspec/schema.js';
import { OrchestratorError, PathEscapeError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { runCommand } from '../util/run-command.js';
import { fileNameOf, type Instance } from '../jobspec/fan-out.js';
import { itemToText } from '../jobspec/template.js';
import { commandValues, compileCommandTemplate, isTemplatedCommand } from '../jobspec/command-template.js';
import { commandEnvFor, engineFolders, type RunServices } from './services.js';
import { assertNoSecretValues } from './command-env.js';
import { checkCounts, checkStep } from './step-checks.js';
import type { StepExecutor, StepProduct, StepTally } from './step-runner.js';

/**
 * What the shell runs for a step: its `run` with every template value replaced by a variable
 * reference, and those variables' values (docs/reference.md, "Values in commands"). Plain and
 * fanned-out steps alike; a `run` without templates runs as written.
 */
export function commandInvocation(
  ctx: RunServices,
  step: StepSpec,
  inst?: Instance,
): { command: string; values: Record<string, string> } {
  const run = step.run!;
  if (!isTemplatedCommand(run)) return { command: run, values: {} };
  const compiled = compileCommandTemplate(run);
  const values = commandValues(compiled, {
    inputs: ctx.loaded.spec.inputs,
    stepOutput: (s: string) => ctx.texts.get(s),
    ...(inst ? { item: inst.item } : {}),
  });
  return { command: compiled.command, values };
}

export function commandKey(ctx: RunServices, id: string, step: StepSpec, inst?: Instance): string {
  const reads = (step.reads ?? []).map((p) => {
    try {
      // A command may have left a FIFO or a symlink out where an earlier output was.
      return {
        path: p,
        sha256: sha256(
          readConfinedSync(p, { root: ctx.paths.outputs, label: 'reads entry', maxBytes: MAX_PRODUCED_BYTES }),
        ),
      };
    } catch (e) {
      if (e instanceof ConfinedFileError) throw e;
      return { path: p, sha256: null };
    }
  });
  const { spec } = ctx.loaded;
  // A cached command declares what it reads outside the run; inputs reach it as env.
  const declared =
    step.cache === true
      ? {
          files: workspaceFileHashes(ctx.loaded.baseDir, step.files ?? [], engineFolders(ctx)),
          env: envValues(commandEnvFor(ctx, step), step.env ?? []),
        }
      : {};
  const inputs = Object.keys(spec.inputs).length ? { inputs: spec.inputs } : {};
  // The values a templated run passes (upstream answers, items, inputs) are what it runs on.
  const { values } = commandInvocation(ctx, step, inst);
  // An instance's key names its step and its item (a KEY may be an index that moves with the list).
  return commandCacheKey({
    code_version: spec.code_version,
    step_id: inst ? inst.parent : id,
    run: step.run!,
    reads,
    outputs: step.outputs,
    ...declared,
    ...inputs,
    ...(inst ? { item: inst.item } : {}),
    ...(Object.keys(values).length ? { values } : {}),
  });
}

/** Bound on one file a command produces (it is hashed, cached and rewritten in memory). */
const MAX_PRODUCED_BYTES = 256 * 1024 * 1024;

/** Reads a file the command wrote: a regular file inside outputs/ (never a FIFO, a device or a symlink out). */
function readProduced(ctx: RunServices, path: string): Buffer {
  const abs = ctx.files.resolve(path);
  if (!existsSync(abs))
    throw new OrchestratorError('E_COMMAND_OUTPUT', `the command did not create ${path}`, {
      hint: 'check the command, or the output path in the spec',
    });
  try {
    return readConfinedSync(path, { root: ctx.paths.outputs, label: 'output', maxBytes: MAX_PRODUCED_BYTES });
  } catch (e) {
    if (e instanceof ConfinedFileError) throw new PathEscapeError(path, e.message);
    throw e;
  }
}

export class CommandStepExecutor implements StepExecutor {
  readonly kind = 'command' as const;
  readonly startedData: { run: string };
  /** Its one run counts as its one attempt. */
  readonly tally: StepTally = { attempts: 1 };
  readonly log: Array<readonly [string, string | undefined]> = [];
  private key?: string;

  constructor(
    private readonly ctx: RunServices,
    private readonly id: string,
    private readonly step: StepSpec,
    private readonly inst?: Instance,
  ) {
    this.startedData = { run: step.run! };
  }

  async prepare(): Promise<{ key: string }> {
    this.key ??= commandKey(this.ctx, this.id, this.step, this.inst);
    return { key: this.key };
  }

  async fromCache(entry: CacheEntry): Promise<StepProduct | undefined> {
    const files = entry.files;
    if (!files || !this.step.outputs.every((o) => files[o.path] !== undefined)) return undefined;
    this.log.push(['command', this.step.run], ['stdout (cache hit)', entry.text]);
    return {
      text: entry.text,
      files: this.step.outputs.map((o) => ({ path: o.path, content: Buffer.from(files[o.path]!, 'base64') })),
    };
  }

  async execute(): Promise<StepProduct> {
    const { ctx, id, step } = this;
    const { timeoutMs } = ctx.settings.get(id)!;
    ctx.events.emit({
      type: 'command.started',
      step_id: id,
      data: { run: step.run!, cwd: 'outputs/', timeout_ms: timeoutMs },
    });
    // Values reach the command only as environment variables, never as shell text.
    const { command, values } = commandInvocation(ctx, step, this.inst);
    const base = commandEnvFor(ctx, step);
    const item: Record<string, string> = this.inst
      ? { ORCHESTRATOR_ITEM: itemToText(this.inst.item), ORCHESTRATOR_ITEM_KEY: this.inst.key }
      : {};
    assertNoSecretValues(ctx.redactor, { ...item, ...values });
    if (item.ORCHESTRATOR_ITEM?.includes('\0'))
      throw new OrchestratorError(
        'E_COMMAND_VALUE',
        'the item holds a NUL byte, which no environment variable (ORCHESTRATOR_ITEM) can hold',
        {
          hint:
            'a command reads such data from a file: let an upstream step write it to outputs/ and list it in ' +
            'reads:',
        },
      );
    const env = { ...base, ...item, ...values };
    const ran = await runCommand(command, { cwd: ctx.paths.outputs, timeoutMs, signal: ctx.signal, env });
    // A command that printed a key must not put it in the cache, the outputs or a prompt.
    const res = { ...ran, stdout: ctx.redactor.apply(ran.stdout), stderr: ctx.redactor.apply(ran.stderr) };
    this.log.push(
      ['command', step.run],
      ['exit', String(res.exitCode ?? res.signal)],
      ['stdout', res.stdout],
      ['stderr', res.stderr],
    );
    ctx.events.emit({
      type: 'command.finished',
      step_id: id,
      level: res.exitCode === 0 ? 'info' : 'warn',
      data: {
        exit_code: res.exitCode,
        signal: res.signal,
        timed_out: res.timedOut,
        duration_ms: res.durationMs,
        stdout_tail: res.stdout.slice(-500),
        stderr_tail: res.stderr.slice(-500),
      },
    });
    if (ctx.signal.aborted) throw new OrchestratorError('E_CANCELLED', 'the run was cancelled');
    if (res.timedOut)
      throw new OrchestratorError('E_COMMAND_TIMEOUT', `command timed out after ${timeoutMs / 1000} s: ${step.run}`, {
        hint: 'raise timeout_s on the step',
      });
    if (res.exitCode !== 0) {
      const tail = (res.stderr.trim() || res.stdout.trim()).split('\n').slice(-5).join('\n');
      throw new OrchestratorError(
        'E_COMMAND_FAILED',
        `command exited with ${res.exitCode ?? res.signal}: ${step.run}${tail ? `\n${tail}` : ''}`,
        {
          hint: `full output in logs/${fileNameOf(id)}.log`,
        },
      );
    }
    let checks: StepProduct['checks'];
    if (step.checks.length) {
      const report = await checkStep(ctx, id, step, res.stdout, this.inst ? { item: this.inst.item } : {});
      if (!report.passed)
        throw new OrchestratorError(
          'E_CHECK_FAILED',
          `step ${id}: ${report.verdicts
            .filter((v) => !v.passed && v.severity === 'fail')
            .map((v) => v.message)
            .join('; ')}`,
        );
      checks = checkCounts(report);
    }
    const files = step.outputs.map((o) => ({
      path: o.path,
      content: ctx.redactor.applyBytes(readProduced(ctx, o.path)),
    }));
    const stored: Record<string, string> = {};
    for (const f of files) stored[f.path] = f.content.toString('base64');
    return {
      text: res.stdout,
      files,
      exitCode: 0,
      ...(checks ? { checks } : {}),
      cacheRecord: { text: res.stdout, files: stored },
    };
  }
}
