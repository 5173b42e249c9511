/**
 * `--dry-run`: every selected step's rendered prompt, calling nothing. Upstream outputs show as
 * placeholders; a step's `context` is built from the workspace as the run would build it, so the
 * files it would include (and what its budget leaves out) are there to read.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import type { ContextFile } from '../context/build.js';
import { planRun } from './run-plan.js';
import { DEFAULT_ENGINE_DIRS } from './fan-out.js';
import { Redactor } from '../util/redact.js';
import { renderPrompt } from './llm-step.js';
import { TemplateCache, type PromptServices } from './services.js';

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
  opts: { workspaceDir?: string; engineDirs?: readonly string[] } = {},
): Promise<DryRunStep[]> {
  // An instance id (STEP[KEY], from --shard) shows its step: the dry run renders steps, not items.
  const plan = planRun(loaded, { only });
  // Upstream outputs are not known: placeholders stand in for their texts and files.
  const ctx: PromptServices = {
    loaded,
    settings: plan.settings,
    texts: { get: (id) => `<output of ${id}>` },
    templates: new TemplateCache(),
    workspaceDir: opts.workspaceDir ?? loaded.baseDir,
    readOutput: (path, sid) => `<output of ${sid}: ${path}>`,
    engineDirs: opts.engineDirs ?? DEFAULT_ENGINE_DIRS,
    // Nothing is expanded into instances here, so no KEY needs naming around a secret.
    redactor: new Redactor([]),
  };
  // The items are known at run time only: placeholders stand in for them.
  const itemPlaceholder = (path: readonly string[]) => `<${['item', ...path].join('.')}>`;
  const out: DryRunStep[] = [];
  for (const id of plan.order) {
    const planned = plan.steps.get(id)!;
    const step = planned.spec;
    const fanOut = step.for_each === undefined ? {} : { for_each: step.for_each };
    if (planned.kind === 'command') {
      out.push({ step_id: id, kind: 'command', run: step.run, ...fanOut });
      continue;
    }
    const r = await renderPrompt(ctx, id, step, undefined, planned.fanOut ? itemPlaceholder : undefined);
    out.push({
      step_id: id,
      kind: 'llm',
      provider: planned.target,
      ...fanOut,
      ...(r.system === undefined ? {} : { system: r.system }),
      prompt: r.prompt,
      ...(r.context
        ? { context: { tokens: r.context.tokens, max_tokens: r.context.max_tokens, selection: r.context.selection } }
        : {}),
    });
  }
  return out;
}
