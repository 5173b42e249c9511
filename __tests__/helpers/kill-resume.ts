/**
 * The kill-and-resume harness shared by the crash (SIGKILL) and SIGTERM suites: one 13-output job
 * with a command step, a signal sent once an attempt has logged enough events, and the checks a
 * run resumed to completion must pass (outputs byte-identical to an uninterrupted run, a clean
 * log, no completed step called again).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runAsync, type ProcResult } from '../cli/snapshot-bin.js';

export const KILL_SPEC = `version: 2
name: crashy
inputs: { topic: a tiny wiki }
defaults: { provider: slow, concurrency: 2, retries: 0 }
providers:
  slow: { type: replay, responses: responses.yaml, latency_ms: 40 }
steps:
  plan: { prompt: "Plan {{ inputs.topic }}", outputs: [{ path: plan.md }] }
  research-a: { needs: [plan], prompt: "A for {{ steps.plan.output }}", outputs: [{ path: research/a.md }] }
  research-b: { needs: [plan], prompt: "B for {{ steps.plan.output }}", outputs: [{ path: research/b.md }] }
  research-c: { needs: [plan], prompt: "C for {{ steps.plan.output }}", outputs: [{ path: research/c.md }] }
  outline: { needs: [research-a, research-b, research-c], prompt: "Outline {{ steps.research-a.output }} {{ steps.research-b.output }} {{ steps.research-c.output }}", outputs: [{ path: outline.md }] }
  sec-1: { needs: [outline], prompt: "S1 {{ steps.outline.output }}", outputs: [{ path: sections/1.md }] }
  sec-2: { needs: [outline], prompt: "S2 {{ steps.outline.output }}", outputs: [{ path: sections/2.md }] }
  sec-3: { needs: [outline], prompt: "S3 {{ steps.outline.output }}", outputs: [{ path: sections/3.md }] }
  sec-4: { needs: [outline], prompt: "S4 {{ steps.outline.output }}", outputs: [{ path: sections/4.md }] }
  code: { needs: [outline], prompt: "Code {{ steps.outline.output }}", outputs: [{ path: app/main.py, extract: code }] }
  merge: { needs: [sec-1, sec-2, sec-3, sec-4], prompt: "Merge {{ steps.sec-1.output }}{{ steps.sec-2.output }}{{ steps.sec-3.output }}{{ steps.sec-4.output }}", outputs: [{ path: book.md }] }
  qa: { needs: [code, merge], run: "mkdir -p qa && cat book.md app/main.py > qa/bundle.txt", reads: [book.md, app/main.py], outputs: [{ path: qa/bundle.txt }] }
  summary: { needs: [qa], prompt: "Summarize {{ steps.merge.output }} / {{ steps.qa.output }}", outputs: [{ path: summary.md }] }
`;

export const KILL_RESPONSES = `plan: "# Plan\\nA wiki with pages and links.\\n"
research-a: "Research A: storage.\\n"
research-b: "Research B: markup.\\n"
research-c: "Research C: search.\\n"
outline: "1. Storage\\n2. Markup\\n3. Search\\n4. Links\\n"
sec-1: "## Storage\\nPages live in files.\\n"
sec-2: "## Markup\\nMarkdown.\\n"
sec-3: "## Search\\nA simple index.\\n"
sec-4: "## Links\\nWiki links.\\n"
code: "Here:\\n\`\`\`python\\nprint('wiki')\\n\`\`\`\\n"
merge: "# The wiki book\\nAll four sections.\\n"
summary: "A wiki in one paragraph.\\n"
`;

/** Newline count of a file that may not exist yet (0 then): a torn last line does not count. */
export function countLines(file: string): number {
  try {
    const b = readFileSync(file);
    let n = 0;
    for (const c of b) if (c === 0x0a) n++;
    return n;
  } catch {
    return 0;
  }
}

/** Every file below root, by path relative to it. */
export function treeOf(root: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const abs = join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(root, abs), readFileSync(abs));
    }
  };
  if (existsSync(root)) walk(root);
  return out;
}

export interface Ev {
  ts: string;
  seq: number;
  type: string;
  step_id?: string;
  data: Record<string, unknown>;
}

export function readEvents(file: string): Ev[] {
  if (!existsSync(file)) return [];
  const lines = readFileSync(file, 'utf8').split('\n');
  const out: Ev[] = [];
  lines.forEach((l, i) => {
    if (!l) return;
    try {
      out.push(JSON.parse(l) as Ev);
    } catch {
      // Only the last line may be torn.
      if (i !== lines.length - 1) throw new Error(`${file}: corrupt line ${i + 1}: ${l.slice(0, 80)}`);
    }
  });
  return out;
}

