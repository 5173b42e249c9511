/**
 * Structured output (docs/reference.md: Structured output) on the engine side: the step's `output_schema` loaded
 * (inline, or a JSON/YAML file confined like every file a spec names), and an answer judged against it. A valid
 * answer becomes canonical JSON (src/util/canonical-json.ts): the same value, the same bytes, so
 * cache keys and golden files downstream do not move with a model's whitespace or key order.
 */
import type { ValidateFunction } from 'ajv';
import { canonicalJson } from '../util/canonical-json.js';
import { UsageError } from '../util/errors.js';
import { ConfinedFileError } from '../util/confined-read.js';
import { soleFencedBlock } from './checks.js';
import { parseJsonStrict } from './json-error.js';
import { compileSchema, describeSchemaErrors, jsonDepth, loadSchema, MAX_JSON_DEPTH } from './json-schema.js';

export interface OutputSchema {
  schema: Record<string, unknown>;
  validate: ValidateFunction;
}

/**
 * The step's schema: inline, or a file read as `is-json` schemas are (./json-schema.ts: confined to
 * the spec's root by src/util/confined-read.ts, which owns that rule; a file outside it is
 * E_FILE_CONFINED). Any other problem with it is E_OUTPUT_SCHEMA: a spec mistake, not the model's.
 */
export async function loadOutputSchema(spec: string | Record<string, unknown>, baseDir: string): Promise<OutputSchema> {
  const { schema, label } = await loadSchema(spec, baseDir).catch((e: unknown) => {
    if (e instanceof ConfinedFileError || !(e instanceof UsageError)) throw e;
    throw new UsageError('E_OUTPUT_SCHEMA', e.message.replace(/^is-json: /, 'output_schema: '), { hint: e.hint });
  });
  return { schema, validate: compileSchema(schema, typeof spec === 'string' ? spec : label) };
}

export type StructuredVerdict = { ok: true; value: unknown; canonical: string } | { ok: false; message: string };

/** Parses an answer (a sole ```json fence is unwrapped: some models add one) and validates it. */
export function judgeStructured(text: string, schema: OutputSchema): StructuredVerdict {
  const fenced = soleFencedBlock(text);
  const parsed = parseJsonStrict(fenced ?? text);
  if (!parsed.ok)
    return {
      ok: false,
      message:
        `output_schema: the answer is not JSON: ${parsed.problem.message} at line ${parsed.problem.line} col ` +
        `${parsed.problem.col}`,
    };
  const depth = jsonDepth(parsed.value);
  if (depth > MAX_JSON_DEPTH)
    return { ok: false, message: `output_schema: the answer nests more than ${MAX_JSON_DEPTH} levels deep` };
  if (!schema.validate(parsed.value))
    return { ok: false, message: `output_schema: ${describeSchemaErrors(schema.validate.errors)}` };
  return { ok: true, value: parsed.value, canonical: canonicalJson(parsed.value) };
}
