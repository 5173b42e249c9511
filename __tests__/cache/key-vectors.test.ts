/**
 * The published cache-key vectors (__tests__/fixtures/cache-key-vectors.json) keep keys stable
 * across releases, OSes and Node versions. A failure here means every user's cache would miss
 * after upgrading: bump CACHE_FORMAT on purpose, never by accident.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CACHE_FORMAT,
  commandCacheKey,
  llmCacheKey,
  type CommandKeyInput,
  type LlmKeyInput,
} from '../../src/cache/key.js';
import { REPO } from '../helpers/workspace.js';

interface Vector<T> {
  name: string;
  input: T;
  key: string;
  canonical?: string;
}
interface VectorFile {
  cache_format: number;
  llm: Array<Vector<LlmKeyInput>>;
  command: Array<Vector<CommandKeyInput>>;
  same_key_groups: { llm: string[][]; command: string[][] };
}

const file = join(REPO, '__tests__', 'fixtures', 'cache-key-vectors.json');
const vectors = JSON.parse(readFileSync(file, 'utf8')) as VectorFile;
const byName = <T>(list: Array<Vector<T>>, name: string): Vector<T> => {
  const v = list.find((x) => x.name === name);
  if (!v) throw new Error(`no vector ${name}`);
  return v;
};

describe('cache key test vectors', () => {
  it('are for the current cache format', () => {
    expect(vectors.cache_format).toBe(CACHE_FORMAT);
    expect(vectors.llm.length).toBeGreaterThanOrEqual(15);
    expect(vectors.command.length).toBeGreaterThanOrEqual(5);
  });

  it.each(vectors.llm.map((v) => [v.name, v] as const))('llmCacheKey: %s', (_name, v) => {
    expect(llmCacheKey(v.input)).toBe(v.key);
  });

  it.each(vectors.command.map((v) => [v.name, v] as const))('commandCacheKey: %s', (_name, v) => {
    expect(commandCacheKey(v.input)).toBe(v.key);
  });

  it('a key is the sha256 of the documented canonical JSON (checked with node:crypto, not the code under test)', () => {
    for (const v of [vectors.llm[0]!, vectors.command[0]!]) {
      expect(v.canonical).toBeDefined();
      // Canonical form: sorted keys, no whitespace.
      expect(v.canonical).not.toMatch(/": |, /);
      expect(createHash('sha256').update(v.canonical!, 'utf8').digest('hex')).toBe(v.key);
    }
  });

  it('the NFD vectors really are NFD (the fixture was not normalized by an editor)', () => {
    const nfd = byName(vectors.llm, 'unicode-nfd').input;
    const nfc = byName(vectors.llm, 'unicode-nfc').input;
    expect(nfd.prompt).not.toBe(nfc.prompt);
    expect(nfd.prompt.normalize('NFC')).toBe(nfc.prompt);
    expect(byName(vectors.command, 'unicode-nfd').input.run).not.toBe(byName(vectors.command, 'unicode-nfc').input.run);
  });

  it('nested option objects in another key order are the same input', () => {
    const a = byName(vectors.llm, 'openai-options').input.provider as Record<string, unknown>;
    const b = byName(vectors.llm, 'openai-options-reordered').input.provider as Record<string, unknown>;
    expect(Object.keys(a)).not.toEqual(Object.keys(b));
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });

  it.each([['llm'], ['command']] as const)(
    '%s: only the declared groups share a key; every other vector has its own',
    (kind) => {
      const list = vectors[kind] as Array<Vector<unknown>>;
      const groups = new Map<string, string[]>();
      for (const v of list) groups.set(v.key, [...(groups.get(v.key) ?? []), v.name]);
      const shared = [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort());
      expect(shared.sort()).toEqual(vectors.same_key_groups[kind].map((g) => [...g].sort()).sort());
      for (const v of list) expect(v.key).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it('recomputes the same key from a deep copy with object keys in reverse order', () => {
    const reverse = (x: unknown): unknown => {
      if (Array.isArray(x)) return x.map(reverse);
      if (x && typeof x === 'object')
        return Object.fromEntries(
          Object.entries(x)
            .reverse()
            .map(([k, v]) => [k, reverse(v)]),
        );
      return x;
    };
    for (const v of vectors.llm) expect(llmCacheKey(reverse(v.input) as LlmKeyInput)).toBe(v.key);
    for (const v of vectors.command) expect(commandCacheKey(reverse(v.input) as CommandKeyInput)).toBe(v.key);
  });
});