/** Steps whose completion the event log records (a step.succeeded, or kept by an earlier resume). */
export function completedIn(events: Ev[]): Set<string> {
  const done = new Set<string>();
  for (const e of events) {
    if (!e.step_id) continue;
    if (e.type === 'step.succeeded' || (e.type === 'step.skipped' && e.data.reason === 'completed'))
      done.add(e.step_id);
    if (e.type === 'step.started' || e.type === 'step.failed') done.delete(e.step_id);
  }
  return done;
}

/**
 * Runs the CLI and calls `signal` on its process as soon as the attempt has appended `events`
 * lines to the log (polled every 2 ms): progress-based moments stay spread over the job however
 * loaded the machine is.
 */
export async function signalWhenLogged(
  bin: string,
  args: string[],
  cwd: string,
  logFile: string,
  events: number,
  signal: (child: ReturnType<typeof runAsync>['child']) => void,
): Promise<ProcResult> {
  const linesBefore = countLines(logFile);
  const p = runAsync(bin, args, cwd);
  let lastSize = -1;
  const poll = setInterval(() => {
    let size: number;
    try {
      size = statSync(logFile).size;
    } catch {
      return;
    }
    // Counting lines reads the whole log: only when it grew.
    if (size === lastSize) return;
    lastSize = size;
    if (countLines(logFile) - linesBefore >= events) {
      clearInterval(poll);
      signal(p.child);
    }
  }, 2);
  try {
    return await p.done;
  } finally {
    clearInterval(poll);
  }
}

/**
 * What is wrong with a run resumed to completion (none: an empty list): seq gaps, outputs that
 * differ from the uninterrupted `reference`, a step completed before an attempt started and
 * called again after, a last event other than job.succeeded.
 */
export function resumedRunProblems(
  id: string,
  all: Ev[],
  outputsDir: string,
  reference: Map<string, Buffer>,
): string[] {
  const problems: string[] = [];
  all.forEach((e, i) => {
    if (e.seq !== i + 1) problems.push(`${id}: event ${i + 1} has seq ${e.seq}`);
  });
  const got = treeOf(outputsDir);
  const gotPaths = [...got.keys()].sort();
  const wantPaths = [...reference.keys()].sort();
  if (gotPaths.join() !== wantPaths.join())
    problems.push(`${id}: output files ${gotPaths.join(',')} instead of ${wantPaths.join(',')}`);
  for (const [path, bytes] of reference)
    if (got.has(path) && !got.get(path)!.equals(bytes))
      problems.push(`${id}: ${path} differs from the uninterrupted run`);
  // No step completed before an interruption is called again: replay the log attempt by attempt.
  const starts = all.filter((e) => e.type === 'job.started' || e.type === 'job.resumed').map((e) => e.seq);
  for (const startSeq of starts.slice(1)) {
    const done = completedIn(all.filter((e) => e.seq < startSeq));
    for (const e of all) {
      if (
        e.seq > startSeq &&
        e.step_id &&
        done.has(e.step_id) &&
        (e.type === 'llm.request' || e.type === 'command.started' || e.type === 'step.started')
      ) {
        problems.push(`${id}: step ${e.step_id} completed before seq ${startSeq} but has ${e.type} at seq ${e.seq}`);
      }
    }
  }
  const last = all.at(-1);
  if (last?.type !== 'job.succeeded') problems.push(`${id}: last event is ${last?.type}`);
  return problems;
}

export interface KillScenario {
  id: string;
  runsDir: string;
  /** The run's event log (it may not exist yet). */
  events(): string;
  /** CLI arguments of the next attempt: --resume once `hasRun` says an earlier attempt left a run, else a fresh run with the same id. */
  argsFor(): string[];
}

/**
 * Scenario `s` of a suite, run in `dir` on KILL_SPEC: its own runs folder; even scenarios without
 * a cache, odd ones each with their own cache folder.
 */
export function killScenario(
  dir: string,
  prefix: string,
  s: number,
  hasRun: (eventsFile: string) => boolean,
): KillScenario {
  const id = `${prefix}-${s}`;
  const runsDir = `runs-${s}`;
  const cacheArgs = s % 2 === 0 ? ['--no-cache'] : ['--cache-dir', `cache-${s}`];
  const events = () => join(dir, runsDir, id, 'events.jsonl');
  const argsFor = () => [
    'run',
    '--spec',
    'job.yaml',
    '--runs-dir',
    runsDir,
    '--quiet',
    ...cacheArgs,
    ...(hasRun(events()) ? ['--resume', id] : ['--job-id', id]),
  ];
  return { id, runsDir, events, argsFor };
}

/** Runs scenarios 0..count-1 two at a time (a 2-core machine). */
export async function twoAtATime(count: number, runScenario: (s: number) => Promise<void>): Promise<void> {
  const queue = Array.from({ length: count }, (_, s) => s);
  await Promise.all(
    [0, 1].map(async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) await runScenario(s);
    }),
  );
}
