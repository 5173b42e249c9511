/** The `azure` provider type: not built yet (placeholder driver so the type checks). */
import { ProviderSetupError } from '../errors.js';
import type { CloudDriver } from './cloud.js';

function notBuilt(name: string): never {
  throw new ProviderSetupError(
    name,
    'E_PROVIDER_CONFIG',
    `provider ${name}: type azure is not available in this build`,
    'use another provider type',
  );
}

export const azureDriver: CloudDriver = {
  check: (ctx) => notBuilt(ctx.name),
  open: (ctx) => notBuilt(ctx.name),
};
