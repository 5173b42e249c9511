import { compareQuality, qualityLine, renderPrQuality } from '../../src/report/pr-quality.js';
import { renderComment } from '../../src/report/comment.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Manifest } from '../../src/run/manifest-types.js';
import { makeManifest } from './manifest-fixture.js';

type Counts = { passed: number; judged: number; confidence?: number } | undefined;

/** A run whose steps carry the manifest's `samples` object (docs/reference.md, "Samples and gates"). */
function run(steps: Record<string, Counts>): Manifest {
  const m = makeManifest(Object.keys(steps).map((id) => ({ id })));
  for (const [id, c] of Object.entries(steps)) {
    if (!c) continue;
    const rate = c.judged ? c.passed / c.judged : null;
    (m.steps[id] as unknown as { samples: unknown }).samples = {
      drawn: c.judged,
      judged: c.judged,
      passed: c.passed,
      errored: 0,
      pass_rate: rate,
      ci_low: 0,
      ci_high: 1,
      verdict: 'pass',
      ...(c.confidence ? { confidence: c.confidence } : {}),
    };
  }
  return m;
}

describe('quality against the base branch', () => {
  it('calls a significant drop regressed and a significant rise improved, with the Fisher p', () => {
    const base = run({ summary: { passed: 19, judged: 20 }, title: { passed: 12, judged: 20 } });
    const here = run({ summary: { passed: 12, judged: 20 }, title: { passed: 19, judged: 20 } });
    const q = compareQuality(here, base);
    expect(q.summary).toEqual({
      here: { passed: 12, judged: 20 },
      base: { passed: 19, judged: 20 },
      p: expect.closeTo(0.019656, 5),
      verdict: 'regressed',
    });
    expect(q.title.verdict).toBe('improved');
    expect(qualityLine('summary', q.summary)).toBe('`summary`: 12/20 here vs 19/20 base (p = 0.02), regressed');
  });

  it('shows noise as no significant change, at the gate confidence of each step', () => {
    const base = run({ a: { passed: 19, judged: 20 }, strict: { passed: 19, judged: 20, confidence: 0.99 } });
    // 17/20 against 19/20: p = 0.6. 12/20 against 19/20 (p = 0.0197) is significant at 0.95, not at 0.99.
    const here = run({ a: { passed: 17, judged: 20 }, strict: { passed: 12, judged: 20, confidence: 0.99 } });
    const q = compareQuality(here, base);
    expect(q.a.verdict).toBe('no significant change');
    expect(q.a.p).toBeCloseTo(0.605, 3);
    expect(q.strict.verdict).toBe('no significant change');
    expect(q.strict.p).toBeLessThan(0.05);
    const md = renderPrQuality(q, '### Quality');
    expect(md).toContain('No significant change in any pass rate');
    expect(md).not.toMatch(/regressed|improved/);
  });

  it('says no base without a base run, or when the base step was not sampled or measured; unsampled steps are left out', () => {
    const here = run({
      a: { passed: 3, judged: 5 },
      b: { passed: 5, judged: 5 },
      c: { passed: 4, judged: 5 },
      plain: undefined,
    });
    expect(compareQuality(here, undefined)).toEqual({
      a: { here: { passed: 3, judged: 5 }, base: null, p: null, verdict: 'no base' },
      b: { here: { passed: 5, judged: 5 }, base: null, p: null, verdict: 'no base' },
      c: { here: { passed: 4, judged: 5 }, base: null, p: null, verdict: 'no base' },
    });
    const base = run({ a: undefined, b: { passed: 0, judged: 0 }, c: { passed: 5, judged: 5 } });
    const q = compareQuality(here, base);
    expect(q.a).toMatchObject({ base: null, p: null, verdict: 'no base' });
    expect(q.b).toMatchObject({ base: null, p: null, verdict: 'no base' });
    expect(q.c).toMatchObject({ base: { passed: 5, judged: 5 }, p: 1, verdict: 'no significant change' });
    expect(q.plain).toBeUndefined();
    expect(qualityLine('a', q.a)).toBe('`a`: 3/5 here, no base');
  });

  it('ignores a malformed samples object in a base run kept by another release', () => {
    const base = run({ a: { passed: 5, judged: 5 } });
    (base.steps.a as unknown as { samples: unknown }).samples = { passed: 7, judged: 'x' };
    expect(compareQuality(run({ a: { passed: 1, judged: 5 } }), base).a.verdict).toBe('no base');
  });

  it('puts the rates and the verdict in the PR comment and the job summary, regressions first', () => {
    const base = run({ ok: { passed: 10, judged: 10 }, summary: { passed: 19, judged: 20 } });
    const here = run({ ok: { passed: 10, judged: 10 }, summary: { passed: 12, judged: 20 } });
    const quality = compareQuality(here, base);
    for (const text of [renderComment(here, [], { quality }), renderSummary(here, [], { quality })]) {
      expect(text).toContain('Quality against the base branch');
      expect(text).toContain('1 regressed, 0 improved, 1 without a significant change');
      const lines = text.split('\n').filter((l) => l.startsWith('- '));
      expect(lines[0]).toBe('- 🔻 `summary`: 12/20 here vs 19/20 base (p = 0.02), regressed');
      expect(lines).toContain('- `ok`: 10/10 here vs 10/10 base (p = 1), no significant change');
    }
    // No sampled step: no section at all.
    expect(renderComment(run({ a: undefined }), [], { quality: {} })).not.toContain('Quality against');
  });

  it('says why there is no base in the comment', () => {
    const here = run({ a: { passed: 3, judged: 5 } });
    const text = renderComment(here, [], {
      quality: compareQuality(here, undefined),
      changesNote: 'not compared: no run of `main` kept yet',
    });
    expect(text).toContain('No base to compare pass rates with (not compared: no run of `main` kept yet).');
    expect(text).toContain('- `a`: 3/5 here, no base');
  });
});
