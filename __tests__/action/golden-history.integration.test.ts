/**
 * The golden action across several scheduled checks, with the REAL @actions/cache against the
 * loopback results service and the real Octokit against the strict REST emulator: the history
 * grows and is restored from the newest entry, the drift issue opens on drift, is left alone on
 * flaky, is commented and closed by a clean check, and a drift after the close opens a new one.
 * The trend chart is parsed by the real Mermaid 11.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import { recordGoldenHistory } from '../../src/action/golden-history.js';
import { runGoldenIssue } from '../../src/action/golden-main.js';
import { readRunContext } from '../../src/action/context.js';
import { PLAN_BUILD_RESPONSES, useActionEmulators } from '../helpers/action-harness.js';
import { mermaidBlocks, mermaid, parseMermaid } from '../report/mermaid-parse.js';
import { FakeCore } from './fake-core.js';

const SPEC = `version: 2
name: gold-job
providers:
  offline: { type: replay, responses: responses.yaml }
defaults: { provider: offline }
golden:
  dir: golden
  files:
    - { path: "**", compare: text }
steps:
  plan:
    prompt: Plan the work
    outputs: [{ path: plan.md }]
  build:
    needs: [plan]
    prompt: "Build from {{ steps.plan.output }}"
    outputs: [{ path: build.md }]
`;

const TOKEN = 'ghs_golden_token';
const gh = useActionEmulators('orch-golden-hist-', { [TOKEN]: { issues: 'write', contents: 'read' } });

beforeAll(() => {
  gh.rest.repos.add('octo/repo');
  gh.freshWorkspace({
    'ci/job.yaml': SPEC,
    'ci/responses.yaml': PLAN_BUILD_RESPONSES,
    'ci/golden/build.md': 'built it\n',
  });
});

const setGoldenPlan = (text: string) => writeFileSync(join(gh.workspace, 'ci', 'golden', 'plan.md'), text);
const env = (runId: string) =>
  gh.runnerEnv(runId, 1, {
    ...gh.results.env(runId, 1),
    GITHUB_API_URL: gh.rest.url,
    GITHUB_SHA: `${runId}`.padEnd(40, 'a'),
  });

/** What golden/action.yml does: the action step, then the issue step with its outputs. */
async function check(runId: string): Promise<{ core: FakeCore; issueCore: FakeCore }> {
  const e = env(runId);
  const core = new FakeCore({ spec: 'ci/job.yaml', golden: 'ci/golden', cache: 'false', 'github-token': TOKEN });
  await run(await gh.services(core, e));
  const issueCore = await issueStep(
    e,
    core.outputs['golden-outcome'],
    core.outputs['golden-trend'],
    core.outputs['golden-diff'],
  );
  return { core, issueCore };
}

async function issueStep(e: Record<string, string>, outcome: string, trend: string, diff = ''): Promise<FakeCore> {
  const issueCore = new FakeCore();
  const vars = {
    GOLDEN_TOKEN: TOKEN,
    GOLDEN_JOB_NAME: 'gold-job',
    GOLDEN_OUTCOME: outcome,
    GOLDEN_TREND_FILE: trend,
    GOLDEN_DIFF_FILE: diff,
    GOLDEN_LABEL: 'golden-drift',
  };
  await runGoldenIssue(await gh.services(issueCore, { ...e, ...vars }));
  expect(issueCore.failed).toEqual([]);
  return issueCore;
}

async function chartPoints(markdown: string): Promise<number[]> {
  const [chart] = mermaidBlocks(markdown);
  await parseMermaid(chart);
  const diagram = await (await mermaid()).mermaidAPI.getDiagramFromText(chart);
  const data = diagram.db.getXYChartData?.() as
    { plots: Array<{ type: string; data: Array<[string, number]> }> } | undefined;
  const line = data?.plots.find((p) => p.type === 'line');
  if (!line) throw new Error('no line plot in the trend chart');
  return line.data.map((d) => d[1]);
}

const historyKeys = () =>
  gh.results.caches.filter((c) => c.key.startsWith('orchestrator-golden-gold-job:')).map((c) => c.key);

