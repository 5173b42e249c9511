/**
 * Quality against the base branch (docs/reference.md, "Quality against the base branch"): each
 * sampled or gated step's pass rate here beside the same step in the base branch's latest run,
 * with a two-sided Fisher exact test. A difference is called `regressed` or `improved` only when
 * it is significant at the step's gate confidence (0.95 without a gate), so sampling noise is
 * never shown as a change. Pure: two manifests in, a comparison and its Markdown out.
 */
import { fisherExactTwoSided } from '../quality/fisher.js';
import type { Manifest } from '../run/manifest-types.js';
import { code, formatCount } from './format.js';
import { stepOrder } from './sections.js';

export type QualityVerdict = 'regressed' | 'improved' | 'no significant change' | 'no base';

export interface PassCount {
  passed: number;
  judged: number;
}

export interface StepQuality {
  here: PassCount;
  base: PassCount | null;
  p: number | null;
  verdict: QualityVerdict;
}

/** Step id -> its comparison; the shape of the action's `quality` output. */
export type PrQuality = Record<string, StepQuality>;

export const DEFAULT_CONFIDENCE = 0.95;

function whole(x: unknown): number | undefined {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0 ? x : undefined;
}

/**
 * The pass count and confidence of a manifest entry's `samples`, read defensively: a base run
 * kept by an older release, or a hand-edited cache entry, may lack the object or hold nonsense.
 */
function samplesOf(entry: unknown): (PassCount & { confidence: number }) | undefined {
  const s = (entry as { samples?: unknown } | undefined)?.samples as Record<string, unknown> | undefined;
  if (!s || typeof s !== 'object') return undefined;
  const passed = whole(s.passed);
  const judged = whole(s.judged);
  if (passed === undefined || judged === undefined || passed > judged) return undefined;
  const c = s.confidence;
  const confidence = typeof c === 'number' && c > 0 && c < 1 ? c : DEFAULT_CONFIDENCE;
  return { passed, judged, confidence };
}

/**
 * Every step of `here` that has samples, against the same step of `base` (undefined: no base run).
 * A base step that was not sampled, or whose samples judged nothing, gives `no base`.
 */
export function compareQuality(here: Manifest, base: Manifest | undefined): PrQuality {
  const out: PrQuality = {};
  for (const id of stepOrder(here)) {
    const h = samplesOf(here.steps[id]);
    if (!h) continue;
    const b = base ? samplesOf(base.steps?.[id]) : undefined;
    const hereCount = { passed: h.passed, judged: h.judged };
    if (!b || b.judged === 0) {
      out[id] = { here: hereCount, base: null, p: null, verdict: 'no base' };
      continue;
    }
    const p = fisherExactTwoSided(h.passed, h.judged - h.passed, b.passed, b.judged - b.passed);
    // Rates compared by cross-multiplication: exact for whole counts. A here-side that judged
    // nothing has no rate; its table has a zero margin, so p = 1 and the verdict is no change.
    const diff = h.passed * b.judged - b.passed * h.judged;
    const significant = h.judged > 0 && p < 1 - h.confidence;
    const verdict: QualityVerdict =
      significant && diff < 0 ? 'regressed' : significant && diff > 0 ? 'improved' : 'no significant change';
    out[id] = { here: hereCount, base: { passed: b.passed, judged: b.judged }, p, verdict };
  }
  return out;
}

/** Two significant digits, as a reader compares p with 0.05; tiny values as "< 0.001". */
export function formatP(p: number): string {
  if (p < 0.001) return '< 0.001';
  return `= ${Number(p.toPrecision(2))}`;
}

/** `summary: 12/20 here vs 19/20 base (p = 0.02), regressed` */
export function qualityLine(id: string, q: StepQuality): string {
  const here = `${formatCount(q.here.passed)}/${formatCount(q.here.judged)} here`;
  if (!q.base || q.p === null) return `${code(id, 100)}: ${here}, no base`;
  return (
    `${code(id, 100)}: ${here} vs ${formatCount(q.base.passed)}/${formatCount(q.base.judged)} base (p ` +
    `${formatP(q.p)}), ${q.verdict}`
  );
}

const ICON: Record<QualityVerdict, string> = {
  regressed: '🔻',
  improved: '🔺',
  'no significant change': '',
  'no base': '',
};

/** The report section; empty when no step was sampled. `maxSteps` lists changes first. */
export function renderPrQuality(q: PrQuality, heading: string, maxSteps = 100, note?: string): string {
  const ids = Object.keys(q);
  if (!ids.length) return '';
  const rank = (v: QualityVerdict) => (v === 'regressed' ? 0 : v === 'improved' ? 1 : 2);
  const shown = [...ids].sort((x, y) => rank(q[x].verdict) - rank(q[y].verdict)).slice(0, maxSteps);
  const regressed = ids.filter((id) => q[id].verdict === 'regressed').length;
  const improved = ids.filter((id) => q[id].verdict === 'improved').length;
  const noBase = ids.every((id) => q[id].verdict === 'no base');
  const headline = noBase
    ? `No base to compare pass rates with${note ? ` (${note})` : ''}.`
    : regressed || improved
      ? `${formatCount(regressed)} regressed, ${formatCount(improved)} improved, ` +
        `${formatCount(ids.length - regressed - improved)} without a significant change (two-sided Fisher ` +
        `exact test at each step's gate confidence).`
      : "No significant change in any pass rate (two-sided Fisher exact test at each step's gate confidence).";
  const lines = [
    heading,
    '',
    headline,
    '',
    ...shown.map((id) => `- ${ICON[q[id].verdict] ? `${ICON[q[id].verdict]} ` : ''}${qualityLine(id, q[id])}`),
  ];
  if (ids.length > shown.length) lines.push(`- … and ${formatCount(ids.length - shown.length)} more`);
  return lines.join('\n');
}
