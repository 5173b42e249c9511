/**
 * The two batch APIs on the wire: what a submission sends, how a batch's state is read, and how a
 * result line becomes a completion. Plain HTTP on the bounded fetch, because the AI SDK's batch
 * helpers do not send OpenAI batch `metadata`, which is how a run finds a batch it submitted but
 * was killed before recording (docs/reference.md, "Batch mode").
 *
 * - OpenAI Batch (https://platform.openai.com/docs/api-reference/batch): upload a JSONL file
 *   (`POST /v1/files`, purpose `batch`), one line `{custom_id, method: "POST", url:
 *   "/v1/chat/completions", body}` per call, then `POST /v1/batches` with `input_file_id`,
 *   `endpoint`, `completion_window: "24h"` and `metadata`; `GET /v1/batches/ID` until `completed`
 *   (or `failed`, `expired`, `cancelled`); results in `output_file_id` and `error_file_id`
 *   (`GET /v1/files/ID/content`), lines in any order, matched by `custom_id`.
 * - Anthropic Message Batches (https://docs.anthropic.com/en/api/creating-message-batches):
 *   `POST /v1/messages/batches` with `requests: [{custom_id, params}]` (custom_id
 *   `^[A-Za-z0-9_-]{1,64}$`); `GET /v1/messages/batches/ID` until `processing_status: "ended"`;
 *   results as JSONL at `results_url`, each `{custom_id, result: {type: succeeded | errored |
 *   canceled | expired, message?, error?}}`.
 */
import type { CompletionRequest, CompletionResult, Usage } from '../types.js';
import { ProviderError } from '../../util/errors.js';

export type BatchApi = 'openai' | 'anthropic';

/** What a batch provider needs to turn a request into the API's own body. */
export interface BodyOptions {
  model: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  stop?: string[];
  /** Anthropic: a cache breakpoint after the system prompt / the context block. */
  cacheControl?: { system: boolean; context: boolean; ttl?: '5m' | '1h' };
  /** OpenAI: the step's prompt_cache_key. */
  promptCacheKey?: string;
}

/** Anthropic needs max_tokens on every request; the Messages API has no default. */
const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096;

export function requestBody(
  api: BatchApi,
  system: string | undefined,
  request: CompletionRequest,
  o: BodyOptions,
): Record<string, unknown> {
  if (api === 'openai') {
    const messages = [
      ...(system !== undefined ? [{ role: 'system', content: system }] : []),
      { role: 'user', content: request.prompt },
    ];
    return {
      model: o.model,
      messages,
      ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
      ...(o.maxTokens !== undefined ? { max_completion_tokens: o.maxTokens } : {}),
      ...(o.topP !== undefined ? { top_p: o.topP } : {}),
      ...(o.stop ? { stop: o.stop } : {}),
      ...(o.promptCacheKey ? { prompt_cache_key: o.promptCacheKey } : {}),
    };
  }
  const mark = o.cacheControl
    ? o.cacheControl.ttl === '1h'
      ? { type: 'ephemeral', ttl: '1h' }
      : { type: 'ephemeral' }
    : undefined;
  const cut = o.cacheControl?.context ? (request.promptCache?.prefixChars ?? 0) : 0;
  const content: Array<Record<string, unknown>> = [];
  if (cut > 0) content.push({ type: 'text', text: request.prompt.slice(0, cut), cache_control: mark });
  if (request.prompt.length > cut) content.push({ type: 'text', text: request.prompt.slice(cut) });
  return {
    model: o.model,
    max_tokens: o.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    ...(system !== undefined
      ? { system: [{ type: 'text', text: system, ...(o.cacheControl?.system ? { cache_control: mark } : {}) }] }
      : {}),
    messages: [{ role: 'user', content }],
    ...(o.temperature !== undefined ? { temperature: o.temperature } : {}),
    ...(o.topP !== undefined ? { top_p: o.topP } : {}),
    ...(o.stop ? { stop_sequences: o.stop } : {}),
  };
}

/** One call's outcome in a finished batch. */
export type ItemOutcome = { ok: true; result: CompletionResult } | { ok: false; error: ProviderError };

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A result line of either API as a completion or a typed error. */
export function parseResultLine(
  api: BatchApi,
  provider: string,
  model: string,
  line: Record<string, unknown>,
): ItemOutcome {
  if (api === 'openai') {
    const response = isObj(line.response) ? line.response : undefined;
    const body = response && isObj(response.body) ? response.body : undefined;
    if (!response || num(response.status_code) !== 200 || !body) {
      const err = isObj(line.error) ? line.error : body && isObj(body.error) ? body.error : {};
      const status = response ? num(response.status_code) : 0;
      return {
        ok: false,
        error: itemError(
          provider,
          status,
          String(err.message ?? 'the batch item failed'),
          status === 429 || status >= 500,
        ),
      };
    }
    const choice = Array.isArray(body.choices) && isObj(body.choices[0]) ? body.choices[0] : {};
    const message = isObj(choice.message) ? choice.message : {};
    const usage = isObj(body.usage) ? body.usage : {};
    const details = isObj(usage.prompt_tokens_details) ? usage.prompt_tokens_details : {};
    const u: Usage = { input_tokens: num(usage.prompt_tokens), output_tokens: num(usage.completion_tokens) };
    if (num(details.cached_tokens) > 0) u.cached_input_tokens = num(details.cached_tokens);
    return {
      ok: true,
      result: {
        text: typeof message.content === 'string' ? message.content : '',
        usage: u,
        finishReason: finishOf(String(choice.finish_reason ?? 'stop')),
        model: typeof body.model === 'string' && body.model ? body.model : model,
      },
    };
  }
  const result = isObj(line.result) ? line.result : {};
  if (result.type !== 'succeeded' || !isObj(result.message)) {
    const err = isObj(result.error) ? (isObj(result.error.error) ? result.error.error : result.error) : {};
    const kind = String(result.type ?? 'errored');
    const retryable =
      kind === 'expired' ||
      kind === 'canceled' ||
      err.type === 'overloaded_error' ||
      err.type === 'api_error' ||
      err.type === 'rate_limit_error';
    return {
      ok: false,
      error: itemError(provider, 0, `${kind}: ${String(err.message ?? 'the batch item did not succeed')}`, retryable),
    };
  }
  const message = result.message;
  const usage = isObj(message.usage) ? message.usage : {};
  const read = num(usage.cache_read_input_tokens);
  const written = num(usage.cache_creation_input_tokens);
  const u: Usage = { input_tokens: num(usage.input_tokens) + read + written, output_tokens: num(usage.output_tokens) };
  if (read > 0) u.cached_input_tokens = read;
  if (written > 0) u.cache_write_tokens = written;
  const blocks = Array.isArray(message.content) ? message.content : [];
  const text = blocks.map((b) => (isObj(b) && b.type === 'text' && typeof b.text === 'string' ? b.text : '')).join('');
  const stop = String(message.stop_reason ?? 'end_turn');
  return {
    ok: true,
    result: {
      text,
      usage: u,
      finishReason: stop === 'max_tokens' ? 'length' : 'stop',
      model: typeof message.model === 'string' && message.model ? message.model : model,
    },
  };
}

function finishOf(reason: string): string {
  if (reason === 'length') return 'length';
  if (reason === 'content_filter') return 'content-filter';
  return 'stop';
}

function itemError(provider: string, status: number, message: string, retryable: boolean): ProviderError {
  return new ProviderError(
    retryable ? 'E_SERVER' : 'E_PROVIDER',
    provider,
    `provider ${provider}: batch item failed: ${message}`,
    {
      retryable,
      ...(status ? { status } : {}),
    },
  );
}
