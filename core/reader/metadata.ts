/**
 * The article's header facts, read from the page the way Chinese news and government CMSs write
 * them: an "info bar" under the headline (`发布时间：… 来源：… 作者：…`), government portal metas
 * (`ArticleTitle`, `PubDate`, `ContentSource`, `SiteName`), Open Graph, and Readability's own
 * findings as the last resort. Nothing here trusts a stuffed title or description.
 */
import { namesHeading, pageHeadline } from '../spam/headline';
import { isStrong, isStuffed, mentionsSpam, scoreText } from '../spam/vocab';
import { compact, squash } from './text';

/** Labels of the info bar. Longest first inside each alternation (责任编辑 before 编辑). */
const SOURCE_LABEL = '(?:文章|信息|新闻|稿件)?(?:来源|來源|稿源|出处|出處)|发布机构|發布機構|发文机关|發文機關|供稿单位|供稿單位|供稿';
const ROLE_LABEL = '作\\s?者|撰稿|撰文|(?:本报|本報|本台|特约|特約|见习|見習|融媒)?(?:记者|記者)|通讯员|通訊員|摄影|攝影|摄像|攝像|责任编辑|責任編輯|初审编辑|初審編輯|编辑|編輯|责编|責編|审核|審核|校对|校對|编审|編審|主编|主編';
const DATE_LABEL = '(?:发布|發布|發佈|发表|發表|更新|发文|發文|成文|上传|上傳|录入|錄入)?(?:时间|時間|日期)';
/** Not fields, but they end the value before them (view counters, font-size and print tools). */
const STOP_LABEL = '(?:浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問)(?:次数|次數|数|數|量)?|字号|字號|字体|字體|分享到?|打印|关闭|關閉|收藏|评论|評論|留言|跟帖|微信|微博|QQ空间|朋友圈|索引号|索引號|主题分类|主題分類|文号|文號|【|〖|\\[';
/** A label: role words may stand without a colon ("记者 张三"), the others need one. */
const LABEL = new RegExp(`(${SOURCE_LABEL})\\s*[:：]|(${ROLE_LABEL})\\s*(?:[:：]|(?=\\s*[\\p{Script=Han}A-Za-z]))|(${DATE_LABEL})\\s*[:：]|(${STOP_LABEL})`, 'gu');
/** A colon label somewhere in a line: what makes a line an info line. */
const COLON_LABEL = new RegExp(`(?:${SOURCE_LABEL}|${ROLE_LABEL}|${DATE_LABEL})\\s*[:：]`, 'u');
/** Dates as CMSs print them: 2024-05-06 09:30, 2024/5/6, 2024.05.06, 2024年5月6日 09:30:00. */
const DATE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:上午|下午|早上|晚上)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?/;
/** Sentence punctuation: an info line has none (a sentence that mentions 记者 is not a byline). */
const SENTENCE_END = /[。！？；!?]/;
/** Tunable: an info bar is short; 160 characters holds date, source, three names and counters. */
const MAX_INFO_LINE = 160;
/** Tunable: info lines whose names make up the byline (a reporter line and two editor lines). */
const MAX_BYLINE_LINES = 3;
/** Tunable: a value longer than this is a sentence caught by a label, not a name or an outlet. */
const MAX_VALUE = 40;
/** Trimmed from the ends of a value: separators and brackets around fields. */
const VALUE_TRIM = /^[\s|｜丨/／·•:：,，、()（）[\]【】]+|[\s|｜丨/／·•:：,，、()（）[\]【】]+$/g;
/** Title separators: "headline_column_site", "headline | site", "headline - site". */
const TITLE_SEPARATOR = /\s*[_|｜]\s*|\s+[-–—]{1,2}\s+|\s*——\s*|\s*--\s*/;
/** Where a page puts its headline: heading elements, and classes or ids naming a title
 * (`title`, `article-title`, `news_title`, `detail-title`…, and the pinyin `bt` 标题 / `tit`). */
