/**
 * JSON Schema validation for `is-json` checks, through ajv. The draft follows the schema's own
 * `$schema` (2020-12, 2019-09, else draft-07, ajv's default); unknown formats are ignored rather
 * than refused, since ajv-formats is not bundled. Compiled validators are cached per schema text.
 */
import { ConfinedFileError, readConfined, specRoot } from '../util/confined-read.js';
import { isAbsolute, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileJsonSchema } from '../util/json-schema-engine.js';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../util/errors.js';

const compiled = new Map<string, ValidateFunction>();

/**
 * Deepest nesting of a JSON value judged against a schema or written as canonical JSON:
 * validation and serialisation recurse once a level, and 3,000 levels overflowed the stack.
 */
export const MAX_JSON_DEPTH = 256;

/** The nesting depth of a parsed JSON value, counted without recursion (stops past `limit`). */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    const depth = d + 1;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth]);
  }
  return max;
}

/** Loads a schema given inline or as a JSON/YAML file relative to `baseDir`. Throws E_CHECK_SCHEMA. */
export async function loadSchema(
  schema: string | Record<string, unknown>,
  baseDir: string,
): Promise<{ schema: Record<string, unknown>; label: string }> {
  if (typeof schema !== 'string') return { schema, label: 'inline schema' };
  const file = isAbsolute(schema) ? schema : resolve(baseDir, schema);
  let raw: string;
  try {
    // Inside the spec's repository, a regular file, bounded; never echoed from elsewhere.
    raw = (await readConfined(schema, { root: specRoot(baseDir), base: baseDir, label: 'is-json schema' })).toString(
      'utf8',
    );
  } catch (e) {
    if (e instanceof ConfinedFileError) throw e;
    throw new UsageError(
      'E_CHECK_SCHEMA',
      `is-json: cannot read schema ${schema}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
      {
        hint: "a schema path is relative to the spec file's folder",
      },
    );
  }
  let doc: unknown;
  try {
    doc = /\.ya?ml$/i.test(file) ? parseYaml(raw) : JSON.parse(raw);
  } catch (e) {
    throw new UsageError(
      'E_CHECK_SCHEMA',
      `is-json: schema ${schema} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}`,
    );
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new UsageError('E_CHECK_SCHEMA', `is-json: schema ${schema} must be an object`);
  }
  return { schema: doc as Record<string, unknown>, label: schema };
}

export function compileSchema(schema: Record<string, unknown>, label: string): ValidateFunction {
  const key = JSON.stringify(schema);
  const hit = compiled.get(key);
  if (hit) return hit;
  let validate: ValidateFunction;
  try {
    validate = compileJsonSchema(schema);
  } catch (e) {
    throw new UsageError('E_CHECK_SCHEMA', `is-json: ${label} is not a valid JSON Schema: ${(e as Error).message}`);
  }
  compiled.set(key, validate);
  return validate;
}

/** `/items/0/name must be string; / must have required property 'id'` (at most `max` errors). */
export function describeSchemaErrors(errors: ErrorObject[] | null | undefined, max = 5): string {
  if (!errors || errors.length === 0) return 'does not match the schema';
  const parts = errors.slice(0, max).map((e) => {
    let msg = `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`;
    if (e.keyword === 'additionalProperties' && typeof e.params.additionalProperty === 'string') {
      msg += ` (${JSON.stringify(e.params.additionalProperty)})`;
    } else if (e.keyword === 'enum' && Array.isArray(e.params.allowedValues)) {
      msg += ` (${e.params.allowedValues.map((v: unknown) => JSON.stringify(v)).join(', ')})`;
    }
    return msg;
  });
  if (errors.length > max) parts.push(`and ${errors.length - max} more`);
  return parts.join('; ');
}
