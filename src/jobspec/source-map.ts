/**
 * From a path in the parsed spec (`['steps', 'builder', 'needs', 0]`) back to a line and column
 * in the YAML text, so every problem can be reported as FILE:LINE:COL.
 */
import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type ParsedNode } from 'yaml';

export type PathSeg = string | number;

/** Where on a path's node a problem points. */
export type Anchor =
  /** the value (`needs: [x]` -> the `x`) */
  | 'value'
  /** the key naming it (`nedds:`), for unknown/duplicate keys and whole-object problems */
  | 'key';

export interface Position {
  line: number;
  col: number;
}

interface Found {
  /** The deepest node reached and how many path segments it consumed. */
  node: Node | null;
  key: Node | null;
  depth: number;
}

const SIMPLE_SEG = /^[A-Za-z0-9_$-]+$/;

/** `steps.builder.needs[0]`; odd keys in brackets: `steps["a b"]`. */
export function formatPath(path: readonly PathSeg[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (SIMPLE_SEG.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

export function keyString(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

export class SourceMap {
  constructor(
    private readonly doc: Document<ParsedNode, true> | Document,
    private readonly lines: LineCounter,
    private readonly text: string,
  ) {}

  position(offset: number): Position {
    const p = this.lines.linePos(Math.max(0, Math.min(offset, this.text.length)));
    return { line: p.line, col: p.col };
  }

  /**
   * A mapping's pairs by key, built once per mapping: looking keys up by a scan made reporting
   * N problems in one mapping (N unknown keys) take N^2 steps. The last pair wins, as in
   * toJS(); duplicates are reported separately.
   */
  private readonly pairIndex = new WeakMap<object, Map<string, { key: unknown; value: unknown }>>();

  private pairsOf(node: {
    items: Array<{ key: unknown; value: unknown }>;
  }): Map<string, { key: unknown; value: unknown }> {
    let index = this.pairIndex.get(node);
    if (!index) {
      index = new Map();
      for (const pair of node.items) index.set(keyString(pair.key), pair);
      this.pairIndex.set(node, index);
    }
    return index;
  }

  private find(path: readonly PathSeg[]): Found {
    let node = (this.doc.contents ?? null) as Node | null;
    let key: Node | null = null;
    let depth = 0;
    for (const seg of path) {
      if (isMap(node)) {
        const hit = this.pairsOf(node).get(String(seg));
        if (!hit) break;
        key = isScalar(hit.key) || isMap(hit.key) || isSeq(hit.key) ? (hit.key as Node) : null;
        node = (hit.value ?? null) as Node | null;
      } else if (isSeq(node) && Number.isInteger(Number(seg))) {
        const item = node.items[Number(seg)];
        if (item === undefined) break;
        key = null;
        node = (item ?? null) as Node | null;
      } else {
        break;
      }
      depth++;
      if (node === null) break;
    }
    return { node, key, depth };
  }

  /** The offset a path points at; falls back to the nearest existing ancestor. */
  offset(path: readonly PathSeg[], anchor: Anchor): number {
    const f = this.find(path);
    const complete = f.depth === path.length;
    const keyStart = f.key?.range?.[0];
    const nodeStart = f.node?.range?.[0];
    if (complete && anchor === 'key' && keyStart !== undefined) return keyStart;
    if (complete && nodeStart !== undefined) return nodeStart;
    // A partial match: point at the key of the deepest thing that exists, which names it.
    if (keyStart !== undefined) return keyStart;
    if (nodeStart !== undefined && f.depth === 0) return nodeStart;
    return nodeStart ?? 0;
  }

  /** The YAML source text of the value at `path`, when the path exists. */
  sourceOf(path: readonly PathSeg[]): string | undefined {
    const f = this.find(path);
    const r = f.node?.range;
    return f.depth === path.length && r ? this.text.slice(r[0], r[1]) : undefined;
  }

  at(path: readonly PathSeg[], anchor: Anchor): Position {
    return this.position(this.offset(path, anchor));
  }

  /**
   * The position of `snippet`, found at `valueOffset` of the string value at `path`, in the YAML
   * source. Quoting and block indentation change offsets, so we look for the same occurrence of
   * the snippet in the node's source text; if it is not there verbatim, the node's start.
   */
  inScalar(path: readonly PathSeg[], value: string, valueOffset: number, snippet: string): Position {
    const f = this.find(path);
    const fallback = this.at(path, 'value');
    if (f.depth !== path.length || !isScalar(f.node) || !f.node.range || snippet === '') return fallback;
    let nth = 0;
    for (let i = value.indexOf(snippet); i !== -1 && i < valueOffset; i = value.indexOf(snippet, i + snippet.length))
      nth++;
    const [start, end] = f.node.range;
    const src = this.text.slice(start, end);
    let at = src.indexOf(snippet);
    for (let k = 0; k < nth && at !== -1; k++) at = src.indexOf(snippet, at + snippet.length);
    return at === -1 ? fallback : this.position(start + at);
  }
}
