/**
 * The LLM step executor: render -> (the runner looks up the cache) -> call (retries and failover
 * in the pool) -> extract -> check, with `on_fail` deciding between failing, calling again and
 * moving to the next route candidate. Output that failed a check is never written or cached.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { llmCacheKey } from '../cache/key.js';
import type { CacheEntry } from '../cache/types.js';
import type { ContextBuiltData, Usage } from '../events/types.js';
import { addUsage } from '../events/usage.js';
import type { PromptCacheHint } from '../providers/types.js';
import { sha256 } from '../util/hash.js';
import { writeCandidate, type CheckReport } from '../quality/checks.js';
import type { StepSpec } from '../jobspec/schema.js';
import { OrchestratorError } from '../util/errors.js';
import type { PromptServices, RenderServices, RunServices } from './services.js';
import { ExtractionError, extract } from './extract.js';
import { gatherPromptContext, type BuiltContextData } from './prompt-context.js';
import { checkCounts, checkStep } from './step-checks.js';
import type { StepExecutor, StepProduct, StepTally } from './step-runner.js';
import { fileNameOf, type Instance } from '../jobspec/fan-out.js';
import type { StructuredVerdict } from '../quality/structured-output.js';
import type { CacheStore } from '../cache/types.js';
import type { SamplesData } from '../events/types.js';
import { samplingOf, type Sampling } from '../jobspec/sampling.js';
import { runSamples, sampledStepKey, SamplesFailedError, type SampleHost } from './samples.js';
import type { InvokeOutcome, InvokeRequest } from '../routing/pool.js';

export interface RenderedStep {
  target: string;
  system?: string;
  prompt: string;
  key: string;
  context?: BuiltContextData;
  /** The stable prefix (system, then the context block) for providers that cache prompts. */
  promptCache: PromptCacheHint;
  /** `output_schema`, loaded and compiled, and the judge of an answer against it. */
  outputSchema?: { schema: Record<string, unknown>; judge(answer: string): StructuredVerdict };
  /** Sample k's cache key: sample 0's is `key`; k > 0 adds k (src/engine/samples.ts). */
  keyFor(k: number): string;
}

/** Loaded by the steps that have an output_schema: ajv is not every run's start-up cost. */
async function outputSchemaOf(
  spec: string | Record<string, unknown>,
  baseDir: string,
): Promise<NonNullable<RenderedStep['outputSchema']>> {
  const { judgeStructured, loadOutputSchema } = await import('../quality/structured-output.js');
  const loaded = await loadOutputSchema(spec, baseDir);
  return { schema: loaded.schema, judge: (answer) => judgeStructured(answer, loaded) };
}

/**
 * Renders a step's prompt (with its prompt context) and computes its cache key. An instance of a
 * fanned-out step renders its step's templates with its item; its key names the step and the item
 * (not the KEY, which may be an index that moves when the list does).
 */
export async function renderLlmStep(
  ctx: RenderServices,
  id: string,
  step: StepSpec,
  inst?: Instance,
): Promise<RenderedStep> {
  const { loaded } = ctx;
  const sid = inst ? inst.parent : id;
  const { target, system, prompt, context, prefixChars } = await renderPrompt(ctx, id, step, inst);
  const outputSchema =
    step.output_schema === undefined ? undefined : await outputSchemaOf(step.output_schema, loaded.baseDir);
  const keyInput = {
    code_version: loaded.spec.code_version,
    step_id: sid,
    provider: ctx.pool.identity(target),
    system,
    prompt,
    outputs: step.outputs,
    ...(inst ? { item: inst.item } : {}),
    ...(outputSchema ? { output_schema: outputSchema.schema } : {}),
  };
  const key = llmCacheKey(keyInput);
  const keyFor = (k: number): string => (k === 0 ? key : llmCacheKey({ ...keyInput, sample: k }));
  const promptCache = { prefixChars, group: promptCacheGroup(loaded.spec.name, sid) };
  return { target, system, prompt, key, keyFor, context, promptCache, ...(outputSchema ? { outputSchema } : {}) };
}

/**
 * OpenAI's prompt_cache_key (at most 64 characters): one per step of a job, shared by its
 * instances and samples, which send the same prefix; never a value from the data.
 */
