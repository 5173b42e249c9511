/**
 * Estimated work per step, for the shard planner. Before any run all we know is the prompt's
 * size, so an LLM step weighs a fixed per-call share (the answer, the round trip) plus its prompt
 * tokens and context budget; a command step weighs a few calls' worth. Given the durations of an
 * earlier run (`plan --from-run`), measured steps weigh their milliseconds and the others are
 * scaled into milliseconds by the median ms-per-estimate of the measured ones.
 */
import { needsOfSpec } from '../jobspec/dag.js';
import type { LoadedSpec } from '../jobspec/schema.js';
import type { WorkUnit } from './shards.js';
import { estimateTokens } from '../util/tokens.js';

/** Tokens a call costs beyond its prompt: its answer and round trip, in prompt-token terms. */
export const PER_CALL_TOKENS = 500;
/** What nothing tells about a command: a few calls' worth. */
export const COMMAND_TOKENS = 4 * PER_CALL_TOKENS;

export function estimateStepWeights(loaded: Pick<LoadedSpec, 'spec' | 'prompts'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, step] of Object.entries(loaded.spec.steps)) {
    if (step.run !== undefined) {
      out.set(id, COMMAND_TOKENS);
      continue;
    }
    const prompt = loaded.prompts[id] ?? step.prompt ?? '';
    const context = step.context ? step.context.max_tokens : 0;
    out.set(id, PER_CALL_TOKENS + estimateTokens(`${step.system ?? ''}${prompt}`) + context);
  }
  return out;
}

/**
 * Estimates turned into milliseconds with measured durations: `measured` maps a step id to its
 * duration in an earlier run when it did the work (cache miss); steps it lacks are scaled.
 */
export function weightsFromDurations(
  estimates: ReadonlyMap<string, number>,
  measured: ReadonlyMap<string, number>,
): Map<string, number> {
  const ratios = [...measured]
    .filter(([id, ms]) => estimates.has(id) && ms > 0)
    .map(([id, ms]) => ms / estimates.get(id)!)
    .sort((a, b) => a - b);
  if (ratios.length === 0) return new Map(estimates);
  const median = ratios[Math.floor(ratios.length / 2)]!;
  const out = new Map<string, number>();
  for (const [id, est] of estimates) {
    const ms = measured.get(id);
    out.set(id, ms !== undefined && ms > 0 ? ms : est * median);
  }
  return out;
}

/**
 * The spec's steps as work units, in spec order. A fanned-out step whose instances are known at
 * plan time (`instances`: step -> its instance ids, as the engine lists them) is one unit per
 * instance, each weighing what the step does once and needing what the step needs; a step that
 * needs it needs every instance.
 */
export function stepUnits(
  loaded: Pick<LoadedSpec, 'spec' | 'prompts'>,
  weights: ReadonlyMap<string, number> = estimateStepWeights(loaded),
  instances: Readonly<Record<string, readonly string[]>> = {},
): WorkUnit[] {
  const needs = needsOfSpec(loaded.spec);
  // An empty list has no unit to own: the step stays one (it runs, lists nothing, and succeeds).
  const split = (id: string): readonly string[] | undefined => (instances[id]?.length ? instances[id] : undefined);
  const expand = (ids: readonly string[]): string[] => ids.flatMap((d) => split(d) ?? [d]);
  return Object.keys(loaded.spec.steps).flatMap((id) => {
    const weight = weights.get(id) ?? PER_CALL_TOKENS;
    const own = expand(needs[id] ?? []);
    return (split(id) ?? [id]).map((unit) => ({ id: unit, weight, needs: own }));
  });
}
