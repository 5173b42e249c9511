/**
 * What a run records at its start so that `--resume` keeps it: whether it ran without
 * the cache (`--no-cache` holds for every attempt of the run) and a hash of its input values (a
 * resume with other values re-renders every step instead of keeping results made with the old ones).
 */
import { viewEvents } from '../events/decode.js';
import type { OrchestratorEvent } from '../events/types.js';
import { sha256Json } from '../util/hash.js';

export interface RunSettings {
  /** The run started with --no-cache. */
  noCache: boolean;
  /** sha256 of the input values of the latest attempt, if recorded. */
  inputsSha256?: string;
}

/** The values recorded in job.started / job.resumed data. */
export function settingsData(
  noCache: boolean,
  inputs: Readonly<Record<string, string>>,
): { no_cache: boolean; inputs_sha256: string } {
  return { no_cache: noCache, inputs_sha256: inputsHash(inputs) };
}

export function inputsHash(inputs: Readonly<Record<string, string>>): string {
  return sha256Json(inputs);
}

/** Reads the earlier attempts' settings from their events. */
export function priorSettings(events: readonly OrchestratorEvent[]): RunSettings {
  let noCache = false;
  let inputsSha256: string | undefined;
  for (const e of viewEvents(events, ['job.started', 'job.resumed'], ['no_cache', 'inputs_sha256'])) {
    if (e.type === 'job.started' && e.data.no_cache === true) noCache = true;
    if (e.data.inputs_sha256 !== undefined) inputsSha256 = e.data.inputs_sha256;
  }
  return { noCache, inputsSha256 };
}
