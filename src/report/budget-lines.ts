/**
 * The lines the summary and the PR comment print about money: spend against the
 * budget, and which prices the cost figures used (a spec's `price`, the registry package and its
 * version, the built-in table, free local servers, or none). A manifest may come from an
 * untrusted artifact: every value is read defensively and shown as a number or as code.
 */
import type { Manifest } from '../run/manifest-types.js';
import type { SpendRecord } from '../cache/spend-records.js';
import { code, formatCost, formatCount, num } from './format.js';

/** Budgets are often cents: four decimals below a dollar, so $0.022 of $0.02 does not read as equal. */
function usd(n: number): string {
  return `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `Budget: $0.0220 of $0.0200 (110 %) · ...`, or undefined without a budget. */
export function budgetLine(m: Manifest): string | undefined {
  // A manifest from an artifact may be forged: its budget is checked field by field below.
  const b: unknown = (m.totals as Partial<Manifest['totals']> | undefined)?.budget;
  if (!isObj(b)) return undefined;
  const parts: string[] = [];
  if (typeof b.usd === 'number') {
    const spent = num(b.spent_usd);
    parts.push(`${usd(spent)} of ${usd(b.usd)}${b.usd > 0 ? ` (${Math.round((spent / b.usd) * 100)} %)` : ''}`);
  }
  if (typeof b.tokens === 'number')
    parts.push(`${formatCount(num(b.spent_tokens))} of ${formatCount(b.tokens)} tokens`);
  if (parts.length === 0) return undefined;
  const limit = b.exceeded === 'usd' || b.exceeded === 'tokens' ? b.exceeded : undefined;
  const exceeded = limit
    ? ` · **${limit} budget reached**: steps not started were skipped (\`budget_exceeded\`); resume with a ` +
      `larger budget`
    : '';
  return `Budget: ${parts.join(' · ')}${exceeded}`;
}

const SOURCE_TEXT: Record<string, string> = {
  spec: "the spec's price",
  local: 'free (local server)',
  builtin: 'built-in table of 2025-11-30',
  none: 'unknown (counted as $0)',
};

/** `Prices (USD per Mtok, in / out): `fast` 0.15 / 0.6 (...)`, or undefined when the manifest has none. */
export function pricesLine(m: Manifest): string | undefined {
  const prices: unknown = m.prices;
  if (!isObj(prices)) return undefined;
  const items = Object.entries(prices)
    .slice(0, 50)
    .filter(([, p]) => isObj(p))
    .map(([name, raw]) => {
      const p = raw as Record<string, unknown>;
      const figure =
        typeof p.input_per_mtok === 'number' ? ` ${num(p.input_per_mtok)} / ${num(p.output_per_mtok)}` : '';
      const source = typeof p.source === 'string' ? p.source : 'none';
      const from =
        source === 'registry' ? code(p.registry ?? 'registry', 80) : (SOURCE_TEXT[source] ?? code(source, 40));
      return `${code(name, 60)}${figure} (${from})`;
    });
  return items.length ? `Prices (USD per Mtok, in / out): ${items.join(', ')}` : undefined;
}

/**
 * What provider prompt caching did for the run, or undefined when no call reported cached tokens:
 * `Prompt cache: 12,000 of 20,000 input tokens read from cache, 3,000 written; saved $0.0321`.
 * The figures come from the manifest, which may come from a forged artifact: each is checked.
 */
export function promptCacheLine(m: Manifest): string | undefined {
  const t = m.totals;
  if (!t) return undefined;
  const read = num(t.cached_input_tokens);
  const written = num(t.cache_write_tokens);
  if (read === 0 && written === 0) return undefined;
  const saved = typeof t.cache_saved_usd === 'number' && Number.isFinite(t.cache_saved_usd) ? t.cache_saved_usd : 0;
  const savedText =
    saved > 0
      ? `saved ${formatCost(saved)}`
      : saved < 0
        ? `cost ${formatCost(-saved)} more (cache writes not read back yet)`
        : 'saved $0';
  return (
    `Prompt cache: ${formatCount(read)} of ${formatCount(num(t.input_tokens))} input tokens read from cache, ` +
    `${formatCount(written)} written; ${savedText}`
  );
}

/** `Matrix legs spent $0.7517 of the job's $0.9875 budget (3 legs)`, or undefined without records. */
export function legsSpendLine(
  records: readonly SpendRecord[],
  wholeUsd: number | undefined,
  ownJobId?: string,
): string | undefined {
  const legs = records.filter((r) => r.job_id !== ownJobId);
  if (legs.length === 0) return undefined;
  const spent = legs.reduce((a, r) => a + r.spent_usd, 0);
  const of =
    wholeUsd === undefined ? '' : ` of the job's ${usd(wholeUsd)} budget${spent > wholeUsd ? ' (over it)' : ''}`;
  return `Matrix legs spent ${usd(spent)}${of} (${legs.length} leg${legs.length === 1 ? '' : 's'})`;
}
