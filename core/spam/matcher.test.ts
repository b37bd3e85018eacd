import { describe, expect, it } from 'vitest';
import vocab from './data/vocab.json';
import type { Fold } from './compile-vocab';
import { asciiTermsSource, Matcher, parseList } from './matcher';

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

describe('Matcher.scan', () => {
  /** The matcher's rule tried at every position, with no start regex to skip places: a term
   * matches where each character is the term's or folds to it (script, case); a Latin term not
   * after a letter and (ending in a letter) not before one but a plural ending; leftmost-longest,
   * non-overlapping. */
  function reference(m: Matcher, fold: Fold, text: string, minWeight: number): [string, number][] {
    const lists = m as unknown as { lists: Record<string, string> };
    const f = (c: string) => {
      const k = fold.trad.indexOf(c);
      if (k >= 0) return fold.simp[k]!;
      const code = c.charCodeAt(0);
      return (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c).toLowerCase();
    };
    const invisible = (c: string | undefined) => !!c && /[\u00ad\u200b-\u200f\u2060\ufeff·・]/.test(c);
    const letter = (c: string | undefined) => !!c && /[a-z]/i.test(c);
    const out: [string, number][] = [];
    for (let i = 0; i < text.length; i++) {
      // (a full-width letter starts a word as its ASCII letter does)
      if (letter(f(text[i]!)) && letter(text[i - 1])) continue;
      const group = lists.lists[f(text[i]!)];
      if (!group) continue;
      let end = i;
      const hit = parseList(group).find(([term, weight]) => {
        if (weight < minWeight || i + term.length > text.length) return false;
        // (the term's characters in order, with invisible characters between them skipped)
        let j = i + 1;
        for (let k = 1; k < term.length; k++, j++) {
          while (invisible(text[j])) j++;
          if (j >= text.length || (text[j] !== term[k] && f(text[j]!) !== term[k])) return false;
        }
        end = j;
        if (!letter(term[term.length - 1])) return true;
        const rest = text.slice(j);
        return !letter(rest[0]) || /^e?s(?![a-z])/i.test(rest);
      });
      if (hit) {
        out.push([hit[0], i]);
        i = end - 1;
      }
    }
    return out;
  }

  it('reads a term across invisible characters and in full-width ASCII', () => {
    const m = new Matcher(vocab.terms, vocab.fold as Fold);
    const found = (text: string) => {
      const got: [string, number][] = [];
      m.scan(text, (t, at) => void got.push([t[0], at]));
      return got;
    };
    expect(found('看澳\u200b门\u200d葡\u00ad京')).toEqual([['澳门', 1], ['葡京', 5]]);
    expect(found('ｂｅｔ３６５官网')).toEqual([['bet365', 0], ['官网', 6]]);
    expect(found('六·合·彩 新葡亰 娛楽 澚门')).toEqual([['六合彩', 0], ['葡京', 7], ['娱乐', 10], ['澳门', 13]]);
    expect(found('ＡＧ真人 vi\u200bagra')).toEqual([['ag真人', 0], ['viagra', 5]]);
    // The word edges still hold: "slot" in "slots" is the plural, in "slotted" it is no term.
    expect(found('slo\u200bts slo\u200btted')).toEqual([['slot', 0]]);
  });

  it('finds what trying every position finds, for all terms and for the non-weak ones', () => {
    const fold = vocab.fold as Fold;
    const m = new Matcher(vocab.terms, fold);
    const terms = vocab.terms.split('\n').flatMap((g) => parseList(g).map((t) => t[0]));
    const words = ['the', 'cat', 'chat', 'casual', 'online', 'pills', 'poker', 'bet', 'buy', 'escape', 'available', 'Kamal', '今天', '澳門', '國產', '在线', '高清'];
    const random = rng(11);
    for (let n = 0; n < 3000; n++) {
      const parts: string[] = [];
      for (let k = 0; k < 2 + random() * 10; k++) {
        const r = random();
        const w = r < 0.25 ? terms[Math.floor(random() * terms.length)]! : words[Math.floor(random() * words.length)]!;
        parts.push(random() < 0.2 ? w.toUpperCase() : w, random() < 0.5 ? ' ' : random() < 0.5 ? 's ' : '');
      }
      let text = parts.join('');
      // Some texts obfuscated as spammers do: invisible characters slipped in, full-width ASCII.
      if (random() < 0.3) text = [...text].map((c) => (random() < 0.2 ? `${c}${'\u200b\u00ad\u200d\ufeff·'[Math.floor(random() * 5)]}` : c)).join('');
      if (random() < 0.2) text = text.replace(/[!-~]/g, (c) => (random() < 0.5 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c));
      for (const minWeight of [0, 2]) {
        const got: [string, number][] = [];
        m.scan(text, (t, at) => void got.push([t[0], at]), minWeight);
        expect(got, `${JSON.stringify(text)} ≥${minWeight}`).toEqual(reference(m, fold, text, minWeight));
      }
    }
  });
});
