/**
 * The provider interface: small, shaped like the Vercel AI SDK's language models, so HTTP
 * providers, the offline `replay` provider and test fakes all fit behind it. A provider makes ONE
 * call; retries, timeouts, circuit breaking and failover live in src/resilience and src/routing.
 */
import type { Price } from '../jobspec/schema.js';
import type { Usage } from '../events/types.js';
import type { BatchRecorder } from './batch/queue.js';

export type { Usage };

/** Where a provider is set up: the folder relative paths resolve against, and the environment its key comes from. */
export interface ProviderSetup {
  /** Folder relative paths resolve against (the spec's folder). */
  baseDir: string;
  env: Record<string, string | undefined>;
  /** The run's secret redaction, for providers that compare with logged (redacted) text: strict replay. */
  redact?: (text: string) => string;
  /** The run's record of batch submissions, for providers with `batch: true`. */
  batch?: BatchRecorder;
  /** Registers a credential obtained at run time (an OIDC token, an exchanged token) with the run's redactor. */
  addSecret?: (value: string) => void;
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
  /** A sampled step's sample index (0-based); absent for a step that is not sampled. */
  sample?: number;
  /** What of the request is stable from call to call, for providers that cache prompt prefixes. */
  promptCache?: PromptCacheHint;
  /**
   * Filled by a streaming provider as usage arrives (Anthropic's `message_start` and
   * `message_delta`), so a call cut off by its deadline or a cancel is charged what the provider
   * reported, not an estimate (docs/reference.md, "Prompt caching and cost").
   */
  partialUsage?: PartialUsage;
}

/** The usage a provider streamed before the call ended; absent until it reports any. */
export interface PartialUsage {
  usage?: Usage;
}

/**
 * Where a request's stable prefix ends. Prompts are assembled system, context, then the step's own
 * text, so the system prompt and the first `prefixChars` characters of the prompt (the context
 * block) repeat across a step's instances and samples; `group` names the step for providers that
 * route by a cache key (OpenAI's prompt_cache_key).
 */
export interface PromptCacheHint {
  prefixChars: number;
  group: string;
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
  /** Anthropic's prompt-cache lifetime when the provider asks for 1-hour entries: writes cost more. */
  readonly promptCacheTtl?: '5m' | '1h';
  /** A call may take this long whatever the step's timeout_s (batch mode: results arrive late). */
  readonly callTimeoutMs?: number;
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
  /**
   * Embeds texts with an embedding model (the `similar` check's metric embedding); absent where the provider has no
   * embeddings API.
   */
  embed?(request: EmbedRequest): Promise<EmbedResult>;
}

export interface EmbedRequest {
  /** The embedding model, e.g. text-embedding-3-small (not the provider's chat model). */
  model: string;
  values: string[];
  signal: AbortSignal;
}

export interface EmbedResult {
  /** One vector per value, in order. */
  embeddings: number[][];
  tokens: number;
}
