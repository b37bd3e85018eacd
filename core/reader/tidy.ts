/**
 * The edges of a Chinese article as Readability hands it over. CMS templates put the headline,
 * the breadcrumb, the info bar and the font-size tools right above the text, and 相关新闻 /
 * 推荐阅读 lists, tag rows and 网友评论 right below it, often inside the same container; the
 * reading view shows the headline and the info bar in its header, and a reader comparing it with
 * the page expects the article to start at its first sentence and end at its last one.
 * Only the edges are touched: nothing between the first and the last sentence is removed.
 */
import { isInfoLine, parseInfoLine, type InfoFields } from './metadata';
import { compact, squash } from './text';

/** "You are here" lines: 当前位置：首页 > 新闻 > 正文. */
const BREADCRUMB = /^(?:当前位置|當前位置|您的位置|您现在的位置|您現在的位置|你现在的位置|你的位置|所在位置|现在位置|位置)\s*[:：]/;
/** Breadcrumb separators, when the line has no label. */
const CRUMB_SEPARATOR = /[>›»＞]/g;
/** Tool lines: 【字号：大 中 小】, 打印本页, 分享到. */
const TOOL_LINE = /^[【[〖]?\s*(?:字号|字號|字体|字體|打印|关闭|關閉|分享到?|收藏)/;
/** Tunable: a breadcrumb or a tool line is short. */
const MAX_EDGE_LINE = 80;
/** Headings that open the page's own trailers: related and recommended lists, comments. */
const TAIL_HEADING = /^(?:相关|相關|推荐|推薦|延伸|热门|熱門|热点|熱點|猜你喜|精彩推|往期|更多|网友评论|網友評論|评论|評論|留言|跟帖|发表评论|發表評論|热评|熱評|友情链接|友情鏈接|最新文章|最近文章|近期文章|文章归档|文章歸檔)/;
/** A tag row closing the article: 标签：青春期、性教育 (links or not). */
const TAG_LINE = /^(?:标签|標籤|关键词|關鍵詞|关键字|關鍵字|tags?)\s*[:：]/i;
/** …but never an attachment list (相关附件) or a document's own section. */
const NOT_TAIL = /附件|文件|政策|解读|解讀/;
/** Tunable: a trailer heading is short ("网友评论（8）", "相关新闻"). */
const MAX_TAIL_HEADING = 16;
/** Tunable: a trailer starts after at least this share of the article's text. */
const TAIL_MIN_SHARE = 0.5;
/** Tunable: a trailing block with at least this share of link text is a link list or tag row. */
const TAIL_LINK_DENSITY = 0.5;
/** Links to documents (attachments of a notice) are content, however link-dense. */
const DOCUMENT_LINK = /\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z|pptx?|txt|csv)(?:[?#]|$)|download|downfile|attach/i;
/** Blocks read as one unit at an edge. */
const UNIT = /^(?:p|h[1-6]|table|ul|ol|dl|figure|img|blockquote|pre)$/;
const CONTAINER_CHILD = 'p, div, h1, h2, h3, h4, h5, h6, table, ul, ol, dl, figure, section, article, blockquote, pre';
/** Tunable: edge blocks looked at on each side. */
const MAX_EDGE_BLOCKS = 8;

const hasContent = (el: Element): boolean => squash(el.textContent) !== '' || el.localName === 'img' || !!el.querySelector('img');

/** The first (or last) block with content at the edge of `root`. */
function edgeBlock(root: Element, last: boolean): Element | null {
  let el: Element = root;
  for (;;) {
    const kids = [...el.children].filter(hasContent);
    const child = last ? kids[kids.length - 1] : kids[0];
    if (!child) return el === root ? null : el;
    if (UNIT.test(child.localName) || !child.querySelector(CONTAINER_CHILD)) return child;
    el = child;
  }
}

/** Removes `el` and the elements it leaves empty. */
function removeUp(el: Element, root: Element): void {
  let parent: Element | null = el.parentElement;
  el.remove();
  while (parent && parent !== root && !hasContent(parent)) {
    const up: Element | null = parent.parentElement;
    parent.remove();
    parent = up;
  }
}

function linkDensity(el: Element): number {
  const total = compact(el.textContent).length;
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += compact(a.textContent).length;
  return links / total;
}

function isBreadcrumb(text: string, el: Element): boolean {
  if (text.length > MAX_EDGE_LINE) return false;
  return BREADCRUMB.test(text) || ((text.match(CRUMB_SEPARATOR)?.length ?? 0) >= 2 && linkDensity(el) >= 0.5);
}

/** Every field of the line is already in the header (so removing the line loses nothing). */
function coveredBy(line: InfoFields, info: InfoFields): boolean {
  const has = !!(line.source || line.byline || line.published);
  return has && (!line.source || line.source === info.source) && (!line.byline || line.byline === info.byline) && (!line.published || line.published === info.published);
}

/** Removes, from the top, the repeated headline, breadcrumbs, tool lines and the info bar
 * (only an info line whose every field the header shows). */
export function tidyTop(root: Element, headline: string, info: InfoFields): void {
  const head = compact(headline);
  for (let i = 0; i < MAX_EDGE_BLOCKS; i++) {
    const first = edgeBlock(root, false);
    if (!first || first.querySelector('img') || first.localName === 'img') return;
    const text = squash(first.textContent);
    const c = compact(text);
    const drop =
      (head !== '' && c === head) ||
      isBreadcrumb(text, first) ||
      (TOOL_LINE.test(text) && text.length <= MAX_EDGE_LINE) ||
      (isInfoLine(text) && coveredBy(parseInfoLine(text), info));
    if (!drop) return;
    removeUp(first, root);
  }
}

/** The elements of `root` in document order with the count of text characters before each. */
function textOffsets(root: Element): Map<Element, number> {
  const out = new Map<Element, number>();
  let seen = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) seen += compact((n as Text).data).length;
    else out.set(n as Element, seen);
  }
  return out;
}

