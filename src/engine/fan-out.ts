/**
 * Fan-out (docs/reference.md: Fan-out): the list a `for_each` step runs over, and the step as one instance
 * sees it. The step runner owns the instances' lives (src/engine/step-runner.ts); this module
 * only answers "which items?" and "what does instance N run?".
 */
import type { CheckSpec, LoadedSpec, StepSpec } from '../jobspec/schema.js';
import { compileTemplate } from '../jobspec/template.js';
import { globPatternProblem, instancesOf, type Instance, type InstanceNaming } from '../jobspec/fan-out.js';
import { namedSecrets } from '../providers/secrets.js';
import { Redactor } from '../util/redact.js';
import { type TemplateVars } from '../jobspec/template.js';
import { OrchestratorError, UsageError } from '../util/errors.js';
import { parseJsonStrict } from '../quality/json-error.js';
import { soleFencedBlock } from '../quality/checks.js';
import type { PromptServices } from './services.js';

/** The CLI's default runs and cache folders (relative to the working folder), for plans made without flags. */
export const DEFAULT_ENGINE_DIRS: readonly string[] = ['runs', '.orchestrator/cache'];

/** Instance naming that keeps secrets out of KEYs (file names, cache entries): the run's redactor decides. */
export function secretNaming(redactor: Redactor): InstanceNaming {
  return { holdsSecret: (text) => redactor.apply(text) !== text };
}

/** More instances than this is a runaway list (a model's output, a glob over a huge tree), not a job. */
export const MAX_INSTANCES = 100_000;

function forEachError(id: string, message: string, hint?: string): OrchestratorError {
  return new OrchestratorError('E_FOR_EACH', `step ${id}: for_each ${message}`, { hint });
}

/** The items of a fanned-out step, in order: the rendered template's JSON array, or the glob's files (sorted). */
export async function resolveItems(ctx: PromptServices, id: string, step: StepSpec): Promise<unknown[]> {
  const fe = step.for_each!;
  let items: unknown[];
  if (typeof fe === 'string') {
    const text = ctx.templates.get(`f:${id}`, fe).render(baseVars(ctx)).trim();
    const parsed = parseJsonStrict(soleFencedBlock(text) ?? text);
    if (!parsed.ok) {
      throw forEachError(
        id,
        `did not render to JSON (${parsed.problem.message} at line ${parsed.problem.line} col ` +
          `${parsed.problem.col}): ${JSON.stringify(text.slice(0, 200))}`,
        'for_each renders to a JSON array, e.g. an input holding ["a","b"] or an upstream step that answers one',
      );
    }
    if (!Array.isArray(parsed.value)) {
      throw forEachError(
        id,
        `rendered a JSON ${parsed.value === null ? 'null' : typeof parsed.value}, not an array: ` +
          `${JSON.stringify(text.slice(0, 200))}`,
        'for_each renders to a JSON array',
      );
    }
    items = parsed.value;
  } else {
    const problem = globPatternProblem(fe.glob);
    if (problem) throw new UsageError('E_FOR_EACH', `step ${id}: for_each glob ${JSON.stringify(fe.glob)} ${problem}`);
    // The context module's lister: .gitignore respected, .git/node_modules and symlinks leaving the folder left out.
    const { listWorkspaceFiles } = await import('../context/files.js');
    items = await listWorkspaceFiles(ctx.loaded.baseDir, [fe.glob], [], ctx.engineDirs);
  }
  if (items.length > MAX_INSTANCES) {
    throw forEachError(
      id,
      `has ${items.length} items, more than the ${MAX_INSTANCES} a step may fan out to`,
      'split the list, or fan out over fewer items',
    );
  }
  return items;
}

function baseVars(ctx: PromptServices): TemplateVars {
  return { inputs: ctx.loaded.spec.inputs, stepOutput: (s: string) => ctx.texts.get(s), context: '' };
}

/**
 * The step as instance `inst` runs it: `{{ item }}` rendered into its output paths and its checks'
 * values (its prompt and system are rendered by the LLM executor, which also builds the cache
 * key). Commands (`run` of the step and of its checks) keep their templates: their executors pass
 * every value as an environment variable, never as shell text (src/jobspec/command-template.ts).
 */
