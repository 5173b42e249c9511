/**
 * The disk's own cost of creating a small file, measured where the runs go. The engine creates
 * about three files per step (two logs and an output), so on a slow or busy disk this, not the
 * scheduler, sets the floor of the per-step overhead; the report prints it beside the figures.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function smallFileCreateUs(dir, count = 1000) {
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `f${i}.txt`), `hello ${i}\n`);
  const us = ((performance.now() - t0) / count) * 1000;
  rmSync(dir, { recursive: true, force: true });
  return us;
}
