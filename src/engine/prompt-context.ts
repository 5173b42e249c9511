/** Gathers a step's prompt context (`context:`): upstream outputs plus workspace globs, under its token budget. */
import type { StepSpec } from '../jobspec/schema.js';
import type { ContextBuiltData } from '../events/types.js';
import type { PromptServices } from './services.js';
import type { ContextFile } from '../context/build.js';

/** context.built as the engine makes it: the budget and the files, typed. */
export type BuiltContextData = ContextBuiltData & { max_tokens: number; selection: ContextFile[] };

export async function gatherPromptContext(
  ctx: PromptServices,
  id: string,
  step: StepSpec,
  query: string,
): Promise<{ text: string; data: BuiltContextData }> {
  const spec = step.context!;
  const upstream: Array<{ path: string; content: string }> = [];
  for (const sid of spec.steps ?? step.needs) {
    for (const o of ctx.loaded.spec.steps[sid]?.outputs ?? []) {
      // An upstream output that is not there adds nothing.
      const content = ctx.readOutput(o.path, sid);
      if (content !== undefined) upstream.push({ path: o.path, content });
    }
  }
  // Loaded by the steps that have a context: globbing and ranking are not every run's cost.
  const { buildContext } = await import('../context/index.js');
  const built = await buildContext({
    workspaceDir: ctx.workspaceDir,
    include: spec.include,
    exclude: spec.exclude,
    skipDirs: [...ctx.engineDirs],
    upstream,
    maxTokens: spec.max_tokens,
    query,
  });
  return {
    text: built.text,
    data: { step: id, tokens: built.tokens, max_tokens: spec.max_tokens, selection: built.selection },
  };
}
