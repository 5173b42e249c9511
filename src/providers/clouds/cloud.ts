/**
 * The cloud provider types (bedrock, vertex, azure, google): each is a driver that knows its
 * endpoint, its credentials (keys, the cloud's own credential chain, or a GitHub OIDC token
 * exchanged for a short-lived credential) and how to build the AI SDK models on them. The HTTP
 * provider (src/providers/http.ts) owns everything else: retries live in src/routing, the bounded
 * fetch, structured output, streaming, usage, error mapping.
 *
 * A driver is loaded lazily (the CLI's cold start and offline runs never import a cloud SDK) and
 * opened once per provider per run, so one exchanged credential serves every call of the run.
 */
import type { EmbeddingModel, LanguageModel } from 'ai';
import type { HttpProviderSpec } from '../../jobspec/schema.js';
import type { Env, SecretSink } from '../auth/oidc.js';

export type CloudType = 'bedrock' | 'vertex' | 'azure' | 'google';

export const CLOUD_TYPES: ReadonlySet<string> = new Set<CloudType>(['bedrock', 'vertex', 'azure', 'google']);

export function isCloudType(type: string): type is CloudType {
  return CLOUD_TYPES.has(type);
}

export interface CloudContext {
  /** The provider's name in the spec (`providers.NAME`), for messages. */
  name: string;
  spec: HttpProviderSpec;
  /** The model requests name (on azure the deployment when no model is given). */
  model: string;
  env: Env;
  /**
   * The bounded fetch (max_response_bytes): every request of the provider, token exchanges included, reads through it.
   */
  fetch: typeof fetch;
  /** Registers every credential the driver obtains (tokens, AWS secret and session) with the run's redactor. */
  addSecret: SecretSink;
}

/** One provider's open connection to its cloud: the models, on one shared credential. */
export interface CloudClient {
  /** Where requests go (for "cannot reach" messages): an origin or base URL, never a secret. */
  readonly endpoint: string;
  languageModel(): LanguageModel;
  /** Absent where the cloud type has no embeddings API wired. */
  embeddingModel?(model: string): EmbeddingModel;
}

export interface CloudDriver {
  /**
   * Everything that can be checked before a step runs, with no network call: required fields,
   * a key or credential present, an OIDC token source for `auth: oidc` (E_AUTH otherwise).
   * Throws ProviderSetupError.
   */
  check(ctx: CloudContext): void;
  /** Opens the client (imports the SDK; no network call until the first request). */
  open(ctx: CloudContext): Promise<CloudClient>;
}

/** The driver of a cloud type, imported on first use. */
export async function cloudDriver(type: CloudType): Promise<CloudDriver> {
  switch (type) {
    case 'bedrock':
      return (await import('./bedrock.js')).bedrockDriver;
    case 'vertex':
      return (await import('./vertex.js')).vertexDriver;
    case 'azure':
      return (await import('./azure.js')).azureDriver;
    case 'google':
      return (await import('./google.js')).googleDriver;
  }
}
