/**
 * Prompt templates. The whole language:
 *
 *   {{ inputs.NAME }}       a declared job input
 *   {{ steps.ID.output }}   an upstream step's output text (an LLM step's response, a command
 *                           step's stdout)
 *   {{ steps.ID.outputs }}  a fanned-out upstream step's instance outputs, a JSON array in item order
 *   {{ context }}           the step's retrieved context (see the step's `context:` block)
 *   {{ item }}              in a `for_each` step: the instance's item (a string as is, else JSON)
 *   {{ item.FIELD }}        a field of an object item (`item.a.b` for nested fields)
 *   {{ "{{" }}              a literal `{{` (for prompts that contain Jinja/Handlebars/Actions code)
 *
 * Whitespace inside the braces is optional. Anything else between `{{` and `}}`, or a `{{` that is
 * never closed, is an error: a typo must never reach a model as literal text.
 */
import { UsageError } from '../util/errors.js';
import { IDENT_PATTERN, STEP_ID_PATTERN } from './schema.js';

export type TemplatePart =
  | { kind: 'text'; text: string; start: number; end: number }
  | { kind: 'input'; name: string; start: number; end: number }
  | { kind: 'step'; id: string; field: 'output' | 'outputs'; start: number; end: number }
  | { kind: 'context'; start: number; end: number }
  | { kind: 'item'; path: string[]; start: number; end: number };

/** A problem at [start, end) of the template text. */
export interface TemplateProblem {
  message: string;
  hint?: string;
  start: number;
  end: number;
}

export interface ParsedTemplate {
  parts: TemplatePart[];
  problems: TemplateProblem[];
}

export interface TemplateRefs {
  inputs: string[];
  steps: string[];
  context: boolean;
  /** Whether `{{ item }}` or `{{ item.FIELD }}` is used. */
  item: boolean;
}

export interface TemplateVars {
  inputs: Readonly<Record<string, string>>;
  stepOutput: (id: string) => string;
  context?: string;
  /** The instance's item in a `for_each` step; `undefined` outside one (then `{{ item }}` is an error). */
  item?: unknown;
  /** How an item value is written into the text (default: a string as is, anything else as JSON). */
  itemText?: (value: unknown) => string;
  /** Writes `{{ item... }}` without an item (`--dry-run`): the field path, e.g. [] or ['name']. */
  itemPlaceholder?: (path: readonly string[]) => string;
}

const INPUT_REF = new RegExp(`^inputs\\.(${IDENT_PATTERN.source.slice(1, -1)})$`);
const STEP_REF = new RegExp(`^steps\\.(${STEP_ID_PATTERN.source.slice(1, -1)})\\.(outputs?)$`);
const ITEM_REF = /^item((?:\.[A-Za-z_][A-Za-z0-9_-]*)*)$/;
const LITERAL_OPEN = /^(?:"\{\{"|'\{\{')$/;
const ESCAPE_HINT = 'write a literal {{ as {{ "{{" }}';

function explainUnknown(expr: string): string | undefined {
  let m: RegExpMatchArray | null;
  if ((m = /^input\.(.+)$/.exec(expr))) return `did you mean "inputs.${m[1]}"?`;
  if ((m = /^steps?\.([^.\s]+)(?:\.(\w+))?$/.exec(expr))) return `did you mean "steps.${m[1]}.output"?`;
  if ((m = /^step\.([^.\s]+)\.output$/.exec(expr))) return `did you mean "steps.${m[1]}.output"?`;
  if (/^inputs?$/.test(expr)) return 'name the input: {{ inputs.NAME }}';
  return undefined;
}

