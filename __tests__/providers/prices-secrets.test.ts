import { readFileSync } from 'node:fs';
import { builtinPrice, priceOf } from '../../src/providers/prices.js';
import { secretValues } from '../../src/providers/secrets.js';
import { costOf } from '../../src/routing/pool.js';
import { createHttpProvider } from '../../src/providers/http.js';
import { JobSpecSchema } from '../../src/jobspec/schema.js';

describe('priceOf', () => {
  test('a spec price wins over the table', () => {
    expect(priceOf({ type: 'openai', model: 'gpt-4o', price: { input_per_mtok: 1, output_per_mtok: 2 } })).toEqual({
      input_per_mtok: 1,
      output_per_mtok: 2,
    });
  });
  test('known models come from the table, dated snapshots included', () => {
    expect(priceOf({ type: 'openai', model: 'gpt-4o-mini' })).toEqual({ input_per_mtok: 0.15, output_per_mtok: 0.6 });
    expect(priceOf({ type: 'openai', model: 'gpt-4o-mini-2024-07-18' })).toEqual({
      input_per_mtok: 0.15,
      output_per_mtok: 0.6,
    });
    expect(priceOf({ type: 'anthropic', model: 'claude-sonnet-4-5-20250929' })).toEqual(
      builtinPrice('claude-sonnet-4-5'),
    );
    expect(priceOf({ type: 'openai', model: 'gpt-4o' })).not.toEqual(priceOf({ type: 'openai', model: 'gpt-4o-mini' }));
  });
  test('local servers are free; unknown hosted models have no price', () => {
    expect(priceOf({ type: 'ollama', model: 'llama3.1' })).toEqual({ input_per_mtok: 0, output_per_mtok: 0 });
    expect(priceOf({ type: 'openai-compatible', model: 'qwen', base_url: 'http://127.0.0.1:8080/v1' })).toEqual({
      input_per_mtok: 0,
      output_per_mtok: 0,
    });
    expect(
      priceOf({ type: 'openai-compatible', model: 'qwen', base_url: 'https://gateway.example/v1' }),
    ).toBeUndefined();
    expect(priceOf({ type: 'openai', model: 'some-future-model' })).toBeUndefined();
  });
  test("costOf uses the provider's price per million tokens", () => {
    const p = createHttpProvider(
      'fast',
      { type: 'openai', model: 'x', price: { input_per_mtok: 2, output_per_mtok: 8 } },
      { baseDir: '.', env: {} },
    );
    expect(costOf(p, { input_tokens: 500_000, output_tokens: 250_000 })).toBeCloseTo(1 + 2, 10);
  });
});

describe('secretValues', () => {
  const spec = JobSpecSchema.parse({
    version: 2,
    name: 'x',
    steps: { s: { prompt: 'p' } },
    providers: {
      a: { type: 'openai', model: 'm' },
      b: { type: 'anthropic', model: 'm', api_key_env: 'CLAUDE_KEY' },
      c: { type: 'ollama', model: 'm' },
      d: { type: 'openai-compatible', model: 'm', base_url: 'http://127.0.0.1:1/v1', api_key_env: 'GW_KEY' },
      e: { type: 'openai', model: 'm2' },
      f: { type: 'replay', responses: 'r.yaml' },
    },
  });
  test('every configured key present in env, defaults included, once each', () => {
    const env = {
      OPENAI_API_KEY: 'sk-1',
      ANTHROPIC_API_KEY: 'unused-default',
      CLAUDE_KEY: 'ck-2',
      GW_KEY: 'gw-3',
      OTHER: 'not-a-key',
    };
    expect(secretValues(spec, env).sort()).toEqual(['ck-2', 'gw-3', 'sk-1']);
  });
  test('unset or empty variables give nothing', () => {
    expect(secretValues(spec, { OPENAI_API_KEY: '', GW_KEY: undefined })).toEqual([]);
  });
});

test('the SDK is loaded lazily: no runtime import of ai / @ai-sdk / ollama at module top level', () => {
  for (const file of ['src/providers/http.ts', 'src/providers/factory.ts', 'src/routing/pool.ts']) {
    const src = readFileSync(file, 'utf8');
    const staticImports = src.match(/^import (?!type ).*from '([^']+)'/gm) ?? [];
    expect(staticImports.filter((l) => /'(ai|@ai-sdk\/[^']+|ollama-ai-provider-v2)'/.test(l))).toEqual([]);
  }
});
