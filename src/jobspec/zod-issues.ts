/**
 * zod's issues, said the way a person editing YAML needs to hear them: which key, in which step,
 * what was expected and what was found, and the closest known key or value for a typo.
 */
import type { z } from 'zod';
import type { Anchor, PathSeg } from './source-map.js';
import { didYouMean } from './suggest.js';

/** A problem located by path, before it gets a line and column. */
export interface PathIssue {
  path: PathSeg[];
  anchor: Anchor;
  message: string;
  hint?: string;
}

type ZodIssue = z.core.$ZodIssue;

/** Reads the raw value at a path of the parsed YAML. */
export function valueAt(root: unknown, path: readonly PathSeg[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[String(seg)];
  }
  return v;
}

/** "step "builder"", "output #1 of step "builder"", "provider "fast"", ... */
export function describeObject(path: readonly PathSeg[]): string {
  const [a, b, c, d, e] = path;
  if (path.length === 0) return 'the spec';
  if (a === 'steps' && b !== undefined) {
    const step = `step "${b}"`;
    if (path.length === 2) return step;
    if ((c === 'outputs' || c === 'checks') && typeof d === 'number' && path.length === 4)
      return `${c === 'outputs' ? 'output' : 'check'} #${d + 1} of ${step}`;
    if (c === 'checks' && typeof d === 'number' && e === 'schema') return `the schema of check #${d + 1} of ${step}`;
    if (c === 'context' && path.length === 3) return `the context of ${step}`;
  }
  if ((a === 'providers' || a === 'routes') && b !== undefined) {
    const what = `${a === 'providers' ? 'provider' : 'route'} "${b}"`;
    if (path.length === 2) return what;
    if (path.length === 3 && (c === 'options' || c === 'price')) return `the ${c} of ${what}`;
  }
  if (path.length === 1 && typeof a === 'string') return a;
  return path
    .map((s) => (typeof s === 'number' ? `[${s}]` : s))
    .join('.')
    .replace(/\.\[/g, '[');
}

export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'an empty value';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'a string',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping (key: value)',
  record: 'a mapping (key: value)',
  map: 'a mapping (key: value)',
  null: 'an empty value',
};

const RECORD_KEY_KIND: Record<string, string> = {
  steps: 'step id',
  providers: 'provider name',
  routes: 'route name',
  inputs: 'input name',
};

const RECORD_KEY_RULE: Record<string, string> = {
  steps: 'step ids match [a-z0-9][a-z0-9_-]* (lowercase letters, digits, _ and -)',
  providers: 'names match [A-Za-z_][A-Za-z0-9_-]*',
  routes: 'names match [A-Za-z_][A-Za-z0-9_-]*',
  inputs: 'input names match [A-Za-z_][A-Za-z0-9_-]*',
};

const list = (vs: readonly unknown[]): string => vs.map((v) => JSON.stringify(v)).join(', ');

/** The keys a strict object at `path` accepts (following the spec's data through unions). */
export function knownKeysAt(schema: unknown, data: unknown, path: readonly PathSeg[]): string[] {
  let s = schema;
  let d = data;
  const unwrap = (x: unknown): unknown => {
    for (let i = 0; i < 20; i++) {
      const def = defOf(x);
      if (!def) return x;
      if (
        def.type === 'optional' ||
        def.type === 'default' ||
        def.type === 'prefault' ||
        def.type === 'nullable' ||
        def.type === 'readonly'
      )
        x = def.innerType;
      else if (def.type === 'pipe') x = def.in;
      else if (def.type === 'union' && Array.isArray(def.options)) x = pickOption(def, d);
      else return x;
    }
    return x;
  };
  for (const seg of [...path, undefined]) {
    s = unwrap(s);
    const def = defOf(s);
    if (!def) return [];
    if (seg === undefined) return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
    if (def.type === 'object' && def.shape) s = (def.shape as Record<string, unknown>)[String(seg)];
    else if (def.type === 'record') s = def.valueType;
    else if (def.type === 'array') s = def.element;
    else return [];
    d = valueAt(d, [seg]);
  }
  return [];
}

interface DefLike {
  type?: string;
  innerType?: unknown;
  in?: unknown;
  shape?: Record<string, unknown>;
  valueType?: unknown;
  element?: unknown;
  options?: unknown[];
  discriminator?: string;
  values?: unknown[];
}

function defOf(x: unknown): DefLike | undefined {
  if (x === null || typeof x !== 'object') return undefined;
  const def = (x as { def?: unknown }).def;
  return def !== null && typeof def === 'object' ? (def as DefLike) : undefined;
}

function pickOption(def: DefLike, data: unknown): unknown {
  const options = def.options ?? [];
  const disc = def.discriminator;
  if (disc && data !== null && typeof data === 'object') {
    const want = (data as Record<string, unknown>)[disc];
    for (const o of options) {
      const lit = defOf(defOf(o)?.shape?.[disc]);
      if (lit?.values?.includes(want)) return o;
    }
  }
  return options.find((o) => defOf(o)?.type === 'object') ?? options[0];
}

