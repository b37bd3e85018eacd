/** The vocabulary and domain lists are data tested like code (STYLE.md habit 7). */
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { computeAnchors } from './anchors';
import { compileVocab, FAMILIES, foldOf, foldText, TIERS } from './compile-vocab';
import { spell } from './matcher';
import vocab from './data/vocab.json';
import anchors from './data/anchors.json';
import common from './data/common-chars.json';
import domains from './data/domains.json';
import terms from './data/terms.json';
import variants from './data/trad-variants.json';

/** The spam terms of every family, of the given tiers (all by default). */
const spamTerms = (tiers: readonly (typeof TIERS)[number][] = TIERS): string[] => FAMILIES.flatMap((f) => tiers.flatMap((tier) => terms[f][tier]));
const NON_WEAK = TIERS.filter((t) => t !== 'weak');

const sortedUnique = (list: string[]) => {
  expect([...list].sort()).toEqual(list);
  expect(new Set(list).size).toBe(list.length);
};

describe('terms.json', () => {
  it('has sorted lists without duplicates, lower-case, trimmed', () => {
    for (const f of FAMILIES) for (const tier of TIERS) {
      const list = terms[f][tier];
      sortedUnique(list);
      for (const t of list) expect(t).toBe(t.trim().toLowerCase());
    }
    sortedUnique(terms.context);
  });
  it('has no term in two tiers or families', () => {
    const all = spamTerms();
    expect(all.length).toBe(new Set(all).size);
  });
  it('is written in the form the matcher folds text to (simplified, lower case)', () => {
    const fold = foldOf(variants as Record<string, string>);
    for (const t of [...spamTerms(), ...terms.context]) expect(foldText(fold, t), t).toBe(t);
  });
  it('has no context word that is also a spam term', () => {
    const all = new Set(spamTerms());
    for (const c of terms.context) expect(all.has(c), c).toBe(false);
  });
});

describe('trad-variants.json', () => {
  it('covers every vocabulary character OpenCC converts (run scripts/normalize-terms.mjs)', () => {
    const convs = ['tw', 'twp', 'hk', 't'].map((to) => OpenCC.Converter({ from: 'cn', to: to as 'tw' }));
    const all = [...spamTerms(), ...terms.context].join('');
    const map = variants as Record<string, string>;
    for (const ch of new Set(all)) {
      for (const c of convs) {
        const t = c(ch);
        if (t !== ch && [...t].length === 1) expect(map[ch] ?? '', `${ch}→${t}`).toContain(t);
      }
    }
  }, 60_000); // builds four opencc-js converters: seconds on a busy machine
});

describe('domains.json', () => {
  it('has sorted lists of valid labels', () => {
    for (const key of ['cheapTlds', 'publicSuffixes', 'trustedSuffixes', 'hostTokens'] as const) {
      const list = domains[key].split(' ');
      sortedUnique(list);
      for (const d of list) expect(d).toMatch(/^[a-z0-9.-]+$/);
    }
  });
});

describe('anchors.json', () => {
  const nonWeak = spamTerms(NON_WEAK);
  it('is current (run scripts/normalize-terms.mjs)', () => {
    expect(anchors).toEqual(computeAnchors(nonWeak, common.chars, variants as Record<string, string>));
  });
  it('anchors every non-weak term, in both scripts', () => {
    const chars = new Set(anchors.chars);
    for (const t of nonWeak) {
      const anchored = [...t].some((c) => chars.has(c) && [...((variants as Record<string, string>)[c] ?? '')].every((v) => chars.has(v)));
      expect(anchored || anchors.ascii.some((a) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').includes(a)), t).toBe(true);
    }
  });
});

describe('vocab.json', () => {
  it('is current (run scripts/normalize-terms.mjs)', () => {
    expect(vocab).toEqual(compileVocab(terms, variants as Record<string, string>, anchors.chars));
  });
  it('spells its anchor characters back to all of anchors.json', () => {
    expect([...spell(vocab.anchorChars, vocab.fold)].sort()).toEqual([...new Set(anchors.chars)].sort());
    expect(vocab.anchorChars.length).toBeLessThan(anchors.chars.length);
  });
});

describe('the pre-filter of vocab.mayHaveTerms', () => {
  // Its regex range: every term not plain ASCII must hold a character there, and so must each
  // traditional spelling the matcher folds back to a term's character.
  const CJK = /[\u3040-\u9fff]/;
  it('sees every term that is not plain ASCII by a kana or CJK ideograph', () => {
    for (const t of [...spamTerms(), ...terms.context]) expect(CJK.test(t) || /^[\x00-\x7f]+$/.test(t), t).toBe(true);
  });
  it('sees every traditional spelling of a term character', () => {
    for (const [s, ts] of Object.entries(variants as Record<string, string>)) for (const t of ts) expect(CJK.test(t), `${s}→${t}`).toBe(true);
  });
});
