/**
 * The job summary (GitHub's per-step summary, limit 1 MiB): status, totals, the step table, the DAG
 * and a Gantt timeline as Mermaid, and every failure with its error. Pure: manifest + events in,
 * Markdown out. Every part has a cap, and the whole is held under `maxBytes`; anything left out is
 * said so in the text.
 */
import type { OrchestratorEvent } from '../events/types.js';
import type { Manifest, StepState } from '../run/manifest-types.js';
import { cell, clip, fence, formatCost, formatCount, formatDuration, html, pickSteps, statusIcon, utf8Bytes } from './format.js';
import { renderGantt } from './gantt.js';
import { budgetLine, pricesLine } from './budget-lines.js';
import { failuresFirst, renderStatusFlowchart } from './mermaid-status.js';

/** GitHub refuses a step summary over 1 MiB; keep a margin for what other steps append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface GoldenResult {
  drift: boolean;
  missing: string[];
  extra: string[];
  changed: string[];
  diff: string;
}

export interface SummaryOptions {
  maxBytes?: number;
  maxTableRows?: number;
  maxFailures?: number;
  maxErrorChars?: number;
  maxDiagramNodes?: number;
  /** Link to the workflow run, shown under the title. */
  runUrl?: string;
  artifactName?: string;
  golden?: GoldenResult;
  /** Short lines the action wants the reader to see (resumed from..., cache restored from...). */
  notes?: string[];
}

/** What the events add to the manifest: retries, fallbacks and circuit trips per step. */
export interface EventDigest {
  retries: Map<string, number>;
  fallbacks: Map<string, number>;
  circuitsOpened: string[];
  /** Last error messages seen for a step (llm.error, quality.failed), newest last. */
  lastErrors: Map<string, string[]>;
}

export function digestEvents(events: Iterable<OrchestratorEvent>): EventDigest {
  const digest: EventDigest = { retries: new Map(), fallbacks: new Map(), circuitsOpened: [], lastErrors: new Map() };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const e of events) {
    const step = e.step_id ?? '';
    if (e.type === 'step.retrying') bump(digest.retries, step);
    else if (e.type === 'route.fallback') bump(digest.fallbacks, step);
    else if (e.type === 'circuit.opened') digest.circuitsOpened.push(String(e.data?.provider ?? e.data?.name ?? '?'));
    else if ((e.type === 'llm.error' || e.type === 'quality.failed') && step) {
      const msg = e.data?.message ?? e.data?.error ?? e.data?.reason;
      if (msg !== undefined) {
        const list = digest.lastErrors.get(step) ?? [];
        list.push(`${e.type}: ${typeof msg === 'string' ? msg : JSON.stringify(msg)}`);
        if (list.length > 3) list.shift();
        digest.lastErrors.set(step, list);
      }
    }
  }
  return digest;
}

function totalsTable(m: Manifest): string {
  const t = m.totals;
  return [
    '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / out | Cost |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${formatDuration(t.duration_ms)} | ${formatCount(t.steps)} | ${formatCount(t.succeeded)} | ${formatCount(t.failed)} | ${formatCount(t.skipped)} | ${formatCount(t.cache_hits)} | ${formatCount(t.cache_misses)} | ${formatCount(t.llm_calls)} | ${formatCount(t.input_tokens)} / ${formatCount(t.output_tokens)} | ${formatCost(t.cost_usd)} |`,
  ].join('\n');
}

function stepRow(id: string, s: StepState, digest: EventDigest): string {
  const status = s.status === 'skipped' && s.reason ? `${s.status} (${s.reason})` : s.status;
  const model = s.provider ? `${s.provider}${s.model ? ` / ${s.model}` : ''}` : '–';
  const retries = digest.retries.get(id);
  const fallbacks = digest.fallbacks.get(id);
  const extra = [retries ? `${retries} retr${retries === 1 ? 'y' : 'ies'}` : '', fallbacks ? `${fallbacks} fallback${fallbacks === 1 ? '' : 's'}` : '']
    .filter(Boolean).join(', ');
  return `| ${statusIcon(s.status)} \`${id}\` | ${cell(status)} | ${formatDuration(s.duration_ms)} | ${s.cache} | ${cell(model)} | ${s.attempts}${extra ? ` (${extra})` : ''} | ${formatCount(s.usage?.input_tokens)} / ${formatCount(s.usage?.output_tokens)} | ${formatCost(s.cost_usd)} |`;
}

export function renderStepTable(m: Manifest, digest: EventDigest, maxRows: number): string {
  const ids = Object.keys(m.steps);
  const shown = pickSteps(ids, maxRows, failuresFirst(m));
  const rows = [
    '| Step | Status | Duration | Cache | Provider / model | Attempts | Tokens in / out | Cost |',
    '|---|---|---:|---|---|---:|---:|---:|',
    ...shown.map((id) => stepRow(id, m.steps[id], digest)),
  ];
  if (shown.length < ids.length) {
    rows.push('', `> ⚠️ Table truncated: showing ${shown.length} of ${ids.length} steps (failures first). The full manifest is in the run artifact.`);
  }
  return rows.join('\n');
}

