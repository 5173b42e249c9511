/**
 * HTTP providers (openai, anthropic, ollama, openai-compatible) on the Vercel AI SDK. One call per
 * complete(): SDK retries are off (maxRetries: 0) because src/routing/pool.ts owns the one retry
 * loop. The SDK modules are imported on the first call, so the CLI's cold start and offline runs
 * (replay) never load them, and keep working on Node versions the SDK does not support.
 *
 * Ollama uses its native /api/chat through `ollama-ai-provider-v2` (a LanguageModelV4 provider
 * that works with ai@7).
 */
import type { EmbeddingModel, LanguageModel, LanguageModelUsage, ModelMessage, SystemModelMessage } from 'ai';
import { anthropicBreakpoints, bedrockCachePoint, cacheControl, isBedrockAnthropicModel } from './prompt-cache.js';
import { BatchClient } from './batch/client.js';
import { BatchQueue } from './batch/queue.js';
import { requestBody } from './batch/wire.js';
import { sha256 } from '../util/hash.js';

/** How long a run waits for batch results when the provider does not say (batch_wait_s). */
export const DEFAULT_BATCH_WAIT_S = 3600;

function halfPrice(p: Price | undefined): Price | undefined {
  if (!p) return undefined;
  const half = (n: number | undefined) => (n === undefined ? undefined : n / 2);
  return {
    input_per_mtok: p.input_per_mtok / 2,
    output_per_mtok: p.output_per_mtok / 2,
    ...(p.cache_read_per_mtok !== undefined ? { cache_read_per_mtok: half(p.cache_read_per_mtok) } : {}),
    ...(p.cache_write_per_mtok !== undefined ? { cache_write_per_mtok: half(p.cache_write_per_mtok) } : {}),
  };
}
import type { HttpProviderSpec, Price } from '../jobspec/schema.js';
import type {
  CompletionRequest,
  CompletionResult,
  EmbedRequest,
  EmbedResult,
  Provider,
  ProviderSetup,
  Usage,
} from './types.js';
import { ProviderError } from '../util/errors.js';
import { ProviderSetupError, toProviderError, type ErrorContext } from './errors.js';
import { priceOf } from './prices.js';
import { boundedFetch, DEFAULT_MAX_RESPONSE_BYTES } from './bounded-fetch.js';
import { apiKeyEnvOf } from './secrets.js';
import { oidcFetch, checkOidcAuth, OIDC_PLACEHOLDER_KEY } from './auth/provider-auth.js';
import { jsonTextOutput, withJsonInstruction } from './structured.js';
import { modelOf } from './model-of.js';
import { cloudDriver, isCloudType, type CloudClient, type CloudContext } from './clouds/cloud.js';
import { noteStreamUsage } from './stream-usage.js';

/** Where each type talks to when the spec gives no base_url. */
export const DEFAULT_BASE_URLS: Record<HttpProviderSpec['type'], string | undefined> = {
  openai: 'https://api.openai.com/v1',
  anthropic: 'https://api.anthropic.com/v1',
  ollama: 'http://127.0.0.1:11434',
  'openai-compatible': undefined,
  // The cloud types derive their endpoint from their own fields (region, project, resource).
  bedrock: undefined,
  vertex: undefined,
  azure: undefined,
  google: 'https://generativelanguage.googleapis.com/v1beta',
};

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** Ollama's native API lives under /api; users write the server's origin (`http://host:11434`). */
function ollamaApiBase(url: string): string {
  const u = trimSlash(url);
  return u.endsWith('/api') ? u : `${u}/api`;
}

export class HttpProvider implements Provider {
  readonly type: HttpProviderSpec['type'];
  readonly model: string;
  readonly price?: Price;
  readonly contextWindow?: number;
  readonly promptCacheTtl?: '5m' | '1h';
  readonly callTimeoutMs?: number;
  private readonly promptCaching: boolean;
  private batchQueue?: BatchQueue;
  private readonly keyEnv?: string;
  private readonly baseUrl?: string;
  private languageModel?: Promise<LanguageModel>;
  private authFetch?: typeof fetch;
  private cloudClient?: Promise<CloudClient>;
  private cloudEndpoint?: string;

