/**
 * Beyond one runner (docs/reference.md: Shards) through the CLI, as a matrix would drive it: plan in 4 shards,
 * each shard a separate process with its own cache folder, the exported deltas copied together,
 * and a final plain run over the union that calls no provider and writes the single-runner
 * outputs byte for byte. Replay provider only: no network.
 */
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cli, replaySpec, Workspace } from '../helpers/workspace.js';
import { runAsync, runSync, snapshotCli, type CliBin } from './snapshot-bin.js';
import type { OrchestratorEvent } from '../../src/events/types.js';

let bin: CliBin;
beforeAll(() => (bin = snapshotCli()));
afterAll(() => bin.cleanup());

/**
 * 200 steps of every shape a matrix meets: a fan-out (root -> 80 leaves -> one fan-in), 20
 * independent chains of 5, 15 lone steps, and a command step over the fan-in's output.
 */
function bigJob(): { spec: string; responses: string } {
  const steps: Record<string, string> = {};
  const answers: string[] = [];
  const llm = (id: string, needs: string[], prompt: string) => {
    steps[id] =
      `${needs.length ? `needs: [${needs.join(', ')}]\n` : ''}prompt: ${JSON.stringify(prompt)}\noutputs: [{ path: ${id}.txt }]`;
    answers.push(`${id}: ${JSON.stringify(`answer of ${id}`)}`);
  };
  llm('root', [], 'list the topics');
  for (let i = 0; i < 80; i++) llm(`leaf-${i}`, ['root'], `topic ${i} of {{ steps.root.output }}`);
  llm(
    'fan-in',
    Array.from({ length: 80 }, (_, i) => `leaf-${i}`),
    'merge {{ steps.leaf-0.output }} and {{ steps.leaf-79.output }}',
  );
  for (let c = 0; c < 20; c++)
    for (let k = 0; k < 5; k++)
      llm(
        `chain-${c}-${k}`,
        k ? [`chain-${c}-${k - 1}`] : [],
        k ? `next of {{ steps.chain-${c}-${k - 1}.output }}` : `start chain ${c}`,
      );
  for (let i = 0; i < 17; i++) llm(`lone-${i}`, [], `lone ${i}`);
  steps.count =
    'needs: [fan-in]\nrun: "wc -c < fan-in.txt > count.txt"\nreads: [fan-in.txt]\noutputs: [{ path: count.txt }]';
  return {
    spec: replaySpec('big', steps).replace('concurrency: 4', 'concurrency: 8'),
    responses: `${answers.join('\n')}\n`,
  };
}

function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

function events(ws: Workspace, id: string): OrchestratorEvent[] {
  return ws.events(id);
}

