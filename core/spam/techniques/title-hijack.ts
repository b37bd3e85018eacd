import type { DocumentTechnique } from '../types';
import { namesHeading, ogTitle } from '../headline';
import { isStrong, isStuffed, scoreText } from '../vocab';

/** Title separators between the headline and the site name or injected keywords. */
const TITLE_SEPARATORS = /\s*[_|｜\-–—]+\s*|\s{2,}/;
/** Tunable: a headline shorter than this is a fragment, not a title. */
const MIN_HEADLINE = 4;
/** Tunable: an <h2> this long is a headline, not a section heading (相关新闻, 热点排行). */
const MIN_H2 = 8;
/** Tunable: a title that reads as a news sentence and starts as the headline does, for this many
 * characters, is the page's own longer headline (a portal's SEO title says more than its <h1>). */
const SHARED_START = 4;

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length >= MIN_HEADLINE && scoreText(t).score < 3 ? t : null;
};

const norm = (s: string) => s.replace(/\s+/g, '');
function headlineOf(doc: Document): string {
  const h = norm(ogTitle(doc) || doc.querySelector('h1')?.textContent || '');
  return h.length >= MIN_HEADLINE ? h : '';
}

/** The page's real headline: og:title, then the <h1>, then an <h2> as long as a headline, then
 * the title's clean segments. A heading that is one of the title's segments is the site's name
 * (DedeCMS templates put the logo in the <h1> and the headline in an <h2>). */
export function realHeadline(doc: Document, title: string): string {
  const fromOg = clean(ogTitle(doc));
  if (fromOg) return fromOg;
  const segments = title.split(TITLE_SEPARATORS).filter((s) => s.trim() && scoreText(s).score === 0);
  for (const [tag, min] of [['h1', MIN_HEADLINE], ['h2', MIN_H2]] as const) {
    for (const h of doc.querySelectorAll(tag)) {
      const t = clean(h.textContent);
      if (t && t.length >= min && t.length <= 120 && !segments.includes(t)) return t;
    }
  }
  return segments.join(' - ') || doc.location?.hostname || '';
}

/**
 * <title> replaced by gambling/porn keywords, often entity-encoded (`&#28595;&#38376;…`), for
 * search engines (SPAM-PATTERNS.md "Head and script hijacks"). The tab shows the real headline.
 */
export const titleHijack: DocumentTechnique = {
  id: 'title-hijack',
  kind: 'document',
  detect(ctx) {
    const el = ctx.doc.querySelector('title');
    if (!el) return [];
    const title = ctx.doc.title;
    const first = ctx.firstTitle ?? title;
    const strong = (t: string) => isStrong(scoreText(t));
    if (!strong(title) && !strong(first)) return [];
    // The page's own headline (news about Macau casinos' earnings) is no hijack, whole, or its
    // first segment within the <h1> (a CMS's short title: the <h1> says more; a forum's <h1>
    // prefixes the thread's type, [防骗提醒]).
    const headline = headlineOf(ctx.doc);
    // So is a title that is a news sentence (its clauses between Chinese commas) starting as the
    // <h1> does: 澳门11月赌收183亿澳门元，中场百家乐贡献过半… over 澳门11月博彩毛收入183亿澳门元.
    const own = (t: string) => {
      const lead = norm(t.split(TITLE_SEPARATORS)[0]!);
      return namesHeading(norm(t), lead, headline) || (/[，；。！？]/.test(lead) && headline.startsWith(lead.slice(0, SHARED_START)));
    };
    // Stuffed with spam words; or strong ones where the page's metadata declares a headline the
    // title neither starts with nor holds (開雲體育(中國)官方網站… over og:title 县人民医院胸痛
    // 中心…; an og:title that is the site's name is in the title).
    const og = norm(ogTitle(ctx.doc));
    const spam = (t: string) => isStuffed(t) || (og.length >= MIN_HEADLINE && strong(t) && !norm(t).includes(og) && !own(t));
    const now = spam(title);
    if (!now && !spam(first)) return [];
    if (headline && own(title) && (!ctx.firstTitle || own(first))) return [];
    // Cloaked: the parser saw spam, a page script has since put the headline back.
    const realTitle = now ? realHeadline(ctx.doc, title) : title.replace(/\s+/g, ' ').trim();
    return [{ reason: 'title-hijack', element: el, detail: `title was "${(now ? title : first).replace(/\s+/g, ' ').trim().slice(0, 80)}"`, links: [], realTitle }];
  },
};
