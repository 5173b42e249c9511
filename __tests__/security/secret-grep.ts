/** Helpers for the security suites: every form of a key, and every byte a run left behind. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The key and the encodings a hostile server or model would use to smuggle it out. */
export function keyForms(key: string): Record<string, string> {
  const b = Buffer.from(key, 'utf8');
  return {
    plain: key,
    base64: b.toString('base64').replace(/=+$/, ''),
    base64url: b.toString('base64url'),
    hex: b.toString('hex'),
    HEX: b.toString('hex').toUpperCase(),
    url: encodeURIComponent(key),
  };
}

/** Every file below `dir` (symlinks not followed), with its bytes as latin1 text. */
export function allFiles(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const abs = join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) out.push({ path: abs, text: readFileSync(abs).toString('latin1') });
    }
  };
  walk(dir);
  return out;
}

/** Where any form of `key` occurs in the given texts: [] when nowhere. */
export function leaks(key: string, texts: Array<{ path: string; text: string }>): string[] {
  const found: string[] = [];
  for (const [form, needle] of Object.entries(keyForms(key))) {
    for (const t of texts) if (t.text.includes(needle)) found.push(`${form} in ${t.path}`);
  }
  return found;
}
