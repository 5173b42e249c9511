/**
 * "What this PR changed" end to end: a push to the default branch keeps its run in the (emulated)
 * cache service through the real @actions/cache; a pull request restores it and its comment says
 * what changed. Same loopback emulators as main.integration.test.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { FakeCore } from './fake-core.js';

const SPEC = `version: 2
name: pr-job
providers:
  offline: { type: replay, responses: responses.yaml }
defaults: { provider: offline }
steps:
  plan:
    prompt: Plan the work PROMPT_VERSION
    outputs: [{ path: plan.md }]
  docs:
    prompt: Write docs
    outputs: [{ path: docs.md }]
`;

// The REST emulator refuses tokens it was not told about, as GitHub does.
const gh = useActionEmulators('orch-base-run-', {
  ghs_t_123456: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const { root } = gh;

function freshWorkspace(promptVersion: string, planAnswer: string): void {
  gh.freshWorkspace({
    'ci/job.yaml': SPEC.replace('PROMPT_VERSION', promptVersion),
    'ci/responses.yaml': `plan: ${JSON.stringify(planAnswer)}\ndocs: "the docs"\n`,
  });
}

const env = (runId: string, extra: Record<string, string>) =>
  gh.runnerEnv(runId, 1, { ...gh.results.env(`run-${runId}`, 'job-1'), ...extra });
const services = gh.services;

beforeAll(() => mkdirSync(join(root, 'tmp'), { recursive: true }));

describe('what this PR changed, across runs', () => {
  const pushEvent = join(root, 'push.json');
  const prEvent = join(root, 'pr.json');

  it('a pull request before any base run says it could not compare', async () => {
    writeFileSync(
      prEvent,
      JSON.stringify({ pull_request: { number: 9, base: { ref: 'main' }, head: { sha: 'c'.repeat(40) } } }),
    );
    freshWorkspace('v1', '1. plan');
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t_123456', 'upload-artifact': 'never' });
    await run(
      await services(
        core,
        env('700', {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: prEvent,
          GITHUB_BASE_REF: 'main',
          GITHUB_SHA: 'd'.repeat(40),
        }),
      ),
    );
    expect(core.failed).toEqual([]);
    const body = gh.rest.comments.find((c) => c.issue === 9)!.body;
    expect(body).toMatch(/What this PR changed:\*\* not compared: no run of `main` kept yet/);
    expect(body).toContain('commit `cccccccccccc`');
  });

  it('a push to the default branch keeps its run; the PR comment then names the changed step and diffs its output', async () => {
    writeFileSync(pushEvent, JSON.stringify({ repository: { default_branch: 'main' } }));
    freshWorkspace('v1', '1. plan');
    const push = new FakeCore({ spec: 'ci/job.yaml', 'upload-artifact': 'never' });
    await run(
      await services(
        push,
        env('701', {
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: pushEvent,
          GITHUB_REF_NAME: 'main',
          GITHUB_SHA: 'a'.repeat(40),
        }),
      ),
    );
    expect(push.failed).toEqual([]);
    expect(gh.results.caches.some((c) => c.key.startsWith('orchestrator-base-pr-job:main:701-1'))).toBe(true);

    freshWorkspace('v2', '1. plan, better');
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t_123456', 'upload-artifact': 'never' });
    await run(
      await services(
        core,
        env('702', {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: prEvent,
          GITHUB_BASE_REF: 'main',
          GITHUB_SHA: 'd'.repeat(40),
        }),
      ),
    );
    expect(core.failed).toEqual([]);
    const body = gh.rest.comments.find((c) => c.issue === 9)!.body;
    expect(body).toContain('### What this PR changed');
    expect(body).toContain('`plan` (changed)');
    expect(body).not.toContain('`docs` (changed)');
    expect(body).toContain('-1. plan');
    expect(body).toContain('+1. plan, better');
    expect(body).toContain('`aaaaaaaaaaaa`');
  });

  it('the same PR run again with nothing changed says so in one line', async () => {
    freshWorkspace('v1', '1. plan');
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t_123456', 'upload-artifact': 'never' });
    await run(
      await services(
        core,
        env('703', {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: prEvent,
          GITHUB_BASE_REF: 'main',
          GITHUB_SHA: 'd'.repeat(40),
        }),
      ),
    );
    const body = gh.rest.comments.find((c) => c.issue === 9)!.body;
    expect(body).toMatch(
      /\*\*What this PR changed:\*\* nothing: every step and output is the same as on the base branch `aaaaaaaaaaaa`\./,
    );
  });
});

describe('which runs keep a base and which compare', () => {
  it('push to the default branch saves, push elsewhere does not, pull requests compare against their base', async () => {
    const { baseRunRole } = await import('../../src/action/base-run.js');
    const file = join(root, 'role.json');
    writeFileSync(file, JSON.stringify({ repository: { default_branch: 'main' } }));
    expect(
      baseRunRole({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_REF_NAME: 'main', GITHUB_SHA: 'a' }),
    ).toEqual({
      role: 'save',
      branch: 'main',
      sha: 'a',
    });
    expect(
      baseRunRole({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_REF_NAME: 'feature' }),
    ).toBeUndefined();
    expect(
      baseRunRole({ GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: file, GITHUB_REF: 'refs/tags/v1' }),
    ).toBeUndefined();
    writeFileSync(file, JSON.stringify({ pull_request: { number: 3, base: { ref: 'main' }, head: { sha: 'h' } } }));
    expect(
      baseRunRole({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: file, GITHUB_BASE_REF: 'main' }),
    ).toEqual({
      role: 'compare',
      branch: 'main',
      sha: 'h',
    });
    expect(baseRunRole({ GITHUB_EVENT_NAME: 'schedule' })).toBeUndefined();
  });
});

describe('the summary links what exists', () => {
  it('names and links the artifact once uploaded; not at all when none is', async () => {
    freshWorkspace('v1', '1. plan');
    const up = new FakeCore({ spec: 'ci/job.yaml', 'upload-artifact': 'always', comment: 'never' });
    await run(await services(up, env('800', {})));
    expect(up.summary).toMatch(
      /artifact \[`orchestrator-pr-job-build-attempt-1`\]\(https:\/\/github\.com\/octo\/repo\/actions\/runs\/800\/artifacts\/\d+\)/,
    );
    expect(up.summary).toContain('[workflow run](https://github.com/octo/repo/actions/runs/800)');
    freshWorkspace('v1', '1. plan');
    const none = new FakeCore({ spec: 'ci/job.yaml', 'upload-artifact': 'never', comment: 'never' });
    await run(await services(none, env('801', {})));
    expect(none.summary).not.toMatch(/artifact/i);
  });
});
