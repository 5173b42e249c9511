/**
 * A pull request's cache is seeded from its base branch. The REAL @actions/cache runs against the
 * loopback results service, whose runtime tokens carry GitHub's cache scopes (the job's ref with
 * read and write, a PR's base branch read only): a PR that edited its spec (a new spec hash, so
 * the primary key and the first restore key miss) restores the default branch's newest cache
 * through the restore key `orchestrator-JOB:` and serves every unchanged step from it; its own save
 * stays in its ref, which the default branch never reads; another branch's cache is never restored.
 */
import { useActionEmulators, PLAN_BUILD_RESPONSES, planBuildGateSpec } from '../helpers/action-harness.js';
import { run } from '../../src/action/main.js';
import { FakeCore } from './fake-core.js';

const gh = useActionEmulators('orch-action-seed-', {
  ghs_t: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const SPEC = planBuildGateSpec('seed-job');
const MAIN_RW = { Scope: 'refs/heads/main', Permission: 3 };
const MAIN_R = { Scope: 'refs/heads/main', Permission: 1 };

async function runOn(runId: string, scopes: Array<{ Scope: string; Permission: number }>, spec: string) {
  gh.freshWorkspace({ 'ci/job.yaml': spec, 'ci/responses.yaml': PLAN_BUILD_RESPONSES });
  const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t' });
  await run(
    await gh.services(
      core,
      gh.runnerEnv(runId, 1, { ...gh.results.env(runId, 1, undefined, scopes), GITHUB_API_URL: gh.rest.url }),
    ),
  );
  expect(core.failed).toEqual([]);
  return core;
}
const restored = (core: FakeCore) =>
  core.logs.find((l) => l.startsWith('Cache restored from key '))?.replace('Cache restored from key ', '');
// The PR edits one prompt: another spec hash; `plan` is unchanged, `build` has a new cache key.
const PR_SPEC = SPEC.replace('"Build from', '"Build it from');

describe('a pull request restores its base branch cache by restore key', () => {
  it('a cache saved by another branch is not restored', async () => {
    await runOn('800', [{ Scope: 'refs/heads/feature', Permission: 3 }], PR_SPEC);
    const pr = await runOn('801', [{ Scope: 'refs/pull/9/merge', Permission: 3 }, MAIN_R], PR_SPEC);
    expect(restored(pr)).toBeUndefined();
    expect(pr.outputs['cache-hits']).toBe('0');
  }, 60_000);

  it("after a push to main, the PR's first run restores main's cache and serves the unchanged step", async () => {
    await runOn('802', [MAIN_RW], SPEC);
    const pr = await runOn('803', [{ Scope: 'refs/pull/10/merge', Permission: 3 }, MAIN_R], PR_SPEC);
    expect(restored(pr)).toMatch(/^orchestrator-seed-job:[0-9a-f]{16}:802-1$/);
    expect(JSON.parse(pr.outputs.steps)).toMatchObject({ plan: { cache: 'hit' }, build: { cache: 'miss' } });
    // Its own save lands in its ref: main's next run restores main's entry, not the PR's.
    const pushes = gh.results.caches.filter((c) => c.key.endsWith(':803-1'));
    expect(pushes.map((c) => c.scope)).toEqual(['refs/pull/10/merge']);
    const main = await runOn('804', [MAIN_RW], SPEC);
    expect(restored(main)).toMatch(/:802-1$/);
  }, 90_000);
});