function failureBlock(id: string, s: StepState, digest: EventDigest, maxChars: number): string {
  const err = s.error;
  const title = err ? `${err.code}: ${err.message.split('\n')[0]}` : 'failed';
  const body = [err?.message ?? 'no error recorded', ...(digest.lastErrors.get(id) ?? []).map((l) => `- ${l}`)].join('\n');
  return [
    '<details>',
    `<summary>❌ <code>${html(id)}</code> — ${html(clip(title, 200))}</summary>`,
    '',
    fence(clip(body, maxChars)),
    err?.hint ? `\n**Hint:** ${html(clip(err.hint, 500))}` : '',
    '',
    '</details>',
  ].join('\n');
}

function goldenSection(g: GoldenResult, maxChars: number): string {
  if (!g.drift) return '### Golden outputs\n\n✅ Outputs match the golden files.';
  const list = (label: string, xs: string[]) => (xs.length ? `- ${label}: ${xs.slice(0, 50).map((x) => `\`${x}\``).join(', ')}${xs.length > 50 ? ` … (+${xs.length - 50})` : ''}` : '');
  return [
    '### ❌ Golden outputs drifted',
    '',
    [list('changed', g.changed), list('missing', g.missing), list('extra', g.extra)].filter(Boolean).join('\n'),
    '',
    '<details open><summary>Diff</summary>',
    '',
    fence(clip(g.diff, maxChars), 'diff'),
    '',
    '</details>',
  ].join('\n');
}

export function renderSummary(manifest: Manifest, events: Iterable<OrchestratorEvent>, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
  const digest = digestEvents(events);
  const m = manifest;
  const sections: string[] = [];

  const head = [`## ${statusIcon(m.status)} orchestrator: \`${m.job_name}\` ${m.status}`, ''];
  const meta = [`Job \`${m.job_id}\``, `attempt ${m.attempt ?? 1}`, `spec \`${m.spec_sha256.slice(0, 12)}\``, `code_version \`${m.code_version}\``];
  if (options.runUrl) meta.push(`[workflow run](${options.runUrl})`);
  if (options.artifactName) meta.push(`artifact \`${options.artifactName}\``);
  head.push(meta.join(' · '));
  for (const note of options.notes ?? []) head.push('', `> ${note}`);
  if (digest.circuitsOpened.length) head.push('', `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)].join(', ')}`);
  head.push('', totalsTable(m));
  for (const line of [budgetLine(m), pricesLine(m)]) if (line) head.push('', line); // issue-16
  sections.push(head.join('\n'));

  if (options.golden) sections.push(goldenSection(options.golden, 200_000));

  const failed = Object.keys(m.steps).filter((id) => m.steps[id].status === 'failed');
  if (failed.length) {
    const maxFailures = options.maxFailures ?? 100;
    const blocks = failed.slice(0, maxFailures).map((id) => failureBlock(id, m.steps[id], digest, options.maxErrorChars ?? 4000));
    if (failed.length > maxFailures) blocks.push(`> ⚠️ Showing ${maxFailures} of ${failed.length} failures.`);
    sections.push([`### Failures (${failed.length})`, '', ...blocks].join('\n'));
  }

  sections.push(`### Steps\n\n${renderStepTable(m, digest, options.maxTableRows ?? 1000)}`);

  const flow = renderStatusFlowchart(m, { maxNodes: options.maxDiagramNodes ?? 250 });
  sections.push([
    '### DAG',
    '',
    fence(flow.text, 'mermaid'),
    flow.shown < flow.total ? `\n> ⚠️ Diagram truncated: ${flow.shown} of ${flow.total} steps shown (failures first).` : '',
  ].join('\n'));

  const gantt = renderGantt(m, { maxTasks: options.maxDiagramNodes ?? 200 });
  if (gantt.total > 0) {
    sections.push([
      '### Timeline',
      '',
      fence(gantt.text, 'mermaid'),
      gantt.shown < gantt.total ? `\n> ⚠️ Timeline truncated: ${gantt.shown} of ${gantt.total} steps shown.` : '',
    ].join('\n'));
  }

  return fitSections(sections, maxBytes);
}

/**
 * Joins sections, dropping whole sections from the end when the total would pass `maxBytes`
 * (a cut in the middle of a fence or a <details> would break the page). The first section is cut
 * at a line boundary only if even it alone is too big.
 */
export function fitSections(sections: string[], maxBytes: number, what = 'Summary'): string {
  const note = (n: number) => `\n\n> ⚠️ ${what} truncated to stay under GitHub's size limit: ${n} section(s) left out. See the run artifact for everything.\n`;
  const reserve = utf8Bytes(note(999));
  let out = '';
  let used = 0;
  for (const [i, section] of sections.entries()) {
    const piece = (i === 0 ? '' : '\n\n') + section;
    const size = utf8Bytes(piece);
    if (used + size + reserve > maxBytes) {
      if (i === 0) {
        const lines = section.split('\n');
        let cut = '';
        for (const line of lines) {
          if (utf8Bytes(cut) + utf8Bytes(line) + 1 + reserve > maxBytes) break;
          cut += `${line}\n`;
        }
        out = cut;
      }
      return `${out}${note(sections.length - i)}`;
    }
    out += piece;
    used += size;
  }
  return `${out}\n`;
}
