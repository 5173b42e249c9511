/**
 * Provider prompt caching end to end: what goes on the wire (Anthropic cache breakpoints, OpenAI's
 * prompt_cache_key), the cached tokens the servers report, and the cost the run records for them,
 * against loopback servers that account for caching as the real APIs do.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { readManifest } from '../../src/run/run-folder.js';
import { readEventsSync } from '../../src/events/reader.js';
import { anthropicBreakpoints, anthropicCacheMinimum } from '../../src/providers/prompt-cache.js';
import { costOfUsage } from '../../src/providers/prices.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { startCachingServer, type CachingServer } from '../helpers/prompt-cache-servers.js';
import { Workspace } from '../helpers/workspace.js';

let server: CachingServer;
let ws: Workspace;
beforeEach(async () => {
  server = await startCachingServer();
  ws = new Workspace();
  mkdirSync(ws.path('docs'), { recursive: true });
  // About 2,500 tokens of shared context: above Sonnet's 1,024-token minimum.
  writeFileSync(
    ws.path('docs/guide.md'),
    `# Review guide\n\n${'Check every error path and every boundary. '.repeat(230)}\n`,
  );
});
afterEach(async () => {
  await server.close();
  ws.cleanup();
});

const ENV = { TEST_ANTHROPIC_KEY: 'sk-ant-test-key-123456', TEST_OPENAI_KEY: 'sk-openai-test-key-123456' };

function spec(provider: string, extra = ''): string {
  return `version: 2
name: pc
defaults: { provider: ${provider}, retries: 0, concurrency: 1 }
providers:
  claude: { type: anthropic, model: claude-sonnet-4-5, base_url: "${server.origin}/v1", api_key_env: TEST_ANTHROPIC_KEY${extra} }
  gpt: { type: openai, model: gpt-4o-mini, base_url: "${server.origin}/v1", api_key_env: TEST_OPENAI_KEY${extra} }
steps:
  review:
    for_each: '["a.ts", "b.ts", "c.ts"]'
    system: You review one file.
    context: { include: ["docs/*.md"], max_tokens: 8000 }
    prompt: "Review {{ item }} against the guide."
    outputs: [{ path: "reviews/{{ item }}.md" }]
`;
}

async function run(yaml: string) {
  const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
  const result = await runJob({ loaded, runsDir: ws.path('runs'), env: ENV, workspaceDir: ws.dir });
  const manifest = await readManifest(join(ws.path('runs'), result.jobId));
  return { result, manifest, runDir: join(ws.path('runs'), result.jobId) };
}

type AnthropicBlock = { type: string; text: string; cache_control?: { type: string; ttl?: string } };

describe('anthropic prompt caching', () => {
  test('the context block is a cache breakpoint; later instances read it and the run is charged cache rates', async () => {
    const { result, manifest, runDir } = await run(spec('claude'));
    expect(result.status).toBe('succeeded');
    const bodies = server.requests.filter((r) => r.path === '/v1/messages').map((r) => r.body);
    expect(bodies).toHaveLength(3);
    for (const b of bodies) {
      // The short system prompt is below the minimum: no breakpoint there.
      const system = b.system as AnthropicBlock[] | string;
      const sysBlocks = typeof system === 'string' ? [] : system;
      expect(sysBlocks.every((s) => s.cache_control === undefined)).toBe(true);
      const content = (b.messages as Array<{ content: AnthropicBlock[] }>)[0]!.content;
      expect(content).toHaveLength(2);
      expect(content[0]!.cache_control).toEqual({ type: 'ephemeral' });
      expect(content[0]!.text).toContain('Check every error path');
      expect(content[1]!.cache_control).toBeUndefined();
      expect(content[1]!.text).toContain('Review ');
    }
    // The stable prefix is the same bytes in every instance.
    const prefixes = new Set(
      bodies.map((b) => (b.messages as Array<{ content: AnthropicBlock[] }>)[0]!.content[0]!.text),
    );
    expect(prefixes.size).toBe(1);

    const [first, second, third] = server.usages as Array<Record<string, number>>;
    expect(first!.cache_creation_input_tokens).toBeGreaterThan(1024);
    expect(first!.cache_read_input_tokens).toBe(0);
    expect(second!.cache_read_input_tokens).toBe(first!.cache_creation_input_tokens);
    expect(third!.cache_read_input_tokens).toBe(first!.cache_creation_input_tokens);

    // Usage in the manifest: input_tokens is all input, the cache parts are parts of it.
    const sum = (f: (u: Record<string, number>) => number) =>
      server.usages.reduce((a, u) => a + f(u as Record<string, number>), 0);
    const allInput = sum((u) => u.input_tokens! + u.cache_read_input_tokens! + u.cache_creation_input_tokens!);
    expect(manifest.totals.input_tokens).toBe(allInput);
    expect(manifest.totals.cached_input_tokens).toBe(sum((u) => u.cache_read_input_tokens!));
    expect(manifest.totals.cache_write_tokens).toBe(sum((u) => u.cache_creation_input_tokens!));

    // Cost at the registry's Sonnet 4.5 rates: input 3, output 15, cache read 0.30, write 3.75 per MTok.
    const expected = sum(
      (u) =>
        (u.input_tokens! * 3 +
          u.cache_read_input_tokens! * 0.3 +
          u.cache_creation_input_tokens! * 3.75 +
          u.output_tokens! * 15) /
        1e6,
    );
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 8);
    // What caching saved: the cached tokens at the full input rate, less what they cost.
    const saved = sum(
      (u) => (u.cache_read_input_tokens! * (3 - 0.3) + u.cache_creation_input_tokens! * (3 - 3.75)) / 1e6,
    );
    expect(manifest.totals.cache_saved_usd).toBeCloseTo(saved, 8);
    expect(saved).toBeGreaterThan(0);

    // The job summary and the PR comment say what caching did.
    const events = readEventsSync(join(runDir, 'events.jsonl')).events;
    const line = `Prompt cache: ${manifest.totals.cached_input_tokens!.toLocaleString('en-US')} of ${allInput.toLocaleString('en-US')} input tokens read from cache, ${manifest.totals.cache_write_tokens!.toLocaleString('en-US')} written; saved $${saved < 0.01 ? saved.toFixed(4) : saved.toFixed(2)}`;
    expect(renderSummary(manifest, events)).toContain(line);
    expect(renderComment(manifest, events)).toContain(line);
  });

  test('prompt_cache: false sends no breakpoint and pays full input rates', async () => {
    const { manifest } = await run(spec('claude', ', prompt_cache: false'));
    for (const r of server.requests) expect(JSON.stringify(r.body)).not.toContain('cache_control');
    expect(manifest.totals.cached_input_tokens).toBeUndefined();
    const expected = server.usages.reduce(
      (a, u) => a + (Number(u.input_tokens) * 3 + Number(u.output_tokens) * 15) / 1e6,
      0,
    );
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 8);
  });

  test('a 1-hour cache is asked for with ttl and its writes cost 2x input', async () => {
    const { manifest, runDir } = await run(spec('claude', ', prompt_cache: { ttl: 1h }'));
    const content = (server.requests[0]!.body.messages as Array<{ content: AnthropicBlock[] }>)[0]!.content;
    expect(content[0]!.cache_control).toEqual({ type: 'ephemeral', ttl: '1h' });
    const expected = server.usages.reduce(
      (a, u) =>
        a +
        (Number(u.input_tokens) * 3 +
          Number(u.cache_read_input_tokens) * 0.3 +
          Number(u.cache_creation_input_tokens) * 6 +
          Number(u.output_tokens) * 15) /
          1e6,
      0,
    );
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 8);
    const responses = readEventsSync(join(runDir, 'events.jsonl')).events.filter((e) => e.type === 'llm.response');
    expect(
      responses.map((e) => (e.data as { usage: { cache_write_tokens?: number } }).usage.cache_write_tokens ?? 0)[0],
    ).toBeGreaterThan(0);
  });
});

describe('openai prompt caching', () => {
  test('one stable prompt_cache_key per step, shared by its instances; cached tokens reported and charged', async () => {
    const { manifest } = await run(spec('gpt'));
    const keys = server.requests.map((r) => r.body.prompt_cache_key);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(typeof keys[0]).toBe('string');
    expect((keys[0] as string).length).toBeLessThanOrEqual(64);
    // The key names the step, never the data: no file name, no prompt text in it.
    expect(keys[0]).not.toMatch(/a\.ts|review/i);
    const cached = server.usages.map((u) => (u.prompt_tokens_details as { cached_tokens: number }).cached_tokens);
    expect(cached[0]).toBe(0);
    expect(cached[1]).toBeGreaterThanOrEqual(1024);
    expect(manifest.totals.cached_input_tokens).toBe(cached.reduce((a, b) => a + b, 0));
    // gpt-4o-mini at the registry's rates: input 0.15, cached 0.075, output 0.60 per MTok.
    const expected = server.usages.reduce((a, u) => {
      const c = (u.prompt_tokens_details as { cached_tokens: number }).cached_tokens;
      return a + ((Number(u.prompt_tokens) - c) * 0.15 + c * 0.075 + Number(u.completion_tokens) * 0.6) / 1e6;
    }, 0);
    expect(manifest.totals.cost_usd).toBeCloseTo(expected, 8);
  });

  test('prompt_cache: false sends no prompt_cache_key', async () => {
    await run(spec('gpt', ', prompt_cache: false'));
    for (const r of server.requests) expect(r.body.prompt_cache_key).toBeUndefined();
  });
});

describe('breakpoint rules', () => {
  test("each model's documented minimum", () => {
    expect(anthropicCacheMinimum('claude-sonnet-4-5')).toBe(1024);
    expect(anthropicCacheMinimum('claude-opus-4-1-20250805')).toBe(1024);
    expect(anthropicCacheMinimum('claude-opus-4-5')).toBe(4096);
    expect(anthropicCacheMinimum('claude-haiku-4-5')).toBe(4096);
    expect(anthropicCacheMinimum('claude-3-5-haiku-latest')).toBe(2048);
    expect(anthropicCacheMinimum('us.anthropic.claude-haiku-4-5-20251001-v1:0')).toBe(4096);
  });

  test('a system prompt over the minimum gets a breakpoint; a prefix under it gets none', () => {
    const long = 'x'.repeat(4 * 1100);
    expect(anthropicBreakpoints('claude-sonnet-4-5', long, 'q', { prefixChars: 0, group: 'g' })).toEqual({
      system: true,
      context: false,
    });
    expect(
      anthropicBreakpoints('claude-sonnet-4-5', 'short', `${'c'.repeat(400)}q`, { prefixChars: 400, group: 'g' }),
    ).toEqual({
      system: false,
      context: false,
    });
    const mid = 'y'.repeat(4 * 2100);
    expect(anthropicBreakpoints('claude-haiku-4-5', mid, `${mid}q`, { prefixChars: mid.length, group: 'g' })).toEqual({
      system: false,
      context: true,
    });
  });

  test('the price formula charges each part at its rate', () => {
    const price = { input_per_mtok: 3, output_per_mtok: 15 };
    // Anthropic ratios when no cache rate is given: read 0.1x, write 1.25x (5 minutes).
    expect(
      costOfUsage({ input_tokens: 1_000_000, output_tokens: 0, cached_input_tokens: 1_000_000 }, price, {
        providerType: 'anthropic',
      }),
    ).toBeCloseTo(0.3, 10);
    expect(
      costOfUsage({ input_tokens: 1_000_000, output_tokens: 0, cache_write_tokens: 1_000_000 }, price, {
        providerType: 'anthropic',
      }),
    ).toBeCloseTo(3.75, 10);
    expect(
      costOfUsage({ input_tokens: 1_000_000, output_tokens: 0, cache_write_tokens: 1_000_000 }, price, {
        providerType: 'anthropic',
        cacheTtl: '1h',
      }),
    ).toBeCloseTo(6, 10);
    // A spec's own cache rate wins over the ratio.
    expect(
      costOfUsage(
        { input_tokens: 2_000_000, output_tokens: 1_000_000, cached_input_tokens: 1_000_000 },
        { ...price, cache_read_per_mtok: 1 },
        { providerType: 'anthropic' },
      ),
    ).toBeCloseTo(3 + 1 + 15, 10);
  });
});
