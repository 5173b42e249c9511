/**
 * The `orchestrator` CLI as a black box (docs/reference.md section 2): real processes (a snapshot of the
 * compiled CLI) where exit codes, signals, streams and colours matter; the in-process `cli()` for
 * the many output checks. Replay providers only: no network.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { runAsync, runSync, snapshotCli, type CliBin } from './snapshot-bin.js';
import type { OrchestratorEvent } from '../../src/events/types.js';

const ESC = /\x1b\[/;
const STACK = /\n\s+at .+[:(]/;

const GOOD = replaySpec(
  'good',
  {
    a: 'system: "You are terse."\nprompt: "Plan {{ inputs.topic }}"\noutputs: [{ path: a.txt }]',
    b: 'needs: [a]\nprompt: "Build from {{ steps.a.output }}"\noutputs: [{ path: b.py, extract: code }]\nchecks: [{ type: contains, value: print }]',
    c: 'needs: [a]\nprompt: "Doc {{ steps.a.output }}"\noutputs: [{ path: c.md }]',
    d: 'needs: [b, c]\nrun: "cat b.py c.md > d.txt"\nreads: [b.py, c.md]\noutputs: [{ path: d.txt }]',
  },
  'inputs: { topic: gardening }\n',
);
const GOOD_ANSWERS = 'a: "the plan"\nb: "```python\\nprint(1)\\n```"\nc: "the docs"\n';

let bin: CliBin;
beforeAll(() => (bin = snapshotCli()));
afterAll(() => bin.cleanup());

function events(ws: Workspace, jobId: string): OrchestratorEvent[] {
  return ws.events(jobId);
}

describe('malformed specs: one clear FILE:LINE:COL line each, exit 2, no stack trace', () => {
  let ws: Workspace;
  const BASE = replaySpec('bad', { a: 'prompt: "x"\noutputs: [{ path: a.txt }]' });
  beforeAll(() => {
    ws = new Workspace({
      'yaml.yaml': 'version: 2\nname: bad\nsteps:\n  a: { prompt: "x"\n',
      'unknown.yaml': BASE.replace('steps:', 'stepz: 1\nsteps:'),
      'cycle.yaml': replaySpec('bad', {
        a: 'needs: [b]\nprompt: "x"\noutputs: [{ path: a.txt }]',
        b: 'needs: [a]\nprompt: "y"\noutputs: [{ path: b.txt }]',
      }),
      'need.yaml': replaySpec('bad', { a: 'needs: [ghost]\nprompt: "x"\noutputs: [{ path: a.txt }]' }),
      'tmpl.yaml': replaySpec('bad', {
        a: 'prompt: "{{ steps.zzz.output }} and {{ inputs.nope }}"\noutputs: [{ path: a.txt }]',
      }),
      'upstream.yaml': replaySpec('bad', {
        a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
        b: 'prompt: "{{ steps.a.output }}"\noutputs: [{ path: b.txt }]',
      }),
      'dup.yaml': BASE.replace('name: bad\n', 'name: bad\nname: bad2\n'),
      // validate also reads the replay provider's responses file, as run does.
      'responses.yaml': 'a: "x"\n',
    });
  });
  afterAll(() => ws.cleanup());

  it.each([
    ['yaml.yaml', /YAML/i, 1],
    ['unknown.yaml', /unknown key "stepz"/, 1],
    ['cycle.yaml', /cycle: (a -> b -> a|b -> a -> b)/, 1],
    ['need.yaml', /unknown step "ghost"/, 1],
    ['tmpl.yaml', /unknown step "zzz"[\s\S]*undeclared input "nope"/, 2],
    ['upstream.yaml', /"a".*not upstream of "b"/, 1],
    ['dup.yaml', /duplicate key "name"/, 1],
  ])('%s', (file, message, problems) => {
    for (const cmd of ['validate', 'run']) {
      const r = runSync(bin.bin, [cmd, '--spec', file, '--no-cache'].slice(0, cmd === 'run' ? 4 : 3), ws.dir);
      expect([cmd, r.status]).toEqual([cmd, 2]);
      expect(r.stderr).not.toMatch(STACK);
      const located = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
      // Every problem, in one pass, each on one line naming the file with its line and column.
      expect(located).toHaveLength(problems);
      for (const l of located) expect(l.startsWith(`${ws.path(file)}:`)).toBe(true);
      expect(located.join('\n')).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(ws.path('runs'))).toBe(false);
  });

  it('a missing spec file is exit 2 with one line naming it', () => {
    const r = runSync(bin.bin, ['validate', '--spec', 'nope.yaml'], ws.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr.split('\n')[0]).toMatch(/^error\[\w+\]: .*nope\.yaml/);
  });

  it('--debug adds the stack trace that is otherwise hidden', () => {
    const r = runSync(bin.bin, ['validate', '--spec', 'cycle.yaml', '--debug'], ws.dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(STACK);
  });
});

describe('commands, help and usage errors', () => {
  let ws: Workspace;
  beforeAll(() => (ws = new Workspace({ 'job.yaml': GOOD, 'responses.yaml': GOOD_ANSWERS })));
  afterAll(() => ws.cleanup());

  it.each(['run', 'validate', 'show', 'tail', 'plan', 'golden', 'schema', 'trace', 'report', 'cache'])(
    '%s --help: exit 0 with Examples',
    async (cmd) => {
      const r = await cli([cmd, '--help'], { cwd: ws.dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: orchestrator /);
      expect(r.stdout).toContain('Examples');
    },
  );

  it('top-level --help and --version: exit 0 (real process)', () => {
    const help = runSync(bin.bin, ['--help'], ws.dir);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples');
    for (const cmd of ['run', 'validate', 'show', 'tail', 'plan', 'golden', 'schema', 'trace', 'report', 'cache'])
      expect(help.stdout).toContain(cmd);
    const version = runSync(bin.bin, ['--version'], ws.dir);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // The CLI's version is the package's: a release bump that forgets one of them fails here.
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('an unknown command or flag is exit 2 with a one-line error (real process)', () => {
    for (const args of [
      ['frobnicate'],
      ['run', '--spec', 'job.yaml', '--bogus'],
      ['plan', '--spec', 'job.yaml', '--format', 'svg'],
      ['run', '--spec', 'job.yaml', '--concurrency', 'many'],
    ]) {
      const r = runSync(bin.bin, args, ws.dir);
      expect([args.join(' '), r.status]).toEqual([args.join(' '), 2]);
      expect(r.stderr).toMatch(/error/i);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(existsSync(ws.path('runs'))).toBe(false);
  });

  it('validate: exit 0 on a good spec, --json too', async () => {
    const r = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: .*good.*4 steps/);
    const j = await cli(['validate', '--spec', 'job.yaml', '--json'], { cwd: ws.dir });
    expect(JSON.parse(j.stdout)).toMatchObject({ valid: true, name: 'good', steps: 4 });
  });

  it('plan --format text | mermaid | json', async () => {
    const text = await cli(['plan', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/level 0: a\b/);
    expect(text.stdout).toMatch(/level 1: b, c/);
    expect(text.stdout).toMatch(/critical path.*a -> (b|c) -> d/);
    const mermaid = await cli(['plan', '--spec', 'job.yaml', '--format', 'mermaid'], { cwd: ws.dir });
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^flowchart (TD|LR)/);
    expect((mermaid.stdout.match(/-->/g) ?? []).length).toBe(4);
    const json = await cli(['plan', '--spec', 'job.yaml', '--format', 'json'], { cwd: ws.dir });
    const plan = JSON.parse(json.stdout) as { levels: string[][]; critical_path: string[] };
    expect(plan.levels).toEqual([['a'], ['b', 'c'], ['d']]);
    expect(plan.critical_path[0]).toBe('a');
    expect(plan.critical_path.at(-1)).toBe('d');
  });

  it('schema: valid JSON with $schema', async () => {
    const r = await cli(['schema'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(s.$schema).toMatch(/json-schema\.org/);
    expect(JSON.stringify(s)).toContain('steps');
  });

  it('run --dry-run prints every rendered prompt, creates no run folder and calls nothing', async () => {
    // The fixture does not exist: any provider call would fail the command.
    const dry = new Workspace({ 'job.yaml': GOOD });
    try {
      const r = await cli(['run', '--spec', 'job.yaml', '--dry-run'], { cwd: dry.dir });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain('Plan gardening');
      expect(r.stdout).toContain('You are terse.');
      expect(r.stdout).toContain('cat b.py c.md > d.txt');
      for (const id of ['a', 'b', 'c', 'd']) expect(r.stdout).toMatch(new RegExp(`=== ${id} `));
      expect(readdirSync(dry.dir).sort()).toEqual(['job.yaml']);
      const json = await cli(['run', '--spec', 'job.yaml', '--dry-run', '--json', '--only', 'a'], { cwd: dry.dir });
      expect((JSON.parse(json.stdout) as Array<{ step_id: string }>).map((p) => p.step_id)).toEqual(['a']);
      expect(readdirSync(dry.dir).sort()).toEqual(['job.yaml']);
    } finally {
      dry.cleanup();
    }
  });
});

describe('a finished run: exit codes, show, tail, trace, --only', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace({
      'job.yaml': GOOD,
      'responses.yaml': GOOD_ANSWERS,
      'failing.yaml': GOOD.replace('name: good', 'name: failing'),
      'failing-responses.yaml': GOOD_ANSWERS.replace('print(1)', 'exit(1)'),
    });
    ws.write({
      'failing.yaml': ws.read('failing.yaml').replace('responses: responses.yaml', 'responses: failing-responses.yaml'),
    });
    const ok = await cli(['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'good-1'], { cwd: ws.dir });
    expect(ok.code).toBe(0);
  });
  afterAll(() => ws.cleanup());

  it('exit 0 on success, 1 when a step fails (with the failure in the summary)', async () => {
    const failed = await cli(['run', '--spec', 'failing.yaml', '--no-cache', '--job-id', 'failing-1'], { cwd: ws.dir });
    expect(failed.code).toBe(1);
    // The summary and its failures are the result: stdout.
    expect(failed.stdout).toMatch(/b: error\[E_CHECK_FAILED\]/);
    const m = ws.manifest('failing-1');
    expect(m.failed_steps).toEqual(['b']);
    expect(m.steps.d!.reason).toBe('upstream_failed');
  });

  it('show: a summary of the latest run; show --json: the manifest', async () => {
    const latest = await cli(['show'], { cwd: ws.dir });
    expect(latest.code).toBe(0);
    const text = await cli(['show', 'good-1'], { cwd: ws.dir });
    expect(text.stdout).toMatch(/^good good-1: succeeded/);
    expect(text.stdout).toMatch(/^b\s+succeeded/m);
    const json = await cli(['show', 'good-1', '--json'], { cwd: ws.dir });
    const m = JSON.parse(json.stdout) as { job_id: string; status: string; steps: Record<string, unknown> };
    expect(m).toMatchObject({ job_id: 'good-1', status: 'succeeded', schema: 'orchestrator.manifest/v1' });
    expect(Object.keys(m.steps).sort()).toEqual(['a', 'b', 'c', 'd']);
    const none = await cli(['show', 'nope'], { cwd: ws.dir });
    expect(none.code).toBe(2);
  });

  it('tail: all events, or filtered by type, type prefix, step and level; --json lines are the events', async () => {
    const all = events(ws, 'good-1');
    const lines = async (...args: string[]) => {
      const r = await cli(['tail', 'good-1', ...args], { cwd: ws.dir });
      expect(r.code).toBe(0);
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(await lines()).toHaveLength(all.length);
    const json = (await lines('--json')).map((l) => JSON.parse(l) as OrchestratorEvent);
    expect(json).toEqual(all);

    const llm = (await lines('--type', 'llm.', '--json')).map((l) => JSON.parse(l) as OrchestratorEvent);
    expect(llm.length).toBe(all.filter((e) => e.type.startsWith('llm.')).length);
    expect(llm.length).toBeGreaterThanOrEqual(6);
    expect(new Set(llm.map((e) => e.type))).toEqual(new Set(['llm.request', 'llm.response']));

    const succeeded = (await lines('--type', 'step.succeeded', '--json')).map(
      (l) => JSON.parse(l) as OrchestratorEvent,
    );
    expect(succeeded.map((e) => e.step_id).sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(succeeded.every((e) => e.type === 'step.succeeded')).toBe(true);
    // Every type has a dot, so "step" can only mean the step. family.
    expect(await lines('--type', 'step')).toEqual(await lines('--type', 'step.'));

    const stepB = (await lines('--step', 'b', '--json')).map((l) => JSON.parse(l) as OrchestratorEvent);
    expect(stepB.length).toBe(all.filter((e) => e.step_id === 'b').length);
    expect(stepB.every((e) => e.step_id === 'b')).toBe(true);

    const failedRun = await cli(['tail', 'failing-1', '--level', 'warn', '--json'], { cwd: ws.dir });
    const warn = failedRun.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as OrchestratorEvent);
    expect(warn.length).toBeGreaterThan(0);
    expect(warn.every((e) => e.level === 'warn' || e.level === 'error')).toBe(true);
    expect(warn.map((e) => e.type)).toEqual(expect.arrayContaining(['step.failed', 'job.failed']));

    const combined = (await lines('--type', 'step.', '--step', 'a', '--json')).map(
      (l) => (JSON.parse(l) as OrchestratorEvent).type,
    );
    expect(combined).toEqual(['step.started', 'step.succeeded']);

    const badLevel = await cli(['tail', 'good-1', '--level', 'loud'], { cwd: ws.dir });
    expect(badLevel.code).toBe(2);
  });

  it('trace --out FILE writes OTLP/JSON spans for the run', async () => {
    const r = await cli(['trace', 'good-1', '--out', 'trace.json'], {
      cwd: ws.dir,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: undefined, OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: undefined },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const body = JSON.parse(ws.read('trace.json')) as {
      resourceSpans: Array<{ scopeSpans: Array<{ spans: Array<{ name: string; traceId: string }> }> }>;
    };
    const spans = body.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans));
    expect(spans.length).toBeGreaterThanOrEqual(5);
    const traceId = events(ws, 'good-1')[0]!.trace_id;
    expect(spans.every((s) => s.traceId === traceId)).toBe(true);
    const missing = await cli(['trace', 'nope', '--out', 'x.json'], { cwd: ws.dir });
    expect(missing.code).toBe(2);
    expect(existsSync(ws.path('x.json'))).toBe(false);
  });

  it('--only runs the named steps and what they need; the rest are skipped (not_selected)', async () => {
    const r = await cli(['run', '--spec', 'job.yaml', '--no-cache', '--quiet', '--job-id', 'only-1', '--only', 'b'], {
      cwd: ws.dir,
    });
    expect(r.code).toBe(0);
    const ev = events(ws, 'only-1');
    expect(
      ev
        .filter((e) => e.type === 'llm.request')
        .map((e) => e.step_id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(
      ev
        .filter((e) => e.type === 'step.skipped')
        .map((e) => [e.step_id, e.data.reason])
        .sort(),
    ).toEqual([
      ['c', 'not_selected'],
      ['d', 'not_selected'],
    ]);
    expect(existsSync(ws.path('runs', 'only-1', 'outputs', 'c.md'))).toBe(false);
    const unknown = await cli(
      ['run', '--spec', 'job.yaml', '--no-cache', '--quiet', '--job-id', 'only-2', '--only', 'zzz'],
      { cwd: ws.dir },
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/zzz/);
  });
});

describe('real processes: colours, quiet, signals, follow, pipes', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = new Workspace({
      'job.yaml': GOOD,
      'responses.yaml': GOOD_ANSWERS,
      'slow.yaml': replaySpec('slow', {
        one: 'prompt: "1"\noutputs: [{ path: 1.txt }]',
        two: 'needs: [one]\nprompt: "2 {{ steps.one.output }}"\noutputs: [{ path: 2.txt }]',
        three: 'needs: [two]\nprompt: "3 {{ steps.two.output }}"\noutputs: [{ path: 3.txt }]',
      }).replace('responses: responses.yaml }', 'responses: slow-responses.yaml, latency_ms: 400 }'),
      'slow-responses.yaml': 'one: "first"\ntwo: "second"\nthree: "third"\n',
    });
  });
  afterAll(() => ws.cleanup());

  it('NO_COLOR: no escape codes even when colour is forced; FORCE_COLOR alone colours', () => {
    const plain = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'nc-1'], ws.dir, {
      NO_COLOR: '1',
      FORCE_COLOR: '1',
    });
    expect(plain.status).toBe(0);
    expect(plain.stderr.length).toBeGreaterThan(100);
    expect(plain.stderr).not.toMatch(ESC);
    const show = runSync(bin.bin, ['show', 'nc-1'], ws.dir, { NO_COLOR: '1', FORCE_COLOR: '1' });
    expect(show.stdout).not.toMatch(ESC);
    // The control: the same command with colour forced and NO_COLOR unset does colour.
    const coloured = runSync(bin.bin, ['show', 'nc-1'], ws.dir, { NO_COLOR: undefined, FORCE_COLOR: '1' });
    expect(coloured.stdout).toMatch(ESC);
  });

  it('--quiet drops the progress on stderr, never the result on stdout', () => {
    const r = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'q-1', '--quiet'], ws.dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^good q-1: succeeded in /);
    expect(r.stdout).toMatch(/run folder: runs\/q-1\n$/);
    const j = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--no-cache', '--job-id', 'q-2', '--quiet', '--json'],
      ws.dir,
    );
    expect(j.stderr).toBe('');
    expect(JSON.parse(j.stdout)).toMatchObject({ job_id: 'q-2', status: 'succeeded' });
  });

  it('a bad spec is exit 2 also through `run`; a failed step exit 1 (real process)', () => {
    ws.write({ 'broken.yaml': 'version: 2\nname: broken\nsteps: {}\nbogus: 1\n' });
    expect(runSync(bin.bin, ['run', '--spec', 'broken.yaml'], ws.dir).status).toBe(2);
    ws.write({
      'fails.yaml': GOOD.replace('name: good', 'name: fails').replace(
        'responses: responses.yaml',
        'responses: fails-responses.yaml',
      ),
      'fails-responses.yaml': 'a: "x"\nb: "no code"\nc: "y"\n',
    });
    expect(runSync(bin.bin, ['run', '--spec', 'fails.yaml', '--no-cache', '--quiet'], ws.dir).status).toBe(1);
  });

  it('a failed run with -q or stderr dropped still tells what failed and where the run folder is', () => {
    for (const args of [['--quiet'], []]) {
      const r = runSync(
        bin.bin,
        ['run', '--spec', 'fails.yaml', '--no-cache', '--job-id', `fq-${args.length}`, ...args],
        ws.dir,
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/fails fq-\d: failed in /);
      expect(r.stdout).toMatch(/failures:\n\s+b: error\[E_EXTRACT/);
      expect(r.stdout).toMatch(/run folder: runs\/fq-\d/);
      // One summary: the progress stream does not repeat the end of the job.
      expect(r.stderr).not.toMatch(/job failed|job\.failed/);
    }
  });

  async function waitFor(pred: () => boolean, ms = 15_000): Promise<void> {
    const t0 = Date.now();
    while (!pred()) {
      if (Date.now() - t0 > ms) throw new Error('timed out waiting');
      await new Promise((r) => setTimeout(r, 20));
    }
  }
  const hasEvent = (jobId: string, type: string, step?: string) => () => {
    const f = ws.path('runs', jobId, 'events.jsonl');
    if (!existsSync(f)) return false;
    return readFileSync(f, 'utf8')
      .split('\n')
      .some((l) => l.includes(`"type":"${type}"`) && (!step || l.includes(`"step_id":"${step}"`)));
  };

  it('SIGINT stops a running job: exit 130, job.cancelled written, and --resume completes it', async () => {
    const p = runAsync(bin.bin, ['run', '--spec', 'slow.yaml', '--no-cache', '--job-id', 'int-1'], ws.dir);
    await waitFor(hasEvent('int-1', 'llm.request', 'two'));
    p.child.kill('SIGINT');
    const r = await p.done;
    expect(r.code).toBe(130);
    expect(r.stderr).not.toMatch(STACK);
    const ev = ws.events('int-1');
    expect(ev.at(-1)!.type).toBe('job.cancelled');
    expect(ws.manifest('int-1').status).toBe('cancelled');
    expect(ev.some((e) => e.type === 'step.succeeded' && e.step_id === 'one')).toBe(true);
    expect(ev.some((e) => e.type === 'step.succeeded' && e.step_id === 'two')).toBe(false);

    const resumed = runSync(
      bin.bin,
      ['run', '--spec', 'slow.yaml', '--no-cache', '--resume', 'int-1', '--quiet'],
      ws.dir,
    );
    expect(resumed.status).toBe(0);
    const after = ws.events('int-1').slice(ev.length);
    expect(after[0]!.type).toBe('job.resumed');
    expect(after.filter((e) => e.type === 'llm.request').map((e) => e.step_id)).toEqual(['two', 'three']);
    expect(ws.read('runs', 'int-1', 'outputs', '3.txt')).toBe('third');
  });

  it('tail --follow prints events as they come and ends when the job ends', async () => {
    const run = runAsync(
      bin.bin,
      ['run', '--spec', 'slow.yaml', '--no-cache', '--job-id', 'follow-1', '--quiet'],
      ws.dir,
    );
    await waitFor(hasEvent('follow-1', 'job.started'));
    const tail = runAsync(bin.bin, ['tail', 'follow-1', '--follow', '--json'], ws.dir);
    const [r, t] = await Promise.all([run.done, tail.done]);
    expect(r.code).toBe(0);
    expect(t.code).toBe(0);
    const seen = t.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as OrchestratorEvent);
    expect(seen.map((e) => e.seq)).toEqual(ws.events('follow-1').map((e) => e.seq));
    expect(seen.at(-1)!.type).toBe('job.succeeded');
    // The job took ~1.2 s of model latency: the tail was really following, not reading a finished log.
    expect(t.ms).toBeGreaterThan(600);
  });

  it('tail --follow with a filter still ends when the job ends', async () => {
    const run = runAsync(
      bin.bin,
      ['run', '--spec', 'slow.yaml', '--no-cache', '--job-id', 'follow-2', '--quiet'],
      ws.dir,
    );
    await waitFor(hasEvent('follow-2', 'job.started'));
    const tail = runAsync(bin.bin, ['tail', 'follow-2', '--follow', '--type', 'llm.response'], ws.dir);
    const [r, t] = await Promise.all([run.done, tail.done]);
    expect(r.code).toBe(0);
    expect(t.code).toBe(0);
    expect(t.stdout.split('\n').filter(Boolean)).toHaveLength(3);
  });

  it('output piped into a reader that stops early (| head): no stack trace', async () => {
    const steps: Record<string, string> = {};
    for (let i = 0; i < 300; i++)
      steps[`s${i}`] = `prompt: "${'long prompt text '.repeat(40)}${i}"\noutputs: [{ path: o/${i}.txt }]`;
    ws.write({ 'big.yaml': replaySpec('big', steps) });
    const p = runAsync(bin.bin, ['run', '--spec', 'big.yaml', '--dry-run'], ws.dir);
    // Read one chunk, then close the pipe, as `| head -1` does.
    p.child.stdout!.once('data', () => p.child.stdout!.destroy());
    const r = await p.done;
    expect(r.stderr).not.toMatch(STACK);
    expect(r.stderr).not.toMatch(/Unhandled 'error' event/);
  });
});
