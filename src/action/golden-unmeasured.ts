/**
 * Golden files in a run without credentials: a golden file the run did not produce because the
 * steps that write it were skipped `needs_credentials` measured nothing. It is `unmeasured`, and
 * in such a run that alone does not fail the check: only `fail-on-unmeasured` makes it fail
 * (docs/reference.md, "Runs without credentials"). Drift (changed, missing, extra) still fails.
 */
import type { Manifest } from '../run/manifest-types.js';
import { stepsNeedingCredentials } from '../report/credentials.js';

interface GoldenShape {
  drift: boolean;
  missing: string[];
  extra: string[];
  changed: string[];
  /** Files whose step did not produce them (the spec-aware check); absent in the plain comparison. */
  unmeasured?: string[];
}

export function goldenWithoutCredentials<T extends GoldenShape>(
  report: T,
  manifest: Pick<Manifest, 'steps'>,
): { report: T; unmeasured: string[] } {
  if (stepsNeedingCredentials(manifest).length === 0) return { report, unmeasured: [] };
  if (report.unmeasured !== undefined) {
    return {
      report: { ...report, drift: report.changed.length + report.missing.length + report.extra.length > 0 },
      unmeasured: report.unmeasured,
    };
  }
  // The plain comparison cannot tell a file that was not produced from a missing one.
  return {
    report: { ...report, missing: [], drift: report.changed.length + report.extra.length > 0 },
    unmeasured: report.missing,
  };
}
