/**
 * `validate`'s advice on model names (docs/reference.md, "validate"): a hosted provider (openai,
 * anthropic, bedrock: the registry's `aws` prices) whose model the price registry does not know is most often a typo or
 * a retired model. A warning, never an error: the registry lags new models, and the spec stays valid. Local and
 * replay types run any model and are not checked.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { LoadedSpec } from '../jobspec/schema.js';
import { SourceMap } from '../jobspec/source-map.js';
import type { SpecIssue } from '../util/errors.js';
import { registryModelInfo } from './price-registry.js';

const HOSTED = new Set(['openai', 'anthropic', 'google', 'vertex', 'bedrock']);

export async function unknownModelWarnings(loaded: LoadedSpec): Promise<SpecIssue[]> {
  const hosted = Object.entries(loaded.spec.providers).filter(([, p]) => HOSTED.has(p.type) && p.model);
  if (hosted.length === 0) return [];
  let map: SourceMap | undefined;
  try {
    const text = readFileSync(loaded.file, 'utf8');
    const lines = new LineCounter();
    map = new SourceMap(parseDocument(text, { lineCounter: lines }), lines, text);
  } catch {
    map = undefined; // an in-memory spec: warnings without a position
  }
  const out: SpecIssue[] = [];
  for (const [name, p] of hosted) {
    const info = await registryModelInfo(p.model!, p.type).catch(() => undefined);
    if (!info) continue;
    const path = ['providers', name, 'model'];
    const pos = map?.at(path, 'value') ?? { line: 0, col: 0 };
    if (!info.known && !p.price) {
      out.push({
        file: loaded.file,
        line: pos.line,
        col: pos.col,
        message: `model ${p.model} of provider ${name} (${p.type}) is unknown to the price registry (${info.registry})`,
        hint:
          'check the spelling; a model newer than the registry is fine (give it a price:); `orchestrator ' +
          'doctor --online` asks the provider',
      });
    } else if (info.retiresOn) {
      const past = info.retiresOn <= new Date().toISOString().slice(0, 10);
      out.push({
        file: loaded.file,
        line: pos.line,
        col: pos.col,
        message:
          `model ${p.model} of provider ${name} ${past ? 'was retired' : 'retires'} on ${info.retiresOn} ` +
          `(${info.retirementSource ?? info.registry})`,
        hint: past
          ? 'requests to it fail: move to its replacement (`orchestrator doctor` lists what is usable)'
          : 'move to its replacement before that date',
      });
    } else if (info.deprecated) {
      out.push({
        file: loaded.file,
        line: pos.line,
        col: pos.col,
        message: `model ${p.model} of provider ${name} is marked deprecated in the price registry (${info.registry})`,
        hint: 'it may be retired soon; `orchestrator doctor --online` asks the provider',
      });
    }
  }
  return out;
}
