import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * A temp name for an atomic write: in `tmpDir` when given (it must be on the same filesystem, so
 * the rename stays atomic), else beside the target. A crash leaves temp files behind, so writers
 * into a folder that others read (a run's outputs/) pass a tmpDir of their own to clean.
 */
const PID = process.pid;

export function tempName(file: string, tmpDir?: string): string {
  const name = `${tmpDir ? basename(file) : file}.${PID}.${randomBytes(4).toString('hex')}.tmp`;
  return tmpDir ? join(tmpDir, name) : name;
}

/** Write to a temp file and rename it over the target: readers see the old or the new bytes, never a mix. */
export async function atomicWrite(file: string, data: string | Uint8Array, tmpDir?: string): Promise<void> {
  const tmp = tempName(file, tmpDir);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export function atomicWriteSync(file: string, data: string | Uint8Array): void {
  const tmp = tempName(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}