  constructor(
    readonly name: string,
    private readonly spec: HttpProviderSpec,
    private readonly ctx: ProviderSetup,
  ) {
    this.type = spec.type;
    this.model = modelOf(spec);
    // Batch APIs bill every rate, cache rates included, at half price.
    this.price = spec.batch ? halfPrice(priceOf(spec)) : priceOf(spec);
    if (spec.batch) this.callTimeoutMs = (spec.batch_wait_s ?? DEFAULT_BATCH_WAIT_S) * 1000 + 60_000;
    this.contextWindow = spec.context_window;
    this.promptCaching = spec.prompt_cache !== false;
    if (typeof spec.prompt_cache === 'object' && spec.prompt_cache.ttl) this.promptCacheTtl = spec.prompt_cache.ttl;
    this.keyEnv = apiKeyEnvOf(spec);
    const base = spec.base_url ?? DEFAULT_BASE_URLS[spec.type];
    this.baseUrl = base === undefined ? undefined : trimSlash(base);
  }

  identity(): Record<string, unknown> {
    const id: Record<string, unknown> = { type: this.type, model: this.model };
    if (this.spec.base_url) id.base_url = trimSlash(this.spec.base_url);
    if (this.type === 'openai') id.api = this.spec.api ?? 'chat';
    if (this.spec.type === 'azure') {
      id.deployment = this.spec.deployment;
      if (this.spec.resource) id.resource = this.spec.resource;
    }
    if (this.spec.options && Object.keys(this.spec.options).length > 0) id.options = this.spec.options;
    return id;
  }

  async preflight(): Promise<void> {
    if (isCloudType(this.type)) {
      (await cloudDriver(this.type)).check(this.cloudContext());
      return;
    }
    this.setup();
    if (this.spec.auth) checkOidcAuth(this.name, this.type, this.spec.auth, this.ctx.env);
  }

  async warm(): Promise<void> {
    await this.load();
    await import('ai');
    // Node loads fetch's HTTP client (undici) on first use, ~100 ms: a data: URL loads it with no network.
    await fetch('data:,')
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
  }

  /** Embeddings through the AI SDK's embedMany (docs/reference.md, `similar` with metric embedding). */
  async embed(request: EmbedRequest): Promise<EmbedResult> {
    try {
      const { embedMany } = await import('ai');
      const model = await this.embeddingModel(request.model);
      const r = await embedMany({ model, values: request.values, maxRetries: 0, abortSignal: request.signal });
      return { embeddings: r.embeddings.map((e) => [...e]), tokens: r.usage.tokens };
    } catch (e) {
      if (request.signal.aborted) throw request.signal.reason;
      if (e instanceof ProviderSetupError || e instanceof ProviderError) throw e;
      throw toProviderError(e, this.errorContext());
    }
  }

  private async embeddingModel(id: string): Promise<EmbeddingModel> {
    if (isCloudType(this.type)) {
      const client = await this.cloud();
      if (!client.embeddingModel) {
        const { embeddingModelFor } = await import('./embeddings.js');
        // Refuses with the list of types that have embeddings.
        return embeddingModelFor(this.type, id, { name: this.name, baseUrl: client.endpoint, fetch: this.fetch() });
      }
      return client.embeddingModel(id);
    }
    const { apiKey, baseUrl } = this.setup();
    const { embeddingModelFor } = await import('./embeddings.js');
    return embeddingModelFor(this.type, id, {
      name: this.name,
      apiKey,
      baseUrl: this.type === 'ollama' ? ollamaApiBase(baseUrl) : baseUrl,
      fetch: this.fetch(),
    });
  }

  /** What a cloud driver sees of this provider. */
  private cloudContext(): CloudContext {
    return {
      name: this.name,
      spec: this.spec,
      model: this.model,
      env: this.ctx.env,
      fetch: boundedFetch(this.name, this.spec.max_response_bytes ?? DEFAULT_MAX_RESPONSE_BYTES),
      addSecret: this.ctx.addSecret ?? (() => undefined),
    };
  }

