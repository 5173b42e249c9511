/**
 * A run without credentials (a pull request from a fork, or `credentials: none`): a call that
 * would need a key or a token is not made. The step is skipped `needs_credentials` (after its
 * cache lookup, so a step the base branch's cache holds is still served at $0) and so are the
 * steps that need it (docs/reference.md, "Runs without credentials").
 */
import { OrchestratorError } from '../util/errors.js';
import type { Provider } from '../providers/types.js';

export const NEEDS_CREDENTIALS = 'needs_credentials';

/** The offline provider answers from a file: it needs nothing. Every other provider needs a key or a token. */
export function needsCredentials(p: Pick<Provider, 'type'>): boolean {
  return p.type !== 'replay';
}

export class NeedsCredentialsError extends OrchestratorError {
  constructor(
    stepId: string,
    readonly providers: string[],
  ) {
    super(
      'E_NEEDS_CREDENTIALS',
      `step ${stepId} needs a call to ${providers.join(', ')}, and this run has no credentials`,
      {
        hint: 'a run with credentials (a push, or a pull request from a branch of this repository) executes it',
      },
    );
  }
}

/** The providers a credential-less run may not call among `candidates`; throws when none is left. */
export function credentialExclusions(stepId: string, candidates: Provider[]): string[] {
  const blocked = candidates.filter(needsCredentials).map((p) => p.name);
  if (blocked.length === candidates.length) throw new NeedsCredentialsError(stepId, blocked);
  return blocked;
}
