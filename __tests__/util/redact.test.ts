import { Redactor, secretVariants } from '../../src/util/redact.js';
import { keyForms } from '../security/secret-grep.js';

const KEY = 'sk-live-ABCdef0123456789';

describe('Redactor', () => {
  const r = new Redactor([
    { name: 'OPENAI_API_KEY', value: KEY },
    { name: 'OLLAMA_KEY', value: 'ollama' },
  ]);

  it.each(Object.entries(keyForms(KEY)))('masks the %s form', (_form, needle) => {
    expect(r.apply(`before ${needle} after`)).toBe('before *** after');
  });

  it('masks base64 of the key inside a longer base64 blob, at every byte alignment', () => {
    for (const prefix of ['', 'x', 'xy', 'xyz', 'Authorization: Bearer ']) {
      const blob = Buffer.from(`${prefix}${KEY} and more`).toString('base64');
      expect(r.apply(blob)).toContain('***');
      expect(Buffer.from(r.apply(blob).split('***').join(''), 'base64').toString('latin1')).not.toContain(
        KEY.slice(3, 15),
      );
    }
  });

  it('does not mask a value shorter than 8 characters, and names its variable (not the value)', () => {
    expect(r.apply('ollama serves llama')).toBe('ollama serves llama');
    expect(r.unmaskable).toEqual(['OLLAMA_KEY']);
  });

  it('redacts bytes, events and errors', () => {
    expect(r.applyBytes(Buffer.from(`a${KEY}b${KEY}`)).toString()).toBe('a***b***');
    expect(r.applyDeep({ model: KEY, nested: [{ [KEY]: `x ${KEY}` }] })).toEqual({
      model: '***',
      nested: [{ '***': 'x ***' }],
    });
    const plain = { a: 1 };
    expect(r.applyDeep(plain)).toBe(plain);
    const e = new Error(`bad key ${KEY}`, { cause: new Error(`inner ${KEY}`) });
    r.applyError(e);
    expect(e.message).toBe('bad key ***');
    expect(String(e.stack)).not.toContain(KEY);
    expect((e.cause as Error).message).toBe('inner ***');
  });

  it('lists the JSON-escaped form of a key with quotes', () => {
    expect(secretVariants('ab"cd\\efgh')).toContain('ab\\"cd\\\\efgh');
  });
});
