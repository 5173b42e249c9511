/**
 * examples/summary-gate offline through the real CLI, as the README's "Gates" section walks
 * through it: 8 samples, each graded by a judge and a ROUGE-L similarity check, then one more at a
 * time until the Wilson interval (90 %) clears 60 %.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsYaml from 'js-yaml';
import type { OrchestratorEvent } from '../../src/events/types.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { cliProcess, REPO } from '../helpers/workspace.js';

const ENV = { OPENAI_API_KEY: undefined, ANTHROPIC_API_KEY: undefined };

describe('examples/summary-gate offline', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'orch-summary-gate-'));
    cpSync(join(REPO, 'examples', 'summary-gate'), join(dir, 'ex'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const events = (id: string): OrchestratorEvent[] =>
    readFileSync(join(dir, 'runs', id, 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as OrchestratorEvent);

  it('validates', () => {
    const res = cliProcess(['validate', '--spec', 'ex/job.yaml'], { cwd: dir, env: ENV });
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
  });

  it('draws 8 samples, 4 more while undecided, and passes: 10/12 (83%, 90% CI 60-94%)', () => {
    const res = cliProcess(['run', '--spec', 'ex/job.yaml', '--job-id', 'one', '--quiet'], { cwd: dir, env: ENV });
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('summarize: 10/12 passed (83%, 90% CI 60-94%), pass');
    const m = JSON.parse(readFileSync(join(dir, 'runs', 'one', 'manifest.json'), 'utf8')) as Manifest;
    expect(m.steps.summarize!.samples).toMatchObject({
      drawn: 12,
      judged: 12,
      passed: 10,
      errored: 0,
      verdict: 'pass',
    });
    // Samples 3 and 8 (k mod 5 = 3) failed their checks; the output is sample 0's answer.
    const failed = events('one')
      .filter((e) => e.type === 'quality.failed' && e.step_id === 'summarize')
      .map((e) => e.data.sample);
    expect(failed.sort()).toEqual([3, 8]);
    // Every sample was graded by the judge (its own call, tagged with the sample), from judge:summarize.
    const judged = events('one').filter((e) => e.type === 'llm.request' && e.data.judge === true);
    expect(judged.map((e) => e.data.sample).sort((x, y) => Number(x) - Number(y))).toEqual(
      Array.from({ length: 12 }, (_, k) => k),
    );
    const answers = (
      jsYaml.load(readFileSync(join(dir, 'ex', 'fixtures', 'responses.yaml'), 'utf8')) as { summarize: string[] }
    ).summarize;
    expect(readFileSync(join(dir, 'runs', 'one', 'outputs', 'summary.md'), 'utf8')).toBe(answers[0]);
  });

  it('a second run is all cache hits', () => {
    const res = cliProcess(['run', '--spec', 'ex/job.yaml', '--job-id', 'two', '--quiet'], { cwd: dir, env: ENV });
    expect(res.status).toBe(0);
    expect(events('two').filter((e) => e.type === 'llm.request')).toHaveLength(0);
  });
});
