/**
 * The first hour of a newcomer: validate that is complete, usage errors that help,
 * golden sets that cannot be replaced by a broken run, listing runs, tail filters with hints.
 * In-process `cli()` where only the text matters; real processes where streams matter.
 */
import { existsSync } from 'node:fs';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { runInPty } from '../helpers/pty.js';
import { runAsync, runSync, snapshotCli, type CliBin } from './snapshot-bin.js';

const ONE = replaySpec('one', { a: 'prompt: "x"\noutputs: [{ path: a.txt }]' });

describe('validate finds what run would reject, all in one round', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = new Workspace({
      'noresp.yaml': ONE.replace('responses.yaml', 'missing.responses.yaml'),
      'compat.yaml': ONE.replace('providers:\n', 'providers:\n  mlx: { type: openai-compatible, model: m }\n'),
      'eight.yaml':
        'version: "2"\nname: Bad_Name\ndefaults: { provider: offline }\nproviders:\n  offline: { type: replay, responses: nope.yaml }\n  mlx: { type: openai-compatible, model: m }\n' +
        'steps:\n  a:\n    prompt: "{{ inputs.zz }}"\n    needs: [ghost]\n    outputs: [{ path: ../a.txt }]\n  b: { prompt: "y", bogus: 1 }\n',
      'responses.yaml': 'a: "x"\n',
      'ok.yaml': ONE,
    });
  });
  afterAll(() => ws.cleanup());

  it('a replay provider whose responses file does not exist: validate says so (exit 2), as run would', async () => {
    const v = await cli(['validate', '--spec', 'noresp.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/noresp\.yaml:\d+:\d+: error: responses file "missing\.responses\.yaml" does not exist/);
  });

  it('an openai-compatible provider without base_url: validate says so', async () => {
    const v = await cli(['validate', '--spec', 'compat.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/compat\.yaml:\d+:\d+: error: provider "mlx" of type openai-compatible needs base_url/);
  });

  it('version: "2" is one problem among the others, not a wall in front of them', async () => {
    const v = await cli(['validate', '--spec', 'eight.yaml'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    const located = v.stderr.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
    expect(located.join('\n')).toMatch(/version must be the number 2/);
    expect(located.join('\n')).toMatch(/nope\.yaml/);
    expect(located.join('\n')).toMatch(/base_url/);
    expect(located.join('\n')).toMatch(/ghost/);
    expect(located.join('\n')).toMatch(/bogus/);
    expect(located.length).toBeGreaterThanOrEqual(7);
  });

  it('validate --json answers for an invalid spec too: valid false and every problem', async () => {
    const v = await cli(['validate', '--spec', 'eight.yaml', '--json'], { cwd: ws.dir });
    expect(v.code).toBe(2);
    const j = JSON.parse(v.stdout) as { valid: boolean; problems: Array<{ line: number; message: string }> };
    expect(j.valid).toBe(false);
    expect(j.problems.length).toBeGreaterThanOrEqual(7);
    expect(j.problems.every((p) => p.line > 0 && p.message.length > 0)).toBe(true);
    const missing = await cli(['validate', '--spec', 'nothere.yaml', '--json'], { cwd: ws.dir });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ valid: false, code: 'E_SPEC_FILE' });
    const ok = await cli(['validate', '--spec', 'ok.yaml', '--json'], { cwd: ws.dir });
    expect([ok.code, JSON.parse(ok.stdout).valid]).toEqual([0, true]);
  });
});

describe('golden --update takes only a complete, successful run', () => {
  let ws: Workspace;
  const SPEC = replaySpec('gold', {
    a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
    b: 'prompt: "y"\noutputs: [{ path: b.txt }]\nchecks: [{ type: contains, value: "ok" }]',
  });
  beforeAll(async () => {
    ws = new Workspace({
      'job.yaml': SPEC,
      'responses.yaml': 'a: "A"\nb: "ok B"\n',
      'bad.yaml': SPEC.replace('responses.yaml', 'bad.responses.yaml'),
      'bad.responses.yaml': 'a: "A2"\nb: "not good"\n',
    });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'full'], { cwd: ws.dir })).code,
    ).toBe(0);
    expect(
      (
        await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', 'full'], {
          cwd: ws.dir,
        })
      ).code,
    ).toBe(0);
  });
  afterAll(() => ws.cleanup());

  it('refuses a failed run and a partial (--only) run, leaving the golden set as it was', async () => {
    expect(
      (await cli(['run', '--spec', 'bad.yaml', '--no-cache', '-q', '--job-id', 'failed'], { cwd: ws.dir })).code,
    ).toBe(1);
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'part', '--only', 'a'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    for (const [id, why] of [
      ['failed', /failed/],
      ['part', /partial \(--only\): 1 step not run \(b\)/],
    ] as const) {
      const r = await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', id], {
        cwd: ws.dir,
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error\[E_GOLDEN_RUN\]: will not update the golden set/);
      expect(r.stderr).toMatch(why);
    }
    expect(ws.read('golden', 'a.txt')).toBe('A');
    expect(ws.read('golden', 'b.txt')).toBe('ok B');
    const forced = await cli(
      ['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', 'failed', '--force'],
      { cwd: ws.dir },
    );
    expect(forced.code).toBe(0);
    expect(ws.read('golden', 'a.txt')).toBe('A2');
  });
});

