/** Adding up provider usage: one place, so the prompt-cache parts are never dropped on the way. */
import type { Usage } from './types.js';

/** Adds `add` into `into` (mutates it); cache parts appear only when a call reported them. */
export function addUsage(into: Usage, add: Usage | undefined): Usage {
  if (!add) return into;
  into.input_tokens += add.input_tokens;
  into.output_tokens += add.output_tokens;
  if (add.cached_input_tokens) into.cached_input_tokens = (into.cached_input_tokens ?? 0) + add.cached_input_tokens;
  if (add.cache_write_tokens) into.cache_write_tokens = (into.cache_write_tokens ?? 0) + add.cache_write_tokens;
  return into;
}
