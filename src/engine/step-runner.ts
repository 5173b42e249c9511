/**
 * The step runner: the one owner of a step's life. For every step, in this order: a fresh span,
 * the resume check (keep it from an earlier attempt?), step.started, the cache lookup, the
 * execution (an LLM call or a command, behind StepExecutor), its checks, the outputs, the cache
 * write and step.succeeded. One catch is around all of it: whatever throws, the resume check
 * included, ends as a step.failed with a typed error (or as a cancellation when the run was
 * aborted), so the job's verdict always follows the steps' events.
 *
 * What 2.1 adds to a step (for_each instances, cache control, budgets, rate limits) hooks in
 * here, once, rather than in each kind of step.
 */
import type { CacheEntry } from '../cache/types.js';
import type {
  CacheState,
  ContextBuiltData,
  OutputRecord,
  StepKind,
  StepStartedData,
  StepSucceededData,
  Usage,
} from '../events/types.js';
import type { StepSpec } from '../jobspec/schema.js';
import type { ResumePlan } from './resume.js';
import { instancesOf, type Instance } from '../jobspec/fan-out.js';
import { sha256 } from '../util/hash.js';
import { Semaphore } from '../util/semaphore.js';
import { instanceSpec, resolveItems, secretNaming } from './fan-out.js';
import { errorData, writeStepLog, type RunServices } from './services.js';
import type { Outcome } from './scheduler.js';
import { stepCache } from './cache-policy.js';
import { BudgetExceededError } from '../budget/ledger.js';
import { BUDGET_EXCEEDED } from './budget-wiring.js';

/** What a step has used so far: written into step.succeeded and step.failed alike. */
export interface StepTally {
  /** Provider calls made for the step's result (1 = first try); a command step's run counts 1. */
  attempts: number;
  provider?: string;
  model?: string;
  usage?: Usage;
  cost_usd?: number;
}

/** A step's result, before its outputs are written. */
export interface StepProduct {
  /** The step's output text (`{{ steps.ID.output }}`). */
  text: string;
  /** Output path -> content, in spec order. */
  files: Array<{ path: string; content: string | Buffer }>;
  checks?: { passed: number; failed: number };
  finishReason?: string;
  exitCode?: number;
  /** What the cache keeps of a fresh result (absent for a result served from the cache). */
  cacheRecord?: Omit<CacheEntry, 'v' | 'key' | 'step_id' | 'created_at'>;
}

/** One kind of step (LLM, command): everything the runner does not own. */
export interface StepExecutor {
  readonly kind: StepKind;
  /** Kind-specific fields of step.started. */
  readonly startedData: Omit<StepStartedData, 'kind'>;
  /** Usage so far; the runner reads it when the step ends, however it ends. */
  readonly tally: StepTally;
  /** Renders what the step sends and computes its cache key (once; later calls reuse it). */
  prepare(): Promise<{ key: string; context?: ContextBuiltData }>;
  /** A cached result that still passes the step's checks, or undefined (then it runs). */
  fromCache(entry: CacheEntry): Promise<StepProduct | undefined>;
  /** Runs the step (calls, retries, on_fail rounds, checks); throws when it fails. */
  execute(): Promise<StepProduct>;
  /** Sections of logs/ID.log, gathered as the step runs. */
  readonly log: Array<readonly [string, string | undefined]>;
}

/** `inst`: the instance of a fanned-out step this executor runs (its item renders into the prompt and the key). */
export type ExecutorFactory = (id: string, step: StepSpec, inst?: Instance) => StepExecutor;

/** How one step or instance ended, and where its result came from. */
interface Ended {
  outcome: Outcome;
  /** `kept`: completed in an earlier attempt of a resumed run. */
  cache: CacheState | 'kept';
  /** Skipped because the run's budget was spent: not a failure of its own. */
  budget?: true;
}

export interface StepRunnerOptions {
  /** How many instances of fanned-out steps run at once, over all of them (the run's concurrency). */
  instanceConcurrency?: number;
  /**
   * Fanned-out steps of which only some instances run (`--only STEP[KEY]`, a shard owning part of a
   * fan-out): the others are skipped as not selected, and the step itself too once its selected
   * instances succeeded (its output is the whole list's; a run of all instances makes it).
   */
  selectedInstances?: ReadonlyMap<string, ReadonlySet<string>>;
}