export function promptCacheGroup(jobName: string, stepId: string): string {
  return `orch-${sha256(`${jobName}\0${stepId}`).slice(0, 40)}`;
}

/**
 * A step's system and prompt as sent (with its prompt context), without its cache key. `--dry-run`
 * renders a fanned-out step once, with `itemPlaceholder` standing in for the item it does not know.
 */
export async function renderPrompt(
  ctx: PromptServices,
  id: string,
  step: StepSpec,
  inst?: Instance,
  itemPlaceholder?: (path: readonly string[]) => string,
): Promise<Pick<RenderedStep, 'target' | 'system' | 'prompt' | 'context'> & { prefixChars: number }> {
  const { loaded } = ctx;
  const sid = inst ? inst.parent : id;
  const target = ctx.settings.get(sid)!.target!;
  const vars = {
    inputs: loaded.spec.inputs,
    stepOutput: (s: string) => ctx.texts.get(s),
    ...(inst ? { item: inst.item } : itemPlaceholder ? { itemPlaceholder } : {}),
  };
  const template = ctx.templates.get(`p:${sid}`, loaded.prompts[sid] ?? '');
  let prompt: string;
  let context: BuiltContextData | undefined;
  let prefixChars = 0;
  if (step.context) {
    const query = template.render({ ...vars, context: '' });
    const built = await gatherPromptContext(ctx, id, step, query);
    context = built.data;
    // Stable part first (docs/reference.md, "Prompt caching"): without {{ context }} the context
    // block leads the prompt, so a provider can cache it across instances and samples; a prompt
    // that places {{ context }} after text of its own caches only its system prompt.
    if (template.refs.context) {
      prompt = template.render({ ...vars, context: built.text });
      if (built.text !== '' && prompt.startsWith(built.text) && prompt.slice(built.text.length) === query)
        prefixChars = built.text.length;
    } else {
      prompt = built.text === '' ? query : `${built.text}\n\n${query}`;
      prefixChars = built.text.length;
    }
  } else {
    prompt = template.render({ ...vars, context: '' });
  }
  const system =
    step.system === undefined ? undefined : ctx.templates.get(`s:${sid}`, step.system).render({ ...vars, context: '' });
  return { target, system, prompt, context, prefixChars };
}

export class CheckFailedError extends OrchestratorError {
  constructor(id: string, report: CheckReport) {
    const failed = report.verdicts.filter((v) => !v.passed && v.severity === 'fail');
    if (report.status === 'errored') {
      // A check that measured nothing (its judge or embedding call failed) never passes.
      super(
        'E_CHECK_ERRORED',
        `step ${id}: ${failed.length} check(s) errored: ${failed.map((v) => v.message).join('; ')}`,
        {
          hint: 'the check could not be measured: see the llm.error events of its judge or embedding calls',
        },
      );
      return;
    }
    super(
      'E_CHECK_FAILED',
      `step ${id}: ${failed.length} check(s) failed: ${failed.map((v) => v.message).join('; ')}`,
      {
        hint:
          'see the quality.failed event; on_fail: retry calls the model again, on_fail: fallback tries the ' +
          'next route candidate',
      },
    );
  }
}

/** An answer that stopped at max_tokens (finish_reason: length): incomplete, so not a success. */
export class TruncatedError extends OrchestratorError {
  constructor(id: string, provider: string, model: string) {
    super(
      'E_TRUNCATED',
      `step ${id}: the answer of ${provider}/${model} was cut off at max_tokens (finish_reason: length)`,
      {
        hint: 'raise options.max_tokens, shorten what the prompt asks for, or set allow_truncated: true on the step',
      },
    );
  }
}

function truncationFailure(
  ctx: RunServices,
  id: string,
  provider: string,
  model: string,
  sample?: number,
): TruncatedError {
  ctx.events.emit({
    type: 'quality.failed',
    level: 'warn',
    step_id: id,
    data: {
      provider,
      ...(sample !== undefined ? { sample } : {}),
      severity: 'fail',
      step_failed: true,
      verdicts: [
        {
          index: -1,
          type: 'finish_reason',
          passed: false,
          message: 'finish_reason is length: the answer was cut off at max_tokens',
          severity: 'fail',
          duration_ms: 0,
        },
      ],
    },
  });
  return new TruncatedError(id, provider, model);
}

