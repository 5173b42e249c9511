/**
 * One budget over a matrix: `plan --shards` gives each shard a share of the budget proportional to
 * its planned cost, `run --shard` enforces that share, and the legs together never spend more
 * than the whole budget.
 */
import { budgetShares } from '../../src/planning/budget-shares.js';
import type { Shard } from '../../src/planning/shards.js';
import { replaySpec, Workspace } from '../helpers/workspace.js';
import { runSync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

const shard = (index: number, units: string[]): Shard => ({
  index,
  units,
  weight: units.length,
  work: units.length,
  runsToo: [],
});

describe('budgetShares', () => {
  test('proportional to planned cost, rounded down to a millionth so the sum never exceeds the budget', () => {
    const shards = [shard(1, ['a']), shard(2, ['b', 'c']), shard(3, ['d'])];
    const cost: Record<string, number> = { a: 1, b: 1, c: 1, d: 0.5 };
    const shares = budgetShares(1, shards, (u) => cost[u]!);
    // 1 x 1/3.5, 1 x 2/3.5, 1 x 0.5/3.5, each floored at 1e-6.
    expect(shares).toEqual([0.285714, 0.571428, 0.142857]);
    expect(shares.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(1);
  });

  test('equal shares among shards that own work when nothing has a planned cost', () => {
    const shares = budgetShares(0.9, [shard(1, ['a']), shard(2, ['b']), shard(3, [])], () => 0);
    expect(shares).toEqual([0.45, 0.45, 0]);
  });
});

describe('through the CLI', () => {
  let bin: CliBin;
  let ws: Workspace;
  beforeAll(() => {
    bin = snapshotCli();
    // Steps of different prompt lengths, priced so that the whole job plans above its budget.
    const steps: Record<string, string> = {};
    const answers: string[] = [];
    for (let i = 0; i < 8; i++) {
      steps[`s${i}`] =
        `prompt: ${JSON.stringify(`task ${i} ${'detail '.repeat(40 * (i + 1))}`)}\noutputs: [{ path: s${i}.txt }]`;
      answers.push(`s${i}: ${JSON.stringify(`answer ${i} ${'word '.repeat(30)}`)}`);
    }
    const spec = replaySpec('shares', steps, 'budget: { usd: 0.01 }\n').replace(
      'offline: { type: replay, responses: responses.yaml }',
      'offline: { type: replay, responses: responses.yaml, price: { input_per_mtok: 20, output_per_mtok: 40 } }',
    );
    ws = new Workspace({ 'job.yaml': spec, 'responses.yaml': `${answers.join('\n')}\n` });
  });
  afterAll(() => {
    bin.cleanup();
    ws.cleanup();
  });

  test('the matrix carries each shard its share; run --shard enforces it; the legs never overshoot the whole budget', () => {
    const plan = runSync(bin.bin, ['plan', '--spec', 'job.yaml', '--shards', '3', '--format', 'matrix'], ws.dir);
    expect(plan.status).toBe(0);
    const matrix = JSON.parse(plan.stdout) as { include: Array<{ shard: string; steps: string; budget_usd: number }> };
    // Independently: the cold-cache cost plan of each shard's own steps, shared out.
    const costPlan = runSync(
      bin.bin,
      ['plan', '--spec', 'job.yaml', '--cost', '--json', '--cache-dir', 'no-cache-here'],
      ws.dir,
    );
    const costs = new Map(
      (JSON.parse(costPlan.stdout) as { steps: Array<{ id: string; cost_usd: number }> }).steps.map((s) => [
        s.id,
        s.cost_usd,
      ]),
    );
    const perShard = matrix.include.map((e) => e.steps.split(',').reduce((a, id) => a + costs.get(id)!, 0));
    const sum = perShard.reduce((a, b) => a + b, 0);
    expect(sum).toBeGreaterThan(0.01); // the job would spend more than its budget
    matrix.include.forEach((e, i) =>
      expect(e.budget_usd).toBeCloseTo(Math.floor((0.01 * perShard[i]! * 1e6) / sum) / 1e6, 6),
    );

    let spent = 0;
    matrix.include.forEach((e, i) => {
      const leg = runSync(
        bin.bin,
        ['run', '--spec', 'job.yaml', '--shard', e.shard, '--job-id', `leg-${i}`, '--cache-dir', `cache-${i}`, '-q'],
        ws.dir,
      );
      expect(leg.stderr).toContain(`budget $${e.budget_usd} of the job's $0.01`);
      const m = ws.manifest(`leg-${i}`);
      expect(m.totals.budget?.usd).toBe(e.budget_usd);
      spent += m.totals.budget!.spent_usd;
    });
    expect(spent).toBeLessThanOrEqual(0.01);

    // The finish run over the merged deltas reports what the legs spent against the whole budget.
    matrix.include.forEach((_e, i) => {
      const exp = runSync(
        bin.bin,
        ['cache', 'export', '--run', `leg-${i}`, '--cache-dir', `cache-${i}`, 'union'],
        ws.dir,
      );
      expect(exp.status).toBe(0);
    });
    const fin = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--job-id', 'finish', '--cache-dir', 'union', '--budget-usd', '1'],
      ws.dir,
    );
    const usd = (n: number) => `$${n < 1 ? n.toFixed(4) : n.toFixed(2)}`;
    expect(fin.stdout).toContain(
      `Matrix legs spent ${usd(spent)} of the job's $1.00 budget (${matrix.include.length} legs)`,
    );
  });

  test('--budget-usd on plan replaces the spec budget for the shares', () => {
    const plan = runSync(
      bin.bin,
      ['plan', '--spec', 'job.yaml', '--shards', '2', '--format', 'matrix', '--budget-usd', '1'],
      ws.dir,
    );
    const matrix = JSON.parse(plan.stdout) as { include: Array<{ budget_usd: number }> };
    const total = matrix.include.reduce((a, e) => a + e.budget_usd, 0);
    expect(total).toBeLessThanOrEqual(1);
    expect(total).toBeGreaterThan(0.99999);
  });
});

describe('a strict (shared) budget', () => {
  test('a call whose estimate would pass the share does not start, where a plain budget lets the first call run', async () => {
    const { BudgetLedger, BudgetExceededError } = await import('../../src/budget/ledger.js');
    const call = { promptTokens: 1000, maxTokens: 1000, price: { input_per_mtok: 1, output_per_mtok: 1 } }; // $0.002
    await expect(new BudgetLedger({ usd: 0.001 }).reserve(call)).resolves.toMatchObject({ usd: 0.002 });
    await expect(new BudgetLedger({ usd: 0.001, strict: true }).reserve(call)).rejects.toBeInstanceOf(
      BudgetExceededError,
    );
    // One that fits starts; the next waits for it and then is refused on its real spend.
    const ledger = new BudgetLedger({ usd: 0.003, strict: true });
    const first = await ledger.reserve(call);
    const second = ledger.reserve(call);
    ledger.settle(first, { usd: 0.002, inputTokens: 1000, outputTokens: 1000 });
    await expect(second).rejects.toBeInstanceOf(BudgetExceededError);
  });
});
