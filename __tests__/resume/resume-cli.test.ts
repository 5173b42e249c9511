/**
 * `orchestrator run --resume [JOB_ID]` through the CLI (in-process): what is kept, what runs again
 * and why (step.started data.rerun_reason), seq continuity, picking the latest run, and refusing
 * to mix runs of different jobs.
 */
import { appendFileSync, readFileSync, rmSync, truncateSync, utimesSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import type { OrchestratorEvent } from '../../src/events/types.js';

const CHAIN = {
  a: 'prompt: "start"\noutputs: [{ path: a.txt }]',
  b: 'needs: [a]\nprompt: "B sees {{ steps.a.output }}"\noutputs: [{ path: b.txt }]',
  c: 'needs: [b]\nprompt: "C sees {{ steps.b.output }}"\noutputs: [{ path: c.txt }]',
  d: 'prompt: "independent"\noutputs: [{ path: d.txt }]',
};
const CHAIN_ANSWERS = 'a: "answer A"\nb: "answer B"\nc: "answer C"\nd: "answer D"\n';

/** Events of the attempt that starts at the last job.started / job.resumed. */
function lastAttempt(events: OrchestratorEvent[]): OrchestratorEvent[] {
  const i = events.map((e) => e.type).lastIndexOf('job.resumed');
  return events.slice(i);
}
const ofType = (events: OrchestratorEvent[], type: string) => events.filter((e) => e.type === type);
const stepsWith = (events: OrchestratorEvent[], type: string) =>
  ofType(events, type)
    .map((e) => e.step_id)
    .sort();

describe('run --resume', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  const run = (...args: string[]) =>
    cli(['run', '--spec', 'job.yaml', '--no-cache', '--quiet', ...args], { cwd: ws.dir });

  it('a failed run, fixed by editing the replay fixture, resumes: only the failed step and its dependents run', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('fixme', {
        a: 'prompt: "design"\noutputs: [{ path: design.md }]',
        b: 'needs: [a]\nprompt: "code for {{ steps.a.output }}"\noutputs: [{ path: app.py, extract: code }]',
        c: 'needs: [b]\nprompt: "test {{ steps.b.output }}"\noutputs: [{ path: test.txt }]',
        d: 'prompt: "docs"\noutputs: [{ path: docs.md }]',
      }),
      'responses.yaml': 'a: "the design"\nb: "sorry, no code"\nc: "tests ok"\nd: "the docs"\n',
    });
    const first = await run('--job-id', 'fixme-1');
    expect(first.code).toBe(1);
    const m1 = ws.manifest('fixme-1');
    expect(m1.failed_steps).toEqual(['b']);
    expect(m1.skipped_steps).toEqual(['c']);
    const lastSeq = ws.events('fixme-1').at(-1)!.seq;

    ws.write({ 'responses.yaml': 'a: "the design"\nb: "```python\\nprint(1)\\n```"\nc: "tests ok"\nd: "the docs"\n' });
    const second = await run('--resume', 'fixme-1');
    expect(second.code).toBe(0);
    const events = ws.events('fixme-1');
    events.forEach((e, i) => expect(e.seq).toBe(i + 1));
    const attempt = lastAttempt(events);
    expect(attempt[0]).toMatchObject({ type: 'job.resumed', seq: lastSeq + 1 });
    expect(attempt[0]!.data).toMatchObject({ previous_status: 'failed', spec_changed: false, completed_before: 2 });
    const kept = ofType(attempt, 'step.skipped').filter((e) => e.data.reason === 'completed');
    expect(kept.map((e) => e.step_id).sort()).toEqual(['a', 'd']);
    expect(stepsWith(attempt, 'llm.request')).toEqual(['b', 'c']);
    expect(ofType(attempt, 'step.started').find((e) => e.step_id === 'b')!.data.rerun_reason).toBe('failed_before');
    expect(ws.read('runs', 'fixme-1', 'outputs', 'app.py')).toBe('print(1)\n');
    const m2 = ws.manifest('fixme-1');
    expect(m2.status).toBe('succeeded');
    expect(m2.completed_steps.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(m2.failed_steps).toEqual([]);
  });

  it('a modified output file re-runs its step only; its dependents stay kept when its output comes out the same', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    ws.write({ 'runs/chain-1/outputs/b.txt': 'edited by hand' });
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    const attempt = lastAttempt(ws.events('chain-1'));
    const started = ofType(attempt, 'step.started');
    expect(started.map((e) => e.step_id)).toEqual(['b']);
    expect(started[0]!.data).toMatchObject({ rerun_reason: 'output_modified', path: 'b.txt' });
    expect(stepsWith(attempt, 'llm.request')).toEqual(['b']);
    expect(
      ofType(attempt, 'step.skipped')
        .map((e) => e.step_id)
        .sort(),
    ).toEqual(['a', 'c', 'd']);
    expect(ws.read('runs', 'chain-1', 'outputs', 'b.txt')).toBe('answer B');
  });

  it('a deleted output file re-runs its step (output_missing)', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    rmSync(ws.path('runs', 'chain-1', 'outputs', 'c.txt'));
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    const started = ofType(lastAttempt(ws.events('chain-1')), 'step.started');
    expect(started.map((e) => [e.step_id, e.data.rerun_reason])).toEqual([['c', 'output_missing']]);
    expect(ws.read('runs', 'chain-1', 'outputs', 'c.txt')).toBe('answer C');
  });

  it('when a re-run step answers differently, its dependents run again too (their inputs changed)', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    // The model now answers differently for a, and a's output is gone: a runs again with a new answer.
    ws.write({ 'responses.yaml': CHAIN_ANSWERS.replace('answer A', 'a different answer A') });
    rmSync(ws.path('runs', 'chain-1', 'outputs', 'a.txt'));
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    const attempt = lastAttempt(ws.events('chain-1'));
    // b's prompt embeds a's output: b must not be kept with a prompt built from the old answer.
    expect(stepsWith(attempt, 'llm.request')).toEqual(['a', 'b']);
    expect(ofType(attempt, 'step.started').find((e) => e.step_id === 'b')?.data.rerun_reason).toBe('cache_key_changed');
    // The resumed run's keys are those of a fresh run with the same answers: nothing mixed.
    expect((await run('--job-id', 'fresh')).code).toBe(0);
    const resumed = ws.manifest('chain-1');
    const fresh = ws.manifest('fresh');
    for (const id of ['a', 'b', 'c', 'd'])
      expect([id, resumed.steps[id]!.cache_key]).toEqual([id, fresh.steps[id]!.cache_key]);
  });

  it('a changed spec re-runs exactly the steps whose key changed, and says so', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    const before = ws.manifest('chain-1');
    ws.write({ 'job.yaml': replaySpec('chain', { ...CHAIN, c: CHAIN.c.replace('C sees', 'C now sees') }) });
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    const attempt = lastAttempt(ws.events('chain-1'));
    expect(attempt[0]!.data).toMatchObject({ spec_changed: true, previous_spec_sha256: before.spec_sha256 });
    const started = ofType(attempt, 'step.started');
    expect(started.map((e) => e.step_id)).toEqual(['c']);
    expect(started[0]!.data).toMatchObject({
      rerun_reason: 'cache_key_changed',
      previous_key: before.steps.c!.cache_key,
    });
    expect(stepsWith(attempt, 'llm.request')).toEqual(['c']);
    const after = ws.manifest('chain-1');
    expect(after.steps.c!.cache_key).not.toBe(before.steps.c!.cache_key);
    expect(after.spec_sha256).not.toBe(before.spec_sha256);
  });

  it('a step added to the spec runs on resume (new_step); the others are kept', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': `${CHAIN_ANSWERS}e: "answer E"\n` });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    ws.write({
      'job.yaml': replaySpec('chain', {
        ...CHAIN,
        e: 'needs: [c]\nprompt: "E sees {{ steps.c.output }}"\noutputs: [{ path: e.txt }]',
      }),
    });
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    const attempt = lastAttempt(ws.events('chain-1'));
    expect(ofType(attempt, 'step.started').map((e) => [e.step_id, e.data.rerun_reason])).toEqual([['e', 'new_step']]);
    expect(stepsWith(attempt, 'llm.request')).toEqual(['e']);
    expect(ws.manifest('chain-1').completed_steps.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('--resume without an id continues the latest run of this job (not an older one, not another job)', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('chain', CHAIN),
      'other.yaml': replaySpec('other', { x: 'prompt: "x"\noutputs: [{ path: x.txt }]' }),
      'responses.yaml': `${CHAIN_ANSWERS}x: "answer X"\n`,
    });
    expect((await run('--job-id', 'chain-old')).code).toBe(0);
    expect((await run('--job-id', 'chain-new')).code).toBe(0);
    expect(
      (await cli(['run', '--spec', 'other.yaml', '--no-cache', '--quiet', '--job-id', 'other-newest'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    // Make the ages unambiguous whatever the clock resolution.
    const old = new Date(Date.now() - 60_000);
    utimesSync(ws.path('runs', 'chain-old', 'events.jsonl'), old, old);
    const oldCount = ws.events('chain-old').length;
    const res = await run('--resume');
    expect(res.code).toBe(0);
    expect(ws.events('chain-old')).toHaveLength(oldCount);
    expect(ofType(ws.events('chain-new'), 'job.resumed')).toHaveLength(1);
    expect(ofType(ws.events('other-newest'), 'job.resumed')).toHaveLength(0);
  });

  it('resuming a run of another job is a clear usage error (exit 2), and nothing is written to that run', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('chain', CHAIN),
      'other.yaml': replaySpec('other', { x: 'prompt: "x"\noutputs: [{ path: x.txt }]' }),
      'responses.yaml': `${CHAIN_ANSWERS}x: "answer X"\n`,
    });
    expect(
      (await cli(['run', '--spec', 'other.yaml', '--no-cache', '--quiet', '--job-id', 'other-1'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    const before = readFileSync(ws.path('runs', 'other-1', 'events.jsonl'));
    const res = await run('--resume', 'other-1');
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/other-1/);
    expect(res.stderr).toMatch(/other/);
    expect(res.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(ws.path('runs', 'other-1', 'events.jsonl')).equals(before)).toBe(true);
  });

  it('resuming a run that does not exist is exit 2', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    const named = await run('--resume', 'chain-nope');
    expect(named.code).toBe(2);
    expect(named.stderr).toMatch(/chain-nope/);
    const latest = await run('--resume');
    expect(latest.code).toBe(2);
    expect(latest.stderr).toMatch(/no run/i);
  });

  it('a torn last event line (a crash mid-write) is dropped, and the log stays readable for the next resume', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    const file = ws.path('runs', 'chain-1', 'events.jsonl');
    // Cut the log inside the line of c's step.succeeded, as a crash in the middle of that write would.
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('"type":"step.succeeded","step_id":"c"');
    expect(at).toBeGreaterThan(0);
    truncateSync(file, Buffer.byteLength(text.slice(0, at + 20)));
    expect((await run('--resume', 'chain-1')).code).toBe(0);
    // The resume appended after the torn fragment: no line of the log may be unreadable now.
    const unreadable = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => {
        if (!l) return false;
        try {
          JSON.parse(l);
          return false;
        } catch {
          return true;
        }
      });
    expect(unreadable).toEqual([]);
    // c had not completed as far as the log knows: it ran again.
    expect(stepsWith(lastAttempt(readLog(file)), 'llm.request')).toContain('c');
    // A second resume must still read the whole log.
    const again = await run('--resume', 'chain-1');
    expect(again.stderr).toBe('');
    expect(again.code).toBe(0);
    const events = readLog(file);
    events.forEach((e, i) => expect(e.seq).toBe(i + 1));
  });

  it('a run killed after creating its event log but before the first event can be resumed', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    // What SIGKILL between opening events.jsonl and its first write leaves behind.
    ws.write({ 'runs/chain-1/events.jsonl': '' });
    const res = await run('--resume', 'chain-1');
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(ws.manifest('chain-1').status).toBe('succeeded');
  });

  it('seq continues across several resumes and never repeats', async () => {
    ws = new Workspace({ 'job.yaml': replaySpec('chain', CHAIN), 'responses.yaml': CHAIN_ANSWERS });
    expect((await run('--job-id', 'chain-1')).code).toBe(0);
    for (let i = 0; i < 3; i++) {
      appendFileSync(ws.path('runs', 'chain-1', 'outputs', 'd.txt'), '!');
      expect((await run('--resume', 'chain-1')).code).toBe(0);
    }
    const events = ws.events('chain-1');
    events.forEach((e, i) => expect(e.seq).toBe(i + 1));
    expect(ofType(events, 'job.resumed').map((e) => e.data.attempt)).toEqual([2, 3, 4]);
    expect(ofType(events, 'llm.request').filter((e) => e.step_id === 'd')).toHaveLength(4);
    expect(ws.manifest('chain-1').status).toBe('succeeded');
  });
});

function readLog(file: string): OrchestratorEvent[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as OrchestratorEvent);
}
