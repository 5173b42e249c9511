import { loadSpecFromString } from '../../src/jobspec/load.js';
import { SpecError } from '../../src/util/errors.js';
import { cleanup, tempProject } from './helpers.js';

afterAll(cleanup);

function bigSpec(n: number, extra = ''): string {
  const lines = [
    'version: 2',
    'name: big',
    'inputs: { task: t }',
    'providers:',
    '  p: { type: replay, responses: r.yaml }',
    'defaults: { provider: p }',
    'steps:',
  ];
  for (let i = 0; i < n; i++) {
    const needs = i === 0 ? '' : i % 10 === 0 ? `s${i - 1}, s${i - 10}` : `s${i - 1}`;
    lines.push(
      `  s${i}:`,
      `    needs: [${needs}]`,
      `    prompt: "{{ inputs.task }} {{ steps.s${Math.max(0, i - 3)}.output }}"`.replace(
        ' {{ steps.s0.output }}',
        i === 0 ? '' : ' {{ steps.s0.output }}',
      ),
      `    outputs: [{ path: out/s${i}.md }]`,
    );
  }
  return lines.join('\n') + '\n' + extra;
}

describe('large specs', () => {
  it('loads a 10,000-step spec with transitive template references in reasonable time', async () => {
    const t0 = performance.now();
    const loaded = await loadSpecFromString(bigSpec(10_000), 'job.yaml', tempProject({}));
    expect(Object.keys(loaded.spec.steps)).toHaveLength(10_000);
    expect(performance.now() - t0).toBeLessThan(15_000);
  });

  it('reports a problem at the end of a 2,000-step spec with its line', async () => {
    const text = bigSpec(2_000, '  bad:\n    needs: [s1999, s0]\n    prompt: "{{ steps.nope.output }}"\n');
    const err = await loadSpecFromString(text, 'job.yaml', tempProject({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SpecError);
    const issues = (err as SpecError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]!.line).toBe(text.split('\n').length - 1);
  });
});
