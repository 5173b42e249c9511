/** `--dry-run`: every selected step's rendered prompt, calling nothing. Upstream outputs show as placeholders. */
import { resolveStepSettings } from '../spec/step-settings.js';
import type { LoadedSpec } from '../spec/schema.js';
import { compileTemplate } from '../spec/template.js';
import { stepGraph, needsOfSpec } from '../spec/graph.js';

export interface DryRunStep {
  step_id: string;
  kind: 'llm' | 'command';
  provider?: string;
  system?: string;
  prompt?: string;
  run?: string;
}

export function dryRun(loaded: LoadedSpec, only?: string[]): DryRunStep[] {
  const { spec } = loaded;
  const g = stepGraph(needsOfSpec(spec));
  const ids = only?.length ? new Set(g.closureForOnly(only)) : undefined;
  const vars = {
    inputs: spec.inputs,
    stepOutput: (id: string) => `<output of ${id}>`,
    context: '<context>',
  };
  const settings = resolveStepSettings(spec);
  return g.topoOrder().filter((id) => !ids || ids.has(id)).map((id) => {
    const step = spec.steps[id]!;
    if (step.run !== undefined) return { step_id: id, kind: 'command', run: step.run };
    const tpl = compileTemplate(loaded.prompts[id] ?? '');
    let prompt = tpl.render(vars);
    if (step.context && !tpl.refs.context) prompt += '\n\n<context>';
    return {
      step_id: id, kind: 'llm', provider: settings.get(id)!.target,
      ...(step.system === undefined ? {} : { system: compileTemplate(step.system).render(vars) }), prompt,
    };
  });
}
