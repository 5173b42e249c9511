/** Builds a Provider from its spec entry. HTTP providers load their SDK lazily (cold start). */
import { specRoot } from '../util/confined-read.js';
import { resolve } from 'node:path';
import type { ProviderSpec } from '../jobspec/schema.js';
import { ReplayProvider } from './replay.js';
import type { Provider, ProviderSetup } from './types.js';
import { createHttpProvider } from './http.js';

export function createProvider(name: string, spec: ProviderSpec, ctx: ProviderSetup): Provider {
  if (spec.type === 'replay')
    return new ReplayProvider(name, spec, resolve(ctx.baseDir, spec.responses), specRoot(ctx.baseDir, ctx.env), {
      strict: replayStrict(spec.strict, ctx.env),
      redact: ctx.redact,
    });
  return createHttpProvider(name, spec, ctx);
}

/**
 * `strict: true` on a replay provider, unless ORCHESTRATOR_REPLAY_STRICT=off (or 0, false): the
 * way to run with stale fixtures on purpose, e.g. to re-record them (docs/reference.md).
 */
export function replayStrict(strict: boolean | undefined, env: Record<string, string | undefined>): boolean {
  const override = env.ORCHESTRATOR_REPLAY_STRICT?.trim().toLowerCase();
  if (override && ['off', '0', 'false', 'no'].includes(override)) return false;
  return strict ?? false;
}