const HEADING = /^h[1-3]$/;
const HEADLINE_CLASS = /title|headline|(?:^|[\s_-])(?:bt|tit)(?:$|[\s_-])/i;
/** Tunable: headline candidates looked at (a page has a few; a huge one need not be read whole). */
const MAX_HEADLINE_CANDIDATES = 400;
/** Tunable: a headline is 4 to 150 characters (shorter is a label, longer a paragraph). */
const HEADLINE_LENGTH = [4, 150] as const;
/** Cheap pre-filter: a text node that may hold an info-bar label (checked before any DOM walk). */
const LABEL_HINT = /来源|來源|稿源|出[处處]|发布|發[布佈]|发文|發文|作\s?者|[记記]者|通[讯訊]员|通訊員|[编編][辑輯]|[摄攝][影像]|[时時]间|時間|日期|供稿|撰[稿文]/;
/** Inline elements an info line is made of; the line is their nearest other ancestor. */
const INLINE = /^(?:span|a|b|strong|em|i|font|small|label|time|cite|abbr|u|sup|sub)$/;
/** Elements that break a line into blocks (an element holding one is not a single line). */
const BLOCK_CHILD = 'p, div, table, ul, ol, li, h1, h2, h3, h4, h5, h6, section, article, header, footer, br, dl';

export interface InfoFields {
  source?: string;
  byline?: string;
  published?: string;
}

/** Roles that edit rather than write: shown as the byline only when no writer is named. */
const EDITOR_ROLE = /编|編|审|審|校/;

interface LineFields {
  source?: string;
  published?: string;
  /** "记者 张三", "通讯员 李四", or a bare name after 作者. */
  writers: string[];
  /** "责任编辑 王五", "审核 赵六". */
  editors: string[];
}

const cleanValue = (v: string): string => squash(v).replace(VALUE_TRIM, '');

function parseLine(line: string): LineFields {
  const text = squash(line);
  const out: LineFields = { writers: [], editors: [] };
  const matches = [...text.matchAll(LABEL)];
  matches.forEach((m, i) => {
    const start = m.index + m[0].length;
    const end = matches[i + 1]?.index ?? text.length;
    let value = cleanValue(text.slice(start, end));
    // "记者 张三 2024-05-21 07:30": an unlabelled date ends a name or an outlet.
    const date = m[3] ? null : DATE.exec(value);
    if (date) value = cleanValue(value.slice(0, date.index));
    if (m[1] && value && value.length <= MAX_VALUE && !out.source) out.source = value;
    else if (m[2] && value && value.length <= MAX_VALUE && !SENTENCE_END.test(value)) {
      const role = m[2].replace(/\s/g, '');
      if (role === '作者') out.writers.push(value);
      else (EDITOR_ROLE.test(role) ? out.editors : out.writers).push(`${role} ${value}`);
    } else if (m[3] && !out.published) {
      const d = DATE.exec(value);
      if (d) out.published = squash(d[0]);
    }
  });
  if (!out.published && matches.length) {
    const d = DATE.exec(text);
    if (d) out.published = squash(d[0]);
  }
  return out;
}

const bylineOf = (writers: string[], editors: string[]): string | undefined => (writers.length ? writers : editors).join(' ') || undefined;

/** Reads one info line: 来源 / 作者·记者·编辑 / 日期 fields and an unlabelled date. The byline
 * names the writers (作者, 记者, 通讯员, 摄影), or the editors when no writer is named. */
export function parseInfoLine(line: string): InfoFields {
  const f = parseLine(line);
  const out: InfoFields = {};
  if (f.source) out.source = f.source;
  const byline = bylineOf(f.writers, f.editors);
  if (byline) out.byline = byline;
  if (f.published) out.published = f.published;
  return out;
}