export class StepRunner {
  private readonly instanceSlots: Semaphore;
  constructor(
    private readonly services: RunServices,
    private readonly executorFor: ExecutorFactory,
    private readonly resume?: ResumePlan,
    /** The run's budget; once it is reached, steps that have not started are skipped. */
    private readonly budget?: { readonly exhausted: boolean },
    private readonly options: StepRunnerOptions = {},
  ) {
    this.instanceSlots = new Semaphore(Math.max(1, options.instanceConcurrency ?? 4));
  }

  async run(id: string, step: StepSpec): Promise<Outcome> {
    if (step.for_each !== undefined) return this.runFanOut(id, step);
    return (await this.runStep(id, step)).outcome;
  }

  /**
   * A fanned-out step: one step run per item (`STEP[KEY]`, each with its own key, events, manifest
   * entry, retries and resume), at most `instanceConcurrency` at once. The step itself starts,
   * lists its items and ends: failed when an instance failed (after all of them ran), else
   * succeeded with `{{ steps.STEP.outputs }}`, the instances' outputs as a JSON array in item order.
   */
  private async runFanOut(id: string, step: StepSpec): Promise<Outcome> {
    const ctx = this.services;
    const { events, clock } = ctx;
    events.resetStepSpan(id);
    const startedAt = clock.now();
    const kind = step.run !== undefined ? 'command' : 'llm';
    const cacheOff = stepCache(ctx.cache, step) === null;
    if (this.budget?.exhausted) {
      events.emit({ type: 'step.skipped', step_id: id, data: { reason: BUDGET_EXCEEDED } });
      return 'failed';
    }
    // Its instances' results decide whether it is "the same" as before: dependents recheck their keys.
    this.resume?.runsAgain(id);
    events.emit({
      type: 'step.started',
      step_id: id,
      data: { kind, for_each: true, ...(kind === 'llm' ? { provider: ctx.settings.get(id).target } : {}) },
    });
    let instances: Instance[];
    try {
      instances = instancesOf(id, await resolveItems(ctx, id, step), secretNaming(ctx.redactor));
    } catch (e) {
      if (ctx.signal.aborted) return 'cancelled';
      events.emit({
        type: 'step.failed',
        step_id: id,
        data: {
          error: errorData(e),
          cache: cacheOff ? 'off' : 'miss',
          attempts: 0,
          duration_ms: clock.now() - startedAt,
        },
      });
      return 'failed';
    }
    events.emit({ type: 'step.fanned_out', step_id: id, data: { instances: instances.length } });
    const listedCount = instances.length;
    const picked = this.options.selectedInstances?.get(id);
    if (picked) {
      const listed = new Set(instances.map((inst) => inst.id));
      const absent = [...picked].filter((x) => !listed.has(x));
      if (absent.length > 0) {
        // The plan saw another list (inputs or files changed between plan and shard): running a
        // different set of items would leave some in no shard at all.
        events.emit({
          type: 'step.failed',
          step_id: id,
          data: {
            error: {
              code: 'E_UNKNOWN_STEP',
              message: `step ${id}: selected instance(s) not in its list: ${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ', ...' : ''}`,
              hint: 'plan and run the shards from the same spec, inputs and files',
            },
            cache: cacheOff ? 'off' : 'miss',
            attempts: 0,
            duration_ms: clock.now() - startedAt,
          },
        });
        return 'failed';
      }
      for (const inst of instances)
        if (!picked.has(inst.id))
          events.emit({
            type: 'step.skipped',
            step_id: inst.id,
            data: { reason: 'not_selected', instance_of: id, item_key: inst.key, item_index: inst.index },
          });
      instances = instances.filter((inst) => picked.has(inst.id));
    }
    const ended = new Array<Ended>(instances.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < instances.length && !ctx.signal.aborted) {
        const i = next++;
        // Slots are run-wide: two fan-outs side by side share `concurrency` instances between them.
        await this.instanceSlots.acquire();
        try {
          if (ctx.signal.aborted) return;
          ended[i] = await this.runStep(instances[i]!.id, step, instances[i]!);
        } finally {
          this.instanceSlots.release();
        }
      }
    };
    const width = Math.max(1, Math.min(this.options.instanceConcurrency ?? 4, instances.length));
    await Promise.all(Array.from({ length: width }, worker));
    if (ctx.signal.aborted) return 'cancelled';

