/**
 * The HTML report's model from a run folder: the state folded from events.jsonl (the truth; the
 * manifest only when there are no events), each step's log sections from logs/, its check
 * verdicts from quality.* events, and the first bytes of its outputs. A run folder may come from
 * a downloaded artifact: every value is read defensively, every file read is bounded and stays
 * inside the folder, and the whole model goes through the run's redactor when there is one.
 */
import { closeSync, constants, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { viewEvents } from '../../events/decode.js';
import { readEventsSync } from '../../events/reader.js';
import type { OrchestratorEvent } from '../../events/types.js';
import { fileNameOf } from '../../jobspec/fan-out.js';
import { createQualityMonitor } from '../../quality/monitor.js';
import { RunState } from '../../run/fold.js';
import { lastWriter, writerAlive } from '../../run/liveness.js';
import { runLiveness } from '../../run/lock.js';
import type { Manifest, StepState } from '../../run/manifest-types.js';
import { readManifest } from '../../run/run-folder.js';
import { readGoldenRecord, withFileDiffs } from '../../run/golden-record.js';
import { confinedPath } from '../../util/confined-read.js';
import type { Redactor } from '../../util/redact.js';
import { buildLinks, whereFromEnv, type GithubWhere } from './links.js';
import type {
  ReportCheck,
  ReportGolden,
  ReportModel,
  ReportOutput,
  ReportSamples,
  ReportStep,
  ReportText,
} from './model.js';

/** A log is read up to this size; the renderer then cuts it further to fit the page. */
const LOG_READ_BYTES = 2 * 1024 * 1024;
const PREVIEW_BYTES = 64 * 1024;
const OUTPUTS_PER_STEP = 20;
const CHECKS_PER_STEP = 200;

/**
 * Over this many steps the report leaves the step texts out (docs/reference.md, "The HTML
 * report"): the table, DAG and timeline alone then take most of the 5,000,000 bytes, so no log
 * or output file is read, which keeps writing the report of a 10,000-step run cheap.
 */
export const TEXT_STEPS_LIMIT = 3_000;

/** The event types the report reads (checks, step kinds, command tails); the rest is the manifest's. */
export const REPORT_EVENT_TYPES: ReadonlySet<string> = new Set([
  'step.started',
  'quality.passed',
  'quality.failed',
  'command.finished',
]);

export interface ReadRunOptions {
  redactor?: Redactor;
  golden?: ReportGolden;
  /**
   * The run's state as its engine holds it when the run ends: the folder's events are then not
   * folded again (writing the report of a 10,000-step run costs a fraction of the run).
   */
  manifest?: Manifest | (() => Manifest);
  /**
   * With `manifest`: the run's events of REPORT_EVENT_TYPES as its engine emitted them (redacted),
   * so that events.jsonl is not read back at the end of a run.
   */
  events?: readonly OrchestratorEvent[];
  /** GITHUB_* variables: links when the run folder has no github.json. */
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The first `max` bytes of a regular file, or undefined (missing, not a regular file, a symlink). */
function readHead(path: string, max: number): { bytes: Buffer; size: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return undefined;
    const buf = Buffer.alloc(Math.min(max, st.size));
    let n = 0;
    while (n < buf.length) {
      const r = readSync(fd, buf, n, buf.length - n, n);
      if (r === 0) break;
      n += r;
    }
    return { bytes: buf.subarray(0, n), size: st.size };
  } finally {
    closeSync(fd);
  }
}

/** Text from bytes: undefined for what looks binary (a NUL, or invalid UTF-8 before the cut). */
function asText(bytes: Buffer, cut: boolean): string | undefined {
  if (bytes.includes(0)) return undefined;
  // A cut may split a character: only its last 3 bytes may be invalid.
  const body = cut ? bytes.subarray(0, Math.max(0, bytes.length - 3)) : bytes;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return undefined;
  }
  return bytes.toString('utf8');
}

