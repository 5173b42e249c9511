/**
 * The action's `plan-cost` input: the cost plan goes into the job summary before
 * the run, with hits predicted from the restored cache folder, and a failure to estimate never
 * fails the job. Driven in-process with a recording core; cache, artifacts and GitHub are off.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import type { ActionServices } from '../../src/action/services.js';
import { FakeCore } from './fake-core.js';

const SPEC = `version: 2
name: costly
providers:
  offline: { type: replay, responses: responses.yaml, price: { input_per_mtok: 3, output_per_mtok: 15 } }
defaults: { provider: offline }
steps:
  plan:
    prompt: Plan a notes service with a REST API and tests
    outputs: [{ path: plan.md }]
  build:
    needs: [plan]
    prompt: "Build it: {{ steps.plan.output }}"
    outputs: [{ path: build.md }]
`;

describe('action input plan-cost', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'orch-plan-cost-'));
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci', 'job.yaml'), SPEC);
    writeFileSync(join(ws, 'ci', 'responses.yaml'), 'plan: "1. API\\n2. tests"\nbuild: "done"\n');
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  const services = (core: FakeCore): ActionServices => ({
    core,
    cache: { isAvailable: () => false, restore: async () => undefined, save: async () => 0 },
    artifacts: async () => {
      throw new Error('no artifacts in this test');
    },
    github: async () => {
      throw new Error('no GitHub in this test');
    },
    env: {
      GITHUB_WORKSPACE: ws,
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'cost',
      GITHUB_REPOSITORY: 'o/r',
      RUNNER_TEMP: join(ws, 'tmp'),
    },
  });
  const base = { spec: 'ci/job.yaml', 'upload-artifact': 'never', comment: 'never', 'github-token': '' };

  it('writes the plan before the run: both steps miss on a cold cache, then the first hits on the next run', async () => {
    const cold = new FakeCore({ ...base, 'plan-cost': 'true' });
    await run(services(cold));
    expect(cold.failed).toEqual([]);
    const planAt = cold.summary.indexOf('### 💰 Cost plan (before the run): 2 calls');
    expect(planAt).toBeGreaterThanOrEqual(0);
    // Before the run's own report, in an inert code block.
    expect(planAt).toBeLessThan(cold.summary.indexOf('### Steps'));
    expect(cold.summary).toMatch(/```text\ncost plan for job costly/);
    expect(cold.summary).toMatch(/\nplan +offline +miss/);

    // The cache folder is the one the engine filled: the same plan now predicts two hits.
    const warm = new FakeCore({ ...base, 'plan-cost': 'true' });
    await run(services(warm));
    expect(warm.summary).toContain('### 💰 Cost plan (before the run): 0 calls, est. $0.0000');
    expect(warm.summary).toMatch(/\nplan +offline +hit/);
  });

  it('is off by default', async () => {
    const core = new FakeCore({ ...base });
    await run(services(core));
    expect(core.failed).toEqual([]);
    expect(core.summary).not.toContain('Cost plan');
  });
});
