/**
 * Quality against the base branch end to end: a push to the default branch runs a sampled, gated
 * step (replay answers indexed by sample) and keeps its run; a pull request whose answers pass
 * less often gets the rates, p and verdict in its comment, summary and `quality` output
 * (docs/reference.md, "Quality against the base branch"). Needs the engine's `samples:` and `gate:`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { useActionEmulators } from '../helpers/action-harness.js';
import { FakeCore } from './fake-core.js';

const gh = useActionEmulators('orch-pr-quality-e2e-', {
  ghs_t_123456: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const { root } = gh;

/** `good` of 20 samples contain GOOD; the prompt differs per run so no run reuses another's cache. */
function workspace(version: string, good: number, noisyGood: number): void {
  const answers = (n: number) =>
    JSON.stringify(Array.from({ length: 20 }, (_, k) => (k < n ? `GOOD ${k}` : `BAD ${k}`)));
  gh.freshWorkspace({
    'ci/job.yaml': `version: 2
name: quality-e2e
providers:
  offline: { type: replay, responses: responses.yaml }
defaults: { provider: offline }
steps:
  summary:
    prompt: Summarize ${version}
    samples: 20
    gate: { min_pass_rate: 0.5 }
    checks: [{ type: contains, value: GOOD }]
  title:
    prompt: Title ${version}
    samples: 20
    gate: { min_pass_rate: 0.5 }
    checks: [{ type: contains, value: GOOD }]
`,
    'ci/responses.yaml': `summary: ${answers(good)}\ntitle: ${answers(noisyGood)}\n`,
  });
}

const env = (runId: string, extra: Record<string, string>) =>
  gh.runnerEnv(runId, 1, { ...gh.results.env(`run-${runId}`, 'job-1'), ...extra });

beforeAll(() => mkdirSync(join(root, 'tmp'), { recursive: true }));

describe('quality against the base branch, a sampled job end to end', () => {
  it('a pull request whose pass rate dropped significantly is regressed; a small drop is no significant change', async () => {
    const pushEvent = join(root, 'push.json');
    const prEvent = join(root, 'pr.json');
    writeFileSync(pushEvent, JSON.stringify({ repository: { default_branch: 'main' } }));
    writeFileSync(
      prEvent,
      JSON.stringify({ pull_request: { number: 12, base: { ref: 'main' }, head: { sha: 'c'.repeat(40) } } }),
    );

    workspace('v1', 19, 19);
    const push = new FakeCore({ spec: 'ci/job.yaml', 'upload-artifact': 'never' });
    await run(
      await gh.services(
        push,
        env('900', {
          GITHUB_EVENT_NAME: 'push',
          GITHUB_EVENT_PATH: pushEvent,
          GITHUB_REF_NAME: 'main',
          GITHUB_SHA: 'a'.repeat(40),
        }),
      ),
    );
    expect(push.failed).toEqual([]);
    expect(JSON.parse(String(push.outputs.quality))).toEqual({});

    workspace('v2', 12, 17);
    const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': 'ghs_t_123456', 'upload-artifact': 'never' });
    await run(
      await gh.services(
        core,
        env('901', {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: prEvent,
          GITHUB_BASE_REF: 'main',
          GITHUB_SHA: 'd'.repeat(40),
        }),
      ),
    );
    expect(core.failed).toEqual([]);
    const quality = JSON.parse(String(core.outputs.quality));
    expect(quality.summary).toEqual({
      here: { passed: 12, judged: 20 },
      base: { passed: 19, judged: 20 },
      p: expect.closeTo(0.0197, 4),
      verdict: 'regressed',
    });
    expect(quality.title).toMatchObject({
      here: { passed: 17, judged: 20 },
      base: { passed: 19, judged: 20 },
      verdict: 'no significant change',
    });

    const body = gh.rest.comments.find((c) => c.issue === 12)!.body;
    expect(body).toContain('`summary`: 12/20 here vs 19/20 base (p = 0.02), regressed');
    expect(body).toContain('`title`: 17/20 here vs 19/20 base (p = 0.6), no significant change');
    expect(core.summary).toContain('`summary`: 12/20 here vs 19/20 base (p = 0.02), regressed');
  });
});
