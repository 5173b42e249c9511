/**
 * Templates in commands (a command step's `run`, a command check's `run`): no value ever becomes
 * shell text. `{{ item }}`, `{{ item.FIELD }}`, `{{ inputs.NAME }}`, `{{ steps.ID.output(s) }}`
 * (and a check's `{file}`) are rewritten into references to environment variables that the
 * command gets with the values: `"${ORCHESTRATOR_ITEM}"` in plain command text,
 * `${ORCHESTRATOR_ITEM}` inside double quotes. The shell expands a variable once and never parses
 * its value as code, so an item `$(touch x)` or `"; rm -rf ~; "` stays data.
 *
 * Where a reference cannot be proved safe (inside single quotes, where it would not expand, and
 * where pasting it in would hand it to another interpreter; `$'...'`, backquotes, `${...}`,
 * `$((...))`, here-documents) the template is refused: `validate` reports it with FILE:LINE:COL,
 * and the run refuses it too. See docs/reference.md, "Values in commands".
 */
import { ShellScanner, type ShellContext } from '../util/shell-context.js';
import { OrchestratorError } from '../util/errors.js';
import {
  itemField,
  itemToText,
  parseTemplate,
  TemplateError,
  type TemplateProblem,
  type TemplateVars,
} from './template.js';

export type CommandValueRef =
  | { kind: 'input'; name: string }
  | { kind: 'step'; id: string; field: 'output' | 'outputs' }
  | { kind: 'item'; path: string[] }
  /** A command check's `{file}`: the path of the file under check. */
  | { kind: 'file' };

export interface CommandBinding {
  /** The environment variable the command reads the value from. */
  name: string;
  ref: CommandValueRef;
}

export interface CompiledCommand {
  /** The command the shell runs: the template with each value replaced by a variable reference. */
  command: string;
  /** The variables to set, one per distinct value, in order of first use. */
  bindings: CommandBinding[];
}

export interface CommandTemplateOptions {
  /** A command check: `{file}` is the file under check. */
  file?: boolean;
}

/** Variables the engine sets itself for every command (docs/reference.md): a value never takes one of their names. */
const RESERVED = new Set([
  'ORCHESTRATOR_ITEM_KEY',
  'ORCHESTRATOR_SPEC_DIR',
  'ORCHESTRATOR_RUN_DIR',
  'ORCHESTRATOR_OUTPUTS_DIR',
  'ORCHESTRATOR_JOB_ID',
]);

/** `my-in` -> `MY_IN`: the part of a variable name a spec name gives (inputs use the same rule). */
export function envNamePart(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9_]/g, '_');
}

function baseName(ref: CommandValueRef): string {
  switch (ref.kind) {
    case 'input':
      return `ORCHESTRATOR_INPUT_${envNamePart(ref.name)}`;
    case 'step':
      return `ORCHESTRATOR_STEP_${envNamePart(ref.id)}_${ref.field.toUpperCase()}`;
    case 'item':
      return ['ORCHESTRATOR_ITEM', ...ref.path.map(envNamePart)].join('_');
    case 'file':
      return 'ORCHESTRATOR_CHECK_FILE';
  }
}

const refKey = (ref: CommandValueRef): string => JSON.stringify(ref);

const UNSAFE: Partial<Record<ShellContext, string>> = {
  single: 'inside single quotes',
  ansi: "inside $'...'",
  backquote: 'inside backquotes',
  parameter: 'inside ${...}',
  arithmetic: 'inside $((...)), where the value would be evaluated',
  heredoc: 'after a here-document (<<)',
};

function unsafeProblem(ctx: ShellContext, shown: string, name: string, start: number, end: number): TemplateProblem {
  const where = UNSAFE[ctx]!;
  const problem: TemplateProblem = {
    message:
      `${shown} ${where} in a command cannot be passed safely: values reach commands only as environment ` +
      `variables, never as shell text`,
    hint:
      ctx === 'single'
        ? `put it outside the single quotes ('...'"${shown}"'...'), or pass it as an argument, e.g. jq --arg v ` +
          `"${shown}" '... $v ...' (the command sees it as $${name})`
        : ctx === 'heredoc'
          ? `write the value with printf '%s\\n' "${shown}" | ..., or read $${name} in the command`
          : `write it in plain command text or inside "...", or read $${name} in the command`,
    start,
    end,
  };
  UNSAFE_PROBLEMS.add(problem);
  return problem;
}

interface Piece {
  text?: string;
  ref?: CommandValueRef;
  shown?: string;
  start: number;
  end: number;
}

/** The template as text pieces and value references (`{file}` split out of text for checks). */
function piecesOf(text: string, opts: CommandTemplateOptions): { pieces: Piece[]; problems: TemplateProblem[] } {
  const { parts, problems } = parseTemplate(text);
  const pieces: Piece[] = [];
  for (const p of parts) {
    const shown = text.slice(p.start, p.end);
    switch (p.kind) {
      case 'text': {
        if (!opts.file || !p.text.includes('{file}')) {
          pieces.push({ text: p.text, start: p.start, end: p.end });
          break;
        }
        const chunks = p.text.split('{file}');
        let at = p.start;
        chunks.forEach((chunk, i) => {
          if (i > 0) {
            pieces.push({ ref: { kind: 'file' }, shown: '{file}', start: at, end: at + 6 });
            at += 6;
          }
          pieces.push({ text: chunk, start: at, end: at + chunk.length });
          at += chunk.length;
        });
        break;
      }
      case 'input':
        pieces.push({ ref: { kind: 'input', name: p.name }, shown, start: p.start, end: p.end });
        break;
      case 'step':
        pieces.push({ ref: { kind: 'step', id: p.id, field: p.field }, shown, start: p.start, end: p.end });
        break;
      case 'item':
        pieces.push({ ref: { kind: 'item', path: p.path }, shown, start: p.start, end: p.end });
        break;
      case 'context':
        problems.push({
          message: '{{ context }} is for prompts; a command cannot use it',
          hint: 'remove it; a command reads files from outputs/ or the workspace',
          start: p.start,
          end: p.end,
        });
        break;
    }
  }
  return { pieces, problems };
}

