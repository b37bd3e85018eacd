/**
 * Spam vocabulary scoring. The data lives in data/terms.json (tested as data, STYLE.md habit 7),
 * compiled at development time into data/vocab.json (compile-vocab.ts), which the matchers
 * (matcher.ts) use as it is: one pass over a string finds every term, in simplified or
 * traditional characters; native regex pre-filters keep most text away from them.
 */
import vocab from './data/vocab.json';
import type { Term } from './compile-vocab';
import { asciiTermsSource, INVISIBLE, Matcher, parseList, spell } from './matcher';

export type Family = 'gambling' | 'porn' | 'brand' | 'pharma' | 'illicit';

/** A "strong" item needs a non-weak term: several weak words (国产, 高清, 在线观看) together are
 * common in real headlines. An item scoring this much, with at least one non-weak term, is spam
 * on its own words. */
export const STRONG_SCORE = 3;

/** The matchers are made the first time a text gets past the native pre-filter (mayHaveTerms). */
let all: Matcher | null = null;
let context: Matcher | null = null;
const TERMS = () => (all ??= new Matcher(vocab.terms, vocab.fold));
/** Crackdown/warning context: looked for only in text that has spam words. */
const CONTEXT = () => (context ??= new Matcher(vocab.context, vocab.fold));
const hasContext = (text: string): boolean => CONTEXT().test(text);

/** Kana and CJK ideographs: every term that is not plain ASCII holds one (data.test.ts checks),
 * and so does every traditional spelling the fold maps to it; every anchor character lies here
 * too. A plain range rejects an English page's text several times faster than a class of the
 * ~150 anchor characters. Also full-width ASCII and the invisible characters (matcher.ts): a
 * text with them goes to the matcher, which reads ｂｅｔ３６５ and v\u200biagra as the terms. */
export const ANY_CJK = new RegExp(`[\u3040-\u9fff\uff01-\uff5e${INVISIBLE}]`);
/** The ASCII terms (of at least a weight): the lists of the ASCII first characters. */
const asciiTerms = (minWeight: number) =>
  new RegExp(
    asciiTermsSource(
      vocab.terms
        .split('\n')
        .filter((group) => group[0]! < '\x80')
        .flatMap((group) => parseList(group).filter((t) => t[1] >= minWeight).map((t) => t[0])),
    ),
    'i',
  );
const ASCII_TERMS = asciiTerms(1);

/** Could any term be in `text`? false: surely not — two native regex scans, no matcher made or
 * run. */
export const mayHaveTerms = (text: string): boolean => ANY_CJK.test(text) || ASCII_TERMS.test(text);

export interface TextScore {
  /** Sum of term weights (0 when the text reports ON spam: 打击, 破获, 警方…). */
  score: number;
  /** Some term above the weak tier matched. */
  notWeakOnly: boolean;
  /** The text mentions crackdown/warning context. */
  context: boolean;
  families: Family[];
}

const ZERO: TextScore = { score: 0, notWeakOnly: false, context: false, families: [] };

export function scoreText(text: string): TextScore {
  if (!text || !mayHaveTerms(text)) return ZERO;
  const infos: Term[] = [];
  TERMS().scan(text, (t) => void infos.push(t));
  return finish(text, infos);
}

/** scoreText for many short texts (a page's link labels) in one pass of the matcher: one long
 * scan warms up where thousands of short calls would each start cold. */
export function scoreMany(texts: string[]): TextScore[] {
  const out: TextScore[] = new Array<TextScore>(texts.length).fill(ZERO);
  const hits = new Map<number, Term[]>();
  const joined = texts.join('\u0000');
  if (!mayHaveTerms(joined)) return out;
  scanEach(texts, joined, 0, (i, t) => {
    let list = hits.get(i);
    if (!list) hits.set(i, (list = []));
    list.push(t);
  });
  for (const [i, infos] of hits) out[i] = finish(texts[i]!, infos);
  return out;
}

