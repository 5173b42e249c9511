/**
 * Values from outside the spec (docs/reference.md: Inputs from outside): one owner for declaring, reading and checking
 * job inputs, used by `run`, `validate` and `plan` and by the action. A value passed in replaces the
 * spec's default in `spec.inputs`, so it is rendered into prompts (and so into cache keys) like
 * any input; nothing here writes a value anywhere.
 */
import { resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { ConfinedFileError, readBoundedFileSync } from '../util/confined-read.js';
import { UsageError } from '../util/errors.js';
import type { InputDecl, LoadedSpec } from './schema.js';
import { didYouMean } from './suggest.js';

/** A diff or an issue body fits easily; a file this large is a mistake, not a prompt. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** Which face passes the values: the hints say how to pass one in that face. */
export type InputFace = 'cli' | 'action';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The declarations of a validated spec's raw `inputs:` mapping. */
export function inputDeclsOf(rawInputs: unknown): Record<string, InputDecl> {
  const decls: Record<string, InputDecl> = {};
  if (!isObj(rawInputs)) return decls;
  for (const [name, v] of Object.entries(rawInputs)) {
    if (isObj(v)) {
      decls[name] = {
        ...(typeof v.description === 'string' ? { description: v.description } : {}),
        ...(v.default === undefined || v.default === null ? {} : { default: String(v.default) }),
        required: v.required === true,
      };
    } else {
      decls[name] = { default: String(v), required: false };
    }
  }
  return decls;
}

/** Required inputs with no default: they need a value from outside. */
function requiredWithoutDefault(decls: Record<string, InputDecl>): string[] {
  return Object.entries(decls)
    .filter(([, d]) => d.required && d.default === undefined)
    .map(([n]) => n);
}

/** A loaded spec with its input declarations attached (both load paths call this). */
export function withInputDecls(loaded: LoadedSpec, rawInputs: unknown): LoadedSpec {
  const inputDecls = inputDeclsOf(rawInputs);
  return { ...loaded, inputDecls, missingInputs: requiredWithoutDefault(inputDecls) };
}

function howToPass(name: string, face: InputFace): string {
  return face === 'cli'
    ? `pass it with --input ${name}=VALUE, --input ${name}=@FILE or --input-file FILE (a YAML or JSON mapping)`
    : `pass it in the action input \`inputs\` (a YAML or JSON mapping, e.g. inputs: '{"${name}": \${{ ` +
        `toJSON(...) }}}') or \`input-files\` (${name}: path)`;
}

/** A value from a mapping: scalars as written, lists and mappings as JSON (for `for_each`). */
function valueToString(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * YAML as the spec loader reads it (the `yaml` package, aliases bounded: a 600-byte alias bomb
 * must not expand to gigabytes), with the failsafe schema: every scalar stays a string.
 */
function parseInputYaml(text: string): unknown {
  const doc = parseDocument(text, { schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) throw doc.errors[0]!;
  return doc.toJS({ maxAliasCount: MAX_INPUT_ALIASES });
}

/** Aliases a mapping of inputs may expand (the spec loader's bound). */
const MAX_INPUT_ALIASES = 1000;

/**
 * A YAML or JSON mapping NAME -> value. JSON keeps its types; YAML is read with the failsafe
 * schema so that `base: 0123` stays "0123" (a sha prefix must not turn into the number 123).
 */
export function parseInputMapping(text: string, origin: string): Record<string, string> {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    try {
      data = parseInputYaml(trimmed);
    } catch (e) {
      throw new UsageError('E_INPUT', `${origin} is neither JSON nor YAML: ${(e as Error).message.split('\n')[0]}`, {
        hint: 'write a mapping NAME: value, one a line, or a JSON object {"NAME": "value"}',
      });
    }
  }
  if (!isObj(data)) {
    throw new UsageError(
      'E_INPUT',
      `${origin} must be a mapping of input names to values, not ` +
        `${Array.isArray(data) ? 'a list' : typeof data === 'string' ? 'a single value' : String(data)}`,
      {
        hint: 'write a mapping NAME: value, one a line, or a JSON object {"NAME": "value"}',
      },
    );
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) out[k] = valueToString(v);
  return out;
}

/** A file's UTF-8 text, with a clear error for a missing, huge or binary file. */
export function readInputText(file: string, cwd: string, what: string): string {
  const abs = resolve(cwd, file);
  let bytes: Buffer;
  try {
    // A regular file, bounded while read: /dev/zero or a FIFO must neither grow nor hang the CLI.
    bytes = readBoundedFileSync(abs, {
      label: what,
      maxBytes: MAX_INPUT_BYTES,
      hint: 'pass a regular file of at most 16 MiB (a diff limited to the paths that matter, say)',
    });
  } catch (e) {
    if (e instanceof ConfinedFileError) throw new UsageError('E_INPUT', e.message.replace(abs, file), { hint: e.hint });
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      'E_INPUT',
      `${what}: cannot read ${file}: ` +
        `${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? (e as Error).message)}`,
      {
        hint: `the path is relative to ${cwd}`,
      },
    );
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new UsageError('E_INPUT', `${what}: ${file} is not UTF-8 text`, {
      hint: 'an input is text; encode binary data (base64) first',
    });
  }
}

/** `NAME=VALUE` or `NAME=@FILE` (the file's UTF-8 content). */
export function parseInputFlag(flag: string, cwd: string, position = 1): [string, string] {
  const eq = flag.indexOf('=');
  if (eq <= 0) {
    // Not echoed: what was typed may be a value, and a value may be a key.
    throw new UsageError(
      'E_INPUT',
      `--input #${position} is not NAME=VALUE (${eq === 0 ? 'the name before "=" is empty' : 'it has no "="'})`,
      {
        hint: "write --input NAME=VALUE, or --input NAME=@FILE to pass a file's content",
      },
    );
  }
  const name = flag.slice(0, eq);
  const value = flag.slice(eq + 1);
  return [name, value.startsWith('@') ? readInputText(value.slice(1), cwd, `--input ${name}`) : value];
}

/** The CLI's values: every --input-file in order, then every --input (the last one wins). */
export function cliInputValues(flags: { input?: string[]; inputFile?: string[] }, cwd: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const f of flags.inputFile ?? [])
    Object.assign(values, parseInputMapping(readInputText(f, cwd, '--input-file'), `--input-file ${f}`));
  for (const [i, p] of (flags.input ?? []).entries()) {
    const [name, value] = parseInputFlag(p, cwd, i + 1);
    values[name] = value;
  }
  return values;
}

