/**
 * The action end to end in-process, with the REAL @actions/cache, @actions/artifact and Octokit
 * against loopback emulators (Twirp results service + azurite, REST). One workspace path is wiped
 * between "attempts" to play fresh runners.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { saveCacheFolder } from '../../src/action/cache-sync.js';
import { cacheKeys } from '../../src/action/naming.js';
import { run } from '../../src/action/main.js';
import { realServices } from '../../src/action/services.js';
import { PLAN_BUILD_RESPONSES, planBuildGateSpec, useActionEmulators } from '../helpers/action-harness.js';
import { runBackendId } from '../helpers/github-emulator.js';
import { FakeCore } from './fake-core.js';

const SPEC = planBuildGateSpec(
  'it-job',
  '  unused: { type: openai, model: gpt-4o-mini, api_key_env: IT_SECRET_KEY }\n',
);

// What `permissions: { actions: read, pull-requests: write }` gives a workflow's GITHUB_TOKEN.
const gh = useActionEmulators('orch-action-it-', {
  ghs_test_token_123: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const { root, workspace } = gh;

function freshWorkspace(opts: { fail: boolean }): void {
  gh.freshWorkspace({
    'ci/job.yaml': SPEC,
    'ci/responses.yaml': PLAN_BUILD_RESPONSES,
    ...(opts.fail ? { 'ci/fail-flag': '' } : {}),
  });
}

const env = (runId: string, attempt: number, extra: Record<string, string> = {}) =>
  gh.runnerEnv(runId, attempt, {
    ...gh.results.env(runId, attempt),
    GITHUB_API_URL: gh.rest.url,
    IT_SECRET_KEY: 'sk-it-0123456789',
    ...extra,
  });
const services = gh.services;

const inputs = (extra: Record<string, string> = {}) => ({
  spec: 'ci/job.yaml',
  'github-token': 'ghs_test_token_123',
  ...extra,
});

describe('action with real @actions/cache and @actions/artifact', () => {
  let firstJobId = '';

  it('attempt 1 fails: uploads the run folder, saves the cache, annotates the failed step', async () => {
    freshWorkspace({ fail: true });
    const core = new FakeCore(inputs());
    await run(await services(core, env('100', 1)));
    expect(core.failed).toHaveLength(1);
    expect(core.failed[0]).toMatch(/job it-job failed: 1 step\(s\) failed \(gate\)/);
    expect(core.outputs.status).toBe('failed');
    expect(JSON.parse(core.outputs['failed-steps'])).toEqual(['gate']);
    expect(core.outputs['artifact-name']).toBe('orchestrator-it-job-build-attempt-1');
    expect(core.errors.map((e) => e.props?.title)).toEqual(['orchestrator: step gate failed']);
    expect(core.secrets).toEqual(expect.arrayContaining(['ghs_test_token_123', 'sk-it-0123456789']));
    expect(core.groups.some((g) => g.startsWith('✓ plan'))).toBe(true);
    expect(core.groups.some((g) => g.startsWith('✗ gate'))).toBe(true);
    expect(core.summary).toContain('orchestrator: `it-job` failed');
    expect(core.summary).toContain('```mermaid');
    const art = gh.results.artifacts.find((a) => a.name === 'orchestrator-it-job-build-attempt-1');
    expect(art?.finalized).toBe(true);
    expect(gh.results.count('FinalizeCacheEntryUpload')).toBe(1);
    expect(gh.results.caches[0].key).toMatch(/^orchestrator-it-job:[0-9a-f]{16}:100-1$/);
    firstJobId = core.outputs['job-id'];
    const runDir = core.outputs['run-dir'];
    // The HTML report is in the uploaded run folder, the summary says where, and it links the workflow run.
    expect(core.summary).toContain(
      `HTML report: \`${firstJobId}/report.html\` in the run artifact \`orchestrator-it-job-build-attempt-1\``,
    );
    const report = readFileSync(join(runDir, 'report.html'), 'utf8');
    expect(report).toContain('href="https://github.com/octo/repo/actions/runs/100/attempts/1"');
    expect(report).not.toContain('sk-it-0123456789');
    expect(readFileSync(join(runDir, 'pr-comment.md'), 'utf8').startsWith('<!-- orchestrator-action:it-job -->')).toBe(
      true,
    );
    expect(JSON.parse(readFileSync(join(runDir, 'pr-comment.json'), 'utf8'))).toMatchObject({
      job_name: 'it-job',
      pr_number: null,
      marker: '<!-- orchestrator-action:it-job -->',
    });
    expect(JSON.parse(readFileSync(join(runDir, 'github.json'), 'utf8'))).toMatchObject({
      github_job: 'build',
      instance: '',
      run_id: '100',
      job_name: 'it-job',
    });
  });

  it("attempt 2 (re-run failed jobs) resumes from attempt 1's artifact on a fresh runner", async () => {
    freshWorkspace({ fail: false });
    const core = new FakeCore(inputs());
    await run(await services(core, env('100', 2)));
    // Through the public, run-scoped API: the runtime path answers 404 for attempt 1's artifact.
    expect(gh.rest.requests).toContain('GET /repos/octo/repo/actions/runs/100/artifacts');
    expect(gh.rest.requests.some((r) => /^GET \/repos\/octo\/repo\/actions\/artifacts\/\d+\/zip$/.test(r))).toBe(true);
    expect(core.warnings).toEqual([]);
    expect(core.failed).toEqual([]);
    expect(core.outputs.status).toBe('succeeded');
    expect(core.outputs['job-id']).toBe(firstJobId);
    expect(core.outputs['artifact-name']).toBe('');
    expect(core.summary).toContain('Resumed run');
    const events = readFileSync(join(core.outputs['run-dir'], 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; step_id?: string });
    const resumedAt = events.findIndex((e) => e.type === 'job.resumed');
    expect(resumedAt).toBeGreaterThan(0);
    expect(events.slice(resumedAt).filter((e) => e.type === 'llm.request')).toEqual([]);
    expect(events.slice(resumedAt).some((e) => e.type === 'step.succeeded' && e.step_id === 'gate')).toBe(true);
  });

  it('a later run is served from the cache and saves nothing new', async () => {
    freshWorkspace({ fail: false });
    const before = gh.results.count('CreateCacheEntry');
    const core = new FakeCore(inputs());
    await run(await services(core, env('200', 1)));
    expect(core.failed).toEqual([]);
    expect(Number(core.outputs['cache-hits'])).toBeGreaterThanOrEqual(2);
    // The gate command step runs on every run (command steps are uncached unless they opt in,
    // docs/reference.md: Cache control per step): it is the one step that did work; every LLM step was served from the cache.
    expect(core.outputs['cache-misses']).toBe('1');
    expect(JSON.parse(core.outputs.steps).gate.cache).toBe('off');
    expect(gh.results.count('CreateCacheEntry')).toBe(before);
    expect(core.logs.some((l) => /Cache restored from key orchestrator-it-job:/.test(l))).toBe(true);
  });

  it('a re-run with no earlier artifact starts fresh with a notice', async () => {
    freshWorkspace({ fail: false });
    const core = new FakeCore(inputs({ cache: 'false' }));
    await run(await services(core, env('300', 2)));
    expect(core.failed).toEqual([]);
    expect(core.notices.map((n) => n.message).join('\n')).toMatch(/No run artifact from an earlier attempt/);
  });

  it('upload-artifact: always on a success, and retention days reach the service', async () => {
    freshWorkspace({ fail: false });
    const core = new FakeCore(inputs({ 'upload-artifact': 'always', 'artifact-retention-days': '3', cache: 'false' }));
    await run(await services(core, env('400', 1)));
    expect(core.outputs['artifact-name']).toBe('orchestrator-it-job-build-attempt-1');
    const art = gh.results.artifacts.find((a) => a.runBackendId === runBackendId('400', 1))!;
    const days = (Date.parse(art.expiresAt!) - Date.now()) / 86400_000;
    expect(days).toBeGreaterThan(2.9);
    expect(days).toBeLessThan(3.1);
  });
});

describe('cache save and golden', () => {
  it('skips the save, without a reserve retry storm, when the key already exists', async () => {
    env('100', 1);
    const store = new LocalCacheStore(join(workspace, '.orchestrator', 'cache'));
    await store.put({ v: 1, key: 'e'.repeat(64), step_id: 'x', text: 'y', created_at: new Date(0).toISOString() });
    const spec = readFileSync(join(workspace, 'ci', 'job.yaml'));
    const keys = cacheKeys('', 'it-job', createHash('sha256').update(spec).digest('hex'), '100', 1);
    const creates = gh.results.count('CreateCacheEntry');
    const core = new FakeCore();
    const started = Date.now();
    const real = await realServices();
    expect(await saveCacheFolder(real.cache, core, store, keys)).toBe('exists');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(gh.results.count('CreateCacheEntry')).toBe(creates);
  });

  it('golden drift fails the step, puts the diff in the summary and uploads the run', async () => {
    freshWorkspace({ fail: false });
    mkdirSync(join(workspace, 'golden'), { recursive: true });
    writeFileSync(join(workspace, 'golden', 'plan.md'), 'an older plan\n');
    const core = new FakeCore(inputs({ golden: 'golden', cache: 'false' }));
    await run(await services(core, env('700', 1)));
    expect(core.outputs.status).toBe('succeeded');
    expect(core.outputs['golden-drift']).toBe('true');
    expect(core.failed[0]).toMatch(/golden outputs drifted \(1 changed, 0 missing, 1 extra\)/);
    expect(core.summary).toContain('Golden outputs drifted');
    expect(core.summary).toContain('-an older plan');
    expect(core.outputs['artifact-name']).toBe('orchestrator-it-job-build-attempt-1');
    expect(readFileSync(core.outputs['golden-diff'], 'utf8')).toContain('+1. write build.md');
    expect(readFileSync(join(core.outputs['run-dir'], 'report.html'), 'utf8')).toContain('Golden outputs drifted');
  });
});

describe('PR comment', () => {
  const eventFile = join(root, 'event.json');

  it('is created once, then updated in place on the next push', async () => {
    writeFileSync(eventFile, JSON.stringify({ pull_request: { number: 7 } }));
    gh.rest.comments.push({ id: 1, issue: 7, body: 'unrelated' });
    for (let i = 0; i < 120; i++) gh.rest.comments.push({ id: 10 + i, issue: 7, body: `filler ${i}` }); // forces a second page
    for (const runId of ['500', '501']) {
      freshWorkspace({ fail: runId === '500' });
      const core = new FakeCore(inputs({ cache: 'false', 'upload-artifact': 'never' }));
      await run(
        await services(core, env(runId, 1, { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'pull_request' })),
      );
      expect(core.warnings).toEqual([]);
    }
    const ours = gh.rest.comments.filter((c) => c.body.includes('<!-- orchestrator-action:it-job -->'));
    expect(ours).toHaveLength(1);
    expect(ours[0].body).toContain('✅ orchestrator: `it-job` succeeded');
    expect(gh.rest.requests.filter((r) => r.startsWith('PATCH'))).toHaveLength(1);
    expect(gh.rest.requests.filter((r) => r.startsWith('POST'))).toHaveLength(1);
    expect(gh.rest.comments.find((c) => c.id === 1)?.body).toBe('unrelated');
  });

  it('a read-only token (fork PR) gives a notice, not a failure', async () => {
    gh.rest.readOnly = true;
    try {
      freshWorkspace({ fail: false });
      const core = new FakeCore(inputs({ cache: 'false', 'upload-artifact': 'never' }));
      await run(
        await services(core, env('600', 1, { GITHUB_EVENT_PATH: eventFile, GITHUB_EVENT_NAME: 'pull_request' })),
      );
      expect(core.failed).toEqual([]);
      expect(core.notices.some((n) => /PR comment skipped/.test(n.message))).toBe(true);
      expect(existsSync(join(core.outputs['run-dir'], 'pr-comment.md'))).toBe(true);
      expect(core.summary).toContain(
        'HTML report: not uploaded: no run artifact was uploaded (`upload-artifact: never`)',
      );
      expect(existsSync(join(core.outputs['run-dir'], 'report.html'))).toBe(true);
    } finally {
      gh.rest.readOnly = false;
    }
  });
});
