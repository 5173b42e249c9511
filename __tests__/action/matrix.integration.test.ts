/**
 * The matrix toolkit (docs/reference.md: Shards) through the action, in-process with the REAL @actions/cache
 * and @actions/artifact against the loopback emulators: a plan job (plan-shards), N shard legs
 * on fresh runners (shard, cache-export), and a finish job (cache-from) over the merged deltas
 * that calls no provider and writes the single-runner outputs. Then "Re-run failed jobs": only
 * the failed leg runs again, and it resumes from its own artifact (instance = its shard).
 * The workflow's upload/download steps are GitHub's actions; here the deltas are copied together
 * as download-artifact's merge-multiple does.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getOctokit } from '@actions/github';
import { run } from '../../src/action/main.js';
import { realServices, type ActionServices } from '../../src/action/services.js';
import { RestEmulator, startResultsService, type ResultsEmulator } from '../helpers/github-emulator.js';
import { FakeCore } from './fake-core.js';

const CHAINS = 3;
function spec(): string {
  const steps: string[] = [];
  for (let c = 0; c < CHAINS; c++) {
    steps.push(`  plan-${c}:\n    prompt: Plan part ${c}\n    outputs: [{ path: plan-${c}.md }]`);
    steps.push(
      `  build-${c}:\n    needs: [plan-${c}]\n    prompt: "Build from {{ steps.plan-${c}.output }}"\n    outputs: [{ path: build-${c}.md }]`,
    );
    steps.push(`  gate-${c}:\n    needs: [build-${c}]\n    run: test ! -e "$ORCHESTRATOR_SPEC_DIR/fail-${c}"`);
  }
  return `version: 2\nname: mx-job\nproviders:\n  offline: { type: replay, responses: responses.yaml }\ndefaults: { provider: offline }\nsteps:\n${steps.join('\n')}\n`;
}
const RESPONSES = Array.from({ length: CHAINS }, (_, c) => `plan-${c}: "plan ${c}"\nbuild-${c}: "built ${c}"`).join(
  '\n',
);

let svc: { stop(): Promise<void>; results: ResultsEmulator };
let rest: RestEmulator;
const root = mkdtempSync(join(tmpdir(), 'orch-matrix-it-'));
const savedEnv = { ...process.env };
const TOKEN = 'ghs_matrix_token_1';

/** A fresh runner: its own workspace with the spec (and a flag that fails one chain's gate). */
function runner(name: string, failChain?: number): string {
  const ws = join(root, name);
  rmSync(ws, { recursive: true, force: true });
  mkdirSync(join(ws, 'ci'), { recursive: true });
  writeFileSync(join(ws, 'ci', 'job.yaml'), spec());
  writeFileSync(join(ws, 'ci', 'responses.yaml'), RESPONSES);
  if (failChain !== undefined) writeFileSync(join(ws, 'ci', `fail-${failChain}`), '');
  return ws;
}

async function action(
  ws: string,
  job: string,
  runId: string,
  attempt: number,
  inputs: Record<string, string>,
): Promise<FakeCore> {
  const e: Record<string, string> = {
    ...svc.results.env(runId, attempt),
    GITHUB_WORKSPACE: ws,
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_JOB: job,
    GITHUB_API_URL: rest.url,
    GITHUB_REPOSITORY: 'octo/repo',
    RUNNER_TEMP: join(root, 'tmp'),
  };
  for (const k of Object.keys(process.env))
    if (k.startsWith('ACTIONS_') || k.startsWith('GITHUB_')) delete process.env[k];
  Object.assign(process.env, e);
  const core = new FakeCore({ spec: 'ci/job.yaml', 'github-token': TOKEN, comment: 'never', ...inputs });
  const real = await realServices();
  const s: ActionServices = {
    ...real,
    core,
    env: e,
    github: async (token) => getOctokit(token, { baseUrl: rest.url }),
  };
  await run(s);
  return core;
}