describe('plan --shards, run --shard, cache export: the three phases', () => {
  let ws: Workspace;
  beforeAll(() => {
    const job = bigJob();
    ws = new Workspace({ 'job.yaml': job.spec, 'responses.yaml': job.responses });
  });
  afterAll(() => ws.cleanup());

  it('4 shards in 4 processes with 4 caches; the final run over their union calls nothing and matches a single runner byte for byte', async () => {
    // The single-runner reference.
    const single = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--job-id', 'single', '--cache-dir', 'cache-single', '-q'],
      ws.dir,
    );
    expect(single.status).toBe(0);
    expect(Object.keys(ws.manifest('single').steps)).toHaveLength(200);

    // Phase 1: plan.
    const plan = runSync(bin.bin, ['plan', '--spec', 'job.yaml', '--shards', '4', '--format', 'matrix'], ws.dir);
    expect(plan.status).toBe(0);
    expect(plan.stdout.trim().split('\n')).toHaveLength(1); // one line for $GITHUB_OUTPUT
    const matrix = JSON.parse(plan.stdout) as { include: Array<{ shard: string; steps: string }> };
    expect(matrix.include.map((e) => e.shard)).toEqual(['1/4', '2/4', '3/4', '4/4']);
    const owned = matrix.include.flatMap((e) => e.steps.split(','));
    expect(owned).toHaveLength(200);
    expect(new Set(owned).size).toBe(200);
    // Balanced by estimated work (within one step's weight); the shard holding the fan-in also
    // runs the leaves it needs from other shards (runs_too), which `work` counts.
    const detail = JSON.parse(
      runSync(bin.bin, ['plan', '--spec', 'job.yaml', '--shards', '4', '--format', 'json'], ws.dir).stdout,
    ) as {
      shards: Array<{ steps: string[]; weight: number; work: number; runs_too: string[] }>;
    };
    expect(detail.shards.map((x) => x.steps.join(','))).toEqual(matrix.include.map((e) => e.steps));
    const weights = detail.shards.map((x) => x.weight);
    expect(Math.max(...weights) - Math.min(...weights)).toBeLessThanOrEqual(Math.max(...weights) / 50);
    const fanIn = detail.shards.find((x) => x.steps.includes('fan-in'))!;
    expect(fanIn.steps.length + fanIn.runs_too.length).toBeGreaterThanOrEqual(82);
    expect(fanIn.work).toBeGreaterThan(fanIn.weight);

    // Phase 2: the shards, at once, each with its own cache folder; each exports its delta.
    const legs = await Promise.all(
      matrix.include.map(
        (e, i) =>
          runAsync(
            bin.bin,
            [
              'run',
              '--spec',
              'job.yaml',
              '--shard',
              e.shard,
              '--job-id',
              `shard-${i + 1}`,
              '--cache-dir',
              `cache-${i + 1}`,
              '-q',
            ],
            ws.dir,
          ).done,
      ),
    );
    expect(legs.map((l) => l.code)).toEqual([0, 0, 0, 0]);
    for (let i = 1; i <= 4; i++) {
      const m = ws.manifest(`shard-${i}`);
      const mine = matrix.include[i - 1]!.steps.split(',');
      // Its own steps ran; steps of other shards it does not need were not selected.
      for (const id of mine) expect([id, m.steps[id]!.status]).toEqual([id, 'succeeded']);
      expect(Object.values(m.steps).some((s) => s.reason === 'not_selected')).toBe(true);
      const exp = runSync(
        bin.bin,
        ['cache', 'export', '--run', `shard-${i}`, '--cache-dir', `cache-${i}`, `delta-${i}`, '--json'],
        ws.dir,
      );
      expect(exp.status).toBe(0);
      const r = JSON.parse(exp.stdout) as { copied: number; keys: number };
      // Every step it ran that the cache holds: its own and what they need.
      const cached = Object.values(m.steps).filter((s) => s.status === 'succeeded' && s.cache !== 'off').length;
      expect(r.copied).toBe(cached);
    }

    // Phase 3: the deltas copied into one folder (what download-artifact merge-multiple does), then a plain run.
    for (let i = 1; i <= 4; i++) cpSync(ws.path(`delta-${i}`), ws.path('union'), { recursive: true, force: true });
    const fin = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--job-id', 'final', '--cache-dir', 'union', '-q'],
      ws.dir,
    );
    expect(fin.status).toBe(0);
    const ev = events(ws, 'final');
    expect(ev.filter((e) => e.type === 'llm.request')).toHaveLength(0);
    expect(ev.filter((e) => e.type === 'cache.miss')).toHaveLength(0);
    expect(Object.values(ws.manifest('final').steps).every((s) => s.status === 'succeeded')).toBe(true);
    const a = filesUnder(ws.path('runs', 'single', 'outputs'));
    const b = filesUnder(ws.path('runs', 'final', 'outputs'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [p, bytes] of a) expect([p, Buffer.compare(bytes, b.get(p)!)]).toEqual([p, 0]);
  }, 120_000);
});

