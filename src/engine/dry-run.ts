/**
 * `--dry-run`: every selected step's rendered prompt, calling nothing. Upstream outputs show as
 * placeholders; a step's `context` is built from the workspace as the run would build it, so the
 * files it would include (and what its budget leaves out) are there to read.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import { selectionOf } from '../jobspec/selection.js';
import { compileTemplate } from '../jobspec/template.js';
import { stepGraph, needsOfSpec } from '../jobspec/dag.js';
import { resolveStepSettings } from '../jobspec/step-settings.js';
import type { ContextFile } from '../context/build.js';

export interface DryRunStep {
  step_id: string;
  kind: 'llm' | 'command';
  provider?: string;
  system?: string;
  prompt?: string;
  run?: string;
  /** A fanned-out step: its list (a template or a glob); prompts show `<item>` / `<item.FIELD>`. */
  for_each?: string | { glob: string };
  /** The step's context as built now: its size and which files it would include. */
  context?: { tokens: number; max_tokens: number; selection: ContextFile[] };
}

export async function dryRun(
  loaded: LoadedSpec,
  only?: string[],
  opts: { workspaceDir?: string } = {},
): Promise<DryRunStep[]> {
  const { spec } = loaded;
  const g = stepGraph(needsOfSpec(spec));
  // An instance id (STEP[KEY], from --shard) shows its step: the dry run renders steps, not items.
  const ids = only?.length
    ? new Set(
        selectionOf(
          needsOfSpec(spec),
          new Set(Object.keys(spec.steps).filter((id) => spec.steps[id]!.for_each !== undefined)),
          only,
        ).steps,
      )
    : undefined;
  const stepOutput = (id: string) => `<output of ${id}>`;
  const baseVars = { inputs: spec.inputs, stepOutput, context: '' };
  const settings = resolveStepSettings(spec);
  const out: DryRunStep[] = [];
  for (const id of g.topoOrder().filter((sid) => !ids || ids.has(sid))) {
    const step = spec.steps[id]!;
    const fanOut = step.for_each === undefined ? {} : { for_each: step.for_each };
    // The items are known at run time only: placeholders stand in for them.
    const vars =
      step.for_each === undefined
        ? baseVars
        : { ...baseVars, itemPlaceholder: (path: readonly string[]) => `<${['item', ...path].join('.')}>` };
    if (step.run !== undefined) {
      out.push({ step_id: id, kind: 'command', run: step.run, ...fanOut });
      continue;
    }
    const tpl = compileTemplate(loaded.prompts[id] ?? '');
    const query = tpl.render(vars);
    let prompt = query;
    let context: DryRunStep['context'];
    if (step.context) {
      // As src/engine/prompt-context.ts builds it, with placeholders for the upstream outputs.
      const { buildContext } = await import('../context/index.js');
      const upstream = (step.context.steps ?? step.needs).flatMap((sid) =>
        (spec.steps[sid]?.outputs ?? []).map((o) => ({ path: o.path, content: `<output of ${sid}: ${o.path}>` })),
      );
      const built = await buildContext({
        workspaceDir: opts.workspaceDir ?? loaded.baseDir,
        include: step.context.include,
        exclude: step.context.exclude,
        upstream,
        maxTokens: step.context.max_tokens,
        query,
      });
      prompt = tpl.refs.context ? tpl.render({ ...vars, context: built.text }) : `${query}\n\n${built.text}`;
      context = { tokens: built.tokens, max_tokens: step.context.max_tokens, selection: built.selection };
    }
    out.push({
      step_id: id,
      kind: 'llm',
      provider: settings.get(id)!.target,
      ...fanOut,
      ...(step.system === undefined ? {} : { system: compileTemplate(step.system).render(vars) }),
      prompt,
      ...(context ? { context } : {}),
    });
  }
  return out;
}
