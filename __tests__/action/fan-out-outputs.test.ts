/** The action's outputs over a fan-out: `result` of a fanned-out sink, cache counts per instance. */
import { readFileSync } from 'node:fs';
import { runJob } from '../../src/engine/run.js';
import { loadSpecFromString } from '../../src/jobspec/load.js';
import { LocalCacheStore } from '../../src/cache/local-store.js';
import { cacheCounts, pickResult, stepsOutput } from '../../src/action/outputs.js';
import type { OrchestratorEvent } from '../../src/events/types.js';
import { Workspace } from '../helpers/workspace.js';

const SPEC = `version: 2
name: t
defaults: { provider: r }
providers:
  r: { type: replay, responses: r.yaml }
steps:
  each:
    for_each: '["a", "b"]'
    prompt: "do {{ item }}"
    outputs: [{ path: "out/{{ item }}.md" }]
`;

describe('action outputs of a fan-out', () => {
  let ws: Workspace;
  beforeEach(() => (ws = new Workspace({ 'r.yaml': '"each[a]": first\n"each[b]": second\n' })));
  afterEach(() => ws.cleanup());

  it("result is the first instance's output; steps lists every instance; cache counts instances only", async () => {
    const loaded = await loadSpecFromString(SPEC, ws.path('job.yaml'), ws.dir);
    const cache = new LocalCacheStore(ws.path('cache'));
    const res = await runJob({ loaded, runsDir: ws.path('runs'), jobId: 'one', cache });
    const pick = pickResult(loaded.spec, res.manifest, res.outputsDir);
    if (!('file' in pick) || !pick.file) throw new Error(`no result: ${JSON.stringify(pick)}`);
    expect(readFileSync(pick.file, 'utf8')).toBe('first');
    expect(Object.keys(stepsOutput(res.manifest, res.outputsDir)).sort()).toEqual(['each', 'each[a]', 'each[b]']);
    const events = (id: string) => ws.events(id) as OrchestratorEvent[];
    expect(cacheCounts(events('one'))).toEqual({ hits: 0, misses: 2 });
    await runJob({ loaded, runsDir: ws.path('runs'), jobId: 'two', cache });
    expect(cacheCounts(events('two'))).toEqual({ hits: 2, misses: 0 });
  });
});
