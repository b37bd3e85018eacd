/**
 * Multi-term matcher for the spam vocabulary, over its compiled form (compile-vocab.ts): one pass
 * over the text in which a native regex finds the places where a term could start (any spelling
 * of a term's first character followed by one of a term's second character; a Latin letter only
 * at the start of a word), and a fold (traditional → simplified, upper → lower case) and term
 * comparison only there. A character's list of terms is read the first time the text has it.
 */
import type { Fold, Lists, Term } from './compile-vocab';

const isLetter = (c: string | undefined) => !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
/** (Also `-`: the matcher's start regex puts characters in classes.) */
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/** A regex source for ASCII terms, with the matcher's word edges: a term that starts with a letter
 * has no letter before it, one that ends with a letter none after it but an English plural ending
 * ("av" is not in "available"; "slots", "casinos" are "slot", "casino"). */
export function asciiTermsSource(terms: string[]): string {
  // The terms in four lots by whether they start / end with a letter, each lot one alternation
  // with its word edges written once: the regex engine compiles that several times faster than
  // one alternative per term, each with its own edges (2.5 → 0.4 ms in Node here), and the
  // language is the same.
  const lots = ['', '', '', ''];
  for (const t of terms) lots[(isLetter(t[0]) ? 2 : 0) + (isLetter(t[t.length - 1]) ? 1 : 0)] += `|${escapeRegex(t)}`;
  let out = '(?!)';
  for (const [k, lot] of lots.entries()) if (lot) out += `|${k & 2 ? '(?<![a-z])' : ''}(?:${lot.slice(1)})${k & 1 ? '(?:e?s)?(?![a-z])' : ''}`;
  return out;
}

/** Characters slipped into a word to break it for keyword filters (zero-width spaces and joiners,
 * direction marks, the soft hyphen, the byte-order mark): a term matches across them, and across
 * a middle dot (六·合·彩). A class body. */
export const INVISIBLE = '\u00ad\u200b-\u200f\u2060\ufeff';
/** The same characters and the middle dots, by comparisons (the matcher asks of every character
 * it compares). */
const isInvisible = (c: string) => c === '\u00ad' || c === '\u2060' || c === '\ufeff' || c === '·' || c === '・' || (c >= '\u200b' && c <= '\u200f');
/** Full-width ASCII (ｂｅｔ３６５, ＡＧ真人) is compared as ASCII: its code minus this. */
const WIDE = 0xfee0;

/** `chars` and every other spelling the fold has of them (traditional forms), and the full-width
 * form of each ASCII letter or digit. */
export function spell(chars: string, fold: Fold): string {
  let out = chars;
  for (let k = 0; k < fold.simp.length; k++) if (chars.includes(fold.simp[k]!)) out += fold.trad[k];
  for (const c of chars) if (/[a-z\d]/i.test(c)) out += String.fromCharCode(c.charCodeAt(0) + WIDE);
  return out;
}

/** One group of the compiled form (its first character, then its terms without it), read back. */
export const parseList = (group: string): Term[] =>
  group
    .slice(1)
    .split('|')
    .map((s) => {
      const code = s.charCodeAt(s.length - 1) - 97;
      return [group[0]! + s.slice(0, -1), (code / 5) | 0, code % 5];
    });

export class Matcher {
  /** Where a term could start: any spelling (script, case) of a term's first character followed
   * by any spelling of a second character of some term (or a one-character term); a Latin letter
   * only at the start of a word. Chinese text is full of characters that start some term (国, 高,
   * 在…): the second character rejects most of those places inside the regex engine. */
  private readonly starts: RegExp;
  private readonly parsed: Record<string, Term[]> = {};
  /** First character → its group (compile-vocab.ts Lists). */
  private readonly lists: Record<string, string> = {};

  constructor(
    source: Lists,
    private readonly fold: Fold,
  ) {
    const lists = this.lists;
    // singles, firsts of Chinese terms, of Latin ones, seconds: each character once, then with its
    // other spellings (one pass over the fold per class, not one per character)
    const parts = [new Set<string>(), new Set<string>(), new Set<string>(), new Set<string>()];
    for (const group of source.split('\n')) {
      const c = group[0]!;
      lists[c] = group;
      for (const s of group.slice(1).split('|')) {
        if (s.length < 2) parts[0]!.add(c);
        else {
          parts[isLetter(c) ? 2 : 1]!.add(c);
          parts[3]!.add(s[0]!);
        }
      }
    }
    const [singles, firsts, letters, seconds] = parts.map((p) => `[${escapeRegex(spell([...p].join(''), fold))}]`);
    // ([] matches nothing; the flag i takes a letter's other case; the class of seconds, the
    // longest, written once)
    this.starts = new RegExp(`${singles}|(?:${firsts}|(?<![a-z])${letters})(?=[${INVISIBLE}·・]*${seconds})`, 'gi');
  }

  /** Does any term (of at least `minWeight`) occur in `text`? */
  test(text: string, minWeight = 0): boolean {
    let found = false;
    this.scan(text, () => (found = true), minWeight);
    return found;
  }

  /** Calls `hit` for each non-overlapping match of a term of at least `minWeight`,
   * leftmost-longest. Stops when `hit` returns true. */
  scan(text: string, hit: (term: Term, at: number) => boolean | void, minWeight = 0): void {
    const starts = this.starts;
    const { trad, simp } = this.fold;
    const fold = (c: string) => {
      const k = trad.indexOf(c);
      // (terms hold no letter that another lower-cases to)
      return k < 0 ? (c > '\uff00' && c < '\uff5f' ? String.fromCharCode(c.charCodeAt(0) - WIDE) : c).toLowerCase() : simp[k]!;
    };
    const n = text.length;
    let pos = 0;
    for (;;) {
      starts.lastIndex = pos;
      if (!starts.test(text)) return;
      const i = starts.lastIndex - 1;
      pos = i + 1;
      const c0 = text[i]!;
      // (A character can start a term in its own right and also fold to one that does not.)
      const c = fold(c0);
      const raw = this.lists[c];
      if (raw === undefined) continue;
      // (its terms, longest first: read the first time the text has it)
      const list = (this.parsed[c] ??= parseList(raw));
      let matched: Term | undefined;
      let j = i;
      for (const t of list) {
        const term = t[0];
        const len = term.length;
        if (t[1] < minWeight || i + len > n) continue;
        let k = 1;
        for (j = i + 1; k < len; k++, j++) {
          while (j < n && isInvisible(text[j]!)) j++;
          const c = text[j];
          if (c !== term[k] && (c === undefined || fold(c) !== term[k])) break;
        }
        if (k < len || (isLetter(term[len - 1]) && !wordEnd(text, j))) continue;
        matched = t;
        break;
      }
      if (!matched) continue;
      if (hit(matched, i)) return;
      pos = j;
    }
  }
}

/** An ASCII word may end here, allowing an English plural (slots, casinos). */
function wordEnd(s: string, j: number): boolean {
  const c = s[j];
  if (!isLetter(c)) return true;
  if ((c === 's' || c === 'S') && !isLetter(s[j + 1])) return true;
  return (c === 'e' || c === 'E') && (s[j + 1] === 's' || s[j + 1] === 'S') && !isLetter(s[j + 2]);
}
