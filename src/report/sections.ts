/**
 * The parts of a report, shared by the job summary and the PR comment. Each takes a level of
 * detail (0 = richest) so ./fit.js can shrink it; each says in its own text what it left out.
 * Every value from the manifest or the events is data (see ./format.js).
 */
import type { Manifest, StepState } from '../run/manifest-types.js';
import { decodeManifest } from '../run/manifest-decode.js';
import type { EventDigest } from './digest.js';
import {
  cellCode,
  clip,
  clipLine,
  code,
  fence,
  formatCost,
  formatCount,
  formatDuration,
  html,
  mdText,
  num,
  statusIcon,
  str,
} from './format.js';
import { rolledUp } from './counts.js';
import { levelsOf } from './mermaid.js';
import { instanceText, withoutInstances } from './instances.js';

export interface StepPreview {
  /** The output's path (relative to outputs/). */
  path: string;
  /** Its text, already cut to a reasonable size by the caller. */
  text: string;
  /** The full size, when `text` is a cut. */
  size_bytes?: number;
}

/**
 * A manifest read from an artifact may be forged or damaged: the renderers walk the shapes run/manifest-decode.ts
 * repairs.
 */
export function normalizeManifest(input: Manifest): Manifest {
  return decodeManifest(input);
}

/** Known engine words print as they are; anything else from a manifest is shown as code. */
const WORD = /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/;
export function word(value: unknown): string {
  const s = str(value);
  return WORD.test(s) && s.length <= 40 ? s : cellCode(s, 40);
}

/**
 * Steps in the order a reader expects: as they ran (by start time), then those that never started
 * by DAG level. Not Object.keys order: a JSON object puts integer-like keys ("0", "42") first.
 */
const orders = new WeakMap<Manifest, string[]>();
export function stepOrder(m: Manifest): string[] {
  let cached = orders.get(m);
  if (!cached) {
    cached = computeOrder(m);
    orders.set(m, cached);
  }
  return [...cached];
}

function computeOrder(m: Manifest): string[] {
  const ids = Object.keys(m.steps ?? {});
  const level = levelsOf(ids.map((id) => ({ id, needs: Array.isArray(m.graph?.[id]) ? m.graph[id] : [] })));
  const start = (id: string) => {
    const t = Date.parse(str(m.steps[id]?.started_at));
    return Number.isFinite(t) ? t : Infinity;
  };
  return ids
    .map((id, i) => ({ id, i, t: start(id), l: level.get(id) ?? 0 }))
    .sort((a, b) => (a.t === b.t ? 0 : a.t < b.t ? -1 : 1) || a.l - b.l || a.i - b.i)
    .map((x) => x.id);
}