describe('a for_each over a list known at plan time: its instances are shard units', () => {
  let ws: Workspace;
  const items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  beforeAll(() => {
    const spec = replaySpec(
      'fan',
      {
        review:
          'for_each: "{{ inputs.files }}"\nprompt: "Review {{ item }}"\noutputs: [{ path: "reviews/{{ item }}.md" }]',
        sum: 'needs: [review]\nprompt: "Sum up {{ steps.review.outputs }}"\noutputs: [{ path: sum.md }]',
      },
      `inputs:\n  files: '${JSON.stringify(items)}'\n`,
    );
    const responses = [...items.map((k) => `"review[${k}]": "review of ${k}"`), 'sum: "all reviewed"'].join('\n');
    ws = new Workspace({ 'job.yaml': spec, 'responses.yaml': `${responses}\n` });
  });
  afterAll(() => ws.cleanup());

  it('8 instances over 4 shards run once each; the final run over the merged caches calls nothing and matches a single runner', async () => {
    const single = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--job-id', 'single', '--cache-dir', 'cache-single', '-q'],
      ws.dir,
    );
    expect(single.status).toBe(0);

    const plan = runSync(bin.bin, ['plan', '--spec', 'job.yaml', '--shards', '4', '--format', 'matrix'], ws.dir);
    expect(plan.status).toBe(0);
    const matrix = JSON.parse(plan.stdout) as { include: Array<{ shard: string; steps: string }> };
    const owned = matrix.include.flatMap((e) => e.steps.split(','));
    // Every instance and the aggregator in exactly one shard; the fan-out itself is no unit.
    expect([...owned].sort()).toEqual([...items.map((k) => `review[${k}]`), 'sum'].sort());
    const holding = matrix.include.filter((e) => e.steps.split(',').some((id) => id.startsWith('review[')));
    expect(holding.length).toBeGreaterThan(1);

    const legs = await Promise.all(
      matrix.include.map(
        (e, i) =>
          runAsync(
            bin.bin,
            [
              'run',
              '--spec',
              'job.yaml',
              '--shard',
              e.shard,
              '--job-id',
              `shard-${i + 1}`,
              '--cache-dir',
              `cache-${i + 1}`,
              '-q',
            ],
            ws.dir,
          ).done,
      ),
    );
    expect(legs.map((l) => l.code)).toEqual(matrix.include.map(() => 0));
    const calls: string[] = [];
    for (let i = 1; i <= matrix.include.length; i++) {
      const m = ws.manifest(`shard-${i}`);
      const mine = matrix.include[i - 1]!.steps.split(',');
      for (const id of mine) expect([id, m.steps[id]!.status]).toEqual([id, 'succeeded']);
      // The fan-out is never failed for the instances other shards own.
      expect(m.steps.review!.status).not.toBe('failed');
      expect(m.status).toBe('succeeded');
      if (!mine.includes('sum')) {
        // Only its own instances ran; the others are not selected, and so is the step run in part.
        const ran = Object.entries(m.steps)
          .filter(([id, st]) => id.startsWith('review[') && st.status === 'succeeded')
          .map(([id]) => id);
        expect(ran.sort()).toEqual(mine.filter((id) => id.startsWith('review[')).sort());
        expect(m.steps.review!.reason).toBe('not_selected');
        for (const id of items.map((k) => `review[${k}]`).filter((x) => !mine.includes(x)))
          expect([id, m.steps[id]!.reason]).toEqual([id, 'not_selected']);
      }
      calls.push(
        ...events(ws, `shard-${i}`)
          .filter((e) => e.type === 'llm.request')
          .map((e) => e.step_id ?? ''),
      );
      const exp = runSync(
        bin.bin,
        ['cache', 'export', '--run', `shard-${i}`, '--cache-dir', `cache-${i}`, `delta-${i}`, '--json'],
        ws.dir,
      );
      expect(exp.status).toBe(0);
    }
    // Each instance owned by a shard without the aggregator is called there and nowhere else but
    // in the aggregator's shard (which needs the whole list).
    const sumShard = matrix.include.find((e) => e.steps.split(',').includes('sum'))!;
    const elsewhere = owned.filter((id) => id.startsWith('review[') && !sumShard.steps.split(',').includes(id));
    for (const id of elsewhere) expect(calls.filter((c) => c === id).length).toBeLessThanOrEqual(2);
    expect(elsewhere.length).toBeGreaterThan(0);

    for (let i = 1; i <= matrix.include.length; i++)
      cpSync(ws.path(`delta-${i}`), ws.path('union'), { recursive: true, force: true });
    const fin = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--job-id', 'final', '--cache-dir', 'union', '-q'],
      ws.dir,
    );
    expect(fin.status).toBe(0);
    const ev = events(ws, 'final');
    expect(ev.filter((e) => e.type === 'llm.request')).toHaveLength(0);
    expect(ev.filter((e) => e.type === 'cache.miss')).toHaveLength(0);
    expect(Object.values(ws.manifest('final').steps).every((st) => st.status === 'succeeded')).toBe(true);
    const a = filesUnder(ws.path('runs', 'single', 'outputs'));
    const b = filesUnder(ws.path('runs', 'final', 'outputs'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect(a.size).toBe(9);
    for (const [p, bytes] of a) expect([p, Buffer.compare(bytes, b.get(p)!)]).toEqual([p, 0]);
  }, 120_000);

  it('run --only STEP[KEY] runs that instance alone; the step is not failed', async () => {
    const r = runSync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--only', 'review[c]', '--job-id', 'one', '--no-cache', '-q'],
      ws.dir,
    );
    expect(r.status).toBe(0);
    const m = ws.manifest('one');
    expect(
      Object.entries(m.steps)
        .filter(([, st]) => st.status === 'succeeded')
        .map(([id]) => id),
    ).toEqual(['review[c]']);
    expect(m.steps.review!.reason).toBe('not_selected');
    expect(m.steps.sum!.reason).toBe('not_selected');
    const bad = runSync(bin.bin, ['run', '--spec', 'job.yaml', '--only', 'sum[x]', '--job-id', 'bad', '-q'], ws.dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/has no for_each/);
  });
});

