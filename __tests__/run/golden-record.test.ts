/**
 * golden.json in a run folder: what `orchestrator golden` found, read back defensively (a run
 * folder may come from a downloaded artifact) and split per file for the HTML report.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readGoldenRecord, splitGoldenDiff, writeGoldenRecord } from '../../src/run/golden-record.js';

const SEP = '='.repeat(67);
const DIFF = [
  SEP,
  '--- golden/a.md',
  '+++ outputs/a.md',
  '@@ -1 +1 @@',
  '-old a',
  '+new a',
  SEP,
  '--- golden/dir/b.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  `-${SEP}`,
  'Binary files golden/c.bin and outputs/c.bin differ',
  SEP,
  '--- /dev/null',
  '+++ outputs/d.md',
  '@@ -0,0 +1 @@',
  '+new d',
  '',
].join('\n');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'orch-golden-record-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a unified diff of several files splits per path: changed, missing, binary and extra files', () => {
  const parts = splitGoldenDiff(DIFF);
  expect([...parts.keys()]).toEqual(['a.md', 'dir/b.txt', 'c.bin', 'd.md']);
  expect(parts.get('a.md')).toBe(`${SEP}\n--- golden/a.md\n+++ outputs/a.md\n@@ -1 +1 @@\n-old a\n+new a\n`);
  // A removed line that looks like a separator stays in its file's part.
  expect(parts.get('dir/b.txt')).toContain(`-${SEP}`);
  expect(parts.get('c.bin')).toBe('Binary files golden/c.bin and outputs/c.bin differ\n');
  expect(parts.get('d.md')).toContain('+new d');
});

test('written and read back, each file gets its part of the diff', () => {
  writeGoldenRecord(dir, {
    golden: 'golden/',
    checked_at: '2026-12-07T05:00:00.000Z',
    drift: true,
    changed: ['a.md'],
    missing: ['dir/b.txt'],
    extra: ['d.md'],
    diff: DIFF,
    files: [
      { path: 'a.md', verdict: 'drift', kind: 'changed', compare: 'exact', step: 'write' },
      { path: 'e.md', verdict: 'same', compare: 'exact' },
    ],
  });
  const r = readGoldenRecord(dir)!;
  expect(r).toMatchObject({ golden: 'golden/', drift: true, changed: ['a.md'], missing: ['dir/b.txt'] });
  expect(r.files![0]).toMatchObject({ path: 'a.md', verdict: 'drift', step: 'write' });
  expect(r.files![0]!.diff).toContain('+new a');
  expect(r.files![1]!.diff).toBeUndefined();
});

test('a damaged, foreign or linked golden.json is no record', () => {
  expect(readGoldenRecord(dir)).toBeUndefined();
  writeFileSync(join(dir, 'golden.json'), '{"drift": tru');
  expect(readGoldenRecord(dir)).toBeUndefined();
  writeFileSync(join(dir, 'golden.json'), '[1,2]');
  expect(readGoldenRecord(dir)).toBeUndefined();
  writeFileSync(
    join(dir, 'golden.json'),
    JSON.stringify({ drift: 'yes', changed: [1, 'x'], files: [{ path: 3 }, null] }),
  );
  expect(readGoldenRecord(dir)).toEqual({ drift: false, changed: ['x'], missing: [], extra: [], diff: '', files: [] });
  rmSync(join(dir, 'golden.json'));
  const elsewhere = join(dir, 'elsewhere.json');
  writeFileSync(elsewhere, JSON.stringify({ drift: true, changed: [], missing: [], extra: [], diff: '' }));
  symlinkSync(elsewhere, join(dir, 'golden.json'));
  expect(readGoldenRecord(dir)).toBeUndefined();
});