/** Is this text a standalone info line (labels and values, no sentence)? */
export function isInfoLine(text: string): boolean {
  const t = squash(text);
  if (t.length === 0 || t.length > MAX_INFO_LINE || SENTENCE_END.test(t)) return false;
  if (COLON_LABEL.test(t)) return true;
  // "2024-05-06 09:30 记者 张三": a date and a role without colons.
  const f = parseInfoLine(t);
  return !!f.byline && DATE.test(t);
}

/** Text of an element with a space at every element boundary (info bars glue spans together). */
function lineText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += (c as Text).data;
      else if (c.nodeType === 1 && !/^(?:script|style|noscript|template)$/i.test((c as Element).localName)) {
        out += ' ';
        walk(c);
        out += ' ';
      }
    }
  };
  walk(el);
  return squash(out);
}

/** The info lines of the page (elements holding one line of info-bar text), in page order. */
function infoLines(doc: Document): Element[] {
  const out: Element[] = [];
  const body = doc.body;
  if (!body) return out;
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!LABEL_HINT.test((t as Text).data)) continue;
    let el = t.parentElement;
    if (!el || /^(?:script|style|noscript|template|textarea)$/.test(el.localName)) continue;
    let inline: Element = el;
    while (INLINE.test(el.localName) && el.parentElement && el.parentElement !== body) el = el.parentElement;
    if (INLINE.test(inline.localName)) while (inline.parentElement !== el && inline.parentElement) inline = inline.parentElement;
    // A block that holds other blocks is not one line: its inline run is.
    const line = el.querySelector(BLOCK_CHILD) ? inline : el;
    if (out.length && out[out.length - 1] === line) continue;
    if ((line.textContent ?? '').length > MAX_INFO_LINE * 3 || !isInfoLine(lineText(line))) continue;
    out.push(line);
  }
  return out;
}

const after = (a: Node, b: Node): boolean => !!(b.compareDocumentPosition(a) & 4);

/** Info-bar fields of the page: the lines right after the headline first, then any line. */
export function pageInfo(doc: Document, headline: Element | null): InfoFields {
  const lines = infoLines(doc);
  const ordered = headline ? [...lines.filter((l) => after(l, headline)), ...lines.filter((l) => !after(l, headline))] : lines;
  const out: InfoFields = {};
  const writers: string[] = [];
  const editors: string[] = [];
  let named = 0;
  for (const el of ordered) {
    const f = parseLine(lineText(el));
    out.source ??= f.source;
    out.published ??= f.published;
    // Names may come on several lines (记者 / 责任编辑 / 审核): all of them, once each.
    if ((f.writers.length || f.editors.length) && named++ < MAX_BYLINE_LINES) {
      for (const w of f.writers) if (!writers.includes(w)) writers.push(w);
      for (const e of f.editors) if (!editors.includes(e)) editors.push(e);
    }
  }
  const byline = bylineOf(writers, editors);
  if (byline) out.byline = byline;
  return out;
}

/** The page's <meta> values by lower-cased name, property or itemprop (CMSs spell names freely:
 * PubDate, pubdate, publishdate). One pass over the metas; the first non-empty value wins. */
export type Metas = Map<string, string>;
export function readMetas(doc: Document): Metas {
  const out: Metas = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    const v = squash(el.getAttribute('content'));
    if (!v) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      // property may list several names ("og:title twitter:title").
      for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) if (key && !out.has(key)) out.set(key, v);
    }
  }
  return out;
}

export const metaContent = (metas: Metas, ...keys: string[]): string | undefined => {
  for (const k of keys) {
    const v = metas.get(k.toLowerCase());
    if (v) return v;
  }
  return undefined;
};

/** Title segments: "headline_column_site" → ["headline", "column", "site"]. */
export const titleSegments = (title: string): string[] => squash(title).split(TITLE_SEPARATOR).map(squash).filter(Boolean);

