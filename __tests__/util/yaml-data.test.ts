/** Plain data from YAML: the fast parser for plain text, a bounded one where aliases may expand. */
import { parseYamlData } from '../../src/util/yaml-data.js';

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
  ...Array.from({ length: 9 }, (_, i) => {
    const p = String.fromCharCode(97 + i);
    const n = String.fromCharCode(98 + i);
    return `${n}: &${n} [*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p},*${p}]`;
  }),
].join('\n');

test('a mapping reads as data: core types, or only strings with the failsafe schema', () => {
  expect(parseYamlData('n: 3\nok: true\ns: "x"\nnone: null\n')).toEqual({ n: 3, ok: true, s: 'x', none: null });
  expect(parseYamlData('n: 3\nok: true\n', { schema: 'failsafe' })).toEqual({ n: '3', ok: 'true' });
});

test('a duplicate key is an error, with or without aliases in the text', () => {
  expect(() => parseYamlData('a: 1\na: 2\n')).toThrow();
  expect(() => parseYamlData('x: &v 1\na: *v\na: 2\n')).toThrow();
});

test('aliases resolve within the bound; an alias bomb is refused instead of expanding', () => {
  expect(parseYamlData('base: &b { model: m }\nstep: *b\n')).toEqual({ base: { model: 'm' }, step: { model: 'm' } });
  const started = Date.now();
  expect(() => parseYamlData(BOMB)).toThrow(/alias/i);
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a star that is not an alias (Markdown emphasis in a value) still reads as text', () => {
  expect(parseYamlData('draft: "a *bold* claim"\nreview: plain * star\n')).toEqual({
    draft: 'a *bold* claim',
    review: 'plain * star',
  });
});
