/**
 * The HTML run report (docs/reference.md, "The HTML report"): one self-contained file, rendered
 * here as escaped HTML (model in, string out, no I/O). Nothing from the run becomes markup, a link
 * or an image: every string goes through esc(); the only links are the commit and workflow run
 * URLs ./links.ts built from validated parts, and `#s-N` anchors to the page's own sections. The
 * page loads nothing: styles and the one script are inline, and its Content-Security-Policy allows
 * that script by hash and nothing remote.
 *
 * Size: at most `maxBytes` (5,000,000 by default) whatever the run's texts. The page without its
 * long texts is measured first; what is left (at most `textBytes`) is shared among the long texts (prompts, responses,
 * stdout, stderr, previews, check messages, the golden diff) so that short ones stay whole and
 * long ones are cut to the same size, each with a note saying so and where the whole text is.
 */
import { formatCost, formatCount, formatDuration } from '../format.js';
import { CLIENT_SCRIPT, CLIENT_SCRIPT_HASH } from './client-script.js';
import { renderDagSvg, statusClass } from './dag-svg.js';
import { esc, jsonBytes, jsonForScript, jsonPrefixWithin, short } from './escape.js';
import type { ReportCheck, ReportGoldenFile, ReportModel, ReportSamples, ReportStep } from './model.js';
import { renderTimelineSvg } from './timeline-svg.js';

export const REPORT_MAX_BYTES = 5_000_000;

/** What the long texts may take in all (their cut notes included), within maxBytes. */
export const REPORT_TEXT_BYTES = 2_500_000;

/**
 * What one long text (a prompt, a response, stdout, an output preview...) may take, in bytes of
 * the page's data block, however few steps the run has: the details panel stays quick to open,
 * and no single text grows the page (docs/reference.md, "The HTML report").
 */
export const REPORT_TEXT_CAP = 32_000;

export interface RenderOptions {
  /** Upper bound of the file in bytes (UTF-8). */
  maxBytes?: number;
  /** Upper bound of the long texts in bytes. */
  textBytes?: number;
}

export const REPORT_CSP =
  `default-src 'none'; script-src ${CLIENT_SCRIPT_HASH}; style-src 'unsafe-inline'; img-src data:; base-uri ` +
  `'none'; form-action 'none'`;

