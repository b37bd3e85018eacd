/**
 * Splits text into list items and finds runs of spam items: the `|`/`_`-separated keyword lists
 * of SPAM-PATTERNS.md ("Visible: keyword-stuffed text or link lists"), as in the seed page.
 */
import { isStrong, scoreText } from './vocab';

/** Item separators in keyword lists. Single spaces only split between CJK characters, so
 * English phrases ("buy cheap viagra") stay one item. */
const SEPARATORS = /[|｜_\n\r\t/\\]+|[。！？；;!?]|\s{2,}|(?<=[^\x00-\x7f])\s(?=[^\x00-\x7f])/g;
/** In text without sentence endings, commas and enumeration commas separate items too. Prose
 * ("澳门葡京、百家乐等网站均为境外赌博平台。") keeps them as one clause. */
const LIST_COMMAS = /[、，,]+/g;
const SENTENCE_END = /[。！？]/;
/** Tunables: a run needs this many spam items, this share of its items spam, and items this
 * short (a keyword title, not a paragraph). */
export const MIN_RUN_ITEMS = 3;
const MIN_SPAM_SHARE = 0.6;
const MAX_ITEM_CHARS = 60;

/** Characters that carry no meaning for "how much of this block is spam". */
export const FILLER = /[\s|｜_,，、·•/\\\-–—:：;；.。>»【】[\]()（）]+/g;
export const meaningfulLength = (s: string): number => s.replace(FILLER, '').length;

export interface Run {
  start: number;
  end: number;
  /** Meaningful characters in the run. */
  chars: number;
  score: number;
  items: number;
}

interface Item {
  start: number;
  end: number;
  score: number;
  spam: boolean;
  strong: boolean;
}

function split(text: string): Item[] {
  const items: Item[] = [];
  const commas = !SENTENCE_END.test(text);
  const sep = commas ? new RegExp(`${SEPARATORS.source}|${LIST_COMMAS.source}`, 'g') : new RegExp(SEPARATORS.source, 'g');
  let last = 0;
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const s = start + raw.indexOf(trimmed);
    const sc = trimmed.length <= MAX_ITEM_CHARS ? scoreText(trimmed) : { score: 0, notWeakOnly: false, context: false, families: [] };
    items.push({ start: s, end: s + trimmed.length, score: sc.score, spam: isStrong(sc) || sc.score >= 2, strong: isStrong(sc) });
  };
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    push(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  push(last, text.length);
  return items;
}

/** Runs of spam items in `text`: at least MIN_RUN_ITEMS spam items, one of them strong, where a
 * single clean item may sit between spam items (a list's harmless filler word). */
export function findRuns(text: string): Run[] {
  const items = split(text);
  const runs: Run[] = [];
  let i = 0;
  while (i < items.length) {
    if (!items[i]!.spam) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j + 1 < items.length) {
      const next = items[j + 1]!;
      if (next.spam || next.score > 0) {
        j++;
        if (next.spam) last = j;
      } else if (j + 2 < items.length && items[j + 2]!.spam) j++;
      else break;
    }
    const slice = items.slice(i, last + 1);
    const spam = slice.filter((it) => it.spam).length;
    if (spam >= MIN_RUN_ITEMS && slice.some((it) => it.strong) && spam / slice.length >= MIN_SPAM_SHARE) {
      const first = slice[0]!;
      const end = slice[slice.length - 1]!.end;
      // Take the trailing separator with the run ("…久久久久久国产|") so no stray "|" is left.
      const tail = /^[\s|｜_、，,]*/.exec(text.slice(end))?.[0].length ?? 0;
      runs.push({
        start: first.start,
        end: end + tail,
        chars: meaningfulLength(text.slice(first.start, end)),
        score: slice.reduce((n, it) => n + it.score, 0),
        items: slice.length,
      });
    }
    i = last + 1;
  }
  return runs;
}

/** A short text whose words alone are strong spam (hidden keyword stuffing with no separators). */
export function isStrongPhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && isStrong(scoreText(t));
}
