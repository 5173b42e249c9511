/**
 * Loopback servers that account for prompt caching the way the real APIs do, so tests and the
 * cost benchmark can see what the engine sends and what it is billed:
 *
 * - Anthropic Messages (`POST /v1/messages`, non-streaming), per
 *   https://docs.anthropic.com/en/docs/build-with-claude/prompt-caching: a prefix is cached only
 *   at a block marked `cache_control: {type: "ephemeral", ttl?}`; at most 4 such blocks (400
 *   `invalid_request_error` beyond); the prefix runs in order system -> messages, up to and
 *   including the marked block; a prefix below the model's minimum (1,024 / 2,048 / 4,096 tokens)
 *   is not cached; entries live 5 minutes (or 1 hour with `ttl: "1h"`), refreshed on a read.
 *   Usage: `cache_read_input_tokens` (the longest cached marked prefix),
 *   `cache_creation_input_tokens` (what the later marks add), and `input_tokens` for the rest:
 *   the three are disjoint.
 * - OpenAI Chat Completions (`POST /v1/chat/completions`, non-streaming), per
 *   https://platform.openai.com/docs/guides/prompt-caching: prompts of 1,024 tokens or more are
 *   cached automatically, in steps of 128 tokens past 1,024, keyed by the exact prefix and the
 *   `prompt_cache_key` (at most 64 characters: a longer one is a 400); `usage.prompt_tokens`
 *   counts every input token and `prompt_tokens_details.cached_tokens` the part read from cache.
 *
 * Tokens are counted as ceil(characters / 4), the same estimate the engine uses for its
 * breakpoint decision; the real tokenizers differ, which moves the thresholds, not the rules.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';

export const tokensOf = (text: string): number => Math.ceil(text.length / 4);

const hash = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Anthropic's documented minimum cacheable prefix for a model. */
function anthropicMinimum(model: string): number {
  if (/claude-(opus-4-[5-9]|haiku-4)/.test(model)) return 4096;
  if (/claude-(3-haiku|3-5-haiku|haiku-3)/.test(model)) return 2048;
  return 1024;
}

export interface CachingServer {
  origin: string;
  /** Every request body, in order. */
  requests: Array<{ path: string; body: Record<string, unknown> }>;
  /** Usage reported per request, in order, in the provider's own field names. */
  usages: Array<Record<string, unknown>>;
  /** Move the server's clock forward (cache expiry) without waiting. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface CachingServerOptions {
  /** The answer text for a request (default "ok"). */
  answer?: (body: Record<string, unknown>) => string;
  outputTokens?: number;
}

type Block = { type?: string; text?: string; cache_control?: { type?: string; ttl?: string } };

