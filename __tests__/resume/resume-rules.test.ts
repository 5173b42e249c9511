/**
 * Resume keeps its own rules: a command step that completed in the interrupted
 * run is part of that run and does not run again on --resume, even though commands are uncached;
 * and --resume keeps the original run's --no-cache.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

describe('resume and command steps', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());
  const executions = () =>
    existsSync(ws.path('count.log'))
      ? readFileSync(ws.path('count.log'), 'utf8').split('\n').filter(Boolean).length
      : 0;
  const SPEC = replaySpec('resume-cmd', {
    diff: 'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; cat "$ORCHESTRATOR_SPEC_DIR/input.txt" > diff.txt\noutputs: [{ path: diff.txt }]',
    review: 'needs: [diff]\nprompt: "Review {{ steps.diff.output }}"\noutputs: [{ path: review.md }]',
    other: 'prompt: "independent"\noutputs: [{ path: other.md }]',
  });

  it('a command step that completed is not run again on --resume; the failed step runs', async () => {
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'other: "o"\n', 'input.txt': 'the diff\n' });
    const first = await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', 'r1'], {
      cwd: ws.dir,
    });
    expect(first.code).toBe(1);
    expect(ws.manifest('r1').failed_steps).toEqual(['review']);
    expect(executions()).toBe(1);

    ws.write({ 'responses.yaml': 'other: "o"\nreview: "looks good"\n' });
    const res = await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--resume', 'r1'], {
      cwd: ws.dir,
    });
    expect(res.code).toBe(0);
    expect(executions()).toBe(1);
    const events = ws.events('r1');
    const resumedAt = events.find((e) => e.type === 'job.resumed')!.seq;
    const after = events.filter((e) => e.seq > resumedAt);
    expect(after.find((e) => e.type === 'step.skipped' && e.step_id === 'diff')?.data.reason).toBe('completed');
    expect(after.filter((e) => e.type === 'command.started')).toEqual([]);
    expect(after.filter((e) => e.type === 'llm.request').map((e) => e.step_id)).toEqual(['review']);
    expect(ws.read('runs', 'r1', 'outputs', 'review.md')).toBe('looks good');
    expect(ws.manifest('r1').status).toBe('succeeded');
  });

  it("--resume keeps the original run's --no-cache: nothing read from or written to the cache", async () => {
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'other: "o"\n', 'input.txt': 'd\n' });
    expect(
      (
        await cli(['run', '--spec', 'job.yaml', '--quiet', '--no-cache', '--cache-dir', 'cache', '--job-id', 'r1'], {
          cwd: ws.dir,
        })
      ).code,
    ).toBe(1);
    expect(ws.events('r1')[0]!.data.no_cache).toBe(true);
    ws.write({ 'responses.yaml': 'other: "o"\nreview: "fine"\n' });
    // Resumed without --no-cache.
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--resume', 'r1'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    const types = ws.events('r1').map((e) => e.type);
    expect(types).not.toContain('cache.miss');
    expect(types).not.toContain('cache.hit');
    expect(ws.manifest('r1').steps.review!.cache).toBe('off');
    expect(existsSync(ws.path('cache')) ? readdirSync(ws.path('cache')) : []).toEqual([]);
  });

  it('a run with the cache stays cached on resume', async () => {
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'other: "o"\n', 'input.txt': 'd\n' });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', 'r1'], { cwd: ws.dir }))
        .code,
    ).toBe(1);
    expect(ws.events('r1')[0]!.data.no_cache).toBe(false);
    ws.write({ 'responses.yaml': 'other: "o"\nreview: "fine"\n' });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--resume', 'r1'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    expect(ws.manifest('r1').steps.review!.cache).toBe('miss');
  });

  it('a cached command step whose declared files changed runs again on --resume; one whose files did not is kept', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('resume-files', {
        pack: 'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; cat "$ORCHESTRATOR_SPEC_DIR"/src/*.txt > pack.txt\ncache: true\nfiles: ["src/*.txt"]\noutputs: [{ path: pack.txt }]',
        review: 'needs: [pack]\nprompt: "Review {{ steps.pack.output }}"',
      }),
      'responses.yaml': '{}\n',
      'src/a.txt': 'one\n',
    });
    const resume = () =>
      cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--resume', 'r1'], { cwd: ws.dir });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', 'r1'], { cwd: ws.dir }))
        .code,
    ).toBe(1);
    expect(executions()).toBe(1);
    // Unchanged files: kept, not run.
    expect((await resume()).code).toBe(1);
    expect(executions()).toBe(1);
    // A changed file: the step's key changed, so it runs again.
    ws.write({ 'src/a.txt': 'two\n' });
    ws.write({ 'responses.yaml': 'review: "ok"\n' });
    expect((await resume()).code).toBe(0);
    expect(executions()).toBe(2);
    const last = ws
      .events('r1')
      .filter((e) => e.type === 'step.started' && e.step_id === 'pack')
      .pop()!;
    expect(last.data.rerun_reason).toBe('cache_key_changed');
    expect(ws.read('runs', 'r1', 'outputs', 'pack.txt')).toBe('two\n');
  });
});
