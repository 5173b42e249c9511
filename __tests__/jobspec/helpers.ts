import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSpec } from '../../src/jobspec/load.js';
import { SpecError, type SpecIssue } from '../../src/util/errors.js';

const dirs: string[] = [];

/** A temp folder holding `files` (path -> content); removed by cleanup(). */
export function tempProject(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-test-'));
  dirs.push(dir);
  for (const [p, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), content);
  }
  return dir;
}

export function cleanup(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** Loads `yaml` as job.yaml (plus other files) and returns the SpecError's issues; fails if it loads. */
export async function issuesOf(yaml: string, files: Record<string, string> = {}): Promise<SpecIssue[]> {
  const dir = tempProject({ 'job.yaml': yaml, ...files });
  try {
    await loadSpec(join(dir, 'job.yaml'));
  } catch (e) {
    if (e instanceof SpecError) return e.issues;
    throw e;
  }
  throw new Error('expected the spec to be rejected');
}

/** The 1-based line and column of the n-th (0-based) occurrence of `needle` in `text`. */
export function posOf(text: string, needle: string, nth = 0): { line: number; col: number } {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`${needle} not in text`);
  }
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { line, col: at - before.lastIndexOf('\n') };
}

/** The single issue whose message contains `fragment`. */
export function issueWith(issues: SpecIssue[], fragment: string): SpecIssue {
  const hits = issues.filter((i) => i.message.includes(fragment));
  if (hits.length !== 1) {
    throw new Error(
      `expected one issue containing ${JSON.stringify(fragment)}, got ${hits.length}:\n${issues.map((i) => `${i.line}:${i.col} ${i.message}`).join('\n')}`,
    );
  }
  return hits[0]!;
}

export const HEADER = `version: 2
name: t
providers:
  p: { type: replay, responses: r.yaml }
defaults: { provider: p }
`;