describe('show tells the truth about runs that ended badly', () => {
  let ws: Workspace;
  let bin: CliBin;
  beforeAll(() => {
    bin = snapshotCli();
    ws = new Workspace({
      'keyless.yaml':
        'version: 2\nname: keyless\nproviders:\n  o: { type: openai, model: gpt-4o-mini, api_key_env: ORCH_TEST_NO_SUCH_KEY }\ndefaults: { provider: o }\nsteps:\n  a: { prompt: "x", outputs: [{ path: a.txt }] }\n',
      'slow.yaml': replaySpec('slow', {
        a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
        b: 'needs: [a]\nprompt: "y"\noutputs: [{ path: b.txt }]',
      }).replace('responses: responses.yaml', 'responses: responses.yaml, latency_ms: 1500'),
      'responses.yaml': 'a: "A"\nb: "B"\n',
    });
  });
  afterAll(() => {
    ws.cleanup();
    bin.cleanup();
  });

  it('a failure before the first step (a missing key): show gives the reason', async () => {
    const run = await cli(['run', '--spec', 'keyless.yaml', '--job-id', 'nokey'], {
      cwd: ws.dir,
      env: { ORCH_TEST_NO_SUCH_KEY: undefined },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error\[E_API_KEY_MISSING\]/);
    const show = await cli(['show', 'nokey'], { cwd: ws.dir });
    expect(show.stdout).toMatch(/^keyless nokey: failed in /);
    expect(show.stdout).toMatch(/^error\[E_API_KEY_MISSING\]: provider o: ORCH_TEST_NO_SUCH_KEY is not set/m);
    expect(JSON.parse((await cli(['show', 'nokey', '--json'], { cwd: ws.dir })).stdout).error).toMatchObject({
      code: 'E_API_KEY_MISSING',
    });
  });

  it('after kill -9, show says the run was interrupted, not running forever', async () => {
    const run = runAsync(bin.bin, ['run', '--spec', 'slow.yaml', '--no-cache', '--job-id', 'killed', '-q'], ws.dir);
    const t0 = Date.now();
    while (
      !existsSync(ws.path('runs', 'killed', 'events.jsonl')) ||
      !ws.read('runs', 'killed', 'events.jsonl').includes('llm.request')
    ) {
      if (Date.now() - t0 > 15_000) throw new Error('the run did not start');
      await new Promise((r) => setTimeout(r, 50));
    }
    const live = runSync(bin.bin, ['show', 'killed'], ws.dir);
    expect(live.stdout).toMatch(/: running in /);
    run.child.kill('SIGKILL');
    await run.done;
    const dead = runSync(bin.bin, ['show', 'killed'], ws.dir);
    expect(dead.stdout).toMatch(/^slow killed: interrupted \(its process is gone; continue it with run --resume\)/);
    expect(JSON.parse(runSync(bin.bin, ['show', 'killed', '--json'], ws.dir).stdout)).toMatchObject({
      status: 'running',
      process_alive: false,
    });
  });

  it("a resumed run's duration leaves out the time it sat killed", async () => {
    // A run killed 5 hours ago and resumed now: its duration is its two working spans.
    const at = (ms: number) => new Date(Date.parse('2026-01-01T00:00:00Z') + ms).toISOString();
    const ev = (seq: number, ms: number, type: string, data: object, step?: string) =>
      JSON.stringify({
        ts: at(ms),
        seq,
        level: 'info',
        job_id: 'idle',
        type,
        ...(step ? { step_id: step } : {}),
        trace_id: 't',
        span_id: 's',
        data,
      });
    const H = 3_600_000;
    ws.write({
      'runs/idle/events.jsonl':
        [
          ev(1, 0, 'job.started', {
            job_name: 'slow',
            spec_sha256: 'x',
            code_version: '0',
            graph: { a: [], b: ['a'] },
          }),
          ev(2, 10, 'step.started', {}, 'a'),
          ev(3, 3000, 'step.succeeded', { duration_ms: 2990 }, 'a'),
          ev(4, 5 * H, 'job.resumed', {
            job_name: 'slow',
            spec_sha256: 'x',
            code_version: '0',
            graph: { a: [], b: ['a'] },
          }),
          ev(5, 5 * H + 10, 'step.started', {}, 'b'),
          ev(6, 5 * H + 2000, 'step.succeeded', { duration_ms: 1990 }, 'b'),
          ev(7, 5 * H + 2000, 'job.succeeded', {}),
        ].join('\n') + '\n',
    });
    const m = JSON.parse((await cli(['show', 'idle', '--json'], { cwd: ws.dir })).stdout) as {
      totals: { duration_ms: number };
    };
    expect(m.totals.duration_ms).toBe(5000);
    expect((await cli(['show', 'idle'], { cwd: ws.dir })).stdout).toMatch(/^slow idle: succeeded in 5\.0 s\b/);
  });
});

describe('tail: filters that forgive the obvious and say why nothing matched', () => {
  let ws: Workspace;
  let bin: CliBin;
  const SPEC = replaySpec('tl', {
    architect: `prompt: "${'a long prompt '.repeat(30)}"\noutputs: [{ path: a.txt }]`,
    builder: 'needs: [architect]\nprompt: "y"\noutputs: [{ path: b.txt }]\nchecks: [{ type: contains, value: zzz }]',
  });
  beforeAll(async () => {
    bin = snapshotCli();
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': `architect: "${'word '.repeat(120)}"\nbuilder: "B"\n` });
    expect((await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 't1'], { cwd: ws.dir })).code).toBe(
      1,
    );
  });
  afterAll(() => {
    ws.cleanup();
    bin.cleanup();
  });
  const tail = (...args: string[]) => cli(['tail', 't1', ...args], { cwd: ws.dir });

  it('--type llm (no dot) means the llm. family', async () => {
    const a = await tail('--type', 'llm', '--json');
    const b = await tail('--type', 'llm.', '--json');
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split('\n').filter(Boolean).length).toBe(4);
  });

  it('--level WARN is --level warn; a level that does not exist is a usage error with the choices', async () => {
    const upper = await tail('--level', 'WARN', '--json');
    expect(upper.code).toBe(0);
    expect(upper.stdout).toBe((await tail('--level', 'warn', '--json')).stdout);
    expect(upper.stdout).toMatch(/step\.failed/);
    const bad = await tail('--level', 'loud');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error\[E_USAGE\]: --level must be one of debug, info, warn, error, got "loud"/);
  });

  it('--step or --type that matches nothing says so, with a did-you-mean', async () => {
    const step = await tail('--step', 'buildr');
    expect([step.code, step.stdout]).toEqual([0, '']);
    expect(step.stderr).toMatch(/note: no step "buildr" in run t1; did you mean "builder"\?/);
    const type = await tail('--type', 'llm.respons');
    expect(type.stderr).toMatch(/no events of type llm\.respons in run t1; did you mean "llm\.response"\?/);
  });

  it('on a terminal a line is cut to its width; in a pipe it is whole', () => {
    const r = runInPty([process.execPath, bin.bin, 'tail', 't1'], { rows: 20, cols: 70, cwd: ws.dir });
    expect(r.code).toBe(0);
    const rows = r.raw
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split(/\r?\n/)
      .filter(Boolean);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((l) => [...l].length <= 69)).toBe(true);
    expect(rows.some((l) => l.endsWith('…'))).toBe(true);
    const piped = runSync(bin.bin, ['tail', 't1', '--type', 'step.succeeded'], ws.dir);
    expect(piped.stdout).toMatch(/(word ){100}/);
  });

  it('tail -f with no run named, when the latest run has ended, follows the next run to its end', async () => {
    const follower = runAsync(bin.bin, ['tail', '-f', '--type', 'job.'], ws.dir);
    await new Promise((r) => setTimeout(r, 600));
    expect(follower.child.exitCode).toBeNull();
    expect((await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 't2'], { cwd: ws.dir })).code).toBe(
      1,
    );
    const r = await follower.done;
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/run t1 has ended; waiting for the next run/);
    expect(r.stderr).toMatch(/following run t2/);
    const jobs = r.stdout.split('\n').filter(Boolean);
    // t1's events, then t2's, which ends the tail.
    expect(jobs.filter((l) => /job\.started/.test(l))).toHaveLength(2);
    expect(jobs.at(-1)).toMatch(/job\.failed/);
  });
});

