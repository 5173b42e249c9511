/**
 * SIGTERM variant of crash.test.ts, on the same harness: the real CLI is sent
 * SIGTERM (once, or twice to force the exit) at deterministic moments spread over a run, twice in
 * a row, then resumed to completion. Every run must end with outputs byte-identical to an
 * uninterrupted run, and a step that had completed before a signal must never be called again
 * (no later llm.request / command.started for it).
 *
 * Requires the compiled CLI (`npx tsc -p tsconfig.build.json`); the suite runs a snapshot of it.
 */
import { existsSync, statSync } from 'node:fs';
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

describe('SIGTERM at random moments, then --resume', () => {
  let ws: Workspace;
  let cliBin: CliBin;
  let reference: Map<string, Buffer>;
  let fullEvents = 0;

  beforeAll(async () => {
    cliBin = snapshotCli();
    ws = new Workspace({ 'job.yaml': KILL_SPEC, 'responses.yaml': KILL_RESPONSES });
    const ref = await runAsync(
      cliBin.bin,
      ['run', '--spec', 'job.yaml', '--runs-dir', 'ref-runs', '--job-id', 'ref', '--no-cache', '--quiet'],
      ws.dir,
    ).done;
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
    return signalWhenLogged(cliBin.bin, args, ws.dir, logFile, events, (child) => {
      child.kill('SIGTERM');
      if (twice) setTimeout(() => child.kill('SIGTERM'), 1);
    });
  }

  it('every interrupted run resumes to the uninterrupted outputs, with a clean log and no completed step called again', async () => {
    const problems: string[] = [];
    const SCENARIOS = 12;
    const runScenario = async (s: number) => {
      const { id, runsDir, events, argsFor } = killScenario(
        ws.dir,
        'term',
        s,
        (log) => existsSync(log) && statSync(log).size > 0,
      );
      for (const k of [0, 1]) {
        const at = 1 + Math.round(((fullEvents - 2) * ((s * 5 + k * 3) % SCENARIOS)) / (SCENARIOS - 1) / (k + 1));
        const p = await runAndTerm(argsFor(), events(), at, (s + k) % 3 === 0);
        if (p.code !== 0 && p.code !== 130 && p.signal === null)
          problems.push(`${id}: interrupted attempt exited ${p.code}: ${p.stderr.trim().slice(0, 400)}`);
        if (/E_INTERNAL|this is a bug/.test(p.stderr)) problems.push(`${id}: ${p.stderr.trim().slice(0, 400)}`);
      }
      const fin = await runAsync(cliBin.bin, argsFor(), ws.dir).done;
      if (fin.code !== 0) {
        problems.push(`${id}: final resume exited ${fin.code}: ${fin.stderr.trim().slice(0, 600)}`);
        return;
      }
      problems.push(...resumedRunProblems(id, readEvents(events()), ws.path(runsDir, id, 'outputs'), reference));
      if (existsSync(ws.path(runsDir, id, '.lock'))) problems.push(`${id}: the lock was left behind`);
    };
    await twoAtATime(SCENARIOS, runScenario);
    expect(problems).toEqual([]);
  }, 120_000);
});