/** `===== title =====` sections of a step log (src/engine/services.ts writeStepLog). */
export function parseLogSections(text: string): ReportText[] {
  const out: ReportText[] = [];
  const re = /^===== (.*) =====$/gm;
  let m: RegExpExecArray | null;
  let last: { title: string; start: number } | undefined;
  while ((m = re.exec(text))) {
    if (last) out.push({ title: last.title, text: text.slice(last.start, m.index).replace(/\n$/, '') });
    else if (m.index > 0) out.push({ title: 'log', text: text.slice(0, m.index).replace(/\n$/, '') });
    last = { title: m[1]!, start: m.index + m[0].length + 1 };
  }
  if (last) out.push({ title: last.title, text: text.slice(Math.min(last.start, text.length)).replace(/\n$/, '') });
  else if (text) out.push({ title: 'log', text });
  return out;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function finite(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function count(v: unknown): number {
  return finite(v) ?? 0;
}

function samplesOf(v: unknown): ReportSamples | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const s = v as Record<string, unknown>;
  if (finite(s.drawn) === undefined) return undefined;
  return {
    drawn: count(s.drawn),
    judged: count(s.judged),
    passed: count(s.passed),
    errored: count(s.errored),
    ...(finite(s.pass_rate) !== undefined ? { pass_rate: finite(s.pass_rate) } : {}),
    ...(finite(s.ci_low) !== undefined ? { ci_low: finite(s.ci_low) } : {}),
    ...(finite(s.ci_high) !== undefined ? { ci_high: finite(s.ci_high) } : {}),
    ...(str(s.verdict) !== undefined ? { verdict: str(s.verdict) } : {}),
  };
}

/** The verdicts of quality.* events per step; a step that starts again starts a fresh list. */
function checksByStep(events: readonly OrchestratorEvent[]): Map<string, ReportCheck[]> {
  const out = new Map<string, ReportCheck[]>();
  for (const e of viewEvents(events, ['step.started', 'quality.passed', 'quality.failed'])) {
    const id = e.step_id;
    if (id === undefined) continue;
    if (e.type === 'step.started') {
      out.delete(id);
      continue;
    }
    if (e.type !== 'quality.passed' && e.type !== 'quality.failed') continue;
    const list = out.get(id) ?? [];
    out.set(id, list);
    const sample = e.data.sample;
    for (const v of e.data.verdicts ?? []) {
      if (list.length >= CHECKS_PER_STEP) continue;
      list.push({
        type: v.type ?? 'check',
        passed: v.passed === true,
        ...(v.errored === true ? { errored: true } : {}),
        ...(v.severity !== undefined ? { severity: v.severity } : {}),
        message: v.message ?? '',
        ...(v.score !== undefined ? { score: v.score } : {}),
        ...(v.reason !== undefined ? { reason: v.reason } : {}),
        ...(sample !== undefined ? { sample } : {}),
      });
    }
  }
  return out;
}

/** Per step: its kind, and a command's stdout/stderr tails (when its log is missing). */
function stepFacts(
  events: readonly OrchestratorEvent[],
): Map<string, { kind?: 'llm' | 'command'; tails?: ReportText[] }> {
  const out = new Map<string, { kind?: 'llm' | 'command'; tails?: ReportText[] }>();
  for (const e of viewEvents(events, ['step.started', 'command.finished'])) {
    const id = e.step_id;
    if (id === undefined) continue;
    if (e.type === 'step.started') {
      const kind = e.data.kind;
      out.set(id, { ...(kind ? { kind } : {}) });
    } else if (e.type === 'command.finished') {
      const f = out.get(id) ?? {};
      f.tails = [
        { title: 'stdout (tail)', text: e.data.stdout_tail ?? '' },
        { title: 'stderr (tail)', text: e.data.stderr_tail ?? '' },
      ];
      out.set(id, f);
    }
  }
  return out;
}

/**
 * Where an output file may be opened: its folder confined to outputs/ (symlinks resolved, once per
 * folder, since a run writes thousands of outputs into a few folders), the file itself then opened
 * by readHead without following a symlink. Throws like confinedPath.
 */
function outputLocator(outputsDir: string): (path: string) => string {
  const folders = new Map<string, string>();
  return (path) => {
    const folder = dirname(path);
    let real = folders.get(folder);
    if (real === undefined) {
      real = confinedPath(folder, { root: outputsDir, label: 'output' });
      folders.set(folder, real);
    }
    const name = basename(path);
    if (name === '..' || name === '.' || name === '') throw new Error('not a file name');
    return join(real, name);
  };
}

function outputsOf(locate: (path: string) => string, st: StepState): ReportOutput[] {
  const list = Array.isArray(st.outputs) ? st.outputs : [];
  const out: ReportOutput[] = [];
  for (const o of list.slice(0, OUTPUTS_PER_STEP)) {
    const path = str(o?.path);
    if (path === undefined) continue;
    const item: ReportOutput = { path, size_bytes: count(o.size_bytes) };
    let real: string | undefined;
    try {
      real = locate(path);
    } catch {
      item.note = 'not readable in this run folder';
    }
    if (real) {
      const head = readHead(real, PREVIEW_BYTES);
      if (!head) item.note = 'not a regular file in this run folder';
      else {
        const text = asText(head.bytes, head.size > head.bytes.length);
        if (text === undefined) item.note = 'binary file: no preview';
        else
          item.preview =
            head.size > head.bytes.length
              ? `${text}\n… (preview: the first ${head.bytes.length} of ${head.size} bytes)`
              : text;
      }
    }
    out.push(item);
  }
  if (list.length > OUTPUTS_PER_STEP)
    out.push({ path: `… ${list.length - OUTPUTS_PER_STEP} more outputs`, size_bytes: 0, note: 'see outputs/' });
  return out;
}

function logTexts(logsDir: string, id: string): ReportText[] | undefined {
  const head = readHead(join(logsDir, `${fileNameOf(id)}.log`), LOG_READ_BYTES);
  if (!head) return undefined;
  const cut = head.size > head.bytes.length;
  const sections = parseLogSections(head.bytes.toString('utf8'));
  if (cut && sections.length)
    sections[sections.length - 1]!.text += `\n… (log read up to ${LOG_READ_BYTES} of ${head.size} bytes)`;
  return sections;
}

function githubWhere(runDir: string, env: Record<string, string | undefined> | undefined): GithubWhere | undefined {
  const head = readHead(join(runDir, 'github.json'), 64 * 1024);
  if (head) {
    try {
      const rec = JSON.parse(head.bytes.toString('utf8')) as Record<string, unknown>;
      if (rec && typeof rec === 'object')
        return {
          server_url: rec.server_url ?? env?.GITHUB_SERVER_URL,
          repository: rec.repository,
          run_id: rec.run_id,
          run_attempt: rec.run_attempt,
          sha: rec.head_sha ?? rec.sha,
        };
    } catch {
      // A damaged record links nothing.
    }
  }
  return env ? whereFromEnv(env) : undefined;
}

function folded(
  runDir: string,
  events: readonly OrchestratorEvent[],
): { manifest: Manifest; interrupted: boolean } | undefined {
  if (events.length === 0) return undefined;
  const state = RunState.fold(events, createQualityMonitor());
  if (state.status !== 'running') return { manifest: state.toManifest(), interrupted: false };
  const lock = runLiveness(runDir);
  const alive = lock.state === 'live' ? true : lock.state === 'dead' ? false : writerAlive(lastWriter(events));
  return alive === false
    ? { manifest: state.toManifest(state.lastEventMs), interrupted: true }
    : { manifest: state.toManifest(), interrupted: false };
}

/** The report model of the run in `runDir` (see the header). */
export async function readRunReport(runDir: string, options: ReadRunOptions = {}): Promise<ReportModel> {
  const given = typeof options.manifest === 'function' ? options.manifest() : options.manifest;
  // The engine's own state at the end of a run of many steps needs no events at all: the page
  // shows no checks or command tails for them (TEXT_STEPS_LIMIT).
  const events =
    given && Object.keys(given.steps ?? {}).length > TEXT_STEPS_LIMIT
      ? []
      : given && options.events
        ? options.events
        : readEventsSync(join(runDir, 'events.jsonl')).events;
  const f = given ? undefined : folded(runDir, events);
  const manifest = given ?? f?.manifest ?? (await readManifest(runDir));
  const checks = checksByStep(events);
  const facts = stepFacts(events);
  const logsDir = join(runDir, 'logs');
  const locate = outputLocator(join(runDir, 'outputs'));
  const graph = manifest.graph && typeof manifest.graph === 'object' ? manifest.graph : {};
  const withTexts = Object.keys(manifest.steps ?? {}).length <= TEXT_STEPS_LIMIT;
  const steps: ReportStep[] = [];
  let cachedTotal: number | undefined;
  let cacheWriteTotal: number | undefined;
  for (const [id, raw] of Object.entries(manifest.steps ?? {})) {
    const st = (raw ?? {}) as StepState & Record<string, unknown>;
    const usage = (st.usage ?? {}) as Record<string, unknown>;
    const cached = finite(usage.cached_input_tokens);
    const written = finite(usage.cache_write_tokens);
    if (cached !== undefined) cachedTotal = (cachedTotal ?? 0) + cached;
    if (written !== undefined) cacheWriteTotal = (cacheWriteTotal ?? 0) + written;
    const needs = Array.isArray(graph[id]) ? graph[id].filter((x): x is string => typeof x === 'string') : [];
    const fact = facts.get(id);
    const err = st.error && typeof st.error === 'object' ? st.error : undefined;
    const samples = samplesOf(st.samples);
    steps.push({
      id,
      status: str(st.status) ?? 'unknown',
      ...(str(st.reason) !== undefined ? { reason: str(st.reason) } : {}),
      ...(fact?.kind ? { kind: fact.kind } : {}),
      cache: str(st.cache) ?? 'off',
      ...(str(st.provider) !== undefined ? { provider: str(st.provider) } : {}),
      ...(str(st.model) !== undefined ? { model: str(st.model) } : {}),
      attempts: count(st.attempts),
      ...(str(st.started_at) !== undefined ? { started_at: str(st.started_at) } : {}),
      ...(str(st.finished_at) !== undefined ? { finished_at: str(st.finished_at) } : {}),
      ...(finite(st.duration_ms) !== undefined ? { duration_ms: finite(st.duration_ms) } : {}),
      input_tokens: count(usage.input_tokens),
      output_tokens: count(usage.output_tokens),
      ...(cached !== undefined ? { cached_input_tokens: cached } : {}),
      cost_usd: count(st.cost_usd),
      ...(samples ? { samples } : {}),
      ...(str(st.instance_of) !== undefined
        ? { instance_of: str(st.instance_of), item_key: str(st.item_key) ?? '' }
        : {}),
      ...(st.instances && typeof st.instances === 'object'
        ? {
            instances: {
              total: count(st.instances.total),
              succeeded: count(st.instances.succeeded),
              failed: count(st.instances.failed),
            },
          }
        : {}),
      ...(err
        ? {
            error: {
              code: str(err.code) ?? 'E_UNKNOWN',
              message: str(err.message) ?? '',
              ...(str(err.hint) ? { hint: str(err.hint) } : {}),
            },
          }
        : {}),
      checks: checks.get(id) ?? [],
      texts: withTexts ? (logTexts(logsDir, id) ?? fact?.tails ?? []) : [],
      outputs: withTexts && (st.status === 'succeeded' || st.status === 'skipped') ? outputsOf(locate, st) : [],
      needs,
    });
  }
  const t = (manifest.totals ?? {}) as Manifest['totals'] & Record<string, unknown>;
  cachedTotal = finite(t.cached_input_tokens) ?? cachedTotal;
  cacheWriteTotal = finite(t.cache_write_tokens) ?? cacheWriteTotal;
  const merr = manifest.error && typeof manifest.error === 'object' ? manifest.error : undefined;
  const model: ReportModel = {
    job: {
      id: str(manifest.job_id) ?? '',
      name: str(manifest.job_name) ?? '',
      status: str(manifest.status) ?? 'unknown',
      ...(f?.interrupted ? { interrupted: true } : {}),
      attempt: count(manifest.attempt) || 1,
      ...(str(manifest.started_at) !== undefined ? { started_at: str(manifest.started_at) } : {}),
      finished_at: str(manifest.finished_at) ?? null,
      duration_ms: count(t.duration_ms),
      cost_usd: count(t.cost_usd),
      input_tokens: count(t.input_tokens),
      output_tokens: count(t.output_tokens),
      ...(cachedTotal !== undefined ? { cached_input_tokens: cachedTotal } : {}),
      ...(cacheWriteTotal !== undefined ? { cache_write_tokens: cacheWriteTotal } : {}),
      llm_calls: count(t.llm_calls),
      cache_hits: count(t.cache_hits),
      cache_misses: count(t.cache_misses),
      counts: {
        steps: count(t.steps),
        succeeded: count(t.succeeded),
        failed: count(t.failed),
        skipped: count(t.skipped),
      },
      ...(merr
        ? {
            error: {
              code: str(merr.code) ?? 'E_UNKNOWN',
              message: str(merr.message) ?? '',
              ...(str(merr.hint) ? { hint: str(merr.hint) } : {}),
            },
          }
        : {}),
      ...(t.budget && typeof t.budget === 'object'
        ? {
            budget: {
              ...(finite(t.budget.usd) !== undefined ? { usd: finite(t.budget.usd) } : {}),
              spent_usd: count(t.budget.spent_usd),
            },
          }
        : {}),
    },
    ...(withTexts ? {} : { texts_left_out: true }),
    links: buildLinks(githubWhere(runDir, options.env) ?? {}),
    steps,
    // The comparison given (the action's), else the last one `orchestrator golden` recorded.
    ...goldenOf(runDir, options.golden),
    generated_at: (options.now?.() ?? new Date()).toISOString(),
  };
  return options.redactor ? options.redactor.applyDeep(model) : model;
}

function goldenOf(runDir: string, given: ReportGolden | undefined): { golden?: ReportGolden } {
  const g = given ? withFileDiffs(given) : readGoldenRecord(runDir);
  return g ? { golden: g } : {};
}

export function hasRunFolder(dir: string): boolean {
  return existsSync(join(dir, 'events.jsonl')) || existsSync(join(dir, 'manifest.json'));
}
