/**
 * One plan of a run: which steps run (`--only`, `--shard`), in which order, what each one calls,
 * and how a fanned-out step becomes its instances. A run (engine/run.ts), `--dry-run`
 * (engine/dry-run.ts) and `plan --cost` (engine/cost-plan.ts) all go through it, so a change to
 * what a step does (more calls a step, another kind of call) is made here once.
 */
import { needsOfSpec, stepGraph } from '../jobspec/dag.js';
import { instancesOf, type Instance } from '../jobspec/fan-out.js';
import type { LoadedSpec, StepSpec } from '../jobspec/schema.js';
import { selectionOf } from '../jobspec/selection.js';
import { resolveStepSettings, type StepSettingsTable } from '../jobspec/step-settings.js';
import { instanceSpec, resolveItems, secretNaming } from './fan-out.js';
import type { PromptServices } from './services.js';

/**
 * One provider call a step makes for its result when nothing fails. `answer` is the step's own
 * call; later kinds (a sample among several, a judge's call, a batched call) are added here and
 * priced by `plan --cost` and counted by the run through the same list.
 */
export interface PlannedCall {
  /**
   * `answer`: the step's own call; `judge`: a `judge` check's call; `embedding`: a `similar` check
   * with `metric: embedding` (one embeddings request). Check calls are made once per sample.
   */
  kind: 'answer' | 'judge' | 'embedding';
  /** The provider or route it goes to. */
  target: string;
  /** A check's call: the check's position in the step's checks. */
  check?: number;
  /** An embedding call: the embedding model. */
  model?: string;
}

/** The calls one sample of an LLM step makes: its answer, then one per model-backed check. */
function callsOf(step: StepSpec, target: string): PlannedCall[] {
  const calls: PlannedCall[] = [{ kind: 'answer', target }];
  step.checks.forEach((c, check) => {
    if (c.type === 'judge') calls.push({ kind: 'judge', target: c.provider, check });
    else if (c.type === 'similar' && c.metric === 'embedding' && c.provider)
      calls.push({ kind: 'embedding', target: c.provider, check, ...(c.model ? { model: c.model } : {}) });
  });
  return calls;
}

export interface PlannedStep {
  id: string;
  spec: StepSpec;
  kind: 'llm' | 'command';
  /** The step's provider or route (LLM steps). */
  target?: string;
  /** A `for_each` step: its instances are known once its list is resolved (`expandStep`). */
  fanOut: boolean;
  /** The calls of one run of the step (of each instance, for a fanned-out step). */
  calls: PlannedCall[];
}

export interface RunPlan {
  loaded: LoadedSpec;
  /** Each step's needs, over the whole spec. */
  graph: Readonly<Record<string, readonly string[]>>;
  settings: StepSettingsTable;
  /** The steps that run, in topological order. */
  order: string[];
  /** Steps left out by `only`, in spec order (a run records them as skipped, not_selected). */
  unselected: string[];
  /** Fanned-out steps of which only some instances run (instance ids in `only`). */
  selectedInstances?: ReadonlyMap<string, ReadonlySet<string>>;
  steps: ReadonlyMap<string, PlannedStep>;
}

export interface RunPlanOptions {
  /** Steps or instances (`STEP[KEY]`) to run with what they need; empty or absent: all. */
  only?: readonly string[];
}

export function planRun(loaded: LoadedSpec, opts: RunPlanOptions = {}): RunPlan {
  const { spec } = loaded;
  const graph = needsOfSpec(spec);
  const g = stepGraph(graph);
  // `only` may name instances (STEP[KEY], as `run --shard` does when a fan-out is split over shards).
  const selection = opts.only?.length
    ? selectionOf(graph, new Set(Object.keys(spec.steps).filter((id) => spec.steps[id]!.for_each !== undefined)), [
        ...opts.only,
      ])
    : undefined;
  const selected = selection ? new Set(selection.steps) : undefined;
  const order = g.topoOrder().filter((id) => !selected || selected.has(id));
  const settings = resolveStepSettings(spec);
  const steps = new Map<string, PlannedStep>();
  for (const id of order) {
    const step = spec.steps[id]!;
    const kind = step.run !== undefined ? 'command' : 'llm';
    const target = kind === 'llm' ? settings.get(id)!.target : undefined;
    steps.set(id, {
      id,
      spec: step,
      kind,
      target,
      fanOut: step.for_each !== undefined,
      calls: target !== undefined ? callsOf(step, target) : [],
    });
  }
  return {
    loaded,
    graph,
    settings,
    order,
    unselected: selected ? g.ids.filter((id) => !selected.has(id)) : [],
    selectedInstances: selection?.instances,
    steps,
  };
}

/** One unit of work of a planned step: the step itself, or one instance of a fanned-out step. */
export interface PlannedUnit {
  id: string;
  /** The step as this unit runs it (an instance's item rendered into its run, outputs and checks). */
  spec: StepSpec;
  inst?: Instance;
}

/**
 * The instances of a fanned-out step: its list resolved now (inputs, upstream outputs, a glob) and
 * named `STEP[KEY]`. Throws what the run reports when the list cannot be made.
 */
export async function expandStep(ctx: PromptServices, id: string, step: StepSpec): Promise<Instance[]> {
  // Instances are named so that no KEY holds a secret (the run's redactor decides).
  return instancesOf(id, await resolveItems(ctx, id, step), secretNaming(ctx.redactor));
}

/**
 * The unit of instance `inst` (or of a plain step): the step as that unit runs it. Throws when the
 * step cannot be rendered for the item (an output path naming a field the item lacks).
 */
export function unitOf(ctx: PromptServices, id: string, step: StepSpec, inst?: Instance): PlannedUnit {
  return inst ? { id: inst.id, spec: instanceSpec(ctx, step, inst), inst } : { id, spec: step };
}
