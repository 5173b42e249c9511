/**
 * `plan --cost`: what running the job now would cost, without calling anything. Per step, in
 * the order the run would take them:
 * - whether it would hit the cache, predicted from the local cache folder by computing the
 *   step's real cache key (so a changed prompt, input or code_version shows as a miss). An
 *   upstream hit hands its cached answer downstream, exactly as a run would; downstream of a
 *   miss or of a command step the answer is not known yet, so the step counts as a miss
 *   (`upstream_unknown`) and its prompt is estimated with the upstream's expected answer length;
 * - its input tokens, counted with the model's tokenizer where known (src/providers/tokenize.ts);
 * - the estimated cost of a miss: input tokens at the input price plus the answer at the output
 *   price, the answer taken at the provider's `max_tokens` or else EXPECTED_OUTPUT_TOKENS;
 * - the calls of its checks that call a model (a judge, an embedding), one per sample
 *   (./check-cost.ts), included in the step's cost;
 * and the totals. Reads the cache without marking entries used; writes nothing.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { CacheEntry } from '../cache/types.js';
import type { EventInput, EventSink, OrchestratorEvent } from '../events/types.js';
import { formatCount } from '../report/format.js';
import { resolvePrices, type ResolvedPrice } from '../providers/price-registry.js';
import { countTokens } from '../providers/tokenize.js';
import { callCost } from '../providers/prices.js';
import { EXPECTED_OUTPUT_TOKENS } from '../budget/ledger.js';
import { ProviderPool } from '../routing/pool.js';
import { planCandidates } from '../routing/strategy.js';
import type { LoadedSpec, ProviderSpec } from '../jobspec/schema.js';
import { newSpanId } from '../util/ids.js';
import { estimateTokens } from '../util/tokens.js';
import { systemClock } from '../util/clock.js';
import { StepTexts, TemplateCache, outputReader, type RenderServices } from './services.js';
import { extract } from './extract.js';
import { renderLlmStep } from './llm-step.js';
import { expandStep, planRun, unitOf, type PlannedUnit } from './run-plan.js';
import { DEFAULT_ENGINE_DIRS } from './fan-out.js';
import { Redactor } from '../util/redact.js';
import { namedSecrets } from '../providers/secrets.js';
import { samplingOf } from '../jobspec/sampling.js';
import { sampleCalls, sampledEntry, samplesNote } from './sample-cost.js';
import { cutCell, fitWidths } from '../report/column-fit.js';
import { checkCalls, checksCost, type CheckCallPlan } from './check-cost.js';
import type { Price } from '../jobspec/schema.js';

export interface CostPlanStep {
  id: string;
  kind: 'llm' | 'command';
  /** The step's provider or route. */
  target?: string;
  /** The provider a call would go to first (a route's first candidate for this prompt). */
  provider?: string;
  model?: string;
  /** `hit`: served from the cache; `miss`: a provider call; `n/a`: a command step. */
  cache: 'hit' | 'miss' | 'n/a';
  hit: boolean;
  /**
   * Why a miss: `no_entry` (no cache entry for its key), `upstream_unknown`, `no_cache`,
   * `items_unknown` (a for_each step whose list comes from a step that would run first).
   */
  reason?: 'no_entry' | 'upstream_unknown' | 'no_cache' | 'items_unknown';
  cache_key?: string;
  input_tokens?: number;
  /** Tokens the answer is assumed to take (max_tokens, else EXPECTED_OUTPUT_TOKENS). */
  output_tokens_est?: number;
  tokenizer?: string;
  tokenizer_exact?: boolean;
  /** Estimated USD of the call (misses); 0 for hits and commands; undefined when the price is unknown. */
  cost_usd?: number;
  /**
   * A sampled step (docs/reference.md, "Samples and gates"): `planned` samples (N), `max` the most
   * a gate may draw (M), `cached` those of the first N already in the cache, `calls` the calls
   * the estimate counts (N - cached) and `calls_max` its upper bound (M - cached); `cost_usd` is
   * then for `calls` calls and `cost_usd_max` for `calls_max`.
   */
  samples?: { planned: number; max: number; cached: number; calls: number; calls_max: number };
  cost_usd_max?: number;
  /**
   * The calls of its model-backed checks (`judge`; `similar` with `metric: embedding`), one per
   * sample (src/engine/check-cost.ts). Their priced cost is included in `cost_usd` and
   * `cost_usd_max`.
   */
  checks?: CheckCallPlan[];
}

