/**
 * Structured output (docs/reference.md: Structured output) on the provider side: what a provider sends to get JSON that
 * matches a schema. Native where the wire protocol has it (the AI SDK's `responseFormat`: OpenAI
 * `response_format: json_schema`, Anthropic a forced `json` tool, Ollama `format`); elsewhere an
 * instruction in the system prompt. Either way the engine validates the answer
 * (src/quality/structured-output.ts): a provider's promise is not a proof.
 */
import type { Output } from 'ai';

/** The instruction for providers without a native mode (openai-compatible servers, replay). */
export function jsonInstruction(schema: Record<string, unknown>): string {
  return (
    'Answer with one JSON value only (no prose, no code fence) that matches this JSON Schema:\n' +
    JSON.stringify(schema)
  );
}

/** `system` with the JSON instruction appended. */
export function withJsonInstruction(system: string | undefined, schema: Record<string, unknown>): string {
  return system ? `${system}\n\n${jsonInstruction(schema)}` : jsonInstruction(schema);
}

/**
 * An AI SDK output spec that asks for `schema` and hands back the raw JSON text: validation and
 * canonical form are the engine's, so a non-matching answer is a failed check (on_fail applies),
 * not an SDK exception.
 */
export function jsonTextOutput(schema: Record<string, unknown>): Output.Output<string, string, never> {
  return {
    name: 'object',
    responseFormat: Promise.resolve({ type: 'json' as const, schema: schema as never, name: 'output' }),
    async parseCompleteOutput({ text }: { text: string }) {
      return text;
    },
    async parsePartialOutput() {
      return undefined;
    },
    createElementStreamTransform() {
      return undefined;
    },
  };
}
