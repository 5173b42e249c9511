/**
 * Loading a job spec: YAML -> positions -> schema -> semantics, collecting every problem with its
 * FILE:LINE:COL before throwing one SpecError. Nothing malformed may escape as a TypeError: the
 * CLI prints `error.issues.map(formatSpecIssue)` and exits 2.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { errorMessage, isOrchestratorError, SpecError, UsageError, type SpecIssue } from '../util/errors.js';
import { sha256 } from '../util/hash.js';
import { JobSpecSchema, type LoadedSpec } from './schema.js';
import jsYaml from 'js-yaml';
import { checkSemantics, type Reporter } from './semantics.js';
import { formatPath, keyString, SourceMap, type Anchor, type PathSeg, type Position } from './source-map.js';
import { describeValue, explainZodIssue } from './zod-issues.js';

const MINIMAL_SPEC_HINT = 'a minimal spec is: version: 2, name: my-job, steps: { hello: { provider: ..., prompt: "..." } }';

/** Reads, validates and returns a spec; throws SpecError (every problem) or UsageError (E_SPEC_FILE). */
export async function loadSpec(file: string): Promise<LoadedSpec> {
  const absolute = resolve(file);
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' || code === 'ENOTDIR' ? 'no such file'
      : code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' || code === 'EPERM' ? 'permission denied'
      : (code ?? errorMessage(e));
    throw new UsageError('E_SPEC_FILE', `cannot read spec ${file}: ${why}`, {
      hint: 'pass the job spec YAML file with --spec FILE (a path relative to the current folder or absolute)',
      cause: e,
    });
  }
  return loadFromText(decode(bytes, file), file, absolute, dirname(absolute), sha256(bytes));
}

/** As loadSpec, from text already in memory; `file` names it in messages, `baseDir` resolves paths. */
export async function loadSpecFromString(text: string, file: string, baseDir?: string, opts: LoadOptions = {}): Promise<LoadedSpec> {
  const absolute = resolve(baseDir ?? '.', file);
  return loadFromText(text, file, absolute, baseDir ?? dirname(absolute), sha256(text), opts);
}

export interface LoadOptions {
  /** Try the js-yaml fast path first (default). Off = always the located `yaml` path; tests compare the two. */
  fastPath?: boolean;
}

function decode(bytes: Buffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpecError([{ file, line: 1, col: 1, message: 'the spec is not UTF-8 text', hint: 'save the file as UTF-8' }]);
  }
}

class Collector implements Reporter {
  readonly issues: SpecIssue[] = [];
  constructor(
    private readonly file: string,
    readonly map: SourceMap,
  ) {}

  push(pos: Position, path: readonly PathSeg[], message: string, hint?: string): void {
    this.issues.push({ file: this.file, line: pos.line, col: pos.col, message, path: path.length > 0 ? formatPath(path) : undefined, hint });
  }

  at(path: PathSeg[], anchor: Anchor, message: string, hint?: string): void {
    this.push(this.map.at(path, anchor), path, message, hint);
  }

  inString(path: PathSeg[], value: string, offset: number, snippet: string, message: string, hint?: string): void {
    this.push(this.map.inScalar(path, value, offset, snippet), path, message, hint);
  }

