/**
 * Crash safety (docs/reference.md section 5): the real CLI is killed with SIGKILL at deterministic
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

type Moment = { ms: number } | { events: number };

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

describe('SIGKILL at any moment, then --resume', () => {
  let ws: Workspace;
  let cliBin: CliBin;
  let reference: Map<string, Buffer>;
  /** Wall time of an uninterrupted run, and of its startup (spawn -> job.started), under the test's load. */
  let fullMs = 0;
  let startupMs = 0;
  const runCli = (args: string[], cwd: string, killAfterMs?: number) => runAsync(cliBin.bin, args, cwd, { killAfterMs }).done;
  /** Total events of an uninterrupted run. */
  let fullEvents = 0;

  /**
   * Runs the CLI and SIGKILLs it at a moment: `ms` after spawn (startup), or as soon as the
   * attempt has appended `events` lines to the log (polled every 2 ms): progress-based moments
   * stay spread over the job however loaded the machine is.
   */
  async function runAndKill(args: string[], logFile: string, moment: Moment): Promise<ProcResult> {
    if ('ms' in moment) return runCli(args, ws.dir, moment.ms);
    const linesBefore = countLines(logFile);
    const p = runAsync(cliBin.bin, args, ws.dir);
    let lastSize = -1;
    const poll = setInterval(() => {
      let size = 0;
      try {
        size = statSync(logFile).size;
      } catch {
        return;
      }
      if (size === lastSize) return;
      lastSize = size;
      if (countLines(logFile) - linesBefore >= moment.events) {
        clearInterval(poll);
        p.child.kill('SIGKILL');
      }
    }, 2);
    try {
      return await p.done;
    } finally {
      clearInterval(poll);
    }
  }
  beforeAll(async () => {
    cliBin = snapshotCli();
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': RESPONSES });
    // Two uninterrupted runs side by side, like the scenarios below run.
    const t0 = Date.now();
    const refs = await Promise.all(['ref', 'ref2'].map((id) => runCli(['run', '--spec', 'job.yaml', '--runs-dir', 'ref-runs', '--job-id', id, '--no-cache', '--quiet'], ws.dir)));
    for (const r of refs) expect(r).toMatchObject({ code: 0, stderr: '' });
    fullMs = Math.max(...refs.map((r) => r.ms));
    fullEvents = countLines(ws.path('ref-runs', 'ref', 'events.jsonl'));
    startupMs = Date.parse(readEvents(ws.path('ref-runs', 'ref', 'events.jsonl'))[0]!.ts) - t0;
    reference = treeOf(ws.path('ref-runs', 'ref', 'outputs'));
    expect([...reference.keys()].sort()).toHaveLength(13);
    expect(treeOf(ws.path('ref-runs', 'ref2', 'outputs'))).toEqual(reference);
  });
  afterAll(() => {
    ws?.cleanup();
    cliBin?.cleanup();
  });

  it('resumes every killed run to outputs identical to an uninterrupted run, never calling a completed step again', async () => {
    // 16 runs, killed 1, 2 or 3 times in a row (31 kills): 4 at delays spread over startup (20 ms
    // to job.started), 27 at moments spread over the job (after 1 .. all of its event lines). A
    // resumed attempt has less left to do, so some late moments find it finished: at least 20 must hit.
    const RUNS = 16;
    const perRun = Array.from({ length: RUNS }, (_, s) => 1 + (s % 3));
    const KILLS = perRun.reduce((a, b) => a + b, 0);
    const jobStart = Math.min(Math.max(startupMs, 100), fullMs - 100);
    const moments: Moment[] = [
      ...Array.from({ length: 4 }, (_, i) => ({ ms: Math.round(20 + ((jobStart - 20) * i) / 4) })),
      ...Array.from({ length: KILLS - 4 }, (_, i) => ({ events: 1 + Math.round(((fullEvents - 1) * i) / (KILLS - 5)) })),
    ];
    const rank = (m: Moment) => ('ms' in m ? -1e9 + m.ms : m.events);
    const scenarios: Moment[][] = [];
    let next = 0;
    for (const n of perRun) {
      // Interleave so each run gets early and late moments; later kills of a run come earlier, as a
      // resumed attempt has less left to do.
      scenarios.push(Array.from({ length: n }, () => moments[(next++ * 7) % KILLS]!).sort((a, b) => rank(b) - rank(a)));
    }
    expect(new Set(scenarios.flat()).size).toBe(KILLS);

    const problems: string[] = [];
    let effectiveKills = 0;
    let midRunKills = 0;
    let keptSteps = 0;

    const runScenario = async (s: number) => {
      const id = `crash-${s}`;
      const runsDir = `runs-${s}`;
      const cacheArgs = s % 2 === 0 ? ['--no-cache'] : ['--cache-dir', `cache-${s}`];
      const events = () => ws.path(runsDir, id, 'events.jsonl');
      const argsFor = () => {
        // Killed before the run folder existed: nothing to resume, start it (same id).
        const resume = existsSync(events()) ? ['--resume', id] : ['--job-id', id];
        return ['run', '--spec', 'job.yaml', '--runs-dir', runsDir, '--quiet', ...cacheArgs, ...resume];
      };
      let attempts = 0;
      for (const moment of scenarios[s]!) {
        const before = readEvents(events());
        const p = await runAndKill(argsFor(), events(), moment);
        attempts++;
        if (p.signal === 'SIGKILL') {
          effectiveKills++;
          const after = readEvents(events());
          if (after.length > 0 && !after.some((e) => e.type.startsWith('job.') && e.type !== 'job.started' && e.type !== 'job.resumed' && e.seq > (before.at(-1)?.seq ?? 0))) midRunKills++;
        } else if (p.code !== 0) problems.push(`${id}: attempt ${attempts} (not killed) exited ${p.code}: ${p.stderr.trim().slice(0, 600)}`);
      }
      // The final resume, and the checks.
      const beforeFinal = readEvents(events());
      const fin = await runCli(argsFor(), ws.dir);
      if (fin.code !== 0) {
        problems.push(`${id}: final resume exited ${fin.code}: ${fin.stderr.trim().slice(0, 600)}`);
        return;
      }
      const all = readEvents(events());
      all.forEach((e, i) => {
        if (e.seq !== i + 1) problems.push(`${id}: event ${i + 1} has seq ${e.seq}`);
      });
      const got = treeOf(ws.path(runsDir, id, 'outputs'));
      const gotPaths = [...got.keys()].sort();
      const wantPaths = [...reference.keys()].sort();
      if (gotPaths.join() !== wantPaths.join()) problems.push(`${id}: output files ${gotPaths.join(',')} instead of ${wantPaths.join(',')}`);
      for (const [path, bytes] of reference) if (got.has(path) && !got.get(path)!.equals(bytes)) problems.push(`${id}: ${path} differs from the uninterrupted run`);
      // No step completed before a kill is called again: replay the log attempt by attempt.
      const starts = all.filter((e) => e.type === 'job.started' || e.type === 'job.resumed').map((e) => e.seq);
      for (const startSeq of starts.slice(1)) {
        const earlier = all.filter((e) => e.seq < startSeq);
        const done = completedIn(earlier);
        for (const e of all) {
          if (e.seq > startSeq && e.step_id && done.has(e.step_id) && (e.type === 'llm.request' || e.type === 'command.started' || e.type === 'step.started')) {
            problems.push(`${id}: step ${e.step_id} completed before seq ${startSeq} but has ${e.type} at seq ${e.seq}`);
          }
        }
      }
      keptSteps += all.filter((e) => e.type === 'step.skipped' && e.data.reason === 'completed').length;
      const last = all.at(-1)!;
      if (last.type !== 'job.succeeded') problems.push(`${id}: last event is ${last.type}`);
      if (beforeFinal.length > 0 && !all.some((e) => e.type === 'job.resumed' && e.seq > beforeFinal.at(-1)!.seq)) problems.push(`${id}: the final resume wrote no job.resumed`);
    };

    // Two runs at a time (a 2-core machine): the test stays well under a minute.
    const queue = scenarios.map((_, s) => s);
    await Promise.all([0, 1].map(async () => {
      for (let s = queue.shift(); s !== undefined; s = queue.shift()) await runScenario(s);
    }));

    if (process.env.CRASH_STATS) console.log({ fullMs, startupMs, fullEvents, scenarios: JSON.stringify(scenarios), effectiveKills, midRunKills, keptSteps });
    expect(problems).toEqual([]);
    expect(effectiveKills).toBeGreaterThanOrEqual(20);
    // Most kills must land while the job runs, not only before it starts.
    expect(midRunKills).toBeGreaterThanOrEqual(12);
    // And the resumes really kept work instead of redoing everything.
    expect(keptSteps).toBeGreaterThanOrEqual(20);
  }, 90_000);
});
