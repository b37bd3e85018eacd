/**
 * The reading view's extraction, run inside the page after the cleaner has marked spam:
 * clone → drop the marked spam → real image sources and absolute URLs → Readability (tuned for
 * Chinese, with a fallback to the content containers of Chinese CMSs) → the article model.
 * The live document is never modified.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { isStuffed } from '../spam/vocab';
import type { MessageKey, Sub, Translate } from '../i18n';
import type { Article, Extraction, NotArticleReason } from './model';
import {
  acceptableExcerpt,
  chooseSiteName,
  choosePublished,
  chooseTitle,
  isInfoLine,
  parseInfoLine,
  readPageFacts,
  type InfoFields,
  type PageFacts,
} from './metadata';
import { own, neutralize, trustedBase } from './hostile';
import { absolutizeUrls, removeSpam, resolveLazyImages } from './prepare';
import { tidyBottom, tidyTop } from './tidy';
import { compact, countUnits, isCjkText, readingUnits, squash } from './text';

/** Tunable: pages with more elements are refused rather than frozen on. Extraction time grows
 * about linearly with the element count (a synthetic forum thread in jsdom: 5,000 elements 3 s,
 * 25,000 15 s, 50,000 37 s; a browser is many times faster), while news pages have 500–3,000
 * and the corpus' largest (wikipedia-2) ~10,000. 50,000 is twenty news pages' worth: past it the
 * click would hang the tab for seconds (infinite scroll, a 100k-row table), so we say so. */
export const MAX_ELEMENTS = 50_000;
/** Tunable: Readability retries with looser rules, then keeps its longest attempt, whenever the
 * article has fewer than 500 characters — fine for English (500 characters ≈ 85 words) but a
 * 200-character Chinese news item then gets the sidebar glued on. 150 CJK characters carry about
 * what 85 English words do (one character ≈ 0.6 words in parallel texts). */
const CJK_CHAR_THRESHOLD = 150;
/** Tunable: isProbablyReaderable counts paragraphs of 140+ characters (about 25 English words);
 * Chinese news paragraphs are one or two sentences, 40–80 characters. */
const CJK_READERABLE = { minContentLength: 40, minScore: 12 };
/** The body containers of Chinese CMSs (TRS WCM `.TRS_Editor`, gov portals `#zoom` and
 * `.pages_content` (gov.cn), Hanweb `#UCAP-CONTENT`, 方正 newspapers `#ozoom`, People's Daily
 * `.rm_txt_con`, Xinhua `#detail`, WeChat `#js_content`, common themes `.article-content`,
 * `#content`…), most specific first: used when Readability loses a short article. */
const CONTENT_CONTAINERS = [
  '.TRS_Editor', '.TRS_UEDITOR', '#UCAP-CONTENT', '#zoom', '#Zoom', '#ozoom', '#fontzoom', '.pages_content', '.rm_txt_con',
  '#js_content', '.rich_media_content', '#detail', '.article-content', '.article_content', '.articleContent', '#articleContent',
  '#article_content', '.art_con', '.art-con', '.news_content', '.news-content', '.detail-content', '.detail_content', '#endText',
  '.post_body', '#artibody', '.left_zw', '.content_text', '.article-body', '.m_text', '#content', '.content',
];
/** Tunable: Readability's article is "short" when it holds less than this share of the content
 * container's text (it dropped short paragraphs, the table or the attachment list). */
const FALLBACK_SHORT = 0.8;
/** Tunable: …and "overgrown" when it holds this many times the container's text (a short item
 * that Readability took for too short, so it kept its longest, sidebar-laden attempt). */
const FALLBACK_LONG = 2.5;
/** Tunable: a container with more link text than this is a page wrapper, not an article body. */
const CONTAINER_LINK_DENSITY = 0.3;
/** Tunable: characters compared to tell whether two texts start (or end) alike. */
const OVERLAP_CHARS = 24;
/** Tunable: a container with fewer units than this is a caption or a teaser, not an article body. */
const MIN_CONTAINER_UNITS = 40;
/** Tunable: fewer units (CJK characters + words) than this is no article: an empty page, a
 * login form, a picture with a caption. */
const MIN_ARTICLE_UNITS = 30;
/** Tunable: an "article" whose text is mostly link text is a home page or a list page. */
const MAX_LINK_DENSITY = 0.5;
/** Tunable: a page that does not look readerable (isProbablyReaderable) is an article only if
 * its extraction reads as prose: at least this many sentences outside links, and little link
 * text. A home page's best block is a short "about the county" box (one or two sentences), a list
 * page's is its link list or footer (none); a short county news item has four or five. */