/** Turns one zod issue into located, human problems (an unknown-keys issue becomes one per key). */
export function explainZodIssue(issue: ZodIssue, data: unknown, schema: unknown): PathIssue[] {
  const path = issue.path.filter((s): s is PathSeg => typeof s === 'string' || typeof s === 'number');
  const input = valueAt(data, path);
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];

  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, data, path);
      return issue.keys.map((k) => ({
        path: [...path, k],
        anchor: 'key' as const,
        message: `unknown key "${k}" in ${describeObject(path)}`,
        hint: didYouMean(k, known) ?? (known.length > 0 ? `allowed keys: ${known.join(', ')}` : undefined),
      }));
    }
    case 'invalid_type': {
      if (input === undefined) {
        return [
          {
            path: parent,
            anchor: 'key',
            message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
          },
        ];
      }
      const expected = EXPECTED[issue.expected] ?? `a ${issue.expected}`;
      const hint =
        issue.expected === 'string' && input === null
          ? 'an empty value is null in YAML; write "" for an empty string'
          : undefined;
      return [{ path, anchor: 'value', message: `expected ${expected}, got ${describeValue(input)}`, hint }];
    }
    case 'invalid_value': {
      if (input === undefined) {
        return [
          {
            path: parent,
            anchor: 'key',
            message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
          },
        ];
      }
      if (issue.values.length === 1) {
        return [
          {
            path,
            anchor: 'value',
            message: `expected ${JSON.stringify(issue.values[0])}, got ${describeValue(input)}`,
          },
        ];
      }
      return [
        {
          path,
          anchor: 'value',
          message: `expected one of ${list(issue.values)}; got ${describeValue(input)}`,
          hint: didYouMean(String(input), issue.values.map(String)),
        },
      ];
    }
    case 'invalid_union': {
      const disc = (issue as { discriminator?: string }).discriminator;
      const options = (issue as { options?: unknown[] }).options ?? [];
      if (disc !== undefined || (issue as { note?: string }).note === 'No matching discriminator') {
        const objPath = last === disc ? parent : path;
        const obj = valueAt(data, objPath);
        const kind = objPath.includes('checks') ? 'check' : objPath[0] === 'providers' ? 'provider' : 'object';
        if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
          return [
            {
              path: objPath,
              anchor: 'value',
              message: `expected a mapping (key: value) for ${describeObject(objPath)}, got ${describeValue(obj)}`,
            },
          ];
        }
        const value = (obj as Record<string, unknown>)[disc ?? 'type'];
        if (value === undefined) {
          return [
            {
              path: objPath,
              anchor: 'key',
              message: `missing required key "${disc ?? 'type'}" in ${describeObject(objPath)}`,
              hint: `one of ${list(options)}`,
            },
          ];
        }
        return [
          {
            path: [...objPath, disc ?? 'type'],
            anchor: 'value',
            message:
              `unknown ${kind} ${disc ?? 'type'} ` +
              `${typeof value === 'string' ? JSON.stringify(value) : describeValue(value)}; expected one of ` +
              `${list(options)}`,
            hint: didYouMean(String(value), options.map(String)),
          },
        ];
      }
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        for (const sub of branch)
          if (sub.code === 'invalid_type' && sub.path.length === 0)
            expected.add(EXPECTED[sub.expected] ?? `a ${sub.expected}`);
      }
      if (expected.size > 0) {
        if (input === undefined)
          return [
            {
              path: parent,
              anchor: 'key',
              message: `missing required key "${String(last)}" in ${describeObject(parent)}`,
            },
          ];
        return [
          { path, anchor: 'value', message: `expected ${[...expected].join(' or ')}, got ${describeValue(input)}` },
        ];
      }
      // Every branch failed deeper down: report the first branch's own issues.
      const first = issue.errors[0] ?? [];
      if (first.length > 0) {
        return first.flatMap((sub) =>
          explainZodIssue({ ...sub, path: [...issue.path, ...sub.path] } as ZodIssue, data, schema),
        );
      }
      return [
        { path, anchor: 'value', message: `${describeObject(path)} has an unexpected form: ${describeValue(input)}` },
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = Number(
        small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum,
      );
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'array' || issue.origin === 'set') {
        return [
          {
            path,
            anchor: 'value',
            message: `${small ? 'needs at least' : 'takes at most'} ${bound} item${bound === 1 ? '' : 's'}`,
          },
        ];
      }
      if (issue.origin === 'string') {
        if (small && bound === 1) return [{ path, anchor: 'value', message: 'must not be empty' }];
        return [
          { path, anchor: 'value', message: `must be ${small ? 'at least' : 'at most'} ${bound} characters long` },
        ];
      }
      const rel = small ? (inclusive ? 'at least' : 'greater than') : inclusive ? 'at most' : 'less than';
      return [{ path, anchor: 'value', message: `must be ${rel} ${bound}, got ${describeValue(input)}` }];
    }
    case 'invalid_format': {
      const custom = !issue.message.startsWith('Invalid');
      if (issue.format === 'url') {
        return [
          {
            path,
            anchor: 'value',
            message: `expected a URL, got ${describeValue(input)}`,
            hint: 'for example http://127.0.0.1:8080/v1',
          },
        ];
      }
      const rule = custom ? issue.message : `must match ${issue.pattern ?? issue.format}`;
      return [{ path, anchor: 'value', message: `${rule}, got ${describeValue(input)}` }];
    }
    case 'invalid_key': {
      const record = typeof parent[0] === 'string' && parent.length === 1 ? parent[0] : undefined;
      const kind = (record && RECORD_KEY_KIND[record]) ?? 'key';
      const rule = (record && RECORD_KEY_RULE[record]) ?? issue.issues.map((i) => i.message).join('; ');
      return [{ path, anchor: 'key', message: `invalid ${kind} "${String(last)}": ${rule}` }];
    }
    case 'invalid_element':
      return [{ path, anchor: 'value', message: `invalid entry in ${describeObject(parent)}` }];
    case 'custom':
      return [{ path, anchor: 'value', message: issue.message }];
    default:
      return [{ path, anchor: 'value', message: `${issue.message} (${describeObject(path)})` }];
  }
}
