/**
 * `orchestrator record`: a replay fixture from a run folder's logs (docs/reference.md, "Replay
 * fixtures"). Every LLM call the logs hold becomes `{ response, prompt, prompt_sha256 }` under its
 * entry name: `STEP`, `STEP[KEY]` for an instance, `judge:STEP` for a judge call; a sampled call
 * becomes a list indexed by sample. The prompt is the request as logged (redacted), the hash is
 * over that text, which is what a strict replay provider hashes too (src/run/step-log.ts).
 *
 * The log sections read: `system`, `prompt` (the request), `response (...)` (the last one of a
 * call is its answer; `sample K` in the title places it), and for judge calls `judge system`,
 * `judge prompt`, `judge response` (each optionally `(sample K)`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { viewEvents } from '../events/decode.js';
import { readEventsSync } from '../events/reader.js';
import { fileNameOf } from '../jobspec/fan-out.js';
import { sha256 } from '../util/hash.js';
import { formatLogSections, parseStepLog, type LogSection, type ParsedSection } from './step-log.js';

export interface FixtureEntry {
  response: string;
  prompt: string;
  prompt_sha256: string;
}

export type FixtureDoc = Record<string, FixtureEntry | FixtureEntry[]>;

export interface RecordedCall {
  entry: string;
  sample?: number;
  prompt: string;
  response: string;
}

const sampleOf = (title: string): number | undefined => {
  const m = /\bsample (\d+)\b/.exec(title);
  return m ? Number(m[1]) : undefined;
};

/** A body without the newline the log writer adds to a body that has none. */
function unlogged(body: string, exact?: string): string {
  if (exact !== undefined && exact === body) return body;
  return body.endsWith('\n') ? body.slice(0, -1) : body;
}

/**
 * The calls one step's log records. `output` is the step's output text when it is the response
 * itself (no extraction): it says whether a final newline belongs to the answer.
 */
export function callsOfStepLog(stepId: string, sections: ParsedSection[], output?: string): RecordedCall[] {
  const calls: RecordedCall[] = [];
  const request: LogSection[] = sections
    .filter((s) => s.title === 'system' || s.title === 'prompt')
    .map((s) => [s.title, s.body]);
  if (request.some(([t]) => t === 'prompt')) {
    const prompt = formatLogSections(request);
    const last = new Map<number | undefined, string>();
    // A sampled step logs each answer as `sample K (provider/model)`, an unsampled one `response (...)`.
    for (const s of sections)
      if (s.title.startsWith('response') || /^sample \d+\b/.test(s.title)) last.set(sampleOf(s.title), s.body);
    for (const [sample, body] of last)
      calls.push({
        entry: stepId,
        ...(sample !== undefined ? { sample } : {}),
        prompt,
        response: unlogged(body, output),
      });
  }
  // Judge calls, per sample: their own request and answer.
  const judges = new Map<number | undefined, { system?: string; prompt?: string; response?: string }>();
  for (const s of sections) {
    const m = /^judge (system|prompt|response)\b/.exec(s.title);
    if (!m) continue;
    const k = sampleOf(s.title);
    const j = judges.get(k) ?? {};
    j[m[1] as 'system' | 'prompt' | 'response'] = s.body;
    judges.set(k, j);
  }
  for (const [sample, j] of judges) {
    if (j.prompt === undefined || j.response === undefined) continue;
    calls.push({
      entry: `judge:${stepId}`,
      ...(sample !== undefined ? { sample } : {}),
      prompt: formatLogSections([
        ['system', j.system],
        ['prompt', j.prompt],
      ]),
      response: unlogged(j.response),
    });
  }
  return calls;
}

function entryOf(call: RecordedCall): FixtureEntry {
  return { response: call.response, prompt: call.prompt, prompt_sha256: sha256(call.prompt) };
}

/** Entries from calls: one object, or a list by sample index (a missing sample repeats the one before). */
export function fixtureFromCalls(calls: RecordedCall[]): FixtureDoc {
  const byEntry = new Map<string, RecordedCall[]>();
  for (const c of calls) byEntry.set(c.entry, [...(byEntry.get(c.entry) ?? []), c]);
  const doc: FixtureDoc = {};
  for (const [entry, list] of byEntry) {
    const sampled = list.filter((c) => c.sample !== undefined);
    if (sampled.length === 0) {
      doc[entry] = entryOf(list[list.length - 1]!);
      continue;
    }
    const max = Math.max(...sampled.map((c) => c.sample!));
    const out: FixtureEntry[] = [];
    for (let k = 0; k <= max; k++) {
      const c = sampled.find((x) => x.sample === k) ?? (k === 0 ? list.find((x) => x.sample === undefined) : undefined);
      out.push(c ? entryOf(c) : (out[k - 1] ?? entryOf(sampled[0]!)));
    }
    doc[entry] = out;
  }
  return doc;
}

export interface RecordResult {
  doc: FixtureDoc;
  /** LLM steps whose log holds no answer (a call that failed in transport): not recorded. */
  unanswered: string[];
}

/** The fixture of a run folder: its steps in the order they started, every call their logs hold. */
export function recordRun(runDir: string): RecordResult {
  const { events } = readEventsSync(join(runDir, 'events.jsonl'));
  const order: string[] = [];
  const seen = new Set<string>();
  const outputs = new Map<string, string>();
  const llm = new Set<string>();
  for (const e of viewEvents(events, ['step.started', 'llm.request', 'cache.hit', 'step.succeeded'])) {
    if (!e.step_id) continue;
    if (!seen.has(e.step_id) && e.type === 'step.started') {
      seen.add(e.step_id);
      order.push(e.step_id);
    }
    if (e.type === 'llm.request' || e.type === 'cache.hit') llm.add(e.step_id);
    if (e.type === 'step.succeeded' && e.data.output !== undefined) outputs.set(e.step_id, e.data.output);
  }
  const calls: RecordedCall[] = [];
  const unanswered: string[] = [];
  for (const id of order) {
    const file = join(runDir, 'logs', `${fileNameOf(id)}.log`);
    if (!existsSync(file)) continue;
    const found = callsOfStepLog(id, parseStepLog(readFileSync(file, 'utf8')), outputs.get(id));
    if (found.length === 0 && llm.has(id)) unanswered.push(id);
    calls.push(...found);
  }
  return { doc: fixtureFromCalls(calls), unanswered };
}
