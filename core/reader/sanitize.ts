/**
 * The one gate between page HTML and the reading view: DOMPurify with a whitelist for article
 * content. Everything the reading view renders from the page goes through sanitizeArticle().
 * (The reading view is an extension page under the extension CSP as a second wall.)
 */
import createDOMPurify from 'dompurify';

/** Elements an article body may keep. No forms, frames, scripts, styles, SVG or MathML. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'article', 'header', 'footer',
];
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'datetime', 'lang', 'dir', 'cite', 'start', 'reversed', 'type', 'sizes'];
/** http(s) links and images only (plus inline raster images); no javascript:, data:text/html, blob:. */
const SAFE_URL = /^(?:https?:|data:image\/(?:png|gif|jpe?g|webp|avif);base64,)/i;

export function sanitizeArticle(html: string, win: Window): DocumentFragment {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    for (const attr of ['href', 'src', 'cite']) {
      const v = el.getAttribute(attr);
      if (v !== null && !SAFE_URL.test(v.trim())) el.removeAttribute(attr);
    }
    if (el.hasAttribute('srcset')) {
      const bad = (el.getAttribute('srcset') ?? '').split(',').some((part) => {
        const url = part.trim().split(/\s+/)[0] ?? '';
        return url !== '' && !SAFE_URL.test(url);
      });
      if (bad) el.removeAttribute('srcset');
    }
    if (el.localName === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
  });
  return purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
