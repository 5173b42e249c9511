import { loadSpecFromString } from '../../src/jobspec/load.js';
import { mermaidFlowchart } from '../../src/report/mermaid.js';
import { planJson, planMermaid, planText } from '../../src/planning/plan.js';
import { cleanup, tempProject } from '../jobspec/helpers.js';

afterAll(cleanup);

const SPEC = `version: 2
name: notes-app
providers:
  fast: { type: replay, responses: r.yaml }
  smart: { type: replay, responses: r.yaml }
defaults: { provider: fast }
steps:
  architect: { prompt: design }
  end: { prompt: a step named like a Mermaid keyword }
  builder: { needs: [architect], provider: smart, prompt: build }
  docs: { needs: [architect], prompt: docs }
  qa: { needs: [builder], run: "pytest -q" }
`;

async function spec() {
  return (await loadSpecFromString(SPEC, 'job.yaml', tempProject({}))).spec;
}

describe('plan output', () => {
  it('planJson: levels, critical path, width and per-step detail', async () => {
    const plan = planJson(await spec());
    expect(plan.levels).toEqual([['architect', 'end'], ['builder', 'docs'], ['qa']]);
    expect(plan.critical_path).toEqual(['architect', 'builder', 'qa']);
    expect(plan.width).toBe(2);
    expect(plan.steps.find((s) => s.id === 'builder')).toEqual({
      id: 'builder',
      needs: ['architect'],
      kind: 'llm',
      provider: 'smart',
      level: 1,
    });
    expect(plan.steps.find((s) => s.id === 'docs')!.provider).toBe('fast');
    expect(plan.steps.find((s) => s.id === 'qa')).toEqual({
      id: 'qa',
      needs: ['builder'],
      kind: 'command',
      run: 'pytest -q',
      level: 2,
    });
  });

  it('planText shows levels, width and the critical path', async () => {
    const text = planText(await spec());
    expect(text).toContain('job notes-app: 5 steps, 3 levels, width 2');
    expect(text).toContain('level 1: builder, docs');
    expect(text).toContain('critical path (3 steps): architect -> builder -> qa');
  });

  it('planMermaid draws a flowchart with safe node ids and a distinct shape for command steps', async () => {
    const m = planMermaid(await spec());
    const lines = m.trim().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    expect(lines).toContain('  s1("end")');
    expect(lines).toContain('  s4{{"qa"}}');
    expect(lines).toContain('  s0 --> s2');
    expect(lines).toContain('  s2 --> s4');
    expect(m).not.toMatch(/^\s*end\b/m);
  });

  it('colours nodes by status with classDef and class lines', () => {
    const status: Record<string, 'succeeded' | 'failed' | 'skipped'> = {
      a: 'succeeded',
      b: 'failed',
      c: 'skipped',
      d: 'succeeded',
    };
    const m = mermaidFlowchart(
      [
        { id: 'a', needs: [] },
        { id: 'b', needs: ['a'] },
        { id: 'c', needs: ['b'] },
        { id: 'd', needs: ['a'], label: 'say "hi" <b>' },
      ],
      { statusOf: (id) => status[id] },
    );
    expect(m).toMatch(/^ {2}classDef succeeded fill:/m);
    expect(m).toContain('  class s0,s3 succeeded');
    expect(m).toContain('  class s1 failed');
    expect(m).toContain('  class s2 skipped');
    expect(m).toContain('s3("say #34;hi#34; #60;b#62;")');
  });
});
