/** Gathers a step's prompt context (`context:`): upstream outputs plus workspace globs, under its token budget. */
import { readConfinedSync } from '../util/confined-read.js';
import type { StepSpec } from '../jobspec/schema.js';
import type { ContextBuiltData } from '../events/types.js';
import { engineFolders, type RunServices } from './services.js';

export async function gatherPromptContext(
  ctx: RunServices,
  id: string,
  step: StepSpec,
  query: string,
): Promise<{ text: string; data: ContextBuiltData }> {
  const spec = step.context!;
  const upstream: Array<{ path: string; content: string }> = [];
  for (const sid of spec.steps ?? step.needs) {
    for (const o of ctx.loaded.spec.steps[sid]?.outputs ?? []) {
      try {
        upstream.push({
          path: o.path,
          content: readConfinedSync(o.path, { root: ctx.paths.outputs, label: 'output' }).toString('utf8'),
        });
      } catch {
        /* an upstream output that is not there adds nothing */
      }
    }
  }
  // Loaded by the steps that have a context: globbing and ranking are not every run's cost.
  const { buildContext } = await import('../context/index.js');
  const built = await buildContext({
    workspaceDir: ctx.workspaceDir,
    include: spec.include,
    exclude: spec.exclude,
    skipDirs: engineFolders(ctx),
    upstream,
    maxTokens: spec.max_tokens,
    query,
  });
  return {
    text: built.text,
    data: { step: id, tokens: built.tokens, max_tokens: spec.max_tokens, selection: built.selection },
  };
}
