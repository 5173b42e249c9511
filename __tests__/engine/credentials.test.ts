/**
 * A run without credentials (`run --credentials none`, what a fork's pull request gets): no key in
 * the environment, no call made. Steps whose cache key hits (a cache seeded by a run with
 * credentials, as the base branch's cache is) are served at $0; a step that needs a call is
 * skipped `needs_credentials`, and so is every step that needs it (`upstream` naming the step that
 * needed the call); other branches run; the run succeeds unless `--fail-on-unmeasured`.
 */
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { cli, Workspace } from '../helpers/workspace.js';

const spec = (origin: string) => `version: 2
name: creds
inputs:
  note: { default: "v1" }
  items: { default: '["x", "y"]' }
defaults: { provider: live, retries: 0 }
providers:
  live: { type: openai-compatible, base_url: ${origin}/v1, model: m1, api_key_env: LIVE_KEY }
  offline: { type: replay, responses: fixture.yaml }
steps:
  a: { prompt: "Design it.", outputs: [{ path: a.md }] }
  b: { needs: [a], prompt: "Build it ({{ inputs.note }}): {{ steps.a.output }}", outputs: [{ path: b.md }] }
  c: { needs: [b], run: "cat b.md > c.txt", reads: [b.md], outputs: [{ path: c.txt }] }
  d: { needs: [c], prompt: "Review {{ steps.c.output }}" }
  e: { needs: [a], run: "echo checked" }
  f: { provider: offline, prompt: "Offline answer." }
  g: { needs: [a], for_each: "{{ inputs.items }}", prompt: "Item {{ item }}" }
`;

let server: WireServer;
let ws: Workspace;
const KEY = { LIVE_KEY: 'sk-test-credentials-0001' };
const NO_KEY = { LIVE_KEY: undefined };
const run = (jobId: string, env: Record<string, string | undefined>, ...extra: string[]) =>
  cli(
    ['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--cache-dir', 'cache', '--quiet', '--job-id', jobId, ...extra],
    { cwd: ws.dir, env },
  );

beforeAll(async () => {
  server = await startWireServer();
  server.setFallback(PATHS.openaiChat, { ok: 'answer' });
  ws = new Workspace({ 'job.yaml': spec(server.origin), 'fixture.yaml': 'f: "offline text"\n' });
  // The base branch's run, with credentials: it fills the cache.
  const seed = await run('base-1', KEY);
  expect([seed.code, seed.stderr]).toEqual([0, '']);
});
afterAll(async () => {
  await server.close();
  ws.cleanup();
});

const skipped = (jobId: string) =>
  Object.fromEntries(
    ws
      .events(jobId)
      .filter((e) => e.type === 'step.skipped')
      .map((e) => [e.step_id, e.data as Record<string, unknown>]),
  );

