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
import type { CacheEntry, CacheStore } from '../cache/types.js';
import type {
  CacheState,
  ContextBuiltData,
  ErrorData,
  InstanceCounts,
  OutputRecord,
  SamplesData,
  StepKind,
  StepStartedData,
  StepSucceededData,
  Usage,
} from '../events/types.js';
import type { StepSpec } from '../jobspec/schema.js';
import type { ResumePlan } from './resume.js';
import type { Instance } from '../jobspec/fan-out.js';
import { sha256 } from '../util/hash.js';
import { Semaphore } from '../util/semaphore.js';
import { expandStep, unitOf } from './run-plan.js';
import { errorData, writeStepLog, type RunServices } from './services.js';
import type { Outcome } from './scheduler.js';
import { cacheOf, endEvent, outcomeOf, type StepEnding } from './step-ending.js';
import { stepCache } from './cache-policy.js';
import { BudgetExceededError } from '../budget/ledger.js';
import { BUDGET_EXCEEDED } from './budget-wiring.js';
import { NEEDS_CREDENTIALS, NeedsCredentialsError } from '../routing/credentials.js';
import { fsFault } from '../util/fs-errors.js';
import { yielder } from '../util/yield.js';
import { unmeasuredSkip } from './samples.js';

/** What a step has used so far: written into step.succeeded and step.failed alike. */
export interface StepTally {
  /** Provider calls made for the step's result (1 = first try); a command step's run counts 1. */
  attempts: number;
  provider?: string;
  model?: string;
  usage?: Usage;
  cost_usd?: number;
  /**
   * Part of cost_usd is an estimate: a call cut off before its provider reported usage (docs/reference.md, "Prompt
   * caching and cost").
   */
  cost_estimated?: boolean;
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
  /** A sampled step: whether its samples all came from the cache (each sample has its own entry). */
  sampledCache?: CacheState;
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
  /** A sampled step's sampling, and what its samples showed once drawn (src/engine/samples.ts). */
  readonly sampling?: unknown;
  readonly samples?: SamplesData;
  /** A sampled step: draws, caches and judges its samples itself, instead of the lookup and execute(). */
  runSampled?(store: CacheStore | null, width: number): Promise<StepProduct>;
  /** Runs the step (calls, retries, on_fail rounds, checks); throws when it fails. */
  execute(): Promise<StepProduct>;
  /** Sections of logs/ID.log, gathered as the step runs. */
  readonly log: Array<readonly [string, string | undefined]>;
}