/** Removes `el` and everything after it inside `root`. */
function cutFrom(el: Element, root: Element): void {
  let cur: Element = el;
  while (cur !== root && cur.parentElement) {
    while (cur.nextSibling) cur.nextSibling.remove();
    const parent: Element = cur.parentElement;
    if (cur === el) cur.remove();
    cur = parent;
  }
  let last = edgeBlock(root, true);
  // Wrappers the cut left empty.
  while (last && !hasContent(last)) {
    removeUp(last, root);
    last = edgeBlock(root, true);
  }
}

/** Removes, from the bottom, the page's trailers: a 相关新闻 / 推荐阅读 / 网友评论 section (from its
 * heading on, when the heading comes after most of the text) and trailing link lists or tag rows. */
export function tidyBottom(root: Element): void {
  const total = compact(root.textContent).length;
  if (!total) return;
  const offsets = textOffsets(root);
  for (const [el, before] of offsets) {
    if (before < TAIL_MIN_SHARE * total) continue;
    const text = squash(el.textContent);
    if (text.length === 0 || text.length > MAX_TAIL_HEADING || !TAIL_HEADING.test(text) || NOT_TAIL.test(text)) continue;
    // A heading-like element: no block inside it.
    if (el.querySelector(CONTAINER_CHILD + ', li, br')) continue;
    cutFrom(el, root);
    break;
  }
  for (let i = 0; i < MAX_EDGE_BLOCKS; i++) {
    const last = edgeBlock(root, true);
    if (!last || last.querySelector('img') || last.localName === 'img') return;
    const text = squash(last.textContent);
    const docs = [...last.querySelectorAll('a')].some((a) => DOCUMENT_LINK.test(a.getAttribute('href') ?? '') || DOCUMENT_LINK.test(a.textContent ?? ''));
    const tags = TAG_LINE.test(text) && text.length <= MAX_EDGE_LINE;
    if (!tags && (docs || /^附件/.test(text) || linkDensity(last) < TAIL_LINK_DENSITY)) return;
    removeUp(last, root);
  }
}