/** Which of many texts (a page's text nodes) hasSpamVocabulary would accept, in one pass: their
 * indices, in order. */
export function withSpamVocabulary(texts: string[]): Set<number> {
  const found = new Set<number>();
  const joined = texts.join('\u0000');
  if (hasAnchors(joined)) scanEach(texts, joined, 2, (i) => void found.add(i));
  return found;
}

/** One scan of the texts joined by NUL: no term contains it, so no match spans two, and it ends an
 * ASCII word as a string's end does, so each text matches as it would alone. */
function scanEach(texts: string[], joined: string, minWeight: number, hit: (i: number, t: Term) => void): void {
  let cur = 0;
  let next = (texts[0]?.length ?? 0) + 1;
  TERMS().scan(
    joined,
    (t, at) => {
      while (at >= next) next += texts[++cur]!.length + 1;
      hit(cur, t);
    },
    minWeight,
  );
}

/** The score of a text from its matched terms, per family: "cheap" (pharma) next to "replica"
 * (brand) in a tech headline is not spam. */
function finish(text: string, infos: Term[]): TextScore {
  if (infos.length === 0) return ZERO;
  const sums: Partial<Record<Family, number>> = {};
  const nonWeak: Partial<Record<Family, boolean>> = {};
  const families: Family[] = [];
  for (const [, weight, index] of infos) {
    const family = vocab.families[index] as Family;
    sums[family] = (sums[family] ?? 0) + weight;
    if (weight > 1) nonWeak[family] = true;
    if (!families.includes(family)) families.push(family);
  }
  let score = 0;
  let notWeakOnly = false;
  for (const f of families) {
    const sum = sums[f] ?? 0;
    const strong = !!nonWeak[f] && sum >= STRONG_SCORE;
    if (strong && !notWeakOnly) [score, notWeakOnly] = [sum, true];
    else if (strong === notWeakOnly && sum > score) [score, notWeakOnly] = [sum, !!nonWeak[f]];
    else if (!notWeakOnly && sum > score) [score, notWeakOnly] = [sum, !!nonWeak[f]];
  }
  if (score === 0) return ZERO;
  if (hasContext(text)) return { score: 0, notWeakOnly: false, context: true, families: [] };
  return { score, notWeakOnly, context: false, families };
}

/** True when the item's own words make it spam. */
export const isStrong = (s: TextScore): boolean => s.notWeakOnly && s.score >= STRONG_SCORE;

/** Native regex scans over the anchors (anchors.ts): most text has none of them, and then no
 * non-weak term, without a character of it going through the JavaScript matcher. */
const ANCHOR_CHARS = new RegExp(`[${spell(vocab.anchorChars, vocab.fold)}${INVISIBLE}\uff10-\uff5a]`);
/** The non-weak ASCII terms, with the matcher's word edges. */
const ANCHOR_ASCII = asciiTerms(2);

/** Could the text hold a non-weak term? (false: certainly not; true: ask hasSpamVocabulary) */
export const hasAnchors = (text: string): boolean => (ANY_CJK.test(text) && ANCHOR_CHARS.test(text)) || ANCHOR_ASCII.test(text);

/** Fast pre-filter: does the text contain any non-weak spam term at all? */
export function hasSpamVocabulary(text: string): boolean {
  return hasAnchors(text) && TERMS().test(text, 2);
}

/** Does the text speak of a crackdown, a court case or a warning? */
export const isContext = hasContext;

/** Does the text use any spam term at all (even in a report about it)? */
export const mentionsSpam = (text: string): boolean => mayHaveTerms(text) && TERMS().test(text);

/** Tunable: stuffed with several terms (a hijacked title or meta description); one word (a news
 * headline about Viagra, the Macau Grand Prix's 葡京弯, a lottery shop's 福利彩票) is not. */
export const STUFFED_SCORE = 5;
export function isStuffed(text: string): boolean {
  const s = scoreText(text);
  return isStrong(s) && s.score >= STUFFED_SCORE;
}
