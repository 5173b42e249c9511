/**
 * The rules zod cannot express: step kinds, references between steps, providers and routes,
 * cycles, output paths, regexes, prompt files and templates. They run on the raw parsed YAML
 * (whatever shape it has), so a typo and a cycle are reported in the same pass; anything of the
 * wrong shape is skipped here because the schema already reported it.
 */
import { statSync } from 'node:fs';
import { ConfinedFileError, MAX_SPEC_FILE_BYTES, confinedPath, readConfined, specRoot } from '../util/confined-read.js';
import { compileLinear, RegexSyntaxError } from '../util/linear-regex.js';
import { posix, resolve } from 'node:path';
import { StepGraph } from './dag.js';
import type { Reporter } from './reporter.js';
import type { PathSeg } from './source-map.js';
import { checkProviders } from './provider-checks.js';
import { checkModelOutputChecks } from './check-semantics.js';
import { didYouMean } from './suggest.js';
import { validateTemplate, type TemplateProblem, type TemplateScope } from './template.js';
import { commandTemplateProblems, envNamePart, isTemplatedCommand } from './command-template.js';
import { globPatternProblem } from './fan-out.js';
import { parse as parseYamlText } from 'yaml';

export type { Reporter } from './reporter.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const strings = (v: unknown): Array<[number, string]> =>
  Array.isArray(v) ? v.flatMap((x, i) => (typeof x === 'string' ? [[i, x] as [number, string]] : [])) : [];
const objects = (v: unknown): Array<[number, Obj]> =>
  Array.isArray(v) ? v.flatMap((x, i) => (isObj(x) ? [[i, x] as [number, Obj]] : [])) : [];

const STEP_KINDS = ['prompt', 'prompt_file', 'run'] as const;
const COMMAND_ONLY = ['reads', 'files', 'env'];
const LLM_ONLY = ['system', 'provider', 'context', 'output_schema', 'samples', 'gate'];

function names(list: Iterable<string>, max = 12): string {
  const all = [...list];
  return all.length === 0 ? '(none)' : all.slice(0, max).join(', ') + (all.length > max ? ', ...' : '');
}

/** What is wrong with an output path, if anything. */
export function outputPathProblem(p: string): string | undefined {
  if (p.includes('\0')) return 'contains a NUL character';
  if (p.startsWith('/') || p.startsWith('\\') || /^[A-Za-z]:/.test(p))
    return "is absolute; output paths are relative to the run's outputs/ folder";
  if (p.split(/[\\/]/).includes('..')) return 'contains ".."; output paths may not leave the outputs/ folder';
  const norm = posix.normalize(p.replace(/\\/g, '/'));
  if (norm === '.' || norm === './' || p.endsWith('/') || p.endsWith('\\')) return 'does not name a file';
  return undefined;
}

/** A gate that could never draw its first samples: max_samples below the step's samples. */
function gateProblems(step: Obj, root: Obj, report: Reporter, at: (...rest: PathSeg[]) => PathSeg[]): void {
  if (!isObj(step.gate) || typeof step.gate.max_samples !== 'number') return;
  const defaults = isObj(root.defaults) ? root.defaults : {};
  const n =
    typeof step.samples === 'number' ? step.samples : typeof defaults.samples === 'number' ? defaults.samples : 1;
  if (step.gate.max_samples < n)
    report.at(
      at('gate', 'max_samples'),
      'value',
      `gate.max_samples (${step.gate.max_samples}) is below the step's samples (${n})`,
      'max_samples bounds every sample drawn, the first N included: raise it to at least samples',
    );
}

export interface SemanticsInput {
  root: Obj;
  baseDir: string;
  report: Reporter;
  /** Read replay responses files too (validate); off, a spec is checked on its own text. */
  providerFiles?: boolean;
}

