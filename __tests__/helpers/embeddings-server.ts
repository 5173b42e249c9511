/**
 * A loopback embeddings server speaking two wire formats, as strict as the real services on what
 * our clients send:
 * - OpenAI's POST /v1/embeddings (https://platform.openai.com/docs/api-reference/embeddings/create):
 *   body { model, input: string | string[], encoding_format?: "float" | "base64", dimensions?, user? },
 *   a Bearer key required (401 with OpenAI's error body otherwise), answer
 *   { object: "list", data: [{ object: "embedding", index, embedding }], model, usage: { prompt_tokens, total_tokens } }.
 * - Ollama's POST /api/embed (https://github.com/ollama/ollama/blob/main/docs/api.md#generate-embeddings):
 *   body { model, input: string | string[], truncate?, options?, keep_alive?, dimensions? }, answer
 *   { model, embeddings: [[...]], total_duration, load_duration, prompt_eval_count }.
 * Each text's vector is its letter counts a..z (lower-cased), so a test can compute the expected cosine itself.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export function letterVector(text: string): number[] {
  const v = new Array<number>(26).fill(0);
  for (const ch of text.toLowerCase()) {
    const c = ch.charCodeAt(0) - 97;
    if (c >= 0 && c < 26) v[c]!++;
  }
  return v;
}

export interface EmbeddingsServer {
  origin: string;
  requests: Array<{ path: string; body: Record<string, unknown>; auth?: string }>;
  /** Status codes the next requests answer with before answering normally. */
  failNext(...statuses: number[]): void;
  close(): Promise<void>;
}

const OPENAI_KEYS = new Set(['model', 'input', 'encoding_format', 'dimensions', 'user']);
const OLLAMA_KEYS = new Set(['model', 'input', 'truncate', 'options', 'keep_alive', 'dimensions']);

export async function startEmbeddingsServer(): Promise<EmbeddingsServer> {
  const requests: EmbeddingsServer['requests'] = [];
  const failures: number[] = [];
  const send = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  const openaiError = (res: ServerResponse, status: number, message: string, type = 'invalid_request_error'): void =>
    send(res, status, { error: { message, type, param: null, code: null } });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const path = (req.url ?? '').split('?')[0]!;
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return openaiError(res, 400, 'We could not parse the JSON body of your request.');
    }
    const auth = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    requests.push({ path, body, ...(auth ? { auth } : {}) });
    const status = failures.shift();
    if (status !== undefined) return openaiError(res, status, `scripted failure ${status}`, 'server_error');
    const input = body.input;
    const texts =
      typeof input === 'string'
        ? [input]
        : Array.isArray(input) && input.every((x) => typeof x === 'string')
          ? (input as string[])
          : undefined;
    if (req.method !== 'POST') return openaiError(res, 405, 'method not allowed');
    if (path === '/v1/embeddings') {
      if (!auth?.startsWith('Bearer ') || auth.length <= 7)
        return openaiError(res, 401, 'You did not provide an API key.', 'invalid_request_error');
      const unknown = Object.keys(body).find((k) => !OPENAI_KEYS.has(k));
      if (unknown) return openaiError(res, 400, `Unrecognized request argument supplied: ${unknown}`);
      if (typeof body.model !== 'string' || body.model === '')
        return openaiError(res, 400, "'model' is a required property");
      if (!texts || texts.length === 0 || texts.some((t) => t === ''))
        return openaiError(res, 400, "'input' must be a non-empty string or array of non-empty strings");
      if (body.encoding_format !== undefined && body.encoding_format !== 'float' && body.encoding_format !== 'base64')
        return openaiError(res, 400, "'encoding_format' must be float or base64");
      const data = texts.map((t, index) => {
        const v = letterVector(t);
        return {
          object: 'embedding',
          index,
          embedding: body.encoding_format === 'base64' ? Buffer.from(new Float32Array(v).buffer).toString('base64') : v,
        };
      });
      const tokens = texts.reduce((n, t) => n + Math.ceil(t.length / 4), 0);
      return send(res, 200, {
        object: 'list',
        data,
        model: body.model,
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      });
    }
    if (path === '/api/embed') {
      const unknown = Object.keys(body).find((k) => !OLLAMA_KEYS.has(k));
      if (unknown) return send(res, 400, { error: `json: unknown field "${unknown}"` });
      if (typeof body.model !== 'string' || body.model === '') return send(res, 400, { error: 'model is required' });
      if (!texts) return send(res, 400, { error: 'invalid input type' });
      return send(res, 200, {
        model: body.model,
        embeddings: texts.map(letterVector),
        total_duration: 1000,
        load_duration: 10,
        prompt_eval_count: texts.reduce((n, t) => n + Math.ceil(t.length / 4), 0),
      });
    }
    return send(res, 404, { error: `404 page not found: ${path}` });
  };

  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    failNext: (...s) => void failures.push(...s),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