export interface CostPlan {
  job: string;
  cache_dir?: string;
  steps: CostPlanStep[];
  totals: {
    steps: number;
    hits: number;
    misses: number;
    /** Input tokens of the misses. */
    input_tokens: number;
    output_tokens_est: number;
    cost_usd: number;
    /** Misses whose provider has no known price (counted as $0 in cost_usd). */
    unpriced: number;
    /** With sampled steps: the cost if every gate drew its max_samples. */
    cost_usd_max?: number;
    /**
     * With model-backed checks: their calls (included in cost_usd and cost_usd_max) by kind,
     * expected and at most, what they cost, and how many checks' calls have no known price.
     */
    checks?: {
      judge_calls: number;
      judge_calls_max: number;
      embedding_calls: number;
      embedding_calls_max: number;
      input_tokens: number;
      output_tokens_est: number;
      cost_usd: number;
      cost_usd_max: number;
      unpriced: number;
    };
  };
  prices: Record<string, ResolvedPrice>;
  budget?: { usd?: number; tokens?: number };
}

export interface CostPlanOptions {
  loaded: LoadedSpec;
  /** A cache to predict hits from; null = every LLM step is a miss (`no_cache`). */
  cache: { get(key: string): Promise<CacheEntry | undefined> } | null;
  cacheDir?: string;
  env?: Record<string, string | undefined>;
  workspaceDir?: string;
  only?: string[];
  /** The runs and cache folders a run would use: for_each globs leave them out, as the run does. */
  engineDirs?: readonly string[];
}

class NullSink implements EventSink {
  emit(e: EventInput): OrchestratorEvent {
    return {
      ts: '',
      seq: 0,
      level: e.level ?? 'info',
      job_id: '',
      type: e.type,
      trace_id: '',
      span_id: '',
      data: e.data ?? {},
    };
  }
}

function maxTokensOf(spec: ProviderSpec | undefined): number | undefined {
  return spec && 'options' in spec ? spec.options?.max_tokens : undefined;
}