/** Checks everything; returns step id -> prompt template text for the LLM steps it could read. */
export async function checkSemantics({
  root,
  baseDir,
  report,
  providerFiles = false,
}: SemanticsInput): Promise<Record<string, string>> {
  const inputs = new Set(isObj(root.inputs) ? Object.keys(root.inputs) : []);
  // Inputs reach commands as ORCHESTRATOR_INPUT_<NAME>: two names giving one variable would clash.
  const inputVariables = new Map<string, string>();
  for (const name of inputs) {
    const variable = `ORCHESTRATOR_INPUT_${envNamePart(name)}`;
    const first = inputVariables.get(variable);
    if (first === undefined) inputVariables.set(variable, name);
    else
      report.at(
        ['inputs', name],
        'key',
        `inputs "${first}" and "${name}" both reach commands as ${variable}`,
        'rename one of them',
      );
  }
  const providers = isObj(root.providers) ? root.providers : {};
  const routes = isObj(root.routes) ? root.routes : {};
  const steps = isObj(root.steps) ? root.steps : {};
  const stepIds = new Set(Object.keys(steps));
  const targets = [...Object.keys(providers), ...Object.keys(routes)];
  const isTarget = (n: string): boolean => Object.hasOwn(providers, n) || Object.hasOwn(routes, n);
  const unknownTargetHint = (n: string): string =>
    didYouMean(n, targets) ??
    `declared providers: ${names(Object.keys(providers))}; routes: ${names(Object.keys(routes))}`;

  // Providers and routes share one namespace: a step's provider: may name either.
  for (const [name, route] of Object.entries(routes)) {
    if (Object.hasOwn(providers, name)) {
      report.at(
        ['routes', name],
        'key',
        `route "${name}" has the same name as a provider`,
        'give the route its own name',
      );
    }
    if (!isObj(route)) continue;
    const seen = new Set<string>();
    for (const [i, member] of strings(route.providers)) {
      const at: PathSeg[] = ['routes', name, 'providers', i];
      if (Object.hasOwn(routes, member) && !Object.hasOwn(providers, member)) {
        report.at(at, 'value', `route "${name}" lists route "${member}"; a route lists providers only`);
      } else if (!Object.hasOwn(providers, member)) {
        report.at(
          at,
          'value',
          `unknown provider "${member}" in route "${name}"`,
          didYouMean(member, Object.keys(providers)) ?? `declared providers: ${names(Object.keys(providers))}`,
        );
      } else if (seen.has(member)) {
        report.at(at, 'value', `provider "${member}" is listed twice in route "${name}"`);
      }
      seen.add(member);
    }
  }

  // Every file the spec names stays inside its repository and is a regular, bounded file.
  const namedFile = (where: PathSeg[], rel: string, label: string): void => {
    const problem = namedFileProblem(rel, baseDir, label);
    if (problem) report.at(where, 'value', problem.message, problem.hint);
  };
  for (const [name, p] of Object.entries(providers)) {
    if (isObj(p) && p.type === 'replay' && typeof p.responses === 'string' && p.responses !== '')
      namedFile(['providers', name, 'responses'], p.responses, 'responses file');
  }
  await checkProviders(providers, baseDir, report, providerFiles);

  const defaults = isObj(root.defaults) ? root.defaults : {};
  const defaultProvider = typeof defaults.provider === 'string' ? defaults.provider : undefined;
  if (defaultProvider !== undefined && !isTarget(defaultProvider)) {
    report.at(
      ['defaults', 'provider'],
      'value',
      `unknown provider or route "${defaultProvider}" in defaults`,
      unknownTargetHint(defaultProvider),
    );
  }

  // The graph uses only edges that exist, so one bad entry does not hide the other problems.
  const needs: Record<string, string[]> = {};
  const kindOf = new Map<string, 'llm' | 'command' | undefined>();
  for (const [id, step] of Object.entries(steps)) {
    needs[id] = [];
    if (!isObj(step)) continue;
    const kinds = STEP_KINDS.filter((k) => Object.hasOwn(step, k));
    if (kinds.length === 0) {
      report.at(
        ['steps', id],
        'key',
        `step "${id}" has none of prompt, prompt_file or run`,
        'give it exactly one: prompt (inline text), prompt_file (a file) or run (a shell command)',
      );
    } else if (kinds.length > 1) {
      report.at(
        ['steps', id, kinds[1]!],
        'key',
        `step "${id}" has both ${kinds[0]} and ${kinds[1]}; a step has exactly one of prompt, prompt_file or run`,
      );
    }
    kindOf.set(id, kinds.length === 1 ? (kinds[0] === 'run' ? 'command' : 'llm') : undefined);
    for (const [i, n] of strings(step.needs)) {
      if (n === id) report.at(['steps', id, 'needs', i], 'value', `step "${id}" needs itself`);
      else if (!stepIds.has(n))
        report.at(
          ['steps', id, 'needs', i],
          'value',
          `unknown step "${n}" in the needs of "${id}"`,
          didYouMean(n, stepIds),
        );
      else needs[id]!.push(n);
    }
  }

  const graph = new StepGraph(needs);
  for (const cycle of graph.findCycles()) {
    const [from, to] = cycle as [string, string];
    const step = steps[from] as Obj;
    const i = strings(step.needs).find(([, n]) => n === to)?.[0] ?? 0;
    report.at(
      ['steps', from, 'needs', i],
      'value',
      `dependency cycle: ${cycle.join(' -> ')}`,
      'a step cannot need itself, directly or through other steps; remove one of these needs',
    );
  }

  const outputOwners = new Map<string, { step: string; path: string }>();
  const prompts: Record<string, string> = {};
  const promptFiles: Array<Promise<void>> = [];

  for (const [id, step] of Object.entries(steps)) {
    if (!isObj(step)) continue;
    const kind = kindOf.get(id);
    const at = (...rest: PathSeg[]): PathSeg[] => ['steps', id, ...rest];

    if (kind === 'command') {
      for (const k of LLM_ONLY) {
        if (Object.hasOwn(step, k))
          report.at(
            at(k),
            'key',
            `${k} is not allowed on a command step ("${id}" has run:)`,
            `remove ${k}, or make "${id}" an LLM step with prompt:`,
          );
      }
      // `reads` name files below outputs/, like output paths.
      for (const [i, p] of strings(step.reads)) {
        const problem = p === '' ? undefined : outputPathProblem(p);
        if (problem)
          report.at(
            at('reads', i),
            'value',
            `reads entry ${JSON.stringify(p)} ` +
              problem.replace('output paths are', 'reads entries are').replace('output paths may', 'reads entries may'),
          );
      }
      // A files glob that leaves the spec's folder matches nothing: its key would never change (stale hits).
      for (const [i, g] of strings(step.files)) {
        if (g.startsWith('/') || g.startsWith('\\') || /^[A-Za-z]:/.test(g) || g.split(/[\\/]/).includes('..')) {
          report.at(
            at('files', i),
            'value',
            `files glob ${JSON.stringify(g)} leaves the spec's folder`,
            "files globs are relative to the spec file's folder and select files inside it",
          );
        }
      }
    } else if (kind === 'llm') {
      for (const k of COMMAND_ONLY) {
        if (Object.hasOwn(step, k))
          report.at(
            at(k),
            'key',
            `${k} is only for command steps (run:)`,
            'an LLM step sees upstream outputs through {{ steps.ID.output }} or context:',
          );
      }
      if (typeof step.provider === 'string') {
        if (!isTarget(step.provider))
          report.at(
            at('provider'),
            'value',
            `unknown provider or route "${step.provider}"`,
            unknownTargetHint(step.provider),
          );
      } else if (step.provider === undefined && defaultProvider === undefined) {
        report.at(
          at(),
          'key',
          `step "${id}" has no provider and there is no defaults.provider`,
          `set provider: NAME on the step or defaults.provider (declared: ${names(targets)})`,
        );
      }
    }

    for (const [i, out] of objects(step.outputs)) {
      if (typeof out.path !== 'string' || out.path === '') continue;
      const problem = outputPathProblem(out.path);
      if (problem) {
        report.at(at('outputs', i, 'path'), 'value', `output path ${JSON.stringify(out.path)} ${problem}`);
        continue;
      }
      const norm = posix.normalize(out.path.replace(/\\/g, '/'));
      const owner = outputOwners.get(norm);
      if (owner) {
        report.at(
          at('outputs', i, 'path'),
          'value',
          owner.step === id
            ? `output path ${JSON.stringify(out.path)} is written twice by step "${id}"`
            : `output path ${JSON.stringify(out.path)} is also written by step "${owner.step}"`,
          'each output file has one writer',
        );
      } else {
        outputOwners.set(norm, { step: id, path: out.path });
      }
    }

    for (const [i, check] of objects(step.checks)) {
      if (check.type === 'is-json' && typeof check.schema === 'string' && check.schema !== '')
        namedFile(at('checks', i, 'schema'), check.schema, 'is-json schema');
      if (check.type !== 'regex' || typeof check.value !== 'string') continue;
      const flags = typeof check.flags === 'string' ? check.flags : '';
      try {
        compileLinear(check.value, flags);
      } catch (e) {
        const flagsBad = e instanceof RegexSyntaxError && e.badFlags;
        report.at(
          at('checks', i, flagsBad ? 'flags' : 'value'),
          'value',
          flagsBad
            ? `invalid regex flags ${JSON.stringify(flags)}`
            : `invalid regular expression: ${(e as Error).message.replace(/^invalid regex /, '')}`,
          flagsBad
            ? 'flags are letters among d, g, i, m, s, u, v, y'
            : check.value.includes('\\')
              ? 'in YAML double quotes a backslash is doubled: "\\\\d+"; single quotes keep it as is'
              : undefined,
        );
      }
    }

    const upstream = (ref: string): boolean => graph.isUpstream(ref, id);
    const hasContext = Object.hasOwn(step, 'context');
    const hasItem = Object.hasOwn(step, 'for_each');
    const isFanOut = (ref: string): boolean => isObj(steps[ref]) && Object.hasOwn(steps[ref] as Obj, 'for_each');
    const templated = (path: PathSeg[], text: string, scope: TemplateScope): void => {
      for (const p of validateTemplate(text, scope))
        report.inString(path, text, p.start, snippetOf(text, p), p.message, p.hint);
    };
    const itemScope: TemplateScope = {
      inputs,
      steps: stepIds,
      isUpstream: upstream,
      stepId: id,
      hasContext: false,
      hasItem,
      isFanOut,
    };
    if (typeof step.for_each === 'string') {
      // The list itself is rendered before any item exists.
      templated(at('for_each'), step.for_each, { ...itemScope, hasItem: false });
    } else if (isObj(step.for_each) && typeof step.for_each.glob === 'string') {
      const problem = globPatternProblem(step.for_each.glob);
      if (problem)
        report.at(at('for_each', 'glob'), 'value', `for_each glob ${JSON.stringify(step.for_each.glob)} ${problem}`);
    }
    // Commands (a step's run, a command check's run) take templates in every step; each value
    // must stand where it can be passed as a variable (src/jobspec/command-template.ts).
    const commandTemplated = (path: PathSeg[], text: string, file: boolean): void => {
      if (!isTemplatedCommand(text, { file })) return;
      templated(path, text, itemScope);
      for (const p of commandTemplateProblems(text, { file }))
        report.inString(path, text, p.start, snippetOf(text, p), p.message, p.hint);
    };
    if (typeof step.run === 'string') commandTemplated(at('run'), step.run, false);
    for (const [i, check] of objects(step.checks))
      if (check.type === 'command' && typeof check.run === 'string')
        commandTemplated(at('checks', i, 'run'), check.run, true);
    if (hasItem) {
      // In a fanned-out step, {{ item }} may also appear in the output paths and the checks' values.
      for (const [i, out] of objects(step.outputs)) {
        if (typeof out.path !== 'string') continue;
        templated(at('outputs', i, 'path'), out.path, itemScope);
        if (!/\{\{\s*item[\s.}]/.test(out.path)) {
          report.at(
            at('outputs', i, 'path'),
            'value',
            `output path ${JSON.stringify(out.path)} of for_each step "${id}" does not use {{ item }}: every ` +
              `instance would write the same file`,
            'put the item in the path, e.g. reviews/{{ item }}.md',
          );
        }
      }
      for (const [i, check] of objects(step.checks)) {
        if (typeof check.value === 'string' && check.value.includes('{{'))
          templated(at('checks', i, 'value'), check.value, itemScope);
      }
    }
    if (kind === 'llm' && isObj(step.context)) {
      // Context globs select workspace files; a pattern that leaves the workspace selects nothing by design.
      for (const [i, g] of strings(step.context.include)) {
        if (g.startsWith('/') || /^[A-Za-z]:/.test(g) || g.split(/[\\/]/).includes('..')) {
          report.at(
            at('context', 'include', i),
            'value',
            `context glob ${JSON.stringify(g)} leaves the workspace`,
            'context globs are relative to the workspace and select files inside it',
          );
        }
      }
      for (const [i, ref] of strings(step.context.steps)) {
        if (!stepIds.has(ref))
          report.at(
            at('context', 'steps', i),
            'value',
            `unknown step "${ref}" in the context of "${id}"`,
            didYouMean(ref, stepIds),
          );
        else if (ref === id || !upstream(ref))
          report.at(
            at('context', 'steps', i),
            'value',
            `context step "${ref}" is not upstream of "${id}"`,
            `add "${ref}" to steps.${id}.needs`,
          );
      }
    }

    if (kind !== 'llm') continue;
    const scope: TemplateScope = {
      inputs,
      steps: stepIds,
      isUpstream: upstream,
      stepId: id,
      hasContext,
      hasItem,
      isFanOut,
    };
    const inline = (key: 'prompt' | 'system'): void => {
      const text = step[key];
      if (typeof text !== 'string') return;
      for (const p of validateTemplate(text, scope)) {
        report.inString(at(key), text, p.start, snippetOf(text, p), p.message, p.hint);
      }
    };
    inline('system');
    if (typeof step.prompt === 'string') {
      prompts[id] = step.prompt;
      inline('prompt');
    }
    if (kind === 'llm') gateProblems(step, root, report, at);
    // A schema ajv refuses (`type: 12`, a pattern RE2 cannot run) is the spec's mistake: say so now.
    if (isObj(step.output_schema)) {
      const inline = step.output_schema;
      promptFiles.push(
        schemaProblem(inline).then((p) => {
          if (p) report.at(at('output_schema'), 'value', `output_schema is not a valid JSON Schema: ${p}`);
        }),
      );
    }
    if (typeof step.output_schema === 'string' && step.output_schema !== '') {
      // Read as the run reads it (confined, JSON or YAML); its meaning is checked by ajv at run time.
      const rel = step.output_schema;
      promptFiles.push(
        readPromptFile(rel, baseDir).then((r) => {
          if ('error' in r) {
            report.at(
              at('output_schema'),
              'value',
              `output_schema file ${JSON.stringify(rel)} ${r.error}`,
              "output_schema is a JSON Schema inline, or a JSON/YAML file relative to the spec file's folder",
            );
            return;
          }
          let doc: unknown;
          try {
            doc = /\.ya?ml$/i.test(rel) ? parseYamlText(r.text) : JSON.parse(r.text);
          } catch (e) {
            report.at(
              at('output_schema'),
              'value',
              `output_schema file ${JSON.stringify(rel)} is not valid ` +
                `${/\.ya?ml$/i.test(rel) ? 'YAML' : 'JSON'}: ${(e as Error).message.split('\n')[0]}`,
            );
            return;
          }
          if (!isObj(doc))
            report.at(
              at('output_schema'),
              'value',
              `output_schema file ${JSON.stringify(rel)} must hold a JSON Schema object`,
            );
          else
            return schemaProblem(doc).then((p) => {
              if (p)
                report.at(
                  at('output_schema'),
                  'value',
                  `output_schema file ${JSON.stringify(rel)} is not a valid JSON Schema: ${p}`,
                );
            });
        }),
      );
    }
    if (typeof step.prompt_file === 'string' && step.prompt_file !== '') {
      const rel = step.prompt_file;
      promptFiles.push(
        readPromptFile(rel, baseDir).then((r) => {
          if ('error' in r) {
            report.at(
              at('prompt_file'),
              'value',
              `prompt file ${JSON.stringify(rel)} ${r.error}`,
              "prompt_file is relative to the spec file's folder",
            );
            return;
          }
          prompts[id] = r.text;
          for (const p of validateTemplate(r.text, scope)) {
            const { line, col } = lineCol(r.text, p.start);
            report.at(at('prompt_file'), 'value', `${rel}:${line}:${col}: ${p.message}`, p.hint);
          }
        }),
      );
    }
  }
  checkReads(steps, kindOf, outputOwners, graph, report);
  promptFiles.push(checkModelOutputChecks({ steps, providers, routes, baseDir, report, golden: root.golden }));
  await Promise.all(promptFiles);
  // Keep prompts in spec order whatever order the files were read in.
  const ordered: Record<string, string> = {};
  for (const id of stepIds) if (Object.hasOwn(prompts, id)) ordered[id] = prompts[id]!;
  return ordered;
}

/**
 * A command step's `reads` name files of outputs/ that upstream steps write: a file no
 * step writes is a typo or a workspace file (`files:` is for those), and a file written by a step
 * it does not need races with that step.
 */
function checkReads(
  steps: Obj,
  kindOf: Map<string, 'llm' | 'command' | undefined>,
  owners: Map<string, { step: string }>,
  graph: StepGraph,
  report: Reporter,
): void {
  for (const [id, step] of Object.entries(steps)) {
    if (!isObj(step) || kindOf.get(id) !== 'command') continue;
    for (const [i, p] of strings(step.reads)) {
      const at: PathSeg[] = ['steps', id, 'reads', i];
      const norm = posix.normalize(p.replace(/\\/g, '/'));
      const owner = owners.get(norm);
      if (!owner) {
        report.at(
          at,
          'value',
          `step "${id}" reads ${JSON.stringify(p)}, which no step writes`,
          `reads are paths in outputs/ written by an upstream step's outputs:; for files of the workspace ` +
            `use files: [GLOB] with cache: true (paths relative to the spec's folder)`,
        );
      } else if (owner.step === id) {
        report.at(
          at,
          'value',
          `step "${id}" reads ${JSON.stringify(p)}, its own output`,
          'a step reads what upstream steps wrote; remove the entry',
        );
      } else if (!graph.isUpstream(owner.step, id)) {
        report.at(
          at,
          'value',
          `step "${id}" reads ${JSON.stringify(p)}, written by step "${owner.step}", which it does not need ` +
            `(the two would race)`,
          `add "${owner.step}" to steps.${id}.needs`,
        );
      }
    }
  }
}

function snippetOf(text: string, p: TemplateProblem): string {
  const s = text.slice(p.start, p.end);
  const nl = s.indexOf('\n');
  return nl === -1 ? s : s.slice(0, nl);
}

export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Why a file the spec names may not be read (outside the repository, a symlink leading out, not a
 * regular file, too large), or undefined. A missing file is reported where it is used.
 */
function namedFileProblem(rel: string, baseDir: string, label: string): { message: string; hint?: string } | undefined {
  try {
    const real = confinedPath(rel, { root: specRoot(baseDir), base: baseDir, label });
    const st = statSync(real);
    if (!st.isFile())
      return {
        message: `${label} ${JSON.stringify(rel)} is not a regular file`,
        hint: 'name a regular file inside the repository',
      };
    if (st.size > MAX_SPEC_FILE_BYTES)
      return { message: `${label} ${JSON.stringify(rel)} is larger than ${MAX_SPEC_FILE_BYTES} bytes` };
    return undefined;
  } catch (e) {
    if (e instanceof ConfinedFileError) return { message: e.message, hint: e.hint };
    return undefined;
  }
}

/** Reads a prompt file under the confinement rule (inside the repository, regular, bounded). */
async function readPromptFile(rel: string, baseDir: string): Promise<{ text: string } | { error: string }> {
  const file = resolve(baseDir, rel);
  try {
    return {
      text: (await readConfined(rel, { root: specRoot(baseDir), base: baseDir, label: 'prompt_file' })).toString(
        'utf8',
      ),
    };
  } catch (e) {
    if (e instanceof ConfinedFileError) return { error: e.message.replace(/^prompt_file "[^"]*" /, '') };
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { error: `not found (looked for ${file})` };
    if (code === 'EISDIR') return { error: `is a folder, not a file (${file})` };
    return { error: `cannot be read (${code ?? (e as Error).message})` };
  }
}

/** Why ajv refuses a JSON Schema, or undefined when it compiles (ajv is loaded only when a spec has one). */
async function schemaProblem(schema: Record<string, unknown>): Promise<string | undefined> {
  const { compileJsonSchema } = await import('../util/json-schema-engine.js');
  try {
    compileJsonSchema(schema);
    return undefined;
  } catch (e) {
    return (e as Error).message.split('\n')[0];
  }
}