interface Judged {
  /** The step's output text: the answer, or its canonical JSON under output_schema. */
  text: string;
  files: Array<{ path: string; content: string }>;
  report: CheckReport;
}

export class LlmStepExecutor implements StepExecutor {
  readonly kind = 'llm' as const;
  readonly startedData: { provider?: string };
  readonly tally: StepTally = { attempts: 0, usage: { input_tokens: 0, output_tokens: 0 }, cost_usd: 0 };
  readonly log: Array<readonly [string, string | undefined]> = [];
  private rendered?: Promise<RenderedStep>;
  /** A sampled step's sampling (docs/reference.md, "Samples and gates"); undefined for one call. */
  readonly sampling?: Sampling;
  /** What the samples showed, once drawn: on step.succeeded / step.failed. */
  samples?: SamplesData;

  constructor(
    private readonly ctx: RunServices,
    private readonly id: string,
    private readonly step: StepSpec,
    private readonly inst?: Instance,
  ) {
    this.startedData = { provider: ctx.settings.get(id)!.target };
    const sampling = samplingOf(ctx.loaded.spec, id);
    if (sampling) this.sampling = sampling;
  }

  private render(): Promise<RenderedStep> {
    this.rendered ??= renderLlmStep(this.ctx, this.id, this.step, this.inst);
    return this.rendered;
  }

  async prepare(): Promise<{ key: string; context?: ContextBuiltData }> {
    const r = await this.render();
    return { key: this.sampling ? sampledStepKey(r.key, this.sampling) : r.key, context: r.context };
  }

  /** A sampled step: draws and judges its samples (src/engine/samples.ts) instead of execute(). */
  async runSampled(store: CacheStore | null, width: number): Promise<StepProduct> {
    const { ctx, id, step, tally } = this;
    const r = await this.logRequest();
    const { retries, timeoutMs } = ctx.settings.get(id)!;
    const host: SampleHost = {
      keyFor: (k) => r.keyFor(k),
      draw: async (k, key) => {
        const res = await ctx.pool.invokeSettled({ ...this.callOf(r, timeoutMs, retries), sample: k, sampleKey: key });
        this.charge(res);
        if (!res.ok) return res;
        const answer = {
          text: ctx.redactor.apply(res.result.text),
          provider: res.provider.name,
          model: ctx.redactor.apply(res.result.model),
          finishReason: res.result.finishReason,
          usage: res.result.usage,
          costUsd: res.costUsd,
        };
        return { ok: true, answer, attempts: res.attempts };
      },
      judge: async (k, answer) => {
        if (answer.finishReason === 'length' && !step.allow_truncated) {
          truncationFailure(ctx, id, answer.provider ?? 'unknown', answer.model ?? 'unknown', k);
          return { passed: false, clean: false, text: answer.text, files: [], checks: { passed: 0, failed: 1 } };
        }
        try {
          const j = await this.judge(answer.text, answer.provider, k);
          const counts = checkCounts(j.report);
          // A check that measured nothing (a judge call that failed) leaves the sample unmeasured: errored, not failed.
          const errored = (j.report as { status?: string }).status === 'errored';
          return {
            passed: j.report.passed,
            clean: j.report.passed && counts.failed === 0,
            text: j.text,
            files: j.files,
            checks: counts,
            ...(errored ? { errored } : {}),
          };
        } catch (e) {
          if (!(e instanceof ExtractionError)) throw e;
          this.log.push([`sample ${k}: extraction failed`, e.message]);
          return { passed: false, clean: false, text: answer.text, files: [], checks: { passed: 0, failed: 1 } };
        }
      },
      log: (title, body) => this.log.push([title, body]),
    };
    try {
      const res = await runSamples(ctx, id, this.sampling!, host, store, width);
      this.samples = res.samples;
      // Added, not set: checks that call a model (a judge) add their own spend to the tally as they run.
      tally.attempts += res.attempts;
      this.spend(res.usage, res.costUsd);
      if (res.provider !== undefined) tally.provider = res.provider;
      if (res.model !== undefined) tally.model = res.model;
      return {
        text: res.text,
        files: res.files,
        checks: res.checks,
        sampledCache: res.cache,
        ...(res.finishReason ? { finishReason: res.finishReason } : {}),
      };
    } catch (e) {
      if (e instanceof SamplesFailedError) this.samples = e.samples;
      throw e;
    }
  }