describe('shard usage', () => {
  let ws: Workspace;
  beforeAll(() => {
    ws = new Workspace({
      'job.yaml': replaySpec('tiny', {
        a: 'prompt: "x"\noutputs: [{ path: a.txt }]',
        b: 'needs: [a]\nprompt: "{{ steps.a.output }}"\noutputs: [{ path: b.txt }]',
      }),
      'responses.yaml': 'a: "A"\nb: "B"\n',
    });
  });
  afterAll(() => ws.cleanup());

  it('a shard with no steps (more shards than work) exits 0 without a run', async () => {
    const plan = await cli(['plan', '--spec', 'job.yaml', '--shards', '3', '--format', 'json'], { cwd: ws.dir });
    const shards = (JSON.parse(plan.stdout) as { shards: Array<{ shard: string; steps: string[] }> }).shards;
    const empty = shards.find((s) => s.steps.length === 0)!;
    const r = await cli(['run', '--spec', 'job.yaml', '--shard', empty.shard, '--runs-dir', 'r-empty'], {
      cwd: ws.dir,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/has no steps/);
  });

  it.each([
    [['run', '--spec', 'job.yaml', '--shard', '1/2', '--only', 'a'], /--shard and --only/],
    [['run', '--spec', 'job.yaml', '--shard', '3/2'], /K\/N/],
    [['plan', '--spec', 'job.yaml', '--format', 'matrix'], /needs --shards/],
    [['plan', '--spec', 'job.yaml', '--shards', '300'], /256/],
    [['cache', 'export', '--run', 'nope', 'out'], /no run or job nope/],
    [['cache', 'export', 'out'], /needs --run/],
  ])('%j is a usage error', async (args, message) => {
    const r = await cli(args as string[], { cwd: ws.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('plan --from-run puts a step that took long in an earlier run in a shard of its own', async () => {
    const ids = ['s0', 's1', 's2', 's3', 's4', 's5'];
    const timed = new Workspace({
      'job.yaml': `version: 2\nname: timed\ndefaults: { provider: fast, retries: 0 }\nproviders:\n  fast: { type: replay, responses: r.yaml }\n  slow: { type: replay, responses: r.yaml, latency_ms: 400 }\nsteps:\n${ids.map((id) => `  ${id}: { prompt: "same size ${id}", ${id === 's2' ? 'provider: slow, ' : ''}outputs: [{ path: ${id}.txt }] }`).join('\n')}\n`,
      'r.yaml': ids.map((id) => `${id}: "${id}"`).join('\n'),
    });
    try {
      const plan = async (extra: string[]) =>
        (
          JSON.parse(
            (
              await cli(['plan', '--spec', 'job.yaml', '--shards', '2', '--format', 'json', ...extra], {
                cwd: timed.dir,
              })
            ).stdout,
          ) as {
            shards: Array<{ steps: string[] }>;
          }
        ).shards;
      // By prompt size alone the six steps weigh the same: three and three.
      expect((await plan([])).map((x) => x.steps.length)).toEqual([3, 3]);
      expect(
        (await cli(['run', '--spec', 'job.yaml', '--job-id', 'first', '--no-cache', '-q'], { cwd: timed.dir })).code,
      ).toBe(0);
      const measured = await plan(['--from-run', 'first']);
      expect(measured.find((x) => x.steps.includes('s2'))!.steps).toEqual(['s2']);
      // run --shard with the same --from-run runs that plan.
      const k = measured.findIndex((x) => x.steps.includes('s2')) + 1;
      const r = await cli(
        [
          'run',
          '--spec',
          'job.yaml',
          '--shard',
          `${k}/2`,
          '--from-run',
          'first',
          '--job-id',
          'leg',
          '--no-cache',
          '-q',
          '--json',
        ],
        {
          cwd: timed.dir,
        },
      );
      const m = JSON.parse(r.stdout) as { steps: Record<string, { status: string }> };
      expect(
        Object.entries(m.steps)
          .filter(([, st]) => st.status === 'succeeded')
          .map(([id]) => id),
      ).toEqual(['s2']);
    } finally {
      timed.cleanup();
    }
  });
});
