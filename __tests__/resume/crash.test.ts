/**
 * Crash safety (docs/reference.md section 5): the real CLI is killed with SIGKILL at deterministic
 * moments spread over a run (startup, mid-step, between steps, the command step, the end),
 * sometimes several times in a row, then resumed to completion. Every run must end with outputs
 * byte-identical to an uninterrupted run, and a step that had completed before a kill must never
 * be called again (no later llm.request / command.started for it).
 *
 * Requires the compiled CLI (`npx tsc -p tsconfig.build.json`); the suite runs a snapshot of it.
 */
import { existsSync } from 'node:fs';
import { Workspace } from '../helpers/workspace.js';
import {
  KILL_RESPONSES,
  KILL_SPEC,
  countLines,
  killScenario,
  readEvents,
  resumedRunProblems,
  signalWhenLogged,
  treeOf,
  twoAtATime,
} from '../helpers/kill-resume.js';
import { runAsync, snapshotCli, type CliBin, type ProcResult } from '../cli/snapshot-bin.js';

type Moment = { ms: number } | { events: number };

describe('SIGKILL at any moment, then --resume', () => {
  let ws: Workspace;
  let cliBin: CliBin;
  let reference: Map<string, Buffer>;
  /** Wall time of an uninterrupted run, and of its startup (spawn -> job.started), under the test's load. */
  let fullMs = 0;
  let startupMs = 0;
  const runCli = (args: string[], cwd: string, killAfterMs?: number) =>
    runAsync(cliBin.bin, args, cwd, { killAfterMs }).done;
  /** Total events of an uninterrupted run. */
  let fullEvents = 0;

  /**
   * Runs the CLI and SIGKILLs it at a moment: `ms` after spawn (startup), or as soon as the
   * attempt has appended `events` lines to the log (polled every 2 ms): progress-based moments
   * stay spread over the job however loaded the machine is.
   */
  async function runAndKill(args: string[], logFile: string, moment: Moment): Promise<ProcResult> {
    if ('ms' in moment) return runCli(args, ws.dir, moment.ms);
    return signalWhenLogged(cliBin.bin, args, ws.dir, logFile, moment.events, (child) => child.kill('SIGKILL'));
  }
  beforeAll(async () => {
    cliBin = snapshotCli();
    ws = new Workspace({ 'job.yaml': KILL_SPEC, 'responses.yaml': KILL_RESPONSES });
    // Two uninterrupted runs side by side, like the scenarios below run.
    const t0 = Date.now();
    const refs = await Promise.all(
      ['ref', 'ref2'].map((id) =>
        runCli(
          ['run', '--spec', 'job.yaml', '--runs-dir', 'ref-runs', '--job-id', id, '--no-cache', '--quiet'],
          ws.dir,
        ),
      ),
    );
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
      ...Array.from({ length: KILLS - 4 }, (_, i) => ({
        events: 1 + Math.round(((fullEvents - 1) * i) / (KILLS - 5)),
      })),
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
      // Killed before the run folder existed: nothing to resume, start it (same id).
      const { id, runsDir, events, argsFor } = killScenario(ws.dir, 'crash', s, existsSync);
      let attempts = 0;
      for (const moment of scenarios[s]!) {
        const before = readEvents(events());
        const p = await runAndKill(argsFor(), events(), moment);
        attempts++;
        if (p.signal === 'SIGKILL') {
          effectiveKills++;
          const after = readEvents(events());
          if (
            after.length > 0 &&
            !after.some(
              (e) =>
                e.type.startsWith('job.') &&
                e.type !== 'job.started' &&
                e.type !== 'job.resumed' &&
                e.seq > (before.at(-1)?.seq ?? 0),
            )
          )
            midRunKills++;
        } else if (p.code !== 0)
          problems.push(`${id}: attempt ${attempts} (not killed) exited ${p.code}: ${p.stderr.trim().slice(0, 600)}`);
      }
      // The final resume, and the checks.
      const beforeFinal = readEvents(events());
      const fin = await runCli(argsFor(), ws.dir);
      if (fin.code !== 0) {
        problems.push(`${id}: final resume exited ${fin.code}: ${fin.stderr.trim().slice(0, 600)}`);
        return;
      }
      const all = readEvents(events());
      problems.push(...resumedRunProblems(id, all, ws.path(runsDir, id, 'outputs'), reference));
      keptSteps += all.filter((e) => e.type === 'step.skipped' && e.data.reason === 'completed').length;
      if (beforeFinal.length > 0 && !all.some((e) => e.type === 'job.resumed' && e.seq > beforeFinal.at(-1)!.seq))
        problems.push(`${id}: the final resume wrote no job.resumed`);
    };

    // Two runs at a time (a 2-core machine): the test stays well under a minute.
    await twoAtATime(scenarios.length, runScenario);

    if (process.env.CRASH_STATS)
      console.log({
        fullMs,
        startupMs,
        fullEvents,
        scenarios: JSON.stringify(scenarios),
        effectiveKills,
        midRunKills,
        keptSteps,
      });
    expect(problems).toEqual([]);
    expect(effectiveKills).toBeGreaterThanOrEqual(20);
    // Most kills must land while the job runs, not only before it starts.
    expect(midRunKills).toBeGreaterThanOrEqual(12);
    // And the resumes really kept work instead of redoing everything.
    expect(keptSteps).toBeGreaterThanOrEqual(20);
  }, 90_000);
});
