import { describe, expect, it } from 'vitest';
import vocab from './data/vocab.json';
import { asciiTermsSource, parseList } from './matcher';

/** The plain form: one alternative per term, each with its own word edges. */
const perTerm = (terms: string[]) =>
  terms
    .map((t) => {
      const letter = (c: string | undefined) => !!c && /[a-z]/i.test(c);
      const body = t.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
      return (letter(t[0]) ? '(?<![a-z])' : '') + body + (letter(t[t.length - 1]) ? '(?:e?s)?(?![a-z])' : '');
    })
    .join('|');

const asciiTerms = vocab.terms
  .split('\n')
  .filter((group) => group[0]! < '\x80')
  .flatMap((group) => parseList(group).map((t) => t[0]));

/** Deterministic pseudo-random numbers (a failure names its seed). */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('asciiTermsSource', () => {
  it('writes the word edges once per lot', () => {
    expect(asciiTermsSource(['bet365', 'betting', 'pc蛋蛋', '188金宝博', 'escort'])).toBe('(?!)|(?:188金宝博)|(?<![a-z])(?:bet365|pc蛋蛋)|(?<![a-z])(?:betting|escort)(?:e?s)?(?![a-z])');
    expect(asciiTermsSource([])).toBe('(?!)');
  });

  it('matches exactly what one alternative per term matches, on the vocabulary and random text', () => {
    const ours = new RegExp(asciiTermsSource(asciiTerms), 'i');
    const plain = new RegExp(perTerm(asciiTerms), 'i');
    const alphabet = 'abceilnoprstvxyABSE 0123456789-.金宝博在线片网级毛真人视讯世品蛋';
    const random = rng(7);
    for (let n = 0; n < 20_000; n++) {
      let s = '';
      const length = 1 + Math.floor(random() * 24);
      while (s.length < length) s += random() < 0.3 ? asciiTerms[Math.floor(random() * asciiTerms.length)]! : alphabet[Math.floor(random() * alphabet.length)]!;
      if (random() < 0.3) s = s.toUpperCase();
      expect(ours.test(s), JSON.stringify(s)).toBe(plain.test(s));
    }
    for (const t of asciiTerms) {
      expect(ours.test(t), t).toBe(true);
      expect(ours.test(`x${t}x`), t).toBe(plain.test(`x${t}x`));
    }
  });
});