/** `inst`: the instance of a fanned-out step this executor runs (its item renders into the prompt and the key). */
export type ExecutorFactory = (id: string, step: StepSpec, inst?: Instance) => StepExecutor;

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
  /** Steps and instances whose end event is written: the safety net never ends one twice. */
  private readonly ended = new Set<string>();
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
    return outcomeOf(
      await this.settled(id, () => (step.for_each !== undefined ? this.runFanOut(id, step) : this.runStep(id, step))),
    );
  }

  /**
   * Runs a step or instance to its ending, whatever throws: an error that escapes the runner's own
   * handling still ends it, as a failure, so no step is left without an end event.
   */
  private async settled(id: string, body: () => Promise<StepEnding>): Promise<StepEnding> {
    const startedAt = this.services.clock.now();
    try {
      return await body();
    } catch (e) {
      if (this.services.signal.aborted) return { kind: 'cancelled' };
      if (this.ended.has(id)) throw e;
      return this.end(id, {
        kind: 'failed',
        data: { error: errorData(e), cache: 'off', attempts: 0, duration_ms: this.services.clock.now() - startedAt },
      });
    }
  }

  /**
   * The one place a step or instance ends: its log is written (a log that cannot be written fails
   * a step that had succeeded, naming the file), then its one end event.
   */
  private end(id: string, ending: StepEnding, exec?: StepExecutor): StepEnding {
    let final = ending;
    if (exec && ending.kind === 'failed')
      exec.log.push(['error', `${ending.data.error.code}: ${ending.data.error.message}`]);
    if (exec && ending.kind === 'budget' && ending.data.message !== undefined)
      exec.log.push(['skipped', ending.data.message]);
    // One file a step, written once when it ends: in a 10,000-step run file creation is the cost.
    if (exec && exec.log.length > 0) {
      try {
        writeStepLog(this.services, id, exec.log);
      } catch (e) {
        if (ending.kind === 'succeeded') {
          const {
            output: _output,
            outputs: _outputs,
            checks: _checks,
            finish_reason: _fr,
            exit_code: _exit,
            ...tally
          } = ending.data;
          final = {
            kind: 'failed',
            data: { ...tally, error: errorData(fsFault(e, `write the log of step ${id}`) ?? e) },
          };
        }
      }
    }
    const event = endEvent(final);
    if (event) {
      this.ended.add(id);
      this.services.events.emit({ ...event, step_id: id });
    }
    return final;
  }

  /**
   * A fanned-out step: one step run per item (`STEP[KEY]`, each with its own key, events, manifest
   * entry, retries and resume), at most `instanceConcurrency` at once. The step itself starts,
   * lists its items and ends: failed when an instance failed (after all of them ran), else
   * succeeded with `{{ steps.STEP.outputs }}`, the instances' outputs as a JSON array in item order.
   */
  private async runFanOut(id: string, step: StepSpec): Promise<StepEnding> {
    const ctx = this.services;
    const { events, clock } = ctx;
    events.resetStepSpan(id);
    const startedAt = clock.now();
    const kind = step.run !== undefined ? 'command' : 'llm';
    const cacheOff = stepCache(ctx.cache, step) === null;
    const failed = (error: ErrorData, cache: CacheState, more: { instances?: InstanceCounts } = {}): StepEnding =>
      this.end(id, {
        kind: 'failed',
        data: { error, cache, attempts: 0, duration_ms: clock.now() - startedAt, ...more },
      });
    if (this.budget?.exhausted) return this.end(id, { kind: 'budget', data: { reason: BUDGET_EXCEEDED } });
    // Its instances' results decide whether it is "the same" as before: dependents recheck their keys.
    this.resume?.runsAgain(id);
    events.emit({
      type: 'step.started',
      step_id: id,
      data: { kind, for_each: true, ...(kind === 'llm' ? { provider: ctx.settings.get(id).target } : {}) },
    });
    let instances: Instance[];
    try {
      instances = await expandStep(ctx, id, step);
    } catch (e) {
      if (ctx.signal.aborted) return { kind: 'cancelled' };
      return failed(errorData(e), cacheOff ? 'off' : 'miss');
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
        return failed(
          {
            code: 'E_UNKNOWN_STEP',
            message:
              `step ${id}: selected instance(s) not in its list: ` +
              `${absent.slice(0, 10).join(', ')}${absent.length > 10 ? ', ...' : ''}`,
            hint: 'plan and run the shards from the same spec, inputs and files',
          },
          cacheOff ? 'off' : 'miss',
        );
      }
      for (const inst of instances)
        if (!picked.has(inst.id))
          this.end(inst.id, {
            kind: 'not_selected',
            data: { reason: 'not_selected', instance_of: id, item_key: inst.key, item_index: inst.index },
          });
      instances = instances.filter((inst) => picked.has(inst.id));
    }
    const ended = new Array<StepEnding>(instances.length);
    let next = 0;
    // Instances that never wait on I/O (cache hits) leave the event loop a turn now and then: a Ctrl-C is seen.
    const due = yielder();
    const worker = async (): Promise<void> => {
      while (next < instances.length && !ctx.signal.aborted) {
        const i = next++;
        const inst = instances[i]!;
        // Slots are run-wide: two fan-outs side by side share `concurrency` instances between them.
        await this.instanceSlots.acquire();
        try {
          if (ctx.signal.aborted) return;
          ended[i] = await this.settled(inst.id, () => this.runStep(inst.id, step, inst));
        } finally {
          this.instanceSlots.release();
        }
        await due();
      }
    };
    const width = Math.max(1, Math.min(this.options.instanceConcurrency ?? 4, instances.length));
    await Promise.all(Array.from({ length: width }, worker));
    if (ctx.signal.aborted) return { kind: 'cancelled' };

    const counts = { total: instances.length, succeeded: 0, failed: 0 };
    const failedIds: string[] = [];
    let budgetSkipped = 0;
    let credentialSkipped = 0;
    let allReused = true;
    for (let i = 0; i < instances.length; i++) {
      const e = ended[i]!;
      const outcome = outcomeOf(e);
      if (outcome === 'succeeded') counts.succeeded++;
      else if (outcome === 'budget') budgetSkipped++;
      else if (outcome === 'credentials') credentialSkipped++;
      else {
        counts.failed++;
        failedIds.push(instances[i]!.id);
      }
      const c = cacheOf(e);
      if (c !== 'hit' && c !== 'kept') allReused = false;
    }
    const cache: CacheState = cacheOff ? 'off' : allReused ? 'hit' : 'miss';
    if (credentialSkipped > 0 && failedIds.length === 0)
      return this.end(id, {
        kind: 'credentials',
        data: {
          reason: NEEDS_CREDENTIALS,
          message:
            `${credentialSkipped} of ${instances.length} instance(s) need a call and this run has no ` + `credentials`,
        },
      });
    if (budgetSkipped > 0 && failedIds.length === 0) {
      // The budget stopped it, not a failure: it ends as its unstarted instances do, and a resume with more budget
      // finishes it.
      return this.end(id, {
        kind: 'budget',
        data: {
          reason: BUDGET_EXCEEDED,
          message: `${budgetSkipped} of ${instances.length} instance(s) not run: the budget is spent`,
        },
      });
    }
    if (failedIds.length > 0) {
      const shown =
        failedIds.slice(0, 10).join(', ') + (failedIds.length > 10 ? `, and ${failedIds.length - 10} more` : '');
      return failed(
        {
          code: 'E_INSTANCE_FAILED',
          message: `step ${id}: ${failedIds.length} of ${instances.length} instance(s) failed: ${shown}`,
          hint: "see each instance's step.failed event (orchestrator tail --step ID)",
        },
        cache,
        { instances: counts },
      );
    }
    if (picked) {
      // Only part of the list ran: no output of the step (nothing selected reads it), not a failure.
      return this.end(id, {
        kind: 'not_selected',
        data: {
          reason: 'not_selected',
          message: `${instances.length} of ${listedCount} instance(s) selected; the rest run in other shards`,
        },
      });
    }
    const output = JSON.stringify(instances.map((inst) => ctx.texts.get(inst.id)));
    ctx.texts.set(id, output);
    return this.end(id, {
      kind: 'succeeded',
      data: {
        cache,
        cache_key: sha256(output),
        attempts: 0,
        duration_ms: clock.now() - startedAt,
        outputs: [],
        output,
        instances: counts,
      },
    });
  }

  private async runStep(id: string, parentStep: StepSpec, inst?: Instance): Promise<StepEnding> {
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
      step = unitOf(ctx, id, parentStep, inst).spec;
      let rerun: Record<string, unknown> = {};
      if (this.resume) {
        // An instance's item may have changed while the spec did not (an input, an upstream answer): its key is always
        // rechecked.
        const verdict = await this.resume.verdict(id, step, async () => (await executor().prepare()).key, {
          recheckKey: inst !== undefined,
        });
        if (verdict.keep) {
          return this.end(id, {
            kind: 'kept',
            data: { reason: 'completed', cache_key: verdict.cacheKey, outputs: verdict.outputs, ...instanceData },
          });
        }
        this.resume.runsAgain(id);
        rerun = { rerun_reason: verdict.reason, ...verdict.detail };
      }
      // Blocks its dependents, which the scheduler skips for the budget as well.
      if (this.budget?.exhausted)
        return this.end(id, { kind: 'budget', data: { reason: BUDGET_EXCEEDED, ...instanceData } });
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
      if (exec.sampling && exec.runSampled) {
        product = await exec.runSampled(store, this.options.instanceConcurrency ?? 4);
        cache = product.sampledCache ?? cache;
      } else if (store) {
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
      return this.end(id, { kind: 'succeeded', data }, exec);
    } catch (e) {
      if (ctx.signal.aborted) return this.end(id, { kind: 'cancelled' }, exec);
      if (e instanceof NeedsCredentialsError && exec) {
        exec.log.push(['skipped', e.message]);
        return this.end(
          id,
          {
            kind: 'credentials',
            data: {
              reason: NEEDS_CREDENTIALS,
              message: e.message,
              providers: e.providers,
              ...instanceData,
              ...unmeasuredSkip(ctx.loaded.spec, id),
            },
          },
          exec,
        );
      }
      if (e instanceof BudgetExceededError && exec) {
        // The budget refused this step's call: it did not run to an answer; a resume runs it.
        return this.end(
          id,
          {
            kind: 'budget',
            data: { reason: BUDGET_EXCEEDED, message: e.message, ...this.tallyData(exec, cache), ...instanceData },
          },
          exec,
        );
      }
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
      const data = {
        error: errorData(e),
        cache,
        ...(key !== undefined ? { cache_key: key } : {}),
        ...(exec ? this.tallyData(exec, cache) : { attempts: 0 }),
        duration_ms: clock.now() - startedAt,
      };
      return this.end(id, { kind: 'failed', data }, exec);
    }
  }

  private tallyData(exec: StepExecutor, cache: CacheState): StepTally & { samples?: SamplesData } {
    if (exec.samples) return { ...this.tallyOf(exec, cache), samples: exec.samples };
    return this.tallyOf(exec, cache);
  }

  private tallyOf(exec: StepExecutor, cache: CacheState): StepTally {
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
      ...(t.cost_estimated ? { cost_estimated: true } : {}),
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
