/**
 * Which price each provider of a spec is charged at, and where that figure came from:
 * 1. `spec`: the provider's `price:` in the spec (always wins);
 * 2. `local`: free (ollama, or any server on a loopback base_url);
 * 3. `registry`: @pydantic/genai-prices, a maintained price registry (Pydantic's genai-prices
 *    project, updated as providers change prices; we take its data as shipped in the installed
 *    package version, never from the network at run time);
 * 4. `builtin`: the small table in prices.ts (dated 2025-11-30), for a model the registry lacks;
 * 5. `none`: unknown; its cost shows as 0 and cost routes try it last.
 *
 * The registry is loaded lazily (~160 ms, 2 MB): only when a hosted provider has no `price:`.
 */
import { publishedRetirement } from './model-retirements.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Price, ProviderSpec } from '../jobspec/schema.js';
import { builtinPrice, priceOf } from './prices.js';

export type PriceSource = 'spec' | 'local' | 'registry' | 'builtin' | 'none';

export interface ResolvedPrice {
  price?: Price;
  source: PriceSource;
  /** For `registry`: the package and version the figure came from. */
  registry?: string;
}

/** Registry provider ids for our provider types (the registry also guesses from the model id). */
const REGISTRY_PROVIDER: Record<string, string | undefined> = {
  openai: 'openai',
  anthropic: 'anthropic',
  // Bedrock's own prices (they differ from Anthropic's: regional endpoints cost 10% more).
  bedrock: 'aws',
  // Gemini on the Gemini API and on Vertex: one price list in the registry (provider `google`).
  google: 'google',
  vertex: 'google',
};

type CalcPrice = typeof import('@pydantic/genai-prices').calcPrice;

let registry: { calcPrice: CalcPrice; name: string } | undefined;

