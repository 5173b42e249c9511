/** `run --budget-usd`: a run that reaches its budget exits 1 and resumes with a larger one. */
import { Workspace, cli } from '../helpers/workspace.js';

const answer = 'y'.repeat(40); // 10 tokens; prompt "go" = 1 token; 1000 USD/Mtok each way = $0.011 a step
const spec = `version: 2
name: bud
defaults: { provider: r, concurrency: 1, retries: 0 }
providers:
  r: { type: replay, responses: r.yaml, price: { input_per_mtok: 1000, output_per_mtok: 1000 } }
steps:
  a: { prompt: "go", outputs: [{ path: a.txt }] }
  b: { needs: [a], prompt: "go", outputs: [{ path: b.txt }] }
  c: { needs: [b], prompt: "go", outputs: [{ path: c.txt }] }
`;

describe('run --budget-usd', () => {
  let ws: Workspace;
  beforeEach(
    () => (ws = new Workspace({ 'job.yaml': spec, 'r.yaml': `a: "${answer}"\nb: "${answer}"\nc: "${answer}"\n` })),
  );
  afterEach(() => ws.cleanup());

  it('exits 1 when the budget is reached, and a resume with a larger budget finishes', async () => {
    const first = await cli(['run', '--spec', 'job.yaml', '--job-id', 'r1', '--budget-usd', '0.01', '--json'], {
      cwd: ws.dir,
    });
    expect(first.code).toBe(1);
    const m = JSON.parse(first.stdout);
    expect(m.completed_steps).toEqual(['a']);
    expect(m.steps.b.reason).toBe('budget_exceeded');
    expect(m.steps.c.reason).toBe('budget_exceeded');
    expect(m.totals.budget).toMatchObject({ usd: 0.01, exceeded: 'usd' });
    const second = await cli(['run', '--spec', 'job.yaml', '--resume', 'r1', '--budget-usd', '1', '--json'], {
      cwd: ws.dir,
    });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).completed_steps.sort()).toEqual(['a', 'b', 'c']);
  });

  it('rejects an amount that is not a number (exit 2)', async () => {
    const r = await cli(['run', '--spec', 'job.yaml', '--budget-usd', 'ten'], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--budget-usd needs an amount in USD/);
  });
});
