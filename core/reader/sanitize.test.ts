/**
 * The sanitizer against the XSS vectors of tests/reader-fixtures/xss (OWASP's filter evasion cheat
 * sheet, PortSwigger's cheat sheet, DOMPurify's tests and past bypasses): each vector alone, the
 * output sanitized again and parsed again (mutation XSS), and the whole page extracted then
 * sanitized. What comes out holds article elements only, no handler, no style, and no URL that is
 * not http(s) (or an inline raster image).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, norm, READER_FIXTURES, readerFixtures } from '../../tests/reader-fixtures/load';
import { extractArticle } from './extract';
import { sanitizeArticle } from './sanitize';

const XSS = fs.readFileSync(path.join(READER_FIXTURES, 'xss/source.html'), 'utf8');
const xssCase = readerFixtures().find((f) => f.name === 'xss')!;

/** The vectors, as raw source text: what follows each `<!-- vector N: … -->` comment. */
function vectors(): { name: string; html: string }[] {
  const start = XSS.indexOf('<!-- vector 1:');
  const end = XSS.indexOf('<!-- end of vectors -->');
  return XSS.slice(start, end)
    .split(/(?=<!-- vector \d+:)/)
    .map((chunk) => {
      const m = /^<!-- (vector \d+: .*?) -->\n?([\s\S]*)$/.exec(chunk)!;
      return { name: m[1]!, html: m[2]!.trim() };
    });
}

/** The elements an article may keep (sanitize.ts ALLOWED_TAGS). */
const ALLOWED = new Set(
  'a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p picture pre q rp rt ruby s samp section small source span strong sub summary sup table tbody td tfoot th thead time tr u ul var article header footer'.split(' '),
);
const ALLOWED_ATTRS = new Set('href src srcset alt title width height colspan rowspan scope headers datetime lang dir cite start reversed type sizes target rel referrerpolicy'.split(' '));
const HTTP = /^https?:\/\//i;
const RASTER = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);base64,/i;
/** javascript:, however it is spelled once the browser has stripped what it strips. */
const SCRIPT_URL = /(?:java|vb|live)script:|data:text\/html/i;

function problems(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const where = `<${el.localName}>`;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`${where} in namespace ${el.namespaceURI}`);
    if (!ALLOWED.has(el.localName)) out.push(`${where} is not an article element`);
    for (const attr of el.attributes) {
      const v = attr.value.replace(/[\u0000-\u0020]/g, '');
      if (!ALLOWED_ATTRS.has(attr.name)) out.push(`${where} keeps ${attr.name}`);
      if (/^on/i.test(attr.name)) out.push(`${where} has handler ${attr.name}`);
      if (!HTTP.test(v) && SCRIPT_URL.test(v)) out.push(`${where} ${attr.name}="${attr.value}"`);
    }
    for (const name of ['href', 'cite']) {
      const v = el.getAttribute(name);
      if (v !== null && !HTTP.test(v)) out.push(`${where} ${name}="${v}"`);
    }
    const src = el.getAttribute('src');
    if (src !== null && !HTTP.test(src) && !RASTER.test(src)) out.push(`${where} src="${src}"`);
    const srcset = el.getAttribute('srcset');
    if (srcset !== null && srcset.split(/,\s+/).some((c) => !HTTP.test(c.trim()))) out.push(`${where} srcset="${srcset}"`);
  }
  return out;
}

const serialize = (f: DocumentFragment): string => {
  const div = document.createElement('div');
  div.append(f.cloneNode(true));
  return div.innerHTML;
};

