/**
 * Quality against the base branch across workflow runs: a push to the default branch keeps its
 * run (manifest with each sampled step's `samples`) in the emulated cache service through the real
 * @actions/cache; a pull request restores it and compares pass rates (docs/reference.md, "Quality
 * against the base branch"). Same loopback emulators as base-run.integration.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { syncBaseRun } from '../../src/action/base-run.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { makeManifest } from '../report/manifest-fixture.js';
import { FakeCore } from './fake-core.js';

const gh = useActionEmulators('orch-pr-quality-', {
  ghs_t_123456: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const { root } = gh;

beforeAll(() => mkdirSync(join(root, 'tmp'), { recursive: true }));

function sampled(rates: Record<string, [number, number]>): Manifest {
  const m = makeManifest(Object.keys(rates).map((id) => ({ id })));
  for (const [id, [passed, judged]] of Object.entries(rates)) {
    (m.steps[id] as unknown as { samples: unknown }).samples = {
      drawn: judged,
      judged,
      passed,
      errored: 0,
      pass_rate: passed / judged,
      ci_low: 0,
      ci_high: 1,
      verdict: 'pass',
      confidence: 0.95,
    };
  }
  return m;
}

describe('quality against the base branch, across runs', () => {
  const pushEvent = join(root, 'push.json');
  const prEvent = join(root, 'pr.json');

  async function sync(runId: string, manifest: Manifest, extra: Record<string, string>) {
    const core = new FakeCore({});
    // @actions/cache runs tar in the workspace.
    gh.freshWorkspace({});
    const env = gh.runnerEnv(runId, 1, { ...gh.results.env(`run-${runId}`, 'job-1'), ...extra });
    const svc = await gh.services(core, env);
    const outputsDir = join(root, `outputs-${runId}`);
    mkdirSync(outputsDir, { recursive: true });
    return syncBaseRun({
      cache: svc.cache,
      cacheAvailable: true,
      core,
      env,
      prefix: '',
      jobName: 'quality-job',
      runId,
      attempt: 1,
      tempDir: join(root, 'tmp'),
      manifest,
      outputsDir,
      redact: (t) => t,
    });
  }

  it('a pull request before any base run has no base for its sampled steps', async () => {
    writeFileSync(
      prEvent,
      JSON.stringify({ pull_request: { number: 4, base: { ref: 'main' }, head: { sha: 'c'.repeat(40) } } }),
    );
    const got = await sync('800', sampled({ summary: [12, 20] }), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_BASE_REF: 'main',
    });
    expect(got.quality).toEqual({
      summary: { here: { passed: 12, judged: 20 }, base: null, p: null, verdict: 'no base' },
    });
  });

  it('compares with the pass rates the default branch kept: a significant drop regresses, noise does not', async () => {
    writeFileSync(pushEvent, JSON.stringify({ repository: { default_branch: 'main' } }));
    const saved = await sync('801', sampled({ summary: [19, 20], title: [19, 20] }), {
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: pushEvent,
      GITHUB_REF_NAME: 'main',
    });
    expect(saved.quality).toBeUndefined();
    expect(gh.results.caches.some((c) => c.key.startsWith('orchestrator-base-quality-job:main:801-1'))).toBe(true);

    const got = await sync('802', sampled({ summary: [12, 20], title: [17, 20] }), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_BASE_REF: 'main',
    });
    expect(got.quality!.summary).toEqual({
      here: { passed: 12, judged: 20 },
      base: { passed: 19, judged: 20 },
      p: expect.closeTo(0.0197, 4),
      verdict: 'regressed',
    });
    expect(got.quality!.title).toMatchObject({ base: { passed: 19, judged: 20 }, verdict: 'no significant change' });
  });

  it('a pull request into a branch with no kept run has no base', async () => {
    writeFileSync(
      prEvent,
      JSON.stringify({ pull_request: { number: 5, base: { ref: 'release' }, head: { sha: 'e'.repeat(40) } } }),
    );
    const got = await sync('803', sampled({ summary: [12, 20] }), {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_BASE_REF: 'release',
    });
    expect(got.quality!.summary.verdict).toBe('no base');
  });

  it('the action sets output quality on every run: {} when no step is sampled', async () => {
    writeFileSync(
      prEvent,
      JSON.stringify({ pull_request: { number: 6, base: { ref: 'main' }, head: { sha: 'c'.repeat(40) } } }),
    );
    gh.freshWorkspace({
      'ci/job.yaml':
        'version: 2\nname: plain-job\nproviders:\n  offline: { type: replay, responses: responses.yaml }\ndefaults: { provider: offline }\nsteps:\n  a:\n    prompt: Say hi\n',
      'ci/responses.yaml': 'a: "hi"\n',
    });
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t_123456', 'upload-artifact': 'never' });
    const env = gh.runnerEnv('804', 1, {
      ...gh.results.env('run-804', 'job-1'),
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: prEvent,
      GITHUB_BASE_REF: 'main',
    });
    await run(await gh.services(core, env));
    expect(core.failed).toEqual([]);
    expect(JSON.parse(String(core.outputs.quality))).toEqual({});
  });
});
