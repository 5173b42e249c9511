/**
 * `report.html` in a run folder: read the folder, render, write atomically (a reader never sees
 * half a page). Called at the end of every run and resume, by the action before it uploads the
 * folder, and by `orchestrator report`.
 */
import { join } from 'node:path';
import { fileNameOf } from '../../jobspec/fan-out.js';
import { atomicWriteSync } from '../../util/atomic-write.js';
import { readRunReport, type ReadRunOptions } from './read-run.js';
import { renderReportHtml } from './render.js';

export const REPORT_FILE = 'report.html';

export interface WriteReportOptions extends ReadRunOptions {
  /** Where to write; default RUN_DIR/report.html. */
  out?: string;
  maxBytes?: number;
}

/** Writes the report of the run in `runDir`; returns the file written and its size. */
export async function writeRunReport(
  runDir: string,
  options: WriteReportOptions = {},
): Promise<{ file: string; bytes: number }> {
  const model = await readRunReport(runDir, options);
  const html = renderReportHtml(model, { maxBytes: options.maxBytes, logName: fileNameOf });
  const file = options.out ?? join(runDir, REPORT_FILE);
  atomicWriteSync(file, html);
  return { file, bytes: Buffer.byteLength(html, 'utf8') };
}

/**
 * As writeRunReport for the end of a run: a report that cannot be written (a full disk, a
 * damaged folder) never changes how the run ended; the error is returned for a face to mention.
 */
export async function writeRunReportQuietly(runDir: string, options: WriteReportOptions = {}): Promise<unknown> {
  try {
    await writeRunReport(runDir, options);
    return undefined;
  } catch (e) {
    return e;
  }
}
