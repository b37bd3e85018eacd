/**
 * What happens to the page's clone before Readability sees it: the cleaner's spam marks removed,
 * lazy images given their real source, every URL made absolute. Works on the clone only.
 */

/** The cleaner's marker (dom/mark.ts ATTR; copied, not imported: core/ must not depend on dom/). */
export const SPAM_ATTR = 'data-qingdu-spam';

/** Where lazy-loading scripts keep the real image URL, most common first: lazysizes/lazyload
 * (`data-src`), jQuery lazyload on Chinese CMSs and newspaper groups (`data-original`),
 * WordPress/a3 (`data-lazy-src`), echo.js (`data-echo`), 方正/WCM pages (`data-url`), Zhihu
 * (`data-actualsrc`), Taobao KISSY (`data-ks-lazyload`), Discuz! attachments (`file`, `zoomfile`),
 * UEditor paste (`_src`). */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-echo', 'data-url', 'data-actualsrc', 'data-lazyload', 'data-original-src', 'data-ks-lazyload', 'file', 'zoomfile', '_src'];
/** The same for responsive candidates. */
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset', 'data-original-srcset'];
/** A src that only holds the place of the real image: the spinner or blank files lazy loaders ship
 * (loading.gif, grey.gif, blank.png, spacer.gif, placeholder.svg, lazy.png, 1x1.gif…). */
const PLACEHOLDER_SRC = /(?:^|[/_-])(?:loading|lazy(?:load)?|blank|spacer|placeholder|grey|gray|transparent|pixel|pix|1x1|dot|default|empty|none|space)(?:[._-][\w-]*)?\.(?:gif|png|svg|jpe?g|webp)(?:[?#]|$)/i;
/** Looks like an image URL (a lazy attribute may hold other things, e.g. data-url on a link). */
const IMAGE_URL = /^(?:https?:)?\/\/|^\/|^\.{0,2}\/|\.(?:jpe?g|png|gif|webp|avif|bmp|svg)(?:[?#]|$)/i;
/** A URL that already carries a scheme (http:, javascript:, data:, mailto:…): left as it is. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** One candidate of a srcset: the URL, then an optional descriptor (Readability's own pattern). */
const SRCSET_PART = /(\S+)(\s+[\d.]+[xw])?(\s*(?:,|$))/g;

/** Removes every element the cleaner marked (link farms, keyword lists and their wrappers,
 * junk tags, stuffed metas, the hijacked <title>). Returns how many were removed. */
export function removeSpam(doc: Document): number {
  let n = 0;
  for (const el of doc.querySelectorAll(`[${SPAM_ATTR}]`)) {
    // Nested marks go with their outermost marked ancestor.
    if (el.isConnected) {
      el.remove();
      n++;
    }
  }
  return n;
}

function isPlaceholder(src: string | null): boolean {
  if (src === null) return true;
  const s = src.trim();
  return s === '' || s === '#' || s === 'about:blank' || /^data:/i.test(s) || PLACEHOLDER_SRC.test(s);
}

/** Gives lazy images their real src/srcset when the src is missing or a placeholder. */
export function resolveLazyImages(doc: Document): void {
  for (const el of doc.querySelectorAll('img, source')) {
    // <picture><source> takes only srcset; <img> and media <source> take src.
    if (el.localName === 'img' || el.parentElement?.localName !== 'picture') {
      const src = el.getAttribute('src');
      const lazy = LAZY_SRC.map((a) => el.getAttribute(a)?.trim() ?? '').find((v) => v !== '' && IMAGE_URL.test(v) && !isPlaceholder(v));
      if (lazy && lazy !== src && isPlaceholder(src)) el.setAttribute('src', lazy);
    }
    const lazySet = LAZY_SRCSET.map((a) => el.getAttribute(a)?.trim() ?? '').find((v) => v !== '');
    if (lazySet && isPlaceholder(el.getAttribute('srcset'))) el.setAttribute('srcset', lazySet);
  }
  for (const el of doc.querySelectorAll('video[data-poster]')) {
    if (isPlaceholder(el.getAttribute('poster'))) el.setAttribute('poster', el.getAttribute('data-poster')!);
  }
}

function absolute(url: string, base: string, fragments: boolean): string {
  const u = url.trim();
  if (u === '' || HAS_SCHEME.test(u) || (!fragments && u.startsWith('#'))) return url;
  try {
    return new URL(u, base).href;
  } catch {
    return url;
  }
}

/**
 * Makes href/src/srcset/poster absolute against `base` (the live page's document.baseURI: the
 * reading view is an extension page, where a relative URL would point into the extension).
 * In-page links ("#note-1") stay as they are unless `fragments`: Readability counts them as a
 * third of a link in its link density, so resolving them before it runs changes what it keeps.
 */
export function absolutizeUrls(root: Document | Element, base: string, fragments = false): void {
  for (const el of root.querySelectorAll('[href], [src], [poster]')) {
    for (const name of ['href', 'src', 'poster']) {
      const v = el.getAttribute(name);
      if (v === null) continue;
      const abs = absolute(v, base, fragments);
      if (abs !== v) el.setAttribute(name, abs);
    }
  }
  for (const el of root.querySelectorAll('[srcset]')) {
    const v = el.getAttribute('srcset')!;
    const abs = v.replace(SRCSET_PART, (_, url: string, size?: string, sep?: string) => absolute(url, base, fragments) + (size ?? '') + (sep ?? ''));
    if (abs !== v) el.setAttribute('srcset', abs);
  }
}
