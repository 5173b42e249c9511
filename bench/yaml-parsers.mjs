#!/usr/bin/env node
/**
 * `node bench/yaml-parsers.mjs [--steps N] [--repeats R]`: the YAML parsers on the 10,000-step
 * spec and replay file `npm run bench` generates (bench/lib/spec-writer.mjs, layered graph), to
 * decide whether `yaml` alone can build plain data where src/util/yaml-data.ts uses js-yaml.
 * Prints the median milliseconds of each way to parse, with its ratio to js-yaml.
 *
 * Ways measured (yaml 2.x, eemeli): `parse` with its defaults (uniqueKeys on), `parse` without
 * the duplicate-key check, `parseDocument` + `toJS`, and the stages under them (Lexer -> Parser
 * CST, Composer -> Document, Document#toJS), so the slow stage is named.
 */
import jsYaml from 'js-yaml';
import { Composer, Parser, parse, parseDocument, stringify } from 'yaml';
import { DEFAULT_SEED, makeGraph, uniformLatency } from './lib/graphs.mjs';
import { specDocument, responseFor } from './lib/spec-writer.mjs';
import { median } from './lib/measure.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const STEPS = opt('--steps', 10_000);
const REPEATS = opt('--repeats', 5);

const graph = makeGraph('layered', STEPS, DEFAULT_SEED);
const responses = {};
for (const { id } of graph.steps) responses[id] = responseFor(id);
const inputs = {
  spec: stringify(specDocument(graph, uniformLatency(graph, 0)), { lineWidth: 0 }),
  responses: stringify(responses),
};

const ways = {
  'js-yaml load (CORE_SCHEMA)': (t) => jsYaml.load(t, { schema: jsYaml.CORE_SCHEMA }),
  'yaml parse (defaults: uniqueKeys)': (t) => parse(t, { schema: 'core' }),
  'yaml parse (uniqueKeys: false)': (t) => parse(t, { schema: 'core', uniqueKeys: false }),
  'yaml parseDocument + toJS (uniqueKeys: false)': (t) =>
    parseDocument(t, { schema: 'core', uniqueKeys: false, keepSourceTokens: false }).toJS(),
  'yaml stage: Lexer + Parser (CST only)': (t) => {
    for (const _ of new Parser().parse(t));
  },
  'yaml stages: CST + Composer (Document, uniqueKeys: false)': (t) => {
    const c = new Composer({ schema: 'core', uniqueKeys: false });
    for (const _ of c.compose(new Parser().parse(t)));
  },
};

const rows = [];
for (const [inputName, text] of Object.entries(inputs)) {
  const base = [];
  for (const [way, fn] of Object.entries(ways)) {
    const ms = [];
    for (let r = 0; r < REPEATS; r++) {
      const t0 = performance.now();
      fn(text);
      ms.push(performance.now() - t0);
    }
    const m = median(ms);
    if (base.length === 0) base.push(m);
    rows.push({ input: inputName, way, ms: m, ratio: m / base[0] });
  }
}
console.log(
  `${STEPS}-step layered spec (${(inputs.spec.length / 1024).toFixed(0)} KiB) and replay file (${(inputs.responses.length / 1024).toFixed(0)} KiB), median of ${REPEATS}, node ${process.version}`,
);
for (const r of rows)
  console.log(
    `${r.input.padEnd(9)} ${r.way.padEnd(58)} ${r.ms.toFixed(0).padStart(7)} ms  ${r.ratio.toFixed(1).padStart(6)}x`,
  );
