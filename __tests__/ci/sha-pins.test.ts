/**
 * Organisations may require every action pinned to a full-length commit SHA, and GitHub applies
 * that policy to the `uses:` nested in composite actions and reusable workflows too. Every remote
 * `uses:` of the toolkit (composite actions, reusable and own workflows) is pinned by SHA with its
 * version in a comment (dependabot keeps both current); the toolkit's references to itself
 * (`org/orchestrator-action...@v2`) are pinned to the release commit by the release workflow,
 * which this test runs on a copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/workspace.js';

const SELF = /^org\/orchestrator-action(\/[^@]*)?@/;
const PINNED = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]*)?@[0-9a-f]{40}$/;

/** The toolkit's files whose `uses:` GitHub resolves: composite actions and every workflow of .github/workflows. */
function toolkitFiles(root: string): string[] {
  const out: string[] = [];
  for (const f of ['action.yml', 'golden/action.yml', 'comment/action.yml']) {
    const doc = parse(readFileSync(join(root, f), 'utf8')) as { runs: { using: string } };
    if (doc.runs.using === 'composite') out.push(f);
  }
  for (const f of readdirSync(join(root, '.github/workflows')))
    if (/\.ya?ml$/.test(f)) out.push(`.github/workflows/${f}`);
  return out;
}

/** Every `uses:` line: the reference and the comment after it. */
function usesLines(root: string, file: string): Array<{ file: string; line: number; ref: string; comment: string }> {
  const out: Array<{ file: string; line: number; ref: string; comment: string }> = [];
  readFileSync(join(root, file), 'utf8')
    .split('\n')
    .forEach((text, i) => {
      const m = /^\s*(?:-\s+)?uses:\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(text);
      if (m) out.push({ file, line: i + 1, ref: m[1]!.replace(/^['"]|['"]$/g, ''), comment: m[2] ?? '' });
    });
  return out;
}

const remote = (ref: string) => !ref.startsWith('./') && !ref.startsWith('docker://');

describe('SHA pins', () => {
  const all = toolkitFiles(REPO).flatMap((f) => usesLines(REPO, f));

  it('finds the nested uses: of golden/ and the reusable matrix workflow', () => {
    expect(all.some((u) => u.file === 'golden/action.yml' && u.ref.startsWith('actions/upload-artifact@'))).toBe(true);
    expect(
      all.some((u) => u.file.endsWith('orchestrator-matrix.yml') && u.ref.startsWith('actions/download-artifact@')),
    ).toBe(true);
  });

  it('pins every remote uses: but the toolkit itself to a 40-hex commit SHA, with the version in a comment', () => {
    const bad = all.filter(
      (u) => remote(u.ref) && !SELF.test(u.ref) && !(PINNED.test(u.ref) && /^v\d+\.\d+\.\d+\b/.test(u.comment)),
    );
    expect(bad.map((u) => `${u.file}:${u.line}: ${u.ref} # ${u.comment}`)).toEqual([]);
  });

  it('the release workflow pins the self-references to the release commit: then every nested uses: is a SHA', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pins-'));
    try {
      for (const f of ['action.yml', 'golden', 'comment', '.github'])
        cpSync(join(REPO, f), join(dir, f), { recursive: true });
      const sha = 'a'.repeat(40);
      execFileSync(process.execPath, [join(REPO, 'scripts/pin-self-refs.mjs'), sha, 'v2.2.0'], { cwd: dir });
      const after = toolkitFiles(dir).flatMap((f) => usesLines(dir, f));
      const unpinned = after.filter((u) => remote(u.ref) && !PINNED.test(u.ref));
      expect(unpinned.map((u) => `${u.file}:${u.line}: ${u.ref}`)).toEqual([]);
      const self = after.filter((u) => u.ref.startsWith('org/orchestrator-action'));
      expect(self.length).toBeGreaterThan(0);
      for (const u of self)
        expect(u).toMatchObject({ ref: expect.stringMatching(new RegExp(`@${sha}$`)), comment: 'v2.2.0' });
      // The release workflow runs this very script.
      expect(readFileSync(join(REPO, '.github/workflows/release.yml'), 'utf8')).toContain('scripts/pin-self-refs.mjs');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