  /** Sorted by position, exact repeats removed. */
  sorted(): SpecIssue[] {
    const seen = new Set<string>();
    return this.issues
      .map((issue, i) => ({ issue, i }))
      .sort((a, b) => a.issue.line - b.issue.line || a.issue.col - b.issue.col || a.i - b.i)
      .map(({ issue }) => issue)
      .filter((issue) => {
        const key = `${issue.line}:${issue.col}:${issue.message}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
  }
}

async function loadFromText(text: string, file: string, absolute: string, baseDir: string, hash: string, opts: LoadOptions = {}): Promise<LoadedSpec> {
  try {
    return await validate(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file, absolute, baseDir, hash, opts.fastPath ?? true);
  } catch (e) {
    if (isOrchestratorError(e)) throw e;
    // A safety net: whatever the input, the user gets a located one-line error, not a stack trace.
    throw new SpecError([{ file, line: 1, col: 1, message: `could not read the spec: ${errorMessage(e)}`, hint: 'this is a bug in orchestrator; please report it with the spec' }]);
  }
}

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
 * The fast path for valid specs: js-yaml builds plain data ~15x faster than the `yaml` CST that
 * positions need (a 10,000-step spec: ~70 ms against ~1 s). Any doubt (a parse error, which is
 * how js-yaml reports duplicate keys; anchors and aliases; `__proto__`; any schema or semantic
 * problem) returns undefined and the located path below runs and reports it.
 */
async function validateFast(text: string, absolute: string, baseDir: string, hash: string): Promise<LoadedSpec | undefined> {
  if (/(^|[\s[{,:-])[&*!]/.test(text) || text.includes('__proto__')) return undefined;
  let root: unknown;
  try {
    root = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root) || (root as Record<string, unknown>).version !== 2) return undefined;
  const parsed = JobSpecSchema.safeParse(root);
  if (!parsed.success) return undefined;
  const probe = new ProbeReporter();
  const prompts = await checkSemantics({ root: root as Record<string, unknown>, baseDir, report: probe });
  if (probe.problems > 0) return undefined;
  return { spec: parsed.data, file: absolute, baseDir, sha256: hash, prompts };
}

async function validate(text: string, file: string, absolute: string, baseDir: string, hash: string, fastPath: boolean): Promise<LoadedSpec> {
  const fast = fastPath ? await validateFast(text, absolute, baseDir, hash) : undefined;
  if (fast) return fast;
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const c = new Collector(file, new SourceMap(doc, lines, text));

  const syntaxErrors = doc.errors;
  for (const err of syntaxErrors) {
    const firstLine = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    c.push(c.map.position(err.pos[0]), [], `YAML syntax error: ${firstLine}`);
  }
  findDuplicateKeys(doc.contents as Node | null, [], c);
  if (syntaxErrors.length > 0) throw new SpecError(c.sorted());

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    c.push({ line: 1, col: 1 }, [], 'the spec is empty; version: 2 is required, with name and steps', MINIMAL_SPEC_HINT);
    throw new SpecError(c.sorted());
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    c.push(c.map.position(contents.range?.[0] ?? 0), [], `YAML error: ${errorMessage(e)}`);
    throw new SpecError(c.sorted());
  }
  if (!isMap(contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = isSeq(contents) ? 'a list' : describeValue(data);
    c.push(c.map.position(contents.range?.[0] ?? 0), [], `a spec must be a YAML mapping (key: value) starting with version: 2, got ${got}`, MINIMAL_SPEC_HINT);
    throw new SpecError(c.sorted());
  }
  const root = data as Record<string, unknown>;

  // A spec of another version would drown in unknown-key errors: say the one thing that matters.
  const before = c.issues.length;
  if (!Object.hasOwn(root, 'version')) {
    c.push(c.map.position(contents.range?.[0] ?? 0), [], 'missing version; version: 2 is required (the first line of a job spec)', 'add `version: 2` at the top of the spec');
  } else if (root.version !== 2) {
    c.at(['version'], 'value', `version: 2 is required; this spec has version ${describeValue(root.version).replace(/^(number|string) /, '')}`,
      root.version === 1 ? 'version 1 specs are not read any more: rewrite it in the version 2 format (see the README)' : 'set version: 2');
  }
  if (c.issues.length > before) throw new SpecError(c.sorted());

  const parsed = JobSpecSchema.safeParse(root);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of explainZodIssue(issue, root, JobSpecSchema)) c.at(p.path, p.anchor, p.message, p.hint);
    }
  }
  const prompts = await checkSemantics({ root, baseDir, report: c });
  if (c.issues.length > 0 || !parsed.success) throw new SpecError(c.sorted());

  return { spec: parsed.data, file: absolute, baseDir, sha256: hash, prompts };
}

/** YAML allows a repeated key (the last wins); a spec does not. */
function findDuplicateKeys(root: Node | null, rootPath: PathSeg[], c: Collector): void {
  const todo: Array<[Node | null, PathSeg[]]> = [[root, rootPath]];
  while (todo.length > 0) {
    const [node, path] = todo.pop()!;
    if (isMap(node)) {
      const first = new Map<string, Node | undefined>();
      for (const pair of node.items) {
        const k = keyString(pair.key);
        const keyNode = (isScalar(pair.key) ? pair.key : undefined) as Node | undefined;
        if (k === '__proto__') {
          // zod drops this key silently; a spec must not lose a step without a word.
          c.push(c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0), [...path, k], 'the key "__proto__" is not allowed');
        }
        if (first.has(k)) {
          const prev = first.get(k)?.range?.[0];
          const pos = c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
          const where = prev === undefined ? '' : `; first defined on line ${c.map.position(prev).line}`;
          c.push(pos, [...path, k], `duplicate key "${k}"${where}`, 'YAML keeps only the last one; remove or rename one of them');
        } else {
          first.set(k, keyNode);
        }
        todo.push([(pair.value ?? null) as Node | null, [...path, k]]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => todo.push([(item ?? null) as Node | null, [...path, i]]));
    }
  }
}