export async function startCachingServer(opts: CachingServerOptions = {}): Promise<CachingServer> {
  let now = 0;
  const anthropicCache = new Map<string, number>(); // model + prefix hash -> expiry
  const openaiCache = new Map<string, number>(); // key + prefix hash -> expiry
  const requests: CachingServer['requests'] = [];
  const usages: CachingServer['usages'] = [];
  const outputTokens = opts.outputTokens ?? 50;

  const server: Server = createServer((req, res) => void handle(req, res));

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, body });
    if (path === '/v1/messages') return anthropic(body, res);
    if (path === '/v1/chat/completions') return openai(body, res);
    send(res, 404, { error: { message: 'not found' } });
  }

  function anthropic(body: Record<string, unknown>, res: ServerResponse): void {
    const model = String(body.model);
    // The prefix in the API's order: system blocks, then each message's blocks.
    const blocks: Block[] = [];
    const system = body.system;
    if (typeof system === 'string') blocks.push({ type: 'text', text: system });
    else if (Array.isArray(system)) blocks.push(...(system as Block[]));
    for (const m of (body.messages ?? []) as Array<{ content: string | Block[] }>) {
      if (typeof m.content === 'string') blocks.push({ type: 'text', text: m.content });
      else blocks.push(...m.content);
    }
    const marks = blocks.filter((b) => b.cache_control);
    if (marks.length > 4) {
      return send(res, 400, {
        type: 'error',
        error: {
          type: 'invalid_request_error',
          message: `A maximum of 4 blocks with cache_control may be provided. Found ${marks.length}.`,
        },
      });
    }
    const min = anthropicMinimum(model);
    let text = '';
    let read = 0;
    let cachedUpTo = 0;
    const prefixes: Array<{ tokens: number; key: string; ttl: number }> = [];
    for (const b of blocks) {
      text += b.text ?? JSON.stringify(b);
      if (!b.cache_control) continue;
      const tokens = tokensOf(text);
      const ttl = b.cache_control.ttl === '1h' ? 3_600_000 : 300_000;
      if (tokens >= min) prefixes.push({ tokens, key: `${model}\0${hash(text)}`, ttl });
    }
    const total = tokensOf(text);
    for (const p of prefixes) {
      const exp = anthropicCache.get(p.key);
      if (exp !== undefined && exp > now) {
        read = p.tokens;
        cachedUpTo = p.tokens;
        anthropicCache.set(p.key, now + p.ttl); // a read refreshes the entry
      }
    }
    let written = 0;
    for (const p of prefixes) {
      if (p.tokens <= cachedUpTo) continue;
      anthropicCache.set(p.key, now + p.ttl);
      written = p.tokens - read;
    }
    const usage = {
      input_tokens: total - read - written,
      output_tokens: outputTokens,
      cache_creation_input_tokens: written,
      cache_read_input_tokens: read,
    };
    usages.push(usage);
    // A forced tool (structured output) is answered with that tool's call, as the real API does.
    const choice = body.tool_choice as { type?: string; name?: string } | undefined;
    const answer = opts.answer?.(body) ?? 'ok';
    const content =
      choice?.type === 'tool' && choice.name
        ? [
            {
              type: 'tool_use',
              id: `toolu_${requests.length}`,
              name: choice.name,
              input: JSON.parse(answer) as unknown,
            },
          ]
        : [{ type: 'text', text: answer }];
    send(res, 200, {
      id: `msg_${requests.length}`,
      type: 'message',
      role: 'assistant',
      model,
      content,
      stop_reason: content[0]!.type === 'tool_use' ? 'tool_use' : 'end_turn',
      stop_sequence: null,
      usage,
    });
  }

  function openai(body: Record<string, unknown>, res: ServerResponse): void {
    const key = body.prompt_cache_key;
    if (key !== undefined && (typeof key !== 'string' || key.length > 64)) {
      return send(res, 400, {
        error: {
          message: "Invalid 'prompt_cache_key': string too long. Expected a string with maximum length 64.",
          type: 'invalid_request_error',
          param: 'prompt_cache_key',
          code: 'string_above_max_length',
        },
      });
    }
    const text = ((body.messages ?? []) as Array<{ role: string; content: unknown }>)
      .map((m) => `${m.role}:${typeof m.content === 'string' ? m.content : JSON.stringify(m.content)}`)
      .join('\n');
    const total = tokensOf(text);
    let cached = 0;
    if (total >= 1024) {
      // Candidate prefix lengths: 1,024 then every 128 tokens up to the prompt's length.
      for (let n = 1024; n <= total; n += 128) {
        const k = `${String(key ?? '')}\0${hash(text.slice(0, n * 4))}`;
        const exp = openaiCache.get(k);
        if (exp !== undefined && exp > now) cached = n;
        openaiCache.set(k, now + 300_000);
      }
    }
    const usage = {
      prompt_tokens: total,
      completion_tokens: outputTokens,
      total_tokens: total + outputTokens,
      prompt_tokens_details: { cached_tokens: cached },
    };
    usages.push(usage);
    send(res, 200, {
      id: `chatcmpl-${requests.length}`,
      object: 'chat.completion',
      created: 0,
      model: String(body.model),
      choices: [
        { index: 0, message: { role: 'assistant', content: opts.answer?.(body) ?? 'ok' }, finish_reason: 'stop' },
      ],
      usage,
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    usages,
    advance(ms) {
      now += ms;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
