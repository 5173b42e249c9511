/**
 * A golden check of a finished run with its spec's `golden.files` rules, in the 2.1 report shape
 * (`drift`, `changed`, `missing`, `extra`, `same`, `diff`) plus the per-file verdicts: what the
 * action's `golden` input uses. `drift` is true when any file is drift or unmeasured (a check that
 * measured nothing never passes), never for flaky files alone.
 */
import type { LoadedSpec } from '../jobspec/schema.js';
import type { Manifest } from '../run/manifest-types.js';
import type { GoldenReport } from './compare.js';
import { goldenServices } from './services.js';
import { goldenVerdicts, type GoldenFileVerdict, type GoldenVerdict } from './verdicts.js';

export interface GoldenReportWithVerdicts extends GoldenReport {
  files: GoldenFileVerdict[];
  counts: Record<GoldenVerdict, number>;
  unmeasured: string[];
}

export async function goldenForSpec(opts: {
  loaded: LoadedSpec;
  outputsDir: string;
  goldenDir: string;
  manifest?: Pick<Manifest, 'status' | 'steps'>;
  env: Record<string, string | undefined>;
  signal?: AbortSignal;
}): Promise<GoldenReportWithVerdicts> {
  const signal = opts.signal ?? new AbortController().signal;
  const declared: Record<string, string[]> = {};
  for (const [id, step] of Object.entries(opts.loaded.spec.steps))
    declared[id] = step.outputs.map((o) => o.path).filter((p) => !p.includes('{{'));
  const r = await goldenVerdicts({
    outputsDir: opts.outputsDir,
    goldenDir: opts.goldenDir,
    rules: opts.loaded.spec.golden?.files ?? [],
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
    declaredOutputs: declared,
    baseDir: opts.loaded.baseDir,
    services: goldenServices(opts.loaded, opts.env, signal),
    signal,
  });
  const pick = (verdict: GoldenVerdict, kind?: string): string[] =>
    r.files.filter((f) => f.verdict === verdict && (kind === undefined || f.kind === kind)).map((f) => f.path);
  return {
    drift: r.exitCode === 1,
    same: pick('same'),
    changed: pick('drift', 'changed'),
    missing: pick('drift', 'missing'),
    extra: pick('drift', 'extra'),
    unmeasured: pick('unmeasured'),
    diff: r.diff,
    files: r.files,
    counts: r.counts,
  };
}
