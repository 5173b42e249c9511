import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { basename, join } from 'node:path';

const PID = process.pid;
let counter = 0;

/**
 * A temp name for an atomic write: in `tmpDir` when given (it must be on the same filesystem, so
 * the rename stays atomic), else beside the target. Unique across processes (pid) and within one
 * (counter). A crash leaves temp files behind, so writers into a folder that others read (a run's
 * outputs/) pass a tmpDir of their own to clean.
 */
export function tempName(file: string, tmpDir?: string): string {
  const name = `${tmpDir ? basename(file) : file}.${PID}.${(counter++).toString(36)}.tmp`;
  return tmpDir ? join(tmpDir, name) : name;
}

/** Write to a temp file and rename it over the target: readers see the old or the new bytes, never a mix. */
export function atomicWriteSync(file: string, data: string | Uint8Array, tmpDir?: string): void {
  const tmp = tempName(file, tmpDir);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw e;
  }
}