function compile(text: string, opts: CommandTemplateOptions): CompiledCommand & { problems: TemplateProblem[] } {
  const { pieces, problems } = piecesOf(text, opts);
  const scanner = new ShellScanner();
  const names = new Map<string, string>();
  const taken = new Set<string>(RESERVED);
  const bindings: CommandBinding[] = [];
  let command = '';
  for (const piece of pieces) {
    if (piece.text !== undefined) {
      command += piece.text;
      scanner.feed(piece.text);
      continue;
    }
    const ref = piece.ref!;
    let name = names.get(refKey(ref));
    if (name === undefined) {
      // Two references whose names would clash (item.a_b and item.a.b) get distinct variables.
      const base = baseName(ref);
      name = base;
      for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
      taken.add(name);
      names.set(refKey(ref), name);
      bindings.push({ name, ref });
    }
    const ctx = scanner.context();
    if (ctx === 'plain' || ctx === 'comment') {
      command += `"\${${name}}"`;
      scanner.feedWordPart();
    } else if (ctx === 'double') {
      command += `\${${name}}`;
      scanner.feedWordPart();
    } else {
      problems.push(unsafeProblem(ctx, piece.shown ?? '', name, piece.start, piece.end));
      command += `\${${name}}`;
    }
  }
  return { command, bindings, problems: problems.sort((a, b) => a.start - b.start) };
}

/** Whether a command text uses templates (or, in a check, `{file}`): plain commands run as written. */
export function isTemplatedCommand(text: string, opts: CommandTemplateOptions = {}): boolean {
  return text.includes('{{') || (!!opts.file && text.includes('{file}'));
}

/**
 * The values of a command template that cannot be passed safely where they stand (what
 * `validate` adds to validateTemplate's syntax and scope problems for a command).
 */
export function commandTemplateProblems(text: string, opts: CommandTemplateOptions = {}): TemplateProblem[] {
  return compile(text, opts).problems.filter((p) => UNSAFE_PROBLEMS.has(p));
}

const UNSAFE_PROBLEMS = new WeakSet<TemplateProblem>();

/** The command to run and the variables it needs; throws TemplateError when the template is not safe. */
export function compileCommandTemplate(text: string, opts: CommandTemplateOptions = {}): CompiledCommand {
  const { command, bindings, problems } = compile(text, opts);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new TemplateError(`command template error at offset ${p.start}: ${p.message}`, p.hint);
  }
  return { command, bindings };
}

/**
 * Linux refuses to start a process when one environment string (NAME=value) exceeds 128 KiB
 * (MAX_ARG_STRLEN); a larger value is an error that says how to pass it instead.
 */
export const MAX_COMMAND_VALUE_BYTES = 128 * 1024 - 1024;

export interface CommandValueVars extends TemplateVars {
  /** A command check's file under check. */
  file?: string;
}

function refValue(ref: CommandValueRef, vars: CommandValueVars): string {
  switch (ref.kind) {
    case 'input': {
      const v = Object.hasOwn(vars.inputs, ref.name) ? vars.inputs[ref.name] : undefined;
      if (v === undefined) throw new TemplateError(`template references undeclared input "${ref.name}"`);
      return v;
    }
    case 'step': {
      const v = vars.stepOutput(ref.id);
      if (typeof v !== 'string') throw new TemplateError(`no output for step "${ref.id}"`);
      return v;
    }
    case 'item':
      return itemToText(itemField(vars.item, ref.path));
    case 'file':
      return vars.file ?? '';
  }
}

/**
 * The values of a compiled command's variables. A value holding a NUL byte (no environment
 * variable can) or too large for one is an error naming the template, never the value.
 */
export function commandValues(compiled: CompiledCommand, vars: CommandValueVars): Record<string, string> {
  const env: Record<string, string> = {};
  for (const b of compiled.bindings) {
    const value = refValue(b.ref, vars);
    const what = describeRef(b.ref);
    if (value.includes('\0'))
      throw new OrchestratorError(
        'E_COMMAND_VALUE',
        `${what} holds a NUL byte, which no environment variable can hold`,
        {
          hint:
            'a command reads such data from a file: let an upstream step write it to outputs/ and list it in ' +
            'reads:',
        },
      );
    if (Buffer.byteLength(value) > MAX_COMMAND_VALUE_BYTES)
      throw new OrchestratorError(
        'E_COMMAND_VALUE',
        `${what} has ${Buffer.byteLength(value)} bytes; a command gets at most ${MAX_COMMAND_VALUE_BYTES} in ` +
          `one variable`,
        {
          hint: 'let an upstream step write it to outputs/ and read the file in the command (reads:)',
        },
      );
    env[b.name] = value;
  }
  return env;
}

function describeRef(ref: CommandValueRef): string {
  switch (ref.kind) {
    case 'input':
      return `{{ inputs.${ref.name} }}`;
    case 'step':
      return `{{ steps.${ref.id}.${ref.field} }}`;
    case 'item':
      return `{{ ${['item', ...ref.path].join('.')} }}`;
    case 'file':
      return '{file}';
  }
}
