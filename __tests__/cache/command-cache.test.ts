/**
 * Command steps and the cache (docs/reference.md: Cache control per step), through the CLI as a user meets them:
 * workspace files and environment variables change between runs, and we count command
 * executions (a line the command appends to a file outside the run) and provider calls
 * (llm.request events).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

describe('command steps and the cache', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());
  const run = (jobId: string, args: string[] = [], env: Record<string, string | undefined> = {}) =>
    cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', jobId, ...args], {
      cwd: ws.dir,
      env,
    });
  const stepsOf = (jobId: string, type: string) =>
    ws
      .events(jobId)
      .filter((e) => e.type === type)
      .map((e) => e.step_id)
      .sort();
  const executions = () =>
    existsSync(ws.path('count.log'))
      ? readFileSync(ws.path('count.log'), 'utf8').split('\n').filter(Boolean).length
      : 0;

  // The reproduction from the issue: in 2.0 the second run was a cache HIT with the old content.
  it('a command step that reads a workspace file runs again after the file changed: never a stale hit', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('stale', {
        read: 'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; cat "$ORCHESTRATOR_SPEC_DIR/input.txt"\noutputs: []',
        summarize: 'needs: [read]\nprompt: "Summarize: {{ steps.read.output }}"\noutputs: [{ path: summary.md }]',
      }),
      'responses.yaml': 'summarize: ["first summary", "second summary"]\n',
      'input.txt': 'version one\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect(executions()).toBe(1);

    ws.write({ 'input.txt': 'version two\n' });
    expect((await run('r2')).code).toBe(0);
    expect(executions()).toBe(2);
    expect(stepsOf('r2', 'cache.hit')).toEqual([]);
    const succeeded = ws.events('r2').find((e) => e.type === 'step.succeeded' && e.step_id === 'read')!;
    expect(succeeded.data.output).toBe('version two\n');
    expect(succeeded.data.cache).toBe('off');
    // The LLM step after it sees the new content: a miss and a provider call.
    expect(stepsOf('r2', 'llm.request')).toEqual(['summarize']);
    expect(ws.read('runs', 'r2', 'logs', 'summarize.log')).toContain('Summarize: version two');
    expect(ws.manifest('r2').steps.read!.cache).toBe('off');
  });

  it('an uncached command runs every time, and the LLM step after an unchanged output still hits', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('flow', {
        read: 'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; cat "$ORCHESTRATOR_SPEC_DIR/input.txt"',
        summarize: 'needs: [read]\nprompt: "Summarize: {{ steps.read.output }}"\noutputs: [{ path: summary.md }]',
      }),
      'responses.yaml': 'summarize: "a summary"\n',
      'input.txt': 'same\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect((await run('r2')).code).toBe(0);
    expect(executions()).toBe(2);
    expect(stepsOf('r2', 'llm.request')).toEqual([]);
    expect(stepsOf('r2', 'cache.hit')).toEqual(['summarize']);
    expect(ws.read('runs', 'r2', 'outputs', 'summary.md')).toBe('a summary');
  });

  it('cache: true with files: a hit while the globbed files are unchanged; a miss when one changes, one is added or one is removed', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('files', {
        count:
          'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; cat "$ORCHESTRATOR_SPEC_DIR"/data/*.txt > all.txt\ncache: true\nfiles: ["data/*.txt"]\noutputs: [{ path: all.txt }]',
      }),
      'responses.yaml': '{}\n',
      'data/a.txt': 'A\n',
      'data/b.txt': 'B\n',
      'data/other.md': 'not matched\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect(executions()).toBe(1);
    expect(ws.manifest('r1').steps.count!.cache).toBe('miss');

    expect((await run('r2')).code).toBe(0);
    expect(executions()).toBe(1);
    expect(ws.manifest('r2').steps.count!.cache).toBe('hit');
    expect(ws.read('runs', 'r2', 'outputs', 'all.txt')).toBe('A\nB\n');

    // A file outside the globs changes nothing.
    ws.write({ 'data/other.md': 'changed\n' });
    expect((await run('r3')).code).toBe(0);
    expect(executions()).toBe(1);

    ws.write({ 'data/b.txt': 'B2\n' });
    expect((await run('r4')).code).toBe(0);
    expect(executions()).toBe(2);
    expect(ws.read('runs', 'r4', 'outputs', 'all.txt')).toBe('A\nB2\n');

    ws.write({ 'data/c.txt': 'C\n' });
    expect((await run('r5')).code).toBe(0);
    expect(executions()).toBe(3);
    expect(ws.read('runs', 'r5', 'outputs', 'all.txt')).toBe('A\nB2\nC\n');
  });

  it('cache: true with env: a changed or unset variable is a miss, the same value a hit', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('env', {
        show: 'run: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; echo "mode=$MODE" > mode.txt\ncache: true\nenv: [MODE]\noutputs: [{ path: mode.txt }]',
      }),
      'responses.yaml': '{}\n',
    });
    expect((await run('r1', [], { MODE: 'fast' })).code).toBe(0);
    expect((await run('r2', [], { MODE: 'fast' })).code).toBe(0);
    expect(executions()).toBe(1);
    expect(ws.read('runs', 'r2', 'outputs', 'mode.txt')).toBe('mode=fast\n');
    expect((await run('r3', [], { MODE: 'slow' })).code).toBe(0);
    expect(executions()).toBe(2);
    expect(ws.read('runs', 'r3', 'outputs', 'mode.txt')).toBe('mode=slow\n');
    expect((await run('r4', [], { MODE: undefined })).code).toBe(0);
    expect(executions()).toBe(3);
    expect(ws.read('runs', 'r4', 'outputs', 'mode.txt')).toBe('mode=\n');
  });

  it('cache: true with reads: a changed upstream output is a miss', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('reads', {
        gen: 'prompt: "gen"\ncache: false\noutputs: [{ path: in.txt }]',
        size: 'needs: [gen]\nrun: echo x >> "$ORCHESTRATOR_SPEC_DIR/count.log"; wc -c < in.txt | tr -d " " > size.txt\ncache: true\nreads: [in.txt]\noutputs: [{ path: size.txt }]',
      }),
      'responses.yaml': 'gen: "12345"\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect((await run('r2')).code).toBe(0);
    expect(executions()).toBe(1);
    // gen is uncached: its new answer reaches size through in.txt.
    ws.write({ 'responses.yaml': 'gen: "1234567"\n' });
    expect((await run('r3')).code).toBe(0);
    expect(executions()).toBe(2);
    expect(ws.read('runs', 'r3', 'outputs', 'size.txt')).toBe('7\n');
  });

  it('cache: false on an LLM step calls the provider on every run', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('llm-off', {
        fresh: 'prompt: "what time is it"\ncache: false\noutputs: [{ path: t.txt }]',
        kept: 'prompt: "constant"\noutputs: [{ path: k.txt }]',
      }),
      'responses.yaml': 'fresh: "one"\nkept: "k"\n',
    });
    expect((await run('r1')).code).toBe(0);
    expect((await run('r2')).code).toBe(0);
    expect(stepsOf('r2', 'llm.request')).toEqual(['fresh']);
    expect(ws.manifest('r2').steps.fresh!.cache).toBe('off');
    expect(ws.manifest('r2').steps.kept!.cache).toBe('hit');
    ws.write({ 'responses.yaml': 'fresh: "two"\nkept: "k"\n' });
    expect((await run('r3')).code).toBe(0);
    expect(ws.read('runs', 'r3', 'outputs', 't.txt')).toBe('two');
  });
});

describe('validate: what a command step reads', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('rejects a reads entry no step writes, with its position and a hint', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('v', {
        gen: 'prompt: "gen"\noutputs: [{ path: in.txt }]',
        use: 'needs: [gen]\nrun: cat in.txt input.txt\nreads: [in.txt, input.txt]',
      }),
      'responses.yaml': '{}\n',
    });
    const res = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/job\.yaml:\d+:\d+: error: step "use" reads "input\.txt", which no step writes/);
    expect(res.stderr).toContain('files: [GLOB]');
    expect(res.stderr).not.toContain('"in.txt"');
  });

  it('rejects a command step that reads the output of a step it does not need', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('v', {
        gen: 'prompt: "gen"\noutputs: [{ path: in.txt }]',
        use: 'run: cat in.txt\nreads: [in.txt]',
      }),
      'responses.yaml': '{}\n',
    });
    const res = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('step "use" reads "in.txt", written by step "gen", which it does not need');
    expect(res.stderr).toContain('add "gen" to steps.use.needs');
  });

  it('accepts a transitive need, and rejects files/env on an LLM step', async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('v', {
        gen: 'prompt: "gen"\noutputs: [{ path: in.txt }]',
        mid: 'needs: [gen]\nprompt: "mid"',
        use: 'needs: [mid]\nrun: cat in.txt\nreads: [in.txt]\ncache: true\nfiles: ["*.md"]\nenv: [HOME]',
      }),
      'responses.yaml': '{}\n',
    });
    expect((await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir })).code).toBe(0);
    ws.write({ 'job.yaml': replaySpec('v', { a: 'prompt: "x"\nfiles: ["*.md"]\nenv: [HOME]' }) });
    const res = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('files is only for command steps');
    expect(res.stderr).toContain('env is only for command steps');
  });
});