const fits = (s: string): boolean => s.length >= HEADLINE_LENGTH[0] && s.length <= HEADLINE_LENGTH[1];
const usable = (t: string | null | undefined): t is string => {
  const s = squash(t);
  return fits(s) && !isStuffed(s);
};

/**
 * The page's headline element: a heading or title-classed element whose text the <title> holds
 * (the usual "headline_site" title), preferring the one the title starts with, then the longest.
 * A site-name <h1> (logo) is also inside the title, as its last segment: it is never the choice
 * when a longer match exists, and never when it is only the site suffix.
 */
export function findHeadline(doc: Document, docTitle: string, siteName?: string): { el: Element; text: string } | null {
  const t = compact(docTitle);
  if (!t || !doc.body) return null;
  const segments = titleSegments(docTitle);
  const suffix = segments.length > 1 ? compact(segments[segments.length - 1]) : '';
  const own = ownHeadline(docTitle);
  let best: { el: Element; text: string; score: number } | null = null;
  let seen = 0;
  // One walk over the elements: selector queries with substring matches cost more in big pages.
  const walker = doc.createTreeWalker(doc.body, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    if (!isHeadlineElement(el) || ++seen > MAX_HEADLINE_CANDIDATES) continue;
    const text = squash(el.textContent);
    const c = compact(text);
    // Spam words in a headline that the <title> starts with, or whose title is its first words,
    // are the page's own topic (a casino's earnings), the exemption the cleaner's title-hijack
    // check makes too.
    if (!fits(text) || (isStuffed(text) && !own(c)) || !(t.includes(c) || own(c)) || c === suffix || (siteName && c === compact(siteName))) continue;
    // (A heading the whole title starts with first; one that holds the title's first words is
    // the fallback, not a wrapper of headline and subtitle over the headline itself.)
    const score = c.length + (t.startsWith(c) ? 1000 : own(c) ? 500 : 0) + (el.localName === 'h1' ? 1 : 0);
    if (!best || score > best.score) best = { el, text, score };
  }
  return best && { el: best.el, text: best.text };
}

/** Whether a heading (compacted) is the one `docTitle` was made from (namesHeading, with the
 * reading view's title segments). */
function ownHeadline(docTitle: string): (heading: string) => boolean {
  const t = compact(docTitle);
  const lead = compact(titleSegments(docTitle)[0]);
  return (c) => namesHeading(t, lead, c);
}

function isHeadlineElement(el: Element): boolean {
  if (HEADING.test(el.localName)) return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  return (cls !== '' && HEADLINE_CLASS.test(cls)) || (el.id !== '' && HEADLINE_CLASS.test(el.id));
}

/** What the page says about itself, read before Readability rearranges the clone. */
export interface PageFacts {
  /** The live document's title (a hijacked one is already repaired by the cleaner). */
  docTitle: string;
  /** The headline element the title agrees with. */
  headline: { el: Element; text: string } | null;
  /** The first <h1>/<h2> texts, for a <title> that names only the site. */
  headings: string[];
  articleTitle?: string;
  ogTitle?: string;
  /** From metas only (og:site_name, SiteName…); Readability and the title suffix come later. */
  siteName?: string;
  info: InfoFields;
  metaSource?: string;
  metaByline?: string;
  metaPublished?: string;
  description?: string;
  image?: string;
  /** The page's own headline speaks of lotteries, casinos… (so may its description). */
  aboutSpamWords: boolean;
}

