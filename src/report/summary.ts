/**
 * The job summary (GitHub's per-step summary, limit 1 MiB counted in bytes): status, totals, the
 * failures, the step table, check results, cost per model, output previews, the DAG and a Gantt
 * timeline as Mermaid. Pure: manifest + events in, Markdown out. Sections shrink before any is
 * dropped (./fit.js), and whatever is left out is said so in the text.
 */
import { renderPrQuality, type PrQuality } from './pr-quality.js';
import type { OrchestratorEvent } from '../events/types.js';
import type { GoldenReport } from '../golden/compare.js';
import type { Manifest } from '../run/manifest-types.js';
import { digestEvents, type EventDigest } from './digest.js';
import { fitReport, measureBytes, type Section } from './fit.js';
import { clip, code, fence, formatCost, formatCount, formatDuration, num, statusIcon, str } from './format.js';
import { cacheOff, stepTally } from './counts.js';
import { renderGantt } from './gantt.js';
import { renderStatusFlowchart } from './mermaid-status.js';
import {
  checksSection,
  collapsible,
  FAILURE_LEVELS,
  failuresSection,
  modelsSection,
  PREVIEW_LEVELS,
  previewsSection,
  stepOrder,
  stepTable,
  normalizeManifest,
  type StepPreview,
} from './sections.js';
import { budgetLine, pricesLine, promptCacheLine } from './budget-lines.js';
import { samplesSection } from './samples.js';

export { digestEvents, type EventDigest } from './digest.js';

/** GitHub refuses a step summary over 1 MiB (bytes); keep a margin for what other steps append. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** What the summary shows of a golden comparison (src/golden/compare.ts). */
export type GoldenResult = Pick<GoldenReport, 'drift' | 'missing' | 'extra' | 'changed' | 'diff'> & {
  /** Golden files nothing measured (their step failed, or their judge could not answer): never a pass. */
  unmeasured?: string[];
  /** Per-file verdicts with scores (2.2 golden rules). */
  files?: Array<{ path: string; verdict: string; score?: number }>;
};

/** What the report may link to and claim: only what exists. */
export interface ReportLinks {
  /** Link to the workflow run, shown under the title. */
  runUrl?: string;
  /** The run artifact's name: set only when it was uploaded (notes point to it). */
  artifactName?: string;
  /** A link to the uploaded artifact (REST: .../actions/runs/ID/artifacts/AID). */
  artifactUrl?: string;
  /** The commit this run describes (the PR head for a pull request). */
  sha?: string;
}

export interface SummaryOptions extends ReportLinks {
  maxBytes?: number;
  maxTableRows?: number;
  maxFailures?: number;
  maxErrorChars?: number;
  maxDiagramNodes?: number;
  golden?: GoldenResult;
  /** Short lines the action wants the reader to see (resumed from..., cache restored from...). */
  notes?: string[];
  /** Step id -> its first output (already read and cut by the caller). */
  previews?: Readonly<Record<string, StepPreview>>;
  /** Step id -> kind from the spec: command steps are drawn as in `plan`. */
  kinds?: Readonly<Record<string, 'llm' | 'command'>>;
  /** Pull requests: sampled steps' pass rates against the base branch's latest run (./pr-quality.js). */
  quality?: PrQuality;
  /** Why there was no base run, when there was none. */
  changesNote?: string;
}

/** "the run artifact `NAME`" when one was uploaded, else nothing: never point to what does not exist. */
export function whereElse(links: ReportLinks): string | undefined {
  return links.artifactName ? `the run artifact ${code(links.artifactName, 200)}` : undefined;
}

export function linksLine(m: Manifest, links: ReportLinks): string[] {
  const meta = [`Job ${code(m.job_id, 120)}`, `attempt ${formatCount(num(m.attempt) || 1)}`];
  if (links.sha) meta.push(`commit ${code(str(links.sha).slice(0, 12), 40)}`);
  if (links.runUrl) meta.push(`[workflow run](${safeUrl(links.runUrl)})`);
  if (links.artifactName)
    meta.push(
      links.artifactUrl
        ? `artifact [${code(links.artifactName, 200)}](${safeUrl(links.artifactUrl)})`
        : `artifact ${code(links.artifactName, 200)}`,
    );
  return meta;
}

/** Only http(s) URLs the action built; anything else is not linked. */
function safeUrl(url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : '#';
}

export function cacheText(m: Manifest): string {
  const t = m.totals ?? ({} as Manifest['totals']);
  const hits = num(t.cache_hits);
  const misses = num(t.cache_misses);
  return hits + misses === 0 || cacheOff(m)
    ? 'cache off'
    : `cache ${formatCount(hits)} hit${hits === 1 ? '' : 's'} / ${formatCount(misses)} miss${misses === 1 ? '' : 'es'}`;
}

