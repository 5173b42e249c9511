/**
 * A manifest read from outside (a run artifact, a base branch's cache, an old version's run
 * folder) decoded once for the renderers: it may be forged or damaged, so the shapes they walk are
 * repaired rather than trusted. `steps` becomes an object of objects, each with an `outputs` array
 * of objects and a `usage` object; `graph` an object of string arrays; `totals` an object. Other
 * fields pass as they are: the renderers print every value through checks of their own
 * (report/format.ts), so a forged string or number shows as inert text or 0.
 */
import { z } from 'zod';
import type { Manifest } from './manifest-types.js';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const anObject = z.unknown().transform((v) => (isObject(v) ? v : {}));

const Step = anObject.transform((st) => ({
  ...st,
  outputs: Array.isArray(st.outputs) ? st.outputs.filter(isObject) : [],
  usage: isObject(st.usage) ? st.usage : {},
}));

const RepairedManifest = anObject.transform((m) => ({
  ...m,
  steps: Object.fromEntries(Object.entries(isObject(m.steps) ? m.steps : {}).map(([id, st]) => [id, Step.parse(st)])),
  graph: Object.fromEntries(
    Object.entries(isObject(m.graph) ? m.graph : {}).map(([id, v]) => [
      id,
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [],
    ]),
  ),
  totals: isObject(m.totals) ? m.totals : {},
}));

/** The `schema` every manifest this version reads carries. */
export const MANIFEST_SCHEMA = 'orchestrator.manifest/v1';

/**
 * manifest.json's text, decoded (see above); undefined when it is not JSON, or, with
 * `requireSchema`, not an orchestrator manifest.
 */
export function parseManifest(text: string, { requireSchema = true } = {}): Manifest | undefined {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(v) || (requireSchema && v.schema !== MANIFEST_SCHEMA)) return undefined;
  return decodeManifest(v);
}

export function decodeManifest(input: unknown): Manifest {
  // The repaired shapes are the ones every renderer walks; the scalar fields inside stay unchecked
  // on purpose (see above), which is what this one cast says.
  return RepairedManifest.parse(input) as unknown as Manifest;
}