const DOUBTFUL = { minSentences: 3, maxLinkDensity: 0.3 };
/** A sentence end outside links: full-width 。！？ or a Latin one before a space or the end. */
const SENTENCE = /[。！？]|[.!?](?=\s|$)/g;
/** A site's front page (path "/" or /index.html and friends): a home page unless it reads as an
 * article by Readability's own measure. */
const HOME_PATH = /^\/(?:(?:index|default|home|main)\.(?:s?html?|php|aspx?|jsp))?$/i;
/** Document types the extraction reads (images, PDFs and plain text are shown by the browser
 * inside a synthetic HTML page, but its content type says what it is). */
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)$/i;

/** Why a page gave no article, in the reader's words (the message catalog's keys). */
export const MESSAGES = {
  'not-article': 'extractNotArticle',
  empty: 'extractEmpty',
  'non-html': 'extractNonHtml',
  'too-large': 'extractTooLarge',
  'no-document': 'extractNoDocument',
  error: 'extractError',
} as const satisfies Record<string, MessageKey>;

const keyOnly: Translate = (key, ...subs) => [key, ...subs].join(' ');
const say = (options: ExtractOptions, why: keyof typeof MESSAGES, ...subs: Sub[]) => (options.t ?? keyOnly)(MESSAGES[why], ...subs);

export interface ExtractOptions {
  /** Words for the messages (the injected extractor passes the browser's; without it a message
   * is its catalog key, e.g. in tests that only look at the outcome). */
  t?: Translate;
  /** Refuse pages with more elements than this (default MAX_ELEMENTS). */
  maxElements?: number;
  /** Force the CJK tuning on or off (default: by the page's text). */
  cjk?: boolean;
}

type Parsed = ReturnType<Readability<HTMLElement>['parse']>;

const fail = (reason: NotArticleReason, url: string, title: string, message: string): Extraction => ({ ok: false, reason, url, title, message });

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  let url = '';
  let title = '';
  try {
    // The live page is read through its prototypes' getters: its markup may have named an
    // element "title", "body" or "cloneNode" (core/reader/hostile.ts).
    if (!doc || !own<Element | null>(doc, 'documentElement')) return fail('no-document', '', '', say(options, 'no-document'));
    url = own<string>(doc, 'URL');
    const liveTitle = own<string>(doc, 'title');
    title = isStuffed(liveTitle) ? '' : squash(liveTitle);
    if (!HTML_TYPES.test(own<string>(doc, 'contentType'))) return fail('not-article', url, title, say(options, 'non-html'));
    const count = own<(t: string) => HTMLCollection>(doc, 'getElementsByTagName')('*').length;
    if (count > (options.maxElements ?? MAX_ELEMENTS)) return fail('too-large', url, title, say(options, 'too-large', count.toLocaleString('en-US')));
    return extract(doc, options, url, liveTitle);
  } catch (e) {
    return fail('error', url, title, say(options, 'error', e instanceof Error ? e.message : String(e)));
  }
}

