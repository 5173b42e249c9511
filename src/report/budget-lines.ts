/**
 * issue-16: the lines the summary, the PR comment and `show` print about money: spend against
 * the budget, and which prices the cost figures used (a spec's `price`, the registry package and
 * its version, the built-in table, free local servers, or none).
 */
import type { Manifest } from '../run/manifest-types.js';
import { formatCount } from './format.js';

/** Budgets are often cents: four decimals below a dollar, so $0.022 of $0.02 does not read as equal. */
function usd(n: number): string {
  return `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
}

/** `Budget: $0.0220 of $0.0200 (110 %) · exceeded: ...`, or undefined without a budget. */
export function budgetLine(m: Manifest): string | undefined {
  const b = m.totals.budget;
  if (!b) return undefined;
  const parts: string[] = [];
  if (b.usd !== undefined) parts.push(`${usd(b.spent_usd)} of ${usd(b.usd)}${b.usd > 0 ? ` (${Math.round((b.spent_usd / b.usd) * 100)} %)` : ''}`);
  if (b.tokens !== undefined) parts.push(`${formatCount(b.spent_tokens)} of ${formatCount(b.tokens)} tokens`);
  const exceeded = b.exceeded ? ` · **${b.exceeded} budget reached**: steps not started were skipped (\`budget_exceeded\`); resume with a larger budget` : '';
  return `Budget: ${parts.join(' · ')}${exceeded}`;
}

const SOURCE_TEXT: Record<string, string> = {
  spec: 'the spec\'s price',
  local: 'free (local server)',
  builtin: 'built-in table of 2025-11-30',
  none: 'unknown (counted as $0)',
};

/** `Prices (USD per Mtok in / out): fast gpt-4o-mini 0.15 / 0.6 from ...`, or undefined when the manifest has none. */
export function pricesLine(m: Manifest): string | undefined {
  const prices = m.prices;
  if (!prices || Object.keys(prices).length === 0) return undefined;
  const items = Object.entries(prices).map(([name, p]) => {
    const figure = p.input_per_mtok !== undefined ? ` ${p.input_per_mtok} / ${p.output_per_mtok}` : '';
    const from = p.source === 'registry' ? `\`${p.registry ?? 'registry'}\`` : SOURCE_TEXT[p.source] ?? p.source;
    return `\`${name}\`${figure} (${from})`;
  });
  return `Prices (USD per Mtok, in / out): ${items.join(', ')}`;
}
