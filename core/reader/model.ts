/**
 * The article model: what the extraction (core/reader/extract.ts, run in the page) hands to the
 * reading view (entrypoints/reader/). Plain data, so it can travel through storage.session.
 * `contentHtml` is NOT trusted: the reading view sanitizes it (core/reader/sanitize.ts) before
 * rendering.
 */
export interface Article {
  /** The page's URL (absolute): the link back, and the base for any leftover relative URL. */
  url: string;
  /** The real headline (never a hijacked <title>). */
  title: string;
  siteName?: string;
  /** 作者 / 记者 / 编辑 as written on the page, e.g. "记者 张三 通讯员 李四". */
  byline?: string;
  /** 来源, e.g. "人民网" or "县融媒体中心". */
  source?: string;
  /** Publication date/time as the page shows it (display string), e.g. "2024-05-06 09:30". */
  published?: string;
  /** Absolute URL of a lead image, when the page names one (og:image or first figure). */
  leadImage?: string;
  /** Short summary (never a stuffed meta description). */
  excerpt?: string;
  /** Article body HTML: images and links absolute, lazy images resolved. Unsanitized. */
  contentHtml: string;
  /** Plain text of the body (for reading time, tests). */
  textContent: string;
  /** Number of CJK characters + Latin words in the body: the reading-time basis. */
  readingUnits: number;
  /** Page language (`lang` of <html>), if any. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** Where the background leaves an Extraction for reader.html?key=K: storage.session `reader:K`. */
export const READER_KEY_PREFIX = 'reader:';
export const readerStorageKey = (key: string): string => READER_KEY_PREFIX + key;

export type NotArticleReason = 'not-article' | 'too-large' | 'no-document' | 'error';

export type Extraction =
  | { ok: true; article: Article }
  | { ok: false; reason: NotArticleReason; url: string; title: string; message: string };
