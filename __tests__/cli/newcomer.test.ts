/**
 * The first hour of a newcomer (issue 18): validate that is complete, usage errors that help,
 * golden sets that cannot be replaced by a broken run, listing runs, tail filters with hints.
 * In-process `cli()` where only the text matters; real processes where streams matter.
 */
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';

const ONE = replaySpec('one', { a: 'prompt: "x"\noutputs: [{ path: a.txt }]' });

describe('validate finds what run would reject, all in one round', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = new Workspace({
      'noresp.yaml': ONE.replace('responses.yaml', 'missing.responses.yaml'),
      'compat.yaml': ONE.replace('providers:\n', 'providers:\n  mlx: { type: openai-compatible, model: m }\n'),
      'eight.yaml': 'version: "2"\nname: Bad_Name\ndefaults: { provider: offline }\nproviders:\n  offline: { type: replay, responses: nope.yaml }\n  mlx: { type: openai-compatible, model: m }\n' +
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
  const SPEC = replaySpec('gold', { a: 'prompt: "x"\noutputs: [{ path: a.txt }]', b: 'prompt: "y"\noutputs: [{ path: b.txt }]\nchecks: [{ type: contains, value: "ok" }]' });
  beforeAll(async () => {
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': 'a: "A"\nb: "ok B"\n', 'bad.yaml': SPEC.replace('responses.yaml', 'bad.responses.yaml'), 'bad.responses.yaml': 'a: "A2"\nb: "not good"\n' });
    expect((await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'full'], { cwd: ws.dir })).code).toBe(0);
    expect((await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', 'full'], { cwd: ws.dir })).code).toBe(0);
  });
  afterAll(() => ws.cleanup());

  it('refuses a failed run and a partial (--only) run, leaving the golden set as it was', async () => {
    expect((await cli(['run', '--spec', 'bad.yaml', '--no-cache', '-q', '--job-id', 'failed'], { cwd: ws.dir })).code).toBe(1);
    expect((await cli(['run', '--spec', 'job.yaml', '--no-cache', '-q', '--job-id', 'part', '--only', 'a'], { cwd: ws.dir })).code).toBe(0);
    for (const [id, why] of [['failed', /failed/], ['part', /partial \(--only\): 1 step not run \(b\)/]] as const) {
      const r = await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', id], { cwd: ws.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error\[E_GOLDEN_RUN\]: will not update the golden set/);
      expect(r.stderr).toMatch(why);
    }
    expect(ws.read('golden', 'a.txt')).toBe('A');
    expect(ws.read('golden', 'b.txt')).toBe('ok B');
    const forced = await cli(['golden', '--spec', 'job.yaml', '--golden', 'golden', '--update', '--job-id', 'failed', '--force'], { cwd: ws.dir });
    expect(forced.code).toBe(0);
    expect(ws.read('golden', 'a.txt')).toBe('A2');
  });
});