const STYLE =
  `
:root{--ok:#1a7f37;--bad:#cf222e;--skip:#8c959f;--run:#bf8700;--fg:#1f2328;--mut:#59636e;--bd:#d1d9e0;--bg2:#f6f8fa}
html:not(.js) main{display:none}*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe ` +
  `UI",sans-serif;color:var(--fg);margin:0;padding:16px 24px;max-width:1600px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid ` +
  `var(--bd);padding-bottom:4px}h4{margin:12px 0 4px;font-size:13px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;color:#fff;font-size:12px;font-weight:600;` +
  `background:var(--skip)}
.b-succeeded{background:var(--ok)}.b-failed{background:var(--bad)}.b-running{background:var(--run)}` +
  `.b-cancelled{background:#6e7781}
.glance{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:8px;margin:12px 0}
.glance div{background:var(--bg2);border:1px solid var(--bd);border-radius:6px;padding:6px 10px}.glance ` +
  `b{display:block;font-size:12px;color:var(--mut);font-weight:500}
.meta{color:var(--mut)}code,pre{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
pre{background:var(--bg2);border:1px solid var(--bd);border-radius:6px;padding:8px;white-space:pre-wrap;` +
  `word-break:break-word;max-height:420px;overflow:auto;margin:0}
.err{border-color:#ffb3b8;background:#fff5f5}.note{color:var(--mut);font-style:italic;font-size:12px}
.view{border:1px solid var(--bd);border-radius:6px;overflow:auto;max-height:520px;background:#fff}
#table .view,#timeline .view{content-visibility:auto;contain-intrinsic-size:auto 520px}
#detail{border:1px solid var(--bd);border-radius:6px;padding:4px 12px 12px;min-height:60px}
.js #dag-view{height:480px;overflow:hidden;cursor:grab;touch-action:none}
.tools{margin:4px 0}.tools button{margin-right:4px}
svg text{font:12px system-ui,sans-serif;fill:var(--fg)}
.node rect{fill:#fff;stroke:var(--skip);stroke-width:1.5}.node .stack{fill:var(--bg2)}.node{cursor:pointer}
.node.st-succeeded rect{stroke:var(--ok);fill:#dafbe1}.node.st-failed rect{stroke:var(--bad);fill:#ffebe9}` +
  `.node.st-running rect{stroke:var(--run);fill:#fff8c5}
.node.st-skipped rect,.node.st-pending rect{stroke-dasharray:4 3}
.node:focus{outline:none}.node:focus-visible rect{stroke:#0969da;stroke-width:4}.node:focus-visible ` +
  `.stack{stroke-width:1.5}
.edges{fill:none;stroke:#8c959f;stroke-width:1.2}
.row rect{fill:var(--skip)}.row.st-succeeded rect{fill:var(--ok)}.row.st-failed rect{fill:var(--bad)}.row.st-running ` +
  `rect{fill:var(--run)}.row{cursor:pointer}
.grid{stroke:#eaeef2;fill:none}.tick{fill:var(--mut);font-size:11px}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--bd);padding:4px ` +
  `8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;` +
  `color:inherit}
th[aria-sort=ascending] button::after{content:" ▲"}th[aria-sort=descending] button::after{content:" ▼"}
th button:focus-visible,a:focus-visible,#filter:focus-visible{outline:2px solid #0969da;outline-offset:2px}
.s-succeeded{color:var(--ok)}.s-failed{color:var(--bad)}.s-running{color:var(--run)}.s-skipped,` +
  `.s-pending{color:var(--mut)}
#filter{padding:5px 8px;width:320px;max-width:100%;border:1px solid var(--bd);border-radius:6px}
.checks td{font-size:13px}pre.diff{max-height:320px}.pass{color:var(--ok)}.fail{color:var(--bad)}
`;

/** A long text of the model, cut to the budget: the texts are the only part that grows with the run's content. */
interface Cut {
  text: string;
  /** Characters of the whole text, when it was cut. */
  cutFrom?: number;
}

/** The cap (escaped bytes) each long text gets; Infinity = everything fits. */
class TextBudget {
  private readonly cap: number;
  /** Leave the step texts out altogether (a run too big for any text within the bound). */
  readonly omit: boolean;
  constructor(cap: number, omit = false) {
    this.cap = Math.min(cap, REPORT_TEXT_CAP);
    this.omit = omit;
  }
  cut(text: string): Cut {
    // Escaping never shrinks a text and at most multiplies it by 6: most texts need no count.
    if (text.length * 6 <= this.cap || (text.length <= this.cap && jsonBytes(text) <= this.cap)) return { text };
    return { text: jsonPrefixWithin(text, Math.max(0, this.cap)), cutFrom: text.length };
  }
}

function cutNote(c: Cut, where: string): string {
  return (
    `Cut to fit the report (truncated): ${formatCount(c.text.length)} of ${formatCount(c.cutFrom ?? 0)} ` +
    `characters shown; the full text is in ${where} of the run folder.`
  );
}

function pre(c: Cut, where: string, cls = ''): string {
  const note = c.cutFrom !== undefined ? `<p class="note">${esc(cutNote(c, where))}</p>` : '';
  return `<pre${cls ? ` class="${cls}"` : ''}>${esc(c.text)}</pre>${note}`;
}

/**
 * A step's details as data for the page's script, which builds them with createElement and
 * textContent when the step is opened: 1,000 steps of prompts and responses parsed as HTML up
 * front would cost seconds before DOMContentLoaded; as JSON in a data block they cost a scan.
 *   ['m', text]                       a line of facts
 *   ['h', text]                       a heading
 *   ['pre', text, 'err' | '', note?]  a text block (note: it was cut)
 *   ['checks', [[type, verdict, score, message, reason], ...]]
 *   ['x', log]                        the texts were left out (the page writes the note: a
 *                                     run of thousands of steps repeats it thousands of times)
 */