/** Splits a template into text and references; never throws. */
export function parseTemplate(text: string): ParsedTemplate {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let pos = 0;
  let textStart = 0;
  let buffered = '';
  const flushText = (end: number): void => {
    if (buffered.length > 0) parts.push({ kind: 'text', text: buffered, start: textStart, end });
    buffered = '';
  };
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    if (open === -1) break;
    const close = text.indexOf('}}', open + 2);
    if (close === -1) {
      problems.push({
        message: 'unterminated "{{" (no matching "}}")',
        hint: ESCAPE_HINT,
        start: open,
        end: Math.min(text.length, open + 2),
      });
      break;
    }
    const end = close + 2;
    const expr = text.slice(open + 2, close).trim();
    buffered += text.slice(pos, open);
    let m: RegExpExecArray | null;
    if (LITERAL_OPEN.test(expr)) {
      buffered += '{{';
    } else if ((m = INPUT_REF.exec(expr))) {
      flushText(open);
      parts.push({ kind: 'input', name: m[1]!, start: open, end });
      textStart = end;
    } else if ((m = STEP_REF.exec(expr))) {
      flushText(open);
      parts.push({ kind: 'step', id: m[1]!, field: m[2] === 'outputs' ? 'outputs' : 'output', start: open, end });
      textStart = end;
    } else if ((m = ITEM_REF.exec(expr))) {
      flushText(open);
      parts.push({ kind: 'item', path: m[1] ? m[1].slice(1).split('.') : [], start: open, end });
      textStart = end;
    } else if (expr === 'context') {
      flushText(open);
      parts.push({ kind: 'context', start: open, end });
      textStart = end;
    } else {
      const shown = expr.length > 40 ? `${expr.slice(0, 40)}...` : expr;
      problems.push({
        message:
          `unknown template expression "{{ ${shown} }}"; a template may use inputs.NAME, steps.ID.output, ` +
          `steps.ID.outputs, context or (in a for_each step) item`,
        hint: explainUnknown(expr) ?? ESCAPE_HINT,
        start: open,
        end,
      });
    }
    pos = end;
  }
  buffered += text.slice(pos);
  flushText(text.length);
  return { parts, problems };
}

/** The references a template makes, each listed once, in order of first use. */
export function templateRefs(text: string): TemplateRefs {
  const inputs = new Set<string>();
  const steps = new Set<string>();
  let context = false;
  let item = false;
  for (const p of parseTemplate(text).parts) {
    if (p.kind === 'input') inputs.add(p.name);
    else if (p.kind === 'step') steps.add(p.id);
    else if (p.kind === 'context') context = true;
    else if (p.kind === 'item') item = true;
  }
  return { inputs: [...inputs], steps: [...steps], context, item };
}

export interface TemplateScope {
  /** Declared input names. */
  inputs: ReadonlySet<string> | readonly string[];
  /** Every step id in the job (to tell "no such step" from "not upstream"). */
  steps: ReadonlySet<string> | readonly string[];
  /** Whether `stepId` is upstream (directly or transitively) of the templated step. */
  isUpstream: (stepId: string) => boolean;
  /** The step id the template belongs to (for messages). */
  stepId?: string;
  /** Whether the step has a `context:` block; `{{ context }}` without one is an error. */
  hasContext?: boolean;
  /** Whether the step has `for_each`; `{{ item }}` without one is an error. */
  hasItem?: boolean;
  /** Whether a step fans out (`{{ steps.ID.outputs }}` is for those only). */
  isFanOut?: (stepId: string) => boolean;
}

const has = (s: ReadonlySet<string> | readonly string[], v: string): boolean =>
  s instanceof Set ? s.has(v) : (s as readonly string[]).includes(v);

