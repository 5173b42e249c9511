/**
 * The `json-match` check's comparison (docs/reference.md, "Checks for model output"): structural
 * equality of two JSON values where object key order does not matter, arrays compare element by
 * element in order, numbers a and b are equal when |a - b| <= tolerance * max(|a|, |b|), and the
 * subtrees at the `ignore` JSON Pointers (RFC 6901) are skipped on both sides, present or not.
 * Pointers are parsed by @hyperjump/json-pointer (docs/ARCHITECTURE.md).
 */
import { append, nil, pointerSegments } from '@hyperjump/json-pointer';

export interface JsonMatchOptions {
  ignore?: readonly string[];
  tolerance?: number;
}

export interface JsonMismatch {
  /** Where the first difference is, as a JSON Pointer ("" = the whole document). */
  pointer: string;
  expected: string;
  actual: string;
}

/** A pointer in its canonical spelling, or an Error saying why it is not one. */
export function canonicalPointer(pointer: string): string {
  let out = nil as string;
  try {
    for (const segment of pointerSegments(pointer)) out = append(segment, out);
  } catch {
    throw new Error(
      `${JSON.stringify(pointer)} is not a JSON Pointer (RFC 6901: "" or "/a/b", with ~0 for ~ and ~1 for /)`,
    );
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

/** A short rendering of a value for messages. */
function shown(v: unknown): string {
  if (v === undefined) return '(absent)';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

export function numbersMatch(a: number, b: number, tolerance: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
}

/** The first difference between `actual` and `expected` (depth first, keys sorted), or undefined when they match. */
export function jsonMismatch(
  actual: unknown,
  expected: unknown,
  opts: JsonMatchOptions = {},
): JsonMismatch | undefined {
  const ignored = new Set((opts.ignore ?? []).map(canonicalPointer));
  const tolerance = opts.tolerance ?? 0;
  const walk = (a: unknown, e: unknown, at: string): JsonMismatch | undefined => {
    if (ignored.has(at)) return undefined;
    const differ = (): JsonMismatch => ({ pointer: at, expected: shown(e), actual: shown(a) });
    if (typeof a === 'number' && typeof e === 'number') return numbersMatch(a, e, tolerance) ? undefined : differ();
    if (kind(a) !== kind(e)) return differ();
    if (Array.isArray(a) && Array.isArray(e)) {
      for (let i = 0; i < Math.max(a.length, e.length); i++) {
        const here = append(String(i), at);
        if (ignored.has(here)) continue;
        if (i >= a.length || i >= e.length) return { pointer: here, expected: shown(e[i]), actual: shown(a[i]) };
        const m = walk(a[i], e[i], here);
        if (m) return m;
      }
      return undefined;
    }
    if (isObject(a) && isObject(e)) {
      const keys = [...new Set([...Object.keys(a), ...Object.keys(e)])].sort();
      for (const k of keys) {
        const here = append(k, at);
        if (ignored.has(here)) continue;
        if (!Object.hasOwn(a, k) || !Object.hasOwn(e, k))
          return {
            pointer: here,
            expected: shown(Object.hasOwn(e, k) ? e[k] : undefined),
            actual: shown(Object.hasOwn(a, k) ? a[k] : undefined),
          };
        const m = walk(a[k], e[k], here);
        if (m) return m;
      }
      return undefined;
    }
    return a === e ? undefined : differ();
  };
  return walk(actual, expected, nil);
}
