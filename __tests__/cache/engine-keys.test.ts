/**
 * Cache keys seen through the engine (manifest steps[].cache_key): what must move a key and what
 * must not. Runs real HTTP providers against a loopback OpenAI-compatible server, so the provider
 * identity (model, base_url, options) comes from the spec exactly as a user writes it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { Workspace } from '../helpers/workspace.js';

interface Knobs {
  model: string;
  temperature: number;
  baseUrl: (origin: string) => string;
  system: string;
  prompt: string;
  codeVersion: string;
  extract: string;
  concurrency: number;
  retries: number;
  timeoutS: number;
  target: string;
}

const BASE: Knobs = {
  model: 'gpt-4o-mini',
  temperature: 0,
  baseUrl: (o) => `${o}/v1`,
  system: 'You are terse.',
  prompt: 'Describe {{ inputs.topic }}',
  codeVersion: '1',
  extract: 'text',
  concurrency: 4,
  retries: 0,
  timeoutS: 30,
  target: 'main',
};

function specText(k: Knobs, origin: string): string {
  return `version: 2
name: keys
code_version: "${k.codeVersion}"
inputs: { topic: notes }
defaults: { provider: ${k.target}, concurrency: ${k.concurrency}, retries: ${k.retries}, timeout_s: ${k.timeoutS} }
providers:
  main: { type: openai, model: ${k.model}, base_url: "${k.baseUrl(origin)}", options: { temperature: ${k.temperature}, max_tokens: 100 } }
  other: { type: openai-compatible, model: other-model, base_url: "${origin}/v1" }
routes:
  main-first: { strategy: ordered, providers: [main, other] }
  other-first: { strategy: ordered, providers: [other, main] }
steps:
  a:
    system: ${JSON.stringify(k.system)}
    prompt: ${JSON.stringify(k.prompt)}
    outputs: [{ path: a.md, extract: ${k.extract} }]
  b:
    needs: [a]
    provider: other
    prompt: "Review: {{ steps.a.output }}"
    outputs: [{ path: b.txt }]
`;
}

describe('cache keys through the engine', () => {
  let server: WireServer;
  let ws: Workspace;
  let n = 0;
  beforeAll(async () => {
    server = await startWireServer();
    server.setFallback(PATHS.openaiChat, { ok: 'Notes:\n```md\n# notes\n```\n' });
  });
  afterAll(async () => server.close());
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  async function keys(
    over: Partial<Knobs> = {},
    env: Record<string, string> = { OPENAI_API_KEY: 'sk-test-aaaaaaaaaaaaaaaa' },
    jobId?: string,
  ): Promise<{ a: string; b: string; jobId: string }> {
    const k = { ...BASE, ...over };
    const loaded = await loadSpecFromString(specText(k, server.origin), ws.path('job.yaml'), ws.dir);
    const res = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: jobId ?? `keys-${++n}`,
      cache: null,
      env,
      concurrency: k.concurrency,
    });
    expect(res.status).toBe('succeeded');
    return { a: res.manifest.steps.a!.cache_key!, b: res.manifest.steps.b!.cache_key!, jobId: res.jobId };
  }

  it('does not depend on job id, concurrency, retries, timeouts or the API key value', async () => {
    const ref = await keys({}, { OPENAI_API_KEY: 'sk-test-aaaaaaaaaaaaaaaa' }, 'first-run');
    expect(ref.a).toMatch(/^[0-9a-f]{64}$/);
    expect(ref.b).toMatch(/^[0-9a-f]{64}$/);
    expect(ref.a).not.toBe(ref.b);
    const variants = [
      await keys({}, { OPENAI_API_KEY: 'sk-test-aaaaaaaaaaaaaaaa' }, 'second-run-other-id'),
      await keys({ concurrency: 1 }),
      await keys({ retries: 3 }),
      await keys({ timeoutS: 7 }),
      await keys({}, { OPENAI_API_KEY: 'sk-other-key-bbbbbbbbbbbbbbbb' }),
      // A trailing slash on base_url names the same endpoint.
      await keys({ baseUrl: (o) => `${o}/v1/` }),
    ];
    for (const v of variants) expect({ a: v.a, b: v.b }).toEqual({ a: ref.a, b: ref.b });
  });

  it.each<[string, Partial<Knobs>, boolean]>([
    // [what changes, knobs, does b's key change too]: b (on another provider) sees a's output, the same answer each time, but not a's provider or prompt.
    ['model', { model: 'gpt-4.1' }, false],
    ['temperature', { temperature: 0.7 }, false],
    ['base_url', { baseUrl: (o) => `${o.replace('127.0.0.1', 'localhost')}/v1` }, false],
    ['system', { system: 'You are verbose.' }, false],
    ['prompt', { prompt: 'Explain {{ inputs.topic }}' }, false],
    ['output extraction', { extract: 'code' }, false],
    ['route instead of provider', { target: 'main-first' }, false],
    ['code_version', { codeVersion: '2' }, true],
  ])('changing %s changes the key', async (_what, over, bChanges) => {
    const ref = await keys();
    const changed = await keys(over);
    expect(changed.a).not.toBe(ref.a);
    if (bChanges) expect(changed.b).not.toBe(ref.b);
    else if (over.extract === undefined) expect(changed.b).toBe(ref.b); // b's prompt saw the same text from a
  });

  it("a route's candidates are in its key in order", async () => {
    const mainFirst = await keys({ target: 'main-first' });
    const otherFirst = await keys({ target: 'other-first' });
    expect(mainFirst.a).not.toBe(otherFirst.a);
  });

  it('the API key value never reaches the run folder or the cache', async () => {
    const secret = 'sk-secret-value-zzzzzzzzzzzz1234';
    const loaded = await loadSpecFromString(specText(BASE, server.origin), ws.path('job.yaml'), ws.dir);
    const cache = new LocalCacheStore(ws.path('cache'));
    const res = await runJob({
      loaded,
      runsDir: ws.path('runs'),
      jobId: 'secret-run',
      cache,
      env: { OPENAI_API_KEY: secret },
    });
    expect(res.status).toBe('succeeded');
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        return statSync(p).isDirectory() ? walk(p) : [p];
      });
    const files = [...walk(ws.path('runs')), ...walk(ws.path('cache'))];
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain(secret);
  });
});

describe('cache keys of specs written in another Unicode normal form', () => {
  it('an NFD spec and an NFC spec give the same keys (and share cache entries)', async () => {
    const ws = new Workspace();
    try {
      const nfc = 'R\u00e9sum\u00e9 of the caf\u00e9 \u00c5ngstr\u00f6m';
      const spec = (text: string, name: string) => `version: 2
name: ${name}
inputs: { title: "${text}" }
defaults: { provider: offline, retries: 0 }
providers:
  offline: { type: replay, responses: responses.yaml }
steps:
  a: { system: "${text}", prompt: "Write {{ inputs.title }} ${text}", outputs: [{ path: a.txt }] }
`;
      ws.write({ 'responses.yaml': 'a: "ok"\n' });
      const cache = new LocalCacheStore(ws.path('cache'));
      const run = async (text: string, jobId: string) => {
        const loaded = await loadSpecFromString(spec(text, 'uni'), ws.path('job.yaml'), ws.dir);
        return runJob({ loaded, runsDir: ws.path('runs'), jobId, cache });
      };
      const a = await run(nfc, 'nfc');
      const b = await run(nfc.normalize('NFD'), 'nfd');
      expect(nfc.normalize('NFD')).not.toBe(nfc);
      expect(b.manifest.steps.a!.cache_key).toBe(a.manifest.steps.a!.cache_key);
      expect(b.manifest.steps.a!.cache).toBe('hit');
    } finally {
      ws.cleanup();
    }
  });
});
