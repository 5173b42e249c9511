/**
 * The action on a pull request from a fork, with a partly warm cache. The REAL @actions/cache runs
 * against the loopback results service, whose runtime tokens carry cache scopes as GitHub's do:
 * a push to main writes the `refs/heads/main` scope; the fork's PR job writes its own
 * `refs/pull/N/merge` scope and may read main's; another branch's caches are invisible to it.
 * The PR edited one prompt, so its spec hash differs: the restore key `orchestrator-JOB:` finds the
 * base branch's cache. The fork has no secret: cached steps are served at $0, the edited step is
 * skipped `needs_credentials` with its dependents, and the comment lists what a run with
 * credentials would execute. The model is a loopback OpenAI-compatible server (wire-servers.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { startWireServer, PATHS, type WireServer } from '../helpers/wire-servers.js';
import { FakeCore } from './fake-core.js';

const gh = useActionEmulators('orch-action-fork-', {
  ghs_write: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
  // A fork's pull request gets a read-only GITHUB_TOKEN.
  ghs_fork_read: { actions: 'read', 'pull-requests': 'read', contents: 'read' },
});
let model: WireServer;
beforeAll(async () => {
  model = await startWireServer();
  model.setFallback(PATHS.openaiChat, { ok: 'an answer' });
});
afterAll(() => model.close());

const spec = (buildPrompt: string) => `version: 2
name: fork-job
providers:
  live: { type: openai-compatible, base_url: ${model.origin}/v1, model: m1, api_key_env: FORK_IT_KEY }
defaults: { provider: live, retries: 0 }
steps:
  plan: { prompt: "Plan the work", outputs: [{ path: plan.md }] }
  build: { needs: [plan], prompt: "${buildPrompt} {{ steps.plan.output }}", outputs: [{ path: build.md }] }
  gate: { needs: [build], run: "test -s build.md", reads: [build.md] }
  lint: { needs: [plan], run: "test -s plan.md", reads: [plan.md] }
`;

const MAIN = [{ Scope: 'refs/heads/main', Permission: 3 }];
const KEY = 'sk-fork-it-0123456789';

function runnerEnv(
  runId: string,
  scopes: Array<{ Scope: string; Permission: number }>,
  extra: Record<string, string> = {},
) {
  return gh.runnerEnv(runId, 1, {
    ...gh.results.env(runId, 1, undefined, scopes),
    GITHUB_API_URL: gh.rest.url,
    ...extra,
  });
}

function prEvent(fork: boolean): string {
  const file = join(gh.root, `event-${fork ? 'fork' : 'branch'}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      pull_request: {
        number: 7,
        head: { sha: 'f'.repeat(40), repo: { fork, full_name: fork ? 'someone/repo' : 'octo/repo' } },
        base: { repo: { fork: false, full_name: 'octo/repo' } },
      },
    }),
  );
  return file;
}

describe('a fork pull request with a partly warm cache', () => {
  beforeAll(async () => {
    // A push to main with credentials fills main's cache.
    gh.freshWorkspace({ 'ci/job.yaml': spec('Build from') });
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_write' });
    await run(
      await gh.services(
        core,
        runnerEnv('600', MAIN, { GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_NAME: 'push', FORK_IT_KEY: KEY }),
      ),
    );
    expect([core.failed, core.outputs.status]).toEqual([[], 'succeeded']);
    // Another branch ran the PR's very spec: its cache would answer `build`, but a PR may not read it.
    gh.freshWorkspace({ 'ci/job.yaml': spec('Build it from') });
    const other = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_write' });
    await run(
      await gh.services(
        other,
        runnerEnv('601', [{ Scope: 'refs/heads/other', Permission: 3 }], {
          GITHUB_EVENT_NAME: 'push',
          FORK_IT_KEY: KEY,
        }),
      ),
    );
    expect(other.outputs.status).toBe('succeeded');
  }, 120_000);

  const forkRun = async (extraInputs: Record<string, string> = {}) => {
    gh.freshWorkspace({
      'ci/job.yaml': spec('Build it from'),
      'ci/golden/plan.md': 'an answer',
      'ci/golden/build.md': 'an answer',
    });
    gh.rest.readOnly = true;
    const calls = model.requests.length;
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_fork_read', ...extraInputs });
    try {
      await run(
        await gh.services(
          core,
          runnerEnv(
            '700',
            [{ Scope: 'refs/pull/7/merge', Permission: 3 }, ...MAIN.map((s) => ({ ...s, Permission: 1 }))],
            {
              GITHUB_EVENT_NAME: 'pull_request',
              GITHUB_EVENT_PATH: prEvent(true),
              GITHUB_REF: 'refs/pull/7/merge',
            },
          ),
        ),
      );
    } finally {
      gh.rest.readOnly = false;
    }
    return { core, calls: model.requests.length - calls };
  };

  it("restores main's cache by restore key, serves it at $0, skips what needs a call, and passes", async () => {
    const { core, calls } = await forkRun();
    expect(calls).toBe(0);
    expect(core.failed).toEqual([]);
    expect(core.outputs.status).toBe('succeeded');
    expect(core.logs.some((l) => /Cache restored from key orchestrator-fork-job:[0-9a-f]{16}:600-1/.test(l))).toBe(
      true,
    );
    expect(core.notices.map((n) => n.message).join('\n')).toMatch(
      /A pull request from a fork has no secrets and no OIDC token/,
    );
    const steps = JSON.parse(core.outputs.steps) as Record<string, { status: string; cache?: string }>;
    expect(steps.plan).toMatchObject({ status: 'succeeded', cache: 'hit' });
    expect(steps.lint!.status).toBe('succeeded');
    expect(steps.build!.status).toBe('skipped');
    expect(steps.gate!.status).toBe('skipped');
    expect(core.outputs['cost-usd']).toBe('0');
    const events = readFileSync(join(core.outputs['run-dir'], 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; step_id?: string; data: Record<string, unknown> });
    expect(events.find((e) => e.type === 'step.skipped' && e.step_id === 'gate')!.data).toEqual({
      reason: 'needs_credentials',
      upstream: 'build',
    });
    // The comment for the fork-safe second stage (the read-only token cannot post it) lists the work.
    const comment = readFileSync(join(core.outputs['run-dir'], 'pr-comment.md'), 'utf8');
    expect(comment).toContain('A run with credentials would execute:');
    expect(comment).toMatch(/- `build`\n- `gate`/);
    expect(core.summary).toContain('### Not run: no credentials');
  }, 60_000);

  it('a golden file whose step needed credentials is unmeasured, not drift: the run passes', async () => {
    const { core } = await forkRun({ golden: 'ci/golden' });
    expect(core.failed).toEqual([]);
    expect(core.outputs['golden-drift']).toBe('false');
    expect(core.summary).toContain('Golden files unmeasured (their steps needed credentials): `build.md`');
  }, 60_000);

  it('fail-on-unmeasured: true makes the same run fail', async () => {
    const { core, calls } = await forkRun({ 'fail-on-unmeasured': 'true' });
    expect(calls).toBe(0);
    expect(core.outputs.status).toBe('failed');
    expect(core.failed).toHaveLength(1);
  }, 60_000);
});
