/**
 * Loading a job spec: YAML -> positions -> schema -> semantics, collecting every problem with its
 * FILE:LINE:COL before throwing one SpecError. Nothing malformed may escape as a TypeError: the
 * CLI prints `error.issues.map(formatSpecIssue)` and exits 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { errorMessage, isOrchestratorError, SpecError, UsageError } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { JobSpecSchema, type LoadedSpec } from './schema.js';
import { checkSemantics, type Reporter } from './semantics.js';
import { withInputDecls } from './inputs.js';
import { parseYamlData } from '../util/yaml-data.js';
import { MAX_SPEC_ALIASES } from './limits.js';

/**
 * The largest spec file read (8 MiB): a 10,000-step spec is about 1 MB, and the worst case (8 MiB of unknown keys, each
 * reported) still validates in seconds.
 */
export const MAX_SPEC_BYTES = 8 * 1024 * 1024;

/** Reads, validates and returns a spec; throws SpecError (every problem) or UsageError (E_SPEC_FILE). */
export async function loadSpec(file: string, opts: LoadOptions = {}): Promise<LoadedSpec> {
  const absolute = resolve(file);
  let bytes: Buffer;
  try {
    // Checked before reading: a spec is a few KB to a few MB; a huge file is a mistake or an attack.
    const st = await stat(absolute);
    if (st.isFile() && st.size > MAX_SPEC_BYTES) {
      throw new UsageError(
        'E_SPEC_TOO_LARGE',
        `spec ${file} is ${st.size} bytes, over the ${MAX_SPEC_BYTES}-byte limit`,
        {
          hint: 'a job spec holds steps, not data: move large text into prompt_file or context files',
        },
      );
    }
    if (!st.isFile() && !st.isDirectory()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    bytes = await readFile(absolute);
  } catch (e) {
    if (isOrchestratorError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'ENOTREG'
            ? 'it is not a regular file'
            : code === 'EACCES' || code === 'EPERM'
              ? 'permission denied'
              : (code ?? errorMessage(e));
    throw new UsageError('E_SPEC_FILE', `cannot read spec ${file}: ${why}`, {
      hint: 'pass the job spec YAML file with --spec FILE (a path relative to the current folder or absolute)',
      cause: e,
    });
  }
  return loadFromText(decode(bytes, file), file, absolute, dirname(absolute), sha256(bytes), opts);
}

/** As loadSpec, from text already in memory; `file` names it in messages, `baseDir` resolves paths. */
export async function loadSpecFromString(
  text: string,
  file: string,
  baseDir?: string,
  opts: LoadOptions = {},
): Promise<LoadedSpec> {
  if (text.length > MAX_SPEC_BYTES) {
    throw new UsageError(
      'E_SPEC_TOO_LARGE',
      `spec ${file} is ${text.length} characters, over the ${MAX_SPEC_BYTES} limit`,
      {
        hint: 'a job spec holds steps, not data',
      },
    );
  }
  const absolute = resolve(baseDir ?? '.', file);
  return loadFromText(text, file, absolute, baseDir ?? dirname(absolute), sha256(text), opts);
}

export interface LoadOptions {
  /** Try the js-yaml fast path first (default). Off = always the located `yaml` path; tests compare the two. */
  fastPath?: boolean;
  /** Also read what providers point at (replay responses files), as `run` will: `validate` does. */
  providerFiles?: boolean;
}

function decode(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpecError([
      { file, line: 1, col: 1, message: 'the spec is not UTF-8 text', hint: 'save the file as UTF-8' },
    ]);
  }
}

async function loadFromText(
  text: string,
  file: string,
  absolute: string,
  baseDir: string,
  hash: string,
  opts: LoadOptions = {},
): Promise<LoadedSpec> {
  try {
    return await validate(
      text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
      file,
      absolute,
      baseDir,
      hash,
      opts.fastPath ?? true,
      opts.providerFiles ?? false,
    );
  } catch (e) {
    if (isOrchestratorError(e)) throw e;
    // A safety net: whatever the input, the user gets a located one-line error, not a stack trace.
    throw new SpecError([
      {
        file,
        line: 1,
        col: 1,
        message: `could not read the spec: ${errorMessage(e)}`,
        hint: 'this is a bug in orchestrator; please report it with the spec',
      },
    ]);
  }
}

const EXACT_VERSION = /^version:[ \t]*2[ \t]*(#.*)?\r?$/m;

/** A reporter that only notes that something is wrong: the fast path then hands over to the located one. */
class ProbeReporter implements Reporter {
  problems = 0;
  at(): void {
    this.problems++;
  }
  inString(): void {
    this.problems++;
  }
}

/**
 * The fast path for valid specs: plain data, schema and semantics checked without the source map
 * and position bookkeeping the located path keeps. Any doubt (a parse error, which is how a
 * duplicate key shows; anchors and aliases; `__proto__`; any schema or semantic problem) returns
 * undefined and the located path below runs and reports it.
 */
async function validateFast(
  text: string,
  absolute: string,
  baseDir: string,
  hash: string,
  providerFiles: boolean,
): Promise<LoadedSpec | undefined> {
  if (/(^|[\s[{,:-])[&*!]/.test(text) || text.includes('__proto__')) return undefined;
  let root: unknown;
  try {
    root = parseYamlData(text, { maxAliasCount: MAX_SPEC_ALIASES });
  } catch {
    return undefined;
  }
  if (
    root === null ||
    typeof root !== 'object' ||
    Array.isArray(root) ||
    (root as Record<string, unknown>).version !== 2
  )
    return undefined;
  // `version: 2.0000000000000001` or `2.0` also reads as the number 2: only the text `2` is version 2.
  if (!EXACT_VERSION.test(text)) return undefined;
  const parsed = JobSpecSchema.safeParse(root);
  if (!parsed.success) return undefined;
  const probe = new ProbeReporter();
  const prompts = await checkSemantics({
    root: root as Record<string, unknown>,
    baseDir,
    report: probe,
    providerFiles,
  });
  if (probe.problems > 0) return undefined;
  return withInputDecls(
    { spec: parsed.data, file: absolute, baseDir, sha256: hash, prompts },
    (root as Record<string, unknown>).inputs,
  );
}

async function validate(
  text: string,
  file: string,
  absolute: string,
  baseDir: string,
  hash: string,
  fastPath: boolean,
  providerFiles: boolean,
): Promise<LoadedSpec> {
  const fast = fastPath ? await validateFast(text, absolute, baseDir, hash, providerFiles) : undefined;
  if (fast) return fast;
  // The located path needs the `yaml` CST: loaded only when a spec has something to report.
  const { validateLocated } = await import('./load-located.js');
  return validateLocated(text, file, absolute, baseDir, hash, providerFiles);
}