describe('golden history and the drift issue across scheduled checks', () => {
  let firstIssue = 0;

  it('check 1 drifts: opens the issue with a one-point trend that says drift began here', async () => {
    setGoldenPlan('an older plan\n');
    const { core, issueCore } = await check('801');
    expect(core.outputs['golden-outcome']).toBe('drift');
    expect(historyKeys()).toEqual(['orchestrator-golden-gold-job:801-1']);
    const issues = gh.rest.issues.filter((i) => i.body.startsWith('<!-- orchestrator-golden:gold-job -->'));
    expect(issues).toHaveLength(1);
    firstIssue = issues[0].number;
    expect(issueCore.outputs['issue-number']).toBe(String(firstIssue));
    expect(issues[0].labels).toEqual(['golden-drift']);
    expect(await chartPoints(issues[0].body)).toEqual([50]);
    expect(issues[0].body).toContain('Drift began with this check');
    expect(core.summary).toContain('xychart-beta');
  });

  it('check 2 drifts again: the history is restored, the same issue updated, the streak starts at check 1', async () => {
    const { core } = await check('802');
    expect(historyKeys()).toEqual(['orchestrator-golden-gold-job:801-1', 'orchestrator-golden-gold-job:802-1']);
    const trend = readFileSync(core.outputs['golden-trend'], 'utf8');
    expect(await chartPoints(trend)).toEqual([50, 50]);
    const open = gh.rest.issues.filter((i) => i.state === 'open');
    expect(open.map((i) => i.number)).toEqual([firstIssue]);
    expect(open[0].body).toMatch(
      /Drift began 2 checks ago, at check 1: commit `801a+`.*\[workflow run\]\(https:\/\/github\.com\/octo\/repo\/actions\/runs\/801\)/,
    );
  });

  it('check 3 is flaky: the issue is left exactly as it is', async () => {
    const e = env('803');
    const before = JSON.stringify(gh.rest.issues);
    const comments = gh.rest.comments.length;
    const core = new FakeCore();
    const svc = await gh.services(core, e);
    const res = await recordGoldenHistory({
      svc,
      ctx: readRunContext(e),
      prefix: '',
      instance: '',
      jobName: 'gold-job',
      files: [
        { path: 'plan.md', verdict: 'flaky', compare: 'text', kind: 'changed' },
        { path: 'build.md', verdict: 'same', compare: 'text' },
      ],
      runDir: gh.root,
    });
    expect(res.outcome).toBe('flaky');
    expect(res.history).toHaveLength(3);
    const issueCore = await issueStep(e, res.outcome, res.trendFile);
    expect(issueCore.outputs['issue-number']).toBe('');
    expect(JSON.stringify(gh.rest.issues)).toBe(before);
    expect(gh.rest.comments.length).toBe(comments);
  });

  it('check 4 is clean: comments on the issue and closes it as completed', async () => {
    setGoldenPlan('1. write build.md\n');
    const { core, issueCore } = await check('804');
    expect(core.outputs['golden-outcome']).toBe('clean');
    expect(core.failed).toEqual([]);
    const issue = gh.rest.issues.find((i) => i.number === firstIssue)!;
    expect(issue.state).toBe('closed');
    expect(issue.state_reason).toBe('completed');
    expect(issueCore.outputs['issue-number']).toBe(String(firstIssue));
    const comment = gh.rest.comments.find((c) => c.issue === firstIssue)!;
    expect(comment.body).toContain('same or equivalent again');
    expect(await chartPoints(comment.body)).toEqual([50, 50, 50, 100]);
  });

  it('check 5 drifts after the close: a new issue, the streak starts at check 5', async () => {
    setGoldenPlan('yet another plan\n');
    const { core } = await check('805');
    expect(core.outputs['golden-outcome']).toBe('drift');
    const open = gh.rest.issues.filter((i) => i.state === 'open');
    expect(open).toHaveLength(1);
    expect(open[0].number).not.toBe(firstIssue);
    expect(open[0].body).toContain('Drift began with this check');
    expect(await chartPoints(open[0].body)).toEqual([50, 50, 50, 100, 50]);
    expect(historyKeys()).toHaveLength(5);
  });

  it('another instance keeps its own history and its own issue', async () => {
    const e = env('806');
    const core = new FakeCore({
      spec: 'ci/job.yaml',
      golden: 'ci/golden',
      cache: 'false',
      'github-token': TOKEN,
      instance: 'eu',
    });
    await run(await gh.services(core, e));
    expect(historyKeys()).toHaveLength(5);
    expect(gh.results.caches.some((c) => c.key === 'orchestrator-golden-gold-job-eu:806-1')).toBe(true);
    expect(await chartPoints(readFileSync(core.outputs['golden-trend'], 'utf8'))).toEqual([50]);
    const issueCore = new FakeCore();
    await runGoldenIssue(
      await gh.services(issueCore, {
        ...e,
        GOLDEN_TOKEN: TOKEN,
        GOLDEN_JOB_NAME: 'gold-job',
        GOLDEN_INSTANCE: 'eu',
        GOLDEN_OUTCOME: core.outputs['golden-outcome'],
        GOLDEN_TREND_FILE: core.outputs['golden-trend'],
      }),
    );
    expect(gh.rest.issues.filter((i) => i.state === 'open')).toHaveLength(2);
    expect(gh.rest.issues.some((i) => i.body.startsWith('<!-- orchestrator-golden:gold-job:eu -->'))).toBe(true);
  });

  it('an unknown repository is a 404 from the strict emulator, reported as a failure', async () => {
    const core = new FakeCore();
    await runGoldenIssue(
      await gh.services(core, {
        GITHUB_REPOSITORY: 'octo/nope',
        GOLDEN_TOKEN: TOKEN,
        GOLDEN_JOB_NAME: 'gold-job',
        GOLDEN_OUTCOME: 'drift',
      }),
    );
    expect(core.failed[0]).toMatch(/Not Found/);
  });
});

describe('the cache service refuses the upload', () => {
  it('a 429 on the history save is a warning: the check still decides, the old window stays', async () => {
    const e = env('900');
    const before = historyKeys().length;
    gh.results.uploadsPerMinute = 0;
    try {
      const core = new FakeCore();
      const res = await recordGoldenHistory({
        svc: await gh.services(core, e),
        ctx: readRunContext(e),
        prefix: '',
        instance: '',
        jobName: 'gold-job',
        files: [{ path: 'plan.md', verdict: 'same', compare: 'text' }],
        runDir: gh.root,
      });
      expect(res.outcome).toBe('clean');
      expect(res.history.length).toBeGreaterThan(1);
      expect(core.failed).toEqual([]);
      expect(historyKeys()).toHaveLength(before);
    } finally {
      gh.results.uploadsPerMinute = 200;
    }
  });
});
