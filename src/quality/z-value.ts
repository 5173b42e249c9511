/**
 * z for a two-sided interval of confidence C: the inverse normal CDF of (1 + C) / 2, from
 * @stdlib/stats-base-dists-normal-quantile (docs/ARCHITECTURE.md, "Libraries"). Loaded on first
 * use: its module tree costs a start-up that only runs with sampled steps need.
 */
type Quantile = (p: number, mu: number, sigma: number) => number;
let quantile: Promise<Quantile> | undefined;

export async function zFor(confidence: number): Promise<number> {
  quantile ??= import('@stdlib/stats-base-dists-normal-quantile').then((m) => m.default as Quantile);
  return (await quantile)((1 + confidence) / 2, 0, 1);
}
