/**
 * Samples survive kill -9 (docs/reference.md, "Samples and gates"): the real CLI is SIGKILLed
 * while a sampled step is drawing (its first 6 samples at once, then one at a time while its gate
 * is undecided), then resumed. A sample whose llm.response is in the log is never
 * drawn again (whether the cache is on or off), and the run ends with the samples and the output
 * of an uninterrupted run.
 *
 * Requires the compiled CLI (`npx tsc -p tsconfig.build.json`); the suite runs a snapshot of it.
 */
import { Workspace } from '../helpers/workspace.js';
import { readEvents, signalWhenLogged, treeOf, type Ev } from '../helpers/kill-resume.js';
import { runAsync, snapshotCli, type CliBin } from '../cli/snapshot-bin.js';

const SPEC = `version: 2
name: sampled
defaults: { provider: slow, concurrency: 2, retries: 0 }
providers:
  slow: { type: replay, responses: responses.yaml, latency_ms: 30 }
steps:
  draft:
    prompt: "Write a line"
    samples: 6
    gate: { min_pass_rate: 0.5, max_samples: 16 }
    outputs: [{ path: draft.md }]
    checks: [{ type: contains, value: GOOD }]
  polish:
    needs: [draft]
    prompt: "Polish {{ steps.draft.output }}"
    outputs: [{ path: final.md }]
`;
const RESPONSES = `draft: ["bad 0", "GOOD 1", "GOOD 2", "bad 3", "GOOD 4"]
polish: "polished"
`;

describe('kill -9 while sampling, then --resume', () => {
  let ws: Workspace;
  let bin: CliBin;
  let reference: Map<string, Buffer>;
  beforeAll(async () => {
    bin = snapshotCli();
    ws = new Workspace({ 'job.yaml': SPEC, 'responses.yaml': RESPONSES });
    const ref = await runAsync(
      bin.bin,
      ['run', '--spec', 'job.yaml', '--runs-dir', 'ref', '--job-id', 'ref', '--no-cache', '--quiet'],
      ws.dir,
    ).done;
    expect(ref.code).toBe(0);
    reference = treeOf(ws.path('ref', 'ref', 'outputs'));
  });
  afterAll(() => {
    ws?.cleanup();
    bin?.cleanup();
  });

  const responsesBySample = (evs: Ev[]): Map<number, number> => {
    const n = new Map<number, number>();
    for (const e of evs)
      if (e.type === 'llm.response' && e.step_id === 'draft')
        n.set(e.data.sample as number, (n.get(e.data.sample as number) ?? 0) + 1);
    return n;
  };

  it.each([
    ['no-cache', ['--no-cache'], [14, 30]],
    ['cache', ['--cache-dir', 'cache-c'], [16, 40]],
  ])(
    'with %s: no sample drawn twice, same samples and output as an uninterrupted run',
    async (name, cacheArgs, kills) => {
      const runsDir = `runs-${name}`;
      const log = ws.path(runsDir, name, 'events.jsonl');
      const first = ['run', '--spec', 'job.yaml', '--runs-dir', runsDir, '--job-id', name, '--quiet', ...cacheArgs];
      const resume = ['run', '--spec', 'job.yaml', '--runs-dir', runsDir, '--resume', name, '--quiet', ...cacheArgs];
      let killed = 0;
      for (const [i, at] of kills.entries()) {
        const r = await signalWhenLogged(bin.bin, i === 0 ? first : resume, ws.dir, log, at, (child) =>
          child.kill('SIGKILL'),
        );
        if (r.signal === 'SIGKILL') killed++;
      }
      expect(killed).toBeGreaterThan(0);
      // The kills landed while the step was drawing: some samples were done, not all.
      const before = readEvents(log);
      expect(before.some((e) => e.type === 'step.succeeded' && e.step_id === 'draft')).toBe(false);
      expect(responsesBySample(before).size).toBeGreaterThan(0);

      const last = await runAsync(bin.bin, resume, ws.dir).done;
      expect(last).toMatchObject({ code: 0 });
      const all = readEvents(log);
      const counts = responsesBySample(all);
      expect([...counts.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, k) => k));
      for (const [k, n] of counts) expect([k, n]).toEqual([k, 1]);
      const ok = all.filter((e) => e.type === 'step.succeeded' && e.step_id === 'draft').at(-1)!;
      const want = readEvents(ws.path('ref', 'ref', 'events.jsonl')).find(
        (e) => e.type === 'step.succeeded' && e.step_id === 'draft',
      )!;
      // 9 of 16 pass (k mod 5 in 1, 2, 4): 56%, 95% CI 33-77%, inconclusive, passing at R = 0.5.
      expect(want.data.samples).toMatchObject({ drawn: 16, judged: 16, passed: 9, verdict: 'inconclusive' });
      expect(ok.data.samples).toEqual(want.data.samples);
      const got = treeOf(ws.path(runsDir, name, 'outputs'));
      expect([...got.keys()].sort()).toEqual([...reference.keys()].sort());
      for (const [p, bytes] of reference) expect(got.get(p)!.equals(bytes)).toBe(true);
    },
  );
});
