/**
 * A small scriptable loopback server that speaks the four wire protocols our HTTP providers use:
 * OpenAI chat completions (`/v1/chat/completions`) and responses (`/v1/responses`), Anthropic
 * messages (`/v1/messages`) and Ollama (`/api/chat`), each streaming (SSE / ND-JSON) or not, as the
 * request body asks. Tests queue scripted answers or faults per path and read back what was sent.
 * Nothing here touches the internet: it listens on 127.0.0.1 on a free port.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Script =
  /** A successful answer in the path's protocol. */
  | { ok: string; usage?: { input: number; output: number }; finish?: 'stop' | 'length'; model?: string }
  /** An HTTP error with the protocol's error body (message inside). */
  | { status: number; error?: string; headers?: Record<string, string> }
  /** Destroy the socket before answering (ECONNRESET on the client). */
  | { reset: true }
  /** Accept the request and never answer (until the client gives up). */
  | { hang: true }
  /** 200 with a body that is not valid JSON. */
  | { malformed: true }
  /**
   * The vendor's own "no such model" answer for the request's model: OpenAI 404 `model_not_found`
   * (https://platform.openai.com/docs/guides/error-codes), Anthropic 404 `not_found_error`
   * (https://docs.anthropic.com/en/api/errors), Ollama 404 `model "x" not found`; with
   * `retired: true` a 410 as a retired endpoint answers (GitHub Models).
   */
  | { unavailable: true; retired?: boolean }
  /**
   * A streamed answer that stops after its first `stallAfter` text pieces and never ends (until the
   * client gives up): Anthropic has sent `message_start` with the usage (input and cache tokens, as
   * the API reports them up front), OpenAI chat only content chunks (its usage comes last).
   */
  | {
      stallAfter: number;
      ok: string;
      usage?: { input: number; output: number; cacheRead?: number; cacheWrite?: number };
    };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export interface WireServer {
  /** `http://127.0.0.1:PORT` (no trailing slash, no path). */
  origin: string;
  requests: RecordedRequest[];
  /** Answers for a path, used in order; when the queue is empty the path's fallback answers. */
  enqueue(path: string, ...scripts: Script[]): void;
  /** What a path answers once its queue is empty (default `{ ok: 'ok' }`). */
  setFallback(path: string, script: Script): void;
  /** Requests that hit a path. */
  calls(path: string): RecordedRequest[];
  /**
   * Checks each request's credentials before it is answered: a returned script (a 401 with the
   * protocol's error body) answers instead. Keyless tests accept only exchanged bearer tokens.
   */
  setAuthorizer(check: (path: string, headers: RecordedRequest['headers']) => Script | undefined): void;
  /**
   * The models `GET /v1/models/{id}` (OpenAI and Anthropic) and `GET /api/tags` (Ollama) know;
   * any other id answers the vendor's 404. Default: every id is known.
   */
  setModels(models: string[]): void;
  close(): Promise<void>;
}

export const PATHS = {
  openaiChat: '/v1/chat/completions',
  openaiResponses: '/v1/responses',
  anthropic: '/v1/messages',
  ollama: '/api/chat',
} as const;

