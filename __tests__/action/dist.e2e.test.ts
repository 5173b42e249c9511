/**
 * dist/index.js run the way the runner runs it: a child `node` process, inputs as INPUT_* env,
 * outputs and summary through the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, the results service
 * on loopback. Fails, then resumes on attempt 2, then a new workflow run is served from the cache.
 * (dist/ must be current: `npm run bundle`; check-dist enforces it in CI. A missing dist/, or one
 * built before the 2.1 resume protocol, fails the first test with what to do, rather than passing
 * unseen: ORCHESTRATOR_E2E_DIST points the test at another bundle.)
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { useActionEmulators } from '../helpers/action-harness.js';

const DIST = resolve(process.env.ORCHESTRATOR_E2E_DIST ?? 'dist/index.js');
const SPEC = `version: 2
name: e2e-job
providers:
  offline: { type: replay, responses: responses.yaml }
defaults: { provider: offline }
steps:
  draft:
    prompt: Draft it
    outputs: [{ path: draft.md }]
  review:
    needs: [draft]
    prompt: "Review {{ steps.draft.output }}"
    outputs: [{ path: review.md }]
  gate:
    needs: [review]
    run: test ! -e "$ORCHESTRATOR_SPEC_DIR/fail-flag"
`;

const gh = useActionEmulators('orch-e2e-', {
  ghs_e2e_token: { actions: 'read', 'pull-requests': 'write', contents: 'read' },
});
const { root, workspace: ws } = gh;

/** GITHUB_OUTPUT's `name<<DELIM\nvalue\nDELIM` records. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]] = m[3];
  return out;
}

async function runAction(runId: string, attempt: number, fail: boolean) {
  gh.freshWorkspace({
    'job.yaml': SPEC,
    'responses.yaml': 'draft: "a draft"\nreview: "looks good"\n',
    ...(fail ? { 'fail-flag': '' } : {}),
  });
  const outFile = join(root, `out-${runId}-${attempt}`);
  const summaryFile = join(root, `summary-${runId}-${attempt}`);
  writeFileSync(outFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? root,
    ...gh.results.env(runId, attempt),
    GITHUB_API_URL: gh.rest.url,
    GITHUB_WORKSPACE: ws,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_JOB: 'e2e',
    GITHUB_REPOSITORY: 'octo/repo',
    GITHUB_OUTPUT: outFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: join(root, 'tmp'),
    INPUT_SPEC: 'job.yaml',
    'INPUT_GITHUB-TOKEN': 'ghs_e2e_token',
    INPUT_CACHE: 'true',
    'INPUT_UPLOAD-ARTIFACT': 'on-failure',
    INPUT_RESUME: 'auto',
    INPUT_COMMENT: 'auto',
    INPUT_SUMMARY: 'true',
  };
  const res = await promisify(execFile)(process.execPath, [DIST], { env, cwd: ws, maxBuffer: 32 * 1024 * 1024 })
    .then((r) => ({ code: 0, stdout: r.stdout }))
    .catch((e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
  return { ...res, outputs: parseOutputs(readFileSync(outFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

// `orchestrator.github/v1` (github.json) marks a bundle that has the 2.1 resume path.
const current = existsSync(DIST) && readFileSync(DIST, 'utf8').includes('orchestrator.github/v1');

test('the bundle under test is present and current', () => {
  if (current) return;
  const why = existsSync(DIST) ? 'predates the 2.1 action (no orchestrator.github/v1 marker)' : 'does not exist';
  throw new Error(`${DIST} ${why}: run \`npm run bundle\`, or point ORCHESTRATOR_E2E_DIST at a current bundle`);
});

// Against a stale bundle the test above fails; these would only repeat its failure less clearly.
const maybe = current ? describe : describe.skip;

maybe('node dist/index.js', () => {
  let jobId = '';
  it('attempt 1 fails: exit 1, outputs written, run uploaded, cache saved', async () => {
    const r = await runAction('9001', 1, true);
    expect(r.code).toBe(1);
    expect(r.outputs.status).toBe('failed');
    expect(r.outputs['failed-steps']).toBe('["gate"]');
    expect(r.outputs['artifact-name']).toBe('orchestrator-e2e-job-e2e-attempt-1');
    expect(r.stdout).toMatch(/^::error title=orchestrator%3A step gate failed::/m);
    expect(r.stdout).toContain('::add-mask::ghs_e2e_token');
    // the token is masked, never printed otherwise, and never written to the run folder
    expect(r.stdout.split('\n').filter((l) => l.includes('ghs_e2e_token'))).toEqual(['::add-mask::ghs_e2e_token']);
    const runDir = r.outputs['run-dir'];
    for (const f of ['manifest.json', 'events.jsonl', 'pr-comment.md'])
      expect(readFileSync(join(runDir, f), 'utf8')).not.toContain('ghs_e2e_token');
    expect(r.summary).toContain('orchestrator: `e2e-job` failed');
    expect(gh.results.artifacts.map((a) => a.name)).toContain('orchestrator-e2e-job-e2e-attempt-1');
    expect(gh.results.count('FinalizeCacheEntryUpload')).toBe(1);
    jobId = r.outputs['job-id'];
  });

  it('attempt 2 resumes the same run from the artifact and succeeds', async () => {
    const r = await runAction('9001', 2, false);
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('succeeded');
    expect(r.outputs['job-id']).toBe(jobId);
    expect(r.summary).toContain('Resumed run');
    expect(r.outputs['artifact-name']).toBe('');
  });

  it('a new workflow run is served from the cache', async () => {
    const r = await runAction('9002', 1, false);
    expect(r.code).toBe(0);
    // The two LLM steps come from the cache; the gate command step runs on every run (command
    // steps are uncached unless they opt in, docs/reference.md: Cache control per step), so it is the one miss.
    expect(Number(r.outputs['cache-hits'])).toBe(2);
    expect(r.outputs['cache-misses']).toBe('1');
    expect(JSON.parse(r.outputs.steps).gate.cache).toBe('off');
    expect(r.outputs['job-id']).not.toBe(jobId);
  });
});
