/**
 * "What this PR changed": this run against the latest run of the base branch. Pure: two run
 * snapshots (manifest + the texts of their outputs) in, a comparison and its Markdown out.
 * A step changed when its cache key differs (its prompt, inputs, provider or upstream outputs
 * changed); an output differs when its sha256 does. Diffs are unified (jsdiff), collapsed and capped.
 */
import { createTwoFilesPatch } from 'diff';
import type { Manifest } from '../run/manifest-types.js';
import { code, clip, clipLine, fence, formatCost, formatCount, formatDuration, html, num, str } from './format.js';
import { stepOrder } from './sections.js';

/** What is kept of a run to compare against: its manifest and its outputs' texts by path. */
export interface RunSnapshot {
  manifest: Manifest;
  /** Output path (relative to outputs/) -> text; a path missing here was too big or binary. */
  outputs: Readonly<Record<string, string>>;
  /** The commit the run was for. */
  sha?: string;
}

export type StepChange = 'added' | 'removed' | 'changed';

export interface OutputDiff {
  path: string;
  step?: string;
  change: StepChange;
  /** Unified diff, or undefined when a side's text was not kept. */
  diff?: string;
}

export interface PrChanges {
  baseSha?: string;
  steps: Array<{ id: string; change: StepChange }>;
  outputs: OutputDiff[];
  cost: { base: number; head: number };
  duration: { base: number; head: number };
  tokens: { base: number; head: number };
  unchanged: boolean;
}

function outputsByPath(m: Manifest): Map<string, { sha: string; step: string }> {
  const out = new Map<string, { sha: string; step: string }>();
  for (const [id, s] of Object.entries(m.steps ?? {})) {
    for (const o of Array.isArray(s.outputs) ? s.outputs : []) out.set(str(o.path), { sha: str(o.sha256), step: id });
  }
  return out;
}

export function comparePrRuns(base: RunSnapshot, head: RunSnapshot): PrChanges {
  const b = base.manifest;
  const h = head.manifest;
  const steps: PrChanges['steps'] = [];
  for (const id of stepOrder(h)) {
    const before = b.steps?.[id];
    if (!before) steps.push({ id, change: 'added' });
    // Without a key on both sides (a step that never ran on one) there is nothing to compare.
    else if (before.cache_key && h.steps[id].cache_key && str(before.cache_key) !== str(h.steps[id].cache_key))
      steps.push({ id, change: 'changed' });
  }
  for (const id of stepOrder(b)) if (!h.steps?.[id]) steps.push({ id, change: 'removed' });

  const bo = outputsByPath(b);
  const ho = outputsByPath(h);
  const outputs: OutputDiff[] = [];
  const paths = [...new Set([...ho.keys(), ...bo.keys()])].sort();
  for (const path of paths) {
    const x = bo.get(path);
    const y = ho.get(path);
    if (x && y && x.sha === y.sha) continue;
    const change: StepChange = !x ? 'added' : !y ? 'removed' : 'changed';
    const before = x ? base.outputs[path] : '';
    const after = y ? head.outputs[path] : '';
    const diff =
      before === undefined || after === undefined
        ? undefined
        : createTwoFilesPatch(`base/${path}`, `head/${path}`, before, after, undefined, undefined, { context: 3 });
    outputs.push({ path, step: (y ?? x)!.step, change, diff });
  }
  const t = (m: Manifest) => m.totals ?? ({} as Manifest['totals']);
  return {
    baseSha: base.sha,
    steps,
    outputs,
    cost: { base: num(t(b).cost_usd), head: num(t(h).cost_usd) },
    duration: { base: num(t(b).duration_ms), head: num(t(h).duration_ms) },
    tokens: {
      base: num(t(b).input_tokens) + num(t(b).output_tokens),
      head: num(t(h).input_tokens) + num(t(h).output_tokens),
    },
    unchanged: steps.length === 0 && outputs.length === 0,
  };
}

export interface PrChangesLevel {
  maxSteps: number;
  maxDiffs: number;
  maxDiffChars: number;
}
export const PR_CHANGES_LEVELS: PrChangesLevel[] = [
  { maxSteps: 100, maxDiffs: 20, maxDiffChars: 6000 },
  { maxSteps: 50, maxDiffs: 10, maxDiffChars: 2000 },
  { maxSteps: 20, maxDiffs: 5, maxDiffChars: 500 },
  { maxSteps: 10, maxDiffs: 0, maxDiffChars: 0 },
];

function delta(base: number, head: number, fmt: (n: number) => string): string {
  if (base === head) return `${fmt(head)} (same)`;
  const sign = head > base ? '+' : '−';
  return `${fmt(head)} (${sign}${fmt(Math.abs(head - base))} vs base ${fmt(base)})`;
}

const VERB: Record<StepChange, string> = { added: 'new', removed: 'removed', changed: 'changed' };

/** The comment section; a run with nothing changed says so in one line. */
export function renderPrChanges(c: PrChanges, level: PrChangesLevel = PR_CHANGES_LEVELS[0]): string {
  const base = c.baseSha ? ` ${code(c.baseSha.slice(0, 12), 20)}` : '';
  if (c.unchanged)
    return `**What this PR changed:** nothing: every step and output is the same as on the base branch${base}.`;
  const lines = [
    '### What this PR changed',
    '',
    `Against the latest run of the base branch${base}: ${formatCount(c.steps.length)} ` +
      `step${c.steps.length === 1 ? '' : 's'} changed, ${formatCount(c.outputs.length)} ` +
      `output${c.outputs.length === 1 ? ' differs' : 's differ'}.`,
    `Cost ${delta(c.cost.base, c.cost.head, formatCost)} · time ` +
      `${delta(c.duration.base, c.duration.head, formatDuration)} · tokens ` +
      `${delta(c.tokens.base, c.tokens.head, formatCount)}`,
  ];
  if (c.steps.length) {
    const shown = c.steps
      .slice(0, level.maxSteps)
      .map((s) => `${code(s.id, 100)} (${VERB[s.change]})`)
      .join(', ');
    lines.push(
      '',
      `Steps: ${shown}` +
        `${c.steps.length > level.maxSteps ? ` … and ${formatCount(c.steps.length - level.maxSteps)} more` : ''}`,
    );
  }
  if (c.outputs.length) {
    lines.push('');
    for (const [i, o] of c.outputs.entries()) {
      if (i >= level.maxDiffs) {
        const rest = c.outputs
          .slice(i, i + 50)
          .map((x) => code(x.path, 120))
          .join(', ');
        lines.push(`Also differ: ${rest}${c.outputs.length > i + 50 ? ' …' : ''}`);
        break;
      }
      const title =
        `<code>${html(clipLine(o.path, 200))}</code> ${VERB[o.change]}` +
        `${o.step ? ` (step <code>${html(clipLine(o.step, 100))}</code>)` : ''}`;
      const body =
        o.diff === undefined
          ? 'The text of one side was not kept (binary or too big).'
          : fence(clip(o.diff, level.maxDiffChars), 'diff');
      lines.push(`<details><summary>${title}</summary>`, '', body, '', '</details>');
    }
  }
  return lines.join('\n');
}