export async function startWireServer(): Promise<WireServer> {
  const queues = new Map<string, Script[]>();
  const fallbacks = new Map<string, Script>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let authorizer: ((path: string, headers: RecordedRequest['headers']) => Script | undefined) | undefined;
  let known: string[] | undefined;

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: Record<string, unknown>;
    try {
      body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    } catch {
      body = { _raw: raw };
    }
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, body });
    const denied = authorizer?.(path, req.headers);
    if (denied) return respond(path, body, denied, req, res);
    if (req.method === 'GET' && (path.startsWith('/v1/models/') || path === '/api/tags')) {
      listModels(path, known, req, res);
      return;
    }
    const script = queues.get(path)?.shift() ?? fallbacks.get(path) ?? { ok: 'ok' };
    respond(path, body, script, req, res);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    enqueue(path, ...scripts) {
      const q = queues.get(path) ?? [];
      q.push(...scripts);
      queues.set(path, q);
    },
    setFallback(path, script) {
      fallbacks.set(path, script);
    },
    calls(path) {
      return requests.filter((r) => r.path === path);
    },
    setAuthorizer(check) {
      authorizer = check;
    },
    setModels(models) {
      known = models;
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function respond(
  path: string,
  body: Record<string, unknown>,
  script: Script,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  if ('reset' in script) {
    req.socket.destroy();
    return;
  }
  if ('hang' in script) return; // the client's abort (or close()) ends it
  if ('stallAfter' in script) return stalledStream(path, res, script, String(body.model ?? 'model'));
  if ('malformed' in script) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id": "x", "choices": [ this is not json');
    return;
  }
  if ('unavailable' in script) {
    const model = String(body.model ?? 'model');
    const status = script.retired ? 410 : 404;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(modelNotFoundBody(path, model, script.retired === true)));
    return;
  }
  if ('status' in script) {
    res.writeHead(script.status, { 'content-type': 'application/json', ...script.headers });
    res.end(JSON.stringify(errorBody(path, script.status, script.error ?? `scripted ${script.status}`)));
    return;
  }
  const usage = script.usage ?? { input: 11, output: 7 };
  const finish = script.finish ?? 'stop';
  const model = script.model ?? String(body.model ?? 'model');
  const stream = body.stream === true;
  switch (path) {
    case PATHS.openaiChat:
      return stream
        ? openaiChatStream(res, script.ok, usage, finish, model)
        : json(res, openaiChat(script.ok, usage, finish, model));
    case PATHS.openaiResponses:
      return stream
        ? openaiResponsesStream(res, script.ok, usage, finish, model)
        : json(res, openaiResponse(script.ok, usage, finish, model));
    case PATHS.anthropic: {
      // A forced tool (`tool_choice: {type: "tool", name}`) is always answered with that tool's call:
      // the real API never answers it with text (the scripted text is the tool's input JSON).
      // `{type: "any"}` with one tool forces that tool the same way.
      const choice = body.tool_choice as { type?: string; name?: string } | undefined;
      const tools = Array.isArray(body.tools) ? (body.tools as Array<{ name?: string }>) : [];
      const forced =
        choice?.type === 'tool'
          ? choice.name
          : choice?.type === 'any' && tools.length === 1
            ? tools[0]!.name
            : undefined;
      if (typeof forced === 'string') {
        const input = JSON.parse(script.ok) as unknown;
        return stream
          ? anthropicToolStream(res, forced, script.ok, usage, model)
          : json(res, anthropicToolMessage(forced, input, usage, model));
      }
      return stream
        ? anthropicStream(res, script.ok, usage, finish, model)
        : json(res, anthropicMessage(script.ok, usage, finish, model));
    }
    case PATHS.ollama:
      return stream
        ? ollamaStream(res, script.ok, usage, finish, model)
        : json(res, ollamaChat(script.ok, usage, finish, model, true));
    default:
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no such path ${path}` } }));
  }
}

function errorBody(path: string, status: number, message: string): unknown {
  if (path === PATHS.anthropic) {
    const type =
      status === 429
        ? 'rate_limit_error'
        : status === 529
          ? 'overloaded_error'
          : status === 401
            ? 'authentication_error'
            : status >= 500
              ? 'api_error'
              : 'invalid_request_error';
    return { type: 'error', error: { type, message } };
  }
  if (path === PATHS.ollama) return { error: message };
  return { error: { message, type: status === 401 ? 'invalid_request_error' : 'server_error', code: null } };
}

function modelNotFoundBody(path: string, model: string, retired: boolean): unknown {
  if (path === PATHS.anthropic || path === 'anthropic')
    return { type: 'error', error: { type: 'not_found_error', message: `model: ${model}` } };
  if (path === PATHS.ollama) return { error: `model "${model}" not found, try pulling it first` };
  if (retired)
    return {
      error: {
        message: `The model ${model} has been retired.`,
        type: 'invalid_request_error',
        param: null,
        code: 'model_not_found',
      },
    };
  return {
    error: {
      message: `The model \`${model}\` does not exist or you do not have access to it.`,
      type: 'invalid_request_error',
      param: null,
      code: 'model_not_found',
    },
  };
}

/**
 * Model lookups: OpenAI `GET /v1/models/{model}` (https://platform.openai.com/docs/api-reference/models/retrieve),
 * Anthropic `GET /v1/models/{model_id}` (https://docs.anthropic.com/en/api/models), told apart by
 * Anthropic's required `anthropic-version` header; Ollama `GET /api/tags`
 * (https://github.com/ollama/ollama/blob/main/docs/api.md#list-local-models).
 */
