/**
 * A loopback server of the two batch APIs, as strict as the documented services:
 *
 * - OpenAI (https://platform.openai.com/docs/api-reference/batch and /files): `POST /v1/files`
 *   (multipart, `purpose=batch`, a JSONL file), `POST /v1/batches` (`input_file_id`, `endpoint`
 *   `/v1/chat/completions`, `completion_window` `24h`, `metadata` of at most 16 keys of at most 64
 *   characters with values of at most 512), `GET /v1/batches/ID`, `GET /v1/batches?limit=N`
 *   (newest first), `GET /v1/files/ID/content`. Each input line must be `{custom_id, method:
 *   "POST", url: <endpoint>, body}` with custom ids unique in the file, else 400. Output lines come
 *   in reverse order (the service does not keep the input order). Bearer key required (401).
 * - Anthropic (https://docs.anthropic.com/en/api/creating-message-batches): `POST
 *   /v1/messages/batches` (`requests: [{custom_id, params}]`, custom_id `^[A-Za-z0-9_-]{1,64}$`
 *   and unique, params with `model`, `max_tokens`, `messages`), `GET /v1/messages/batches/ID`
 *   (`processing_status` `in_progress` then `ended`, `results_url` once ended), the results as
 *   JSONL; `x-api-key` and `anthropic-version` required.
 *
 * A batch ends after `pollsToEnd` status reads (default 2), unless `hold` is set; tests release it
 * later. `submissions` counts how often each custom id was submitted over the server's life.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface BatchServerOptions {
  pollsToEnd?: number;
  answer?: (customId: string, body: Record<string, unknown>) => string;
  outputTokens?: number;
}

export interface BatchServer {
  origin: string;
  /** custom id -> times submitted. */
  submissions: Map<string, number>;
  /** Batches created, oldest first. */
  batches: Array<{ id: string; api: 'openai' | 'anthropic'; customIds: string[]; metadata?: Record<string, string> }>;
  /** Requests that reached the server, by method and path. */
  log: string[];
  /** Keep every batch in progress until released. */
  hold: boolean;
  close(): Promise<void>;
}

