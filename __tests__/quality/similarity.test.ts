import { chrf, cosine, rougeL, rougeTokens } from '../../src/quality/similarity.js';

/*
 * Published reference values. chrF: sacreBLEU's own tests (mjpost/sacrebleu test/test_chrf.py;
 * scores there are on 0..100, divided by 100 here), and sentence scores computed with sacreBLEU
 * 2.x's CHRF().sentence_score(hyp, [ref]) at its defaults (char_order 6, beta 2, effective order).
 * ROUGE-L: google-research rouge/rouge_scorer_test.py, whose "AgainstRouge155" values come from
 * the official ROUGE-1.5.5 script.
 */
const EPSILON = 1e-6;

describe('chrF as sacreBLEU computes it', () => {
  // test_chrf.py, test_chrf_eff_order: corpus_chrf(..., beta=3, eps_smoothing=False); one segment each.
  it.each([
    ['a', 'a', 100.0],
    ['', 'reference', 0.0],
    ['a b c', 'a b c', 100.0],
    ['a b c', 'abc', 100.0],
    ['', 'c', 0.0],
    ['aa', 'ab', 25.0],
  ])('effective order, beta 3: %j vs %j = %d', (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref, { beta: 3 }) * 100 - expected)).toBeLessThan(1e-4);
  });

  // test_chrf.py, test_chrf: corpus_chrf(..., beta=3, eps_smoothing=True).
  it.each([
    ['abcdefg', 'hijklmnop', 0.0],
    ['a', 'b', 0.0],
    ['', 'b', 0.0],
    ['aa', 'ab', 8.3333],
    ['a', 'a', 16.6667],
    ['a b c', 'a b c', 50.0],
    ['a b c', 'abc', 50.0],
    [
      ' risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .',
      'risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .',
      63.36173,
    ],
    [
      ' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. ',
      'Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.',
      64.1302698,
    ],
    ['Niemand hat die Absicht, eine Mauer zu errichten', 'Niemand hat die Absicht, eine Mauer zu errichten', 100.0],
  ])('epsilon smoothing, beta 3: %j vs %j = %d', (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref, { beta: 3, epsSmoothing: true }) * 100 - expected)).toBeLessThan(1e-4);
  });

  // test_chrf.py, test_chrf_sentence_level: sentence_chrf(hyp, refs, eps_smoothing=True), beta 2.
  const czech: Array<[string, string, number, number]> = [
    [
      'Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.',
      'Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.',
      39.14078509,
      39.14081690316369,
    ],
    [
      'Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.',
      'A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.',
      31.22557079,
      31.225641469352972,
    ],
    [
      'Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.',
      'Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.',
      57.15704367,
      57.157427512824064,
    ],
  ];
  it.each(czech)('sentence level with epsilon smoothing (published): %j', (hyp, ref, published) => {
    expect(Math.abs(chrf(hyp, ref, { epsSmoothing: true }) * 100 - published)).toBeLessThan(1e-4);
  });

  // The check's metric: sacreBLEU's defaults (the fourth column came from sacreBLEU 2.x itself).
  it.each(czech)('sentence level at the defaults: %j', (hyp, ref, _published, defaults) => {
    expect(Math.abs(chrf(hyp, ref) - defaults / 100)).toBeLessThan(EPSILON);
  });

  it.each([
    ['aa', 'ab', 0.25],
    ['a', 'a', 1],
    ['', 'b', 0],
    ['abcdefg', 'hijklmnop', 0],
    ['The cat sat on the mat.', 'A cat was sitting on the mat.', 0.3978485169445028],
    // Code points, not UTF-16 units: astral characters count once (sacreBLEU indexes Python str).
    ['😀 emoji 𝒳 test', '😀 emoji 𝒴 test', 0.5546897546897546],
    [
      ' Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. ',
      'Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.',
      0.64818123726097,
    ],
  ])('defaults (sacreBLEU 2.x sentence_score): %j vs %j', (hyp, ref, expected) => {
    expect(Math.abs(chrf(hyp, ref) - expected)).toBeLessThan(EPSILON);
  });

  it('removes whitespace as Python str.split() does (NBSP, ideographic space, U+0085)', () => {
    expect(chrf('a\u00a0b\u3000c\u0085d', 'abcd')).toBe(1);
  });
});

