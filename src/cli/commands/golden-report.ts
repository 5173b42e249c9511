/**
 * After `orchestrator golden` compared a run: golden.json into the run folder and its
 * report.html rewritten with the verdicts and diffs (docs/reference.md, "The HTML report"). A
 * report that cannot be written never changes the comparison's outcome.
 */
import { writeRunReportQuietly } from '../../report/html/write.js';
import { writeGoldenRecord, type GoldenRecord } from '../../run/golden-record.js';
import { environmentRedactor } from './report.js';

export async function recordGoldenInRun(
  runDir: string,
  env: Record<string, string | undefined>,
  record: GoldenRecord,
): Promise<void> {
  try {
    writeGoldenRecord(runDir, record);
  } catch {
    return;
  }
  await writeRunReportQuietly(runDir, { redactor: environmentRedactor(env), env });
}
