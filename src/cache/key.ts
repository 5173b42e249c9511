/**
 * Cache keys: sha256 over the canonical JSON of everything that determines a step's result and
 * nothing else (docs/reference.md section 5). The rendered prompt embeds upstream outputs, so keys
 * chain like a content-addressed build: a changed upstream step whose output came out the same
 * leaves its dependents' keys unchanged. Not in a key: job id, time, concurrency, retries,
 * timeouts, API keys. __tests__/fixtures/cache-key-vectors.json pins keys across releases.
 */
import { sha256Json } from '../util/hash.js';
import type { OutputSpec } from '../jobspec/schema.js';

/** Bump when the meaning of a cached record changes; old entries then miss instead of lying. */
export const CACHE_FORMAT = 1;

export interface LlmKeyInput {
  code_version: string;
  step_id: string;
  /** Provider identity (type, model, base_url, options) or, for a route, its candidates in order. */
  provider: unknown;
  system?: string;
  /** The fully rendered prompt, context included. */
  prompt: string;
  outputs: OutputSpec[];
  /** A fan-out instance's item (step_id is then its step's id, so a KEY by index never moves a key). */
  item?: unknown;
  /** `output_schema`: the JSON Schema the answer is asked for and checked against. */
  output_schema?: Record<string, unknown>;
  /** A sampled step's sample index: 0 (or absent) keeps the unsampled key; k > 0 joins the key. */
  sample?: number;
}

export interface CommandKeyInput {
  code_version: string;
  step_id: string;
  run: string;
  /** Declared input files with their content hashes (missing files hash as null). */
  reads: Array<{ path: string; sha256: string | null }>;
  outputs: OutputSpec[];
  /** A fan-out instance's item. */
  item?: unknown;
  /** `cache: true` steps only (docs/reference.md: Cache control per step); absent fields leave 2.0 keys unchanged. */
  files?: Array<{ path: string; sha256: string }>;
  env?: Record<string, string | null>;
  /** The job's input values: commands see them as ORCHESTRATOR_INPUT_* variables. */
  inputs?: Record<string, string>;
  /** The values a templated `run` passes to the command (variable name -> value); absent without templates. */
  values?: Record<string, string>;
}

function outputsForKey(outputs: OutputSpec[]): Array<{ path: string; extract: string }> {
  return outputs.map((o) => ({ path: o.path, extract: o.extract }));
}

export function llmCacheKey(k: LlmKeyInput): string {
  return sha256Json({
    format: CACHE_FORMAT,
    kind: 'llm',
    code_version: k.code_version,
    step_id: k.step_id,
    provider: k.provider,
    system: k.system ?? null,
    prompt: k.prompt,
    outputs: outputsForKey(k.outputs),
    // Absent unless used, so the keys of 2.0 specs stay what they were.
    ...(k.item !== undefined ? { item: k.item } : {}),
    ...(k.output_schema !== undefined ? { output_schema: k.output_schema } : {}),
    ...(k.sample !== undefined && k.sample > 0 ? { sample: k.sample } : {}),
  });
}

export function commandCacheKey(k: CommandKeyInput): string {
  return sha256Json({
    format: CACHE_FORMAT,
    kind: 'command',
    code_version: k.code_version,
    step_id: k.step_id,
    run: k.run,
    reads: k.reads,
    outputs: outputsForKey(k.outputs),
    ...(k.item !== undefined ? { item: k.item } : {}),
    ...(k.files ? { files: k.files } : {}),
    ...(k.env ? { env: k.env } : {}),
    ...(k.inputs ? { inputs: k.inputs } : {}),
    ...(k.values ? { values: k.values } : {}),
  });
}
