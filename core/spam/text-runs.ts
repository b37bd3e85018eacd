/**
 * Splits text into list items and finds runs of spam items: the `|`/`_`-separated keyword lists
 * of SPAM-PATTERNS.md ("Visible: keyword-stuffed text or link lists"), as in the seed page.
 */
import { HEADLINE } from './headline';
import { ANY_CJK, isStrong, scoreText, type TextScore } from './vocab';

/** Item separators in keyword lists (丨 and ▏ are the CJK stroke and box drawing that pass for a
 * bar; the ideographic space, which no English phrase holds). Single spaces only split between
 * CJK characters, so English phrases ("buy cheap viagra") stay one item. */
const SEPARATORS = /[|｜丨▏_\n\r\t/\\\u3000]+|[。！？；;!?]|\s{2,}|(?<=[^\x00-\x7f])\s(?=[^\x00-\x7f])/g;
/** Commas separate keyword-list items only in a clause of short, mostly spam pieces. Prose
 * ("其中澳门葡京、百家乐等平台诱骗群众参赌") keeps them as one clause. */
const LIST_PIECES = /[^、，,]+/g;
const MAX_COMMA_ITEM = 12;
/** Tunables: a run needs this many spam items, this share of its items spam, and items this
 * short (a keyword title, not a paragraph). */
export const MIN_RUN_ITEMS = 3;
const MIN_SPAM_SHARE = 0.6;
const MAX_ITEM_CHARS = 60;
/** Tunable: a labelled line of at most this many items may be the site's keywords line. */
const MAX_LABELLED_ITEMS = 12;

/** Characters that carry no meaning for "how much of this block is spam". */
export const FILLER = /[\s|｜丨▏_,，、·•/\\\-–—:：;；.。>»【】[\]()（）]+/g;
const FILLER_CODES = new Uint8Array(65536);
for (const ch of ' \t\n\r\f\v\u00a0\u3000|｜丨▏_,，、·•/\\-–—:：;；.。>»【】[]()（）') FILLER_CODES[ch.charCodeAt(0)] = 1;
/** Characters of `s` that are not FILLER (nor ASCII digits, with `digits` false): a counting
 * loop, no new string (it runs over the text of large ancestors). */
export function meaningfulLength(s: string, digits = true): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!FILLER_CODES[c] && (digits || c < 48 || c > 57)) n++;
  }
  return n;
}

export interface Run {
  start: number;
  end: number;
  /** Meaningful characters in the run. */
  chars: number;
  score: number;
  items: number;
  /** Items separated by commas (、，) or ending sentences, as prose enumerates; not by `|` or `_`,
   * as spam does. */
  commas: boolean;
}

interface Item {
  start: number;
  end: number;
  score: number;
  spam: boolean;
  strong: boolean;
  comma: boolean;
}

function split(text: string): Item[] {
  const items: Item[] = [];
  // (An item that ends a sentence is prose's too: a news paragraph's sentences each naming a
  // Macau resort, on a page about its gaming revenue.)
  const push = (start: number, end: number, comma = '。！？；;!?'.includes(text[end]!)) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (!trimmed) return;
    const s = start + raw.indexOf(trimmed);
    const sc = trimmed.length <= MAX_ITEM_CHARS ? scoreText(trimmed) : null;
    // A clause of news ("银河娱乐二季度经调整EBITDA为33.7亿港元") is no keyword item.
    const keyword = !!sc && !HEADLINE.test(trimmed);
    items.push({ start: s, end: s + trimmed.length, score: sc?.score ?? 0, spam: keyword && (isStrong(sc) || sc.score >= 2), strong: keyword && isStrong(sc), comma });
  };
  /** A clause whose commas separate a keyword list, not the parts of a sentence. */
  const pushClause = (start: number, end: number) => {
    const clause = text.slice(start, end);
    const pieces = [...clause.matchAll(LIST_PIECES)];
    if (pieces.length >= MIN_RUN_ITEMS) {
      // Every piece but the first (which may carry a label: "热门搜索：…") is short.
      const short = pieces.slice(1).every((m) => m[0].trim().length <= MAX_COMMA_ITEM);
      // "金沙中国二季度净收益17.6亿美元" is a clause of business news, not a keyword.
      const spam = pieces.filter((m) => scoreText(m[0]).score > 0 && !HEADLINE.test(m[0])).length;
      if (short && spam / pieces.length >= MIN_SPAM_SHARE) {
        for (const [k, m] of pieces.entries()) {
          let from = start + m.index;
          // The first piece may carry what precedes the list: "（记者 王晓）澳门新葡京".
          const cut = k ? 0 : leadEnd(m[0]);
          if (cut > 0) {
            push(from, from + cut);
            from += cut;
          }
          push(from, start + m.index + m[0].length, true);
        }
        return;
      }
    }
    push(start, end);
  };
  const sep = new RegExp(SEPARATORS.source, 'g');
  let last = 0;
  for (let m = sep.exec(text); m; m = sep.exec(text)) {
    pushClause(last, m.index);
    last = m.index + m[0].length;
    if (m[0].length === 0) sep.lastIndex++;
  }
  pushClause(last, text.length);
  return items;
}

