/**
 * Loopback emulators of Amazon Bedrock's runtime and of AWS STS, as strict as the services:
 *
 * - Bedrock runtime Converse `POST /model/{modelId}/converse` and ConverseStream
 *   `POST /model/{modelId}/converse-stream`
 *   (https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_Converse.html,
 *   https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_ConverseStream.html).
 *   The stream is AWS's event stream binary framing (application/vnd.amazon.eventstream:
 *   prelude, headers `:event-type` / `:message-type` / `:content-type`, JSON payload, CRC32s;
 *   encoded with @smithy/eventstream-codec): messageStart, contentBlockStart (tool use),
 *   contentBlockDelta, contentBlockStop, messageStop, metadata (usage).
 * - Every runtime request is authenticated as AWS does: SigV4
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html)
 *   recomputed here with the emulator's known secret (canonical request with the path encoded
 *   twice, as for every service but S3; the payload hash of the body received; scope
 *   DATE/REGION/bedrock/aws4_request; X-Amz-Date within 5 minutes), temporary credentials only
 *   with their `X-Amz-Security-Token` (signed) and before their expiry; or a Bedrock API key as
 *   `Authorization: Bearer` (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html).
 *   Refusals are restJson1 errors: the status, `x-amzn-ErrorType: TYPE:http://internal.amazon.com/coral/com.amazon.coral.service/`
 *   and `{"message": ...}` (MissingAuthenticationTokenException, InvalidSignatureException,
 *   UnrecognizedClientException, ExpiredTokenException).
 * - Model errors: an unknown model id is 400 ValidationException "The provided model identifier
 *   is invalid."; a retired one 404 ResourceNotFoundException "This model version has reached the
 *   end of its life..."; scripted 429 ThrottlingException ("Too many requests, please wait before
 *   trying again.", no Retry-After: Bedrock sends none) and 500/503.
 * - Prompt caching (https://docs.aws.amazon.com/bedrock/latest/userguide/prompt-caching.html):
 *   `cachePoint: {type: "default", ttl?}` blocks in `system` and message content; at most 4 (400
 *   ValidationException beyond); only on models that support it (400 otherwise); a prefix below
 *   the model's minimum (Claude: 1,024 / 2,048 / 4,096 tokens) is not cached; entries live 5
 *   minutes (or 1 hour). Usage: `inputTokens` (uncached), `cacheReadInputTokens`,
 *   `cacheWriteInputTokens`, disjoint, `totalTokens` their sum with `outputTokens`. Tokens are
 *   ceil(characters / 4), as in prompt-cache-servers.ts.
 * - STS AssumeRoleWithWebIdentity `POST /` (form: Action, Version 2011-06-15, RoleArn,
 *   RoleSessionName, WebIdentityToken, DurationSeconds;
 *   https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html): the
 *   token's RS256 signature against the issuer's JWKS (fetched from its discovery document, as
 *   AWS does for an IAM OIDC identity provider), then the role's trust policy: issuer, `aud`
 *   among the provider's client ids, `sub` matching the trust condition, `exp`. Answers the
 *   documented XML; errors are `<ErrorResponse><Error><Type>Sender</Type><Code>..</Code>
 *   <Message>..</Message></Error><RequestId>..</RequestId></ErrorResponse>`.
 */
import { createHash, createHmac, createPublicKey, createVerify, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { EventStreamCodec } from '@smithy/eventstream-codec';
import { fromUtf8, toUtf8 } from '@smithy/util-utf8';

export const tokensOf = (text: string): number => Math.ceil(text.length / 4);
const sha256hex = (s: string | Buffer): string => createHash('sha256').update(s).digest('hex');
const hmac = (key: Buffer | string, s: string): Buffer => createHmac('sha256', key).update(s).digest();

export interface BedrockModel {
  /** Accepts cachePoint blocks (Claude, Nova); others answer 400 ValidationException. */
  caching?: boolean;
  /** Retired: 404 ResourceNotFoundException. */
  retired?: boolean;
}

export interface TrustedRole {
  arn: string;
  /** The IAM OIDC identity provider's issuer URL (https://token.actions.githubusercontent.com). */
  issuer: string;
  /** The provider's client id list: the token's aud must be one of them. */
  audiences: string[];
  /** The trust policy's `token.actions.githubusercontent.com:sub` condition (StringLike: * wildcards). */
  subject: string;
  /** The role's maximum session duration, seconds (IAM default 3600). */
  maxSessionSeconds?: number;
}

export interface IssuedCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiresAt: number;
  roleArn: string;
  sessionName: string;
}

