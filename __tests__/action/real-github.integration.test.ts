/**
 * The action as a user of GitHub meets it, in-process with the REAL @actions/cache, @actions/artifact and
 * Octokit against loopback emulators that behave like github.com: attempt-scoped runtime artifact
 * downloads, a run-scoped REST artifact API that checks the token's permissions, comments with
 * authors. Each test plays one or more fresh runners.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { PLAN_BUILD_RESPONSES, planBuildGateSpec, useActionEmulators } from '../helpers/action-harness.js';
import { ACTIONS_BOT } from '../helpers/github-emulator.js';
import { buildZip } from '../helpers/zip.js';
import { FakeCore } from './fake-core.js';

const SPEC = planBuildGateSpec('rg-job');
const KEYED = `version: 2
name: keyed-job
providers:
  cloud: { type: openai, model: gpt-4o-mini, api_key_env: RG_MISSING_KEY }
defaults: { provider: cloud }
steps:
  ask: { prompt: hello, outputs: [{ path: a.md }] }
`;

const TOKEN = 'ghs_rg_full_token_1';
const NO_ACTIONS = 'ghs_rg_no_actions_2';
const gh = useActionEmulators('orch-rg-', {
  [TOKEN]: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
  [NO_ACTIONS]: { 'pull-requests': 'write', contents: 'read' },
});
const { root, workspace } = gh;

function freshWorkspace(opts: { fail?: boolean } = {}): void {
  gh.freshWorkspace({
    'ci/job.yaml': SPEC,
    'ci/keyed.yaml': KEYED,
    'ci/responses.yaml': PLAN_BUILD_RESPONSES,
    ...(opts.fail ? { 'ci/fail-flag': '' } : {}),
  });
}

const env = (runId: string, attempt: number, extra: Record<string, string> = {}) =>
  gh.runnerEnv(runId, attempt, { ...gh.results.env(runId, attempt), GITHUB_API_URL: gh.rest.url, ...extra });
const services = gh.services;

const inputs = (extra: Record<string, string> = {}) => ({ spec: 'ci/job.yaml', 'github-token': TOKEN, ...extra });

describe('resume on "Re-run failed jobs"', () => {
  it('without actions: read, says which permission is missing and starts fresh (the runtime path cannot reach attempt 1)', async () => {
    freshWorkspace({ fail: true });
    const c1 = new FakeCore(inputs({ 'github-token': NO_ACTIONS, cache: 'false' }));
    await run(await services(c1, env('810', 1)));
    expect(c1.outputs['artifact-name']).toBe('orchestrator-rg-job-build-attempt-1');
    freshWorkspace();
    const c2 = new FakeCore(inputs({ 'github-token': NO_ACTIONS, cache: 'false' }));
    await run(await services(c2, env('810', 2)));
    expect(c2.notices.map((n) => n.message).join('\n')).toMatch(/permissions: actions: read/);
    expect(c2.warnings.map((w) => w.message).join('\n')).toMatch(/workflow run not found/);
    expect(c2.outputs['job-id']).not.toBe(c1.outputs['job-id']);
    expect(c2.outputs.status).toBe('succeeded');
  });

  it("a zip bomb under this job's artifact name is refused with a clear notice; the run starts fresh", async () => {
    const bomb = await buildZip([
      { name: 'rg-job-x/manifest.json', data: Buffer.from('{}') },
      { name: 'rg-job-x/outputs/z.bin', zeros: 300 * 1024 * 1024 },
    ]);
    expect(bomb.length).toBeLessThan(400 * 1024);
    await gh.results.putArtifact('820', 1, 'orchestrator-rg-job-build-attempt-1', bomb);
    freshWorkspace();
    const core = new FakeCore(inputs({ cache: 'false' }));
    await run(await services(core, env('820', 2)));
    expect(core.warnings.map((w) => w.message).join('\n')).toMatch(/extracted artifact exceeds the limit of 256 MiB/);
    expect(core.outputs.status).toBe('succeeded');
    expect(core.failed).toEqual([]);
  }, 60_000);
});

describe('matrix legs with distinct instances', () => {
  it('two legs in one run: two artifacts, two cache entries, two PR comments', async () => {
    const eventFile = join(root, 'event-pr.json');
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 31, head: { sha: 'a1b2c3d4e5f6' } } }));
    const saves = gh.results.caches.length;
    // Someone else's comment quoting the linux leg's marker: left alone (2.0 edited it, or called the 403 a read-only token).
    gh.rest.comments.push({
      id: 1,
      issue: 31,
      body: '<!-- orchestrator-action:rg-job:linux -->\nmine',
      user: { login: 'mallory', type: 'User' },
    });
    for (const leg of ['linux', 'macos']) {
      freshWorkspace({ fail: true });
      const core = new FakeCore(inputs({ instance: leg }));
      await run(
        await services(core, env('830', 1, { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'pull_request' })),
      );
      expect(core.warnings).toEqual([]);
      expect(core.outputs['artifact-name']).toBe(`orchestrator-rg-job-build-${leg}-attempt-1`);
    }
    const arts = gh.results.artifacts.filter(
      (a) => a.name.startsWith('orchestrator-rg-job-build-') && gh.results.runOf(a)?.runId === '830',
    );
    expect(arts.map((a) => a.name).sort()).toEqual([
      'orchestrator-rg-job-build-linux-attempt-1',
      'orchestrator-rg-job-build-macos-attempt-1',
    ]);
    const keys = gh.results.caches.slice(saves).map((c) => c.key);
    expect(keys).toHaveLength(2);
    expect(keys.some((k) => k.startsWith('orchestrator-rg-job@linux:'))).toBe(true);
    expect(keys.some((k) => k.startsWith('orchestrator-rg-job@macos:'))).toBe(true);
    expect(gh.rest.comments.find((c) => c.id === 1)!.body).toBe('<!-- orchestrator-action:rg-job:linux -->\nmine');
    const comments = gh.rest.comments.filter((c) => c.issue === 31 && c.id !== 1);
    expect(comments.map((c) => c.body.split('\n')[0]).sort()).toEqual([
      '<!-- orchestrator-action:rg-job:linux -->',
      '<!-- orchestrator-action:rg-job:macos -->',
    ]);
    expect(comments.every((c) => c.user?.login === ACTIONS_BOT && c.body.includes('sha=a1b2c3d4e5f6'))).toBe(true);
  });
});

describe('the tail always runs', () => {
  it('an engine error (a missing API key) still leaves a summary, outputs and an artifact, then fails', async () => {
    freshWorkspace();
    const core = new FakeCore(inputs({ spec: 'ci/keyed.yaml', cache: 'false' }));
    await run(await services(core, env('840', 1)));
    expect(core.failed).toHaveLength(1);
    expect(core.failed[0]).toMatch(/RG_MISSING_KEY/);
    expect(core.summary).toMatch(/orchestrator: `keyed-job` failed/);
    expect(core.summary).toMatch(/The run stopped early: .*RG_MISSING_KEY/);
    expect(core.outputs.status).toBe('failed');
    expect(core.outputs['job-id']).toMatch(/^keyed-job-/);
    expect(core.outputs['artifact-name']).toBe('orchestrator-keyed-job-build-attempt-1');
    expect(gh.results.artifacts.some((a) => a.name === 'orchestrator-keyed-job-build-attempt-1' && a.finalized)).toBe(
      true,
    );
    expect(JSON.parse(core.outputs['failed-steps'])).toEqual([]);
  });

  it('a spec that does not load: the summary says the run did not start, and why', async () => {
    freshWorkspace();
    writeFileSync(join(workspace, 'ci', 'broken.yaml'), 'version: 2\nname: broken\nsteps: {}\n');
    const core = new FakeCore(inputs({ spec: 'ci/broken.yaml', cache: 'false' }));
    await run(await services(core, env('850', 1)));
    expect(core.summary).toMatch(/did not start/);
    expect(core.summary).toMatch(/E_SPEC/);
    expect(core.outputs.status).toBe('failed');
    expect(core.outputs['job-id']).toBe('');
    expect(core.failed).toHaveLength(1);
  });
});

describe('outputs', () => {
  it('steps, result (the only sink step by default, or result-step) and cache-misses with the cache off', async () => {
    freshWorkspace();
    const core = new FakeCore(inputs({ cache: 'false', 'result-step': 'build' }));
    await run(await services(core, env('860', 1)));
    expect(core.outputs.result).toBe('built it');
    // The cache is off: every step that ran is a miss (2.0 said 0).
    expect(core.outputs['cache-misses']).toBe('3');
    expect(core.outputs['cache-hits']).toBe('0');
    const steps = JSON.parse(core.outputs.steps) as Record<
      string,
      { status: string; cache: string; outputs: string[] }
    >;
    expect(Object.keys(steps).sort()).toEqual(['build', 'gate', 'plan']);
    expect(steps.plan).toMatchObject({ status: 'succeeded', cache: 'off' });
    expect(readFileSync(steps.plan.outputs[0], 'utf8')).toBe('1. write build.md');
  });

  it('result is cut at 64 KiB and marked', async () => {
    freshWorkspace();
    const big = 'é'.repeat(50_000);
    writeFileSync(join(workspace, 'ci', 'responses.yaml'), `plan: "${big}"\nbuild: "${big}"\n`);
    const core = new FakeCore(inputs({ cache: 'false', 'result-step': 'plan' }));
    await run(await services(core, env('870', 1)));
    const r = core.outputs.result;
    expect(Buffer.byteLength(r)).toBeLessThanOrEqual(64 * 1024);
    expect(r).toMatch(/\[result cut: 100000 bytes in all/);
    expect(r).not.toContain('\uFFFD');
  });
});
