/**
 * A `for_each` list that comes from inputs is known before the run: `plan --cost` prices each of
 * its instances, and a value that is not a JSON array stops the run before its first (paid) call.
 */
import { existsSync } from 'node:fs';
import { Workspace, cli } from '../helpers/workspace.js';

const spec = (files: string) => `version: 2
name: il
inputs:
  files: ${JSON.stringify(files)}
defaults: { provider: r, concurrency: 2, retries: 0 }
providers:
  r: { type: replay, responses: r.yaml, model: gpt-4o-mini, price: { input_per_mtok: 1000, output_per_mtok: 2000 } }
steps:
  summary: { prompt: "Summarise the change", outputs: [{ path: summary.md }] }
  review:
    needs: [summary]
    for_each: "{{ inputs.files }}"
    prompt: "Review {{ item }} given {{ steps.summary.output }}"
    outputs: [{ path: "reviews/{{ item }}.md" }]
`;

describe('for_each over an input list', () => {
  let ws: Workspace;
  afterEach(() => ws.cleanup());

  it('plan --cost on a cold cache prices every instance of an input-listed fan-out', async () => {
    ws = new Workspace({ 'job.yaml': spec('["a.ts","b.ts","c.ts"]'), 'r.yaml': 'summary: "s"\nreview: "ok"\n' });
    const plain = await cli(['plan', '--spec', 'job.yaml'], { cwd: ws.dir });
    expect(plain.stdout).toMatch(/review ×3/);
    const r = await cli(['plan', '--spec', 'job.yaml', '--cost', '--json'], { cwd: ws.dir });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as {
      steps: Array<{ id: string; cache: string; reason?: string; cost_usd?: number }>;
      totals: { misses: number; unpriced: number };
    };
    const reviews = plan.steps.filter((s) => s.id.startsWith('review'));
    expect(reviews.map((s) => s.id)).toEqual(['review[a.ts]', 'review[b.ts]', 'review[c.ts]']);
    for (const s of reviews) {
      expect(s).toMatchObject({ cache: 'miss', reason: 'upstream_unknown' });
      expect(s.cost_usd).toBeGreaterThan(0);
    }
    expect(plan.totals).toMatchObject({ misses: 4, unpriced: 0 });
    // The same list with --input.
    const viaFlag = await cli(['plan', '--spec', 'job.yaml', '--cost', '--json', '--input', 'files=["x","y"]'], {
      cwd: ws.dir,
    });
    expect(JSON.parse(viaFlag.stdout).totals.misses).toBe(3);
  });

  it.each([
    ['the spec default', 'not a list', []],
    ['--input', '["ok"]', ['--input', 'files={"a": 1}']],
  ])(
    'a for_each input that is not a JSON array (%s) stops the run before the first call, exit 2 naming it',
    async (_, dflt, extra) => {
      ws = new Workspace({ 'job.yaml': spec(dflt), 'r.yaml': 'summary: "s"\nreview: "ok"\n' });
      const r = await cli(['run', '--spec', 'job.yaml', '--job-id', 'bad', ...extra], { cwd: ws.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/input "?files"?/);
      expect(r.stderr).toMatch(/JSON array/);
      // Nothing ran: no provider call was made, nothing was paid.
      expect(
        existsSync(ws.path('runs', 'bad', 'events.jsonl')) ? ws.read('runs', 'bad', 'events.jsonl') : '',
      ).not.toContain('llm.request');
    },
  );
});
