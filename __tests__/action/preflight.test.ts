/**
 * The action's offline preflight (docs/reference.md, "doctor"): before the first step it checks
 * every provider as `orchestrator doctor` does without --online, and puts problems at the top of
 * the job summary. No model is called. Driven in-process with a recording core.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import type { ActionServices } from '../../src/action/services.js';
import { FakeCore } from './fake-core.js';

const SPEC = `version: 2
name: pre
providers:
  offline: { type: replay, responses: responses.yaml }
  spare: { type: openai, model: gpt-nonesuch-7, base_url: "http://127.0.0.1:9/v1" }
defaults: { provider: offline }
steps:
  plan: { prompt: "Plan it", outputs: [{ path: plan.md }] }
`;

describe('action preflight', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'orch-preflight-'));
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci', 'job.yaml'), SPEC);
    writeFileSync(join(ws, 'ci', 'responses.yaml'), 'plan: "1. API"\n');
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
      GITHUB_JOB: 'pre',
      GITHUB_REPOSITORY: 'o/r',
      RUNNER_TEMP: join(ws, 'tmp'),
    },
  });

  it('a provider without its key and an unknown model head the summary; the run still runs its steps', async () => {
    const core = new FakeCore({
      spec: 'ci/job.yaml',
      'upload-artifact': 'never',
      comment: 'never',
      'github-token': '',
    });
    await run(services(core));
    expect(core.failed).toEqual([]);
    const problem = core.summary.indexOf(
      '> ⚠️ Preflight (`orchestrator doctor`): spare (openai gpt-nonesuch-7): OPENAI_API_KEY is not set',
    );
    expect(problem).toBeGreaterThanOrEqual(0);
    expect(core.summary).toContain(
      '> Preflight warning: spare (openai gpt-nonesuch-7): gpt-nonesuch-7 unknown to @pydantic/genai-prices',
    );
    // at the top: before the run's own report
    expect(problem).toBeLessThan(core.summary.indexOf('### Steps'));
  });

  it('nothing is added when every provider is fine', async () => {
    writeFileSync(join(ws, 'ci', 'job.yaml'), SPEC.replace(/ {2}spare:.*\n/, ''));
    const core = new FakeCore({
      spec: 'ci/job.yaml',
      'upload-artifact': 'never',
      comment: 'never',
      'github-token': '',
    });
    await run(services(core));
    expect(core.summary).not.toContain('Preflight');
  });
});
