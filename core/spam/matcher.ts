/**
 * Multi-term matcher for the spam vocabulary, over its compiled form (compile-vocab.ts): one pass
 * over the text in which a native regex finds the places where a term could start (any spelling
 * of a term's first character; a Latin letter only at the start of a word), and a fold
 * (traditional → simplified, ASCII upper → lower) and term comparison only there. A character's
 * list of terms is read the first time the text has it.
 */
import type { Fold, Lists, Term } from './compile-vocab';

const lower = (c: string) => (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);
const isLetter = (c: string | undefined) => !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex source for ASCII terms, with the matcher's word edges: a term that starts with a letter
 * has no letter before it, one that ends with a letter none after it but an English plural ending
 * ("av" is not in "available"; "slots", "casinos" are "slot", "casino"). */
export const asciiTermsSource = (terms: string[]): string =>
  terms.map((t) => (isLetter(t[0]) ? '(?<![a-z])' : '') + escapeRegex(t) + (isLetter(t[t.length - 1]) ? '(?:e?s)?(?![a-z])' : '')).join('|') || '(?!)';

/** One list of the compiled form, read back. */
export const parseList = (list: string): Term[] =>
  list.split('|').map((s) => {
    const code = s.charCodeAt(s.length - 1) - 97;
    return [s.slice(0, -1), (code / 5) | 0, code % 5];
  });

export class Matcher {
  private readonly starts: RegExp;
  private readonly parsed: Record<string, Term[]> = {};

  constructor(
    private readonly lists: Lists,
    private readonly fold: Fold,
  ) {
    let other = '';
    let letters = '';
    for (const c in lists) {
      if (isLetter(c)) letters += c + c.toUpperCase();
      else other += c;
    }
    for (let k = 0; k < fold.trad.length; k++) if (fold.simp[k]! in lists) other += fold.trad[k];
    const alternatives = [other && `[${other.replace(/[\\\]^[-]/g, '\\$&')}]`, letters && `(?<![A-Za-z])[${letters}]`].filter(Boolean);
    this.starts = new RegExp(alternatives.join('|') || '(?!)', 'g');
  }

  /** The terms that start with `c`, longest first. */
  list(c: string): Term[] | undefined {
    const raw = this.lists[c];
    if (raw === undefined) return undefined;
    return (this.parsed[c] ??= parseList(raw));
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
    const { trad, simp } = this.fold;
    const starts = this.starts;
    const n = text.length;
    let pos = 0;
    for (;;) {
      starts.lastIndex = pos;
      if (!starts.test(text)) return;
      const i = starts.lastIndex - 1;
      pos = i + 1;
      const c0 = text[i]!;
      const t0 = trad.indexOf(c0);
      // (A character can start a term in its own right and also fold to one that does not.)
      const list = this.list(t0 < 0 ? lower(c0) : simp[t0]!);
      if (!list) continue;
      let matched: Term | undefined;
      for (const t of list) {
        const term = t[0];
        const len = term.length;
        if (t[1] < minWeight || i + len > n) continue;
        let k = 1;
        for (; k < len; k++) {
          const c = text[i + k]!;
          const tk = trad.indexOf(c);
          if ((tk < 0 ? lower(c) : simp[tk]) !== term[k]) break;
        }
        if (k < len || (isLetter(term[len - 1]) && !wordEnd(text, i + len))) continue;
        matched = t;
        break;
      }
      if (!matched) continue;
      if (hit(matched, i)) return;
      pos = i + matched[0].length;
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
