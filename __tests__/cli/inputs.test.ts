/**
 * Values from outside the spec through the CLI (docs/reference.md: Inputs from outside): --input,
 * --input NAME=@FILE and --input-file on run, validate and plan; the errors a user meets (exit 2
 * with the name, a did-you-mean and how to pass it); values in prompts and cache keys, in command
 * steps' environment, and never in the run folder unredacted.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { runJob } from '../../src/engine/run.js';
import { loadSpec } from '../../src/jobspec/load.js';
import { resolveInputs } from '../../src/jobspec/inputs.js';
import { UsageError } from '../../src/util/errors.js';

const INPUTS = `inputs:
  topic: { description: "what to write about", required: true }
  tone: neutral
  count: { default: 3 }
`;
const STEPS = {
  write:
    'prompt: "Write {{ inputs.count }} {{ inputs.tone }} lines about {{ inputs.topic }}"\noutputs: [{ path: out.md }]',
};

function allFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

describe('job inputs from the CLI', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = new Workspace({ 'job.yaml': replaySpec('inputs', STEPS, INPUTS), 'responses.yaml': 'write: "done"\n' });
  });
  afterEach(() => ws.cleanup());
  const run = (jobId: string, ...args: string[]) =>
    cli(['run', '--spec', 'job.yaml', '--quiet', '--cache-dir', 'cache', '--job-id', jobId, ...args], { cwd: ws.dir });
  const promptOf = (jobId: string) => ws.read('runs', jobId, 'logs', 'write.log');
  const calls = (jobId: string) => ws.events(jobId).filter((e) => e.type === 'llm.request').length;

  it('a required input without a value: exit 2 naming it and how to pass it, and no run folder', async () => {
    const res = await run('r1');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('error[E_INPUT_REQUIRED]: required input "topic" has no value (what to write about)');
    expect(res.stderr).toContain('--input topic=VALUE');
    expect(res.stderr).toContain('--input-file');
    expect(existsSync(ws.path('runs', 'r1'))).toBe(false);
  });

  it('in-process: runJob refuses a spec whose required input has no value, and runs once it has one', async () => {
    const loaded = await loadSpec(ws.path('job.yaml'));
    expect(loaded.missingInputs).toEqual(['topic']);
    await expect(runJob({ loaded, runsDir: ws.path('runs'), jobId: 'x' })).rejects.toThrow(UsageError);
    expect(existsSync(ws.path('runs', 'x'))).toBe(false);
    const withTopic = resolveInputs(loaded, { topic: 'bees' }, { face: 'cli' });
    expect(withTopic.spec.inputs).toEqual({ topic: 'bees', tone: 'neutral', count: '3' });
    const r = await runJob({ loaded: withTopic, runsDir: ws.path('runs'), jobId: 'x' });
    expect(r.status).toBe('succeeded');
    expect(ws.read('runs', 'x', 'logs', 'write.log')).toContain('lines about bees');
  });

  it('--input fills the prompt; defaults hold for the rest; the value is in the cache key', async () => {
    expect((await run('r1', '--input', 'topic=cats')).code).toBe(0);
    expect(promptOf('r1')).toContain('Write 3 neutral lines about cats');
    expect((await run('r2', '--input', 'topic=cats')).code).toBe(0);
    expect(calls('r2')).toBe(0);
    expect((await run('r3', '--input', 'topic=dogs', '--input', 'tone=grim')).code).toBe(0);
    expect(calls('r3')).toBe(1);
    expect(promptOf('r3')).toContain('Write 3 grim lines about dogs');
  });

  it("--input NAME=@FILE passes the file's content; --input-file takes YAML or JSON; --input wins over a file", async () => {
    ws.write({
      'topic.txt': 'line one\nline two\n',
      'vals.yaml': 'topic: from-yaml\ntone: 0123\n',
      'vals.json': '{"topic": "from-json", "count": 7}',
    });
    expect((await run('r1', '--input', 'topic=@topic.txt')).code).toBe(0);
    expect(promptOf('r1')).toContain('lines about line one\nline two\n');
    expect((await run('r2', '--input-file', 'vals.yaml')).code).toBe(0);
    // YAML values stay the text written: a sha-like 0123 is not the number 123.
    expect(promptOf('r2')).toContain('Write 3 0123 lines about from-yaml');
    expect(
      (await run('r3', '--input-file', 'vals.yaml', '--input-file', 'vals.json', '--input', 'tone=calm')).code,
    ).toBe(0);
    expect(promptOf('r3')).toContain('Write 7 calm lines about from-json');
  });

  it('an undeclared name: exit 2 with a did-you-mean, before anything runs', async () => {
    const res = await run('r1', '--input', 'topik=cats');
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('the spec declares no input "topik"');
    expect(res.stderr).toContain('did you mean "topic"?');
    expect(existsSync(ws.path('runs'))).toBe(false);
    const bad = await run('r1', '--input', 'topic');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not NAME=VALUE');
    const missing = await run('r1', '--input', 'topic=@nope.txt');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nope.txt: no such file');
  });

  it('validate and plan take the same flags', async () => {
    const plain = await cli(['validate', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(plain.code).toBe(0);
    expect(plain.stderr).toContain('a run needs --input topic=...');
    expect((await cli(['validate', '--spec', 'job.yaml', '--input', 'topic=x'], { cwd: ws.dir })).code).toBe(0);
    const typo = await cli(['validate', '--spec', 'job.yaml', '--input', 'tpoic=x'], { cwd: ws.dir });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('did you mean "topic"?');
    // Once values are given, the set must be complete.
    const partial = await cli(['validate', '--spec', 'job.yaml', '--input', 'tone=x'], { cwd: ws.dir });
    expect(partial.code).toBe(2);
    expect(partial.stderr).toContain('required input "topic"');
    expect(
      (await cli(['plan', '--spec', 'job.yaml', '--input', 'topic=x', '--format', 'json'], { cwd: ws.dir })).code,
    ).toBe(0);
    const planTypo = await cli(['plan', '--spec', 'job.yaml', '--input-file', 'missing.yaml'], { cwd: ws.dir });
    expect(planTypo.code).toBe(2);
    expect(planTypo.stderr).toContain('--input-file: cannot read missing.yaml');
  });

  it('--dry-run renders the values passed in', async () => {
    const res = await cli(['run', '--spec', 'job.yaml', '--dry-run', '--input', 'topic=owls'], { cwd: ws.dir });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('Write 3 neutral lines about owls');
  });

  it('a command step sees each input as ORCHESTRATOR_INPUT_<NAME>, through its environment only', async () => {
    ws.write({
      'job.yaml': replaySpec(
        'cmd-inputs',
        {
          echo: 'run: printf "%s|%s" "$ORCHESTRATOR_INPUT_TOPIC" "$ORCHESTRATOR_INPUT_BASE_REF" > seen.txt\noutputs: [{ path: seen.txt }]',
        },
        'inputs:\n  topic: x\n  base-ref: main\n',
      ),
    });
    // A value with shell syntax stays data.
    expect((await run('r1', '--input', 'topic=$(touch pwned); `id`')).code).toBe(0);
    expect(ws.read('runs', 'r1', 'outputs', 'seen.txt')).toBe('$(touch pwned); `id`|main');
    expect(existsSync(ws.path('runs', 'r1', 'outputs', 'pwned'))).toBe(false);
  });

  it('an input value holding an API key never reaches the run folder', async () => {
    const secret = 'sk-test-7f3a9c1e5b2d4f6a8c0e';
    ws.write({
      'job.yaml': replaySpec('secret-in', STEPS, `${INPUTS}  unused: x\n`).replace(
        'providers:\n',
        'providers:\n  real: { type: openai, model: gpt-4o-mini }\n',
      ),
    });
    const res = await cli(['run', '--spec', 'job.yaml', '--quiet', '--job-id', 'r1', '--input', `topic=${secret}`], {
      cwd: ws.dir,
      env: { OPENAI_API_KEY: secret },
    });
    expect(res.code).toBe(0);
    const files = allFiles(ws.path('runs', 'r1'));
    expect(files.length).toBeGreaterThan(2);
    for (const f of files) expect(readFileSync(f, 'utf8')).not.toContain(secret);
    expect(promptOf('r1')).toContain('lines about ***');
  });

  it('resume with other input values re-renders: steps made with the old values run again', async () => {
    ws.write({
      'job.yaml': replaySpec(
        'resume-inputs',
        {
          write: STEPS.write,
          fail: 'prompt: "this one fails the first time"',
        },
        INPUTS,
      ),
    });
    expect((await run('r1', '--input', 'topic=cats')).code).toBe(1);
    ws.write({ 'responses.yaml': 'write: "done"\nfail: "ok"\n' });
    expect(
      (
        await cli(['run', '--spec', 'job.yaml', '--quiet', '--no-cache', '--resume', 'r1', '--input', 'topic=dogs'], {
          cwd: ws.dir,
        })
      ).code,
    ).toBe(0);
    const resumed = ws.events('r1').filter((e) => e.seq > ws.events('r1').find((x) => x.type === 'job.resumed')!.seq);
    expect(resumed.find((e) => e.type === 'step.started' && e.step_id === 'write')?.data.rerun_reason).toBe(
      'cache_key_changed',
    );
    expect(ws.read('runs', 'r1', 'logs', 'write.log')).toContain('about dogs');
  });
});