function llmRequests(runDir: string): number {
  return readFileSync(join(runDir, 'events.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.includes('"type":"llm.request"')).length;
}

function outputs(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

beforeAll(async () => {
  svc = await startResultsService();
  rest = await new RestEmulator().start();
  rest.results = svc.results;
  rest.grant(TOKEN, { actions: 'read', 'pull-requests': 'write', contents: 'read' });
});

afterAll(async () => {
  await svc?.stop();
  await rest?.stop();
  process.env = savedEnv;
  rmSync(root, { recursive: true, force: true });
});

describe('plan -> shards -> finish through the action', () => {
  it('three legs, a failed one re-run alone with resume, and a finish run that calls nothing', async () => {
    // The single-runner reference.
    const single = await action(runner('single'), 'single', '500', 1, {});
    expect(single.outputs.status).toBe('succeeded');
    const reference = outputs(single.outputs['outputs-dir']);

    // Plan job: only the matrix, nothing run.
    const plan = await action(runner('plan'), 'plan', '900', 1, { 'plan-shards': '3' });
    expect(plan.failed).toEqual([]);
    const matrix = JSON.parse(plan.outputs.matrix) as { include: Array<{ shard: string; steps: string }> };
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/3', '2/3', '3/3']);
    expect(plan.outputs['job-id']).toBeUndefined();

    // Attempt 1: the legs, each on a fresh runner; the leg owning gate-1 fails.
    const failingLeg = matrix.include.findIndex((e) => e.steps.split(',').includes('gate-1'));
    const legs: FakeCore[] = [];
    for (const [i, e] of matrix.include.entries()) {
      const ws = runner(`leg-${i}`, i === failingLeg ? 1 : undefined);
      const core = await action(ws, 'shards', '900', 1, { shard: e.shard, 'cache-export': 'delta' });
      legs.push(core);
      // The workflow uploads every leg's delta, failed legs included (if: always()).
      cpSync(join(ws, 'delta'), join(root, 'deltas', `attempt-1-leg-${i}`), { recursive: true });
    }
    expect(legs.map((l) => l.outputs.status)).toEqual(
      matrix.include.map((_, i) => (i === failingLeg ? 'failed' : 'succeeded')),
    );
    // Matrix legs never collide: one artifact name and one cache key per shard.
    const failed = legs[failingLeg]!;
    expect(failed.outputs['artifact-name']).toBe(`orchestrator-mx-job-shards-shard-${failingLeg + 1}-of-3-attempt-1`);
    const keys = svc.results.caches.map((c) => c.key).filter((k) => k.includes(':900-1'));
    expect(new Set(keys).size).toBe(3);
    expect(keys.every((k) => /^orchestrator-mx-job@shard-\d-of-3:/.test(k))).toBe(true);
    expect(legs.flatMap((l) => l.warnings)).toEqual([]);

    // Attempt 2 ("Re-run failed jobs"): only the failed leg, on a fresh runner (same workspace
    // path, as on GitHub, so its cache restores), resumes its run.
    const ws2 = runner(`leg-${failingLeg}`);
    const again = await action(ws2, 'shards', '900', 2, {
      shard: matrix.include[failingLeg]!.shard,
      'cache-export': 'delta',
    });
    expect(again.failed).toEqual([]);
    expect(again.outputs['job-id']).toBe(failed.outputs['job-id']);
    expect(again.summary).toContain('Resumed run');
    // Its delta still holds the steps attempt 1 finished (restored from its own cache key).
    expect(again.logs).toContain('Cache delta: 2 entries copied to delta');
    cpSync(join(ws2, 'delta'), join(root, 'deltas', `attempt-2-leg-${failingLeg}`), { recursive: true });

    // Finish: every delta of every attempt merged into one folder, then the whole job.
    const wsF = runner('finish');
    for (const d of readdirSync(join(root, 'deltas')))
      cpSync(join(root, 'deltas', d), join(wsF, 'cache-deltas'), { recursive: true, force: true });
    const fin = await action(wsF, 'finish', '900', 2, { 'cache-from': 'cache-deltas' });
    expect(fin.failed).toEqual([]);
    // Every LLM step is a hit (command steps may run again where commands are not cached).
    const m = JSON.parse(readFileSync(join(fin.outputs['run-dir'], 'manifest.json'), 'utf8')) as {
      steps: Record<string, { cache: string; status: string }>;
    };
    const llm = Object.entries(m.steps).filter(([id]) => !id.startsWith('gate-'));
    expect(llm.map(([id, s]) => [id, s.cache])).toEqual(llm.map(([id]) => [id, 'hit']));
    expect(Number(fin.outputs['cache-hits'])).toBeGreaterThanOrEqual(2 * CHAINS);
    expect(llmRequests(fin.outputs['run-dir'])).toBe(0);
    expect(outputs(fin.outputs['outputs-dir'])).toEqual(reference);
    expect(fin.summary).toMatch(/cache entr(y|ies) merged in from `cache-deltas`/);
    expect(existsSync(join(wsF, 'cache-deltas'))).toBe(true);
  }, 120_000);

  it('more shards than steps: the matrix lists only shards with steps, and an empty leg succeeds without a run', async () => {
    const plan = await action(runner('wide'), 'plan', '902', 1, { 'plan-shards': '12' });
    const matrix = JSON.parse(plan.outputs.matrix) as { include: Array<{ shard: string; steps: string }> };
    expect(matrix.include.length).toBeLessThanOrEqual(3 * CHAINS);
    expect(matrix.include.every((e) => e.steps.length > 0)).toBe(true);
    const listed = new Set(matrix.include.map((e) => e.shard));
    const empty = Array.from({ length: 12 }, (_, k) => `${k + 1}/12`).find((k) => !listed.has(k))!;
    const leg = await action(runner('wide'), 'shards', '902', 1, { shard: empty, 'cache-export': 'delta' });
    expect(leg.failed).toEqual([]);
    expect(leg.outputs.status).toBe('succeeded');
    expect(leg.outputs['job-id']).toBeUndefined();
  });

  it('rejects a malformed shard and shard with plan-shards', async () => {
    const a = await action(runner('bad'), 'shards', '901', 1, { shard: '4/3' });
    expect(a.failed[0]).toMatch(/input "shard" must be K\/N/);
    const b = await action(runner('bad'), 'shards', '901', 1, { shard: '1/3', 'plan-shards': '3' });
    expect(b.failed[0]).toMatch(/exclude each other/);
  });
});