describe('ROUGE-L as rouge-score computes it', () => {
  // rouge_scorer_test.py: scorer.score(target, prediction) -> our rougeL(candidate, reference).
  it('consecutive and non-consecutive subsequences (testRougeLConsecutive / NonConsecutive)', () => {
    for (const cand of ['testing one', 'testing two']) {
      const s = rougeL(cand, 'testing one two');
      expect(s.precision).toBeCloseTo(1, 10);
      expect(s.recall).toBeCloseTo(2 / 3, 10);
      expect(s.fmeasure).toBeCloseTo(4 / 5, 10);
    }
  });

  it('an empty side scores 0 (testRougeEmpty)', () => {
    expect(rougeL('', 'testing one two')).toEqual({ precision: 0, recall: 0, fmeasure: 0 });
    expect(rougeL('/', 'w1 w2').fmeasure).toBe(0);
  });

  // testRougeLAgainstRouge155: rouge/testdata/target.txt and prediction.txt, lines 1 and 2.
  const targets = [
    "ZfbCUIUuePaiLVUlCaUXxkpu XPeWing tUHfPMuZ',-Xd Y BrUgVJing M-HV.-DgdDaY.rFDJCRing Ht-LM EKBDXkME,yz'RBr q'wtion wIojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxer tKM L",
    "KsJdPByEtAor fE-Qg Dpdbring cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMtion psing sbKao Q m qiing LMmer HqqLFXe,XPY,J XsurkMer ,ed nB'wH'bWVHjWFEing tQ.saefZwJtKrTlixYpMMsJing UCAPwNHeYVjDing c T BUySKtion gMPfJpwGw p'NvxAoping eu pBwMBKV'I DNxqelhu,PHPxDEq,mtion SN",
  ];
  const predictions = [
    "rFDJCRtion Ht-LM EKtDXkME,yz'RBr q'wer wrojNbN wL,b .a-'XdQggyFl jB-RPP'iyOIcUxi",
    "n cw-WeFyu vC MoBL Xdn g wkvcEiGvKtion BDFhrpMer pstion sbKao Q m qier LMmed HqqLFXe,XPY,J XsurkMeo ,ed nB'wH'bWVHjWFEer tQ.saefZwJtKrTlixYpMMNJtion UCAPwNHeYVjD",
  ];
  it.each([
    [0, 0.40741, 0.6875, 0.51163],
    [1, 0.40476, 0.65385, 0.5],
  ])('ROUGE-1.5.5 values, line %d', (i, recall, precision, f) => {
    const s = rougeL(predictions[i]!, targets[i]!);
    expect(s.recall).toBeCloseTo(recall, 5);
    expect(s.precision).toBeCloseTo(precision, 5);
    expect(s.fmeasure).toBeCloseTo(f, 5);
  });

  it('tokens are runs of Unicode letters and digits, lower-cased', () => {
    expect(rougeTokens('Größe: 42 Äpfel, naïve—ÉCOLE_x')).toEqual(['größe', '42', 'äpfel', 'naïve', 'école', 'x']);
    expect(rougeL('Die Äpfel sind rot', 'die äpfel SIND grün').fmeasure).toBeCloseTo(0.75, 10);
  });
});

describe('cosine', () => {
  it('is 1 for parallel vectors, 0 for orthogonal ones, -1 for opposite ones', () => {
    expect(cosine([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosine([1, 0], [0, 3])).toBe(0);
    expect(cosine([1, 1], [-1, -1])).toBeCloseTo(-1, 12);
    expect(cosine([0, 0], [1, 1])).toBe(0);
  });
  it('refuses vectors of different lengths', () => {
    expect(() => cosine([1], [1, 2])).toThrow(/differ in length/);
  });
});

describe('ROUGE-L bound', () => {
  it('refuses a comparison larger than MAX_LCS_CELLS instead of stalling', () => {
    const big = 'w '.repeat(20_001);
    expect(() => rougeL(big, big)).toThrow(/more than 400000000 comparisons/);
  });
});