describe('run --credentials none', () => {
  it('serves cache hits at $0, skips what needs a call and its dependents, runs the rest; exit 0', async () => {
    const before = server.requests.length;
    const res = await run(
      'pr-1',
      NO_KEY,
      '--credentials',
      'none',
      '--input',
      'note=v2',
      '--input',
      'items=["x", "y", "z"]',
    );
    expect(res.stderr).toBe('');
    expect(res.code).toBe(0);
    expect(server.requests.length).toBe(before);
    const m = ws.manifest('pr-1');
    expect(m.status).toBe('succeeded');
    expect(m.steps.a).toMatchObject({ status: 'succeeded', cache: 'hit' });
    expect(m.steps['g[x]']).toMatchObject({ status: 'succeeded', cache: 'hit' });
    expect(m.steps.e!.status).toBe('succeeded');
    expect(m.steps.f!.status).toBe('succeeded');
    expect(m.totals.cost_usd).toBe(0);
    const s = skipped('pr-1');
    expect(s.b).toMatchObject({ reason: 'needs_credentials', providers: ['live'] });
    expect(s.c).toEqual({ reason: 'needs_credentials', upstream: 'b' });
    expect(s.d).toEqual({ reason: 'needs_credentials', upstream: 'b' });
    expect(s['g[z]']).toMatchObject({ reason: 'needs_credentials', instance_of: 'g' });
    expect(s.g).toMatchObject({
      reason: 'needs_credentials',
      message: '1 of 3 instance(s) need a call and this run has no credentials',
    });
    expect(res.stdout).toContain(
      'no credentials: 5 step(s) skipped (needs_credentials); a run with credentials would execute: b, c, d, g, g[z]',
    );
  });

  it('--fail-on-unmeasured: the same run fails (exit 1), naming the skipped steps', async () => {
    const res = await run('pr-2', NO_KEY, '--credentials', 'none', '--fail-on-unmeasured', '--input', 'note=v2');
    expect(res.code).toBe(1);
    const failed = ws.events('pr-2').find((e) => e.type === 'job.failed');
    expect(failed!.data).toMatchObject({ needs_credentials: ['b', 'c', 'd'] });
  });

  it('everything cached: nothing skipped, and fail-on-unmeasured has nothing to fail on', async () => {
    const res = await run('pr-3', NO_KEY, '--credentials', 'none', '--fail-on-unmeasured');
    expect(res.code).toBe(0);
    expect(Object.keys(skipped('pr-3'))).toEqual([]);
  });

  it('without --credentials none the missing key still stops the run before any step (exit 2)', async () => {
    const res = await run('pr-4', NO_KEY, '--input', 'note=v3');
    expect(res.code).toBe(2);
  });

  it('a resume with credentials executes what was skipped', async () => {
    const res = await cli(
      [
        'run',
        '--spec',
        'job.yaml',
        '--runs-dir',
        'runs',
        '--cache-dir',
        'cache',
        '--quiet',
        '--resume',
        'pr-1',
        '--input',
        'note=v2',
        '--input',
        'items=["x", "y", "z"]',
      ],
      {
        cwd: ws.dir,
        env: KEY,
      },
    );
    expect(res.code).toBe(0);
    expect(ws.manifest('pr-1').steps.d!.status).toBe('succeeded');
  });
});

describe('gates in a run without credentials', () => {
  it('a gated step that needed a call, and a sampled dependent, are unmeasured, never passed', async () => {
    const gated = new Workspace({
      'job.yaml': `version: 2
name: cg
defaults: { provider: live, retries: 0 }
providers:
  live: { type: openai-compatible, base_url: ${server.origin}/v1, model: m1, api_key_env: LIVE_KEY }
steps:
  draft: { prompt: "Draft it.", samples: 4, gate: { min_pass_rate: 0.8 }, checks: [{ type: min-length, value: 1 }] }
  polish: { needs: [draft], prompt: "Polish {{ steps.draft.output }}", samples: 3 }
`,
    });
    try {
      const res = await cli(['run', '--spec', 'job.yaml', '--credentials', 'none', '-q', '--job-id', 'g1'], {
        cwd: gated.dir,
        env: NO_KEY,
      });
      expect(res.code).toBe(0);
      const m = gated.manifest('g1');
      for (const id of ['draft', 'polish']) {
        expect(m.steps[id]).toMatchObject({ status: 'skipped', reason: 'needs_credentials' });
        expect(m.steps[id]!.samples).toMatchObject({ drawn: 0, judged: 0, verdict: 'unmeasured' });
      }
      expect(m.steps.draft!.samples).toMatchObject({ min_pass_rate: 0.8, confidence: 0.95 });
      const strict = await cli(
        ['run', '--spec', 'job.yaml', '--credentials', 'none', '--fail-on-unmeasured', '-q', '--job-id', 'g2'],
        { cwd: gated.dir, env: NO_KEY },
      );
      expect(strict.code).toBe(1);
    } finally {
      gated.cleanup();
    }
  });
});
