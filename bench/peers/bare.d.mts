import type { BenchGraph } from '../lib/graphs.mjs';

export declare function runBare(
  graph: Pick<BenchGraph, 'steps'>,
  options: { concurrency: number; task: (id: string) => unknown },
): Promise<void>;
