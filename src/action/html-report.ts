/**
 * The action's part of the HTML report (docs/reference.md, "The HTML report"): rewrite the run
 * folder's report.html once github.json and the golden comparison are known (the engine wrote
 * one at the end of the run without them), before the folder is uploaded; and the summary's line
 * that says where the report is, or that no artifact holds it.
 */
import { join } from 'node:path';
import type { GoldenResult } from '../report/summary.js';
import { REPORT_FILE, writeRunReport } from '../report/html/write.js';
import { writeGoldenRecord } from '../run/golden-record.js';
import { errorMessage } from '../util/errors.js';
import type { Redactor } from '../util/redact.js';
import type { CoreLike } from './core-like.js';

export async function writeActionReport(
  core: CoreLike,
  runDir: string,
  opts: { redactor: Redactor; golden?: GoldenResult; env: Record<string, string | undefined> },
): Promise<boolean> {
  try {
    // Kept in the run folder: `orchestrator report` on the downloaded artifact shows it too.
    if (opts.golden) writeGoldenRecord(runDir, { ...opts.golden, checked_at: new Date().toISOString() });
    await writeRunReport(runDir, {
      redactor: opts.redactor,
      env: opts.env,
      ...(opts.golden ? { golden: { ...opts.golden } } : {}),
    });
    return true;
  } catch (e) {
    core.warning(`Could not write ${join(runDir, REPORT_FILE)}: ${errorMessage(e)}`);
    return false;
  }
}

/** The summary's note: the artifact and the path in it, or why there is none. */
export function reportNote(
  jobId: string,
  written: boolean,
  uploadedName: string | undefined,
  uploadMode: string,
): string {
  const path = `\`${/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(jobId) ? jobId : 'JOB_ID'}/${REPORT_FILE}\``;
  if (!written) return 'HTML report: none (it could not be written; see the warnings).';
  if (uploadedName)
    return `HTML report: ${path} in the run artifact \`${uploadedName}\` (download it and open the file in a browser).`;
  return (
    `HTML report: not uploaded: no run artifact was uploaded (\`upload-artifact: ${uploadMode}\`); set ` +
    `\`upload-artifact: always\` to keep ${path}.`
  );
}
