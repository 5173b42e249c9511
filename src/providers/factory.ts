/** Builds a Provider from its spec entry. HTTP providers load their SDK lazily (cold start). */
import { specRoot } from '../util/confined-read.js';
import { resolve } from 'node:path';
import type { ProviderSpec } from '../jobspec/schema.js';
import { ReplayProvider } from './replay.js';
import type { Provider, ProviderSetup } from './types.js';
import { createHttpProvider } from './http.js';

export function createProvider(name: string, spec: ProviderSpec, ctx: ProviderSetup): Provider {
  if (spec.type === 'replay')
    return new ReplayProvider(name, spec, resolve(ctx.baseDir, spec.responses), specRoot(ctx.baseDir, ctx.env));
  return createHttpProvider(name, spec, ctx);
}
