/** HTTP providers (openai, anthropic, ollama, openai-compatible). Placeholder until the providers issue lands. */
import { UsageError } from '../util/errors.js';
import type { HttpProviderSpec } from '../spec/schema.js';
import type { Provider } from './types.js';
import type { ProviderContext } from './factory.js';

export function createHttpProvider(name: string, spec: HttpProviderSpec, _ctx: ProviderContext): Provider {
  throw new UsageError('E_PROVIDER_TYPE', `provider ${name}: type ${spec.type} is not available in this build`);
}
