/**
 * One way to compile a JSON Schema with ajv, for `validate` (is the schema valid?) and for the
 * checks that judge answers against it. The draft follows the schema's own `$schema` (2020-12,
 * 2019-09, else draft-07, ajv's default); ajv's meta-schema validation is on (`{type: 12}` is
 * refused); unknown formats are ignored rather than refused, since ajv-formats is not bundled.
 */
import AjvImport from 'ajv';
import Ajv2019Import from 'ajv/dist/2019.js';
import Ajv2020Import from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv';
import type { RegExpEngine } from 'ajv/dist/types/index.js';
import { compileLinear, type LinearRegex } from './linear-regex.js';

// ajv is CommonJS with `exports.default = Ajv`: under NodeNext the default import is the module.
const Ajv = AjvImport.default;
const Ajv2019 = Ajv2019Import.default;
const Ajv2020 = Ajv2020Import.default;

/**
 * ajv's RegExp engine for `pattern` and `patternProperties`: RE2 semantics through
 * src/util/linear-regex.ts, so a schema pattern like `^(a+)+$` matched against a model's answer
 * takes linear time (V8's backtracking engine locked the event loop for minutes, past timeout_s
 * and SIGTERM). A pattern RE2 cannot run (lookaround, backreferences) makes the schema invalid.
 */
const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string): { test: (s: string) => boolean; toString: () => string } => {
    let re: LinearRegex;
    try {
      re = compileLinear(pattern);
    } catch (e) {
      throw new Error(`pattern ${JSON.stringify(pattern)}: ${(e as Error).message}`, { cause: e });
    }
    // toString keys ajv's cache of compiled patterns.
    return { test: (s: string) => re.exec(s) !== null, toString: () => `re2:${pattern}` };
  },
  { code: 'linearRegExp' },
);

/** Compiles `schema`; throws (a plain Error with ajv's message) when it is not a valid JSON Schema. */
export function compileJsonSchema(schema: Record<string, unknown>): ValidateFunction {
  const draft = typeof schema.$schema === 'string' ? schema.$schema : '';
  const options = {
    strict: false,
    allErrors: true,
    logger: false as const,
    validateFormats: false,
    validateSchema: true,
    code: { regExp: linearRegExp },
  };
  const ajv = draft.includes('2020-12')
    ? new Ajv2020(options)
    : draft.includes('2019-09')
      ? new Ajv2019(options)
      : new Ajv(options);
  return ajv.compile(schema);
}
