/**
 * Multi-term matcher for the spam vocabulary: one pass over the text, with a typed-array fold
 * (traditional → simplified, ASCII upper → lower) and a first-character test per character, and a
 * term comparison only where a term could start. Compared with one regex alternation of all terms
 * and their traditional spellings, it builds in a fraction of the time at content-script start
 * and scans a page's text faster (figures in the bench output).
 */

export interface Entry<T> {
  term: string;
  info: T;
}

interface Compiled<T> {
  codes: Uint16Array;
  info: T;
  term: string;
  /** ASCII terms match whole words only ("av" is not in "available"). */
  asciiStart: boolean;
  asciiEnd: boolean;
}

const PAIR_SIZE = 1 << 16;
const pairKey = (a: number, b: number) => ((a * 1021) ^ b) & (PAIR_SIZE - 1);

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A fold table: each UTF-16 code unit → the code unit it matches as, 0 for itself (a zeroed
 * typed array costs nothing to make; filling 65,536 entries at every page load would). */
export function foldTable(variants: Record<string, string>): Uint16Array {
  const fold = new Uint16Array(65536);
  for (let c = 65; c <= 90; c++) fold[c] = c + 32;
  for (const [simplified, traditional] of Object.entries(variants)) {
    for (const t of traditional) fold[t.charCodeAt(0)] = simplified.charCodeAt(0);
  }
  return fold;
}

export class Matcher<T> {
  /** Folded first character → 1 + index into `lists` (0: no term starts with it). A typed array
   * and a dense list keep the per-character test fast; a sparse array would not be. */
  private readonly firstIndex = new Uint16Array(65536);
  /** Terms by first character, longest first. */
  private readonly lists: Compiled<T>[][] = [];
  /** Hashed (first, second) character pairs that start a term: most positions whose first
   * character starts some term (every Latin letter does) are rejected with one more lookup. */
  private readonly pairs = new Uint8Array(PAIR_SIZE);
  /** First characters that are a whole term by themselves (赌). */
  private readonly singles = new Uint8Array(65536);

  constructor(
    entries: Entry<T>[],
    private readonly fold: Uint16Array,
  ) {
    for (const { term, info } of entries) {
      const codes = new Uint16Array(term.length);
      for (let k = 0; k < term.length; k++) {
        const ch = term.charCodeAt(k);
        codes[k] = fold[ch] || ch;
      }
      const c: Compiled<T> = { codes, info, term, asciiStart: isAsciiLetter(codes[0]!), asciiEnd: isAsciiLetter(codes[codes.length - 1]!) };
      if (codes.length === 1) this.singles[codes[0]!] = 1;
      else this.pairs[pairKey(codes[0]!, codes[1]!)] = 1;
      let at = this.firstIndex[codes[0]!]!;
      if (at === 0) {
        this.lists.push([]);
        at = this.firstIndex[codes[0]!] = this.lists.length;
      }
      this.lists[at - 1]!.push(c);
    }
    for (const list of this.lists) list.sort((a, b) => b.codes.length - a.codes.length);
  }

  /** Does any term occur in `text`? */
  test(text: string): boolean {
    let found = false;
    this.scan(text, () => (found = true));
    return found;
  }

  /** Calls `hit` for each non-overlapping match, leftmost-longest. Stops when `hit` returns true. */
  scan(text: string, hit: (info: T, term: string, at: number) => boolean | void): void {
    const n = text.length;
    const fold = this.fold;
    const firstIndex = this.firstIndex;
    const pairs = this.pairs;
    const singles = this.singles;
    for (let i = 0; i < n; i++) {
      const ch = text.charCodeAt(i);
      const f0 = fold[ch] || ch;
      const at = firstIndex[f0]!;
      if (at === 0) continue;
      // Terms that start with a Latin letter start a word: inside an English word, skip to its end.
      if (i > 0 && isAsciiLetter(f0) && isAsciiLetter(text.charCodeAt(i - 1))) continue;
      const next = text.charCodeAt(i + 1);
      // pairKey, written out: this loop runs cold on every page load, where calls are not inlined.
      if (!pairs[((f0 * 1021) ^ (fold[next] || next)) & (PAIR_SIZE - 1)] && !singles[f0]) continue;
      const list = this.lists[at - 1]!;
      let matched: Compiled<T> | undefined;
      for (const c of list) {
        const len = c.codes.length;
        if (i + len > n) continue;
        let k = 1;
        while (k < len) {
          const x = text.charCodeAt(i + k);
          if ((fold[x] || x) !== c.codes[k]) break;
          k++;
        }
        if (k < len) continue;
        if (c.asciiStart && i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) continue;
        if (c.asciiEnd && !wordEnd(text, i + len)) continue;
        matched = c;
        break;
      }
      if (!matched) continue;
      if (hit(matched.info, matched.term, i)) return;
      i += matched.codes.length - 1;
    }
  }
}

/** An ASCII word may end here, allowing an English plural (slots, casinos). */
function wordEnd(s: string, j: number): boolean {
  const c = s.charCodeAt(j);
  if (!isAsciiLetter(c)) return true;
  if ((c | 32) === 115 /* s */ && !isAsciiLetter(s.charCodeAt(j + 1))) return true;
  return (c | 32) === 101 /* e */ && (s.charCodeAt(j + 1) | 32) === 115 && !isAsciiLetter(s.charCodeAt(j + 2));
}
