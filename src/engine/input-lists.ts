/**
 * A `for_each` list that comes from inputs alone is known before the run starts: when it does not
 * render to a JSON array, the run stops before its first provider call (exit 2, naming the input)
 * instead of failing the step after paid upstream calls (docs/reference.md, "Fan-out").
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import { compileTemplate } from '../jobspec/template.js';
import { parseJsonStrict } from '../quality/json-error.js';
import { soleFencedBlock } from '../quality/checks.js';
import { UsageError } from '../util/errors.js';

/** Throws E_FOR_EACH for the first selected step whose input-made list is not a JSON array. */
export function assertInputListsAreArrays(loaded: LoadedSpec, stepIds: Iterable<string>): void {
  for (const id of stepIds) {
    const fe = loaded.spec.steps[id]?.for_each;
    if (typeof fe !== 'string') continue;
    const t = compileTemplate(fe);
    if (t.refs.steps.length > 0 || t.refs.inputs.length === 0) continue;
    const text = t.render({ inputs: loaded.spec.inputs, stepOutput: () => '' }).trim();
    const parsed = parseJsonStrict(soleFencedBlock(text) ?? text);
    if (parsed.ok && Array.isArray(parsed.value)) continue;
    const names = t.refs.inputs.map((n) => `"${n}"`).join(', ');
    const what = !parsed.ok ? 'is not JSON' : `is a JSON ${parsed.value === null ? 'null' : typeof parsed.value}`;
    throw new UsageError(
      'E_FOR_EACH',
      `step ${id}: for_each ${JSON.stringify(fe)} needs a JSON array, but input ${names} ${what} ` +
        `(${text.length} characters; the value is not shown: an input may hold a secret)`,
      {
        hint:
          `pass a JSON array, e.g. --input ${t.refs.inputs[0]}='["a","b"]' (the action: inputs: ` +
          `'{"${t.refs.inputs[0]}": ["a","b"]}')`,
      },
    );
  }
}
