/**
 * Sampled steps in every report (docs/reference.md, "Samples and gates"): the job summary, the PR
 * comment, the terminal summary (`run`, `show`), `plan` and `plan --cost` show
 * `17/20 passed (85%, 95% CI 64-95%), pass`, errored samples apart.
 */
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';
import { renderRunSummary } from '../../src/cli/commands/show.js';
import { paintFor } from '../../src/cli/terminal.js';
import { makeManifest } from './manifest-fixture.js';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { summarize } from '../../src/quality/wilson.js';

/** z at 95 %, as published. */
const Z95 = 1.959963984540054;
const plain = paintFor({ isTTY: false } as NodeJS.WriteStream, { NO_COLOR: '1' });

function sampledManifest() {
  const m = makeManifest([
    { id: 'summarize' },
    { id: 'review', needs: ['summarize'], status: 'failed', error: { code: 'E_GATE_FAILED', message: 'gate fail' } },
  ]);
  m.steps.summarize!.samples = summarize(
    { drawn: 20, judged: 20, passed: 17 },
    { min_pass_rate: 0.6, confidence: 0.95 },
    Z95,
  );
  m.steps.review!.samples = summarize(
    { drawn: 12, judged: 10, passed: 2 },
    { min_pass_rate: 0.8, confidence: 0.95 },
    Z95,
  );
  return m;
}

describe('samples in reports', () => {
  it('the job summary and the PR comment have a samples table with the exact line', () => {
    const m = sampledManifest();
    for (const text of [renderSummary(m, []), renderComment(m, [])]) {
      expect(text).toContain('| `summarize` | >= 60% | 17/20 passed (85%, 95% CI 64-95%), pass |');
      expect(text).toContain('2/10 passed (20%, 95% CI 6-51%), fail, 2 errored');
      // Failing verdicts first.
      expect(text.indexOf('`review` | >= 80%')).toBeLessThan(text.indexOf('`summarize` | >= 60%'));
    }
  });

  it('the terminal summary (run, show) lists each sampled step', () => {
    const text = renderRunSummary(sampledManifest(), plain);
    expect(text).toContain(
      'samples:\n  summarize: 17/20 passed (85%, 95% CI 64-95%), pass\n  review: 2/10 passed (20%, 95% CI 6-51%), fail, 2 errored',
    );
  });

  it('nothing is added for a run without sampled steps', () => {
    const m = makeManifest([{ id: 'a' }]);
    expect(renderSummary(m, [])).not.toContain('Samples');
    expect(renderRunSummary(m, plain)).not.toContain('samples:');
  });

  describe('through the CLI', () => {
    let ws: Workspace;
    beforeAll(() => {
      ws = new Workspace({
        'job.yaml': replaySpec(
          's',
          {
            sum: 'prompt: "Summarize"\nsamples: 4\ngate: { min_pass_rate: 0.5, max_samples: 10 }\nchecks: [{ type: contains, value: GOOD }]',
            next: 'needs: [sum]\nprompt: "Use {{ steps.sum.output }}"',
          },
          '',
        ).replace(
          'providers:\n  offline: { type: replay, responses: responses.yaml }',
          'providers:\n  offline: { type: replay, responses: responses.yaml, price: { input_per_mtok: 1, output_per_mtok: 2 } }',
        ),
        'responses.yaml': 'sum: ["GOOD a", "GOOD b", "GOOD c", "GOOD d"]\nnext: "done"\n',
      });
    });
    afterAll(() => ws.cleanup());

    it('run and show print the samples line; the progress line carries it too', async () => {
      const r = await cli(['run', '--spec', 'job.yaml', '--runs-dir', 'runs', '--job-id', 'one', '--no-cache'], {
        cwd: ws.dir,
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('  sum: 4/4 passed (100%, 95% CI 51-100%), pass');
      expect(r.stderr).toContain('4/4 passed (100%, 95% CI 51-100%), pass');
      const s = await cli(['show', 'one', '--runs-dir', 'runs'], { cwd: ws.dir });
      expect(s.stdout).toContain('  sum: 4/4 passed (100%, 95% CI 51-100%), pass');
    });

    it('plan shows the sampling; plan --cost counts N calls and max_samples as the upper bound', async () => {
      const p = await cli(['plan', '--spec', 'job.yaml'], { cwd: ws.dir });
      expect(p.stdout).toContain('sampled steps:\n  sum: 4 samples, gate >= 50% at 95% confidence, up to 10');
      const j = await cli(['plan', '--spec', 'job.yaml', '--format', 'json'], { cwd: ws.dir });
      const steps = (JSON.parse(j.stdout) as { steps: Array<{ id: string; sampling?: unknown }> }).steps;
      expect(steps.find((x) => x.id === 'sum')!.sampling).toEqual({
        samples: 4,
        gate: { min_pass_rate: 0.5, confidence: 0.95, max_samples: 10 },
      });
      expect(steps.find((x) => x.id === 'next')!.sampling).toBeUndefined();
      const c = await cli(['plan', '--spec', 'job.yaml', '--cost', '--cache-dir', 'empty-cache', '--json'], {
        cwd: ws.dir,
      });
      const plan = JSON.parse(c.stdout) as { steps: Array<Record<string, unknown>>; totals: Record<string, number> };
      const sum = plan.steps.find((x) => x.id === 'sum')!;
      expect(sum.samples).toEqual({ planned: 4, max: 10, cached: 0, calls: 4, calls_max: 10 });
      const one = ((sum.input_tokens as number) * 1 + (sum.output_tokens_est as number) * 2) / 1e6;
      expect(sum.cost_usd).toBeCloseTo(4 * one, 8);
      expect(sum.cost_usd_max).toBeCloseTo(10 * one, 8);
      expect(plan.totals.cost_usd_max).toBeGreaterThan(plan.totals.cost_usd);
      const t = await cli(['plan', '--spec', 'job.yaml', '--cost', '--cache-dir', 'empty-cache'], { cwd: ws.dir });
      expect(t.stdout).toMatch(/sum\s+offline\s+miss \(4 samples, up to 10\)/);
    });
  });
});
