import { canonicalJson } from '../../src/util/canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });
  it('normalizes strings (keys and values) to NFC so composed and decomposed text agree', () => {
    const decomposed = 'e\u0301'; // e + combining acute
    expect(canonicalJson({ [decomposed]: decomposed })).toBe(canonicalJson({ '\u00e9': '\u00e9' }));
  });
  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson(Number.NaN)).toThrow(/non-finite/);
    expect(() => canonicalJson(() => 1)).toThrow(/cannot encode/);
  });
});