type Block =
  | ['m', string]
  | ['h', string]
  | ['pre', string, string, string?]
  | ['checks', Array<[string, string, string, string, string]>]
  | ['x', string];

function preBlock(c: Cut, where: string, cls = ''): Block {
  return c.cutFrom !== undefined ? ['pre', c.text, cls, cutNote(c, where)] : ['pre', c.text, cls];
}

function inlineCut(c: Cut): string {
  return c.cutFrom !== undefined ? `${c.text} … (cut)` : c.text;
}

function pct(x: number | undefined): string {
  return typeof x === 'number' && Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–';
}

/** `17/20 passed (85%, 95% CI 64-95%), pass` with `, 2 errored` when some errored. */
export function samplesLine(s: ReportSamples): string {
  const ci =
    typeof s.ci_low === 'number' && typeof s.ci_high === 'number'
      ? `, 95% CI ${Math.round(s.ci_low * 100)}-${Math.round(s.ci_high * 100)}%`
      : '';
  const errored = s.errored ? `, ${s.errored} errored` : '';
  return `${s.passed}/${s.judged} passed (${pct(s.pass_rate)}${ci})${errored}${s.verdict ? `, ${s.verdict}` : ''}`;
}

/** 2026-12-07 03:13:07 UTC from an ISO time; the text itself when it is not one. */
function when(iso: string | undefined): string {
  if (!iso) return '–';
  return /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(iso)
    ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`
    : short(iso, 40);
}

function glance(m: ReportModel): string {
  const j = m.job;
  const cells: Array<[string, string]> = [
    [
      'Status',
      `<span class="badge ` +
        `b-${statusClass(j.status)}">${esc(short(j.status, 40))}</span>` +
        `${j.interrupted ? ' <span class="note">interrupted: its process is gone</span>' : ''}`,
    ],
    ['Started', esc(when(j.started_at))],
    ['Finished', esc(when(j.finished_at ?? undefined))],
    ['Duration', esc(formatDuration(j.duration_ms))],
    [
      'Steps',
      `${formatCount(j.counts.steps)}: ${formatCount(j.counts.succeeded)} succeeded, ` +
        `${formatCount(j.counts.failed)} failed, ${formatCount(j.counts.skipped)} skipped`,
    ],
    [
      'Cost',
      esc(formatCost(j.cost_usd)) +
        (j.budget?.usd !== undefined ? ` <span class="meta">of ${esc(formatCost(j.budget.usd))} budget</span>` : ''),
    ],
    ['Tokens in / out', `${formatCount(j.input_tokens)} / ${formatCount(j.output_tokens)}`],
  ];
  if (j.cached_input_tokens !== undefined) cells.push(['Cached input tokens', formatCount(j.cached_input_tokens)]);
  if (j.cache_write_tokens !== undefined) cells.push(['Cache write tokens', formatCount(j.cache_write_tokens)]);
  cells.push(['LLM calls', formatCount(j.llm_calls)]);
  cells.push([
    'Cache',
    j.cache_hits + j.cache_misses === 0
      ? 'off'
      : `${formatCount(j.cache_hits)} hit / ${formatCount(j.cache_misses)} miss`,
  ]);
  cells.push(['Attempt', formatCount(j.attempt)]);
  if (m.links.commit)
    cells.push([
      'Commit',
      `<a href="${esc(m.links.commit.url)}" rel="noopener noreferrer">${esc(m.links.commit.sha.slice(0, 12))}</a>`,
    ]);
  if (m.links.run)
    cells.push([
      'Workflow run',
      `<a href="${esc(m.links.run.url)}" rel="noopener noreferrer">${esc(m.links.run.id)}` +
        `${m.links.run.attempt ? ` (attempt ${m.links.run.attempt})` : ''}</a>`,
    ]);
  return `<div class="glance">${cells.map(([k, v]) => `<div><b>${esc(k)}</b>${v}</div>`).join('')}</div>`;
}

