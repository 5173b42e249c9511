/**
 * One plan of a run (src/engine/run-plan.ts): the run, `--dry-run` and `plan --cost` select the
 * same steps and instances, and `plan --cost` renders a step's context from what its upstream
 * steps would write, as a run does.
 */
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { planCost } from '../../src/engine/cost-plan.js';
import { dryRun } from '../../src/engine/dry-run.js';
import { planRun } from '../../src/engine/run-plan.js';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { engineWorkspacePerTest, fakeSpec } from '../helpers/engine-job.js';

describe('planRun', () => {
  const { ws } = engineWorkspacePerTest();

  const yaml = fakeSpec(`  a: { prompt: "a" }
  r:
    needs: [a]
    for_each: '["x", "y", "z"]'
    prompt: "do {{ item }}"
  c: { prompt: "c" }
`);

  it('--only STEP[KEY]: the run, the dry run and the cost plan take the same steps and instances', async () => {
    ws.write({ 'none.yaml': 'a: A\nr: R\nc: C\n' });
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    const only = ['r[y]'];
    const plan = planRun(loaded, { only });
    expect(plan.order).toEqual(['a', 'r']);
    expect(plan.unselected).toEqual(['c']);
    expect([...plan.selectedInstances!.get('r')!]).toEqual(['r[y]']);
    expect(plan.steps.get('a')!.calls).toEqual([{ kind: 'answer', target: 'fake' }]);

    expect((await dryRun(loaded, only)).map((s) => s.step_id)).toEqual(plan.order);
    const cost = await planCost({ loaded, cache: null, only });
    expect(cost.steps.map((s) => s.id)).toEqual(['a', 'r[y]']);

    const run = await runJob({ loaded, runsDir: ws.path('runs'), only });
    const ran = Object.entries(run.manifest.steps)
      .filter(([, st]) => st.status === 'succeeded')
      .map(([id]) => id)
      .sort();
    expect(ran).toEqual(['a', 'r[y]']);
  });

  it("plan --cost builds a step's context from the outputs its upstream hits would write", async () => {
    const spec = fakeSpec(`  a: { prompt: "a", outputs: [{ path: notes.md }] }
  b:
    needs: [a]
    prompt: "use the notes"
    context: { steps: [a] }
`);
    const long = 'word '.repeat(2000);
    ws.write({ 'none.yaml': `a: "${long}"\nb: ok\n` });
    const loaded = await loadSpecFromString(spec, ws.path('job.yaml'), ws.dir);
    const cache = new LocalCacheStore(ws.path('cache'));
    expect((await runJob({ loaded, runsDir: ws.path('runs'), cache })).status).toBe('succeeded');
    const plan = await planCost({ loaded, cache: { get: (k) => cache.get(k) } });
    const b = plan.steps.find((s) => s.id === 'b')!;
    // The upstream answer is in b's prompt, so b's key is the run's: a hit, its tokens counted.
    expect(b.cache).toBe('hit');
    expect(b.input_tokens).toBeGreaterThan(1500);
  });
});
