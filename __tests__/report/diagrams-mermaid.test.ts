/** Every diagram the product emits, parsed by the real Mermaid with its defaults (as GitHub renders). */
import { renderGantt } from '../../src/report/gantt.js';
import { renderStatusFlowchart } from '../../src/report/mermaid-status.js';
import { renderSummary } from '../../src/report/summary.js';
import { planMermaid } from '../../src/planning/plan.js';
import { makeManifest, type FixtureStep } from './manifest-fixture.js';
import { ganttTasks, ganttTitle, mermaidBlocks, parseMermaid } from './mermaid-parse.js';

const AWKWARD = [
  'click',
  'call',
  'dateformat',
  'topaxis',
  'title',
  'section',
  'excludes',
  'includes',
  'axisformat',
  'tickinterval',
  'todaymarker',
  'weekday',
  'href',
  'end',
  'graph',
  'subgraph',
  'style',
  'class',
  'classdef',
  'default',
  'linkstyle',
  'flowchart',
  'direction',
  '0',
  '42',
  '1e3',
  'o',
  'x',
  'a-b',
  'a_b',
  'click-me',
  'inclusiveenddates',
  'accdescr',
  'acctitle',
];

function awkwardManifest() {
  const steps: FixtureStep[] = AWKWARD.map((id, i) => ({
    id,
    needs: i ? [AWKWARD[i - 1]] : [],
    status: id === 'section' ? 'failed' : 'succeeded',
    startOffsetMs: i * 1000,
    error: id === 'section' ? { code: 'E_X', message: 'boom' } : undefined,
  }));
  return makeManifest(steps);
}

/** n steps in layers of `width`, each needing `fanIn` steps of the layer above. */
export function layered(n: number, width: number, fanIn: number, failEvery = 0): FixtureStep[] {
  const id = (i: number) => `s-${i}`;
  return Array.from({ length: n }, (_, i) => {
    const layer = Math.floor(i / width);
    const needs =
      layer === 0 ? [] : Array.from({ length: fanIn }, (_, k) => id((layer - 1) * width + ((i + k) % width)));
    const fail = failEvery > 0 && i % failEvery === failEvery - 1;
    return {
      id: id(i),
      needs: [...new Set(needs)],
      status: fail ? 'failed' : 'succeeded',
      startOffsetMs: layer * 500,
      error: fail ? { code: 'E_PROVIDER', message: 'HTTP 500' } : undefined,
    };
  });
}

const specOf = (steps: FixtureStep[]) => ({
  steps: Object.fromEntries(steps.map((s) => [s.id, { needs: s.needs ?? [] }])),
});

describe('Mermaid: awkward step ids', () => {
  it('the status flowchart parses and names every step', async () => {
    const d = renderStatusFlowchart(awkwardManifest());
    await parseMermaid(d.text);
    expect(d.shown).toBe(AWKWARD.length);
  });

  it('the Gantt keeps one bar per step, its own title and an elapsed axis', async () => {
    const g = renderGantt(awkwardManifest());
    await parseMermaid(g.text);
    const tasks = await ganttTasks(g.text);
    expect(tasks).toHaveLength(AWKWARD.length);
    expect(tasks.map((t) => t.task.replace(/^\S+ /, '').trim())).toEqual(AWKWARD);
    expect(await ganttTitle(g.text)).toContain('notes-app');
    // Elapsed: the first bar starts at the axis origin, the last 33 s later.
    const starts = tasks.map((t) => t.startTime.getTime());
    expect(Math.max(...starts) - Math.min(...starts)).toBe((AWKWARD.length - 1) * 1000);
    expect(g.text).toContain('axisFormat %M:%S');
    expect(g.text).not.toMatch(/ 20\d\d-\d\d-\d\dT/);
  });

  it('a job longer than an hour gets an hour axis, not a wrapping minute one', async () => {
    const m = makeManifest([
      { id: 'a', durationMs: 2 * 3600_000 },
      { id: 'title', startOffsetMs: 3600_000 * 1.5 },
    ]);
    const g = renderGantt(m);
    await parseMermaid(g.text);
    expect(g.text).toContain('axisFormat %H:%M');
    const tasks = await ganttTasks(g.text);
    expect(tasks[0].endTime.getTime() - tasks[0].startTime.getTime()).toBe(2 * 3600_000);
  });

  it('plan --format mermaid parses with keyword ids', async () => {
    await parseMermaid(
      planMermaid(specOf(awkwardManifest() && AWKWARD.map((id, i) => ({ id, needs: i ? [AWKWARD[i - 1]] : [] })))),
    );
  });
});