/** The action's values: `inputs` (a YAML/JSON mapping), then `input-files` (NAME -> path relative to workDir). */
export function actionInputValues(inputsText: string, inputFilesText: string, workDir: string): Record<string, string> {
  const values = parseInputMapping(inputsText, 'the action input `inputs`');
  const files = parseInputMapping(inputFilesText, 'the action input `input-files`');
  for (const [name, path] of Object.entries(files)) {
    if (Object.hasOwn(values, name)) {
      throw new UsageError('E_INPUT', `input "${name}" is given in both \`inputs\` and \`input-files\``, {
        hint: 'pass each input once',
      });
    }
    values[name] = readInputText(path, workDir, `input-files ${name}`);
  }
  return values;
}

export interface ResolveOptions {
  face: InputFace;
  /** false (validate and plan without any value given): missing required inputs are not an error. */
  requireAll?: boolean;
}

/**
 * The spec with the values passed in: each replaces its input's default. An undeclared name and
 * (with requireAll) a required input left without a value are usage errors (exit 2), all of
 * them in one message.
 */
export function resolveInputs(loaded: LoadedSpec, values: Record<string, string>, opts: ResolveOptions): LoadedSpec {
  const declared = Object.keys(loaded.spec.inputs);
  const problems: string[] = [];
  const hints: string[] = [];
  for (const name of Object.keys(values)) {
    if (Object.hasOwn(loaded.spec.inputs, name)) continue;
    problems.push(`the spec declares no input "${name}"`);
    hints.push(
      didYouMean(name, declared) ??
        (declared.length ? `declared inputs: ${declared.join(', ')}` : 'the spec declares no inputs'),
    );
  }
  if (problems.length) {
    hints.push(`declare an input under inputs: in ${loaded.file} (NAME: default, or NAME: { required: true })`);
    throw new UsageError('E_INPUT_UNKNOWN', problems.join('; '), { hint: hints.join('; ') });
  }
  const missing = (loaded.missingInputs ?? []).filter((n) => !Object.hasOwn(values, n));
  const next: LoadedSpec = {
    ...loaded,
    spec: { ...loaded.spec, inputs: { ...loaded.spec.inputs, ...values } },
    missingInputs: missing,
  };
  if (opts.requireAll !== false) assertInputsComplete(next, opts.face);
  return next;
}

/** Throws when a required input has no value: `runJob` calls it before anything is written. */
export function assertInputsComplete(loaded: LoadedSpec, face: InputFace = 'cli'): void {
  const missing = loaded.missingInputs ?? [];
  if (missing.length === 0) return;
  const list = missing.map((n) => `"${n}"`).join(', ');
  const desc = missing.map((n) => loaded.inputDecls?.[n]?.description).filter(Boolean);
  throw new UsageError(
    'E_INPUT_REQUIRED',
    `required input${missing.length === 1 ? '' : 's'} ${list} ha${missing.length === 1 ? 's' : 've'} no ` +
      `value${desc.length ? ` (${desc.join('; ')})` : ''}`,
    {
      hint: missing.map((n) => howToPass(n, face)).join('; '),
    },
  );
}

/**
 * Linux refuses to start a process when one environment string exceeds 128 KiB (MAX_ARG_STRLEN,
 * E2BIG): a large value (a whole diff) in the environment would break every command step.
 */
export const MAX_INPUT_ENV_BYTES = 32 * 1024;

/**
 * Command steps see each input as ORCHESTRATOR_INPUT_<NAME> (upper case, `-` as `_`): values
 * reach a shell through the environment, never through its text. Values over
 * MAX_INPUT_ENV_BYTES are left out (prompts still get them).
 */
export function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) {
    if (Buffer.byteLength(value) > MAX_INPUT_ENV_BYTES) continue;
    // A NUL cannot be in an environment variable: such a value is left out (a template using it fails clearly).
    if (value.includes('\0')) continue;
    env[`ORCHESTRATOR_INPUT_${name.toUpperCase().replace(/-/g, '_')}`] = value;
  }
  return env;
}