const tokens = (s: string): number => Math.ceil(s.length / 4);
const CUSTOM_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function startBatchServer(opts: BatchServerOptions = {}): Promise<BatchServer> {
  const files = new Map<string, string>();
  const state = new Map<
    string,
    {
      api: 'openai' | 'anthropic';
      lines: Array<{ custom_id: string; body: Record<string, unknown> }>;
      polls: number;
      created: number;
      metadata?: Record<string, string>;
      inputFile?: string;
      outputFile?: string;
      endpoint?: string;
    }
  >();
  let seq = 0;
  const server: BatchServer = {
    origin: '',
    submissions: new Map(),
    batches: [],
    log: [],
    hold: false,
    close: () => new Promise<void>((r) => http.close(() => r())),
  };
  const pollsToEnd = opts.pollsToEnd ?? 2;
  const out = opts.outputTokens ?? 20;

  const http: Server = createServer(
    (req, res) => void handle(req, res).catch((e: unknown) => send(res, 500, { error: { message: String(e) } })),
  );

  async function body(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  function ended(id: string): boolean {
    const b = state.get(id)!;
    return !server.hold && b.polls >= pollsToEnd;
  }

  function submitted(ids: string[]): void {
    for (const id of ids) server.submissions.set(id, (server.submissions.get(id) ?? 0) + 1);
  }

  function openaiView(id: string): Record<string, unknown> {
    const b = state.get(id)!;
    const done = ended(id);
    if (done && !b.outputFile) {
      const fid = `file-out-${++seq}`;
      const lines = b.lines
        .map((l) => {
          if (b.endpoint === '/v1/responses') return responsesLine(l.custom_id, l.body);
          const text = (l.body.messages as Array<{ content: string }>).map((m) => m.content).join('\n');
          const prompt = tokens(text);
          return JSON.stringify({
            id: `batch_req_${++seq}`,
            custom_id: l.custom_id,
            response: {
              status_code: 200,
              request_id: `req_${seq}`,
              body: {
                id: `chatcmpl-${seq}`,
                object: 'chat.completion',
                model: l.body.model,
                choices: [
                  {
                    index: 0,
                    message: { role: 'assistant', content: opts.answer?.(l.custom_id, l.body) ?? 'ok' },
                    finish_reason: 'stop',
                  },
                ],
                usage: {
                  prompt_tokens: prompt,
                  completion_tokens: out,
                  total_tokens: prompt + out,
                  prompt_tokens_details: { cached_tokens: 0 },
                },
              },
            },
            error: null,
          });
        })
        .reverse();
      files.set(fid, `${lines.join('\n')}\n`);
      b.outputFile = fid;
    }
    return {
      id,
      object: 'batch',
      endpoint: '/v1/chat/completions',
      input_file_id: b.inputFile,
      completion_window: '24h',
      status: done ? 'completed' : b.polls === 0 ? 'validating' : 'in_progress',
      output_file_id: done ? b.outputFile : null,
      error_file_id: null,
      created_at: b.created,
      request_counts: { total: b.lines.length, completed: done ? b.lines.length : 0, failed: 0 },
      metadata: b.metadata ?? null,
    };
  }

  /** A result line of the Responses API (https://platform.openai.com/docs/api-reference/responses/object). */
  function responsesLine(customId: string, body: Record<string, unknown>): string {
    const prompt = tokens(JSON.stringify(body.input ?? ''));
    return JSON.stringify({
      id: `batch_req_${++seq}`,
      custom_id: customId,
      response: {
        status_code: 200,
        request_id: `req_${seq}`,
        body: {
          id: `resp_${seq}`,
          object: 'response',
          created_at: Math.floor(Date.now() / 1000),
          status: 'completed',
          model: body.model,
          output: [
            {
              type: 'message',
              id: `msg_${seq}`,
              status: 'completed',
              role: 'assistant',
              content: [{ type: 'output_text', text: opts.answer?.(customId, body) ?? 'ok', annotations: [] }],
            },
          ],
          usage: {
            input_tokens: prompt,
            output_tokens: out,
            total_tokens: prompt + out,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens_details: { reasoning_tokens: 0 },
          },
        },
      },
      error: null,
    });
  }

  function anthropicView(id: string): Record<string, unknown> {
    const b = state.get(id)!;
    const done = ended(id);
    return {
      id,
      type: 'message_batch',
      processing_status: done ? 'ended' : 'in_progress',
      request_counts: {
        processing: done ? 0 : b.lines.length,
        succeeded: done ? b.lines.length : 0,
        errored: 0,
        canceled: 0,
        expired: 0,
      },
      results_url: done ? `${server.origin}/v1/messages/batches/${id}/results` : null,
      created_at: new Date(b.created * 1000).toISOString(),
      // A batch expires 24 hours after it was created (https://docs.anthropic.com/en/api/retrieving-message-batches).
      expires_at: new Date((b.created + 86_400) * 1000).toISOString(),
      ended_at: done ? new Date().toISOString() : null,
      archived_at: null,
      cancel_initiated_at: null,
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = url.pathname;
    server.log.push(`${req.method} ${path}`);
    const raw = await body(req);
    const anthropic = path.startsWith('/v1/messages/');
    if (anthropic) {
      if (!req.headers['x-api-key'])
        return send(res, 401, {
          type: 'error',
          error: { type: 'authentication_error', message: 'x-api-key header is required' },
        });
      if (!req.headers['anthropic-version'])
        return send(res, 400, {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'anthropic-version header is required' },
        });
    } else if (!String(req.headers.authorization ?? '').startsWith('Bearer ')) {
      return send(res, 401, {
        error: { message: 'You did not provide an API key.', type: 'invalid_request_error', code: null },
      });
    }

    if (req.method === 'POST' && path === '/v1/messages/batches') {
      const b = JSON.parse(raw.toString('utf8')) as {
        requests?: Array<{ custom_id?: unknown; params?: Record<string, unknown> }>;
      };
      const reqs = Array.isArray(b.requests) ? b.requests : [];
      const seen = new Set<string>();
      for (const r of reqs) {
        const id = r.custom_id;
        if (typeof id !== 'string' || !CUSTOM_ID.test(id))
          return invalid(
            res,
            'anthropic',
            `requests: custom_id ${JSON.stringify(id)} does not match ^[a-zA-Z0-9_-]{1,64}$`,
          );
        if (seen.has(id)) return invalid(res, 'anthropic', `requests: duplicate custom_id ${id}`);
        seen.add(id);
        const p = r.params ?? {};
        if (typeof p.model !== 'string' || typeof p.max_tokens !== 'number' || !Array.isArray(p.messages))
          return invalid(res, 'anthropic', `${id}: params need model, max_tokens and messages`);
      }
      if (reqs.length === 0) return invalid(res, 'anthropic', 'requests: at least one request');
      const id = `msgbatch_${++seq}`;
      state.set(id, {
        api: 'anthropic',
        lines: reqs.map((r) => ({ custom_id: r.custom_id as string, body: r.params! })),
        polls: 0,
        created: Math.floor(Date.now() / 1000),
      });
      server.batches.push({ id, api: 'anthropic', customIds: [...seen] });
      submitted([...seen]);
      return send(res, 200, anthropicView(id));
    }
    const am = /^\/v1\/messages\/batches\/([^/]+)(\/results)?$/.exec(path);
    if (req.method === 'GET' && am) {
      const b = state.get(am[1]!);
      if (!b || b.api !== 'anthropic')
        return send(res, 404, { type: 'error', error: { type: 'not_found_error', message: 'batch not found' } });
      if (!am[2]) {
        b.polls++;
        return send(res, 200, anthropicView(am[1]!));
      }
      if (!ended(am[1]!))
        return send(res, 400, {
          type: 'error',
          error: { type: 'invalid_request_error', message: 'batch has not ended' },
        });
      const lines = b.lines.map((l) => {
        const blocks = [
          ...((l.body.system as Array<{ text: string }>) ?? []),
          ...(l.body.messages as Array<{ content: Array<{ text: string }> }>).flatMap((m) => m.content),
        ];
        const prompt = tokens(blocks.map((x) => x.text).join(''));
        return JSON.stringify({
          custom_id: l.custom_id,
          result: {
            type: 'succeeded',
            message: {
              id: `msg_${++seq}`,
              type: 'message',
              role: 'assistant',
              model: l.body.model,
              content: [{ type: 'text', text: opts.answer?.(l.custom_id, l.body) ?? 'ok' }],
              stop_reason: 'end_turn',
              usage: {
                input_tokens: prompt,
                output_tokens: out,
                cache_creation_input_tokens: 0,
                cache_read_input_tokens: 0,
              },
            },
          },
        });
      });
      res.writeHead(200, { 'content-type': 'application/binary' });
      res.end(`${lines.reverse().join('\n')}\n`);
      return;
    }

    if (req.method === 'POST' && path === '/v1/files') {
      const form = await new Response(new Uint8Array(raw), {
        headers: { 'content-type': String(req.headers['content-type']) },
      }).formData();
      if (form.get('purpose') !== 'batch') return invalid(res, 'openai', "purpose must be 'batch'");
      const file = form.get('file');
      if (!(file instanceof Blob)) return invalid(res, 'openai', 'file is required');
      const id = `file-${++seq}`;
      files.set(id, await file.text());
      return send(res, 200, {
        id,
        object: 'file',
        purpose: 'batch',
        bytes: file.size,
        filename: 'batch.jsonl',
        created_at: Math.floor(Date.now() / 1000),
      });
    }
    if (req.method === 'POST' && path === '/v1/batches') {
      const b = JSON.parse(raw.toString('utf8')) as {
        input_file_id?: string;
        endpoint?: string;
        completion_window?: string;
        metadata?: Record<string, string>;
      };
      if (b.endpoint !== '/v1/chat/completions' && b.endpoint !== '/v1/responses')
        return invalid(res, 'openai', 'endpoint must be /v1/chat/completions or /v1/responses here');
      if (b.completion_window !== '24h') return invalid(res, 'openai', "completion_window must be '24h'");
      const meta = b.metadata ?? {};
      if (
        Object.keys(meta).length > 16 ||
        Object.entries(meta).some(([k, v]) => k.length > 64 || typeof v !== 'string' || v.length > 512)
      )
        return invalid(res, 'openai', 'metadata: at most 16 keys of 64 characters, string values of 512');
      const content = b.input_file_id ? files.get(b.input_file_id) : undefined;
      if (content === undefined)
        return send(res, 404, {
          error: { message: `No such File object: ${b.input_file_id}`, type: 'invalid_request_error' },
        });
      const lines: Array<{ custom_id: string; body: Record<string, unknown> }> = [];
      const seen = new Set<string>();
      for (const rawLine of content.split('\n')) {
        if (!rawLine.trim()) continue;
        const l = JSON.parse(rawLine) as {
          custom_id?: unknown;
          method?: unknown;
          url?: unknown;
          body?: Record<string, unknown>;
        };
        if (typeof l.custom_id !== 'string' || seen.has(l.custom_id))
          return invalid(res, 'openai', 'custom_id must be a unique string per line');
        if (l.method !== 'POST' || l.url !== b.endpoint || typeof l.body?.model !== 'string')
          return invalid(res, 'openai', 'each line needs method POST, the batch endpoint as url and a body with model');
        seen.add(l.custom_id);
        lines.push({ custom_id: l.custom_id, body: l.body });
      }
      const id = `batch_${++seq}`;
      state.set(id, {
        api: 'openai',
        lines,
        polls: 0,
        created: Math.floor(Date.now() / 1000) + seq,
        metadata: meta,
        inputFile: b.input_file_id,
        endpoint: b.endpoint,
      });
      server.batches.push({ id, api: 'openai', customIds: [...seen], metadata: meta });
      submitted([...seen]);
      return send(res, 200, openaiView(id));
    }
    if (req.method === 'GET' && path === '/v1/batches') {
      const limit = Math.min(100, Number(url.searchParams.get('limit') ?? 20));
      const ids = server.batches
        .filter((b) => b.api === 'openai')
        .map((b) => b.id)
        .reverse()
        .slice(0, limit);
      return send(res, 200, {
        object: 'list',
        data: ids.map((id) => ({ ...openaiView(id) })),
        has_more: false,
        last_id: ids.at(-1) ?? null,
      });
    }
    const om = /^\/v1\/batches\/([^/]+)$/.exec(path);
    if (req.method === 'GET' && om) {
      const b = state.get(om[1]!);
      if (!b || b.api !== 'openai')
        return send(res, 404, {
          error: { message: `No batch found with id '${om[1]}'.`, type: 'invalid_request_error' },
        });
      b.polls++;
      return send(res, 200, openaiView(om[1]!));
    }
    const fm = /^\/v1\/files\/([^/]+)\/content$/.exec(path);
    if (req.method === 'GET' && fm) {
      const f = files.get(fm[1]!);
      if (f === undefined)
        return send(res, 404, { error: { message: `No such File object: ${fm[1]}`, type: 'invalid_request_error' } });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(f);
      return;
    }
    send(res, 404, { error: { message: `unknown path ${path}` } });
  }

  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  server.origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return server;
}

function invalid(res: ServerResponse, api: 'openai' | 'anthropic', message: string): void {
  if (api === 'anthropic') return send(res, 400, { type: 'error', error: { type: 'invalid_request_error', message } });
  send(res, 400, { error: { message, type: 'invalid_request_error', param: null, code: null } });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
