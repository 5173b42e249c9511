/**
 * A command step (`run:`): a shell command in the run's outputs/ folder, e.g. qa running the
 * generated tests. Exit 0 = success; stdout/stderr go to logs/; declared outputs are registered
 * through the FileStore (path checks, hashes, file.written). It runs on every run unless it opts in
 * with `cache: true`; then its key covers the command, the content of the files it `reads`, the
 * workspace `files` and the `env` values it declares, and the job's inputs, and a hit restores
 * the files it produced without running it.
 * API keys are removed from its environment: it often runs model-written code.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { commandCacheKey } from '../cache/key.js';
import { envValues, workspaceFileHashes } from '../cache/declared-inputs.js';
import { stepCache } from './cache-policy.js';
import { runChecks } from '../quality/checks.js';
import type { OutputRecord } from '../run/manifest-types.js';
import type { StepSpec } from '../spec/schema.js';
import { OrchestratorError, PathEscapeError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { runCommand } from '../util/run-command.js';
import { errorData, writeStepLog, type StepRunContext } from './context.js';
import type { Outcome } from './scheduler.js';

export function commandKey(ctx: StepRunContext, id: string, step: StepSpec): string {
  const reads = (step.reads ?? []).map((p) => {
    try {
      return { path: p, sha256: sha256(readFileSync(ctx.files.resolve(p))) };
    } catch {
      return { path: p, sha256: null };
    }
  });
  const { spec } = ctx.loaded;
  // [issue-14] A cached command declares what it reads outside the run; inputs reach it as env.
  const declared = step.cache === true
    ? { files: workspaceFileHashes(ctx.loaded.baseDir, step.files ?? []), env: envValues(ctx.commandEnv, step.env ?? []) }
    : {};
  const inputs = Object.keys(spec.inputs).length ? { inputs: spec.inputs } : {};
  return commandCacheKey({ code_version: spec.code_version, step_id: id, run: step.run!, reads, outputs: step.outputs, ...declared, ...inputs });
}

/** Reads a file the command wrote, refusing a symlink that leads out of outputs/. */
function readProduced(ctx: StepRunContext, path: string): Buffer {
  const abs = ctx.files.resolve(path);
  if (!existsSync(abs)) throw new OrchestratorError('E_COMMAND_OUTPUT', `the command did not create ${path}`, { hint: 'check the command, or the output path in the spec' });
  if (lstatSync(abs).isSymbolicLink()) {
    const real = realpathSync(abs);
    if (!real.startsWith(realpathSync(ctx.paths.outputs))) throw new PathEscapeError(path, 'the command made it a symlink leading out of outputs/');
  }
  return readFileSync(abs);
}

export async function runCommandStep(ctx: StepRunContext, id: string, step: StepSpec, startedData: Record<string, unknown>): Promise<Outcome> {
  const started = ctx.clock.now();
  const { events } = ctx;
  events.emit({ type: 'step.started', step_id: id, data: { kind: 'command', run: step.run, ...startedData } });
  let key: string | undefined;
  const cache = stepCache(ctx.cache, step); // [issue-14]
  const cacheState = cache ? 'miss' : 'off';
  try {
    key = commandKey(ctx, id, step);
    if (cache) {
      const entry = await cache.get(key);
      if (entry && step.outputs.every((o) => entry.files?.[o.path] !== undefined)) {
        events.emit({ type: 'cache.hit', step_id: id, data: { key } });
        const outputs: OutputRecord[] = [];
        for (const o of step.outputs) {
          const r = await ctx.files.safeWrite(o.path, Buffer.from(entry.files![o.path]!, 'base64'), id);
          outputs.push({ path: r.path, sha256: r.sha256, size_bytes: r.size_bytes });
        }
        await writeStepLog(ctx, id, [['command', step.run], ['stdout (cache hit)', entry.text]]);
        ctx.texts.set(id, entry.text);
        events.emit({ type: 'step.succeeded', step_id: id, data: { cache: 'hit', cache_key: key, attempts: 0, duration_ms: ctx.clock.now() - started, outputs, output: entry.text } });
        return 'succeeded';
      }
      events.emit({ type: 'cache.miss', step_id: id, data: { key } });
    }
    const timeoutMs = (step.timeout_s ?? ctx.loaded.spec.defaults.timeout_s) * 1000;
    events.emit({ type: 'command.started', step_id: id, data: { run: step.run, cwd: 'outputs/', timeout_ms: timeoutMs } });
    const res = await runCommand(step.run!, { cwd: ctx.paths.outputs, timeoutMs, signal: ctx.signal, env: ctx.commandEnv });
    await writeStepLog(ctx, id, [['command', step.run], ['exit', String(res.exitCode ?? res.signal)], ['stdout', res.stdout], ['stderr', res.stderr]]);
    events.emit({ type: 'command.finished', step_id: id, level: res.exitCode === 0 ? 'info' : 'warn', data: {
      exit_code: res.exitCode, signal: res.signal, timed_out: res.timedOut, duration_ms: res.durationMs,
      stdout_tail: res.stdout.slice(-500), stderr_tail: res.stderr.slice(-500),
    } });
    if (ctx.signal.aborted) return 'cancelled';
    if (res.timedOut) throw new OrchestratorError('E_COMMAND_TIMEOUT', `command timed out after ${timeoutMs / 1000} s: ${step.run}`, { hint: 'raise timeout_s on the step' });
    if (res.exitCode !== 0) {
      const tail = (res.stderr.trim() || res.stdout.trim()).split('\n').slice(-5).join('\n');
      throw new OrchestratorError('E_COMMAND_FAILED', `command exited with ${res.exitCode ?? res.signal}: ${step.run}${tail ? `\n${tail}` : ''}`, {
        hint: `full output in logs/${id}.log`,
      });
    }
    if (step.checks.length) {
      const report = await runChecks(res.stdout, step.checks, { cwd: ctx.paths.outputs, baseDir: ctx.loaded.baseDir, signal: ctx.signal, env: ctx.commandEnv });
      events.emit({ type: report.passed ? 'quality.passed' : 'quality.failed', level: report.passed ? 'info' : 'warn', step_id: id, data: { verdicts: report.verdicts } });
      if (!report.passed) throw new OrchestratorError('E_CHECK_FAILED', `step ${id}: ${report.verdicts.filter((v) => !v.passed && v.severity === 'fail').map((v) => v.message).join('; ')}`);
    }
    const files: Record<string, string> = {};
    const outputs: OutputRecord[] = [];
    for (const o of step.outputs) {
      const bytes = readProduced(ctx, o.path);
      files[o.path] = bytes.toString('base64');
      const r = await ctx.files.safeWrite(o.path, bytes, id);
      outputs.push({ path: r.path, sha256: r.sha256, size_bytes: r.size_bytes });
    }
    ctx.texts.set(id, res.stdout);
    if (cache) {
      await cache.put({ v: 1, key, step_id: id, text: res.stdout, files, created_at: new Date(ctx.clock.now()).toISOString() });
    }
    events.emit({ type: 'step.succeeded', step_id: id, data: { cache: cacheState, cache_key: key, attempts: 1, duration_ms: ctx.clock.now() - started, outputs, exit_code: 0, output: res.stdout } });
    return 'succeeded';
  } catch (e) {
    if (ctx.signal.aborted) return 'cancelled';
    events.emit({ type: 'step.failed', step_id: id, data: { error: errorData(e), cache: cacheState, cache_key: key, attempts: 1, duration_ms: ctx.clock.now() - started } });
    return 'failed';
  }
}