  /** The cloud client of this provider, opened once per run (one credential for every call). */
  private cloud(): Promise<CloudClient> {
    if (!isCloudType(this.type)) throw new Error(`not a cloud type: ${this.type}`);
    const type = this.type;
    this.cloudClient ??= (async () => {
      const driver = await cloudDriver(type);
      const ctx = this.cloudContext();
      driver.check(ctx);
      const client = await driver.open(ctx);
      this.cloudEndpoint = client.endpoint;
      return client;
    })().catch((e: unknown) => {
      this.cloudClient = undefined; // a failed import or setup is retried on the next call
      throw e;
    });
    return this.cloudClient;
  }

  /** Checks what can be checked without a network call; returns the key (if any) and base URL. */
  private setup(): { apiKey?: string; baseUrl: string } {
    if (!this.baseUrl) {
      throw new ProviderSetupError(
        this.name,
        'E_PROVIDER_CONFIG',
        `provider ${this.name}: type ${this.type} needs base_url`,
        "set base_url to the server's OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1",
      );
    }
    let apiKey: string | undefined;
    // Keyless: the SDK gets a placeholder that the fetch wrapper replaces by the exchanged bearer.
    if (this.spec.auth) {
      checkOidcAuth(this.name, this.type, this.spec.auth, this.ctx.env);
      return { apiKey: OIDC_PLACEHOLDER_KEY, baseUrl: this.baseUrl };
    }
    if (this.keyEnv) {
      apiKey = this.ctx.env[this.keyEnv];
      if (apiKey === undefined || apiKey.trim() === '') {
        throw new ProviderSetupError(
          this.name,
          'E_API_KEY_MISSING',
          `provider ${this.name}: ${this.keyEnv} is not set`,
          `export ${this.keyEnv}=... or set api_key_env`,
        );
      }
    }
    return { apiKey, baseUrl: this.baseUrl };
  }

  private errorContext(): ErrorContext {
    return {
      provider: this.name,
      type: this.type,
      baseUrl: this.cloudEndpoint ?? this.baseUrl ?? '(no base_url)',
      ...(this.spec.auth ? { oidc: true } : { keyEnv: this.keyEnv }),
      model: this.model,
      ...(this.spec.type === 'azure' ? { deployment: this.spec.deployment } : {}),
    };
  }

  private load(): Promise<LanguageModel> {
    this.languageModel ??= this.build().catch((e: unknown) => {
      this.languageModel = undefined; // a failed import or setup is retried on the next call
      throw e;
    });
    return this.languageModel;
  }

  private async build(): Promise<LanguageModel> {
    if (isCloudType(this.type)) return (await this.cloud()).languageModel();
    const { apiKey, baseUrl } = this.setup();
    switch (this.type) {
      case 'openai': {
        const { createOpenAI } = await import('@ai-sdk/openai');
        const openai = createOpenAI({ apiKey, baseURL: baseUrl, fetch: this.fetch() });
        return this.spec.api === 'responses' ? openai.responses(this.model) : openai.chat(this.model);
      }
      case 'anthropic': {
        const { createAnthropic } = await import('@ai-sdk/anthropic');
        return createAnthropic({ apiKey, baseURL: baseUrl, fetch: this.fetch() }).languageModel(this.model);
      }
      case 'openai-compatible': {
        const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
        return createOpenAICompatible({
          name: this.name,
          baseURL: baseUrl,
          apiKey,
          includeUsage: true,
          fetch: this.fetch(),
        }).chatModel(this.model);
      }
      case 'ollama': {
        const { createOllama } = await import('ollama-ai-provider-v2');
        const headers = apiKey ? { Authorization: `Bearer ${apiKey}` } : undefined;
        return createOllama({ baseURL: ollamaApiBase(baseUrl), headers, fetch: this.fetch() }).chat(this.model);
      }
    }
  }

