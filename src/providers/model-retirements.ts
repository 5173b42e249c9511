/**
 * Retirement dates the vendors publish, for the models the price registry lists without a date
 * (its data marks models deprecated but carries no dates). Only dates read on the vendors' own
 * deprecation pages are listed; a model past its date answers every request with an error, so
 * `doctor` reports it unusable before a run spends anything on it.
 *
 * Sources:
 * - Anthropic: https://platform.claude.com/docs/en/about-claude/model-deprecations (model status
 *   table) and the API release notes (Claude Sonnet 4 and Opus 4 retired on 2026-06-15). The dates
 *   apply to Anthropic's own API; Bedrock and Vertex set their own.
 * - OpenAI: https://platform.openai.com/docs/deprecations (GPT-4.5 Preview turned off 2025-07-14).
 */

interface Retirement {
  date: string;
  source: string;
}

const ANTHROPIC = "Anthropic's model deprecations page";
const OPENAI = "OpenAI's deprecations page";

const RETIREMENTS: Record<string, Record<string, Retirement>> = {
  anthropic: {
    ...Object.fromEntries(
      [
        'claude-1.0',
        'claude-1.1',
        'claude-1.2',
        'claude-1.3',
        'claude-instant-1.0',
        'claude-instant-1.1',
        'claude-instant-1.2',
      ].map((id) => [id, { date: '2024-11-06', source: ANTHROPIC }]),
    ),
    'claude-2.0': { date: '2025-07-21', source: ANTHROPIC },
    'claude-2.1': { date: '2025-07-21', source: ANTHROPIC },
    'claude-3-sonnet-20240229': { date: '2025-07-21', source: ANTHROPIC },
    'claude-3-5-sonnet-20240620': { date: '2025-10-22', source: ANTHROPIC },
    'claude-3-5-sonnet-20241022': { date: '2025-10-22', source: ANTHROPIC },
    'claude-3-opus-20240229': { date: '2026-01-05', source: ANTHROPIC },
    'claude-sonnet-4-20250514': { date: '2026-06-15', source: ANTHROPIC },
    'claude-opus-4-20250514': { date: '2026-06-15', source: ANTHROPIC },
  },
  openai: {
    'gpt-4.5-preview': { date: '2025-07-14', source: OPENAI },
    'gpt-4.5-preview-2025-02-27': { date: '2025-07-14', source: OPENAI },
  },
};

/** The published retirement of `model` on the vendor's own API (provider type anthropic or openai). */
export function publishedRetirement(model: string, providerType: string): Retirement | undefined {
  const id = model.toLowerCase().replace(/^(openai|anthropic)\//, '');
  return RETIREMENTS[providerType]?.[id];
}
