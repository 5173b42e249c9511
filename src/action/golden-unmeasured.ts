/**
 * Golden files in a run without credentials: a golden file the run did not produce because the
 * steps that write it were skipped `needs_credentials` measured nothing. It is `unmeasured`, not
 * drift (docs/reference.md, "Runs without credentials"); `fail-on-unmeasured` fails the run on it.
 */
import type { GoldenReport } from '../golden/compare.js';
import type { Manifest } from '../run/manifest-types.js';
import { stepsNeedingCredentials } from '../report/credentials.js';

export function goldenWithoutCredentials<T extends Pick<GoldenReport, 'drift' | 'missing' | 'extra' | 'changed'>>(
  report: T,
  manifest: Pick<Manifest, 'steps'>,
): { report: T; unmeasured: string[] } {
  if (report.missing.length === 0 || stepsNeedingCredentials(manifest).length === 0) return { report, unmeasured: [] };
  const unmeasured = report.missing;
  return { report: { ...report, missing: [], drift: report.changed.length + report.extra.length > 0 }, unmeasured };
}