/** throttle / server / unavailable: the HTTP answer; stream-throttle: a ConverseStream cut by an exception frame. */
export type Failure = 'throttle' | 'server' | 'unavailable' | 'stream-throttle';

export interface BedrockServersOptions {
  region?: string;
  models?: Record<string, BedrockModel>;
  /** Long-term IAM user keys the runtime accepts. */
  keys?: Array<{ accessKeyId: string; secretAccessKey: string }>;
  /** Bedrock API keys (Bearer) the runtime accepts. */
  apiKeys?: string[];
  roles?: TrustedRole[];
  /** The answer for a request: text, or (for a forced tool) the tool input object. */
  answer?: (
    body: Record<string, unknown>,
    modelId: string,
    headers: IncomingMessage['headers'],
  ) => string | Record<string, unknown>;
  outputTokens?: number;
  /** Issued credentials expire after this many seconds instead of DurationSeconds (refresh tests). */
  credentialSeconds?: number;
}

export interface RuntimeRequest {
  path: string;
  modelId: string;
  stream: boolean;
  headers: IncomingMessage['headers'];
  body: Record<string, unknown>;
  /** How it authenticated: the access key id, or 'bearer'. */
  principal: string;
}

export interface BedrockServers {
  origin: string;
  region: string;
  /** sts_endpoint for specs and clients. */
  stsEndpoint: string;
  requests: RuntimeRequest[];
  /** Runtime requests refused for their authentication, with the reason type. */
  refused: Array<{ path: string; type: string }>;
  usages: Array<Record<string, number>>;
  sts: { calls: number; refused: Array<{ code: string; message: string }>; issued: IssuedCredentials[] };
  /** The next runtime requests fail this way, in order. */
  failNext(...failures: Failure[]): void;
  /** The next STS calls fail: `Throttling` (400 "Rate exceeded", as STS throttles) or 503 `ServiceUnavailable`. */
  failStsNext(...failures: Array<'Throttling' | 'ServiceUnavailable'>): void;
  /** Every temporary credential issued so far expires now (a revoked or ended role session). */
  expireIssued(): void;
  close(): Promise<void>;
}

const CORAL = 'http://internal.amazon.com/coral/com.amazon.coral.service/';
const BEDROCK_NS = 'http://internal.amazon.com/coral/com.amazon.bedrock/';

/** Claude's minimum cacheable prefix on Bedrock (the Anthropic figures). */
function cacheMinimum(model: string): number {
  if (/claude-(opus-4-[5-9]|haiku-4)/.test(model)) return 4096;
  if (/claude-(3-haiku|3-5-haiku|haiku-3)/.test(model)) return 2048;
  return 1024;
}

/** RFC 3986 encoding as SigV4 wants it: unreserved kept, everything else %XX upper case. */
function uriEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(value);
}

