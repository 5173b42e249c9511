/**
 * Record -> strict replay round trips: a job runs against a loopback OpenAI-compatible server
 * (__tests__/helpers/wire-servers.ts), `orchestrator record` writes its fixture, and the same job
 * on a `strict: true` replay provider answers from it with no server call and the same outputs.
 * A prompt edit then fails its step with E_REPLAY_STALE and a unified diff instead of answering
 * stale text; 2.1 entries (plain texts, lists) still work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { cli, Workspace } from '../helpers/workspace.js';
import { sha256 } from '../../src/util/hash.js';

const KEY = 'sk-live-0123456789abcdef';
const spec = (provider: string, origin: string, planPrompt = 'Plan the work on {{ inputs.topic }}.') => `version: 2
name: rr
inputs:
  topic: { default: "parsers" }
  files: { default: '["a.ts", "b.ts"]' }
defaults: { provider: ${provider}, retries: 0 }
providers:
  live: { type: openai-compatible, base_url: ${origin}/v1, model: m1, api_key_env: LIVE_KEY }
  offline: { type: replay, responses: fixture.yaml, strict: true }
steps:
  plan:
    system: You plan. Key for the record - ${'$'}{never}.
    prompt: "${planPrompt}"
    outputs: [{ path: plan.md }]
  each:
    needs: [plan]
    for_each: "{{ inputs.files }}"
    prompt: "Review {{ item }} against the plan: {{ steps.plan.output }}"
    outputs: [{ path: "review/{{ item }}.md" }]
`;

let server: WireServer;
let ws: Workspace;
const env = { LIVE_KEY: KEY };
const run = (jobId: string, ...extra: string[]) =>
  cli(['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--no-cache', '--quiet', '--job-id', jobId, ...extra], {
    cwd: ws.dir,
    env,
  });

beforeAll(async () => {
  server = await startWireServer();
  ws = new Workspace({ 'job.yaml': spec('live', '') });
  ws.write({ 'job.yaml': spec('live', server.origin) });
  const path = PATHS.openaiChat;
  // The plan's answer holds the key (a model echoing it): logs, outputs and the fixture mask it.
  server.enqueue(
    path,
    { ok: `Plan: parse, then test.\nSecret seen: ${KEY}` },
    { ok: 'a.ts looks fine.' },
    { ok: 'b.ts needs tests.\n' },
  );
  server.setFallback(path, { status: 500, error: 'no more answers scripted' });
  const res = await run('live-1');
  expect([res.code, res.stderr]).toEqual([0, '']);
});
afterAll(async () => {
  await server.close();
  ws.cleanup();
});

describe('orchestrator record', () => {
  it('writes every LLM call (steps and instances) as { response, prompt, prompt_sha256 }, redacted', async () => {
    const res = await cli(['record', 'live-1', '--runs-dir', 'runs', '--out', 'fixture.yaml', '--json'], {
      cwd: ws.dir,
    });
    expect(res.code).toBe(0);
    expect(JSON.parse(res.stdout).entries).toEqual(['plan', 'each[a.ts]', 'each[b.ts]']);
    const text = ws.read('fixture.yaml');
    expect(text).not.toContain(KEY);
    const doc = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as Record<
      string,
      { response: string; prompt: string; prompt_sha256: string }
    >;
    expect(doc.plan!.response).toBe('Plan: parse, then test.\nSecret seen: ***');
    expect(doc.plan!.prompt).toBe(
      '===== system =====\nYou plan. Key for the record - ${never}.\n===== prompt =====\nPlan the work on parsers.\n',
    );
    expect(doc['each[b.ts]']!.response).toBe('b.ts needs tests.\n');
    for (const e of Object.values(doc)) expect(e.prompt_sha256).toBe(sha256(e.prompt));
  });

  it('a run with nothing to record: exit 1; no --out: exit 2', async () => {
    ws.write({ 'cmd.yaml': 'version: 2\nname: cmd\nsteps:\n  a: { run: "true" }\n' });
    expect(
      (await cli(['run', '--spec', 'cmd.yaml', '--runs-dir', 'runs', '--quiet', '--job-id', 'cmd-1'], { cwd: ws.dir }))
        .code,
    ).toBe(0);
    const res = await cli(['record', 'cmd-1', '--runs-dir', 'runs', '--out', 'x.yaml'], { cwd: ws.dir });
    expect([res.code, res.stderr]).toEqual([1, expect.stringContaining('E_RECORD_EMPTY')]);
    expect((await cli(['record', 'cmd-1', '--runs-dir', 'runs'], { cwd: ws.dir })).code).toBe(2);
  });
});

describe('strict replay of the recording', () => {
  it('answers every call from the fixture: no server call, the same outputs', async () => {
    ws.write({ 'job.yaml': spec('offline', server.origin) });
    const before = server.requests.length;
    const res = await run('replay-1');
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(server.requests.length).toBe(before);
    for (const f of ['plan.md', 'review/a.ts.md', 'review/b.ts.md'])
      expect(ws.read('runs', 'replay-1', 'outputs', f)).toBe(ws.read('runs', 'live-1', 'outputs', f));
  });

  it('a prompt edit fails the step with E_REPLAY_STALE and a unified diff, not the stale answer', async () => {
    ws.write({ 'job.yaml': spec('offline', server.origin, 'Plan the work on {{ inputs.topic }}, briefly.') });
    const res = await run('stale-1');
    expect(res.code).toBe(1);
    const failed = ws.events('stale-1').find((e) => e.type === 'step.failed' && e.step_id === 'plan');
    const error = (failed!.data as { error: { code: string; message: string; hint: string } }).error;
    expect(error.code).toBe('E_REPLAY_STALE');
    expect(error.message).toContain('--- recorded/plan');
    expect(error.message).toContain('+++ current/plan');
    expect(error.message).toContain('-Plan the work on parsers.');
    expect(error.message).toContain('+Plan the work on parsers, briefly.');
    expect(error.hint).toMatch(/orchestrator record/);
    expect(ws.events('stale-1').filter((e) => e.type === 'llm.response')).toEqual([]);
    // ORCHESTRATOR_REPLAY_STRICT=off answers it anyway: how stale fixtures are run to re-record them.
    const lenient = await cli(
      ['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--no-cache', '--quiet', '--job-id', 'stale-2'],
      {
        cwd: ws.dir,
        env: { ...env, ORCHESTRATOR_REPLAY_STRICT: 'off' },
      },
    );
    expect(lenient.code).toBe(0);
  });

  it('an input that changes one instance prompt fails that instance only', async () => {
    ws.write({ 'job.yaml': spec('offline', server.origin) });
    const res = await run('stale-3', '--input', 'files=["a.ts", "c.ts"]');
    expect(res.code).toBe(1);
    const failed = ws
      .events('stale-3')
      .filter((e) => e.type === 'step.failed')
      .map((e) => [e.step_id, (e.data as { error: { code: string } }).error.code]);
    expect(failed).toContainEqual(['each[c.ts]', 'E_REPLAY_MISSING']);
    expect(failed.map(([id]) => id)).not.toContain('each[a.ts]');
  });

  it('a 2.1 fixture (plain texts, a list) is still answered, strict or not', async () => {
    writeFileSync(ws.path('fixture.yaml'), 'plan: "Plan: parse, then test."\neach: ["first", "second"]\n');
    const res = await run('plain-1');
    expect([res.code, res.stderr]).toEqual([0, '']);
    expect(readFileSync(ws.path('runs', 'plain-1', 'outputs', 'plan.md'), 'utf8')).toBe('Plan: parse, then test.');
  });

  it('a malformed recorded entry is E_REPLAY_FILE before any step runs', async () => {
    writeFileSync(ws.path('fixture.yaml'), 'plan: { response: "x", prompt_sha256: "nothex" }\n');
    const res = await run('bad-1');
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/E_REPLAY_FILE.*prompt_sha256/);
  });

  it('a secret in a prompt: recorded masked, and the strict hash is taken over the masked prompt', async () => {
    ws.write({ 'job.yaml': spec('live', server.origin) });
    server.enqueue(PATHS.openaiChat, { ok: 'plan' }, { ok: 'a' }, { ok: 'b' });
    expect((await run('live-2', '--input', `topic=${KEY}`)).code).toBe(0);
    expect((await cli(['record', 'live-2', '--runs-dir', 'runs', '--out', 'fixture.yaml'], { cwd: ws.dir })).code).toBe(
      0,
    );
    expect(ws.read('fixture.yaml')).toContain('Plan the work on ***.');
    expect(ws.read('fixture.yaml')).not.toContain(KEY);
    ws.write({ 'job.yaml': spec('offline', server.origin) });
    const res = await run('replay-2', '--input', `topic=${KEY}`);
    expect([res.code, res.stderr]).toEqual([0, '']);
  });
});
