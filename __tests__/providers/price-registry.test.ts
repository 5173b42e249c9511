/** Prices: the spec wins, local servers are free, then the maintained registry, then the built-in table. */
import { resolvePrice, resolvePrices } from '../../src/providers/price-registry.js';

test('a spec price always wins, even for a model the registry knows', async () => {
  const price = { input_per_mtok: 9, output_per_mtok: 99 };
  expect(await resolvePrice({ type: 'openai', model: 'gpt-4o-mini', price })).toEqual({
    price: { ...price, cache_read_per_mtok: 0.075 },
    source: 'spec',
  });
  // A spec that names its cache rates gets them as written, and one that turns caching off gets no registry rates.
  const full = { ...price, cache_read_per_mtok: 1, cache_write_per_mtok: 2 };
  expect(await resolvePrice({ type: 'anthropic', model: 'claude-sonnet-4-5', price: full })).toEqual({
    price: full,
    source: 'spec',
  });
  expect(await resolvePrice({ type: 'openai', model: 'gpt-4o-mini', price, prompt_cache: false })).toEqual({
    price,
    source: 'spec',
  });
});

test('hosted models take their price from @pydantic/genai-prices at the base tier, and say so', async () => {
  const r = await resolvePrice({ type: 'anthropic', model: 'claude-sonnet-4-5' });
  expect(r.source).toBe('registry');
  expect(r.registry).toMatch(/^@pydantic\/genai-prices@\d+\.\d+\.\d+/);
  // Anthropic's published base rates (cache read 0.1x, 5-minute write 1.25x); the registry's
  // >200k-token tier (6 / 22.5) must not leak in.
  expect(r.price).toEqual({
    input_per_mtok: 3,
    output_per_mtok: 15,
    cache_read_per_mtok: 0.3,
    cache_write_per_mtok: 3.75,
  });
  const dated = await resolvePrice({ type: 'openai', model: 'gpt-4o-mini-2024-07-18' });
  expect(dated).toMatchObject({ source: 'registry', price: { input_per_mtok: 0.15, output_per_mtok: 0.6 } });
});

test('local servers are free; replay and unknown models have no price', async () => {
  const all = await resolvePrices({
    local: { type: 'ollama', model: 'llama3.1' },
    mlx: { type: 'openai-compatible', model: 'qwen', base_url: 'http://127.0.0.1:8080/v1' },
    offline: { type: 'replay', responses: 'r.yaml' },
    odd: { type: 'openai-compatible', model: 'no-such-model-xyz', base_url: 'https://gateway.example/v1' },
  });
  expect(all.local).toMatchObject({ source: 'local', price: { input_per_mtok: 0, output_per_mtok: 0 } });
  expect(all.mlx!.source).toBe('local');
  expect(all.offline).toEqual({ source: 'none' });
  expect(all.odd).toEqual({ source: 'none' });
});