/** Every problem in a template against the job: syntax, undeclared inputs, non-upstream steps. */
export function validateTemplate(text: string, scope: TemplateScope): TemplateProblem[] {
  const { parts, problems } = parseTemplate(text);
  const out = [...problems];
  for (const p of parts) {
    if (p.kind === 'input' && !has(scope.inputs, p.name)) {
      out.push({
        message: `template references undeclared input "${p.name}"`,
        hint: `declare it under inputs: (${p.name}: ...)`,
        start: p.start,
        end: p.end,
      });
    } else if (p.kind === 'step') {
      if (!has(scope.steps, p.id)) {
        out.push({ message: `template references unknown step "${p.id}"`, start: p.start, end: p.end });
      } else if (p.id === scope.stepId) {
        out.push({ message: `a step cannot reference its own output ("${p.id}")`, start: p.start, end: p.end });
      } else if (!scope.isUpstream(p.id)) {
        out.push({
          message:
            `template references step "${p.id}", which is not upstream of ` +
            `${scope.stepId ? `"${scope.stepId}"` : 'this step'}`,
          hint: `add "${p.id}" to ${scope.stepId ? `steps.${scope.stepId}.needs` : 'needs'}`,
          start: p.start,
          end: p.end,
        });
      } else if (p.field === 'outputs' && scope.isFanOut && !scope.isFanOut(p.id)) {
        out.push({
          message: `steps.${p.id}.outputs is for steps with for_each; "${p.id}" has none`,
          hint: `use {{ steps.${p.id}.output }}`,
          start: p.start,
          end: p.end,
        });
      }
    } else if (p.kind === 'item' && scope.hasItem === false) {
      out.push({
        message: '{{ item }} is used but the step has no for_each',
        hint: 'add for_each: to the step, or remove {{ item }}',
        start: p.start,
        end: p.end,
      });
    } else if (p.kind === 'context' && scope.hasContext === false) {
      out.push({
        message: '{{ context }} is used but the step has no context: block',
        hint: 'add context: { include: [...] } to the step, or remove {{ context }}',
        start: p.start,
        end: p.end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A template that failed to parse, or a reference with no value at render time. */
export class TemplateError extends UsageError {
  constructor(message: string, hint?: string) {
    super('E_TEMPLATE', message, { hint });
  }
}

export interface CompiledTemplate {
  readonly refs: TemplateRefs;
  render(vars: TemplateVars): string;
}

/** Parses once; `render` is then a concatenation. Throws TemplateError on a syntax problem. */
export function compileTemplate(text: string): CompiledTemplate {
  const { parts, problems } = parseTemplate(text);
  if (problems.length > 0) {
    const p = problems[0]!;
    throw new TemplateError(`template error at offset ${p.start}: ${p.message}`, p.hint);
  }
  const inputs = new Set<string>();
  const steps = new Set<string>();
  let context = false;
  let item = false;
  for (const p of parts) {
    if (p.kind === 'input') inputs.add(p.name);
    else if (p.kind === 'step') steps.add(p.id);
    else if (p.kind === 'context') context = true;
    else if (p.kind === 'item') item = true;
  }
  const refs: TemplateRefs = { inputs: [...inputs], steps: [...steps], context, item };
  return {
    refs,
    render(vars: TemplateVars): string {
      let out = '';
      for (const p of parts) {
        switch (p.kind) {
          case 'text':
            out += p.text;
            break;
          case 'input': {
            const v = Object.hasOwn(vars.inputs, p.name) ? vars.inputs[p.name] : undefined;
            if (v === undefined) throw new TemplateError(`template references undeclared input "${p.name}"`);
            out += v;
            break;
          }
          case 'step': {
            const v = vars.stepOutput(p.id);
            if (typeof v !== 'string') throw new TemplateError(`no output for step "${p.id}"`);
            out += v;
            break;
          }
          case 'context':
            if (vars.context === undefined)
              throw new TemplateError('template uses {{ context }} but no context was given');
            out += vars.context;
            break;
          case 'item':
            out += vars.itemPlaceholder
              ? vars.itemPlaceholder(p.path)
              : (vars.itemText ?? itemToText)(itemField(vars.item, p.path));
            break;
        }
      }
      return out;
    },
  };
}

/** An item as text: a string as is, anything else as JSON. */
export function itemToText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** `item.a.b` of an item; throws TemplateError when the item has no such field. */
export function itemField(item: unknown, path: readonly string[]): unknown {
  if (item === undefined)
    throw new TemplateError('template uses {{ item }} outside a for_each step', 'add for_each: to the step');
  let v: unknown = item;
  for (let i = 0; i < path.length; i++) {
    const name = path[i]!;
    if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.hasOwn(v, name)) {
      const at = ['item', ...path.slice(0, i + 1)].join('.');
      throw new TemplateError(
        `{{ ${at} }}: the item has no field "${name}"`,
        `the item is ${JSON.stringify(item).slice(0, 200)}`,
      );
    }
    v = (v as Record<string, unknown>)[name];
  }
  return v;
}

/** Bounded so a long-running process rendering ever-new texts cannot grow without limit. */
const compiled = new Map<string, CompiledTemplate>();
const MAX_CACHED = 50_000;

/** Renders strictly (an unknown reference throws TemplateError); compiled templates are cached. */
export function renderTemplate(text: string, vars: TemplateVars): string {
  let c = compiled.get(text);
  if (!c) {
    c = compileTemplate(text);
    if (compiled.size >= MAX_CACHED) compiled.clear();
    compiled.set(text, c);
  }
  return c.render(vars);
}
