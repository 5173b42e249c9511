/**
 * Embedding models of the HTTP providers that have an embeddings API, built with their AI SDK
 * packages: OpenAI's /v1/embeddings (`openai` and `openai-compatible`) and Ollama's /api/embed.
 * Anthropic has no embeddings API.
 */
import type { EmbeddingModel } from 'ai';
import type { HttpProviderSpec } from '../jobspec/schema.js';
import { UsageError } from '../util/errors.js';

/** Provider types whose embeddings this build can call. */
export const EMBEDDING_PROVIDER_TYPES: ReadonlySet<string> = new Set([
  'openai',
  'openai-compatible',
  'ollama',
  'azure',
  // The Gemini types and bedrock build theirs in their cloud driver (src/providers/clouds/).
  'google',
  'vertex',
  'bedrock',
]);

export interface EmbeddingSetup {
  name: string;
  apiKey?: string;
  /** The API base: https://host/v1 for OpenAI-style servers, http://host:11434/api for Ollama. */
  baseUrl: string;
  fetch: typeof fetch;
}

export async function embeddingModelFor(
  type: HttpProviderSpec['type'],
  model: string,
  s: EmbeddingSetup,
): Promise<EmbeddingModel> {
  switch (type) {
    case 'openai': {
      const { createOpenAI } = await import('@ai-sdk/openai');
      return createOpenAI({ apiKey: s.apiKey, baseURL: s.baseUrl, fetch: s.fetch }).embedding(model);
    }
    case 'openai-compatible': {
      const { createOpenAICompatible } = await import('@ai-sdk/openai-compatible');
      return createOpenAICompatible({
        name: s.name,
        baseURL: s.baseUrl,
        apiKey: s.apiKey,
        fetch: s.fetch,
      }).embeddingModel(model);
    }
    case 'ollama': {
      const { createOllama } = await import('ollama-ai-provider-v2');
      const headers = s.apiKey ? { Authorization: `Bearer ${s.apiKey}` } : undefined;
      return createOllama({ baseURL: s.baseUrl, headers, fetch: s.fetch }).embedding(model);
    }
    default:
      throw new UsageError('E_NO_EMBEDDINGS', `provider ${s.name}: type ${type} has no embeddings API`, {
        hint:
          'metric embedding needs a provider of type openai, openai-compatible, ollama, azure, google, vertex ' +
          'or bedrock',
      });
  }
}
