/**
 * Structured output (CONTRACT 7.7) on the engine side: the step's `output_schema` loaded (inline,
 * or a JSON/YAML file confined to the spec's folder), and an answer judged against it. A valid
 * answer becomes canonical JSON (src/util/canonical-json.ts): the same value, the same bytes, so
 * cache keys and golden files downstream do not move with a model's whitespace or key order.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { canonicalJson } from '../util/canonical-json.js';
import { UsageError } from '../util/errors.js';
import { soleFencedBlock } from './checks.js';
import { parseJsonStrict } from './json-error.js';
import { compileSchema, describeSchemaErrors, loadSchema } from './json-schema.js';

export interface OutputSchema {
  schema: Record<string, unknown>;
  validate: ValidateFunction;
}

/** Where a schema path may not go: outside the spec's folder (absolute, `..`, or a symlink out). */
function confinedSchemaPath(path: string, baseDir: string): string {
  const abs = resolve(baseDir, path);
  const outside = (p: string, root: string) => {
    const rel = relative(root, p);
    return rel.startsWith('..') || isAbsolute(rel);
  };
  let real = abs;
  let realBase = baseDir;
  try {
    realBase = realpathSync(baseDir);
    real = realpathSync(abs);
  } catch { /* a missing file is reported by the loader */ }
  if (isAbsolute(path) || outside(abs, baseDir) || outside(real, realBase)) {
    throw new UsageError('E_OUTPUT_SCHEMA', `output_schema ${JSON.stringify(path)} is outside the spec file's folder`, {
      hint: 'put the schema file next to the spec (or below it) and name it relative to the spec',
    });
  }
  return abs;
}

export async function loadOutputSchema(spec: string | Record<string, unknown>, baseDir: string): Promise<OutputSchema> {
  const source = typeof spec === 'string' ? confinedSchemaPath(spec, baseDir) : spec;
  const { schema, label } = await loadSchema(source, baseDir).catch((e: unknown) => {
    throw e instanceof UsageError ? new UsageError('E_OUTPUT_SCHEMA', e.message.replace(/^is-json: /, 'output_schema: '), { hint: e.hint }) : e;
  });
  return { schema, validate: compileSchema(schema, typeof spec === 'string' ? spec : label) };
}

export type StructuredVerdict = { ok: true; value: unknown; canonical: string } | { ok: false; message: string };

/** Parses an answer (a sole ```json fence is unwrapped: some models add one) and validates it. */
export function judgeStructured(text: string, schema: OutputSchema): StructuredVerdict {
  const fenced = soleFencedBlock(text);
  const parsed = parseJsonStrict(fenced ?? text);
  if (!parsed.ok) return { ok: false, message: `output_schema: the answer is not JSON: ${parsed.problem.message} at line ${parsed.problem.line} col ${parsed.problem.col}` };
  if (!schema.validate(parsed.value)) return { ok: false, message: `output_schema: ${describeSchemaErrors(schema.validate.errors)}` };
  return { ok: true, value: parsed.value, canonical: canonicalJson(parsed.value) };
}
