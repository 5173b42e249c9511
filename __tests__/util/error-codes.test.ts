/** The error table is the one list of codes: docs/errors.md is generated from it, and src uses no other code. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES, renderErrorsDoc } from '../../src/util/error-codes.js';

const ROOT = join(import.meta.dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

test('docs/errors.md is what the table generates (else: npm run docs:errors)', () => {
  const page = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
  if (page !== renderErrorsDoc())
    throw new Error('docs/errors.md is stale: run `npm run docs:errors` and commit the page');
});

test('every E_ code in src is in the table, and every code of the table is on the page', () => {
  const used = new Set<string>();
  // The table's own file names a retired code in a note on the page.
  for (const file of sources(join(ROOT, 'src')).filter((f) => !f.endsWith('error-codes.ts')))
    for (const m of readFileSync(file, 'utf8').matchAll(/['"`](E_[A-Z_]+)['"`]/g)) used.add(m[1]!);
  expect(used.size).toBeGreaterThan(60);
  expect([...used].filter((c) => !(c in ERROR_CODES))).toEqual([]);
  const page = renderErrorsDoc();
  for (const code of Object.keys(ERROR_CODES)) expect(page).toContain(`| \`${code}\` |`);
});

test('exit codes: spec and usage codes exit 2, an interrupted run 130', () => {
  expect(ERROR_CODES.E_SPEC.exit).toBe(2);
  expect(ERROR_CODES.E_USAGE.exit).toBe(2);
  expect(ERROR_CODES.E_CANCELLED.exit).toBe(130);
  expect(ERROR_CODES.E_SERVER).toMatchObject({ exit: 1, retryable: true });
  expect(ERROR_CODES.E_AUTH.retryable).toBe(false);
});