function totalsTable(m: Manifest): string {
  const t = m.totals ?? ({} as Manifest['totals']);
  const off = num(t.cache_hits) + num(t.cache_misses) === 0 || cacheOff(m);
  // Steps are the spec's, instances apart (src/report/counts.ts): as the CLI and the comment count them.
  const s = stepTally(m);
  const steps = s.instances.total
    ? `${formatCount(s.steps)} (+${formatCount(s.instances.total)} instances)`
    : formatCount(s.steps);
  const ok = s.instances.total
    ? `${formatCount(s.succeeded)} (+${formatCount(s.instances.succeeded)})`
    : formatCount(s.succeeded);
  const failed = s.instances.failed
    ? `${formatCount(s.failed)} (+${formatCount(s.instances.failed)})`
    : formatCount(s.failed);
  const skipped = s.instances.skipped
    ? `${formatCount(s.skipped)} (+${formatCount(s.instances.skipped)})`
    : formatCount(s.skipped);
  return [
    '| Duration | Steps | Succeeded | Failed | Skipped | Cache hits | Cache misses | LLM calls | Tokens in / ' +
      'out | Cost |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    `| ${formatDuration(t.duration_ms)} | ${steps} | ${ok} | ${failed} | ${skipped} | ` +
      `${off ? 'off' : formatCount(t.cache_hits)} | ${off ? 'off' : formatCount(t.cache_misses)} | ` +
      `${formatCount(t.llm_calls)} | ${formatCount(t.input_tokens)} / ${formatCount(t.output_tokens)} | ` +
      `${formatCost(t.cost_usd)} |`,
  ].join('\n');
}

export function statusWord(status: unknown): string {
  const s = str(status);
  return ['running', 'succeeded', 'failed', 'cancelled'].includes(s) ? s : code(s, 40);
}

function goldenSection(g: GoldenResult, maxChars: number): string {
  const equivalent = (g.files ?? []).filter((f) => f.verdict === 'equivalent' || f.verdict === 'flaky');
  const soft = equivalent.length
    ? `\n\n${equivalent
        .slice(0, 50)
        .map(
          (f) => `- ${f.verdict}: ${code(f.path, 200)}${f.score !== undefined ? ` (score ${f.score.toFixed(2)})` : ''}`,
        )
        .join('\n')}`
    : '';
  if (!g.drift) return `### Golden outputs\n\n✅ Outputs match the golden files.${soft}`;
  const list = (label: string, xs: string[]) =>
    xs.length
      ? `- ${label}: ${xs
          .slice(0, 50)
          .map((x) => code(x, 200))
          .join(', ')}${xs.length > 50 ? ` … (+${xs.length - 50})` : ''}`
      : '';
  return [
    g.changed.length + g.missing.length + g.extra.length > 0
      ? '### ❌ Golden outputs drifted'
      : '### ❌ Golden outputs not measured',
    '',
    [
      list('changed', g.changed),
      list('missing', g.missing),
      list('extra', g.extra),
      list('unmeasured', g.unmeasured ?? []),
    ]
      .filter(Boolean)
      .join('\n'),
    ...(maxChars > 0
      ? ['', '<details open><summary>Diff</summary>', '', fence(clip(g.diff, maxChars), 'diff'), '', '</details>']
      : ['', '> ⚠️ The diff was left out to fit the size limit.']),
  ].join('\n');
}

const TABLE_ROWS = [1000, 300, 100, 30, 10];
const DIAGRAM_NODES = [200, 100, 50, 20, 0];
const TIMELINE_TASKS = [200, 100, 40, 10];

function droppedNote(what: string, links: ReportLinks) {
  return (names: string[]) => {
    const where = whereElse(links);
    return (
      `> ⚠️ ${what} cut to stay under GitHub's size limit; left out: ` +
      `${names.join(', ')}.${where ? ` Everything is in ${where}.` : ''}`
    );
  };
}

