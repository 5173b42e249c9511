/**
 * The provider interface: small, shaped like the Vercel AI SDK's language models, so HTTP
 * providers, the offline `replay` provider and test fakes all fit behind it. A provider makes ONE
 * call; retries, timeouts, circuit breaking and failover live in src/resilience and src/routing.
 */
import type { Price } from '../jobspec/schema.js';
import type { Usage } from '../events/types.js';

export type { Usage };

/** Where a provider is set up: the folder relative paths resolve against, and the environment its key comes from. */
export interface ProviderSetup {
  /** Folder relative paths resolve against (the spec's folder). */
  baseDir: string;
  env: Record<string, string | undefined>;
  /** The run's secret redaction, for providers that compare with logged (redacted) text: strict replay. */
  redact?: (text: string) => string;
}

export interface CompletionRequest {
  stepId: string;
  system?: string;
  prompt: string;
  /** Aborted on timeout or cancellation; a provider must stop its work and reject promptly. */
  signal: AbortSignal;
  /** 1 for the first call of a step's attempt chain on this provider. */
  attempt: number;
  /** `output_schema`: ask for JSON matching this schema (natively where the provider can). */
  outputSchema?: Record<string, unknown>;
}

export interface CompletionResult {
  text: string;
  usage: Usage;
  /** 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown' */
  finishReason: string;
  /** The model that answered, as the server reports it (falls back to the configured model). */
  model: string;
}

export interface Provider {
  /** The name of the provider in the spec (`providers.NAME`). */
  readonly name: string;
  readonly type: string;
  readonly model: string;
  readonly price?: Price;
  readonly contextWindow?: number;
  /**
   * What makes this provider's answers what they are: type, model, base_url and every option that
   * changes output. Goes into cache keys. Never includes keys, timeouts or retries.
   */
  identity(): Record<string, unknown>;
  /** Cheap pre-flight check (a missing API key, an unreadable fixture); throws an OrchestratorError. */
  preflight?(): Promise<void>;
  /**
   * Loads what the first call would load (SDK modules), without a network call. A paced
   * provider is warmed before its first slot, so a call's slot is taken when it can really be
   * sent: a first call that spends 100 ms importing would reach the server late and squeeze the
   * gap to the next one below what the server's window allows.
   */
  warm?(): Promise<void>;
  complete(request: CompletionRequest): Promise<CompletionResult>;
}