    const counts = { total: instances.length, succeeded: 0, failed: 0 };
    const failed: string[] = [];
    let budgetSkipped = 0;
    let allReused = true;
    for (let i = 0; i < instances.length; i++) {
      const e = ended[i]!;
      if (e.outcome === 'succeeded') counts.succeeded++;
      else if (e.budget) budgetSkipped++;
      else {
        counts.failed++;
        failed.push(instances[i]!.id);
      }
      if (e.cache !== 'hit' && e.cache !== 'kept') allReused = false;
    }
    const cache: CacheState = cacheOff ? 'off' : allReused ? 'hit' : 'miss';
    const duration_ms = clock.now() - startedAt;
    if (budgetSkipped > 0 && failed.length === 0) {
      // The budget stopped it, not a failure: it ends as its unstarted instances do, and a resume with more budget finishes it.
      events.emit({
        type: 'step.skipped',
        step_id: id,
        data: {
          reason: BUDGET_EXCEEDED,
          message: `${budgetSkipped} of ${instances.length} instance(s) not run: the budget is spent`,
        },
      });
      return 'failed';
    }
    if (failed.length > 0) {
      const shown = failed.slice(0, 10).join(', ') + (failed.length > 10 ? `, and ${failed.length - 10} more` : '');
      events.emit({
        type: 'step.failed',
        step_id: id,
        data: {
          error: {
            code: 'E_INSTANCE_FAILED',
            message: `step ${id}: ${failed.length} of ${instances.length} instance(s) failed: ${shown}`,
            hint: "see each instance's step.failed event (orchestrator tail --step ID)",
          },
          cache,
          attempts: 0,
          duration_ms,
          instances: counts,
        },
      });
      return 'failed';
    }
    if (picked) {
      // Only part of the list ran: no output of the step (nothing selected reads it), not a failure.
      events.emit({
        type: 'step.skipped',
        step_id: id,
        data: {
          reason: 'not_selected',
          message: `${instances.length} of ${listedCount} instance(s) selected; the rest run in other shards`,
        },
      });
      return 'succeeded';
    }
    const output = JSON.stringify(instances.map((inst) => ctx.texts.get(inst.id)));
    ctx.texts.set(id, output);
    events.emit({
      type: 'step.succeeded',
      step_id: id,
      data: {
        cache,
        cache_key: sha256(output),
        attempts: 0,
        duration_ms,
        outputs: [],
        output,
        instances: counts,
      },
    });
    return 'succeeded';
  }

  private async runStep(id: string, parentStep: StepSpec, inst?: Instance): Promise<Ended> {
    const ctx = this.services;
    const { events, clock } = ctx;
    events.resetStepSpan(id);
    const startedAt = clock.now();
    let exec: StepExecutor | undefined;
    let started = false;
    let step = parentStep;
    const store = stepCache(ctx.cache, step); // per-step cache control
    let cache: CacheState = store ? 'miss' : 'off';
    let key: string | undefined;
    const instanceData = inst ? { instance_of: inst.parent, item_key: inst.key, item_index: inst.index } : {};
    // An instance's span is a child of its step's: a trace groups the instances under their step.
    const spanParent = inst ? { parent_span_id: events.stepSpan(inst.parent) } : {};
    // Built only when needed: a kept step of a resumed 10,000-step run never needs one.
    const executor = (): StepExecutor => (exec ??= this.executorFor(id, step, inst));
    try {
      // Inside the catch: an item without a field an output path uses fails that instance alone.
      if (inst) step = instanceSpec(ctx, parentStep, inst);
      let rerun: Record<string, unknown> = {};
      if (this.resume) {
        // An instance's item may have changed while the spec did not (an input, an upstream answer): its key is always rechecked.
        const verdict = await this.resume.verdict(id, step, async () => (await executor().prepare()).key, {
          recheckKey: inst !== undefined,
        });
        if (verdict.keep) {
          events.emit({
            type: 'step.skipped',
            step_id: id,
            data: { reason: 'completed', cache_key: verdict.cacheKey, outputs: verdict.outputs, ...instanceData },
          });
          return { outcome: 'succeeded', cache: 'kept' };
        }
        this.resume.runsAgain(id);
        rerun = { rerun_reason: verdict.reason, ...verdict.detail };
      }
      if (this.budget?.exhausted) {
        events.emit({ type: 'step.skipped', step_id: id, data: { reason: BUDGET_EXCEEDED, ...instanceData } });
        return { outcome: 'failed', cache, budget: true }; // blocks its dependents, which runJob skips for the budget as well
      }
      exec = executor();
      events.emit({
        type: 'step.started',
        step_id: id,
        ...spanParent,
        data: { kind: exec.kind, ...exec.startedData, ...instanceData, ...rerun },
      });
      started = true;
      const prepared = await exec.prepare();
      key = prepared.key;
      if (prepared.context) events.emit({ type: 'context.built', step_id: id, data: prepared.context });

      let product: StepProduct | undefined;
      if (store) {
        const entry = await store.get(key);
        product = entry ? await exec.fromCache(entry) : undefined;
        if (product) {
          cache = 'hit';
          events.emit({ type: 'cache.hit', step_id: id, data: { key } });
        } else events.emit({ type: 'cache.miss', step_id: id, data: { key } });
      }
      product ??= await exec.execute();

      const outputs = await this.writeOutputs(id, product.files);
      ctx.texts.set(id, product.text);
      if (store && product.cacheRecord) {
        await store.put({
          v: 1,
          key,
          step_id: id,
          ...product.cacheRecord,
          created_at: new Date(clock.now()).toISOString(),
        });
      }
      const data: StepSucceededData = {
        cache,
        cache_key: key,
        ...this.tallyData(exec, cache),
        duration_ms: clock.now() - startedAt,
        outputs,
        ...(product.checks ? { checks: product.checks } : {}),
        ...(product.finishReason !== undefined ? { finish_reason: product.finishReason } : {}),
        ...(product.exitCode !== undefined ? { exit_code: product.exitCode } : {}),
        output: product.text,
      };
      events.emit({ type: 'step.succeeded', step_id: id, data });
      return { outcome: 'succeeded', cache };
    } catch (e) {
      if (ctx.signal.aborted) return { outcome: 'cancelled', cache };
      if (e instanceof BudgetExceededError && exec) {
        // The budget refused this step's call: it did not run to an answer; a resume runs it.
        exec.log.push(['skipped', e.message]);
        events.emit({
          type: 'step.skipped',
          step_id: id,
          data: { reason: BUDGET_EXCEEDED, message: e.message, ...this.tallyData(exec, cache), ...instanceData },
        });
        return { outcome: 'failed', cache, budget: true };
      }
      const error = errorData(e);
      // A failure before step.started (the resume check threw) still reads as a step that started and failed.
      if (!started)
        events.emit({
          type: 'step.started',
          step_id: id,
          ...spanParent,
          data: {
            kind: exec?.kind ?? (step.run !== undefined ? 'command' : 'llm'),
            ...exec?.startedData,
            ...instanceData,
          },
        });
      exec?.log.push(['error', `${error.code}: ${error.message}`]);
      events.emit({
        type: 'step.failed',
        step_id: id,
        data: {
          error,
          cache,
          ...(key !== undefined ? { cache_key: key } : {}),
          ...(exec ? this.tallyData(exec, cache) : { attempts: 0 }),
          duration_ms: clock.now() - startedAt,
        },
      });
      return { outcome: 'failed', cache };
    } finally {
      // One file a step, written once when it ends: in a 10,000-step run file creation is the cost.
      if (exec && exec.log.length) writeStepLog(ctx, id, exec.log);
    }
  }

  private tallyData(exec: StepExecutor, cache: CacheState): StepTally {
    const t = exec.tally;
    // A result served from the cache made no call and cost nothing.
    if (cache === 'hit')
      return {
        attempts: 0,
        provider: t.provider,
        model: t.model,
        ...(t.usage ? { usage: { input_tokens: 0, output_tokens: 0 }, cost_usd: 0 } : {}),
      };
    return {
      attempts: t.attempts,
      provider: t.provider,
      model: t.model,
      ...(t.usage ? { usage: t.usage, cost_usd: t.cost_usd ?? 0 } : {}),
    };
  }

  private async writeOutputs(id: string, files: StepProduct['files']): Promise<OutputRecord[]> {
    const out: OutputRecord[] = [];
    for (const { path, content } of files) {
      const r = await this.services.files.safeWrite(path, content, id);
      out.push({ path: r.path, sha256: r.sha256, size_bytes: r.size_bytes });
    }
    return out;
  }
}
