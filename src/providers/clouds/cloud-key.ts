/** The API key a keyed cloud provider reads from its variable, or E_API_KEY_MISSING saying where to get one. */
import { ProviderSetupError } from '../errors.js';
import type { CloudContext } from './cloud.js';

/** `where` completes the hint `export VAR=...`: where such a key comes from, and the other ways. */
export function requireCloudKey(ctx: CloudContext, keyEnv: string, where: string): string {
  const key = ctx.env[keyEnv];
  if (key === undefined || key.trim() === '')
    throw new ProviderSetupError(
      ctx.name,
      'E_API_KEY_MISSING',
      `provider ${ctx.name}: ${keyEnv} is not set`,
      `export ${keyEnv}=... ${where}`,
    );
  return key;
}
