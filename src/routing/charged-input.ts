/**
 * The input a cut-off call is charged when its provider reported no usage before the cut
 * (docs/reference.md, "Prompt caching and cost"): the prompt counted with the model's tokenizer
 * (src/providers/tokenize.ts: exact for OpenAI models, o200k_base as an approximation for others),
 * the same count `plan --cost` makes. The 4-characters-a-token estimate stays for pacing and
 * budget reservations, which must not wait for a tokenizer to load.
 */
import { countTokens } from '../providers/tokenize.js';
import type { Provider } from '../providers/types.js';
import { estimatePromptTokens } from './strategy.js';

export async function chargedInputTokens(
  system: string | undefined,
  prompt: string,
  provider: Pick<Provider, 'model' | 'type'>,
): Promise<number> {
  try {
    return (await countTokens((system ?? '') + prompt, provider.model, provider.type)).tokens;
  } catch {
    // A tokenizer that cannot load (a trimmed bundle) still leaves the call charged.
    return estimatePromptTokens(system, prompt);
  }
}
