import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync, unlinkSync } from 'node:fs';
import { rename, unlink, writeFile } from 'node:fs/promises';

/** A sibling temp name: same folder, so the rename is atomic on every OS. */
export function tempSibling(file: string): string {
  return `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
}

/** Write to a temp file and rename it over the target: readers see the old or the new bytes, never a mix. */
export async function atomicWrite(file: string, data: string | Uint8Array): Promise<void> {
  const tmp = tempSibling(file);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}

export function atomicWriteSync(file: string, data: string | Uint8Array): void {
  const tmp = tempSibling(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    try { unlinkSync(tmp); } catch { /* already gone */ }
    throw e;
  }
}
