/**
 * The action's `inputs` and `input-files` (docs/reference.md: Inputs from outside), driven in-process with
 * a recording core and no cache, artifact or GitHub service (they are switched off by inputs).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/action/main.js';
import type { ActionServices } from '../../src/action/services.js';
import { actionInputValues } from '../../src/jobspec/inputs.js';
import { FakeCore } from './fake-core.js';

const SPEC = `version: 2
name: triage
providers:
  offline: { type: replay, responses: responses.yaml }
defaults: { provider: offline }
inputs:
  title: { required: true }
  body: { required: true }
  labels: bug, feature
steps:
  triage:
    prompt: "Title: {{ inputs.title }}\\nBody: {{ inputs.body }}\\nLabels: {{ inputs.labels }}"
    outputs: [{ path: triage.md }]
`;

describe('action inputs `inputs` and `input-files`', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'orch-action-inputs-'));
    mkdirSync(join(ws, 'ci'));
    writeFileSync(join(ws, 'ci', 'job.yaml'), SPEC);
    writeFileSync(join(ws, 'ci', 'responses.yaml'), 'triage: "label: bug"\n');
    writeFileSync(join(ws, 'body.md'), 'It crashes when\n```\nrm -rf /\n```\n');
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
      GITHUB_JOB: 'triage',
      GITHUB_REPOSITORY: 'o/r',
      RUNNER_TEMP: join(ws, 'tmp'),
    },
  });
  const base = {
    spec: 'ci/job.yaml',
    cache: 'false',
    'upload-artifact': 'never',
    comment: 'never',
    summary: 'false',
    'github-token': '',
  };

  it('a JSON mapping (as toJSON writes it) and a file reach the prompt', async () => {
    // What `inputs: '{"title": ${{ toJSON(github.event.issue.title) }}}'` becomes for a hostile title.
    const title = 'Crash "quoted" ${{ secrets.X }} $(id)\nsecond line';
    const core = new FakeCore({ ...base, inputs: JSON.stringify({ title }), 'input-files': 'body: body.md' });
    await run(services(core));
    expect(core.failed).toEqual([]);
    expect(core.outputs.status).toBe('succeeded');
    const log = readFileSync(join(core.outputs['run-dir'], 'logs', 'triage.log'), 'utf8');
    expect(log).toContain(`Title: ${title}\nBody: It crashes when\n\`\`\`\nrm -rf /\n\`\`\`\n\nLabels: bug, feature`);
  });

  it('a YAML mapping works too; an undeclared name fails the step with a did-you-mean', async () => {
    const ok = new FakeCore({ ...base, inputs: 'title: t\nbody: b\nlabels: x' });
    await run(services(ok));
    expect(ok.failed).toEqual([]);
    const bad = new FakeCore({ ...base, inputs: 'title: t\nbdy: b' });
    await run(services(bad));
    expect(bad.failed).toHaveLength(1);
    expect(bad.failed[0]).toContain('the spec declares no input "bdy"');
    expect(bad.failed[0]).toContain('did you mean "body"?');
  });

  it('a required input left out fails the step, saying how to pass it in the action', async () => {
    const core = new FakeCore({ ...base, inputs: '{"title": "t"}' });
    await run(services(core));
    expect(core.failed).toHaveLength(1);
    expect(core.failed[0]).toContain('required input "body" has no value');
    expect(core.failed[0]).toContain('input-files');
  });

  it('parses the mappings strictly', () => {
    expect(actionInputValues('', '', ws)).toEqual({});
    expect(actionInputValues('{"n": 5, "list": ["a", "b"]}', '', ws)).toEqual({ n: '5', list: '["a","b"]' });
    expect(() => actionInputValues('- a\n- b', '', ws)).toThrow(/must be a mapping/);
    expect(() => actionInputValues('a: 1', 'a: body.md', ws)).toThrow(/both `inputs` and `input-files`/);
    expect(() => actionInputValues('', 'x: missing.md', ws)).toThrow(/cannot read missing\.md: no such file/);
  });
});