export function renderSummary(
  manifest: Manifest,
  events: Iterable<OrchestratorEvent>,
  options: SummaryOptions = {},
): string {
  const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - 16 * 1024;
  const digest: EventDigest = digestEvents(events);
  const m = normalizeManifest(manifest);
  const where = whereElse(options);

  const head = [`## ${statusIcon(m.status)} orchestrator: ${code(m.job_name, 100)} ${statusWord(m.status)}`, ''];
  head.push(
    [
      ...linksLine(m, options),
      `spec ${code(str(m.spec_sha256).slice(0, 12), 20)}`,
      `code_version ${code(m.code_version, 40)}`,
    ].join(' · '),
  );
  for (const note of options.notes ?? []) head.push('', `> ${note}`);
  if (digest.circuitsOpened.length)
    head.push(
      '',
      `> ⚡ Circuit opened for: ${[...new Set(digest.circuitsOpened)]
        .slice(0, 20)
        .map((p) => code(p, 60))
        .join(', ')}`,
    );
  head.push('', totalsTable(m));
  for (const line of [budgetLine(m), promptCacheLine(m), pricesLine(m)]) if (line) head.push('', line);

  const total = stepOrder(m).length;
  const tableRows = [options.maxTableRows ?? 1000, ...TABLE_ROWS.filter((n) => n < (options.maxTableRows ?? 1000))];
  const failureLevels = FAILURE_LEVELS.map((l, i) =>
    i === 0 ? { errorChars: options.maxErrorChars ?? l.errorChars, count: options.maxFailures ?? l.count } : l,
  );
  const nodes = [options.maxDiagramNodes ?? 200, ...DIAGRAM_NODES.filter((n) => n < (options.maxDiagramNodes ?? 200))];

  const sections: Section[] = [
    { name: 'title and totals', keep: Infinity, levels: 1, render: () => head.join('\n') },
    {
      name: 'failures',
      keep: 100,
      levels: failureLevels.length,
      render: (l) => failuresSection(m, digest, failureLevels[l], '### Failures'),
    },
    { name: 'samples', keep: 75, levels: 2, render: (l) => samplesSection(m, [200, 20][l]!, '### Samples') },
    ...(options.golden
      ? [
          {
            name: 'golden diff',
            keep: 90,
            levels: 4,
            render: (l: number) => goldenSection(options.golden!, [200_000, 20_000, 2_000, 0][l]),
          },
        ]
      : []),
    ...(options.quality && Object.keys(options.quality).length
      ? [
          {
            name: 'quality against the base branch',
            keep: 85,
            levels: 3,
            render: (l: number) =>
              renderPrQuality(
                options.quality!,
                '### Quality against the base branch',
                [1000, 100, 10][l],
                options.changesNote,
              ),
          },
        ]
      : []),
    {
      name: 'step table',
      keep: 70,
      levels: tableRows.length,
      render: (l) => {
        const table = stepTable(m, digest, tableRows[l], where);
        return (
          `### Steps\n\n` +
          (total > 30
            ? collapsible(`${formatCount(total)} steps${total > tableRows[l] ? ', failures first' : ''}`, table, false)
            : table)
        );
      },
    },
    { name: 'cost per model', keep: 65, levels: 1, render: () => modelsSection(m, '### Cost per model') },
    {
      name: 'check results',
      keep: 60,
      levels: 3,
      render: (l) => checksSection(m, digest, [500, 100, 20][l], '### Checks'),
    },
    {
      name: 'DAG',
      keep: 50,
      levels: nodes.length,
      render: (l) => {
        const flow = renderStatusFlowchart(m, { maxNodes: nodes[l], kinds: options.kinds });
        return [
          '### DAG',
          '',
          fence(flow.text, 'mermaid'),
          flow.shown < flow.total
            ? `\n> ⚠️ ${formatCount(flow.shown)} of ${formatCount(flow.total)} steps drawn one by one ` +
              `(failures and their neighbours first); the others are collapsed per level to stay within ` +
              `Mermaid's limits.`
            : '',
        ].join('\n');
      },
    },
    {
      name: 'output previews',
      keep: 40,
      levels: PREVIEW_LEVELS.length,
      render: (l) => previewsSection(m, options.previews, PREVIEW_LEVELS[l], '### Outputs'),
    },
    {
      name: 'timeline',
      keep: 30,
      levels: TIMELINE_TASKS.length,
      render: (l) => {
        const gantt = renderGantt(m, { maxTasks: Math.min(TIMELINE_TASKS[l], options.maxDiagramNodes ?? 200) });
        if (gantt.total === 0) return '';
        return [
          '### Timeline',
          '',
          fence(gantt.text, 'mermaid'),
          gantt.shown < gantt.total
            ? `\n> ⚠️ Timeline cut: ${formatCount(gantt.shown)} of ${formatCount(gantt.total)} steps shown ` +
              `(failures first).`
            : '',
        ].join('\n');
      },
    },
  ];
  return fitReport(sections, maxBytes, measureBytes, droppedNote('Summary', options)).text;
}