  /** Every SDK call reads answers through this: at most max_response_bytes, decompressed. */
  private fetch(): typeof fetch {
    const bounded = boundedFetch(this.name, this.spec.max_response_bytes ?? DEFAULT_MAX_RESPONSE_BYTES);
    if (!this.spec.auth || !this.baseUrl) return bounded;
    // One credential per provider for the run: every SDK client of this provider shares it.
    this.authFetch ??= oidcFetch({
      provider: this.name,
      type: this.type,
      auth: this.spec.auth,
      baseUrl: this.baseUrl,
      env: this.ctx.env,
      fetch: bounded,
      addSecret: this.ctx.addSecret ?? (() => undefined),
    });
    return this.authFetch;
  }

  /** The spec's options in the SDK's terms. Ollama's /api/chat reads them from `options` only. */
  private callOptions(): Record<string, unknown> {
    const o = this.spec.options ?? {};
    if (this.type === 'ollama') {
      const options = {
        temperature: o.temperature,
        top_p: o.top_p,
        seed: o.seed,
        stop: o.stop,
        num_predict: o.max_tokens,
      };
      const set = Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
      return Object.keys(set).length ? { providerOptions: { ollama: { options: set } } } : {};
    }
    return {
      temperature: o.temperature,
      maxOutputTokens: o.max_tokens,
      topP: o.top_p,
      seed: o.seed,
      stopSequences: o.stop,
    };
  }

  /**
   * Provider options for native structured output, merged with the call's own: Anthropic (and
   * Bedrock) answer through a forced `json` tool (works on every Claude model; the beta output format does not);
   * OpenAI takes the user's schema as given (strict mode would refuse schemas without
   * additionalProperties: false, and the engine validates anyway).
   */
  private structuredOptions(options: Record<string, unknown>): Record<string, unknown> {
    const base = (options.providerOptions ?? {}) as Record<string, Record<string, unknown>>;
    if (this.type === 'anthropic')
      return { providerOptions: { ...base, anthropic: { ...base.anthropic, structuredOutputMode: 'jsonTool' } } };
    if (this.type === 'openai' || this.type === 'azure')
      return { providerOptions: { ...base, openai: { ...base.openai, strictJsonSchema: false } } };
    if (this.type === 'bedrock')
      return { providerOptions: { ...base, bedrock: { ...base.bedrock, structuredOutputMode: 'jsonTool' } } };
    return {};
  }

  /**
   * Some SDK stream parsers end quietly on a body they cannot read (no error, no finish chunk):
   * an empty answer without a finish reason is an unreadable answer, and a cut-off one a
   * dropped connection (worth a retry).
   */
  private checkStreamEnded(text: string, finishReason: string): void {
    if (['stop', 'length', 'content-filter', 'tool-calls'].includes(finishReason)) return;
    if (text === '') {
      throw new ProviderError(
        'E_BAD_RESPONSE',
        this.name,
        `provider ${this.name}: unreadable answer from ${this.cloudEndpoint ?? this.baseUrl}: the stream ` +
          `ended without an answer (finish reason ${finishReason})`,
        {
          retryable: false,
          hint: 'is base_url pointing at the right API (and path, e.g. /v1)?',
        },
      );
    }
    if (finishReason === 'interrupted') {
      throw new ProviderError(
        'E_CONNECTION',
        this.name,
        `provider ${this.name}: the answer stream from ${this.cloudEndpoint ?? this.baseUrl} was cut off`,
        { retryable: true },
      );
    }
  }

