/**
 * Spam vocabulary scoring. The data lives in data/terms.json (tested as data, STYLE.md habit 7);
 * this module compiles it into matchers (matcher.ts), built on first use, so that one pass over a
 * string finds every term, in simplified or traditional characters; native regex pre-filters keep
 * most text away from them.
 */
import { chars as anchorChars } from './data/anchors.json';
import terms from './data/terms.json';
import variants from './data/trad-variants.json';
import { foldTable, Matcher, type Entry } from './matcher';

export type Family = 'gambling' | 'porn' | 'brand' | 'pharma' | 'illicit';
const FAMILIES: readonly Family[] = ['gambling', 'porn', 'brand', 'pharma', 'illicit'];

/** Weight per tier. A "strong" item needs a non-weak term: several weak words (国产, 高清, 在线观看)
 * together are common in real headlines. */
const WEIGHTS = { strong: 3, medium: 2, weak: 1 } as const;
/** An item scoring this much, with at least one non-weak term, is spam on its own words. */
export const STRONG_SCORE = 3;

interface TermInfo {
  weight: number;
  family: Family;
}

const variantMap = variants as Record<string, string>;
const termInfo = new Map<string, TermInfo>();
for (const family of FAMILIES) {
  const tiers = terms[family] as Record<keyof typeof WEIGHTS, string[]>;
  for (const tier of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    for (const term of tiers[tier]) termInfo.set(term, { weight: WEIGHTS[tier], family });
  }
}

const entries: Entry<TermInfo>[] = [...termInfo].map(([term, info]) => ({ term, info }));

/**
 * The matchers are built the first time a text gets past the native pre-filter (mayHaveTerms):
 * the content script starts on every page, and on most of the pages people read (English, or any
 * text without CJK characters and these English words) they are never needed.
 */
let fold: Uint16Array | null = null;
/** Text is folded to simplified, lower-case characters as it is scanned. */
const FOLD = () => (fold ??= foldTable(variantMap));
let all: Matcher<TermInfo> | null = null;
let notWeak: Matcher<TermInfo> | null = null;
let context: Matcher<true> | null = null;
const TERMS = () => (all ??= new Matcher(entries, FOLD()));
const NOT_WEAK = () => (notWeak ??= new Matcher(entries.filter((e) => e.info.weight > 1), FOLD()));
/** Crackdown/warning context: the same matcher, looked for only in text that has spam words. */
const CONTEXT = () => (context ??= new Matcher(terms.context.map((term) => ({ term, info: true as const })), FOLD()));
/** Asked only of text that scored (finish): the matchers are built by then. */
const hasContext = (text: string): boolean => CONTEXT().test(text);

/** Kana and CJK ideographs: every term that is not plain ASCII holds one (data.test.ts checks),
 * and so does every traditional spelling the fold maps to it; every anchor character lies here
 * too. A plain range rejects an English page's text several times faster than a class of the
 * ~150 anchor characters. */
const ANY_CJK = /[\u3040-\u9fff]/;
/** The ASCII terms with the word edges the matcher gives them (matcher.ts): a term that starts
 * with a letter has no ASCII letter before it, one that ends with a letter none after it but an
 * English plural ending ("av" is not in "available"; "slots", "casinos" are "slot", "casino"). */
const asciiTerms = (list: string[]) =>
  new RegExp(
    list
      .filter((t) => !ANY_CJK.test(t))
      .map((t) => (/^[a-z]/i.test(t) ? '(?<![a-z])' : '') + t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (/[a-z]$/i.test(t) ? '(?:e?s)?(?![a-z])' : ''))
      .join('|'),
    'i',
  );
const ASCII_TERMS = asciiTerms([...termInfo.keys()]);

/** Could any term be in `text`? false: surely not — two native regex scans, no matcher built or
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
  const infos: TermInfo[] = [];
  TERMS().scan(text, (info) => void infos.push(info));
  return finish(text, infos);
}

/** scoreText for many short texts (a page's link labels) in one pass of the matcher: one long
 * scan warms up where thousands of short calls would each start cold. */
export function scoreMany(texts: string[]): TextScore[] {
  const out: TextScore[] = new Array<TextScore>(texts.length).fill(ZERO);
  const hits = new Map<number, TermInfo[]>();
  const joined = texts.join('\u0000');
  if (!mayHaveTerms(joined)) return out;
  scanEach(TERMS(), texts, joined, (i, info) => {
    let list = hits.get(i);
    if (!list) hits.set(i, (list = []));
    list.push(info);
  });
  for (const [i, infos] of hits) out[i] = finish(texts[i]!, infos);
  return out;
}

/** Which of many texts (a page's text nodes) hasSpamVocabulary would accept, in one pass: their
 * indices, in order. */
export function withSpamVocabulary(texts: string[]): Set<number> {
  const found = new Set<number>();
  const joined = texts.join('\u0000');
  if (hasAnchors(joined)) scanEach(NOT_WEAK(), texts, joined, (i) => void found.add(i));
  return found;
}

/** One scan of the texts joined by NUL: no term contains it, so no match spans two, and it ends an
 * ASCII word as a string's end does, so each text matches as it would alone. */
function scanEach(m: Matcher<TermInfo>, texts: string[], joined: string, hit: (i: number, info: TermInfo) => void): void {
  let cur = 0;
  let next = (texts[0]?.length ?? 0) + 1;
  m.scan(joined, (info, _term, at) => {
    while (at >= next) next += texts[++cur]!.length + 1;
    hit(cur, info);
  });
}

/** The score of a text from its matched terms, per family: "cheap" (pharma) next to "replica"
 * (brand) in a tech headline is not spam. */
function finish(text: string, infos: TermInfo[]): TextScore {
  if (infos.length === 0) return ZERO;
  const sums: Partial<Record<Family, number>> = {};
  const nonWeak: Partial<Record<Family, boolean>> = {};
  const families: Family[] = [];
  for (const info of infos) {
    sums[info.family] = (sums[info.family] ?? 0) + info.weight;
    if (info.weight > 1) nonWeak[info.family] = true;
    if (!families.includes(info.family)) families.push(info.family);
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
const ANCHOR_CHARS = new RegExp(`[${anchorChars}]`);
/** The non-weak ASCII terms, with the matcher's word edges. */
const ANCHOR_ASCII = asciiTerms(entries.filter((e) => e.info.weight > 1).map((e) => e.term));

/** Could the text hold a non-weak term? (false: certainly not; true: ask hasSpamVocabulary) */
export const hasAnchors = (text: string): boolean => (ANY_CJK.test(text) && ANCHOR_CHARS.test(text)) || ANCHOR_ASCII.test(text);

/** Fast pre-filter: does the text contain any non-weak spam term at all? */
export function hasSpamVocabulary(text: string): boolean {
  return hasAnchors(text) && NOT_WEAK().test(text);
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
