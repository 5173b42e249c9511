/**
 * The `plan-cost` input: the cost plan (`orchestrator plan --cost`) written to the job summary
 * before the first provider call, so a run that is cancelled or times out still shows what it
 * was expected to spend, and a reviewer sees the estimate next to the actual spend below it.
 * Best effort: an estimate that cannot be made is a warning, never a failed job.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import type { LocalCacheStore } from '../cache/local-store.js';
import { fence } from '../report/format.js';
import { errorMessage } from '../util/errors.js';
import type { Redactor } from '../util/redact.js';
import type { CoreLike } from './core-like.js';

export async function writeCostPlan(o: {
  core: CoreLike;
  loaded: LoadedSpec;
  /** The restored cache folder: hits are predicted from it. */
  store?: LocalCacheStore;
  env: Record<string, string | undefined>;
  budgetUsd?: number;
  redact: Redactor;
}): Promise<void> {
  try {
    // Loaded only when asked for: it brings the tokenizer.
    const { planCost, costPlanText } = await import('../engine/cost-plan.js');
    const store = o.store;
    const plan = await planCost({ loaded: o.loaded, cache: store ? { get: (k) => store.peek(k) } : null, env: o.env });
    if (o.budgetUsd !== undefined) plan.budget = { ...plan.budget, usd: o.budgetUsd };
    const t = plan.totals;
    const head =
      `### 💰 Cost plan (before the run): ${t.misses} call${t.misses === 1 ? '' : 's'}, est. ` +
      `$${t.cost_usd.toFixed(4)}`;
    // Step ids, provider names and prices only, but the same redaction as every other summary line.
    await o.core.appendSummary(`${head}\n\n${fence(o.redact.apply(costPlanText(plan)).trimEnd(), 'text')}\n\n`);
  } catch (e) {
    o.core.warning(`Could not estimate the cost plan: ${errorMessage(e)}`);
  }
}