describe('sanitizeArticle against the XSS fixture', () => {
  const list = vectors();

  it('reads 100+ vectors from the fixture, each named', () => {
    expect(list.length).toBeGreaterThanOrEqual(100);
    expect(new Set(list.map((v) => v.name)).size).toBe(list.length);
  });

  for (const v of list) {
    it(v.name, () => {
      const out = sanitizeArticle(v.html, window);
      expect(problems(out)).toEqual([]);
      // Mutation XSS: the output, parsed again (as innerHTML would) or sanitized again, is stable.
      const html = serialize(out);
      const reparsed = document.createElement('div');
      reparsed.innerHTML = html;
      expect(problems(reparsed)).toEqual([]);
      expect(serialize(sanitizeArticle(html, window))).toBe(html);
    });
  }

  it('the extracted page, sanitized, keeps the article and none of the vectors', () => {
    const dom = load(XSS, xssCase.expected.url);
    const r = extractArticle(dom.window.document);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const out = sanitizeArticle(r.article.contentHtml, window);
    expect(problems(out)).toEqual([]);
    for (const tag of ['script', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'meta', 'base', 'style', 'link', 'template', 'noscript']) {
      expect(out.querySelector(tag), tag).toBeNull();
    }
    const all = [...out.querySelectorAll('*')];
    expect(all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) || a.name === 'style'))).toEqual([]);
    const text = norm(out.textContent);
    for (const s of xssCase.expected.mustInclude ?? []) expect(text).toContain(s);
    expect(text).toContain(xssCase.expected.firstSentence!);
    dom.window.close();
  });
});

describe('sanitizeArticle rules', () => {
  const html = (s: string) => serialize(sanitizeArticle(s, window));

  it('keeps article markup, tables and figures', () => {
    const src = '<h2>小标题</h2><p>正文<strong>加粗</strong></p><figure><img src="https://a.cn/x.jpg" alt="图"><figcaption>图注</figcaption></figure><table><tbody><tr><td colspan="2">单元格</td></tr></tbody></table>';
    const out = sanitizeArticle(src, window);
    expect(out.querySelector('h2')?.textContent).toBe('小标题');
    expect(out.querySelector('figcaption')?.textContent).toBe('图注');
    expect(out.querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(out.querySelector('img')?.getAttribute('src')).toBe('https://a.cn/x.jpg');
  });

  it('opens links in a new tab without opener or referrer, and loads images without a referrer', () => {
    const out = sanitizeArticle('<a href="https://a.cn/" target="_self" rel="opener">链接</a><img src="https://a.cn/x.jpg">', window);
    expect(out.querySelector('a')?.getAttribute('target')).toBe('_blank');
    expect(out.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(out.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('allows inline raster images in src only, never SVG, never in links', () => {
    expect(html('<img src="data:image/png;base64,iVBORw0KGgo=">')).toContain('src="data:image/png;base64,iVBORw0KGgo="');
    expect(html('<img src="data:image/svg+xml;base64,PHN2Zz4=">')).not.toContain('src=');
    expect(html('<a href="data:image/png;base64,iVBORw0KGgo=">x</a>')).not.toContain('href=');
  });

  it('drops relative, protocol-less and non-http URLs (extraction made every real one absolute)', () => {
    expect(html('<a href="/a.html">x</a>')).not.toContain('href=');
    expect(html('<a href="#top">x</a>')).not.toContain('href=');
    expect(html('<a href="mailto:a@b.cn">x</a>')).not.toContain('href=');
    expect(html('<img src="ftp://a.cn/x.jpg">')).not.toContain('src=');
  });

  it('keeps a srcset only when every candidate is an http(s) URL', () => {
    expect(html('<img src="https://a.cn/1.jpg" srcset="https://a.cn/1.jpg 1x, https://a.cn/2.jpg 2x">')).toContain('srcset="https://a.cn/1.jpg 1x, https://a.cn/2.jpg 2x"');
    expect(html('<img src="https://a.cn/1.jpg" srcset="https://a.cn/1.jpg 1x, javascript:alert(1) 2x">')).not.toContain('srcset');
    expect(html('<img src="https://a.cn/1.jpg" srcset="data:image/png;base64,AAAA 1x">')).not.toContain('srcset');
  });

  it('fails closed where DOMPurify cannot work', () => {
    expect(() => sanitizeArticle('<p>x</p>', {} as Window)).toThrow();
  });
});
