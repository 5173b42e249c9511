/**
 * Usage read off a provider's stream as it arrives, so a call cut off by its deadline or a cancel
 * is charged what the provider reported before the cut (docs/reference.md, "Prompt caching and
 * cost"). The events are the vendors' raw stream events (the AI SDK hands them over with
 * `includeRawChunks`):
 * - Anthropic (https://docs.anthropic.com/en/docs/build-with-claude/streaming): `message_start`
 *   carries `message.usage` with `input_tokens`, `cache_read_input_tokens` and
 *   `cache_creation_input_tokens` up front (input_tokens there excludes the cache parts), and each
 *   `message_delta` the cumulative `usage.output_tokens`.
 * - Gemini (google, vertex) repeats the cumulative `usageMetadata` in every chunk.
 * - OpenAI chat completions report usage only in the last chunk (with
 *   `stream_options.include_usage`), and the Responses API only in `response.completed`: a call cut
 *   before them reports nothing here, and is estimated.
 */
import type { Usage } from '../events/types.js';
import type { PartialUsage } from './types.js';

const count = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;

/** Our usage from Anthropic's usage object: input_tokens counts every input token, the cache parts included. */
function anthropicUsage(u: Record<string, unknown>, outputTokens: number): Usage | undefined {
  const plain = count(u.input_tokens);
  if (plain === undefined) return undefined;
  const read = count(u.cache_read_input_tokens) ?? 0;
  const write = count(u.cache_creation_input_tokens) ?? 0;
  const usage: Usage = { input_tokens: plain + read + write, output_tokens: outputTokens };
  if (read > 0) usage.cached_input_tokens = read;
  if (write > 0) usage.cache_write_tokens = write;
  return usage;
}

/** Takes one raw stream event into `sink`; events that carry no usage leave it as it is. */
export function noteStreamUsage(sink: PartialUsage, raw: unknown): void {
  if (raw === null || typeof raw !== 'object') return;
  const e = raw as Record<string, unknown>;
  if (e.type === 'message_start') {
    const message = e.message as Record<string, unknown> | undefined;
    const u = message?.usage;
    if (u && typeof u === 'object') {
      const usage = anthropicUsage(
        u as Record<string, unknown>,
        count((u as Record<string, unknown>).output_tokens) ?? 0,
      );
      if (usage) sink.usage = usage;
    }
    return;
  }
  if (e.type === 'message_delta') {
    const u = e.usage as Record<string, unknown> | undefined;
    const out = count(u?.output_tokens);
    if (!sink.usage || out === undefined) return;
    // Cumulative: the latest count replaces the earlier one; a delta that restates the input (newer API versions)
    // updates it too.
    const restated = u && count(u.input_tokens) !== undefined ? anthropicUsage(u, out) : undefined;
    sink.usage = restated ?? { ...sink.usage, output_tokens: out };
    return;
  }
  // Gemini (google, vertex): every streamed GenerateContentResponse carries the cumulative
  // usageMetadata, the prompt from the first chunk on (ai.google.dev/api/generate-content#UsageMetadata).
  const gemini = e.usageMetadata as Record<string, unknown> | undefined | null;
  if (gemini && typeof gemini === 'object' && count(gemini.promptTokenCount) !== undefined) {
    const cached = count(gemini.cachedContentTokenCount) ?? 0;
    sink.usage = {
      input_tokens: count(gemini.promptTokenCount)! + (count(gemini.toolUsePromptTokenCount) ?? 0),
      output_tokens: (count(gemini.candidatesTokenCount) ?? 0) + (count(gemini.thoughtsTokenCount) ?? 0),
      ...(cached > 0 ? { cached_input_tokens: cached } : {}),
    };
    return;
  }
  // OpenAI chat completions: the usage chunk closes the stream (a cut after it is all but done).
  const usage = e.usage as Record<string, unknown> | undefined | null;
  if (usage && typeof usage === 'object' && count(usage.prompt_tokens) !== undefined) {
    const details = usage.prompt_tokens_details as Record<string, unknown> | undefined;
    const cached = count(details?.cached_tokens) ?? 0;
    sink.usage = {
      input_tokens: count(usage.prompt_tokens)!,
      output_tokens: count(usage.completion_tokens) ?? 0,
      ...(cached > 0 ? { cached_input_tokens: cached } : {}),
    };
  }
}
