/** What `orchestrator plan` prints: the DAG's levels, critical path and width, as JSON/text/Mermaid. */
import { needsOfSpec, stepGraph } from '../jobspec/dag.js';
import { cappedFlowchart, mermaidFlowchart, type CapOptions } from '../report/mermaid.js';
import type { JobSpec, StepSpec } from '../jobspec/schema.js';
import { samplingOfStep, type Sampling } from '../jobspec/sampling.js';

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
  /** A fanned-out step (one node however many items): its item count, null when only the run knows it. */
  for_each?: { items: number | null };
  /**
   * A sampled step: its samples (N) and its gate with the defaults applied (docs/reference.md, "Samples and gates").
   */
  sampling?: Sampling;
}

/** Step id -> item count of its for_each, when known before the run (see src/engine/fan-out.ts). */
export type ItemCounts = Readonly<Record<string, number | null>>;

function fanOutOf(id: string, s: { for_each?: unknown }, counts?: ItemCounts): { for_each?: { items: number | null } } {
  if (s.for_each === undefined) return {};
  return { for_each: { items: counts?.[id] ?? null } };
}

/** `review ×12` (or `×?` when the count is known at run time only). */
function fanOutLabel(id: string, s: { for_each?: unknown }, counts?: ItemCounts): string | undefined {
  if (s.for_each === undefined) return undefined;
  const n = counts?.[id];
  return `${id} ×${n === undefined || n === null ? '?' : n}`;
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

export function planJson(spec: PlanSpec | JobSpec, counts?: ItemCounts): PlanJson {
  const g = stepGraph(needsOfSpec(spec));
  const lv = g.levels();
  const steps: PlanStep[] = g.topoOrder().map((id) => {
    const s = spec.steps[id]!;
    const base = { id, needs: [...(s.needs ?? [])], level: g.levelOfStep(id), ...fanOutOf(id, s, counts) };
    return isCommand(s)
      ? { ...base, kind: 'command' as const, run: s.run }
      : { ...base, kind: 'llm' as const, provider: s.provider ?? spec.defaults?.provider, ...samplingField(spec, s) };
  });
  return {
    ...(spec.name === undefined ? {} : { name: spec.name }),
    levels: lv,
    critical_path: g.criticalPath().path,
    width: lv.reduce((m, l) => Math.max(m, l.length), 0),
    steps,
  };
}

export function planText(spec: PlanSpec | JobSpec, counts?: ItemCounts): string {
  const p = planJson(spec, counts);
  const n = p.steps.length;
  const lines = [
    `${p.name ? `job ${p.name}: ` : ''}${n} step${n === 1 ? '' : 's'}, ` +
      `${p.levels.length} level${p.levels.length === 1 ? '' : 's'}, width ${p.width}`,
    '',
  ];
  const pad = String(p.levels.length - 1).length;
  p.levels.forEach((ids, i) =>
    lines.push(
      `level ${String(i).padStart(pad)}: ${ids.map((id) => fanOutLabel(id, spec.steps[id]!, counts) ?? id).join(', ')}`,
    ),
  );
  lines.push(
    '',
    `critical path (${p.critical_path.length} step${p.critical_path.length === 1 ? '' : 's'}): ` +
      `${p.critical_path.join(' -> ')}`,
  );
  const sampled = sampledStepLines(spec);
  if (sampled.length) lines.push('', 'sampled steps:', ...sampled);
  return `${lines.join('\n')}\n`;
}

function samplingField(spec: PlanSpec | JobSpec, step: PlanSpec['steps'][string]): { sampling?: Sampling } {
  const s = samplingOfStep(step, (spec.defaults as { samples?: number } | undefined)?.samples);
  return s ? { sampling: s } : {};
}

/** `  sum: 5 samples, gate >= 80% at 95% confidence, up to 20` (docs/reference.md, "Samples and gates"). */
function sampledStepLines(spec: PlanSpec | JobSpec): string[] {
  const out: string[] = [];
  for (const [id, step] of Object.entries(spec.steps)) {
    if (isCommand(step)) continue;
    const s = samplingField(spec, step).sampling;
    if (!s) continue;
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    const gate = s.gate
      ? `, gate >= ${pct(s.gate.min_pass_rate)} at ${pct(s.gate.confidence)} ` +
        `confidence${s.gate.max_samples > s.samples ? `, up to ${s.gate.max_samples}` : ''}`
      : ', every sample must pass';
    out.push(`  ${id}: ${s.samples} sample${s.samples === 1 ? '' : 's'}${gate}`);
  }
  return out;
}

export interface PlanMermaidOptions extends CapOptions {
  /** Draw every step and edge even past Mermaid's default limits (`plan --format mermaid --full`). */
  full?: boolean;
}

/** The DAG as Mermaid, within Mermaid's default limits (edges, text) unless `full`. */
export function planMermaid(spec: PlanSpec | JobSpec, opts: PlanMermaidOptions = {}, counts?: ItemCounts): string {
  const nodes = Object.entries(spec.steps).map(([id, s]) => {
    const label = fanOutLabel(id, s, counts);
    return {
      id,
      needs: s.needs ?? [],
      kind: isCommand(s) ? ('command' as const) : ('llm' as const),
      ...(label ? { label } : {}),
    };
  });
  if (opts.full) return mermaidFlowchart(nodes, opts);
  const d = cappedFlowchart(nodes, { maxNodes: 300, maxChars: 49_000, ...opts });
  const note =
    d.shown < d.total
      ? `%% ${d.shown} of ${d.total} steps drawn, the rest collapsed per level to stay within Mermaid's ` +
        `limits; --full draws all\n`
      : '';
  return `${d.text}\n${note}`;
}