  /** The log starts with what is sent; not at prepare, which a kept step's resume check also calls. */
  private async logRequest(): Promise<RenderedStep> {
    const r = await this.render();
    if (this.log.length === 0) this.log.push(['system', r.system], ['prompt', r.prompt]);
    return r;
  }

  async fromCache(entry: CacheEntry): Promise<StepProduct | undefined> {
    await this.logRequest();
    const judged = await this.judge(entry.text, entry.provider).catch((e: unknown) => {
      // A spent budget (a judge check's call) stops the step; anything else makes the entry a miss.
      if (e instanceof OrchestratorError && e.code === 'E_BUDGET_EXCEEDED') throw e;
      return undefined;
    });
    // A check that measured nothing (its judge is down) fails the step: calling the model again cannot mend it.
    if (judged?.report.status === 'errored') throw new CheckFailedError(this.id, judged.report);
    if (!judged?.report.passed) return undefined;
    this.tally.provider = entry.provider;
    this.tally.model = entry.model;
    this.log.push([`response (cache hit, ${entry.provider ?? 'unknown'}/${entry.model ?? 'unknown'})`, entry.text]);
    return { text: judged.text, files: judged.files, checks: checkCounts(judged.report) };
  }

  /** Adds spend to the step's tally: its answers, its judge calls and calls charged on the way. */
  private spend(usage: Usage, usd: number): void {
    addUsage(this.tally.usage!, usage);
    this.tally.cost_usd = (this.tally.cost_usd ?? 0) + usd;
  }

  /** Calls that timed out or were cancelled on the way are charged too: streamed usage, else an estimate (marked). */
  private charge(res: InvokeOutcome): void {
    if (!res.charged) return;
    this.spend(res.charged.usage, res.charged.usd);
    if (res.charged.estimated) this.tally.cost_estimated = true;
  }

  /** The provider call of this step's rendered request: what every round and every sample sends. */
  private callOf(r: RenderedStep, timeoutMs: number, retries: number): InvokeRequest {
    const { ctx, id } = this;
    return {
      stepId: id,
      target: r.target,
      system: r.system,
      prompt: r.prompt,
      timeoutMs,
      retries,
      signal: ctx.signal,
      stepSpanId: ctx.events.stepSpan(id),
      promptCache: r.promptCache,
      ...(r.outputSchema ? { outputSchema: r.outputSchema.schema } : {}),
    };
  }