  /**
   * The request's text in the SDK's terms. Anthropic gets content blocks with cache breakpoints
   * after the system prompt and after the context block (src/providers/prompt-cache.ts); every
   * other provider, and Anthropic without a prefix worth caching, the plain system + prompt.
   */
  private promptOf(
    system: string | undefined,
    request: CompletionRequest,
  ): { system?: string; prompt: string } | { instructions?: SystemModelMessage; messages: ModelMessage[] } {
    const claudeOnBedrock = this.type === 'bedrock' && isBedrockAnthropicModel(this.model);
    if ((this.type !== 'anthropic' && !claudeOnBedrock) || !this.promptCaching)
      return { system, prompt: request.prompt };
    const marks = anthropicBreakpoints(this.model, system, request.prompt, request.promptCache);
    if (!marks.system && !marks.context) return { system, prompt: request.prompt };
    // Bedrock's Converse API marks the same places with a cachePoint block after the content.
    const mark: NonNullable<SystemModelMessage['providerOptions']> = claudeOnBedrock
      ? { bedrock: { cachePoint: bedrockCachePoint(this.promptCacheTtl) } }
      : { anthropic: { cacheControl: cacheControl(this.promptCacheTtl) } };
    const messages: ModelMessage[] = [];
    const instructions: SystemModelMessage | undefined =
      system === undefined
        ? undefined
        : { role: 'system', content: system, ...(marks.system ? { providerOptions: mark } : {}) };
    const cut = marks.context ? request.promptCache!.prefixChars : 0;
    const parts: Array<{ type: 'text'; text: string; providerOptions?: typeof mark }> = [];
    if (cut > 0) parts.push({ type: 'text', text: request.prompt.slice(0, cut), providerOptions: mark });
    if (request.prompt.length > cut) parts.push({ type: 'text', text: request.prompt.slice(cut) });
    messages.push({ role: 'user', content: parts });
    return { ...(instructions ? { instructions } : {}), messages };
  }

  /** OpenAI (and Azure OpenAI) route a step's requests to one prompt cache by a stable key. */
  private withPromptCacheKey(options: Record<string, unknown>, request: CompletionRequest): Record<string, unknown> {
    // The azure SDK reads the chat options under `openai` (and `azure`) alike.
    if ((this.type !== 'openai' && this.type !== 'azure') || !this.promptCaching || !request.promptCache)
      return options;
    const base = (options.providerOptions ?? {}) as Record<string, Record<string, unknown>>;
    return {
      ...options,
      providerOptions: { ...base, openai: { ...base.openai, promptCacheKey: request.promptCache.group.slice(0, 64) } },
    };
  }

  /** The batch queue of this provider (one per run), created on its first call. */
  private queue(): BatchQueue {
    if (this.batchQueue) return this.batchQueue;
    if (this.type !== 'openai' && this.type !== 'anthropic') {
      throw new ProviderSetupError(
        this.name,
        'E_PROVIDER_CONFIG',
        `provider ${this.name}: batch: true needs type openai or anthropic`,
        'remove batch: true',
      );
    }
    const recorder = this.ctx.batch;
    if (!recorder)
      throw new ProviderSetupError(
        this.name,
        'E_PROVIDER_CONFIG',
        `provider ${this.name}: batch mode runs inside a job run`,
        'run it with orchestrator run',
      );
    const { apiKey, baseUrl } = this.setup();
    const client = new BatchClient({
      api: this.type,
      provider: this.name,
      model: this.model,
      baseUrl,
      apiKey,
      fetch: this.fetch(),
    });
    this.batchQueue = new BatchQueue(
      this.name,
      client,
      recorder,
      (this.spec.batch_wait_s ?? DEFAULT_BATCH_WAIT_S) * 1000,
    );
    return this.batchQueue;
  }

  /**
   * One call through the provider's batch API: the request in the API's own format, under a deterministic custom id.
   */
  private async batchComplete(request: CompletionRequest): Promise<CompletionResult> {
    const queue = this.queue();
    const system =
      request.outputSchema !== undefined ? withJsonInstruction(request.system, request.outputSchema) : request.system;
    const o = this.spec.options ?? {};
    const api = this.type === 'anthropic' ? 'anthropic' : 'openai';
    const marks =
      api === 'anthropic' && this.promptCaching
        ? anthropicBreakpoints(this.model, system, request.prompt, request.promptCache)
        : undefined;
    const body = requestBody(api, system, request, {
      model: this.model,
      temperature: o.temperature,
      maxTokens: o.max_tokens,
      topP: o.top_p,
      stop: o.stop,
      ...(marks && (marks.system || marks.context) ? { cacheControl: { ...marks, ttl: this.promptCacheTtl } } : {}),
      ...(api === 'openai' && this.promptCaching && request.promptCache
        ? { promptCacheKey: request.promptCache.group.slice(0, 64) }
        : {}),
    });
    // Same step, request and attempt -> same id, across processes: what a resume re-attaches by.
    const customId = `o${sha256(`${request.stepId}\0${request.attempt}\0${JSON.stringify(body)}`).slice(0, 40)}`;
    return queue.call(customId, body, request.signal);
  }