const COLUMNS: Array<{ label: string; numeric?: boolean }> = [
  { label: 'Step' },
  { label: 'Status' },
  { label: 'Time', numeric: true },
  { label: 'Cache' },
  { label: 'Provider / model' },
  { label: 'Tries', numeric: true },
  { label: 'Tokens in / out', numeric: true },
  { label: 'Cost', numeric: true },
  { label: 'Samples', numeric: true },
  { label: 'Pass rate', numeric: true },
];

function num(v: number | undefined): string {
  return typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function stepRow(s: ReportStep, i: number): string {
  const sc = statusClass(s.status);
  const prov = [s.provider, s.model].filter((x): x is string => !!x).map((x) => short(x, 80));
  const samples = s.samples;
  const cells = [
    `<td><a href="#s-${i}">${esc(short(s.id, 200))}</a></td>`,
    `<td class="s-${sc}">` +
      `${esc(short(s.status, 40))}${s.reason ? ` <span class="meta">(${esc(short(s.reason, 60))})</span>` : ''}` +
      `</td>`,
    `<td class="n" data-v="${num(s.duration_ms)}">` +
      `${s.duration_ms !== undefined ? esc(formatDuration(s.duration_ms)) : '–'}</td>`,
    `<td>${esc(short(s.cache, 20))}</td>`,
    `<td>${esc(prov.join(' / ')) || '–'}</td>`,
    `<td class="n" data-v="${s.attempts}">${s.attempts}</td>`,
    `<td class="n" data-v="${s.input_tokens + s.output_tokens}">${formatCount(s.input_tokens)} / ` +
      `${formatCount(s.output_tokens)}</td>`,
    `<td class="n" data-v="${num(s.cost_usd)}">${esc(formatCost(s.cost_usd))}</td>`,
    `<td class="n" data-v="${samples ? samples.drawn : ''}">${samples ? formatCount(samples.drawn) : '–'}</td>`,
    `<td class="n" data-v="${samples ? num(samples.pass_rate) : ''}">` +
      `${
        samples
          ? `${esc(pct(samples.pass_rate))} <span class="meta">` + `(${samples.passed}/${samples.judged})</span>`
          : '–'
      }` +
      `</td>`,
  ];
  return `<tr data-s="${i}">${cells.join('')}</tr>`;
}

function stepTable(steps: readonly ReportStep[]): string {
  const head = COLUMNS.map(
    (c) =>
      `<th scope="col"${c.numeric ? ' class="n" data-type="number"' : ''} aria-sort="none"><button ` +
      `type="button">${esc(c.label)}</button></th>`,
  ).join('');
  return (
    `<p><label for="filter">Filter </label><input id="filter" type="search" placeholder="step id, status or ` +
    `provider" autocomplete="off"> <span id="shown" class="meta" aria-live="polite">${steps.length} ` +
    `steps</span></p>` +
    `<div class="view"><table id="steps"><thead><tr>${head}</tr></thead><tbody>` +
    `${steps.map(stepRow).join('')}</tbody></table></div>`
  );
}

function checksBlock(checks: readonly ReportCheck[], budget: TextBudget): Block {
  return [
    'checks',
    checks.map((c) => [
      `${short(c.type, 60)}${c.sample !== undefined ? ` (sample ${c.sample})` : ''}`,
      c.errored ? 'errored' : c.passed ? 'passed' : c.severity === 'warn' ? 'failed (warn)' : 'failed',
      typeof c.score === 'number' && Number.isFinite(c.score) ? c.score.toFixed(3) : '',
      inlineCut(budget.cut(c.message)),
      c.reason !== undefined ? inlineCut(budget.cut(c.reason)) : '',
    ]),
  ];
}

function stepBlocks(s: ReportStep, budget: TextBudget, logName: (id: string) => string): Block[] {
  const blocks: Block[] = [];
  const facts: string[] = [`status ${short(s.status, 40)}`];
  if (s.reason) facts.push(`reason ${short(s.reason, 80)}`);
  if (s.kind) facts.push(`kind ${s.kind}`);
  if (s.instance_of !== undefined)
    facts.push(`instance of ${short(s.instance_of, 200)}, key ${short(s.item_key ?? '', 200)}`);
  if (s.instances)
    facts.push(`${s.instances.total} instances: ${s.instances.succeeded} succeeded, ${s.instances.failed} failed`);
  if (s.provider || s.model)
    facts.push(
      `provider ${[s.provider, s.model]
        .filter(Boolean)
        .map((x) => short(x!, 80))
        .join(' / ')}`,
    );
  facts.push(`tries ${s.attempts}`, `cache ${short(s.cache, 20)}`);
  if (s.duration_ms !== undefined) facts.push(`time ${formatDuration(s.duration_ms)}`);
  if (s.input_tokens || s.output_tokens)
    facts.push(`tokens ${formatCount(s.input_tokens)} in / ${formatCount(s.output_tokens)} out`);
  if (s.cached_input_tokens !== undefined) facts.push(`cached input tokens ${formatCount(s.cached_input_tokens)}`);
  if (s.cost_usd) facts.push(`cost ${formatCost(s.cost_usd)}`);
  blocks.push(['m', facts.join(' · ')]);
  if (s.needs.length)
    blocks.push([
      'm',
      `needs ${s.needs
        .slice(0, 50)
        .map((n) => short(n, 120))
        .join(', ')}${s.needs.length > 50 ? ` +${s.needs.length - 50}` : ''}`,
    ]);
  if (s.samples) blocks.push(['m', `samples: ${samplesLine(s.samples)}`]);
  const where = `logs/${logName(s.id)}.log`;
  if (budget.omit) {
    if (s.error) blocks.push(['h', 'Error'], ['pre', short(s.error.code, 80), 'err']);
    if (s.checks.length || s.texts.length || s.outputs.length) blocks.push(['x', where]);
    return blocks;
  }
  if (s.error)
    blocks.push(
      ['h', 'Error'],
      preBlock(
        budget.cut(`${s.error.code}: ${s.error.message}${s.error.hint ? `\nhint: ${s.error.hint}` : ''}`),
        'events.jsonl',
        'err',
      ),
    );
  if (s.checks.length) blocks.push(['h', 'Checks'], checksBlock(s.checks, budget));
  for (const t of s.texts)
    blocks.push(
      ['h', short(t.title, 120)],
      preBlock(budget.cut(t.text), where, /^(stderr|error)/.test(t.title) ? 'err' : ''),
    );
  for (const o of s.outputs) {
    blocks.push(['h', `Output ${short(o.path, 300)} (${formatCount(o.size_bytes)} bytes)`]);
    if (o.preview !== undefined) blocks.push(preBlock(budget.cut(o.preview), `outputs/${short(o.path, 300)}`));
    else if (o.note) blocks.push(['m', o.note]);
  }
  return blocks;
}

const GOLDEN_FILES_SHOWN = 500;
const GOLDEN_DIFFS_SHOWN = 50;

function verdictClass(v: string): string {
  return v === 'same' || v === 'equivalent' ? 'pass' : v === 'drift' || v === 'unmeasured' ? 'fail' : '';
}

function goldenScore(f: ReportGoldenFile): string {
  return typeof f.score === 'number' && Number.isFinite(f.score) ? f.score.toFixed(3) : '';
}

/** The golden comparison of the run: per-file verdicts, then each differing file's diff, all as text. */
function goldenSection(m: ReportModel, budget: TextBudget): string {
  const g = m.golden;
  if (!g) return '';
  const list = (label: string, xs: string[]) =>
    xs.length
      ? `<p>${esc(label)}: ${xs
          .slice(0, 100)
          .map((x) => `<code>${esc(short(x, 200))}</code>`)
          .join(', ')}${xs.length > 100 ? ` +${xs.length - 100}` : ''}</p>`
      : '';
  const where = [
    g.golden !== undefined ? `against <code>${esc(short(g.golden, 200))}</code>` : '',
    g.checked_at ? `at ${esc(when(g.checked_at))}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const checked = where ? `<p class="meta">Checked ${where}.</p>` : '';
  const files = g.files ?? [];
  const stepIndex = new Map(m.steps.map((s, i) => [s.id, i]));
  const notable = files.filter((f) => f.verdict !== 'same');
  const table = files.length
    ? `<p>${formatCount(files.length)} files: ${(['same', 'equivalent', 'flaky', 'drift', 'unmeasured'] as const)
        .map((v) => `${formatCount(files.filter((f) => f.verdict === v).length)} ${v}`)
        .join(', ')}.</p>` +
      (notable.length
        ? `<div class="view"><table id="golden-files"><thead><tr><th scope="col">File</th>` +
          `<th scope="col">Verdict</th><th scope="col">Compare</th><th scope="col" class="n">Score</th>` +
          `<th scope="col">Step</th><th scope="col">Why</th></tr></thead><tbody>${notable
            .slice(0, GOLDEN_FILES_SHOWN)
            .map((f) => {
              const i = f.step !== undefined ? stepIndex.get(f.step) : undefined;
              const step =
                f.step === undefined
                  ? '–'
                  : i !== undefined
                    ? `<a href="#s-${i}">${esc(short(f.step, 200))}</a>`
                    : esc(short(f.step, 200));
              return (
                `<tr><td><code>${esc(short(f.path, 300))}</code></td>` +
                `<td class="${verdictClass(f.verdict)}">${esc(short(f.verdict, 20))}` +
                `${f.kind ? ` (${esc(short(f.kind, 20))})` : ''}</td><td>${esc(short(f.compare ?? '', 40))}</td>` +
                `<td class="n">${goldenScore(f)}</td><td>${step}</td><td>` +
                `${esc(short(f.reason ?? f.message ?? '', 500))}</td></tr>`
              );
            })
            .join('')}</tbody></table></div>${
            notable.length > GOLDEN_FILES_SHOWN
              ? `<p class="note">${formatCount(notable.length - GOLDEN_FILES_SHOWN)} more in golden.json of the ` +
                `run folder.</p>`
              : ''
          }`
        : '')
    : '';
  const withDiff = files.filter((f) => f.diff);
  const diffs = withDiff.length
    ? withDiff
        .slice(0, GOLDEN_DIFFS_SHOWN)
        .map(
          (f) =>
            `<h4>Diff of <code>${esc(short(f.path, 300))}</code> ` +
            `(${esc(short(f.verdict, 20))})</h4>${pre(budget.cut(f.diff!), 'golden.json', 'diff')}`,
        )
        .join('') +
      (withDiff.length > GOLDEN_DIFFS_SHOWN
        ? `<p class="note">${formatCount(withDiff.length - GOLDEN_DIFFS_SHOWN)} more diffs in golden.json of ` +
          `the run folder.</p>`
        : '')
    : g.drift && g.diff
      ? `<h4>Diff</h4>${pre(budget.cut(g.diff), 'golden.json', 'diff')}`
      : '';
  if (!g.drift)
    return (
      `<section id="golden-section"><h2 id="golden">Golden outputs</h2>${checked}<p>Outputs match the golden ` +
      `files.</p>${table}${diffs}</section>`
    );
  return (
    `<section id="golden-section"><h2 id="golden">Golden outputs ` +
    `drifted</h2>${checked}${list('changed', g.changed)}${list('missing', g.missing)}${list('extra', g.extra)}` +
    `${table}${diffs}</section>`
  );
}

/** A step's golden files: their verdicts and diffs in its details. */
function goldenBlocks(files: readonly ReportGoldenFile[], budget: TextBudget): Block[] {
  const blocks: Block[] = [];
  for (const f of files.slice(0, 20)) {
    const score = goldenScore(f);
    blocks.push([
      'h',
      `Golden ${short(f.path, 300)}: ${short(f.verdict, 20)}${f.kind ? ` (${short(f.kind, 20)})` : ''}` +
        `${score ? `, score ${score}` : ''}`,
    ]);
    if (f.reason ?? f.message) blocks.push(['m', short(f.reason ?? f.message ?? '', 500)]);
    if (f.diff && !budget.omit) blocks.push(preBlock(budget.cut(f.diff), 'golden.json', 'diff'));
  }
  return blocks;
}

function goldenByStep(m: ReportModel): Map<string, ReportGoldenFile[]> {
  const by = new Map<string, ReportGoldenFile[]>();
  for (const f of m.golden?.files ?? []) {
    if (f.step === undefined || f.verdict === 'same') continue;
    const xs = by.get(f.step) ?? [];
    xs.push(f);
    by.set(f.step, xs);
  }
  return by;
}

/** The step texts of the model, in render order: what the budget shares out. */
function longTexts(m: ReportModel): string[] {
  const out: string[] = [];
  for (const s of m.steps) {
    if (s.error) out.push(`${s.error.code}: ${s.error.message}${s.error.hint ? `\nhint: ${s.error.hint}` : ''}`);
    for (const c of s.checks) {
      out.push(c.message);
      if (c.reason !== undefined) out.push(c.reason);
    }
    for (const t of s.texts) out.push(t.text);
    for (const o of s.outputs) if (o.preview !== undefined) out.push(o.preview);
  }
  for (const f of m.golden?.files ?? []) if (f.step !== undefined && f.verdict !== 'same' && f.diff) out.push(f.diff);
  return out;
}

/** What a cut text's note adds to the data block (its words, counts and log path), about. */
const NOTE_BYTES = 200;

/** The largest cap such that the texts, each cut to it, fit `avail` bytes (water-filling). */
function capFor(sizes: number[], avail: number, noteBytes: number): number {
  const total = sizes.reduce((a, b) => a + b, 0);
  if (total <= avail) return Infinity;
  sizes.sort((a, b) => a - b);
  let used = 0;
  for (let i = 0; i < sizes.length; i++) {
    const left = sizes.length - i;
    // Every text from i on gets the same cap plus its note.
    const cap = Math.floor((avail - used) / left) - noteBytes;
    if (cap < sizes[i]!) return Math.max(0, cap);
    used += sizes[i]!;
  }
  return Infinity;
}

/** The page around the step data: rendered once, whatever the texts' budget. */
function frame(m: ReportModel): { head: string; tail: string } {
  const j = m.job;
  const dag = renderDagSvg(m.steps);
  const timeline = renderTimelineSvg(m.steps, j.started_at);
  // The job's error and the golden diff are one text each: cut to the per-text cap.
  const own = new TextBudget(REPORT_TEXT_CAP);
  const jobError = j.error
    ? `<h2>Error</h2>` +
      pre(
        own.cut(`${j.error.code}: ${j.error.message}${j.error.hint ? `\nhint: ${j.error.hint}` : ''}`),
        'events.jsonl',
        'err',
      )
    : '';
  const head = [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`,
    // The main part is shown by the script, once the page is parsed: a browser that paints
    // while it parses lays out the growing table and DAG again and again, which costs more than
    // the parse itself (docs/benchmarks.md, "HTML report"). Without scripts it is shown at once.
    '<noscript><style>html:not(.js) main{display:block}</style></noscript>',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(short(j.name, 120))} · ${esc(short(j.status, 40))} · orchestrator report</title>`,
    `<style>${STYLE}</style></head><body>`,
    `<header><h1>${esc(short(j.name, 200))}</h1><p class="meta">Run ` +
      `<code>${esc(short(j.id, 200))}</code>${m.links.repository ? ` · ${esc(m.links.repository)}` : ''} · ` +
      `report made ${esc(m.generated_at)}</p></header>`,
    '<main>',
    '<section id="job" aria-label="The job at a glance">',
    glance(m),
    jobError,
    '</section>',
    `<section id="dag"><h2>DAG</h2><p class="meta">${formatCount(dag.nodes)} nodes (a fanned-out step's ` +
      `instances are one node), ${formatCount(dag.edges)} edges. Drag to pan, wheel or + / - to zoom, 0 to ` +
      `fit; click a step, or Tab to it and press Enter, for its details.</p>`,
    '<div class="tools"><button type="button" id="zoom-in">Zoom in</button><button type="button" ' +
      'id="zoom-out">Zoom out</button><button type="button" id="zoom-fit">Fit</button></div>',
    `<div id="dag-view" class="view" tabindex="0" aria-label="DAG: arrow keys pan, + and - ` +
      `zoom">${dag.svg}</div></section>`,
    `<section id="timeline"><h2>Timeline</h2><p class="meta">${formatCount(timeline.rows)} rows from the ` +
      `job's start${timeline.untimed ? `; ${formatCount(timeline.untimed)} steps did not run` : ''}.</p>`,
    `<div class="view">${timeline.svg}</div></section>`,
    `<section id="table"><h2>Steps</h2>${stepTable(m.steps)}</section>`,
    // One panel for the chosen step's details (./client-script.ts builds it from the data block):
    // a thousand <details> elements cost more at load than the whole table.
    '<section id="details" aria-label="Step details"><h2 id="detail-title" tabindex="-1">Step ' +
      'details</h2><div id="detail"><p class="meta">Choose a step in the table, the DAG or the timeline for ' +
      'its prompt and response, checks, outputs, stdout and stderr.</p></div></section>',
    goldenSection(m, own),
    '</main>',
  ].join('\n');
  const tail = [`<script>${CLIENT_SCRIPT}</script>`, '</body></html>', ''].join('\n');
  return { head: `${head}\n`, tail: `\n${tail}` };
}

function dataBlock(m: ReportModel, budget: TextBudget, logName: (id: string) => string): string {
  const golden = goldenByStep(m);
  const blocks = (s: ReportStep) => {
    const g = golden.get(s.id);
    const own = stepBlocks(s, budget, logName);
    return g ? [...own, ...goldenBlocks(g, budget)] : own;
  };
  return (
    `<script type="application/json" ` +
    `id="report-data">${jsonForScript({ steps: m.steps.map((s) => ({ id: short(s.id, 200), blocks: blocks(s) })) })}` +
    `</script>`
  );
}

/** The report as one HTML string of at most `maxBytes` bytes (see the header). */
export function renderReportHtml(
  model: ReportModel,
  options: RenderOptions & { logName?: (id: string) => string } = {},
): string {
  const maxBytes = options.maxBytes ?? REPORT_MAX_BYTES;
  const logName = options.logName ?? ((id: string) => id);
  const { head, tail } = frame(model);
  const page = (budget: TextBudget) => head + dataBlock(model, budget, logName) + tail;
  // The page with every step text cut to nothing (and its note), then the texts share the rest.
  if (model.texts_left_out) return page(new TextBudget(0, true));
  const bare = page(new TextBudget(0));
  const skeleton = Buffer.byteLength(bare, 'utf8');
  // More steps than the bound has room for with any text (several thousand): the texts are left
  // out, each step saying where they are; the page then grows by its table row, DAG node and
  // timeline row per step, never with the texts.
  if (skeleton + 2048 >= maxBytes) return page(new TextBudget(0, true));
  // The texts get at most textBytes: what the browser parses at load grows with them, and a
  // page of 1,000 steps must be usable within 2 s (docs/benchmarks.md, "HTML report").
  let avail = Math.min(maxBytes - skeleton - 2048, options.textBytes ?? REPORT_TEXT_BYTES);
  const texts = longTexts(model);
  // A text's bytes in the data block are at least its length: the cap from the lengths is at
  // least the true one, and a text at least that long is cut whatever its exact size, so only
  // the shorter texts are measured (measuring 1,000 steps' texts costs more than the page).
  const cap0 = capFor(
    texts.map((t) => Math.min(t.length, REPORT_TEXT_CAP)),
    avail,
    NOTE_BYTES,
  );
  const sizes = texts.map((t) =>
    t.length >= Math.min(cap0, REPORT_TEXT_CAP) ? Math.min(t.length, REPORT_TEXT_CAP) : jsonBytes(t),
  );
  for (let tries = 0; tries < 3; tries++) {
    const cap = capFor([...sizes], avail, NOTE_BYTES);
    const html = page(new TextBudget(cap));
    if (Buffer.byteLength(html, 'utf8') <= maxBytes) return html;
    avail = Math.floor(avail * 0.7);
  }
  return bare;
}