function listModels(path: string, known: string[] | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (path === '/api/tags') {
    const names = known ?? ['llama3.2:latest'];
    return json(res, {
      models: names.map((name) => ({ name, model: name, modified_at: '2026-01-01T00:00:00Z', size: 1, digest: 'x' })),
    });
  }
  const id = decodeURIComponent(path.slice('/v1/models/'.length));
  const anthropic = req.headers['anthropic-version'] !== undefined;
  if (anthropic && !req.headers['x-api-key']) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        type: 'error',
        error: { type: 'authentication_error', message: 'x-api-key header is required' },
      }),
    );
    return;
  }
  if (!anthropic && !req.headers.authorization) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        error: { message: "You didn't provide an API key.", type: 'invalid_request_error', param: null, code: null },
      }),
    );
    return;
  }
  if (known && !known.includes(id)) {
    res.writeHead(404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(modelNotFoundBody(anthropic ? 'anthropic' : 'openai', id, false)));
    return;
  }
  if (anthropic) return json(res, { type: 'model', id, display_name: id, created_at: '2025-01-01T00:00:00Z' });
  return json(res, { id, object: 'model', created: 1_700_000_000, owned_by: 'openai' });
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

/** Splits text into a few pieces so a streaming client really assembles it. */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += 3) out.push(text.slice(i, i + 3));
  return out.length ? out : [''];
}

function sse(res: ServerResponse, events: Array<{ event?: string; data: unknown }>, done = false): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  for (const e of events) {
    res.write(`${e.event ? `event: ${e.event}\n` : ''}data: ${JSON.stringify(e.data)}\n\n`);
  }
  if (done) res.write('data: [DONE]\n\n');
  res.end();
}

type U = { input: number; output: number };

function openaiChat(text: string, u: U, finish: string, model: string): unknown {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: finish }],
    usage: { prompt_tokens: u.input, completion_tokens: u.output, total_tokens: u.input + u.output },
  };
}

function openaiChatStream(res: ServerResponse, text: string, u: U, finish: string, model: string): void {
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_700_000_000, model };
  const events: Array<{ data: unknown }> = pieces(text).map((p, i) => ({
    data: {
      ...base,
      choices: [{ index: 0, delta: i === 0 ? { role: 'assistant', content: p } : { content: p }, finish_reason: null }],
    },
  }));
  events.push({ data: { ...base, choices: [{ index: 0, delta: {}, finish_reason: finish }] } });
  events.push({
    data: {
      ...base,
      choices: [],
      usage: { prompt_tokens: u.input, completion_tokens: u.output, total_tokens: u.input + u.output },
    },
  });
  sse(res, events, true);
}

function responsesUsage(u: U): unknown {
  return {
    input_tokens: u.input,
    output_tokens: u.output,
    total_tokens: u.input + u.output,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens_details: { reasoning_tokens: 0 },
  };
}

function openaiResponse(text: string, u: U, finish: string, model: string): unknown {
  return {
    id: 'resp_1',
    object: 'response',
    created_at: 1_700_000_000,
    status: finish === 'length' ? 'incomplete' : 'completed',
    model,
    incomplete_details: finish === 'length' ? { reason: 'max_output_tokens' } : null,
    output: [
      {
        type: 'message',
        id: 'msg_1',
        status: 'completed',
        role: 'assistant',
        content: [{ type: 'output_text', text, annotations: [] }],
      },
    ],
    usage: responsesUsage(u),
  };
}

function openaiResponsesStream(res: ServerResponse, text: string, u: U, finish: string, model: string): void {
  const head = { id: 'resp_1', created_at: 1_700_000_000, model };
  const item = {
    type: 'message',
    id: 'msg_1',
    status: 'completed',
    role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
  let seq = 0;
  const ev = (data: Record<string, unknown>) => ({
    event: String(data.type),
    data: { ...data, sequence_number: ++seq },
  });
  sse(res, [
    ev({ type: 'response.created', response: head }),
    ev({
      type: 'response.output_item.added',
      output_index: 0,
      item: { type: 'message', id: 'msg_1', status: 'in_progress', role: 'assistant', content: [] },
    }),
    ...pieces(text).map((p) =>
      ev({ type: 'response.output_text.delta', item_id: 'msg_1', output_index: 0, content_index: 0, delta: p }),
    ),
    ev({ type: 'response.output_item.done', output_index: 0, item }),
    ev({
      type: finish === 'length' ? 'response.incomplete' : 'response.completed',
      response: {
        ...head,
        status: 'completed',
        incomplete_details: finish === 'length' ? { reason: 'max_output_tokens' } : null,
        usage: responsesUsage(u),
      },
    }),
  ]);
}

function anthropicStop(finish: string): string {
  return finish === 'length' ? 'max_tokens' : 'end_turn';
}

function anthropicMessage(text: string, u: U, finish: string, model: string): unknown {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'text', text }],
    stop_reason: anthropicStop(finish),
    stop_sequence: null,
    usage: { input_tokens: u.input, output_tokens: u.output },
  };
}

