/**
 * The one gate between page HTML and the reading view: DOMPurify with a whitelist for article
 * content. Everything the reading view renders from the page goes through sanitizeArticle().
 * (The reading view is an extension page under the extension CSP as a second wall.)
 *
 * Whitelists, not blacklists: an element or attribute not named here is dropped, so a vector
 * nobody has thought of yet (OWASP's and PortSwigger's cheat sheets grow every year) meets the
 * same wall. The checks after DOMPurify's own are deliberately redundant with it.
 */
import createDOMPurify from 'dompurify';

/** Elements an article body may keep. No forms, frames, scripts, styles, SVG or MathML. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark',
  'ol', 'p', 'picture', 'pre', 'q', 'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'source', 'span', 'strong', 'sub',
  'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'article', 'header', 'footer',
];
/** Attributes an article element may keep: no id/name (DOM clobbering), no style (CSS
 * expression(), url(javascript:), overlays), no on* handlers, no data-* or aria-*. */
const ALLOWED_ATTR = ['href', 'src', 'srcset', 'alt', 'title', 'width', 'height', 'colspan', 'rowspan', 'scope', 'headers', 'datetime', 'lang', 'dir', 'cite', 'start', 'reversed', 'type', 'sizes'];
/** Named again as forbidden, in case a future ALLOWED_* edit lets one through by accident. */
const FORBID_TAGS = ['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'form', 'input', 'button', 'select', 'textarea', 'template', 'noscript', 'xmp', 'plaintext', 'noembed', 'noframes', 'portal', 'video', 'audio', 'track'];
const FORBID_ATTR = ['style', 'srcdoc', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'ping', 'dynsrc', 'lowsrc', 'id', 'name', 'form', 'is', 'slot'];
/** Links and citations: http(s) only (no javascript:, vbscript:, data:, blob:, file:). */
const SAFE_LINK = /^https?:\/\//i;
/** Images: http(s), or an inline raster image (never data:image/svg+xml, which can script). */
const SAFE_IMAGE = /^(?:https?:\/\/|data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,[a-z0-9+/=\s]*$)/i;
/** One srcset candidate: a URL (which may itself hold commas when it is a data: URL) and an
 * optional width/density descriptor. */
const SRCSET_CANDIDATE = /\s*(\S+)(?:\s+[\d.]+[wx])?\s*(?:,|$)/gy;

type Purifier = ReturnType<typeof createDOMPurify>;
/** One configured instance per window: hooks are added once, not on every call. */
const instances = new WeakMap<Window, Purifier>();

function srcsetIsSafe(value: string): boolean {
  SRCSET_CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let any = false;
  while (SRCSET_CANDIDATE.lastIndex < value.length && (m = SRCSET_CANDIDATE.exec(value))) {
    if (m[0] === '') break;
    any = true;
    // A data: URL's commas split it into pieces that are no URLs: refused as a whole.
    if (!SAFE_IMAGE.test(m[1]!) || /^data:/i.test(m[1]!)) return false;
  }
  return any && SRCSET_CANDIDATE.lastIndex >= value.length;
}

function purifierFor(win: Window): Purifier {
  const cached = instances.get(win);
  if (cached) return cached;
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  // Fail closed: an unsupported environment would hand the input back unsanitized.
  if (!purify.isSupported) throw new Error('DOMPurify is not supported in this window');
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (/^on/i.test(data.attrName)) data.keepAttr = false;
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (el.nodeType !== 1) return;
    for (const attr of [...el.attributes]) {
      if (/^on/i.test(attr.name) || attr.name.includes(':')) el.removeAttribute(attr.name);
    }
    for (const attr of ['href', 'cite']) {
      const v = el.getAttribute(attr);
      if (v !== null && !SAFE_LINK.test(v.trim())) el.removeAttribute(attr);
    }
    const src = el.getAttribute('src');
    if (src !== null && !(SAFE_IMAGE.test(src.trim()) && (el.localName === 'img' || el.localName === 'source'))) el.removeAttribute('src');
    const srcset = el.getAttribute('srcset');
    if (srcset !== null && !srcsetIsSafe(srcset)) el.removeAttribute('srcset');
    if (el.localName === 'a' && el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    // Hotlink protection on Chinese news sites refuses foreign referrers but lets an empty one
    // through; and the page's server learns nothing of the extension.
    if (el.localName === 'img') el.setAttribute('referrerpolicy', 'no-referrer');
  });
  instances.set(win, purify);
  return purify;
}

export function sanitizeArticle(html: string, win: Window): DocumentFragment {
  const purify = purifierFor(win);
  const out = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel', 'referrerpolicy'],
    FORBID_TAGS,
    FORBID_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    SAFE_FOR_TEMPLATES: false,
    WHOLE_DOCUMENT: false,
    RETURN_DOM_FRAGMENT: true,
  });
  // Nothing left (a <frameset> page has no body to keep): an empty fragment.
  if (!out) return win.document.createDocumentFragment();
  // DOMPurify hands the input string back when it cannot work; never pass that on.
  if (typeof out !== 'object' || out.nodeType !== 11) throw new Error('sanitizer did not return a fragment');
  return out;
}
