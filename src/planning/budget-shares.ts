/**
 * One budget over a matrix (docs/reference.md, "Shards"): each shard gets
 * budget x (the planned cost of its own steps) / (the planned cost of all shards), or an equal
 * share when nothing has a planned cost. Shares are rounded down to a millionth of a dollar, so
 * they never add up to more than the budget and no leg can overshoot the whole.
 */
import type { Shard } from './shards.js';

const MICRO = 1e6;

export function budgetShares(
  totalUsd: number,
  shards: readonly Shard[],
  costOfUnit: (unit: string) => number,
): number[] {
  const costs = shards.map((s) => s.units.reduce((a, u) => a + Math.max(0, costOfUnit(u) || 0), 0));
  const sum = costs.reduce((a, b) => a + b, 0);
  const owning = shards.filter((s) => s.units.length > 0).length || 1;
  return shards.map((s, i) => {
    const share = sum > 0 ? (totalUsd * costs[i]!) / sum : s.units.length > 0 ? totalUsd / owning : 0;
    return Math.floor(share * MICRO + 1e-9) / MICRO;
  });
}
