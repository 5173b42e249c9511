/**
 * Usage read off a stream as it arrives (src/providers/stream-usage.ts), from the vendors'
 * documented events: Anthropic's message_start usage up front and the cumulative output count of
 * message_delta (https://docs.anthropic.com/en/docs/build-with-claude/streaming); OpenAI's usage
 * chunk (https://platform.openai.com/docs/api-reference/chat-streaming).
 */
import { noteStreamUsage } from '../../src/providers/stream-usage.js';
import type { PartialUsage } from '../../src/providers/types.js';

test('Anthropic: message_start gives the input with its cache parts; message_delta the running output count', () => {
  const sink: PartialUsage = {};
  noteStreamUsage(sink, { type: 'ping' });
  expect(sink.usage).toBeUndefined();
  noteStreamUsage(sink, {
    type: 'message_start',
    message: {
      usage: { input_tokens: 25, cache_read_input_tokens: 2000, cache_creation_input_tokens: 300, output_tokens: 1 },
    },
  });
  expect(sink.usage).toEqual({
    input_tokens: 2325,
    cached_input_tokens: 2000,
    cache_write_tokens: 300,
    output_tokens: 1,
  });
  noteStreamUsage(sink, { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } });
  noteStreamUsage(sink, { type: 'message_delta', delta: { stop_reason: null }, usage: { output_tokens: 15 } });
  noteStreamUsage(sink, { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 42 } });
  expect(sink.usage).toEqual({
    input_tokens: 2325,
    cached_input_tokens: 2000,
    cache_write_tokens: 300,
    output_tokens: 42,
  });
});

test('OpenAI: content chunks report nothing; the usage chunk does', () => {
  const sink: PartialUsage = {};
  noteStreamUsage(sink, { object: 'chat.completion.chunk', choices: [{ delta: { content: 'x' } }], usage: null });
  expect(sink.usage).toBeUndefined();
  noteStreamUsage(sink, {
    object: 'chat.completion.chunk',
    choices: [],
    usage: { prompt_tokens: 1500, completion_tokens: 9, prompt_tokens_details: { cached_tokens: 1024 } },
  });
  expect(sink.usage).toEqual({ input_tokens: 1500, output_tokens: 9, cached_input_tokens: 1024 });
});
