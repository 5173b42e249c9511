/**
 * A command step (`run:`): a shell command in the run's outputs/ folder, e.g. qa running the
 * generated tests. Exit 0 = success; stdout/stderr go to logs/; declared outputs are registered
 * through the FileStore (path checks, hashes, file.written). Its cache key covers the command and
 * the content of the files it `reads`; a hit restores the files it produced without running it.
 * API keys are removed from its environment: it often runs model-written code.
 */
import { existsSync } from 'node:fs';
import { ConfinedFileError, readConfinedSync } from '../util/confined-read.js';
import { commandCacheKey } from '../cache/key.js';
import { runChecks } from '../quality/checks.js';
import type { OutputRecord } from '../run/manifest-types.js';
import type { StepSpec } from '../spec/schema.js';
import { OrchestratorError, PathEscapeError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { runCommand } from '../util/run-command.js';
import { commandEnvFor, errorData, writeStepLog, type StepRunContext } from './context.js';
import type { Outcome } from './scheduler.js';

export function commandKey(ctx: StepRunContext, id: string, step: StepSpec): string {
  const reads = (step.reads ?? []).map((p) => {
    try {
      // Issue 11: a command may have left a FIFO or a symlink out where an earlier output was.
      return { path: p, sha256: sha256(readConfinedSync(p, { root: ctx.paths.outputs, label: 'reads entry', maxBytes: MAX_PRODUCED_BYTES })) };
    } catch (e) {
      if (e instanceof ConfinedFileError) throw e;
      return { path: p, sha256: null };
    }
  });
  return commandCacheKey({ code_version: ctx.loaded.spec.code_version, step_id: id, run: step.run!, reads, outputs: step.outputs });
}

/** Bound on one file a command produces (it is hashed, cached and rewritten in memory). */
const MAX_PRODUCED_BYTES = 256 * 1024 * 1024;

/** Reads a file the command wrote: a regular file inside outputs/ (never a FIFO, a device or a symlink out). */
function readProduced(ctx: StepRunContext, path: string): Buffer {
  const abs = ctx.files.resolve(path);
  if (!existsSync(abs)) throw new OrchestratorError('E_COMMAND_OUTPUT', `the command did not create ${path}`, { hint: 'check the command, or the output path in the spec' });
  try {
    return readConfinedSync(path, { root: ctx.paths.outputs, label: 'output', maxBytes: MAX_PRODUCED_BYTES });
  } catch (e) {
    if (e instanceof ConfinedFileError) throw new PathEscapeError(path, e.message);
    throw e;
  }
}

export async function runCommandStep(ctx: StepRunContext, id: string, step: StepSpec, startedData: Record<string, unknown>): Promise<Outcome> {
  const started = ctx.clock.now();
  const { events } = ctx;
  events.emit({ type: 'step.started', step_id: id, data: { kind: 'command', run: step.run, ...startedData } });
  let key: string | undefined;
  const cacheState = ctx.cache ? 'miss' : 'off';
  try {
    key = commandKey(ctx, id, step);
    if (ctx.cache) {
      const entry = await ctx.cache.get(key);
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
    const ran = await runCommand(step.run!, { cwd: ctx.paths.outputs, timeoutMs, signal: ctx.signal, env: commandEnvFor(ctx, step) });
    // Issue 11: a command that printed a key must not put it in the cache, the outputs or a prompt.
    const res = { ...ran, stdout: ctx.redactor.apply(ran.stdout), stderr: ctx.redactor.apply(ran.stderr) };
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
      const report = await runChecks(res.stdout, step.checks, { cwd: ctx.paths.outputs, baseDir: ctx.loaded.baseDir, signal: ctx.signal, env: commandEnvFor(ctx, step) });
      events.emit({ type: report.passed ? 'quality.passed' : 'quality.failed', level: report.passed ? 'info' : 'warn', step_id: id, data: { verdicts: report.verdicts } });
      if (!report.passed) throw new OrchestratorError('E_CHECK_FAILED', `step ${id}: ${report.verdicts.filter((v) => !v.passed && v.severity === 'fail').map((v) => v.message).join('; ')}`);
    }
    const files: Record<string, string> = {};
    const outputs: OutputRecord[] = [];
    for (const o of step.outputs) {
      const bytes = ctx.redactor.applyBytes(readProduced(ctx, o.path));
      files[o.path] = bytes.toString('base64');
      const r = await ctx.files.safeWrite(o.path, bytes, id);
      outputs.push({ path: r.path, sha256: r.sha256, size_bytes: r.size_bytes });
    }
    ctx.texts.set(id, res.stdout);
    if (ctx.cache) {
      await ctx.cache.put({ v: 1, key, step_id: id, text: res.stdout, files, created_at: new Date(ctx.clock.now()).toISOString() });
    }
    events.emit({ type: 'step.succeeded', step_id: id, data: { cache: cacheState, cache_key: key, attempts: 1, duration_ms: ctx.clock.now() - started, outputs, exit_code: 0, output: res.stdout } });
    return 'succeeded';
  } catch (e) {
    if (ctx.signal.aborted) return 'cancelled';
    events.emit({ type: 'step.failed', step_id: id, data: { error: errorData(e), cache: cacheState, cache_key: key, attempts: 1, duration_ms: ctx.clock.now() - started } });
    return 'failed';
  }
}