async function loadRegistry(): Promise<{ calcPrice: CalcPrice; name: string }> {
  if (registry) return registry;
  const mod = await import('@pydantic/genai-prices');
  let version = 'unknown';
  try {
    // The package exports no ./package.json: find it beside its entry file.
    const entry = createRequire(import.meta.url).resolve('@pydantic/genai-prices');
    version = (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    /* bundled (dist/): the package.json is not there; the name alone still says where the price came from */
  }
  registry = { calcPrice: mod.calcPrice, name: `@pydantic/genai-prices@${version}` };
  return registry;
}

/** USD per million tokens from the registry, at its base tier (prompts under any long-context tier). */
export async function registryPrice(
  model: string,
  providerType: string,
): Promise<{ price: Price; registry: string } | undefined> {
  const r = await loadRegistry();
  const id = model.replace(/^(openai|anthropic|google|models)\//, '');
  const providerId = REGISTRY_PROVIDER[providerType];
  let calc: ReturnType<CalcPrice>;
  try {
    // 1,000 tokens each way stays under every long-context tier; scaled to a million.
    calc = r.calcPrice({ input_tokens: 1000, output_tokens: 1000 }, id, providerId ? { providerId } : {});
  } catch {
    return undefined;
  }
  if (!calc) return undefined;
  const round = (x: number) => Math.round(x * 1000 * 1e6) / 1e6;
  const price: Price = { input_per_mtok: round(calc.input_price), output_per_mtok: round(calc.output_price) };
  const rates = cacheRatesOf(calc);
  if (rates.read !== undefined) price.cache_read_per_mtok = rates.read;
  if (rates.write !== undefined) price.cache_write_per_mtok = rates.write;
  return { price, registry: r.name };
}

/** The registry's base-tier cache rates (USD per million tokens), when it lists them for the model. */
function cacheRatesOf(calc: NonNullable<ReturnType<CalcPrice>>): { read?: number; write?: number } {
  const mp = (calc as { model_price?: Record<string, unknown> }).model_price ?? {};
  const base = (v: unknown): number | undefined => {
    if (typeof v === 'number') return v;
    if (v !== null && typeof v === 'object' && typeof (v as { base?: unknown }).base === 'number')
      return (v as { base: number }).base;
    return undefined;
  };
  return { read: base(mp.cache_read_mtok), write: base(mp.cache_write_mtok) };
}

/** The price and its source for one provider spec. */
export async function resolvePrice(spec: ProviderSpec): Promise<ResolvedPrice> {
  if (spec.price) return { price: await withRegistryCacheRates(spec), source: 'spec' };
  const local = priceOf(spec);
  if (local && local.input_per_mtok === 0 && local.output_per_mtok === 0) return { price: local, source: 'local' };
  // Azure names a deployment; without `model` its name is the best guess (often the model's).
  const model = spec.type === 'azure' ? (spec.model ?? spec.deployment) : spec.model;
  if (spec.type === 'replay' || !model) return { source: 'none' };
  const fromRegistry = await registryPrice(model, spec.type);
  if (fromRegistry) return { price: fromRegistry.price, source: 'registry', registry: fromRegistry.registry };
  const builtin = builtinPrice(model);
  return builtin ? { price: builtin, source: 'builtin' } : { source: 'none' };
}

/** Providers whose answers report prompt-cache tokens, so a cache rate can matter. */
const CACHING_TYPES = new Set(['anthropic', 'openai', 'azure', 'bedrock', 'google', 'vertex']);

/**
 * A spec's price that names no cache rates takes the registry's for the model (the spec's input
 * and output rates still win), so a price copied from a pricing page does not overcharge cached tokens.
 */
async function withRegistryCacheRates(spec: ProviderSpec): Promise<Price> {
  const price = spec.price!;
  const wants = price.cache_read_per_mtok === undefined || price.cache_write_per_mtok === undefined;
  if (!wants || !CACHING_TYPES.has(spec.type) || !spec.model || ('prompt_cache' in spec && spec.prompt_cache === false))
    return price;
  const reg = await registryPrice(spec.model, spec.type).catch(() => undefined);
  if (!reg) return price;
  return {
    ...price,
    ...(price.cache_read_per_mtok === undefined && reg.price.cache_read_per_mtok !== undefined
      ? { cache_read_per_mtok: reg.price.cache_read_per_mtok }
      : {}),
    ...(price.cache_write_per_mtok === undefined && reg.price.cache_write_per_mtok !== undefined
      ? { cache_write_per_mtok: reg.price.cache_write_per_mtok }
      : {}),
  };
}

/** Every provider's price and source, by provider name. */
export async function resolvePrices(
  providers: Readonly<Record<string, ProviderSpec>>,
): Promise<Record<string, ResolvedPrice>> {
  const out: Record<string, ResolvedPrice> = {};
  for (const [name, spec] of Object.entries(providers)) out[name] = await resolvePrice(spec);
  return out;
}

/** What the registry knows of a model: whether it lists it, under which id, and its retirement. */
export interface RegistryModelInfo {
  known: boolean;
  /** The registry's id for the model (it matches aliases and dated snapshots). */
  id?: string;
  /** The registry marks the model deprecated (no longer listed by its provider). */
  deprecated?: boolean;
  /** A retirement (or deprecation) date the registry gives, YYYY-MM-DD. */
  retiresOn?: string;
  /** Where the retirement date comes from (the registry, or a vendor's deprecations page). */
  retirementSource?: string;
  registry: string;
}

/**
 * The registry's knowledge of a hosted model. The installed data marks models `deprecated` but
 * carries no dates; a date field, when a later data version has one, is honoured as it stands,
 * and otherwise the vendors' published dates (model-retirements.ts) are.
 */
export async function registryModelInfo(model: string, providerType: string): Promise<RegistryModelInfo> {
  const r = await loadRegistry();
  const id = model.replace(/^(openai|anthropic|google|models)\//, '');
  const providerId = REGISTRY_PROVIDER[providerType];
  let calc: ReturnType<CalcPrice>;
  try {
    calc = r.calcPrice({ input_tokens: 1, output_tokens: 1 }, id, providerId ? { providerId } : {});
  } catch {
    calc = null;
  }
  const published = publishedRetirement(model, providerType);
  if (!calc) {
    if (published)
      return { known: true, id, registry: r.name, retiresOn: published.date, retirementSource: published.source };
    return { known: false, registry: r.name };
  }
  const info = calc.model as typeof calc.model & Record<string, unknown>;
  const date = [info.retirement_date, info.retired_on, info.deprecation_date, info.deprecated_on, info.end_date].find(
    (v): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v),
  );
  return {
    known: true,
    id: info.id,
    registry: r.name,
    ...(info.deprecated ? { deprecated: true } : {}),
    ...(date
      ? { retiresOn: date.slice(0, 10), retirementSource: r.name }
      : published
        ? { retiresOn: published.date, retirementSource: published.source }
        : {}),
  };
}
