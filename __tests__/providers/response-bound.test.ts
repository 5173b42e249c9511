/**
 * A provider answer is read up to max_response_bytes, counted after decompression: a gzip bomb
 * (a small body that inflates to hundreds of MB) fails with E_RESPONSE_TOO_LARGE without the
 * process ever holding the inflated answer.
 */
import { createServer, type Server } from 'node:http';
import { createGzip } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { createHttpProvider } from '../../src/providers/http.js';
import type { HttpProviderSpec } from '../../src/jobspec/schema.js';

const BOMB_MB = 400;

/** ~400 KB of gzip that inflates to a 400 MB "answer" (a JSON prefix, then one endless string). */
async function makeBomb(): Promise<Buffer> {
  const gz = createGzip({ level: 9 });
  const parts: Buffer[] = [];
  gz.on('data', (b: Buffer) => parts.push(b));
  const done = new Promise((r) => gz.on('end', r));
  gz.write(
    '{"id":"x","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"',
  );
  const mb = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < BOMB_MB; i++) if (!gz.write(mb)) await new Promise((r) => gz.once('drain', r));
  gz.end('"}}]}');
  await done;
  return Buffer.concat(parts);
}

let server: Server;
let origin: string;
let bomb: Buffer;
let mode: 'bomb' | 'declared' = 'bomb';

beforeAll(async () => {
  bomb = await makeBomb();
  server = createServer((req, res) => {
    req.resume();
    if (mode === 'declared') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(64 * 1024 * 1024) });
      res.write('{"id":"x"');
      return; // never finishes: the client must refuse on the header alone
    }
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': String(bomb.length),
    });
    res.end(bomb);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

function call(spec: Partial<HttpProviderSpec>) {
  const p = createHttpProvider(
    'bombed',
    { type: 'openai', model: 'm', base_url: `${origin}/v1`, ...spec } as HttpProviderSpec,
    {
      baseDir: '.',
      env: { OPENAI_API_KEY: 'k' },
    },
  );
  return p.complete({ stepId: 's', prompt: 'hi', signal: new AbortController().signal, attempt: 1 });
}

test.each([false, true])(
  'a gzip bomb fails with E_RESPONSE_TOO_LARGE and memory stays bounded (stream: %s)',
  async (stream) => {
    mode = 'bomb';
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    global.gc?.();
    const before = process.memoryUsage().rss;
    await expect(call({ max_response_bytes: 1024 * 1024, stream })).rejects.toMatchObject({
      code: 'E_RESPONSE_TOO_LARGE',
      retryable: false,
    });
    const grown = (process.memoryUsage().rss - before) / 1024 / 1024;
    // Reading the whole bomb would hold 400+ MB (more as a string); bounded it is a few MB of buffers.
    expect(grown).toBeLessThan(150);
  },
);

test('the default bound applies when max_response_bytes is not set', async () => {
  mode = 'bomb';
  await expect(call({})).rejects.toMatchObject({
    code: 'E_RESPONSE_TOO_LARGE',
    message: expect.stringContaining(String(16 * 1024 * 1024)),
  });
});

test('a declared Content-Length over the bound is refused before the body is read', async () => {
  mode = 'declared';
  await expect(call({ max_response_bytes: 1024 * 1024 })).rejects.toMatchObject({
    code: 'E_RESPONSE_TOO_LARGE',
    message: expect.stringContaining('declares'),
  });
});
