/**
 * docs/errors.md lists every error code the source can produce, and its tables are whole (a stray
 * line inside a table ends it in every Markdown renderer).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from '../helpers/workspace.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const doc = readFileSync(join(REPO, 'docs', 'errors.md'), 'utf8');

it('every E_ code in src/ is in docs/errors.md', () => {
  const codes = new Set<string>();
  for (const f of sources(join(REPO, 'src')))
    for (const m of readFileSync(f, 'utf8').matchAll(/['"`](E_[A-Z0-9_]+)['"`]/g)) codes.add(m[1]!);
  expect(codes.size).toBeGreaterThan(50);
  expect([...codes].filter((c) => !doc.includes(`\`${c}\``)).sort()).toEqual([]);
});

it('its tables have no stray lines', () => {
  const lines = doc.split('\n');
  lines.forEach((line, i) => {
    if (!line.startsWith('|') || lines[i - 1]?.startsWith('|')) return;
    // A row after a non-row line starts a table: it must be a header, followed by its separator.
    if (!/^\|[-:| ]+\|$/.test(lines[i + 1] ?? ''))
      throw new Error(`docs/errors.md:${i + 1}: a table row cut off from its table: ${line.slice(0, 60)}`);
  });
});

it('says regex checks use RE2, not JavaScript syntax', () => {
  expect(doc).not.toMatch(/JavaScript syntax/);
  expect(doc).toMatch(/RE2/);
});