const RANK: Record<string, number> = { failed: 0, running: 1, skipped: 2, pending: 3 };
export function failuresFirst(m: Manifest, ids: string[]): string[] {
  return ids
    .map((id, i) => ({ id, i, r: RANK[m.steps[id]?.status] ?? 4 }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.id);
}

export function failedSteps(m: Manifest): string[] {
  return stepOrder(m).filter((id) => m.steps[id].status === 'failed');
}

function checksCell(s: StepState, digest: EventDigest, id: string): string {
  const v = digest.checks.get(id);
  if (v?.length) {
    const passed = v.filter((x) => x.passed).length;
    return `${passed}/${v.length}${passed < v.length ? ' ❌' : ' ✅'}`;
  }
  if (s.checks && (num(s.checks.passed) || num(s.checks.failed))) {
    const p = num(s.checks.passed);
    const t = p + num(s.checks.failed);
    return `${p}/${t}${p < t ? ' ❌' : ' ✅'}`;
  }
  return '–';
}

function stepRow(id: string, s: StepState, digest: EventDigest, m: Manifest): string {
  const fanned = instanceText(m, id, 3);
  const status =
    s.status === 'skipped' && s.reason
      ? `${word(s.status)} (${word(s.reason)})`
      : fanned
        ? `${word(s.status)} (${cellCode(fanned, 300)})`
        : word(s.status);
  const model = s.provider ? cellCode(`${str(s.provider)}${s.model ? ` / ${str(s.model)}` : ''}`, 80) : '–';
  const retries = digest.retries.get(id);
  const fallbacks = digest.fallbacks.get(id);
  const extra = [
    retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '',
    fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  // A fanned-out step's figures are its instances' sums (src/report/counts.ts).
  const r = s.usage ? rolledUp(m, id) : undefined;
  return (
    `| ${statusIcon(s.status)} ${cellCode(id)} | ${status} | ${formatDuration(s.duration_ms)} | ` +
    `${word(s.cache)} | ${model} | ${formatCount(r?.attempts ?? s.attempts)}${extra ? ` (${extra})` : ''} | ` +
    `${checksCell(s, digest, id)} | ${formatCount(r?.usage.input_tokens ?? s.usage?.input_tokens)} / ` +
    `${formatCount(r?.usage.output_tokens ?? s.usage?.output_tokens)} | ` +
    `${formatCost(r?.cost_usd ?? s.cost_usd)} |`
  );
}

/**
 * The step table: every step up to `maxRows`; past it, failures first, saying how many were cut.
 * A fanned-out step is one row with its instances counted (./instances.ts).
 */
export function stepTable(m: Manifest, digest: EventDigest, maxRows: number, whereElse?: string): string {
  const ids = withoutInstances(m, stepOrder(m));
  const shown = ids.length <= maxRows ? ids : failuresFirst(m, ids).slice(0, maxRows);
  const rows = [
    '| Step | Status | Duration | Cache | Provider / model | Attempts | Checks | Tokens in / out | Cost |',
    '|---|---|---:|---|---|---:|---:|---:|---:|',
    ...shown.map((id) => stepRow(id, m.steps[id], digest, m)),
  ];
  if (shown.length < ids.length) {
    rows.push(
      '',
      `> ⚠️ Table cut: ${formatCount(shown.length)} of ${formatCount(ids.length)} steps shown, failures ` +
        `first.${whereElse ? ` All of them are in ${whereElse}.` : ''}`,
    );
  }
  return rows.join('\n');
}

/** Collapsed when long: a 1,000-row table open by default buries everything under it. */
export function collapsible(title: string, body: string, open: boolean): string {
  return [`<details${open ? ' open' : ''}><summary>${title}</summary>`, '', body, '', '</details>'].join('\n');
}

export interface FailureLevel {
  errorChars: number;
  count: number;
}
export const FAILURE_LEVELS: FailureLevel[] = [
  { errorChars: 4000, count: 100 },
  { errorChars: 1500, count: 100 },
  { errorChars: 600, count: 60 },
  { errorChars: 200, count: 30 },
  { errorChars: 0, count: 200 },
];

function failureBlock(id: string, s: StepState, digest: EventDigest, maxChars: number): string {
  const err = s.error;
  const title = err ? `${str(err.code)}: ${str(err.message).split('\n')[0]}` : 'failed';
  const body = [
    err ? str(err.message) : 'no error recorded',
    ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`),
  ].join('\n');
  return [
    '<details>',
    `<summary>❌ <code>${html(clipLine(id, 200))}</code> — ${html(clipLine(title, 200))}</summary>`,
    '',
    fence(clip(body, maxChars)),
    err?.hint ? `\n**Hint:** ${mdText(clip(str(err.hint), 500))}` : '',
    '',
    '</details>',
  ].join('\n');
}

/** Every failure with its error; shrinking shortens the errors, then lists the failed ids only. */
export function failuresSection(m: Manifest, digest: EventDigest, level: FailureLevel, heading: string): string {
  const failed = failedSteps(m);
  if (!failed.length) return '';
  if (level.errorChars === 0) {
    const list = failed
      .slice(0, level.count)
      .map((id) => code(id, 100))
      .join(', ');
    return [
      `${heading} (${formatCount(failed.length)})`,
      '',
      `❌ ${list}${failed.length > level.count ? ` … and ${formatCount(failed.length - level.count)} more` : ''}`,
      '',
      '> ⚠️ Error texts left out to fit the size limit.',
    ].join('\n');
  }
  const blocks = failed.slice(0, level.count).map((id) => failureBlock(id, m.steps[id], digest, level.errorChars));
  if (failed.length > level.count)
    blocks.push(
      `> ⚠️ Showing ${formatCount(level.count)} of ${formatCount(failed.length)} failures: ${failed
        .slice(level.count, level.count + 50)
        .map((id) => code(id, 60))
        .join(', ')}${failed.length > level.count + 50 ? ' …' : ''}`,
    );
  return [`${heading} (${formatCount(failed.length)})`, '', ...blocks].join('\n');
}

/** Check verdicts per step, pass/fail per check (as promptfoo's table shows them). */
export function checksSection(m: Manifest, digest: EventDigest, maxRows: number, heading: string): string {
  const ids = failuresFirst(
    m,
    stepOrder(m).filter((id) => digest.checks.get(id)?.length),
  );
  if (!ids.length) return '';
  const rows: string[] = [];
  let cut = 0;
  for (const id of ids) {
    for (const v of digest.checks.get(id)!) {
      if (rows.length >= maxRows) {
        cut++;
        continue;
      }
      const verdict = v.errored ? '⚠️ errored' : v.passed ? '✅ pass' : v.severity === 'warn' ? '⚠️ warn' : '❌ fail';
      // Index -1: the output_schema verdict, not one of the step's listed checks.
      const check = v.index >= 0 ? `${v.index + 1}. ${word(v.type)}` : 'output_schema';
      // A passing similar / judge check still shows its score and the judge's reason.
      const scored = v.score !== undefined || v.reason !== undefined;
      rows.push(`| ${cellCode(id)} | ${check} | ${verdict} | ${v.passed && !scored ? '' : cellCode(v.message, 160)} |`);
    }
  }
  const total = ids.reduce((n, id) => n + digest.checks.get(id)!.length, 0);
  const failed = ids.reduce((n, id) => n + digest.checks.get(id)!.filter((v) => !v.passed).length, 0);
  const table = [
    '| Step | Check | Result | Message |',
    '|---|---|---|---|',
    ...rows,
    ...(cut ? ['', `> ⚠️ ${formatCount(cut)} more check results not shown (failures first).`] : []),
  ].join('\n');
  return [
    heading,
    '',
    collapsible(
      `${formatCount(total - failed)} of ${formatCount(total)} checks passed`,
      table,
      failed > 0 && rows.length <= 30,
    ),
  ].join('\n');
}

/** Cost and tokens per provider / model, from the steps. */
export function modelsSection(m: Manifest, heading: string): string {
  const by = new Map<string, { steps: number; input: number; output: number; cost: number }>();
  for (const s of Object.values(m.steps ?? {})) {
    if (!s.provider) continue;
    const key = `${str(s.provider)}${s.model ? ` / ${str(s.model)}` : ''}`;
    const row = by.get(key) ?? { steps: 0, input: 0, output: 0, cost: 0 };
    row.steps++;
    row.input += num(s.usage?.input_tokens);
    row.output += num(s.usage?.output_tokens);
    row.cost += num(s.cost_usd);
    by.set(key, row);
  }
  if (!by.size) return '';
  const rows = [...by]
    .sort((a, b) => b[1].cost - a[1].cost || a[0].localeCompare(b[0]))
    .slice(0, 30)
    .map(
      ([k, r]) =>
        `| ${cellCode(k, 80)} | ${formatCount(r.steps)} | ${formatCount(r.input)} | ${formatCount(r.output)} ` +
        `| ${formatCost(r.cost)} |`,
    );
  return [
    heading,
    '',
    '| Provider / model | Steps | Tokens in | Tokens out | Cost |',
    '|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

export const PREVIEW_LEVELS = [
  { steps: 50, chars: 2000 },
  { steps: 20, chars: 800 },
  { steps: 5, chars: 300 },
];

/** Each step's first output, collapsed and cut, inside a code fence (inert: nothing in it renders). */
export function previewsSection(
  m: Manifest,
  previews: Readonly<Record<string, StepPreview>> | undefined,
  level: { steps: number; chars: number },
  heading: string,
): string {
  if (!previews) return '';
  const ids = stepOrder(m).filter((id) => previews[id]);
  if (!ids.length) return '';
  const blocks = ids.slice(0, level.steps).map((id) => {
    const p = previews[id];
    const size = p.size_bytes ?? Buffer.byteLength(p.text, 'utf8');
    return [
      `<details><summary><code>${html(clipLine(id, 120))}</code> → ` +
        `<code>${html(clipLine(p.path, 200))}</code> (${formatCount(size)} bytes)</summary>`,
      '',
      fence(clip(p.text, level.chars)),
      '',
      '</details>',
    ].join('\n');
  });
  if (ids.length > level.steps) blocks.push(`> ${formatCount(ids.length - level.steps)} more outputs not previewed.`);
  return [heading, '', ...blocks].join('\n');
}
