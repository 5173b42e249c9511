/**
 * The located path of spec loading: YAML CST (the `yaml` package) -> positions -> schema ->
 * semantics, collecting every problem with its FILE:LINE:COL before throwing one SpecError.
 * src/spec/load.ts calls it when the fast path finds anything to report.
 */
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { errorMessage, SpecError, type SpecIssue } from '../util/errors.js';
import { JobSpecSchema, type LoadedSpec } from './schema.js';
import { withInputDecls } from './inputs.js';
import { MAX_SPEC_ALIASES } from './limits.js';
import { checkSemantics, type Reporter } from './semantics.js';
import { formatPath, keyString, SourceMap, type Anchor, type PathSeg, type Position } from './source-map.js';
import { describeValue, explainZodIssue } from './zod-issues.js';

const MINIMAL_SPEC_HINT =
  'a minimal spec is: version: 2, name: my-job, steps: { hello: { provider: ..., prompt: "..." } }';

class Collector implements Reporter {
  readonly issues: SpecIssue[] = [];
  constructor(
    private readonly file: string,
    readonly map: SourceMap,
  ) {}

  push(pos: Position, path: readonly PathSeg[], message: string, hint?: string): void {
    this.issues.push({
      file: this.file,
      line: pos.line,
      col: pos.col,
      message,
      path: path.length > 0 ? formatPath(path) : undefined,
      hint,
    });
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

export async function validateLocated(
  text: string,
  file: string,
  absolute: string,
  baseDir: string,
  hash: string,
  providerFiles = false,
): Promise<LoadedSpec> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const c = new Collector(file, new SourceMap(doc, lines, text));

  const syntaxErrors = doc.errors;
  for (const err of syntaxErrors) {
    const firstLine = err.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    c.push(c.map.position(err.pos[0]), [], `YAML syntax error: ${firstLine}`);
  }
  findDuplicateKeys(doc.contents as Node | null, [], c);
  findForeignTags(doc, c);
  if (syntaxErrors.length > 0) throw new SpecError(c.sorted());

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    c.push(
      { line: 1, col: 1 },
      [],
      'the spec is empty; version: 2 is required, with name and steps',
      MINIMAL_SPEC_HINT,
    );
    throw new SpecError(c.sorted());
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_SPEC_ALIASES });
  } catch (e) {
    c.push(c.map.position(contents.range?.[0] ?? 0), [], `YAML error: ${errorMessage(e)}`);
    throw new SpecError(c.sorted());
  }
  if (!isMap(contents) || data === null || typeof data !== 'object' || Array.isArray(data)) {
    const got = isSeq(contents) ? 'a list' : describeValue(data);
    c.push(
      c.map.position(contents.range?.[0] ?? 0),
      [],
      `a spec must be a YAML mapping (key: value) starting with version: 2, got ${got}`,
      MINIMAL_SPEC_HINT,
    );
    throw new SpecError(c.sorted());
  }
  let root = data as Record<string, unknown>;

  // A spec of another version would drown in unknown-key errors: say the one thing that matters.
  // The string "2" is a version 2 spec with one more problem: report it and check the rest as
  // version 2, so one round shows every problem.
  if (!Object.hasOwn(root, 'version')) {
    c.push(
      c.map.position(contents.range?.[0] ?? 0),
      [],
      'missing version; version: 2 is required (the first line of a job spec)',
      'add `version: 2` at the top of the spec',
    );
    throw new SpecError(c.sorted());
  } else if (root.version === '2') {
    c.at(['version'], 'value', 'version must be the number 2, not the string "2"', 'write version: 2 without quotes');
    root = { ...root, version: 2 };
  } else if (root.version !== 2) {
    c.at(
      ['version'],
      'value',
      `version: 2 is required; this spec has version ${describeValue(root.version).replace(/^(number|string) /, '')}`,
      root.version === 1
        ? 'version 1 specs are not read any more: rewrite it in the version 2 format (see the README)'
        : 'set version: 2',
    );
    throw new SpecError(c.sorted());
  } else {
    const v = c.map.sourceOf(['version']);
    if (v !== undefined && v.trim() !== '2') {
      c.at(
        ['version'],
        'value',
        `version must be written as 2; ${JSON.stringify(v.trim())} only rounds to 2`,
        'set version: 2',
      );
    }
  }

  const parsed = JobSpecSchema.safeParse(root);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      for (const p of explainZodIssue(issue, root, JobSpecSchema)) c.at(p.path, p.anchor, p.message, p.hint);
    }
  }
  const prompts = await checkSemantics({ root, baseDir, report: c, providerFiles });
  if (c.issues.length > 0 || !parsed.success) throw new SpecError(c.sorted());

  return withInputDecls({ spec: parsed.data, file: absolute, baseDir, sha256: hash, prompts }, root.inputs);
}

/** The YAML 1.2 core schema's tags: anything else (`!!js/function`, `!!binary`, `!custom`) is refused. */
const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/** A spec is data: a tag outside the core schema asks a loader to build something else, and is refused. */
function findForeignTags(doc: Document, c: Collector): void {
  visit(doc, (_key, node) => {
    if (!isNode(node) || node.tag === undefined || CORE_TAGS.has(node.tag)) return;
    c.push(
      c.map.position(node.range?.[0] ?? 0),
      [],
      `the YAML tag ${node.tag.replace(/^tag:yaml\.org,2002:/, '!!')} is not allowed`,
      'a spec uses plain YAML values (strings, numbers, booleans, lists, mappings): remove the tag',
    );
  });
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
          c.push(
            c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0),
            [...path, k],
            'the key "__proto__" is not allowed',
          );
        }
        if (first.has(k)) {
          const prev = first.get(k)?.range?.[0];
          const pos = c.map.position(keyNode?.range?.[0] ?? node.range?.[0] ?? 0);
          const where = prev === undefined ? '' : `; first defined on line ${c.map.position(prev).line}`;
          c.push(
            pos,
            [...path, k],
            `duplicate key "${k}"${where}`,
            'YAML keeps only the last one; remove or rename one of them',
          );
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