/** Where an item's own words start when it carries what precedes it ("（记者 王晓）澳门新葡京"):
 * after the last of ）):：】, an opening quote or a space; 0 when it has none. */
const leadEnd = (item: string) => item.search(/[^）):：】“「『 ]*$/);

/** The text before a quoted list: a quotation still open, or an example's label in the sentence. */
const QUOTED = /(?:[“「『][^”」』]*|示例[：:][^。！？]*)$/;

/** A line the site labels as its own (关键词：…, 標籤：…, 相关药品：…): short, with an ordinary word
 * among its items (认罪认罚, 勞工局), an article's keywords line, not an injected list (which runs
 * to dozens of items, all spam). */
const SITE_LABEL = /^\s*(关键[词字]|關鍵[詞字]|标签|標籤|相[关關]\S{0,4}?|tags?)\s*[：:]/i;

/** Runs of spam items in `text`: at least MIN_RUN_ITEMS spam items, one of them strong, where a
 * single clean item may sit between spam items (a list's harmless filler word). */
export function findRuns(text: string): Run[] {
  const items = split(text);
  if (SITE_LABEL.test(text) && items.length <= MAX_LABELLED_ITEMS && items.some((it, k) => k && !it.score && ANY_CJK.test(text.slice(it.start, it.end)))) return [];
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
      // (The first item may carry the sentence's last words before the list: a byline, （记者
      // 张明）2024澳门今晚开什么特马丨….)
      const lead = text.slice(first.start, first.end);
      const cut = leadEnd(lead);
      const start = first.start + (cut > 0 && scoreText(lead.slice(0, cut)).score < 2 ? cut : 0);
      const end = slice[slice.length - 1]!.end;
      // Take the trailing separator with the run ("…久久久久久国产|") so no stray "|" is left.
      const tail = /^[\s|｜_、，,]*/.exec(text.slice(end))?.[0].length ?? 0;
      // A list the text quotes (投放“澳门新葡京|威尼斯人…”等关键词, 关键词示例：…) is prose, as a
      // stuffed text is (items 0): a crackdown report's example, spam on a page about another topic.
      const quoted = QUOTED.test(text.slice(0, start));
      runs.push({
        start,
        end: end + tail,
        chars: meaningfulLength(text.slice(start, end)),
        score: slice.reduce((n, it) => n + it.score, 0),
        items: quoted ? 0 : slice.length,
        commas: quoted || slice.filter((it) => it.comma).length * 2 > slice.length,
      });
    }
    i = last + 1;
  }
  // A text that is all one keyword list, at least half of it in runs, whose other items have spam
  // words or no Chinese (pinyin and codes between the words: amdc娱乐, pj9399, duchang zaixian):
  // one run. (The site's own 推薦閱讀 before the seed's list is Chinese with no spam word.)
  const inRuns = runs.reduce((n, r) => n + r.items, 0);
  if (inRuns && 2 * inRuns >= items.length && items.every((it) => it.score || !ANY_CJK.test(text.slice(it.start, it.end)))) {
    const { start } = items[0]!;
    const { end } = items[items.length - 1]!;
    return [{ start, end, chars: meaningfulLength(text.slice(start, end)), score: runs.reduce((n, r) => n + r.score, 0), items: items.length, commas: runs[0]!.commas }];
  }
  return runs;
}

/** A short text whose words alone are strong spam (hidden keyword stuffing with no separators).
 * `score`: its scoreText when the caller has it already. */
export function isStrongPhrase(text: string, score?: TextScore): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 200 && isStrong(score ?? scoreText(t));
}