function extract(doc: Document, options: ExtractOptions, url: string, liveTitle: string): Extraction {
  const base = trustedBase(doc) || url;
  const clone = own<(deep: boolean) => Document>(doc, 'cloneNode')(true);
  neutralize(clone);
  removeSpam(clone);
  // The cleaner marks a hijacked <title> and repairs the live one: the clone gets the repair.
  if (!clone.querySelector('title') && liveTitle && !isStuffed(liveTitle)) clone.title = liveTitle;
  if (!clone.body) return fail('not-article', url, squash(liveTitle), say(options, 'empty'));
  resolveLazyImages(clone);
  absolutizeUrls(clone, base);

  const pageText = visibleText(clone.body);
  const cjk = options.cjk ?? isCjkText(pageText);
  const facts = readPageFacts(clone, liveTitle, base);
  const container = cjk ? findContainer(clone) : null;
  const readerable = isProbablyReaderable(clone, cjk ? CJK_READERABLE : {});

  const parsed = new Readability<HTMLElement>(clone, {
    serializer: (n) => n as HTMLElement,
    ...(cjk ? { charThreshold: CJK_CHAR_THRESHOLD } : {}),
  }).parse();
  let content = parsed?.content ?? null;
  if (container && needsContainer(parsed, container)) content = fromContainer(container, clone, facts) ?? content;

  const siteName = chooseSiteName(facts, parsed?.siteName);
  const headline = chooseTitle(facts, siteName, parsed?.title, cjk);
  // Not an article: name the page by its own title (a home page's is the site's name).
  const pageTitle = facts.docTitle || headline;
  if (!content) return fail('not-article', url, pageTitle, readingUnits(pageText) === 0 ? say(options, 'empty') : say(options, 'not-article'));

  absolutizeUrls(content, base, true);
  const info = mergeInfo(facts, content);
  if (cjk) {
    tidyTop(content, headline, info);
    tidyBottom(content);
  }

  const text = squash(content.textContent);
  const units = readingUnits(text);
  const density = linkDensity(content);
  if (units < MIN_ARTICLE_UNITS) return fail('not-article', url, pageTitle, units === 0 ? say(options, 'empty') : say(options, 'not-article'));
  if (density > MAX_LINK_DENSITY) return fail('not-article', url, pageTitle, say(options, 'not-article'));
  if (!readerable && (density > DOUBTFUL.maxLinkDensity || sentences(content) < DOUBTFUL.minSentences || isHomeUrl(url))) {
    return fail('not-article', url, pageTitle, say(options, 'not-article'));
  }

  const article: Article = {
    url,
    title: headline,
    contentHtml: content.innerHTML,
    textContent: text,
    readingUnits: units,
  };
  if (siteName) article.siteName = siteName;
  if (info.byline) article.byline = info.byline;
  if (info.source) article.source = info.source;
  const published = choosePublished(facts, parsed?.publishedTime);
  if (published) article.published = published;
  const lead = facts.image ?? firstImage(content);
  if (lead) article.leadImage = lead;
  const excerpt = chooseExcerpt(facts, parsed?.excerpt, content, headline);
  if (excerpt) article.excerpt = excerpt;
  const root = own<Element>(doc, 'documentElement');
  const lang = root.getAttribute('lang')?.trim() || parsed?.lang || undefined;
  if (lang) article.lang = lang;
  const dir = (parsed?.dir ?? root.getAttribute('dir') ?? '').toLowerCase();
  if (dir === 'ltr' || dir === 'rtl') article.dir = dir;
  return { ok: true, article };
}

/** The text a reader sees (without <script>/<style> contents). */
function visibleText(root: Element): string {
  let out = '';
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const p = n.parentElement?.localName;
    if (p !== 'script' && p !== 'style' && p !== 'noscript' && p !== 'template') out += (n as Text).data + ' ';
  }
  return out;
}

interface Container {
  el: Element;
  /** Units of its text. */
  units: number;
  /** Its text without whitespace, for overlap checks. */
  compact: string;
  /** Share of its text in links: a page-wide wrapper (`#content` around menus and sidebars) has
   * much, an article body little. */
  linkDensity: number;
}

/** The page's content container (a copy: Readability will rearrange the clone). */
function findContainer(doc: Document): Container | null {
  for (const selector of CONTENT_CONTAINERS) {
    let best: Container | null = null;
    for (const el of doc.querySelectorAll(selector)) {
      const text = visibleText(el);
      const u = countUnits(text);
      const units = u.cjk + u.words;
      if (units >= MIN_CONTAINER_UNITS && (!best || units > best.units)) best = { el, units, compact: compact(text), linkDensity: linkDensity(el) };
    }
    if (best) return best.linkDensity <= CONTAINER_LINK_DENSITY ? { ...best, el: best.el.cloneNode(true) as Element } : null;
  }
  return null;
}

/** Did Readability lose the article the container holds? Too short while the container holds
 * what it found (it dropped short paragraphs, a table), overgrown around the container (the
 * sidebar glued on), or elsewhere entirely (a sidebar or comment thread of similar length). */
function needsContainer(parsed: Parsed, c: Container): boolean {
  if (!parsed?.content) return true;
  const text = compact(parsed.content.textContent);
  const units = readingUnits(text);
  const head = (s: string) => s.slice(0, OVERLAP_CHARS);
  const tail = (s: string) => s.slice(-OVERLAP_CHARS);
  if (units < FALLBACK_SHORT * c.units) return c.compact.includes(head(text)) || !text.includes(head(c.compact));
  if (units > FALLBACK_LONG * c.units) return text.includes(head(c.compact)) && text.includes(tail(c.compact));
  // Elsewhere: the two texts share neither a beginning nor an end.
  return !c.compact.includes(head(text)) && !text.includes(head(c.compact)) && !text.includes(tail(c.compact));
}

/**
 * The article from the content container: Readability again on a page holding only the
 * container (its clean-up of share bars and empty wrappers), or the container as it is when
 * even then Readability drops part of it.
 */
