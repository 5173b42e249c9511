/**
 * SIGTERM variant of crash.test.ts (issue 12 item 3). Copied from there: the real CLI is killed with SIGKILL at deterministic
 * moments spread over a run (startup, mid-step, between steps, the command step, the end),
 * sometimes several times in a row, then resumed to completion. Every run must end with outputs
 * byte-identical to an uninterrupted run, and a step that had completed before a kill must never
 * be called again (no later llm.request / command.started for it).
 *
 * Requires the compiled CLI (`npx tsc -p tsconfig.build.json`); the suite runs a snapshot of it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Workspace } from '../helpers/workspace.js';
import { runAsync, snapshotCli, type CliBin, type ProcResult } from '../cli/snapshot-bin.js';

const SPEC = `version: 2
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

const RESPONSES = `plan: "# Plan\\nA wiki with pages and links.\\n"
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


function countLines(file: string): number {
  try {
    const b = readFileSync(file);
    let n = 0;
    for (const c of b) if (c === 0x0a) n++;
    return n;
  } catch {
    return 0;
  }
}

function treeOf(root: string): Map<string, Buffer> {
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

interface Ev {
  ts: string;
  seq: number;
  type: string;
  step_id?: string;
  data: Record<string, unknown>;
}

function readEvents(file: string): Ev[] {
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
function completedIn(events: Ev[]): Set<string> {
  const done = new Set<string>();
  for (const e of events) {
    if (!e.step_id) continue;
    if (e.type === 'step.succeeded' || (e.type === 'step.skipped' && e.data.reason === 'completed')) done.add(e.step_id);
    if (e.type === 'step.started' || e.type === 'step.failed') done.delete(e.step_id);
  }
  return done;
}

describe('SIGTERM at random moments, then --resume', () => {
  let ws: Workspace;
  let cliBin: CliBin;
  let reference: Map<string, Buffer>;
  let fullEvents = 0;

  beforeAll(async () => {
    cliBin = snapshotCli();
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': RESPONSES });
    const ref = await runAsync(cliBin.bin, ['run', '--spec', 'job.yaml', '--runs-dir', 'ref-runs', '--job-id', 'ref', '--no-cache', '--quiet'], ws.dir).done;
    expect(ref).toMatchObject({ code: 0, stderr: '' });
    fullEvents = countLines(ws.path('ref-runs', 'ref', 'events.jsonl'));
    reference = treeOf(ws.path('ref-runs', 'ref', 'outputs'));
  });
  afterAll(() => {
    ws?.cleanup();
    cliBin?.cleanup();
  });

  /** Sends SIGTERM (twice when `twice`: the second one forces the exit) once the attempt has written `events` lines. */
  async function runAndTerm(args: string[], logFile: string, events: number, twice: boolean): Promise<ProcResult> {
    const linesBefore = countLines(logFile);
    const p = runAsync(cliBin.bin, args, ws.dir);
    const poll = setInterval(() => {
      if (countLines(logFile) - linesBefore >= events) {
        clearInterval(poll);
        p.child.kill('SIGTERM');
        if (twice) setTimeout(() => p.child.kill('SIGTERM'), 1);
      }
    }, 2);
    try {
      return await p.done;
    } finally {
      clearInterval(poll);
    }
  }

  it('every interrupted run resumes to the uninterrupted outputs, with a clean log and no completed step called again', async () => {
    const problems: string[] = [];
    const SCENARIOS = 12;
    const runScenario = async (s: number) => {
      const id = `term-${s}`;
      const runsDir = `runs-${s}`;
      const cacheArgs = s % 2 === 0 ? ['--no-cache'] : ['--cache-dir', `cache-${s}`];
      const events = () => ws.path(runsDir, id, 'events.jsonl');
      const argsFor = () => ['run', '--spec', 'job.yaml', '--runs-dir', runsDir, '--quiet', ...cacheArgs, ...(existsSync(events()) && statSync(events()).size > 0 ? ['--resume', id] : ['--job-id', id])];
      for (const k of [0, 1]) {
        const at = 1 + Math.round(((fullEvents - 2) * ((s * 5 + k * 3) % SCENARIOS)) / (SCENARIOS - 1) / (k + 1));
        const p = await runAndTerm(argsFor(), events(), at, (s + k) % 3 === 0);
        if (p.code !== 0 && p.code !== 130 && p.signal === null) problems.push(`${id}: interrupted attempt exited ${p.code}: ${p.stderr.trim().slice(0, 400)}`);
        if (/E_INTERNAL|this is a bug/.test(p.stderr)) problems.push(`${id}: ${p.stderr.trim().slice(0, 400)}`);
      }
      const fin = await runAsync(cliBin.bin, argsFor(), ws.dir).done;
      if (fin.code !== 0) {
        problems.push(`${id}: final resume exited ${fin.code}: ${fin.stderr.trim().slice(0, 600)}`);
        return;
      }
      const all = readEvents(events());
      all.forEach((e, i) => {
        if (e.seq !== i + 1) problems.push(`${id}: event ${i + 1} has seq ${e.seq}`);
      });
      const got = treeOf(ws.path(runsDir, id, 'outputs'));
      if ([...got.keys()].sort().join() !== [...reference.keys()].sort().join()) problems.push(`${id}: output files ${[...got.keys()].sort().join(',')}`);
      for (const [path, bytes] of reference) if (got.has(path) && !got.get(path)!.equals(bytes)) problems.push(`${id}: ${path} differs`);
      const starts = all.filter((e) => e.type === 'job.started' || e.type === 'job.resumed').map((e) => e.seq);
      for (const startSeq of starts.slice(1)) {
        const done = completedIn(all.filter((e) => e.seq < startSeq));
        for (const e of all) {
          if (e.seq > startSeq && e.step_id && done.has(e.step_id) && (e.type === 'llm.request' || e.type === 'command.started' || e.type === 'step.started')) {
            problems.push(`${id}: step ${e.step_id} completed before seq ${startSeq} but has ${e.type} at seq ${e.seq}`);
          }
        }
      }
      if (all.at(-1)!.type !== 'job.succeeded') problems.push(`${id}: last event is ${all.at(-1)!.type}`);
      if (existsSync(ws.path(runsDir, id, '.lock'))) problems.push(`${id}: the lock was left behind`);
    };
    const queue = Array.from({ length: SCENARIOS }, (_, s) => s);
    await Promise.all([0, 1].map(async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) await runScenario(s);
    }));
    expect(problems).toEqual([]);
  }, 120_000);
});
