/**
 * The budget share of each shard, from the cold-cache cost plan: the plan job and every leg of a
 * matrix compute the same figures without sharing a cache (a leg restores its own), so the shares
 * the matrix JSON prints are the shares the legs enforce.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import { budgetShares } from '../planning/budget-shares.js';
import type { Shard } from '../planning/shards.js';
import { planCost } from './cost-plan.js';

export async function shardBudgetShares(
  loaded: LoadedSpec,
  shards: readonly Shard[],
  totalUsd: number,
  env: Record<string, string | undefined> = process.env,
): Promise<number[]> {
  const plan = await planCost({ loaded, cache: null, env });
  // An LLM step the plan cannot price yet (a fan-out over an upstream step's output, whose items
  // are unknown before the run) counts as the mean priced LLM step: a shard holding it must not
  // get a share of 0.
  const priced = plan.steps.filter((s) => s.kind === 'llm' && typeof s.cost_usd === 'number').map((s) => s.cost_usd!);
  const mean = priced.length ? priced.reduce((a, b) => a + b, 0) / priced.length : 0;
  const cost = new Map(
    plan.steps.map((s) => [s.id, typeof s.cost_usd === 'number' ? s.cost_usd : s.kind === 'llm' ? mean : 0]),
  );
  return budgetShares(totalUsd, shards, (u) => cost.get(u) ?? 0);
}