export async function planCost(opts: CostPlanOptions): Promise<CostPlan> {
  const { loaded } = opts;
  const { spec } = loaded;
  const plan = planRun(loaded, { only: opts.only });
  const prices = await resolvePrices(spec.providers);
  const pool = new ProviderPool({
    loaded,
    env: opts.env ?? process.env,
    events: new NullSink(),
    clock: systemClock,
    newSpanId,
    prices,
  });
  // Upstream outputs of predicted hits, for steps whose context reads upstream files.
  const outputsDir = mkdtempSync(join(tmpdir(), 'orchestrator-plan-'));
  const texts = new StepTexts();
  const unknown = new Set<string>();
  // What rendering reads; a plan has no run folder, events or signal. The outputs of predicted
  // hits are written to outputsDir, where a later step's context reads them as a run would.
  const ctx: RenderServices = {
    loaded,
    settings: plan.settings,
    pool,
    texts,
    templates: new TemplateCache(),
    workspaceDir: opts.workspaceDir ?? loaded.baseDir,
    readOutput: outputReader(outputsDir),
    engineDirs: opts.engineDirs ?? DEFAULT_ENGINE_DIRS,
    // Instances are named as the run names them (a KEY holding a key is its index).
    redactor: new Redactor(namedSecrets(spec, opts.env ?? process.env)),
  };

  const steps: CostPlanStep[] = [];
  const embeddingPrices = new Map<string, Promise<Price | undefined>>();
  try {
    for (const id of plan.order) {
      const planned = plan.steps.get(id)!;
      const step = planned.spec;
      if (planned.kind === 'command') {
        // Its output is known only once it runs: what reads it cannot be predicted.
        unknown.add(id);
        steps.push({ id, kind: 'command', cache: 'n/a', hit: false, cost_usd: 0 });
        continue;
      }
      const target = planned.target!;
      const upstreamUnknown = step.needs.filter((n) => unknown.has(n));
      // A fanned-out step is planned per instance when its list is known now.
      let units: PlannedUnit[] = [unitOf(ctx, id, step)];
      if (planned.fanOut) {
        // The list is known now unless it comes from a step whose answer is not (inputs and globs always are).
        const fe = step.for_each!;
        const listFrom = typeof fe === 'string' ? ctx.templates.get(`f:${id}`, fe).refs.steps : [];
        const instances = listFrom.every((n) => !unknown.has(n))
          ? await expandStep(ctx, id, step).catch(() => undefined)
          : undefined;
        if (!instances) {
          unknown.add(id);
          const first = pool.candidates(target)[0];
          steps.push({
            id,
            kind: 'llm',
            target,
            ...(first ? { provider: first.name, model: first.model } : {}),
            cache: 'miss',
            hit: false,
            reason: 'items_unknown',
          });
          continue;
        }
        const picked = plan.selectedInstances?.get(id);
        units = instances.filter((inst) => !picked || picked.has(inst.id)).map((inst) => unitOf(ctx, id, step, inst));
        if (units.length === 0) {
          texts.set(id, '[]');
          continue;
        }
      }
      for (const { id: uid, spec: ustep, inst } of units) {
        let entry: CacheEntry | undefined;
        let key: string | undefined;
        let system: string | undefined;
        let prompt: string;
        const sampling = samplingOf(spec, uid);
        let cachedSamples = 0;
        let known: Array<{ sample: number; text: string }> = [];
        if (upstreamUnknown.length === 0) {
          const r = await renderLlmStep(ctx, uid, ustep, inst);
          key = r.key;
          system = r.system;
          prompt = r.prompt;
          entry = opts.cache ? await opts.cache.get(r.key) : undefined;
          if (sampling) ({ entry, cached: cachedSamples, known } = await sampledEntry(r, sampling, opts.cache));
          else if (entry) known = [{ sample: 0, text: entry.text }];
        } else {
          // Stand-ins as long as the answers they replace are expected to be.
          for (const n of upstreamUnknown) {
            const t = spec.steps[n]!;
            const p = t.run === undefined ? spec.providers[t.provider ?? spec.defaults.provider!] : undefined;
            texts.set(n, 'x'.repeat(4 * (maxTokensOf(p) ?? EXPECTED_OUTPUT_TOKENS)));
          }
          const r = await renderLlmStep(ctx, uid, ustep, inst);
          system = r.system;
          prompt = r.prompt;
        }
        const candidates = planCandidates(
          spec.routes[target]?.strategy ?? 'ordered',
          pool.candidates(target),
          estimateTokens((system ?? '') + prompt),
        );
        const provider = candidates.order[0] ?? pool.candidates(target)[0]!;
        const providerSpec = spec.providers[provider.name];
        const count = await countTokens((system ?? '') + prompt, provider.model, provider.type);
        const base = {
          id: uid,
          kind: 'llm' as const,
          target,
          provider: provider.name,
          model: provider.model,
          ...(key ? { cache_key: key } : {}),
          input_tokens: count.tokens,
          tokenizer: count.tokenizer,
          tokenizer_exact: count.exact,
        };
        const answerCalls = planned.calls.filter((c) => c.kind === 'answer').length;
        const perCallOut = maxTokensOf(providerSpec) ?? EXPECTED_OUTPUT_TOKENS;
        const sampledCalls = sampling ? sampleCalls(sampling, cachedSamples, undefined).samples : undefined;
        // The judge and embedding calls: one per sample whose answer is still to come, and on each cached answer unless
        // its verdict is cached too.
        const checks = await checkCalls({
          loaded,
          pool,
          step: ustep,
          calls: planned.calls,
          answerTokens: perCallOut,
          unknown: entry ? 0 : (sampledCalls?.calls ?? answerCalls),
          unknownMax: sampledCalls ? sampledCalls.calls_max : entry ? 0 : answerCalls,
          known,
          cache: opts.cache,
          embeddingPrices,
        });
        const checkCost = checksCost(checks);
        const withChecks = checks.length ? { checks } : {};
        if (entry) {
          texts.set(uid, entry.text);
          for (const o of ustep.outputs) {
            try {
              const file = join(outputsDir, o.path);
              mkdirSync(dirname(file), { recursive: true });
              writeFileSync(file, extract(entry.text, o.extract, o.path));
            } catch {
              /* an output the cached answer cannot give: the run would call again, but the plan stays an estimate */
            }
          }
          const hitSamples = sampling ? sampleCalls(sampling, cachedSamples, 0) : undefined;
          steps.push({
            ...base,
            cache: 'hit',
            hit: true,
            cost_usd: checkCost.usd,
            ...(hitSamples ? { ...hitSamples, cost_usd_max: checkCost.usdMax } : {}),
            ...withChecks,
          });
          continue;
        }
        unknown.add(uid);
        unknown.add(id);
        // Every planned call of the unit sends its prompt and gets an answer (one call today; samples add more).
        const calls = answerCalls;
        const out = calls * perCallOut;
        const price = provider.price;
        const reason = !opts.cache ? 'no_cache' : upstreamUnknown.length ? 'upstream_unknown' : 'no_entry';
        if (sampling) {
          // A sampled step: one call per sample not yet cached (src/engine/sample-cost.ts); figures per call.
          const perCall = price ? callCost(price, count.tokens, perCallOut) : undefined;
          const sampled = sampleCalls(sampling, cachedSamples, perCall);
          steps.push({
            ...base,
            cache: 'miss',
            hit: false,
            reason,
            output_tokens_est: perCallOut,
            ...(perCall !== undefined ? { cost_usd: round(perCall * sampled.samples.calls + checkCost.usd) } : {}),
            ...sampled,
            ...(sampled.cost_usd_max !== undefined
              ? { cost_usd_max: round(sampled.cost_usd_max + checkCost.usdMax) }
              : {}),
            ...withChecks,
          });
          continue;
        }
        steps.push({
          ...base,
          cache: 'miss',
          hit: false,
          reason,
          output_tokens_est: out,
          ...(price ? { cost_usd: round(callCost(price, calls * count.tokens, out) + checkCost.usd) } : {}),
          ...withChecks,
        });
      }
      // A fanned-out step whose instances all hit gives its dependents the array of their answers.
      if (planned.fanOut && !unknown.has(id)) texts.set(id, JSON.stringify(units.map((u) => texts.get(u.id))));
    }
  } finally {
    rmSync(outputsDir, { recursive: true, force: true });
  }

  const totals: CostPlan['totals'] = {
    steps: steps.length,
    hits: 0,
    misses: 0,
    input_tokens: 0,
    output_tokens_est: 0,
    cost_usd: 0,
    unpriced: 0,
  };
  let costMax = 0;
  const checkTotals = {
    judge_calls: 0,
    judge_calls_max: 0,
    embedding_calls: 0,
    embedding_calls_max: 0,
    input_tokens: 0,
    output_tokens_est: 0,
    cost_usd: 0,
    cost_usd_max: 0,
    unpriced: 0,
  };
  for (const s of steps) {
    const cc = checksCost(s.checks);
    for (const c of s.checks ?? []) {
      checkTotals[c.kind === 'judge' ? 'judge_calls' : 'embedding_calls'] += c.calls;
      checkTotals[c.kind === 'judge' ? 'judge_calls_max' : 'embedding_calls_max'] += c.calls_max;
      checkTotals.input_tokens += c.input_tokens * c.calls;
      checkTotals.output_tokens_est += c.output_tokens_est * c.calls;
    }
    checkTotals.cost_usd += cc.usd;
    checkTotals.cost_usd_max += cc.usdMax;
    checkTotals.unpriced += cc.unpriced;
    // A step whose own call has no price still adds its priced checks (a hit's cost_usd is its checks').
    if (s.cost_usd === undefined) {
      totals.cost_usd += cc.usd;
      costMax += cc.usdMax;
    }
    if (s.cache === 'hit') {
      totals.hits++;
      totals.cost_usd += s.cost_usd ?? 0;
      costMax += s.cost_usd_max ?? s.cost_usd ?? 0;
    }
    if (s.cache !== 'miss') continue;
    totals.misses++;
    // A sampled step makes one call a sample it still needs.
    const calls = s.samples?.calls ?? 1;
    totals.input_tokens += (s.input_tokens ?? 0) * calls;
    totals.output_tokens_est += (s.output_tokens_est ?? 0) * calls;
    if (s.cost_usd === undefined) totals.unpriced++;
    else {
      totals.cost_usd += s.cost_usd;
      costMax += s.cost_usd_max ?? s.cost_usd;
    }
  }
  totals.cost_usd = round(totals.cost_usd);
  if (steps.some((s) => s.samples) || checkTotals.judge_calls_max + checkTotals.embedding_calls_max > 0)
    totals.cost_usd_max = round(costMax);
  if (steps.some((s) => s.checks))
    totals.checks = {
      ...checkTotals,
      cost_usd: round(checkTotals.cost_usd),
      cost_usd_max: round(checkTotals.cost_usd_max),
    };
  return {
    job: spec.name,
    ...(opts.cacheDir ? { cache_dir: opts.cacheDir } : {}),
    steps,
    totals,
    prices,
    ...(spec.budget ? { budget: spec.budget } : {}),
  };
}

