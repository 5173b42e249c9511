/**
 * The matrix's plan job loads the spec with the job's inputs, as every leg does: a fan-out over an
 * input list is split per instance in the plan, and a job with a required input plans at all.
 */
import { parseInputs } from '../../src/action/inputs.js';
import { planMatrixOutput } from '../../src/action/shards.js';
import { Workspace } from '../helpers/workspace.js';
import { FakeCore } from './fake-core.js';

const spec = `version: 2
name: pi
inputs:
  files: { required: true }
defaults: { provider: r }
providers:
  r: { type: replay, responses: r.yaml }
steps:
  review:
    for_each: "{{ inputs.files }}"
    prompt: "Review {{ item }}"
    outputs: [{ path: "r/{{ item }}.md" }]
`;

it('plan-shards splits an input-listed fan-out over the legs when given the job inputs', async () => {
  const ws = new Workspace({ 'job.yaml': spec, 'r.yaml': 'review: ok\n' });
  try {
    const core = new FakeCore();
    const inputs = parseInputs(
      (n) => ({ spec: 'job.yaml', 'plan-shards': '2', inputs: '{"files": ["a", "b", "c", "d"]}' })[n] ?? '',
    );
    await planMatrixOutput(core, inputs, ws.dir);
    const matrix = JSON.parse(core.outputs.matrix!) as { include: Array<{ shard: string; steps: string }> };
    expect(matrix.include).toHaveLength(2);
    expect(matrix.include.flatMap((e) => e.steps.split(',')).sort()).toEqual([
      'review[a]',
      'review[b]',
      'review[c]',
      'review[d]',
    ]);
  } finally {
    ws.cleanup();
  }
});