function anthropicToolMessage(name: string, input: unknown, u: U, model: string): unknown {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model,
    content: [{ type: 'tool_use', id: 'toolu_1', name, input }],
    stop_reason: 'tool_use',
    stop_sequence: null,
    usage: { input_tokens: u.input, output_tokens: u.output },
  };
}

function anthropicToolStream(res: ServerResponse, name: string, inputJson: string, u: U, model: string): void {
  sse(res, [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: u.input, output_tokens: 1 },
        },
      },
    },
    {
      event: 'content_block_start',
      data: {
        type: 'content_block_start',
        index: 0,
        content_block: { type: 'tool_use', id: 'toolu_1', name, input: {} },
      },
    },
    ...pieces(inputJson).map((p) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: p } },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: 'tool_use', stop_sequence: null },
        usage: { output_tokens: u.output },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

function anthropicStream(res: ServerResponse, text: string, u: U, finish: string, model: string): void {
  sse(res, [
    {
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: { input_tokens: u.input, output_tokens: 1 },
        },
      },
    },
    {
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    },
    ...pieces(text).map((p) => ({
      event: 'content_block_delta',
      data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: p } },
    })),
    { event: 'content_block_stop', data: { type: 'content_block_stop', index: 0 } },
    {
      event: 'message_delta',
      data: {
        type: 'message_delta',
        delta: { stop_reason: anthropicStop(finish), stop_sequence: null },
        usage: { output_tokens: u.output },
      },
    },
    { event: 'message_stop', data: { type: 'message_stop' } },
  ]);
}

function ollamaChat(text: string, u: U, finish: string, model: string, done: boolean): Record<string, unknown> {
  return {
    model,
    created_at: '2025-01-01T00:00:00Z',
    message: { role: 'assistant', content: text },
    done,
    ...(done ? { done_reason: finish, total_duration: 1000, prompt_eval_count: u.input, eval_count: u.output } : {}),
  };
}

function ollamaStream(res: ServerResponse, text: string, u: U, finish: string, model: string): void {
  res.writeHead(200, { 'content-type': 'application/x-ndjson' });
  for (const p of pieces(text)) res.write(JSON.stringify(ollamaChat(p, u, finish, model, false)) + '\n');
  res.write(JSON.stringify(ollamaChat('', u, finish, model, true)) + '\n');
  res.end();
}

/**
 * The head of a streamed answer, then silence. Anthropic
 * (https://docs.anthropic.com/en/docs/build-with-claude/streaming): `message_start` carries
 * `usage.input_tokens` (without the cache parts), `cache_read_input_tokens`,
 * `cache_creation_input_tokens` and a placeholder `output_tokens`; the text follows in
 * `content_block_delta` events; the final `message_delta` (never sent here) would carry the output
 * count. OpenAI chat (https://platform.openai.com/docs/api-reference/chat-streaming): content
 * chunks, the usage chunk only at the end (never sent here).
 */
function stalledStream(
  path: string,
  res: ServerResponse,
  script: Extract<Script, { stallAfter: number }>,
  model: string,
): void {
  const u = script.usage ?? { input: 11, output: 7 };
  const text = pieces(script.ok).slice(0, script.stallAfter);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const write = (e: { event?: string; data: unknown }) =>
    res.write(`${e.event ? `event: ${e.event}\n` : ''}data: ${JSON.stringify(e.data)}\n\n`);
  if (path === PATHS.anthropic) {
    write({
      event: 'message_start',
      data: {
        type: 'message_start',
        message: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          model,
          content: [],
          stop_reason: null,
          stop_sequence: null,
          usage: {
            input_tokens: u.input,
            cache_read_input_tokens: u.cacheRead ?? 0,
            cache_creation_input_tokens: u.cacheWrite ?? 0,
            output_tokens: 1,
          },
        },
      },
    });
    write({
      event: 'content_block_start',
      data: { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    });
    for (const p of text)
      write({
        event: 'content_block_delta',
        data: { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: p } },
      });
    return;
  }
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1_700_000_000, model };
  text.forEach((p, i) =>
    write({
      data: {
        ...base,
        choices: [
          { index: 0, delta: i === 0 ? { role: 'assistant', content: p } : { content: p }, finish_reason: null },
        ],
      },
    }),
  );
}
