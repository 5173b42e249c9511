/** GitHub REST behaviour (sticky comment, comment/ sub-action, golden issue) against a loopback server with the real Octokit. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { readPendingComments, runComment } from '../../src/action/comment-main.js';
import { goldenMarker, upsertDriftIssue } from '../../src/action/golden-issue.js';
import { runGoldenIssue } from '../../src/action/golden-main.js';
import { upsertComment, writeCommentFiles } from '../../src/action/pr-comment.js';
import type { ActionServices } from '../../src/action/services.js';
import { ACTIONS_BOT, RestEmulator } from '../helpers/github-emulator.js';
import { makeManifest } from '../report/manifest-fixture.js';
import { FakeCore } from './fake-core.js';

let rest: RestEmulator;
const root = mkdtempSync(join(tmpdir(), 'orch-rest-'));

beforeAll(async () => {
  rest = await new RestEmulator().start();
  rest.grant('tok', { issues: 'write', 'pull-requests': 'write', contents: 'read' });
});
afterAll(async () => {
  await rest.stop();
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  rest.comments = [];
  rest.issues = [];
  rest.pulls.clear();
  rest.requests.length = 0;
  rest.readOnly = false;
});

const octokit = () => getOctokit('tok', { baseUrl: rest.url });
function services(core: FakeCore, env: Record<string, string>): ActionServices {
  return {
    core,
    env,
    cache: { isAvailable: () => false, restore: async () => undefined, save: async () => 0 },
    artifacts: async () => {
      throw new Error('not used');
    },
    github: async (token) => getOctokit(token, { baseUrl: rest.url }),
  };
}

describe('upsertComment', () => {
  it("never overwrites the comment of a newer run, and leaves other users' comments alone", async () => {
    const marker = '<!-- orchestrator-action:j -->';
    const target = { owner: 'o', repo: 'r', issueNumber: 4, marker };
    rest.comments.push({ id: 700, issue: 4, body: `${marker}\nhijack`, user: { login: 'mallory', type: 'User' } });
    const first = await upsertComment(octokit(), target, 'from run 20', {
      run: { runId: 20, attempt: 1, headSha: 'abcdef1' },
    });
    expect(first.action).toBe('created');
    // A slow, older run finishing later must not replace the newer run's comment.
    const stale = await upsertComment(octokit(), target, 'from run 19', { run: { runId: 19, attempt: 3 } });
    expect(stale.action).toBe('stale');
    expect(rest.comments.find((c) => c.id === first.id)!.body).toContain('from run 20');
    expect(rest.comments.find((c) => c.id === first.id)!.body).toContain('run=20 attempt=1 sha=abcdef1');
    const newer = await upsertComment(octokit(), target, 'from run 21', {
      run: { runId: 21, attempt: 1 },
      mode: 'recreate',
    });
    expect(newer.action).toBe('recreated');
    expect(rest.comments.filter((c) => c.issue === 4).map((c) => c.user?.login)).toEqual(['mallory', ACTIONS_BOT]);
    expect(rest.comments.find((c) => c.id === 700)!.body).toBe(`${marker}\nhijack`);
    // hide-old: a new comment at the bottom, the previous one minimized as outdated, not deleted.
    const hidden = await upsertComment(octokit(), target, 'from run 22', {
      run: { runId: 22, attempt: 1 },
      mode: 'hide-old',
    });
    expect(hidden.action).toBe('superseded');
    const ours = rest.comments.filter((c) => c.issue === 4 && c.user?.login === ACTIONS_BOT);
    expect(ours.map((c) => [c.body.includes('from run 21'), c.minimized ?? false])).toEqual([
      [true, true],
      [false, false],
    ]);
    expect(ours[1].body).toContain('from run 22');
    // The next update finds the newest of ours, not the hidden one.
    const next = await upsertComment(octokit(), target, 'from run 23', { run: { runId: 23, attempt: 1 } });
    expect(next).toMatchObject({ action: 'updated', id: ours[1].id });
  });

  it('finds its marker on a later page and updates that comment only', async () => {
    for (let i = 0; i < 150; i++) rest.comments.push({ id: i + 1, issue: 3, body: `other ${i}` });
    const bot = { login: ACTIONS_BOT, type: 'Bot' };
    rest.comments.push({ id: 500, issue: 3, body: '<!-- orchestrator-action:a -->\nold', user: bot });
    rest.comments.push({ id: 501, issue: 3, body: '<!-- orchestrator-action:ab -->\nother job', user: bot });
    // Someone else quoting our marker: never edited (2.0 edited it, or reported a 403 as a read-only token).
    rest.comments.push({
      id: 502,
      issue: 3,
      body: '<!-- orchestrator-action:ab -->\nI copied your marker',
      user: { login: 'mallory', type: 'User' },
    });
    const res = await upsertComment(
      octokit(),
      { owner: 'o', repo: 'r', issueNumber: 3, marker: '<!-- orchestrator-action:ab -->' },
      'new body',
    );
    expect(res).toMatchObject({ action: 'updated', id: 501 });
    expect(rest.comments.find((c) => c.id === 501)!.body).toBe('<!-- orchestrator-action:ab -->\nnew body');
    expect(rest.comments.find((c) => c.id === 500)!.body).toContain('old');
    expect(rest.comments.find((c) => c.id === 502)!.body).toBe('<!-- orchestrator-action:ab -->\nI copied your marker');
    expect(rest.requests.filter((r) => r.startsWith('GET') && r.endsWith('/comments')).length).toBe(2);
  });
});

describe('comment/ sub-action', () => {
  function artifactDir(name: string, meta: Record<string, unknown>, body: string, manifestJob = meta.job_name): string {
    const dir = join(root, name, 'job-1');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'pr-comment.json'), JSON.stringify(meta));
    writeFileSync(join(dir, 'pr-comment.md'), body);
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify(makeManifest([{ id: 'a' }], { job_name: String(manifestJob), job_id: 'job-1' })),
    );
    return join(root, name);
  }

  it("re-renders the comment from the run folder's manifest (never posts the body file), then updates it", async () => {
    const dir = join(root, 'art1');
    for (const status of ['failed', 'succeeded'] as const) {
      const runDir = join(dir, 'notes-app-1');
      mkdirSync(runDir, { recursive: true });
      writeFileSync(
        join(runDir, 'manifest.json'),
        JSON.stringify(
          makeManifest([{ id: 'a', status: status === 'failed' ? 'failed' : 'succeeded' }], {
            job_name: 'notes-app',
            job_id: 'notes-app-1',
            status,
          }),
        ),
      );
      await writeCommentFiles(
        runDir,
        { job_name: 'notes-app', pr_number: 12, marker: '<!-- orchestrator-action:notes-app -->' },
        '<!-- orchestrator-action:other-job -->\n@everyone ![x](https://evil.test/pixel.png) forged body',
      );
      const core = new FakeCore({ path: dir, 'github-token': 'tok' });
      await runComment(services(core, { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: root }));
      expect(core.failed).toEqual([]);
      expect(core.outputs.posted).toBe('1');
    }
    expect(rest.comments).toHaveLength(1);
    const body = rest.comments[0].body;
    expect(body.split('\n')[0]).toBe('<!-- orchestrator-action:notes-app -->');
    expect(body).toContain('orchestrator: `notes-app` succeeded');
    expect(body).not.toContain('forged body');
    expect(body).not.toContain('other-job');
  });

  it('refuses a run folder of another job, or of another head commit than the triggering run', async () => {
    await expect(
      readPendingComments(artifactDir('art8', { job_name: 'notes-app', pr_number: 5 }, 'b', 'victim-job')),
    ).rejects.toThrow(/holds job "victim-job", not "notes-app"/);
    const dir = artifactDir('art9', { job_name: 'notes-app', pr_number: 5, head_sha: 'c'.repeat(40) }, 'b');
    await expect(readPendingComments(dir, undefined, 'd'.repeat(40))).rejects.toThrow(
      /was for commit cccccccccccc, not the triggering run's dddddddddddd/,
    );
    await expect(readPendingComments(dir, undefined, 'c'.repeat(40))).resolves.toHaveLength(1);
  });

  it('rebuilds the marker from the job name and refuses bad metadata', async () => {
    const dir = artifactDir(
      'art2',
      { job_name: 'notes-app', pr_number: 5, marker: '<!-- orchestrator-action:victim -->' },
      'hi <!-- orchestrator-action:victim -->',
    );
    const [c] = await readPendingComments(dir);
    expect(c.marker).toBe('<!-- orchestrator-action:notes-app -->');
    expect(c.body).not.toContain('victim');
    await expect(readPendingComments(artifactDir('art3', { job_name: '../x', pr_number: 5 }, 'b'))).rejects.toThrow(
      /job_name/,
    );
    await expect(readPendingComments(artifactDir('art4', { job_name: 'x', pr_number: -1 }, 'b'))).rejects.toThrow(
      /pr_number/,
    );
    expect(await readPendingComments(artifactDir('art5', { job_name: 'x', pr_number: null }, 'b'))).toEqual([]);
  });

  it('in a workflow_run, skips a PR whose head is not the triggering commit', async () => {
    const dir = artifactDir('art6', { job_name: 'x', pr_number: 9 }, 'body');
    rest.pulls.set(9, { head: { sha: 'b'.repeat(40) } });
    const event = join(root, 'wr.json');
    writeFileSync(event, JSON.stringify({ workflow_run: { head_sha: 'a'.repeat(40) } }));
    const core = new FakeCore({ path: dir, 'github-token': 'tok' });
    await runComment(services(core, { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: root, GITHUB_EVENT_PATH: event }));
    expect(rest.comments).toEqual([]);
    expect(core.warnings[0].message).toMatch(/Not commenting on #9/);
    rest.pulls.set(9, { head: { sha: 'a'.repeat(40) } });
    await runComment(
      services(new FakeCore({ path: dir, 'github-token': 'tok' }), {
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_WORKSPACE: root,
        GITHUB_EVENT_PATH: event,
      }),
    );
    expect(rest.comments).toHaveLength(1);
  });

  it('a read-only token is a notice, not a failure', async () => {
    const dir = artifactDir('art7', { job_name: 'x', pr_number: 4 }, 'body');
    rest.readOnly = true;
    const core = new FakeCore({ path: dir, 'github-token': 'tok' });
    await runComment(services(core, { GITHUB_REPOSITORY: 'o/r', GITHUB_WORKSPACE: root }));
    expect(core.failed).toEqual([]);
    expect(core.notices[0].message).toMatch(/Resource not accessible by integration/);
  });
});

describe('golden drift issue', () => {
  it('opens one issue, then updates it in place', async () => {
    rest.issues.push({ number: 1, title: 'unrelated', body: 'x', labels: ['golden-drift'], state: 'open' });
    const first = await upsertDriftIssue(octokit(), {
      owner: 'o',
      repo: 'r',
      jobName: 'notes-app',
      label: 'golden-drift',
      body: 'diff 1',
    });
    const second = await upsertDriftIssue(octokit(), {
      owner: 'o',
      repo: 'r',
      jobName: 'notes-app',
      label: 'golden-drift',
      body: 'diff 2',
    });
    expect(first.action).toBe('created');
    expect(second).toEqual({ action: 'updated', number: first.number });
    const ours = rest.issues.filter((i) => i.body.includes(goldenMarker('notes-app')));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('diff 2');
    expect(ours[0].labels).toEqual(['golden-drift']);
  });

  it('a closed drift issue is not reused: a new drift opens a new one', async () => {
    rest.issues.push({
      number: 2,
      title: 't',
      body: `${goldenMarker('j')}\nold`,
      labels: ['golden-drift'],
      state: 'closed',
    });
    const res = await upsertDriftIssue(octokit(), {
      owner: 'o',
      repo: 'r',
      jobName: 'j',
      label: 'golden-drift',
      body: 'new',
    });
    expect(res.action).toBe('created');
  });

  it('the composite step entry reads env and puts the diff in the issue', async () => {
    const diff = join(root, 'golden.diff');
    writeFileSync(diff, '--- golden/a.md\n+++ outputs/a.md\n-x\n+y\n');
    const core = new FakeCore();
    await runGoldenIssue(
      services(core, {
        GOLDEN_TOKEN: 'tok',
        GOLDEN_JOB_NAME: 'notes-app',
        GOLDEN_DIFF_FILE: diff,
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '77',
      }),
    );
    expect(core.failed).toEqual([]);
    expect(rest.issues[0].body).toContain('```diff\n--- golden/a.md');
    expect(rest.issues[0].body).toContain('/o/r/actions/runs/77');
    expect(core.outputs['issue-number']).toBe(String(rest.issues[0].number));
  });
});
