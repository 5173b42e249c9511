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
  const cost = new Map(plan.steps.map((s) => [s.id, s.cost_usd ?? 0]));
  return budgetShares(totalUsd, shards, (u) => cost.get(u) ?? 0);
}
