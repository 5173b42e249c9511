/**
 * JSON Schema validation for `is-json` checks, through ajv. The draft follows the schema's own
 * `$schema` (2020-12, 2019-09, else draft-07, ajv's default); unknown formats are ignored rather
 * than refused, since ajv-formats is not bundled. Compiled validators are cached per schema text.
 */
import { ConfinedFileError, readConfined, specRoot } from '../util/confined-read.js';
import { isAbsolute, resolve } from 'node:path';
import AjvImport from 'ajv';
import Ajv2019Import from 'ajv/dist/2019.js';
import Ajv2020Import from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../util/errors.js';

// ajv is CommonJS with `exports.default = Ajv`: under NodeNext the default import is the module.
const Ajv = AjvImport.default;
const Ajv2019 = Ajv2019Import.default;
const Ajv2020 = Ajv2020Import.default;

const compiled = new Map<string, ValidateFunction>();

/** Loads a schema given inline or as a JSON/YAML file relative to `baseDir`. Throws E_CHECK_SCHEMA. */
export async function loadSchema(schema: string | Record<string, unknown>, baseDir: string): Promise<{ schema: Record<string, unknown>; label: string }> {
  if (typeof schema !== 'string') return { schema, label: 'inline schema' };
  const file = isAbsolute(schema) ? schema : resolve(baseDir, schema);
  let raw: string;
  try {
    // Inside the spec's repository, a regular file, bounded; never echoed from elsewhere.
    raw = (await readConfined(schema, { root: specRoot(baseDir), base: baseDir, label: 'is-json schema' })).toString('utf8');
  } catch (e) {
    if (e instanceof ConfinedFileError) throw e;
    throw new UsageError('E_CHECK_SCHEMA', `is-json: cannot read schema ${schema}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, {
      hint: "a schema path is relative to the spec file's folder",
    });
  }
  let doc: unknown;
  try {
    doc = /\.ya?ml$/i.test(file) ? parseYaml(raw) : JSON.parse(raw);
  } catch (e) {
    throw new UsageError('E_CHECK_SCHEMA', `is-json: schema ${schema} is not valid ${/\.ya?ml$/i.test(file) ? 'YAML' : 'JSON'}: ${(e as Error).message}`);
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
  const draft = typeof schema.$schema === 'string' ? schema.$schema : '';
  const options = { strict: false, allErrors: true, logger: false as const, validateFormats: false };
  const ajv = draft.includes('2020-12') ? new Ajv2020(options) : draft.includes('2019-09') ? new Ajv2019(options) : new Ajv(options);
  let validate: ValidateFunction;
  try {
    validate = ajv.compile(schema);
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
