/**
 * Plain data from YAML text, for files read without positions: replay responses, input mappings,
 * the spec loader's fast path. The one module that uses js-yaml: it builds plain data several times
 * faster than `yaml` on a 10,000-step spec, whatever `yaml`'s options (`node bench/yaml-parsers.mjs`;
 * the figures are in docs/ARCHITECTURE.md's library table), and a 10,000-step spec or replay file is
 * a size users run. `yaml` stays for what needs positions (the located spec loader,
 * src/jobspec/load-located.ts).
 *
 * js-yaml does not bound aliases (it shares one object per anchor, which a later walk expands
 * exponentially), so a text that may hold an alias is parsed by `yaml` with a bound on them.
 * Duplicate keys, several documents and syntax errors throw with either parser.
 */
import jsYaml from 'js-yaml';
import { parse } from 'yaml';

/** Aliases a file may resolve before it is refused (the spec loader allows more: src/jobspec/limits.ts). */
export const MAX_YAML_ALIASES = 100;

/** `*name` where YAML could read an alias (a false positive only costs the slower parser). */
const MAYBE_ALIAS = /(^|[\s[{,:-])\*/;

export function parseYamlData(
  text: string,
  opts: { schema?: 'core' | 'failsafe'; maxAliasCount?: number } = {},
): unknown {
  const schema = opts.schema ?? 'core';
  if (MAYBE_ALIAS.test(text)) {
    return parse(text, {
      schema,
      uniqueKeys: true,
      maxAliasCount: opts.maxAliasCount ?? MAX_YAML_ALIASES,
      prettyErrors: false,
      logLevel: 'error',
    });
  }
  return jsYaml.load(text, { schema: schema === 'failsafe' ? jsYaml.FAILSAFE_SCHEMA : jsYaml.CORE_SCHEMA });
}