  async execute(): Promise<StepProduct> {
    const { ctx, id, step, tally } = this;
    const r = await this.logRequest();
    const exclude = new Set<string>();
    const { retries, timeoutMs } = ctx.settings.get(id)!;
    for (let round = 1; ; round++) {
      const res = await ctx.pool.invokeSettled({ ...this.callOf(r, timeoutMs, retries), exclude });
      tally.attempts += res.attempts;
      this.charge(res);
      if (!res.ok) throw res.error;
      this.spend(res.result.usage, res.costUsd);
      const provider = res.provider.name;
      tally.provider = provider;
      // A key in the model id a server reports (manifest, cache, logs) is masked here too.
      const model = ctx.redactor.apply(res.result.model);
      tally.model = model;
      // Redacted at the source: outputs, logs, cache and downstream prompts all see the same text.
      const text = ctx.redactor.apply(res.result.text);
      this.log.push([`response (round ${round}, ${provider}/${model})`, text]);
      // A response without the block an output extracts is judged like a failed check: on_fail
      // decides whether to call again, move to the next candidate, or fail.
      let judged: Judged | undefined;
      let failure: OrchestratorError | undefined;
      // An answer cut off at max_tokens is a failed check unless the step allows it.
      const truncated =
        res.result.finishReason === 'length' && !step.allow_truncated
          ? truncationFailure(ctx, id, provider, res.result.model)
          : undefined;
      try {
        judged = await this.judge(text, provider);
        if (!judged.report.passed) failure = new CheckFailedError(id, judged.report);
      } catch (e) {
        if (!(e instanceof ExtractionError)) throw e;
        failure = e;
      }
      failure = truncated ?? failure;
      // An errored check is a judge's or an embedding's failure: another answer of this model cannot fix it.
      if (failure instanceof CheckFailedError && judged?.report.status === 'errored') throw failure;
      if (failure || !judged) {
        const retry = step.on_fail === 'retry' && round <= retries;
        const fallback =
          step.on_fail === 'fallback' &&
          ctx.pool.candidates(r.target).some((p) => p.name !== provider && !exclude.has(p.name));
        if (!retry && !fallback) throw failure;
        if (fallback) exclude.add(provider);
        ctx.events.emit({
          type: 'step.retrying',
          level: 'warn',
          step_id: id,
          data: {
            provider,
            attempt: tally.attempts + 1,
            reason:
              failure instanceof ExtractionError
                ? 'extraction_failed'
                : failure instanceof TruncatedError
                  ? 'truncated'
                  : 'check_failed',
            on_fail: step.on_fail,
            message: failure?.message,
          },
        });
        continue;
      }
      // Cached as judged: a hit gives the same canonical JSON without parsing the model's spacing again.
      return {
        text: judged.text,
        files: judged.files,
        checks: checkCounts(judged.report),
        finishReason: res.result.finishReason,
        cacheRecord: {
          text: judged.text,
          provider,
          model,
          usage: res.result.usage,
          cost_usd: res.costUsd,
          finish_reason: res.result.finishReason,
        },
      };
    }
  }

  /**
   * Validates the answer against output_schema (a failure is a failed check: on_fail applies),
   * extracts every output and checks the first one (or the response, when there are no outputs).
   */
  private async judge(answer: string, provider?: string, sample?: number): Promise<Judged> {
    const { ctx, id, step } = this;
    let text = answer;
    const schema = (await this.render()).outputSchema;
    if (schema) {
      const started = ctx.clock.now();
      const verdict = schema.judge(answer);
      // Reported as an is-json verdict (index -1: not one of the step's checks), which is what it is.
      const schemaVerdict = {
        index: -1,
        type: 'is-json' as const,
        passed: verdict.ok,
        severity: 'fail' as const,
        duration_ms: ctx.clock.now() - started,
        message: verdict.ok ? 'output_schema: the answer matches the schema' : verdict.message,
      };
      if (!verdict.ok) {
        ctx.events.emit({
          type: 'quality.failed',
          level: 'warn',
          step_id: id,
          data: {
            ...(provider !== undefined ? { provider } : {}),
            ...(sample !== undefined ? { sample } : {}),
            verdicts: [schemaVerdict],
            severity: 'fail',
            step_failed: true,
          },
        });
        return { text, files: [], report: { passed: false, status: 'failed', verdicts: [schemaVerdict] } };
      }
      text = verdict.canonical;
    }
    const files = step.outputs.map((o) => ({ path: o.path, content: extract(text, o.extract, o.path) }));
    if (step.checks.length === 0) return { text, files, report: { passed: true, status: 'passed', verdicts: [] } };
    const subject = files[0]?.content ?? text;
    let tmp: string | undefined;
    try {
      const report = await checkStep(ctx, id, step, subject, {
        provider,
        ...(sample !== undefined ? { sample } : {}),
        ...(this.inst ? { item: this.inst.item } : {}),
        onLog: (title, body) => this.log.push([title, body]),
        onSpend: (s) => {
          this.spend(s, s.cost_usd);
          if (s.estimated) this.tally.cost_estimated = true;
        },
        candidateFile: async () => {
          tmp = mkdtempSync(join(tmpdir(), 'orchestrator-candidate-'));
          return writeCandidate(tmp, files[0]?.path ?? `${fileNameOf(id)}.txt`, subject);
        },
      });
      return { text, files, report };
    } finally {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    }
  }
}