export function readPageFacts(doc: Document, docTitle: string, base: string): PageFacts {
  const metas = readMetas(doc);
  const siteName = metaContent(metas, 'og:site_name', 'SiteName', 'application-name');
  const headline = findHeadline(doc, docTitle, siteName);
  const ownTopic = !!headline && ownHeadline(docTitle)(compact(headline.text));
  return {
    docTitle: isStuffed(docTitle) && !ownTopic ? '' : squash(docTitle),
    headline,
    headings: [...(doc.body?.querySelectorAll('h1, h2') ?? [])].slice(0, 8).map((h) => squash(h.textContent)),
    articleTitle: metaContent(metas, 'ArticleTitle'),
    ogTitle: metaContent(metas, 'og:title', 'twitter:title'),
    siteName: siteName && !isStuffed(siteName) ? siteName : undefined,
    info: pageInfo(doc, headline?.el ?? null),
    metaSource: metaContent(metas, 'ContentSource', 'source'),
    metaByline: metaContent(metas, 'author', 'article:author'),
    metaPublished: metaContent(metas, 'PubDate', 'publishdate', 'publish_date', 'pubdate', 'article:published_time', 'og:release_date', 'datePublished', 'dc.date', 'dcterms.created'),
    description: metaContent(metas, 'description', 'og:description', 'twitter:description'),
    image: metaImage(metas, base),
    aboutSpamWords: mentionsSpam(pageHeadline(doc)),
  };
}

/** The site's name: og:site_name / SiteName meta, Readability's, the title's last segment. */
export function chooseSiteName(f: PageFacts, readabilitySiteName?: string | null): string | undefined {
  if (f.siteName) return f.siteName;
  if (readabilitySiteName && !isStuffed(readabilitySiteName)) return squash(readabilitySiteName);
  const segs = titleSegments(f.docTitle);
  const last = segs[segs.length - 1];
  return segs.length > 1 && last && last.length <= 30 ? last : undefined;
}

/** The real headline: headline element, ArticleTitle meta, og:title, cleaned <title>, a heading. */
export function chooseTitle(f: PageFacts, siteName: string | undefined, readabilityTitle: string | null | undefined, cjk: boolean): string {
  const site = compact(siteName);
  const notSite = (s: string | null | undefined): s is string => usable(s) && compact(s) !== site;
  if (f.headline && compact(f.headline.text) !== site) return f.headline.text;
  if (notSite(f.articleTitle)) return f.articleTitle;
  if (notSite(f.ogTitle)) return f.ogTitle;
  const title = f.docTitle;
  if (cjk && title) {
    // Chinese CMSs join with "_" (no spaces), which Readability does not split on.
    const first = titleSegments(title).filter((s) => compact(s) !== site)[0];
    if (first && first.length >= HEADLINE_LENGTH[0] && !isStuffed(first)) return first;
  }
  if (notSite(readabilityTitle)) return squash(readabilityTitle);
  // A <title> that is only the site's name: the page's first heading says more.
  const heading = f.headings.find(notSite);
  if (heading && (!usable(title) || compact(title) === site)) return heading;
  return title || heading || '';
}

/** Published date: the info bar (as shown), the gov `PubDate` family, Open Graph, JSON-LD. */
export function choosePublished(f: PageFacts, readabilityPublished?: string | null): string | undefined {
  if (f.info.published) return f.info.published;
  const meta = f.metaPublished ?? readabilityPublished ?? undefined;
  if (!meta) return undefined;
  // ISO 8601 as the page's own clock reads it: "2024-05-06T09:30:00+08:00" → "2024-05-06 09:30".
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(meta);
  return iso ? (iso[2] ? `${iso[1]} ${iso[2]}` : iso[1]) : squash(meta);
}

/** A summary that is not spam: never a stuffed one, and no strong spam words unless the page's
 * own headline is about such things (a casino-earnings article may name casinos). */
export function acceptableExcerpt(f: PageFacts, text: string | null | undefined): boolean {
  const t = squash(text);
  if (!t || isStuffed(t)) return false;
  return !isStrong(scoreText(t)) || f.aboutSpamWords;
}

/** The image the page's metas name (absolute http(s) only). */
export function metaImage(metas: Metas, base: string): string | undefined {
  const v = metaContent(metas, 'og:image', 'og:image:url', 'twitter:image', 'thumbnail');
  if (!v) return undefined;
  try {
    const u = new URL(v, base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}