describe('usage errors speak like every other error', () => {
  let ws: Workspace;
  beforeAll(() => (ws = new Workspace({ 'job.yaml': ONE, 'responses.yaml': 'a: "x"\n' })));
  afterAll(() => ws.cleanup());
  const run = (...args: string[]) => cli(args, { cwd: ws.dir });

  it('a typo in a flag is reported as the typo, with the flag it resembles', async () => {
    const r = await run('run', '--sepc', 'job.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("error[E_USAGE]: unknown option '--sepc'\nhint: did you mean --spec?\n");
  });

  it('a spec given as a positional argument gets the command to type', async () => {
    const r = await run('run', 'job.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error\[E_USAGE\]: too many arguments/);
    expect(r.stderr).toMatch(/hint: the spec is passed with --spec: orchestrator run --spec job\.yaml/);
  });

  it('a missing --spec, an unknown command, a missing value: error[E_USAGE] and a hint', async () => {
    for (const [args, msg] of [
      [['validate'], /validate needs --spec/],
      [['bogus'], /unknown command 'bogus'/],
      [['tail', '--level'], /argument missing/],
    ] as const) {
      const r = await run(...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error\[E_USAGE\]: /);
      expect(r.stderr).toMatch(msg);
      expect(r.stderr).toMatch(/\nhint: /);
    }
  });

  it('-q is accepted by every command', async () => {
    expect((await run('run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'q')).code).toBe(0);
    for (const args of [
      ['validate', '--spec', 'job.yaml'],
      ['plan', '--spec', 'job.yaml'],
      ['show'],
      ['tail'],
      ['schema'],
      ['trace', '--out', 't.json'],
      ['cache', 'stats'],
      ['runs'],
    ]) {
      const r = await run(...args, '-q');
      expect([args[0], r.code, r.stderr]).toEqual([args[0], 0, '']);
    }
  });
});

describe('orchestrator runs: every run with its job, status and age', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace({ 'job.yaml': ONE, 'responses.yaml': 'a: "x"\n' });
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'one-1'], { cwd: ws.dir })).code,
    ).toBe(0);
    expect(
      (await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'one-2'], { cwd: ws.dir })).code,
    ).toBe(0);
  });
  afterAll(() => ws.cleanup());

  it('lists runs newest first, as a table and as JSON; a job name filters', async () => {
    const r = await cli(['runs'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^run\s+job\s+status\s+started\s+time\s+steps\s+cost$/);
    expect(lines[1]).toMatch(/^one-2\s+one\s+succeeded\s+\d+s ago\s+\S+/);
    expect(lines[2]).toMatch(/^one-1\s+one\s+succeeded\s+\d+s ago/);
    const j = JSON.parse((await cli(['runs', '--json'], { cwd: ws.dir })).stdout) as Array<{
      job_id: string;
      job_name: string;
      status: string;
      age_s: number;
    }>;
    expect(j.map((e) => [e.job_id, e.job_name, e.status])).toEqual([
      ['one-2', 'one', 'succeeded'],
      ['one-1', 'one', 'succeeded'],
    ]);
    expect(j.every((e) => e.age_s >= 0 && e.age_s < 600)).toBe(true);
    expect(JSON.parse((await cli(['runs', 'nosuchjob', '--json'], { cwd: ws.dir })).stdout)).toEqual([]);
  });

  it('show JOB_NAME shows the latest run of that job; an unknown name points at `orchestrator runs`', async () => {
    expect((await cli(['show', 'one'], { cwd: ws.dir })).stdout).toMatch(/^one one-2: succeeded/);
    const none = await cli(['show', 'nope'], { cwd: ws.dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/hint: list runs with `orchestrator runs/);
  });
});

describe('--dry-run shows the context a step would get', () => {
  let ws: Workspace;
  beforeAll(() => {
    const files: Record<string, string> = {
      'job.yaml': replaySpec('ctx', {
        review:
          'context: { include: ["src/**/*.ts"], max_tokens: MAXT }\nprompt: "Review the parser tokenizer code"\noutputs: [{ path: r.md }]',
      }),
      'responses.yaml': 'review: "ok"\n',
      'src/parser.ts': `// the parser and its tokenizer\nexport function parse() { return "tokenizer parser"; }\n${'// parser tokenizer detail line\n'.repeat(20)}`,
    };
    // Many unrelated files with long names: their omission list must not eat the budget.
    for (let i = 0; i < 40; i++)
      files[`src/unrelated/some/deeply/nested/module-number-${i}-with-a-long-name.ts`] =
        `export const v${i} = ${i};\n${'// filler text about nothing in particular\n'.repeat(30)}`;
    ws = new Workspace(files);
  });
  afterAll(() => ws.cleanup());

  const dry = async (maxTokens: number, ...extra: string[]) => {
    ws.write({ 'job.yaml': ws.read('job.yaml').replace(/max_tokens: (MAXT|\d+)/, `max_tokens: ${maxTokens}`) });
    const r = await cli(['run', '--spec', 'job.yaml', '--dry-run', ...extra], { cwd: ws.dir });
    expect(r.code).toBe(0);
    return r.stdout;
  };

  it('prints the files the context would include, not a placeholder', async () => {
    const out = await dry(100_000);
    expect(out).not.toMatch(/<context>/);
    expect(out).toMatch(/--- file: src\/parser\.ts ---\n\/\/ the parser and its tokenizer/);
    expect(out).toMatch(/--- file: src\/unrelated\/some\/deeply\/nested\/module-number-7-with-a-long-name\.ts ---/);
  });

  it('with a small max_tokens the best-ranked file is still in (cut if need be), the others named as omitted', async () => {
    const out = await dry(300);
    expect(out).toMatch(/--- file: src\/parser\.ts ---\n\/\/ the parser and its tokenizer/);
    expect(out).toMatch(/\[context: \d+ files omitted over the 300-token budget/);
    const j = JSON.parse(await dry(300, '--json')) as Array<{
      context?: { tokens: number; selection: Array<{ path: string; status: string }> };
    }>;
    expect(j[0]!.context!.tokens).toBeLessThanOrEqual(300);
    expect(j[0]!.context!.selection.find((f) => f.path === 'src/parser.ts')!.status).toMatch(/included|truncated/);
  });
});

describe('the smaller things a newcomer notices', () => {
  let ws: Workspace;
  beforeAll(async () => {
    ws = new Workspace({
      'job.yaml': replaySpec('small', {
        a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
        b: 'needs: [a]\nprompt: "y"\noutputs: [{ path: b.txt }]\nchecks: [{ type: contains, value: zzz }]',
        c: 'needs: [b]\nprompt: "z"\noutputs: [{ path: c.txt }]',
      }),
      'one.yaml': ONE,
      'responses.yaml': 'a: "A"\nb: "B"\nc: "C"\n',
    });
  });
  afterAll(() => ws.cleanup());

  it('cache sizes in units that fit (2 KB is not 0.00 MB); prune --json is snake_case', async () => {
    expect((await cli(['run', '--spec', 'one.yaml', '-q', '--cache-dir', 'cache'], { cwd: ws.dir })).code).toBe(0);
    const stats = await cli(['cache', 'stats', '--cache-dir', 'cache'], { cwd: ws.dir });
    expect(stats.stdout).toMatch(/: 1 entry, \d+(\.\d)? (B|KB),/);
    expect(stats.stdout).not.toMatch(/0\.00 MB/);
    const pruned = await cli(['cache', 'prune', '--cache-dir', 'cache', '--max-size', '1GB', '--json'], {
      cwd: ws.dir,
    });
    expect(Object.keys(JSON.parse(pruned.stdout)).sort()).toEqual(['freed_bytes', 'kept', 'kept_bytes', 'removed']);
  });

  it('"1 step", not "1 steps"; a skipped step shows no cache state', async () => {
    const one = await cli(['run', '--spec', 'one.yaml', '--no-cache'], { cwd: ws.dir });
    expect(one.stderr).toMatch(/: 1 step\n/);
    const r = await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 's1'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^c\s+skipped \(upstream_failed\)\s+–\s+-\s/m);
  });

  it('a provider timeout names its provider like every other provider error', async () => {
    ws.write({
      'slow.yaml': ONE.replace('name: one', 'name: slowone')
        .replace('responses: responses.yaml', 'responses: responses.yaml, latency_ms: 3000')
        .replace('retries: 0 }', 'retries: 0, timeout_s: 1 }'),
    });
    const r = await cli(['run', '--spec', 'slow.yaml', '--no-cache', '-q'], { cwd: ws.dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/a: error\[E_TIMEOUT\]: provider offline: no answer within 1000 ms/);
  });
});