export function instanceSpec(ctx: PromptServices, step: StepSpec, inst: Instance): StepSpec {
  const vars = { ...baseVars(ctx), item: inst.item };
  const render = (key: string, text: string, v: TemplateVars = vars): string =>
    text.includes('{{') ? ctx.templates.get(`${key}:${inst.parent}`, text).render(v) : text;
  const checks = step.checks.map((c, i): CheckSpec => {
    switch (c.type) {
      case 'contains':
      case 'not-contains':
      case 'regex':
        return { ...c, value: render(`c${i}`, c.value) };
      case 'equals':
        return typeof c.value === 'string' ? { ...c, value: render(`c${i}`, c.value) } : c;
      default:
        return c;
    }
  });
  const outputs = step.outputs.map((o, i) => ({ ...o, path: render(`o${i}`, o.path) }));
  for (const o of outputs) {
    if (o.path.includes('\0'))
      throw new OrchestratorError(
        'E_PATH_INVALID',
        `output path ${JSON.stringify(o.path)} of ${inst.id} holds a NUL byte`,
        {
          hint: 'the item holds a NUL byte: no file name can; leave {{ item }} out of the path, or use a field of it',
        },
      );
    // A key in a file name would be written to the run folder (and uploaded) as is.
    const shown = ctx.redactor.apply(o.path);
    if (shown !== o.path)
      throw new OrchestratorError(
        'E_SECRET_IN_PATH',
        `output path ${JSON.stringify(shown)} of ${inst.id} would hold a key's value`,
        {
          hint: 'the item holds a secret: keep keys out of for_each lists, or leave {{ item }} out of the path',
        },
      );
  }
  return { ...step, for_each: undefined, outputs, checks };
}

/**
 * Items known before the run (for `plan` and the shard planner): a template over inputs only, or
 * a glob. A list from an upstream step's output is known when that step has run: null. The same
 * resolution as the run's, so a planned instance id is the id the run gives that item. `skipDirs`:
 * the runs and cache folders the run will use, which its globs leave out.
 */
export async function knownItems(
  loaded: LoadedSpec,
  skipDirs: readonly string[] = DEFAULT_ENGINE_DIRS,
): Promise<Record<string, unknown[] | null>> {
  const out: Record<string, unknown[] | null> = {};
  for (const [id, step] of Object.entries(loaded.spec.steps)) {
    const fe = step.for_each;
    if (fe === undefined) continue;
    out[id] = null;
    try {
      if (typeof fe === 'string') {
        const t = compileTemplate(fe);
        if (t.refs.steps.length > 0) continue;
        const text = t.render({ inputs: loaded.spec.inputs, stepOutput: () => '' }).trim();
        const parsed = parseJsonStrict(soleFencedBlock(text) ?? text);
        if (parsed.ok && Array.isArray(parsed.value)) out[id] = parsed.value;
      } else if (!globPatternProblem(fe.glob)) {
        const { listWorkspaceFiles } = await import('../context/files.js');
        out[id] = await listWorkspaceFiles(loaded.baseDir, [fe.glob], [], skipDirs);
      }
    } catch {
      /* not knowable now: the run will say */
    }
  }
  return out;
}

/** Item counts known before the run (for `plan`): see `knownItems`. */
export async function knownItemCounts(
  loaded: LoadedSpec,
  skipDirs?: readonly string[],
): Promise<Record<string, number | null>> {
  const items = await knownItems(loaded, skipDirs);
  return Object.fromEntries(Object.entries(items).map(([id, list]) => [id, list ? list.length : null]));
}

/** The instance ids of every fanned-out step whose items are known before the run (for the shard planner). */
export async function knownInstanceIds(
  loaded: LoadedSpec,
  skipDirs?: readonly string[],
  env: Record<string, string | undefined> = process.env,
): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  // Named as the run names them: a KEY holding a key variable's value is its index there too.
  const naming = secretNaming(new Redactor(namedSecrets(loaded.spec, env)));
  // A list over the limit fails the run: the step stays one unit.
  for (const [id, list] of Object.entries(await knownItems(loaded, skipDirs)))
    if (list && list.length <= MAX_INSTANCES) out[id] = instancesOf(id, list, naming).map((inst) => inst.id);
  return out;
}