function fromContainer(c: Container, page: Document, facts: PageFacts): HTMLElement | null {
  const mini = page.implementation.createHTMLDocument(facts.docTitle);
  mini.body.append(mini.importNode(c.el, true));
  const again = new Readability<HTMLElement>(mini, { serializer: (n) => n as HTMLElement, charThreshold: CJK_CHAR_THRESHOLD }).parse();
  if (again?.content && readingUnits(again.content.textContent ?? '') >= FALLBACK_SHORT * c.units) return again.content;
  const plain = page.implementation.createHTMLDocument('');
  const root = plain.createElement('div');
  root.id = 'readability-page-1';
  root.className = 'page';
  root.append(plain.importNode(c.el, true));
  root.querySelectorAll(UNWANTED).forEach((el) => el.remove());
  const wrap = plain.createElement('div');
  wrap.append(root);
  return wrap;
}

/** Dropped from a container taken as it is: page machinery, forms, hidden parts. */
const UNWANTED = 'script, style, link, meta, noscript, template, form, input, button, select, textarea, object, embed, iframe, [hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';

/** Info-bar fields, plus bylines written in the article: "（记者 张三 通讯员 李四）" in the first
 * paragraph, "责任编辑：李四" at the end. */
function mergeInfo(facts: PageFacts, content: HTMLElement): InfoFields {
  const out: InfoFields = { ...facts.info };
  if (!out.byline) {
    const firstText = squash(content.querySelector('p')?.textContent).slice(0, 120);
    const inline = /[（(]\s*((?:本报|本台|特约|见习|融媒)?(?:记者|記者|通讯员|通訊員)[^（()）]{1,40})[）)]/.exec(firstText);
    if (inline?.[1]) out.byline = squash(inline[1]);
  }
  if (!out.byline) {
    // Signature lines at the end: 初审编辑：魏鹏 / 责任编辑：李润杰.
    const roles = [...content.querySelectorAll('p, div')]
      .filter((b) => !b.querySelector('p, div'))
      .slice(-4)
      .map((b) => squash(b.textContent))
      .filter(isInfoLine)
      .map((line) => parseInfoLine(line).byline)
      .filter((b): b is string => !!b);
    if (roles.length) out.byline = roles.join(' ');
  }
  out.byline ??= facts.metaByline && !isStuffed(facts.metaByline) && facts.metaByline.length <= 40 ? facts.metaByline : undefined;
  out.source ??= facts.metaSource && facts.metaSource.length <= 40 ? facts.metaSource : undefined;
  return out;
}

/** Sentence ends in the text outside links. */
function sentences(el: Element): number {
  let n = 0;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.parentElement?.closest('a')) n += (t as Text).data.match(SENTENCE)?.length ?? 0;
  }
  return n;
}

function isHomeUrl(url: string): boolean {
  try {
    return HOME_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** Share of the text that is link text. */
function linkDensity(el: Element): number {
  const total = compact(el.textContent).length;
  if (!total) return 0;
  let links = 0;
  for (const a of el.querySelectorAll('a')) links += compact(a.textContent).length;
  return links / total;
}

/** The first real content image (absolute http(s), not an icon). */
function firstImage(content: Element): string | undefined {
  for (const img of content.querySelectorAll('img')) {
    const src = img.getAttribute('src') ?? '';
    const w = Number(img.getAttribute('width') ?? 0);
    const h = Number(img.getAttribute('height') ?? 0);
    if (/^https?:/i.test(src) && !(w && w < 100) && !(h && h < 100)) return src;
  }
  return undefined;
}

/** Tunable: an excerpt is a sentence or two; 200 characters fits a card. */
const EXCERPT_LENGTH = 200;
/** Tunable: a paragraph with more link text than this is navigation, not a summary. */
const EXCERPT_LINK_DENSITY = 0.3;

function chooseExcerpt(facts: PageFacts, readabilityExcerpt: string | null | undefined, content: Element, headline: string): string | undefined {
  // The page's description; else its first paragraph of prose (Readability's own excerpt is its
  // first <p>, which on Chinese pages may be the breadcrumb or the info bar tidyTop removed).
  const paragraphs = [...content.querySelectorAll('p')].slice(0, 6).filter((p) => linkDensity(p) < EXCERPT_LINK_DENSITY);
  const candidates = [facts.description, ...paragraphs.map((p) => p.textContent), readabilityExcerpt];
  for (const c of candidates) {
    const t = squash(c);
    if (readingUnits(t) >= 10 && compact(t) !== compact(headline) && !isInfoLine(t) && acceptableExcerpt(facts, t)) {
      return t.length > EXCERPT_LENGTH ? `${t.slice(0, EXCERPT_LENGTH - 1)}…` : t;
    }
  }
  return undefined;
}