export async function startBedrockServers(opts: BedrockServersOptions = {}): Promise<BedrockServers> {
  const region = opts.region ?? 'us-east-1';
  const models: Record<string, BedrockModel> = opts.models ?? {
    'anthropic.claude-sonnet-4-5-20250929-v1:0': { caching: true },
    'us.anthropic.claude-sonnet-4-5-20250929-v1:0': { caching: true },
    'amazon.nova-lite-v1:0': { caching: true },
    'meta.llama3-8b-instruct-v1:0': {},
    'anthropic.claude-v2': { retired: true },
  };
  const longTerm = new Map((opts.keys ?? []).map((k) => [k.accessKeyId, k.secretAccessKey]));
  const apiKeys = new Set(opts.apiKeys ?? []);
  const roles = opts.roles ?? [];
  const outputTokens = opts.outputTokens ?? 7;
  const requests: RuntimeRequest[] = [];
  const refused: BedrockServers['refused'] = [];
  const usages: BedrockServers['usages'] = [];
  const sts: BedrockServers['sts'] = { calls: 0, refused: [], issued: [] };
  const failures: Failure[] = [];
  const stsFailures: Array<'Throttling' | 'ServiceUnavailable'> = [];
  const cache = new Map<string, number>(); // model + prefix hash -> expiry (ms)
  const jwksCache = new Map<string, Array<Record<string, unknown>>>();
  const sockets = new Set<Socket>();
  const codec = new EventStreamCodec(toUtf8, fromUtf8);

  const requestId = () =>
    randomBytes(16)
      .toString('hex')
      .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');

  const awsError = (res: ServerResponse, status: number, type: string, message: string, ns = CORAL): void => {
    res.writeHead(status, {
      'content-type': 'application/json',
      'x-amzn-errortype': `${type}:${ns}`,
      'x-amzn-requestid': requestId(),
    });
    res.end(JSON.stringify({ message }));
  };

  /** SigV4 or Bearer; the principal, or undefined after answering the refusal. */
  function authenticate(req: IncomingMessage, path: string, rawQuery: string, body: Buffer, res: ServerResponse) {
    const refuse = (status: number, type: string, message: string): undefined => {
      refused.push({ path, type });
      awsError(res, status, type, message);
      return undefined;
    };
    const authz = req.headers.authorization;
    if (typeof authz !== 'string')
      return refuse(403, 'MissingAuthenticationTokenException', 'Missing Authentication Token');
    if (authz.startsWith('Bearer ')) {
      if (apiKeys.has(authz.slice(7))) return 'bearer';
      return refuse(403, 'UnrecognizedClientException', 'Invalid API Key format: Must start with pre-defined prefix');
    }
    const m =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        authz,
      );
    if (!m)
      return refuse(
        403,
        'IncompleteSignatureException',
        `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters.`,
      );
    const [, keyId, date, scopeRegion, service, signedHeaders, signature] = m as unknown as string[];
    const temp = sts.issued.find((c) => c.accessKeyId === keyId);
    const secret = longTerm.get(keyId!) ?? temp?.secretAccessKey;
    if (!secret)
      return refuse(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    const signed = signedHeaders!.split(';');
    if (!signed.includes('host') || !signed.includes('x-amz-date'))
      return refuse(403, 'InvalidSignatureException', "'Host' and 'X-Amz-Date' must be signed headers.");
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    const when = Date.parse(amzDate.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
    if (!Number.isFinite(when) || !amzDate.startsWith(date!))
      return refuse(
        403,
        'InvalidSignatureException',
        'Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.',
      );
    if (Math.abs(Date.now() - when) > 5 * 60_000)
      return refuse(
        403,
        'InvalidSignatureException',
        `Signature expired: ${amzDate} is now earlier than the allowed window (5 min.)`,
      );
    if (scopeRegion !== region || service !== 'bedrock')
      return refuse(
        403,
        'InvalidSignatureException',
        `Credential should be scoped to a valid region / service: expected ${region}/bedrock, got ${scopeRegion}/${service}.`,
      );
    // Temporary credentials are valid only with their session token, signed, and before expiry.
    const token = req.headers['x-amz-security-token'];
    if (temp) {
      if (token !== temp.sessionToken || !signed.includes('x-amz-security-token'))
        return refuse(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
      if (temp.expiresAt <= Date.now())
        return refuse(403, 'ExpiredTokenException', 'The security token included in the request is expired');
    } else if (token !== undefined) {
      return refuse(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.');
    }
    // The canonical request, recomputed from what arrived.
    const canonicalUri = path
      .split('/')
      .map((seg) => uriEncode(seg))
      .join('/');
    const canonicalQuery = rawQuery
      ? rawQuery
          .split('&')
          .map((kv) => kv.split('=').map((x) => uriEncode(decodeURIComponent(x ?? ''))))
          .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0))
          .map(([k, v]) => `${k}=${v ?? ''}`)
          .join('&')
      : '';
    const canonicalHeaders = signed
      .map((h) => {
        const v = req.headers[h];
        return `${h}:${(Array.isArray(v) ? v.join(',') : String(v ?? '')).trim().replace(/\s+/g, ' ')}\n`;
      })
      .join('');
    const payloadHash = sha256hex(body);
    const claimed = req.headers['x-amz-content-sha256'];
    if (claimed !== undefined && claimed !== payloadHash && claimed !== 'UNSIGNED-PAYLOAD')
      return refuse(
        400,
        'XAmzContentSHA256Mismatch',
        'The provided x-amz-content-sha256 header does not match what was computed.',
      );
    const canonical = [req.method, canonicalUri, canonicalQuery, canonicalHeaders, signedHeaders, payloadHash].join(
      '\n',
    );
    const scope = `${date}/${region}/bedrock/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256hex(canonical)].join('\n');
    const kDate = hmac(`AWS4${secret}`, date!);
    const kSigning = hmac(hmac(hmac(kDate, region), 'bedrock'), 'aws4_request');
    const expected = hmac(kSigning, toSign).toString('hex');
    if (!timingSafeEqual(Buffer.from(expected), Buffer.from(signature!)))
      return refuse(
        403,
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    return keyId!;
  }

  type Block = Record<string, unknown>;
  const textOf = (b: Block): string => {
    if (typeof b.text === 'string') return b.text;
    if (b.toolUse) return JSON.stringify(b.toolUse);
    if (b.toolResult) return JSON.stringify(b.toolResult);
    return '';
  };

  /** Validates the Converse body; the usage, or a ValidationException message. */
  function account(modelId: string, body: Record<string, unknown>): { usage: Record<string, number> } | string {
    const messages = body.messages;
    if (!Array.isArray(messages) || messages.length === 0)
      return "1 validation error detected: Value null at 'messages' failed to satisfy constraint: Member must not be null";
    const ic = (body.inferenceConfig ?? {}) as Record<string, unknown>;
    if (ic.maxTokens !== undefined && (!Number.isInteger(ic.maxTokens) || (ic.maxTokens as number) < 1))
      return "1 validation error detected: Value at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1";
    for (const k of ['temperature', 'topP']) {
      const v = ic[k];
      if (v !== undefined && (typeof v !== 'number' || v < 0 || v > 1))
        return `1 validation error detected: Value at 'inferenceConfig.${k}' failed to satisfy constraint: Member must have value less than or equal to 1`;
    }
    const system = body.system === undefined ? [] : body.system;
    if (!Array.isArray(system)) return 'system must be a list of SystemContentBlock';
    // The prefix in the order the model reads it: tools, system, messages.
    const pieces: Array<{ text: string; mark?: { ttl?: string } }> = [];
    const tools = (body.toolConfig as { tools?: unknown[] } | undefined)?.tools;
    if (tools) pieces.push({ text: JSON.stringify(tools) });
    const blockOk = (b: unknown, where: string): string | undefined => {
      if (b === null || typeof b !== 'object') return `${where}: a content block must be an object`;
      const keys = Object.keys(b);
      if (keys.length !== 1)
        return `${where}: a content block must set exactly one member, got ${keys.join(', ') || 'none'}`;
      const cp = (b as Block).cachePoint as { type?: unknown; ttl?: unknown } | undefined;
      if (cp !== undefined) {
        if (cp.type !== 'default') return `${where}: cachePoint.type must be default`;
        if (cp.ttl !== undefined && cp.ttl !== '5m' && cp.ttl !== '1h')
          return `${where}: cachePoint.ttl must be 5m or 1h`;
        if (pieces.length === 0) return `${where}: a cachePoint must follow content`;
        pieces[pieces.length - 1]!.mark = { ...(typeof cp.ttl === 'string' ? { ttl: cp.ttl } : {}) };
        return undefined;
      }
      pieces.push({ text: textOf(b as Block) });
      return undefined;
    };
    for (const [i, b] of system.entries()) {
      const why = blockOk(b, `system.${i}`);
      if (why) return why;
    }
    let expect = 'user';
    for (const [i, m] of (messages as Array<{ role?: unknown; content?: unknown }>).entries()) {
      if (m.role !== expect)
        return `A conversation must alternate between user and assistant roles. Make sure the conversation alternates between user and assistant roles and try again.`;
      expect = expect === 'user' ? 'assistant' : 'user';
      if (!Array.isArray(m.content) || m.content.length === 0)
        return `The content field in the Message object at messages.${i} is empty. Add a ContentBlock object to the content field and try again.`;
      for (const [j, b] of (m.content as unknown[]).entries()) {
        const why = blockOk(b, `messages.${i}.content.${j}`);
        if (why) return why;
      }
    }
    const marks = pieces.filter((p) => p.mark).length;
    if (marks > 0 && !models[modelId]!.caching)
      return `You invoked an unsupported model or your request did not allow prompt caching. See the documentation for more information.`;
    if (marks > 4) return `The number of cache points exceeds the maximum of 4.`;
    const total = pieces.reduce((n, p) => n + tokensOf(p.text), 0);
    const min = cacheMinimum(modelId);
    let prefix = '';
    let tokens = 0;
    let read = 0;
    let lastMark = 0;
    const now = Date.now();
    const toStore: Array<[string, number]> = [];
    for (const p of pieces) {
      prefix += `\u0000${p.text}`;
      tokens += tokensOf(p.text);
      if (!p.mark || tokens < min) continue;
      const key = `${modelId}\u0001${sha256hex(prefix)}`;
      const ttl = p.mark.ttl === '1h' ? 3_600_000 : 300_000;
      if ((cache.get(key) ?? 0) > now) read = tokens;
      toStore.push([key, now + ttl]);
      lastMark = tokens;
    }
    for (const [k, exp] of toStore) cache.set(k, Math.max(cache.get(k) ?? 0, exp));
    const write = Math.max(0, lastMark - read);
    const usage: Record<string, number> = {
      inputTokens: total - read - write,
      outputTokens,
      totalTokens: total + outputTokens,
    };
    if (marks > 0) {
      usage.cacheReadInputTokens = read;
      usage.cacheWriteInputTokens = write;
    }
    return { usage };
  }

  /** The tool a request forces (structured output through a tool), if any. */
  function forcedTool(body: Record<string, unknown>): string | undefined {
    const tc = body.toolConfig as
      | { tools?: Array<{ toolSpec?: { name?: string } }>; toolChoice?: { any?: unknown; tool?: { name?: string } } }
      | undefined;
    if (!tc?.tools?.length) return undefined;
    if (tc.toolChoice?.tool?.name) return tc.toolChoice.tool.name;
    if (tc.toolChoice?.any !== undefined) return tc.tools[0]?.toolSpec?.name;
    return undefined;
  }

  const frame = (eventType: string, payload: Record<string, unknown>): Uint8Array =>
    codec.encode({
      headers: {
        ':event-type': { type: 'string', value: eventType },
        ':content-type': { type: 'string', value: 'application/json' },
        ':message-type': { type: 'string', value: 'event' },
      },
      // Real events carry a random padding member `p`.
      body: fromUtf8(JSON.stringify({ ...payload, p: 'abcdefghijklmnopqrstu'.slice(0, 1 + (eventType.length % 20)) })),
    });

  async function runtime(req: IncomingMessage, res: ServerResponse, path: string, rawQuery: string, raw: Buffer) {
    const m = /^\/model\/([^/]+)\/(converse|converse-stream)$/.exec(path);
    if (!m || req.method !== 'POST') return awsError(res, 404, 'UnknownOperationException', 'Unknown operation');
    const principal = authenticate(req, path, rawQuery, raw, res);
    if (!principal) return;
    const modelId = decodeURIComponent(m[1]!);
    const stream = m[2] === 'converse-stream';
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      return awsError(res, 400, 'SerializationException', 'Unable to parse request body', BEDROCK_NS);
    }
    requests.push({ path, modelId, stream, headers: req.headers, body, principal });
    const failure = failures.shift();
    if (failure === 'throttle')
      return awsError(
        res,
        429,
        'ThrottlingException',
        'Too many requests, please wait before trying again.',
        BEDROCK_NS,
      );
    if (failure === 'server')
      return awsError(res, 500, 'InternalServerException', 'The server encountered an internal error.', BEDROCK_NS);
    if (failure === 'unavailable')
      return awsError(res, 503, 'ServiceUnavailableException', 'The service is currently unavailable.', BEDROCK_NS);
    const model = models[modelId];
    if (!model)
      return awsError(res, 400, 'ValidationException', 'The provided model identifier is invalid.', BEDROCK_NS);
    if (model.retired)
      return awsError(
        res,
        404,
        'ResourceNotFoundException',
        'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
        BEDROCK_NS,
      );
    const accounted = account(modelId, body);
    if (typeof accounted === 'string') return awsError(res, 400, 'ValidationException', accounted, BEDROCK_NS);
    const usage = accounted.usage;
    usages.push(usage);
    const tool = forcedTool(body);
    const answer = opts.answer?.(body, modelId, req.headers) ?? (tool ? { ok: true } : 'ok');
    const toolUseId = `tooluse_${randomBytes(8).toString('base64url')}`;
    const stopReason = tool ? 'tool_use' : 'end_turn';
    if (!stream) {
      const content = tool
        ? [{ toolUse: { toolUseId, name: tool, input: typeof answer === 'string' ? JSON.parse(answer) : answer } }]
        : [{ text: typeof answer === 'string' ? answer : JSON.stringify(answer) }];
      res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-requestid': requestId() });
      res.end(
        JSON.stringify({
          output: { message: { role: 'assistant', content } },
          stopReason,
          usage,
          metrics: { latencyMs: 12 },
        }),
      );
      return;
    }
    res.writeHead(200, { 'content-type': 'application/vnd.amazon.eventstream', 'x-amzn-requestid': requestId() });
    const text = typeof answer === 'string' ? answer : JSON.stringify(answer);
    res.write(frame('messageStart', { role: 'assistant' }));
    if (tool)
      res.write(frame('contentBlockStart', { contentBlockIndex: 0, start: { toolUse: { toolUseId, name: tool } } }));
    if (failure === 'stream-throttle') {
      // Mid-stream errors come as an exception message: `:message-type: exception`,
      // `:exception-type: throttlingException`, the error's members as the payload.
      res.write(frame('contentBlockDelta', { contentBlockIndex: 0, delta: { text: text.slice(0, 1) } }));
      res.end(
        codec.encode({
          headers: {
            ':exception-type': { type: 'string', value: 'throttlingException' },
            ':content-type': { type: 'string', value: 'application/json' },
            ':message-type': { type: 'string', value: 'exception' },
          },
          body: fromUtf8(JSON.stringify({ message: 'Too many tokens, please wait before trying again.' })),
        }),
      );
      return;
    }
    const half = Math.ceil(text.length / 2);
    for (const piece of [text.slice(0, half), text.slice(half)].filter((p) => p !== '')) {
      res.write(
        frame('contentBlockDelta', {
          contentBlockIndex: 0,
          delta: tool ? { toolUse: { input: piece } } : { text: piece },
        }),
      );
    }
    res.write(frame('contentBlockStop', { contentBlockIndex: 0 }));
    res.write(frame('messageStop', { stopReason }));
    res.end(frame('metadata', { usage, metrics: { latencyMs: 12 } }));
  }

  const stsXml = (res: ServerResponse, status: number, xml: string): void => {
    res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-requestid': requestId() });
    res.end(xml);
  };
  const stsError = (res: ServerResponse, status: number, code: string, message: string): void => {
    sts.refused.push({ code, message });
    const type = status >= 500 ? 'Receiver' : 'Sender';
    stsXml(
      res,
      status,
      `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">\n  <Error>\n    <Type>${type}</Type>\n    <Code>${code}</Code>\n    <Message>${message.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</Message>\n  </Error>\n  <RequestId>${requestId()}</RequestId>\n</ErrorResponse>\n`,
    );
  };

  async function jwksOf(issuer: string): Promise<Array<Record<string, unknown>> | undefined> {
    if (jwksCache.has(issuer)) return jwksCache.get(issuer);
    try {
      const disc = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as { jwks_uri?: string };
      const keys = ((await (await fetch(String(disc.jwks_uri))).json()) as { keys?: Array<Record<string, unknown>> })
        .keys;
      if (keys) jwksCache.set(issuer, keys);
      return keys;
    } catch {
      return undefined;
    }
  }

  async function stsCall(req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> {
    sts.calls++;
    const stsFailure = stsFailures.shift();
    if (stsFailure === 'Throttling') return stsError(res, 400, 'Throttling', 'Rate exceeded');
    if (stsFailure === 'ServiceUnavailable')
      return stsError(res, 503, 'ServiceUnavailable', 'Service is unable to handle request.');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded'))
      return stsError(res, 400, 'InvalidParameterValue', 'Content-Type must be application/x-www-form-urlencoded');
    const form = new URLSearchParams(raw.toString('utf8'));
    if (form.get('Action') !== 'AssumeRoleWithWebIdentity')
      return stsError(
        res,
        400,
        'InvalidAction',
        `Could not find operation ${form.get('Action') ?? ''} for version ${form.get('Version') ?? ''}`,
      );
    if (form.get('Version') !== '2011-06-15') return stsError(res, 400, 'InvalidAction', 'Unsupported version');
    // The action is unsigned: a signature would mean the caller sent credentials it should not need.
    for (const k of ['RoleArn', 'RoleSessionName', 'WebIdentityToken']) {
      if (!form.get(k)) return stsError(res, 400, 'MissingParameter', `The request must contain the parameter ${k}`);
    }
    const sessionName = form.get('RoleSessionName')!;
    if (!/^[\w+=,.@-]{2,64}$/.test(sessionName))
      return stsError(
        res,
        400,
        'ValidationError',
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]*`,
      );
    const duration = Number(form.get('DurationSeconds') ?? 3600);
    if (!Number.isInteger(duration) || duration < 900 || duration > 43200)
      return stsError(
        res,
        400,
        'ValidationError',
        `1 validation error detected: Value '${form.get('DurationSeconds')}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`,
      );
    const jwt = form.get('WebIdentityToken')!;
    const parts = jwt.split('.');
    let header: { alg?: string; kid?: string };
    let claims: Record<string, unknown>;
    try {
      if (parts.length !== 3) throw new Error('parts');
      header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as typeof header;
      claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      return stsError(
        res,
        400,
        'InvalidIdentityToken',
        'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      );
    }
    const role = roles.find((r) => r.arn === form.get('RoleArn'));
    const issuer = String(claims.iss ?? '');
    if (!role || role.issuer !== issuer) {
      if (!roles.some((r) => r.issuer === issuer))
        return stsError(
          res,
          400,
          'InvalidIdentityToken',
          `No OpenIDConnect provider found in your account for ${issuer}`,
        );
      return stsError(res, 403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    }
    const keys = await jwksOf(issuer);
    const jwk = keys?.find((k) => k.kid === header.kid);
    if (!jwk || header.alg !== 'RS256')
      return stsError(
        res,
        400,
        'InvalidIdentityToken',
        "Couldn't retrieve verification key from your identity provider, please reference AssumeRoleWithWebIdentity documentation for requirements",
      );
    const pub = createPublicKey({ key: jwk as import('node:crypto').JsonWebKey, format: 'jwk' });
    if (!createVerify('RSA-SHA256').update(`${parts[0]}.${parts[1]}`).verify(pub, Buffer.from(parts[2]!, 'base64url')))
      return stsError(res, 400, 'InvalidIdentityToken', 'The web identity token signature could not be verified.');
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now)
      return stsError(
        res,
        400,
        'ExpiredTokenException',
        `Token expired: current date/time ${now} must be before the expiration date/time${String(claims.exp)}`,
      );
    const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
    if (!aud.some((a) => role.audiences.includes(String(a))))
      return stsError(res, 400, 'InvalidIdentityToken', 'Incorrect token audience');
    if (typeof claims.sub !== 'string' || !globMatch(role.subject, claims.sub))
      return stsError(res, 403, 'AccessDenied', 'Not authorized to perform sts:AssumeRoleWithWebIdentity');
    if (duration > (role.maxSessionSeconds ?? 3600))
      return stsError(
        res,
        400,
        'ValidationError',
        'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.',
      );
    const issued: IssuedCredentials = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2Vj${randomBytes(96).toString('base64')}`,
      expiresAt: Date.now() + Math.min(duration, opts.credentialSeconds ?? duration) * 1000,
      roleArn: role.arn,
      sessionName,
    };
    sts.issued.push(issued);
    const account = /::(\d{12}):/.exec(role.arn)?.[1] ?? '123456789012';
    const roleName = role.arn.replace(/^.*:role\//, '');
    stsXml(
      res,
      200,
      `<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Audience>${String(aud[0])}</Audience>
    <AssumedRoleUser>
      <AssumedRoleId>AROA${randomBytes(8).toString('hex').toUpperCase()}:${sessionName}</AssumedRoleId>
      <Arn>arn:aws:sts::${account}:assumed-role/${roleName}/${sessionName}</Arn>
    </AssumedRoleUser>
    <Provider>${issuer.replace(/^https?:\/\//, '')}</Provider>
    <Credentials>
      <AccessKeyId>${issued.accessKeyId}</AccessKeyId>
      <SecretAccessKey>${issued.secretAccessKey}</SecretAccessKey>
      <SessionToken>${issued.sessionToken}</SessionToken>
      <Expiration>${new Date(issued.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z')}</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>${String(claims.sub)}</SubjectFromWebIdentityToken>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata>
    <RequestId>${requestId()}</RequestId>
  </ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>
`,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    if (req.method === 'POST' && path === '/') return stsCall(req, res, raw);
    return runtime(req, res, path, rawQuery, raw);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) awsError(res, 500, 'InternalServerException', String(e));
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    origin,
    region,
    stsEndpoint: `${origin}/`,
    requests,
    refused,
    usages,
    sts,
    failNext: (...f) => void failures.push(...f),
    failStsNext: (...f) => void stsFailures.push(...f),
    expireIssued: () => {
      for (const c of sts.issued) c.expiresAt = Date.now();
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
