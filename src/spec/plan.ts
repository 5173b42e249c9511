/** What `orchestrator plan` prints: the DAG's levels, critical path and width, as JSON/text/Mermaid. */
import { needsOfSpec, stepGraph } from './dag.js';
import { mermaidFlowchart, type MermaidOptions } from './mermaid.js';
import type { JobSpec, StepSpec } from './schema.js';

/** The slice of a spec the plan needs (a full JobSpec fits). */
export interface PlanSpec {
  name?: string;
  defaults?: { provider?: string };
  steps: Readonly<Record<string, Pick<StepSpec, 'needs' | 'provider' | 'run'> & Partial<StepSpec>>>;
}

export interface PlanStep {
  id: string;
  needs: string[];
  kind: 'llm' | 'command';
  /** LLM steps: the provider or route it uses (its own, else defaults.provider). */
  provider?: string;
  /** Command steps: the command. */
  run?: string;
  level: number;
}

export interface PlanJson {
  name?: string;
  levels: string[][];
  critical_path: string[];
  width: number;
  steps: PlanStep[];
}

function isCommand(step: { run?: string }): boolean {
  return typeof step.run === 'string';
}

export function planJson(spec: PlanSpec | JobSpec): PlanJson {
  const g = stepGraph(needsOfSpec(spec));
  const lv = g.levels();
  const steps: PlanStep[] = g.topoOrder().map((id) => {
    const s = spec.steps[id]!;
    const base = { id, needs: [...(s.needs ?? [])], level: g.levelOfStep(id) };
    return isCommand(s)
      ? { ...base, kind: 'command' as const, run: s.run }
      : { ...base, kind: 'llm' as const, provider: s.provider ?? spec.defaults?.provider };
  });
  return {
    ...(spec.name === undefined ? {} : { name: spec.name }),
    levels: lv,
    critical_path: g.criticalPath().path,
    width: lv.reduce((m, l) => Math.max(m, l.length), 0),
    steps,
  };
}

export function planText(spec: PlanSpec | JobSpec): string {
  const p = planJson(spec);
  const n = p.steps.length;
  const lines = [
    `${p.name ? `job ${p.name}: ` : ''}${n} step${n === 1 ? '' : 's'}, ${p.levels.length} level${p.levels.length === 1 ? '' : 's'}, width ${p.width}`,
    '',
  ];
  const pad = String(p.levels.length - 1).length;
  p.levels.forEach((ids, i) => lines.push(`level ${String(i).padStart(pad)}: ${ids.join(', ')}`));
  lines.push('', `critical path (${p.critical_path.length} step${p.critical_path.length === 1 ? '' : 's'}): ${p.critical_path.join(' -> ')}`);
  return `${lines.join('\n')}\n`;
}

export function planMermaid(spec: PlanSpec | JobSpec, opts: MermaidOptions = {}): string {
  return mermaidFlowchart(
    Object.entries(spec.steps).map(([id, s]) => ({ id, needs: s.needs ?? [], kind: isCommand(s) ? ('command' as const) : ('llm' as const) })),
    opts,
  );
}
