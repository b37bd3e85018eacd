/**
 * Text measures the extraction needs: CJK characters and Latin words counted alike (one "unit"
 * each), so that a Chinese page and an English page of the same substance measure about the same.
 */

/** Han ideographs (with extensions and compatibility forms), kana and Hangul: one unit each. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A run of letters or digits outside CJK scripts is one word (English, pinyin, numbers). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Tunable: a page is read as CJK when CJK characters are at least this share of its units.
 * Mixed Chinese pages carry many Latin words (URLs, English names, numbers), so a third is
 * already "Chinese"; the corpus' English pages stay far below (under 0.01). */
const CJK_SHARE = 0.35;

export interface Units {
  cjk: number;
  words: number;
}

export function countUnits(text: string): Units {
  let cjk = 0;
  const rest = text.replace(CJK, () => {
    cjk++;
    return ' ';
  });
  const words = rest.match(WORD)?.length ?? 0;
  return { cjk, words };
}

/** CJK characters + Latin words: the reading-time basis (Article.readingUnits). */
export const readingUnits = (text: string): number => {
  const u = countUnits(text);
  return u.cjk + u.words;
};

export function isCjkText(text: string): boolean {
  const u = countUnits(text);
  return u.cjk > 0 && u.cjk >= CJK_SHARE * (u.cjk + u.words);
}

/** Collapses all whitespace (including U+3000 ideographic space and NBSP) to one space. */
export const squash = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/** Without any whitespace: Chinese text compares equal however the page spaced it. */
export const compact = (s: string | null | undefined): string => (s ?? '').replace(/[\s\u3000\u00a0]+/g, '');
