/**
 * Spam vocabulary scoring. The data lives in data/terms.json (tested as data, STYLE.md habit 7);
 * this module compiles it once into a single alternation regex so that one pass over a string
 * finds every term, in simplified or traditional characters.
 */
import terms from './data/terms.json';
import variants from './data/trad-variants.json';

export type Family = 'gambling' | 'porn' | 'brand' | 'pharma';
const FAMILIES: readonly Family[] = ['gambling', 'porn', 'brand', 'pharma'];

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

const ASCII = /^[\x20-\x7e]+$/;
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Regex source for a term that also matches its traditional spelling, e.g. 澳门 → 澳[门門]. */
function termSource(term: string): string {
  let out = '';
  for (const ch of term) {
    const v = variantMap[ch];
    out += v ? `[${ch}${v}]` : escapeRe(ch);
  }
  // ASCII words must stand alone: "av" must not match "available" or "Java".
  if (ASCII.test(term)) return `(?<![a-z])${out}(?:s|es)?(?![a-z])`;
  if (/^[a-z0-9]/.test(term)) return `(?<![a-z])${out}`;
  return out;
}

function compile(list: Iterable<string>): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length); // longest first: 澳门赌场 before 澳门
  return new RegExp(sorted.map(termSource).join('|'), 'gi');
}

const TERM_RE = compile(termInfo.keys());
const CONTEXT_RE = new RegExp(compile(terms.context).source, 'i');
/** Canonical (simplified, lower-case) form of a matched term, to look its weight up. */
const toSimplified = new Map<string, string>();
for (const [s, t] of Object.entries(variantMap)) for (const ch of t) toSimplified.set(ch, s);
function canonical(match: string): string {
  let out = '';
  for (const ch of match.toLowerCase()) out += toSimplified.get(ch) ?? ch;
  return out;
}
function lookup(match: string): TermInfo | undefined {
  const c = canonical(match);
  return termInfo.get(c) ?? termInfo.get(c.replace(/(?:es|s)$/, ''));
}

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
  if (!text) return ZERO;
  TERM_RE.lastIndex = 0;
  let score = 0;
  let notWeakOnly = false;
  let families: Family[] | undefined;
  for (let m = TERM_RE.exec(text); m; m = TERM_RE.exec(text)) {
    const info = lookup(m[0]);
    if (!info) continue;
    score += info.weight;
    if (info.weight > 1) notWeakOnly = true;
    families ??= [];
    if (!families.includes(info.family)) families.push(info.family);
  }
  if (score === 0) return ZERO;
  if (CONTEXT_RE.test(text)) return { score: 0, notWeakOnly: false, context: true, families: [] };
  return { score, notWeakOnly, context: false, families: families ?? [] };
}

/** True when the item's own words make it spam. */
export const isStrong = (s: TextScore): boolean => s.notWeakOnly && s.score >= STRONG_SCORE;

/** Fast pre-filter: does the text contain any non-weak spam term at all? */
const NOT_WEAK_RE = compile([...termInfo].filter(([, i]) => i.weight > 1).map(([t]) => t));
export function hasSpamVocabulary(text: string): boolean {
  NOT_WEAK_RE.lastIndex = 0;
  return NOT_WEAK_RE.test(text);
}