describe('Mermaid: big and dense DAGs stay within the defaults', () => {
  it('200 layered steps with 3 needs each (540 edges) render, failures kept', async () => {
    const steps = layered(200, 10, 3, 37);
    const m = makeManifest(steps);
    const d = renderStatusFlowchart(m);
    await parseMermaid(d.text);
    expect(d.edges).toBeLessThanOrEqual(500);
    expect(d.shown).toBeGreaterThan(20);
    for (const s of steps.filter((x) => x.status === 'failed')) expect(d.text).toContain(`"${s.id}<br/>`);
  });

  it.each([600, 2000])('plan --format mermaid with %i dense steps parses; --full draws everything', async (n) => {
    const spec = specOf(layered(n, 20, 3));
    const text = planMermaid(spec);
    await parseMermaid(text);
    expect(text.length).toBeLessThanOrEqual(50_000);
    const full = planMermaid(spec, { full: true });
    expect((full.match(/-->/g) ?? []).length).toBeGreaterThan(500);
    await expect(parseMermaid(full)).rejects.toThrow(/Edge limit exceeded|Maximum text size/);
  });

  it('a 2,000-step chain collapses into level bands and parses', async () => {
    const steps: FixtureStep[] = Array.from({ length: 2000 }, (_, i) => ({
      id: `c${i}`,
      needs: i ? [`c${i - 1}`] : [],
      status: i === 1500 ? 'failed' : i > 1500 ? 'skipped' : 'succeeded',
    }));
    const d = renderStatusFlowchart(makeManifest(steps));
    await parseMermaid(d.text);
    expect(d.text).toContain('"c1500<br/>');
    expect(d.text).toMatch(/levels \d+-\d+#58; \d+ more steps|levels \d+-\d+: \d+ more steps/);
  });

  it('every diagram in the summary of a 2,000-step dense failing job parses', async () => {
    const m = makeManifest(layered(2000, 40, 3, 97));
    const md = renderSummary(m, []);
    const blocks = mermaidBlocks(md);
    expect(blocks.length).toBe(2);
    for (const b of blocks) await parseMermaid(b);
  });
});

describe('Mermaid: for_each fan-out', () => {
  it('1,000 instances feeding one step collapse into one node for the step, failed instances kept', async () => {
    const steps: FixtureStep[] = [{ id: 'list' }];
    for (let i = 0; i < 1000; i++)
      steps.push({ id: `review[src/file-${i}.ts]`, needs: ['list'], status: i === 500 ? 'failed' : 'succeeded' });
    steps.push({ id: 'merge', needs: steps.slice(1).map((s) => s.id), status: 'skipped', reason: 'upstream_failed' });
    const d = renderStatusFlowchart(makeManifest(steps));
    await parseMermaid(d.text);
    expect(d.edges).toBeLessThanOrEqual(500);
    expect(d.text).toContain('review#91;src/file-500.ts#93;');
    expect(d.text).toMatch(/review#91;…#93;: \d+ more instances/);
    expect(d.text).toContain('"merge<br/>');
  });
});

describe('Mermaid: for_each instance ids with any key', () => {
  const KEYS = ['a:b', 'c#d', 'e;f', '%%g', 'click h', 'title', '"q"', '`t`', '<b>x</b>', 'end', 'src/a b.ts'];
  const m = makeManifest(
    KEYS.map((k, i) => ({
      id: `each[${k}]`,
      startOffsetMs: i * 100,
      status: i === 3 ? ('failed' as const) : ('succeeded' as const),
    })),
  );

  it('the timeline has one bar per instance and parses', async () => {
    const g = renderGantt(m);
    await parseMermaid(g.text);
    expect(await ganttTasks(g.text)).toHaveLength(KEYS.length);
  });

  it('the flowchart parses', async () => {
    await parseMermaid(renderStatusFlowchart(m).text);
  });
});