function round(usd: number): number {
  return Math.round(usd * 1e8) / 1e8;
}

function usd(n: number | undefined): string {
  if (n === undefined) return 'unpriced';
  if (n === 0) return '$0';
  return n < 0.01 ? `$${n.toFixed(4)}` : `$${n.toFixed(2)}`;
}

const PRICE_FROM: Record<string, string> = {
  spec: 'spec',
  local: 'local, free',
  builtin: 'built-in table 2025-11-30',
  none: 'unknown',
};

/** The plan as a table a person reads; `width`: the columns its table fits (the CLI: the terminal's, else 80). */
export function costPlanText(plan: CostPlan, width?: number): string {
  const rows = plan.steps.flatMap((s) => [
    stepRow(s),
    // Each judge or embedding check under its step; its cost is part of the step's.
    ...(s.checks ?? []).map((c) => [
      `  ${c.kind} #${c.check + 1}`,
      c.target === c.provider ? c.provider! : `${c.target} -> ${c.provider}`,
      c.calls === 0 && c.calls_max === 0
        ? 'hit'
        : `${c.calls} call${c.calls === 1 ? '' : 's'}${c.calls_max > c.calls ? `, up to ${c.calls_max}` : ''}` +
          `${c.cached ? `, ${c.cached} cached` : ''}`,
      `${formatCount(c.input_tokens)}${c.tokenizer_exact ? '' : '~'}`,
      c.calls_max === 0
        ? '-'
        : usd(c.cost_usd) +
          (c.cost_usd_max !== undefined && c.cost_usd_max !== c.cost_usd ? ` (max ${usd(c.cost_usd_max)})` : ''),
    ]),
  ]);
  function stepRow(s: CostPlanStep): string[] {
    return [
      s.id,
      s.kind === 'command' ? '(command)' : s.target === s.provider ? s.provider! : `${s.target} -> ${s.provider}`,
      (s.cache === 'miss' && s.reason && s.reason !== 'no_entry' ? `miss (${s.reason})` : s.cache) + samplesNote(s),
      s.input_tokens === undefined ? '-' : `${formatCount(s.input_tokens)}${s.tokenizer_exact === false ? '~' : ''}`,
      s.cache === 'miss' || (s.cache === 'hit' && (s.cost_usd_max ?? s.cost_usd ?? 0) > 0)
        ? usd(s.cost_usd) +
          (s.cost_usd_max !== undefined && s.cost_usd_max !== s.cost_usd ? ` (max ${usd(s.cost_usd_max)})` : '')
        : '-',
    ];
  }
  const head = ['step', 'provider', 'cache', 'input tokens', 'est. cost'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // Too wide: the provider column gives way first, then the step id; figures are never cut.
  if (width !== undefined) fitWidths(widths, width, [1, 0]);
  const line = (r: string[]) =>
    r
      .map((c, i) => (c.length > widths[i]! ? cutCell(c, widths[i]!) : c))
      .map((c, i) => (i >= 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const t = plan.totals;
  const out = [
    `cost plan for job ${plan.job}${plan.cache_dir ? ` (cache ${plan.cache_dir})` : ''}`,
    '',
    line(head),
    ...rows.map(line),
    '',
    `total: ${t.hits} hit${t.hits === 1 ? '' : 's'}, ${t.misses} miss${t.misses === 1 ? '' : 'es'}; misses: ` +
      `${formatCount(t.input_tokens)} input tokens, ` +
      `~${formatCount(t.output_tokens_est)} output tokens (max_tokens, else ` +
      `${EXPECTED_OUTPUT_TOKENS} a call), est. ${usd(t.cost_usd)}` +
      (t.unpriced ? ` (+${t.unpriced} call${t.unpriced === 1 ? '' : 's'} with no known price)` : ''),
  ];
  if (t.checks) {
    const c = t.checks;
    const n = (k: number, kMax: number, what: string) =>
      `${k} ${what} call${k === 1 ? '' : 's'}${kMax > k ? ` (up to ${kMax})` : ''}`;
    out.push(
      `checks: ${n(c.judge_calls, c.judge_calls_max, 'judge')}, ` +
        `${n(c.embedding_calls, c.embedding_calls_max, 'embedding')}, est. ${usd(c.cost_usd)}` +
        (c.cost_usd_max !== c.cost_usd ? ` (max ${usd(c.cost_usd_max)})` : '') +
        (c.unpriced ? ` (+${c.unpriced} check${c.unpriced === 1 ? '' : 's'} with no known price)` : '') +
        ', included in the total and in their step',
    );
    if (c.judge_calls_max > 0)
      out.push(
        "  a judge call's input: its prompt with the rubric, plus the step's answer at its expected length " +
          '(max_tokens, else ' +
          `${EXPECTED_OUTPUT_TOKENS} tokens); its verdict at the judge provider's max_tokens, else ` +
          `${EXPECTED_OUTPUT_TOKENS}`,
      );
  }
  if (t.cost_usd_max !== undefined && t.cost_usd_max !== t.cost_usd)
    out.push(`sampled steps: up to ${usd(t.cost_usd_max)} if every gate draws its max_samples`);
  if (plan.budget?.usd !== undefined)
    out.push(
      `budget: $${plan.budget.usd}` +
        `${t.cost_usd > plan.budget.usd ? ' (the estimate is above it: the run would stop early)' : ''}`,
    );
  const priced = Object.entries(plan.prices).filter(([name]) =>
    plan.steps.some((s) => s.provider === name || s.checks?.some((c) => c.kind === 'judge' && c.provider === name)),
  );
  if (priced.length) {
    out.push(
      `prices (USD per Mtok, in / out): ${priced
        .map(
          ([name, p]) =>
            `${name} ${p.price ? `${p.price.input_per_mtok} / ${p.price.output_per_mtok}` : '?'} (` +
            `${p.source === 'registry' ? p.registry : PRICE_FROM[p.source]})`,
        )
        .join(', ')}`,
    );
  }
  if (plan.steps.some((s) => s.tokenizer_exact === false || s.checks?.some((c) => !c.tokenizer_exact)))
    out.push("~ tokens counted with o200k_base: the model's own tokenizer is not public, so this is an approximation");
  return `${out.join('\n')}\n`;
}
