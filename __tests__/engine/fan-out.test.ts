/** for_each (docs/reference.md: Fan-out): instances over inputs, globs and upstream JSON; failures, resume, per-item cache. */
import { existsSync, readdirSync } from 'node:fs';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { FakeProvider } from '../helpers/fake-provider.js';
import { knownItemCounts } from '../../src/engine/fan-out.js';
import { planJson, planText } from '../../src/planning/plan.js';
import { Workspace } from '../helpers/workspace.js';

function spec(steps: string, extra = ''): string {
  return `version: 2
name: t
defaults: { provider: fake, concurrency: 3, retries: 0 }
providers:
  fake: { type: replay, responses: none.yaml }
${extra}steps:
${steps}`;
}

describe('for_each', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace()));
  afterEach(() => ws.cleanup());

  async function run(yaml: string, fake: FakeProvider, more: Partial<Parameters<typeof runJob>[0]> = {}) {
    const loaded = await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir);
    return runJob({ loaded, runsDir: ws.path('runs'), providers: { fake }, ...more });
  }

  it('fans out over an input: one instance per item, outputs by item, dependents get the outputs in item order', async () => {
    const fake = new FakeProvider('fake', {}, (id) => `review of ${id}`);
    const res = await run(
      spec(
        `  review:
    for_each: "{{ inputs.files }}"
    prompt: "Review {{ item }}"
    outputs: [{ path: "reviews/{{ item }}.md" }]
  sum:
    needs: [review]
    prompt: "All: {{ steps.review.outputs }}"
    outputs: [{ path: sum.md }]
`,
        `inputs:\n  files: '["b.ts", "src/a.ts", "c.ts"]'\n`,
      ),
      fake,
    );
    expect(res.status).toBe('succeeded');
    const m = res.manifest;
    expect(
      Object.keys(m.steps)
        .filter((k) => k.startsWith('review['))
        .sort(),
    ).toEqual(['review[b.ts]', 'review[c.ts]', 'review[src/a.ts]']);
    expect(m.steps['review[src/a.ts]']!.status).toBe('succeeded');
    expect(m.steps['review[src/a.ts]']!.instance_of).toBe('review');
    expect(m.steps.review!.instances).toEqual({ total: 3, succeeded: 3, failed: 0 });
    expect(ws.read('runs', res.jobId, 'outputs', 'reviews', 'src', 'a.ts.md')).toBe('review of review[src/a.ts]');
    const prompts = fake.calls
      .filter((c) => c.step.startsWith('review['))
      .map((c) => c.prompt)
      .sort();
    expect(prompts).toEqual(['Review b.ts', 'Review c.ts', 'Review src/a.ts']);
    const sumPrompt = fake.calls.find((c) => c.step === 'sum')!.prompt;
    expect(JSON.parse(sumPrompt.slice('All: '.length))).toEqual([
      'review of review[b.ts]',
      'review of review[src/a.ts]',
      'review of review[c.ts]',
    ]);
    // Each instance has its own events and its own log, a `/` in the KEY escaped in the file name.
    const events = ws.events(res.jobId);
    expect(events.filter((e) => e.type === 'step.succeeded' && e.step_id === 'review[src/a.ts]')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'llm.request' && e.step_id === 'review[c.ts]')).toHaveLength(1);
    const logs = readdirSync(ws.path('runs', res.jobId, 'logs'));
    expect(logs).toContain('review[src%2Fa.ts].log');
    expect(existsSync(ws.path('runs', res.jobId, 'logs', 'review[src'))).toBe(false);
  });

  it('uses {{ item.FIELD }} of object items; KEYs are indexes; duplicate string items fall back to indexes', async () => {
    const fake = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const res = await run(
      spec(
        `  obj:
    for_each: '{{ inputs.people }}'
    prompt: "Hello {{ item.name }} ({{ item.meta.age }})"
    outputs: [{ path: "people/{{ item.name }}.txt" }]
  dup:
    for_each: '["x", "x", "y"]'
    prompt: "{{ item }}"
    outputs: [{ path: "dup/{{ item }}-{{ item }}.txt" }]
`,
        `inputs:\n  people: '[{"name":"ann","meta":{"age":3}},{"name":"bob","meta":{"age":4}}]'\n`,
      ),
      fake,
    );
    expect(Object.keys(res.manifest.steps).filter((k) => k.startsWith('obj['))).toEqual(['obj[0]', 'obj[1]']);
    expect(fake.calls.find((c) => c.step === 'obj[1]')!.prompt).toBe('Hello bob (4)');
    expect(
      Object.keys(res.manifest.steps)
        .filter((k) => k.startsWith('dup['))
        .sort(),
    ).toEqual(['dup[0]', 'dup[1]', 'dup[y]']);
    expect(res.manifest.steps['dup[y]']!.status).toBe('succeeded');
    expect(fake.calls.find((c) => c.step === 'dup[1]')!.prompt).toBe('x');
  });

  it('fans out over a glob of workspace files relative to the spec, sorted', async () => {
    ws.write({ 'docs/b.md': 'B', 'docs/a.md': 'A', 'docs/skip.txt': 'no' });
    const fake = new FakeProvider('fake', {}, (id) => `t ${id}`);
    const res = await run(
      spec(`  translate:
    for_each: { glob: "docs/*.md" }
    prompt: "Translate {{ item }}"
    outputs: [{ path: "fr/{{ item }}" }]
`),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(Object.keys(res.manifest.steps).filter((k) => k.includes('['))).toEqual([
      'translate[docs/a.md]',
      'translate[docs/b.md]',
    ]);
    expect(ws.read('runs', res.jobId, 'outputs', 'fr', 'docs', 'b.md')).toBe('t translate[docs/b.md]');
  });

  it("fans out over an upstream step's JSON answer (fenced or not)", async () => {
    const fake = new FakeProvider('fake', { list: { text: '```json\n["one", "two"]\n```' } }, (id) => `done ${id}`);
    const res = await run(
      spec(`  list: { prompt: "list modules" }
  each:
    needs: [list]
    for_each: "{{ steps.list.output }}"
    prompt: "Summarise {{ item }}"
    outputs: [{ path: "s/{{ item }}.md" }]
`),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(res.manifest.steps['each[two]']!.status).toBe('succeeded');
  });

  it('an empty list succeeds with zero instances, and its dependents see []', async () => {
    const fake = new FakeProvider('fake', {}, () => 'x');
    const res = await run(
      spec(`  none:
    for_each: "[]"
    prompt: "{{ item }}"
  after: { needs: [none], prompt: "got {{ steps.none.outputs }}" }
`),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(res.manifest.steps.none!.instances).toEqual({ total: 0, succeeded: 0, failed: 0 });
    expect(fake.calls.find((c) => c.step === 'after')!.prompt).toBe('got []');
  });

  it('a list from inputs that is not a JSON array stops the run before any call (usage error)', async () => {
    const fake = new FakeProvider('fake', {}, () => 'x');
    await expect(
      run(
        spec(
          `  first: { prompt: "paid" }
  bad: { needs: [first], for_each: "{{ inputs.v }}", prompt: "{{ item }}" }
`,
          'inputs:\n  v: \'{"a": 1}\'\n',
        ),
        fake,
      ),
    ).rejects.toMatchObject({
      code: 'E_FOR_EACH',
      exitCode: 2,
      message: expect.stringMatching(/input "v" is a JSON object/),
    });
    expect(fake.calls).toHaveLength(0);
  });

  it('a list from a step that is not a JSON array fails the step with a clear error', async () => {
    const fake = new FakeProvider('fake', { list: { text: '{"a": 1}' } }, () => 'x');
    const res = await run(
      spec(
        `  list: { prompt: "list" }
  bad: { needs: [list], for_each: "{{ steps.list.output }}", prompt: "{{ item }}" }
`,
      ),
      fake,
    );
    expect(res.status).toBe('failed');
    expect(res.manifest.steps.bad!.error?.code).toBe('E_FOR_EACH');
    expect(res.manifest.steps.bad!.error?.message).toMatch(/not an array/);
  });

  it('a failed instance fails the step while the others run; dependents are skipped', async () => {
    const fake = new FakeProvider('fake', { 'r[b]': { failFirst: { n: 9, status: 400 } } }, (id) => `ok ${id}`);
    const res = await run(
      spec(`  r:
    for_each: '["a", "b", "c", "d"]'
    prompt: "{{ item }}"
    outputs: [{ path: "r/{{ item }}" }]
  next: { needs: [r], prompt: "{{ steps.r.outputs }}" }
`),
      fake,
    );
    expect(res.status).toBe('failed');
    const m = res.manifest;
    expect(m.steps['r[b]']!.status).toBe('failed');
    expect(['r[a]', 'r[c]', 'r[d]'].map((id) => m.steps[id]!.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(m.steps.r!.status).toBe('failed');
    expect(m.steps.r!.error?.code).toBe('E_INSTANCE_FAILED');
    expect(m.steps.r!.error?.message).toContain('r[b]');
    expect(m.steps.next!.status).toBe('skipped');
    expect(m.failed_steps).toEqual(expect.arrayContaining(['r', 'r[b]']));
  });

  it('resume keeps completed instances and runs the rest; a changed item misses only its instance', async () => {
    const cache = new LocalCacheStore(ws.path('cache'));
    const yaml = (items: string) =>
      spec(`  r:
    for_each: '${items}'
    prompt: "do {{ item }}"
    outputs: [{ path: "r/{{ item }}" }]
`);
    // First run: r[c] fails.
    const failing = new FakeProvider('fake', { 'r[c]': { failFirst: { n: 1, status: 400 } } }, (id) => `ok ${id}`);
    const first = await run(yaml('["a", "b", "c"]'), failing, { jobId: 'j1', cache });
    expect(first.status).toBe('failed');
    // Resume: only r[c] is called again.
    const again = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const resumed = await run(yaml('["a", "b", "c"]'), again, { jobId: 'j1', resume: true, cache });
    expect(resumed.status).toBe('succeeded');
    expect(again.calls.map((c) => c.step)).toEqual(['r[c]']);
    expect(resumed.manifest.steps.r!.status).toBe('succeeded');
    // A new run with one item changed: only that instance misses the cache.
    const third = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const changed = await run(yaml('["a", "B", "c"]'), third, { jobId: 'j2', cache });
    expect(changed.status).toBe('succeeded');
    expect(third.calls.map((c) => c.step)).toEqual(['r[B]']);
    expect(changed.manifest.totals.cache_misses).toBe(1);
    expect(changed.manifest.totals.cache_hits).toBe(2);
    // Resuming j1 with a changed list drops the instance whose item is gone.
    const fourth = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const shrunk = await run(yaml('["a", "c"]'), fourth, { jobId: 'j1', resume: true, cache });
    expect(Object.keys(shrunk.manifest.steps).filter((k) => k.startsWith('r['))).toEqual(['r[a]', 'r[c]']);
    expect(fourth.calls).toHaveLength(0);
  });

  it('a run cancelled mid-fan-out resumes with only the unfinished instances', async () => {
    const items = JSON.stringify(Array.from({ length: 8 }, (_, i) => `i${i}`));
    const yaml = spec(`  r:
    for_each: '${items}'
    prompt: "do {{ item }}"
    outputs: [{ path: "r/{{ item }}" }]
`);
    const controller = new AbortController();
    let done = 0;
    const slow = new FakeProvider('fake', {}, (id) => {
      if (++done === 3) controller.abort();
      return `ok ${id}`;
    });
    const first = await run(yaml, slow, { jobId: 'k', signal: controller.signal, concurrency: 1 });
    expect(first.status).toBe('cancelled');
    const finished = Object.entries(first.manifest.steps)
      .filter(([k, st]) => k.startsWith('r[') && st.status === 'succeeded')
      .map(([k]) => k);
    expect(finished.length).toBeGreaterThanOrEqual(2);
    expect(finished.length).toBeLessThan(8);
    const again = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const resumed = await run(yaml, again, { jobId: 'k', resume: true });
    expect(resumed.status).toBe('succeeded');
    expect(again.calls.map((c) => c.step).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `r[i${i}]`)
        .filter((id) => !finished.includes(id))
        .sort(),
    );
    for (let i = 0; i < 8; i++) expect(ws.read('runs', 'k', 'outputs', 'r', `i${i}`)).toBe(`ok r[i${i}]`);
  });

  it('command steps fan out with the item shell-quoted in run and in ORCHESTRATOR_ITEM', async () => {
    const fake = new FakeProvider('fake', {}, () => 'x');
    const res = await run(
      spec(`  sh:
    for_each: '["it''s", "$(echo pwned)"]'
    run: "printf '%s|%s' {{ item }} \\"$ORCHESTRATOR_ITEM\\" > out-$ORCHESTRATOR_ITEM_KEY.txt"
    outputs: [{ path: "out-{{ item }}.txt" }]
`),
      fake,
    );
    expect(res.status).toBe('succeeded');
    expect(ws.read('runs', res.jobId, 'outputs', "out-it's.txt")).toBe("it's|it's");
    expect(ws.read('runs', res.jobId, 'outputs', 'out-$(echo pwned).txt')).toBe('$(echo pwned)|$(echo pwned)');
  });

  it('plan shows a fanned-out step as one node with its item count when known', async () => {
    ws.write({ 'docs/a.md': 'A', 'docs/b.md': 'B' });
    const loaded = await loadSpecFromString(
      spec(
        `  list: { prompt: "x" }
  by-input: { for_each: "{{ inputs.v }}", prompt: "{{ item }}" }
  by-glob: { for_each: { glob: "docs/*.md" }, prompt: "{{ item }}" }
  by-step: { needs: [list], for_each: "{{ steps.list.output }}", prompt: "{{ item }}" }
`,
        "inputs:\n  v: '[1, 2, 3]'\n",
      ),
      ws.path('job.yaml'),
      ws.dir,
    );
    const counts = await knownItemCounts(loaded);
    expect(counts).toEqual({ 'by-input': 3, 'by-glob': 2, 'by-step': null });
    const p = planJson(loaded.spec, counts);
    expect(p.steps).toHaveLength(4);
    expect(p.steps.find((s) => s.id === 'by-glob')!.for_each).toEqual({ items: 2 });
    expect(planText(loaded.spec, counts)).toContain('by-input ×3');
    expect(planText(loaded.spec, counts)).toContain('by-step ×?');
  });

  it("instances of fan-outs side by side share the run's concurrency", async () => {
    let inFlight = 0;
    let most = 0;
    const fake = new FakeProvider('fake', {}, () => 'x');
    const complete = fake.complete.bind(fake);
    fake.complete = async (req) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 15));
      try {
        return await complete(req);
      } finally {
        inFlight--;
      }
    };
    const res = await run(
      spec(`  a: { for_each: '["1","2","3","4","5","6"]', prompt: "{{ item }}" }
  b: { for_each: '["1","2","3","4","5","6"]', prompt: "{{ item }}" }
`),
      fake,
      { concurrency: 3 },
    );
    expect(res.status).toBe('succeeded');
    expect(fake.calls).toHaveLength(12);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('a spent budget stops the instances not yet started; a resume with more budget finishes them', async () => {
    const items = '["a", "b", "c", "d", "e"]';
    const yaml = (tokens: number) =>
      spec(
        `  r:
    for_each: '${items}'
    prompt: "{{ item }}"
    outputs: [{ path: "r/{{ item }}" }]
`,
        `budget: { tokens: ${tokens} }\n`,
      );
    const fake = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const first = await run(yaml(25), fake, { jobId: 'bud', concurrency: 1 });
    expect(first.status).toBe('failed');
    const st = first.manifest.steps;
    const skipped = ['a', 'b', 'c', 'd', 'e'].filter((k) => st[`r[${k}]`]?.status === 'skipped');
    expect(skipped.length).toBeGreaterThan(0);
    for (const k of skipped) expect(st[`r[${k}]`]!.reason).toBe('budget_exceeded');
    expect(st.r!.status).toBe('skipped');
    expect(st.r!.reason).toBe('budget_exceeded');
    const more = new FakeProvider('fake', {}, (id) => `ok ${id}`);
    const resumed = await run(yaml(1000), more, { jobId: 'bud', resume: true, concurrency: 1 });
    expect(resumed.status).toBe('succeeded');
    expect(more.calls.length).toBe(skipped.length);
  });

  it('plan --cost plans each instance when the list is known, and says when it is not', async () => {
    const { planCost } = await import('../../src/engine/cost-plan.js');
    const cache = new LocalCacheStore(ws.path('cache'));
    const yaml = spec(`  r:
    for_each: '["a", "b", "c"]'
    prompt: "do {{ item }}"
    outputs: [{ path: "r/{{ item }}" }]
  after: { needs: [r], prompt: "{{ steps.r.outputs }}" }
  list: { prompt: "list" }
  each: { needs: [list], for_each: "{{ steps.list.output }}", prompt: "{{ item }}" }
`);
    // One run on the spec's own (replay) provider fills the cache, then item b changes.
    ws.write({ 'none.yaml': 'r: ok\nafter: ok\nlist: \'["x"]\'\neach: ok\n' });
    const first = await runJob({
      loaded: await loadSpecFromString(yaml, ws.path('job.yaml'), ws.dir),
      runsDir: ws.path('runs'),
      cache,
    });
    expect(first.status).toBe('succeeded');
    const loaded = await loadSpecFromString(
      yaml.replace('["a", "b", "c"]', '["a", "B", "c"]'),
      ws.path('job.yaml'),
      ws.dir,
    );
    const plan = await planCost({ loaded, cache: { get: (k: string) => cache.get(k) } });
    const byId = Object.fromEntries(plan.steps.map((s) => [s.id, s]));
    expect(byId['r[a]']!.cache).toBe('hit');
    expect(byId['r[c]']!.cache).toBe('hit');
    expect(byId['r[B]']!.cache).toBe('miss');
    expect(byId.after!.reason).toBe('upstream_unknown');
    // list is a hit, so each's list is known from its cached answer.
    expect(byId['each[x]']!.cache).toBe('hit');
    // Without a cache the list is an answer still to come: the step is one line, items_unknown.
    const cold = await planCost({ loaded, cache: null });
    expect(cold.steps.find((s) => s.id === 'each')!.reason).toBe('items_unknown');
    expect(cold.steps.filter((s) => s.id.startsWith('r['))).toHaveLength(3);
  });
});
