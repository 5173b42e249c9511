/**
 * Whether this run has credentials: not on a pull request from a fork (GitHub gives it no secrets
 * and no OIDC token), nor with the input `credentials: none`. Such a run makes no call that needs
 * them (docs/reference.md, "Runs without credentials"); it is not an error.
 */
import type { RunJobOptions } from '../engine/types.js';
import type { RunContext } from './context.js';
import type { ActionInputs } from './inputs.js';
import type { CoreLike } from './core-like.js';

export function credentialsOptions(
  core: Pick<CoreLike, 'notice'>,
  inputs: Pick<ActionInputs, 'credentials' | 'failOnUnmeasured'>,
  ctx: Pick<RunContext, 'fromFork'>,
): Pick<RunJobOptions, 'withoutCredentials' | 'failOnUnmeasured'> {
  const without = inputs.credentials === 'none' || ctx.fromFork === true;
  if (without)
    core.notice(
      `${ctx.fromFork ? 'A pull request from a fork has no secrets and no OIDC token' : 'credentials: none'}:` +
        ` cached steps are served, steps that need a model call are skipped ` +
        `(needs_credentials)${inputs.failOnUnmeasured ? ' and fail the run (fail-on-unmeasured)' : ''}`,
      { title: 'orchestrator: no credentials' },
    );
  return {
    ...(without ? { withoutCredentials: true } : {}),
    ...(inputs.failOnUnmeasured ? { failOnUnmeasured: true } : {}),
  };
}
