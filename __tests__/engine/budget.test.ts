/** Budgets end a run cleanly (skipped budget_exceeded, budget.exceeded, failed) and a larger one resumes it. */
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { Workspace } from '../helpers/workspace.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderComment } from '../../src/report/comment.js';

// replay reports usage at 4 characters a token: prompt "go X" = 1 token, answer 40 chars = 10 tokens.
// At 1000 USD per Mtok each way a step costs (1 + 10) x 0.001 = $0.011.
const answer = 'x'.repeat(40);
function spec(budget: string): string {
  return `version: 2
name: b
defaults: { provider: r, concurrency: 1, retries: 0 }
providers:
  r: { type: replay, responses: r.yaml, price: { input_per_mtok: 1000, output_per_mtok: 1000 } }
${budget}
steps:
  a: { prompt: "go a", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "go b", outputs: [{ path: b.txt }] }
  c: { needs: [b], prompt: "go c", outputs: [{ path: c.txt }] }
  d: { needs: [c], prompt: "go d", outputs: [{ path: d.txt }] }
  e: { prompt: "go e", outputs: [{ path: e.txt }] }
`;
}

describe('budget', () => {
  let ws: Workspace;
  beforeEach(
    () => (ws = new Workspace({ 'r.yaml': ['a', 'b', 'c', 'd', 'e'].map((s) => `${s}: "${answer}"`).join('\n') })),
  );
  afterEach(() => ws.cleanup());

  async function run(yaml: string, more: Partial<Parameters<typeof runJob>[0]> = {}) {
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    return runJob({ loaded, runsDir: ws.path('runs'), cache: new LocalCacheStore(ws.path('cache')), ...more });
  }

  it('stops starting calls when spend reaches budget.usd; the rest is skipped budget_exceeded; a larger budget resumes', async () => {
    const first = await run(spec('budget: { usd: 0.02 }'), { jobId: 'job1' });
    expect(first.status).toBe('failed');
    const m = first.manifest;
    // Two calls ($0.022) reach the $0.02 budget; nothing after them calls the provider.
    expect(m.completed_steps).toHaveLength(2);
    expect(m.failed_steps).toEqual([]);
    expect(m.skipped_steps.sort()).toEqual(expect.arrayContaining(['c', 'd']));
    for (const id of m.skipped_steps) expect(m.steps[id]!.reason).toBe('budget_exceeded');
    expect(m.totals.cost_usd).toBeCloseTo(0.022, 9);
    const events = ws.events('job1');
    const exceeded = events.filter((e) => e.type === 'budget.exceeded');
    expect(exceeded).toHaveLength(1);
    expect(exceeded[0]!.data).toMatchObject({ limit: 'usd', budget_usd: 0.02 });
    expect(events.filter((e) => e.type === 'llm.request')).toHaveLength(2);
    expect(events.at(-1)!.type).toBe('job.failed');
    expect(events.at(-1)!.data).toMatchObject({ budget_exceeded: true });
    // The manifest's totals carry the spend against the budget; the summary and comment show it.
    expect(m.totals.budget).toEqual({ usd: 0.02, spent_usd: 0.022, spent_tokens: 22, exceeded: 'usd' });
    expect(m.prices).toEqual({ r: { input_per_mtok: 1000, output_per_mtok: 1000, source: 'spec' } });
    const summary = renderSummary(m, events);
    expect(summary).toContain('Budget: $0.0220 of $0.0200 (110 %) · **usd budget reached**');
    expect(summary).toContain("Prices (USD per Mtok, in / out): `r` 1000 / 1000 (the spec's price)");
    expect(renderComment(m, events)).toContain('Budget: $0.0220 of $0.0200 (110 %)');

    // The same budget again: nothing more is spent.
    const again = await run(spec('budget: { usd: 0.02 }'), { jobId: 'job1', resume: true });
    expect(again.status).toBe('failed');
    expect(ws.events('job1').filter((e) => e.type === 'llm.request')).toHaveLength(2);

    // A larger budget (the override wins over the spec) finishes the run; kept steps are not called again.
    const resumed = await run(spec('budget: { usd: 0.02 }'), { jobId: 'job1', resume: true, budget: { usd: 1 } });
    expect(resumed.status).toBe('succeeded');
    expect(resumed.manifest.completed_steps.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    const calls = ws
      .events('job1')
      .filter((e) => e.type === 'llm.request')
      .map((e) => e.step_id);
    expect(calls).toHaveLength(5);
    expect(new Set(calls).size).toBe(5);
    expect(ws.read('runs', 'job1', 'outputs', 'd.txt')).toBe(answer);
  });

  it('the budget is in no cache key: a run with another budget hits the cache', async () => {
    await run(spec('budget: { usd: 5 }'), { jobId: 'j1' });
    const second = await run(spec('budget: { usd: 0.001 }'), { jobId: 'j2' });
    expect(second.status).toBe('succeeded');
    expect(second.manifest.totals.cache_hits).toBe(5);
  });

  it('a token budget counts input + output tokens', async () => {
    const r = await run(spec('budget: { tokens: 30 }'), { jobId: 't1' });
    expect(r.status).toBe('failed');
    // 11 tokens a step: a, b (22) then c (33) reaches 30.
    expect(ws.events('t1').filter((e) => e.type === 'llm.request')).toHaveLength(3);
    expect(ws.events('t1').find((e) => e.type === 'budget.exceeded')!.data).toMatchObject({
      limit: 'tokens',
      budget_tokens: 30,
    });
  });
});
