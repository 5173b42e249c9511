/**
 * Provider prompt caching (docs/reference.md, "Prompt caching"): what each provider needs on the
 * wire so a repeated prefix (the system prompt, the context block) is billed at its cache rate.
 *
 * - Anthropic marks cache breakpoints with `cache_control: {type: "ephemeral", ttl?}` on content
 *   blocks, at most 4 per request, and caches nothing below a model's minimum prefix length
 *   (https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching#cache-limitations):
 *   1,024 tokens for Sonnet 4.x / Opus 4 / 4.1 / Sonnet 3.7, 2,048 for Haiku 3.x, 4,096 for
 *   Opus 4.5 / 4.6 and Haiku 4.5. A breakpoint below the minimum is ignored by the API, so the
 *   engine places one only where its estimate of the prefix reaches the minimum.
 * - Bedrock's Converse API marks the same breakpoints for Anthropic models with a `cachePoint:
 *   {type: "default"}` content block after the cached content (system and message content), with
 *   Anthropic's minimums (https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html).
 * - OpenAI caches prefixes of 1,024 tokens and more on its own; a stable `prompt_cache_key`
 *   (at most 64 characters) routes a step's requests to the same cache
 *   (https://platform.openai.com/docs/guides/prompt-caching).
 */
import { estimateTokens } from '../util/tokens.js';
import type { PromptCacheHint } from './types.js';

/** Anthropic's documented minimum cacheable prefix, in tokens, for a model id. */
export function anthropicCacheMinimum(model: string): number {
  const id = model
    .toLowerCase()
    .replace(/^(anthropic\.|us\.anthropic\.|eu\.anthropic\.|apac\.anthropic\.|global\.anthropic\.)/, '');
  if (/claude-(opus-4-[5-9]|haiku-4)/.test(id)) return 4096;
  if (/claude-(3-haiku|3-5-haiku|haiku-3)/.test(id)) return 2048;
  return 1024;
}

/** Where the breakpoints go: after the system prompt, after the context block, or neither. */
export interface Breakpoints {
  system: boolean;
  context: boolean;
}

/**
 * Breakpoints for a request: one after the system prompt when the system prompt alone reaches the
 * minimum, one after the context block when system + context reach it. Never more than 4 (we
 * place at most 2).
 */
export function anthropicBreakpoints(
  model: string,
  system: string | undefined,
  prompt: string,
  hint: PromptCacheHint | undefined,
): Breakpoints {
  const min = anthropicCacheMinimum(model);
  const sys = system ? estimateTokens(system) : 0;
  const prefix = hint && hint.prefixChars > 0 ? prompt.slice(0, hint.prefixChars) : '';
  return { system: sys >= min, context: prefix !== '' && sys + estimateTokens(prefix) >= min };
}

/** `cache_control` as the AI SDK's Anthropic provider takes it (providerOptions.anthropic.cacheControl). */
export function cacheControl(ttl: '5m' | '1h' | undefined): { type: 'ephemeral'; ttl?: '1h' } {
  return ttl === '1h' ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
}

/** Whether a Bedrock model id (or inference profile id / ARN) names an Anthropic model. */
export function isBedrockAnthropicModel(model: string): boolean {
  return /(^|[./])anthropic\.|claude/i.test(model);
}

/** Bedrock's CachePointBlock as the AI SDK's Bedrock provider takes it (providerOptions.bedrock.cachePoint). */
export function bedrockCachePoint(ttl: '5m' | '1h' | undefined): { type: 'default'; ttl?: '1h' } {
  return ttl === '1h' ? { type: 'default', ttl: '1h' } : { type: 'default' };
}