  async complete(request: CompletionRequest): Promise<CompletionResult> {
    if (this.spec.batch) {
      try {
        return await this.batchComplete(request);
      } catch (e) {
        if (request.signal.aborted) throw request.signal.reason;
        throw e;
      }
    }
    try {
      const model = await this.load();
      const { generateText, streamText } = await import('ai');
      // The SDK prints compatibility warnings to the console; our stderr belongs to the progress
      // display. A user who wants them sets AI_SDK_LOG_WARNINGS themselves.
      const g = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
      g.AI_SDK_LOG_WARNINGS ??= false;
      const schema = request.outputSchema;
      const native = schema !== undefined && this.type !== 'openai-compatible';
      const options = this.withPromptCacheKey(this.callOptions(), request);
      const system = schema !== undefined && !native ? withJsonInstruction(request.system, schema) : request.system;
      const call = {
        model,
        ...this.promptOf(system, request),
        maxRetries: 0,
        abortSignal: request.signal,
        ...options,
        ...(native ? { output: jsonTextOutput(schema), ...this.structuredOptions(options) } : {}),
      };
      if (this.spec.stream) {
        let streamError: unknown;
        const sink = request.partialUsage;
        const r = streamText({
          ...call,
          onError: ({ error }) => {
            streamError ??= error;
          },
          // Usage the provider streams before the end (Anthropic's message_start): what a cut-off call is charged.
          ...(sink
            ? {
                includeRawChunks: true,
                onChunk: ({ chunk }) => {
                  if (chunk.type === 'raw') noteStreamUsage(sink, chunk.rawValue);
                },
              }
            : {}),
        });
        // Consuming the text stream drives the request; errors arrive through onError.
        let text = '';
        for await (const piece of r.textStream) text += piece;
        if (streamError !== undefined) throw streamError;
        const [usage, finishReason, response] = await Promise.all([r.usage, r.finishReason, r.response]);
        if (native) text = (await Promise.resolve(r.output).catch(() => undefined)) ?? text;
        this.checkStreamEnded(text, finishReason);
        return { text, usage: toUsage(usage), finishReason, model: response.modelId || this.model };
      }
      const r = await generateText(call);
      // A forced-tool answer (Anthropic) comes back as the structured output, not as text.
      let text = r.text;
      if (native) {
        try {
          text = r.output ?? text;
        } catch {
          /* no structured output: the text is judged as it is */
        }
      }
      return { text, usage: toUsage(r.usage), finishReason: r.finishReason, model: r.response.modelId || this.model };
    } catch (e) {
      // Our own abort (timeout or cancel): the caller knows why; hand back its reason untouched.
      if (request.signal.aborted) throw request.signal.reason;
      if (e instanceof ProviderSetupError) throw e;
      throw toProviderError(e, this.errorContext());
    }
  }
}

/** The SDK's usage in ours: input_tokens counts every input token, the cache parts included. */
function toUsage(u: LanguageModelUsage): Usage {
  const usage: Usage = { input_tokens: u.inputTokens ?? 0, output_tokens: u.outputTokens ?? 0 };
  const read = u.inputTokenDetails?.cacheReadTokens ?? 0;
  const write = u.inputTokenDetails?.cacheWriteTokens ?? 0;
  if (read > 0) usage.cached_input_tokens = read;
  if (write > 0) usage.cache_write_tokens = write;
  return usage;
}

export function createHttpProvider(name: string, spec: HttpProviderSpec, ctx: ProviderSetup): Provider {
  return new HttpProvider(name, spec, ctx);
}
