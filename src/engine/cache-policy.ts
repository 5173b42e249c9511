/**
 * Whether a step uses the run's cache (docs/reference.md: Cache control per step): `cache:` on the step, else LLM
 * steps yes and command steps no (what a command reads is not known to the engine, so it runs
 * every time unless it opts in and declares its inputs). `--no-cache` (a null store) wins.
 */
import type { CacheStore } from '../cache/types.js';
import type { StepSpec } from '../jobspec/schema.js';

export function usesCache(step: Pick<StepSpec, 'cache' | 'run'>): boolean {
  return step.cache ?? step.run === undefined;
}

/** The store a step reads and writes, or null when its cache is off. */
export function stepCache(store: CacheStore | null, step: Pick<StepSpec, 'cache' | 'run'>): CacheStore | null {
  return usesCache(step) ? store : null;
}
