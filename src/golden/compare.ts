/**
 * Golden-output checks: compare a run's outputs with a folder of expected files. Missing, extra
 * and changed files are drift; the report carries a unified diff (jsdiff) a reviewer can read.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, realpathSync } from 'node:fs';
import { removeInside, writeInside } from '../run/safe-path.js';
import { join, relative, sep } from 'node:path';
import { createTwoFilesPatch } from 'diff';

export interface GoldenReport {
  drift: boolean;
  missing: string[];
  extra: string[];
  changed: string[];
  same: string[];
  /** Unified diff of every difference (changed, missing and extra files). */
  diff: string;
}

function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.push(relative(root, abs).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

function isBinary(b: Buffer): boolean {
  return b.subarray(0, 8000).includes(0);
}

/** The unified diff of one golden file against its output (`/dev/null` for the side that is missing). */
export function goldenPatch(path: string, before: Buffer | undefined, after: Buffer | undefined): string {
  if ((before && isBinary(before)) || (after && isBinary(after)))
    return `Binary files golden/${path} and outputs/${path} differ\n`;
  return createTwoFilesPatch(
    before ? `golden/${path}` : '/dev/null',
    after ? `outputs/${path}` : '/dev/null',
    before?.toString('utf8') ?? '',
    after?.toString('utf8') ?? '',
    undefined,
    undefined,
    { context: 3 },
  );
}

/** Golden files are what the outputs should be: a file in golden/ but not in outputs/ is `missing`. */
export async function compareGolden(outputsDir: string, goldenDir: string): Promise<GoldenReport> {
  const outputs = new Set(listFiles(outputsDir));
  const golden = listFiles(goldenDir);
  const report: GoldenReport = { drift: false, missing: [], extra: [], changed: [], same: [], diff: '' };
  const parts: string[] = [];
  for (const path of golden) {
    const want = readFileSync(join(goldenDir, path));
    if (!outputs.has(path)) {
      report.missing.push(path);
      parts.push(goldenPatch(path, want, undefined));
      continue;
    }
    outputs.delete(path);
    const got = readFileSync(join(outputsDir, path));
    if (want.equals(got)) report.same.push(path);
    else {
      report.changed.push(path);
      parts.push(goldenPatch(path, want, got));
    }
  }
  for (const path of [...outputs].sort()) {
    report.extra.push(path);
    parts.push(goldenPatch(path, undefined, readFileSync(join(outputsDir, path))));
  }
  report.drift = report.missing.length + report.extra.length + report.changed.length > 0;
  report.diff = parts.join('');
  return report;
}

/** Makes the golden folder equal to the outputs: copies every output, removes golden files no longer produced. */
export async function updateGolden(outputsDir: string, goldenDir: string): Promise<GoldenReport> {
  const before = await compareGolden(outputsDir, goldenDir);
  mkdirSync(goldenDir, { recursive: true });
  // A symlink in the golden folder must not redirect a write or a removal out of it.
  const root = realpathSync(goldenDir);
  for (const path of before.missing) removeInside(root, path, 'the golden folder');
  for (const path of [...before.changed, ...before.extra]) {
    writeInside(root, path, readFileSync(join(outputsDir, path)), undefined, 'the golden folder');
  }
  return before;
}
