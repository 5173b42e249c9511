/**
 * The tokens a call is counted for before it is made (budgets, `tpm` pacing): its prompt plus the
 * provider's `max_tokens`, or this many for an answer when no `max_tokens` is set.
 */
export const EXPECTED_OUTPUT_TOKENS = 1000;

/** The fewest tokens any call to a provider is counted for: its answer's share alone. */
export function answerTokensOf(provider: { options?: { max_tokens?: number } }): number {
  return provider.options?.max_tokens ?? EXPECTED_OUTPUT_TOKENS;
}
