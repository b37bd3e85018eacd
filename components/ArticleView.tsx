/**
 * The article: header (site, headline, 来源, byline, date, reading time, link to the original) and
 * the body. The body HTML is untrusted page content: it goes through sanitizeArticle() (DOMPurify)
 * and is appended as nodes into the one <article>; it is never set as markup.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Article } from '../core/reader/model';
import { readingTimeLabel } from '../core/reader/reading-time';
import { sanitizeArticle } from '../core/reader/sanitize';
import { useT } from './i18n';

/** Only web pages are linked back to (the URL comes from the tab, but a link is still a link). */
export const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/** Blank text at a paragraph's start: sites indent by hand with full-width or no-break spaces
 * (two U+3000 ideographic spaces are the commonest), which would double the stylesheet's optional indent. */
const LEADING_BLANK = /^[\s\u200b]+/;
const VISIBLE_CHAR = /[^\s\u200b]/;
/** Table cells up to this many characters do not wrap ("2024年10月", "纺织厂宿舍"): broken over two
 * lines on a phone they read as two values; the table scrolls sideways instead. */
const SHORT_CELL_CHARS = 12;
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Cleans what sanitizing leaves for display: the page keeps one <h1> (a body <h1> that repeats the
 * headline goes, any other becomes <h2>); hand-made paragraph indents and empty spacer paragraphs
 * go; images without a usable source go (no broken-image boxes); tables get a scrolling wrapper
 * and their short cells stay on one line.
 */
export function prepareBody(root: DocumentFragment | Element, title: string): void {
  const doc = root.ownerDocument ?? document;
  for (const h1 of [...root.querySelectorAll('h1')]) {
    if (squash(h1.textContent ?? '') === squash(title)) {
      h1.remove();
      continue;
    }
    const h2 = doc.createElement('h2');
    h2.append(...h1.childNodes);
    h1.replaceWith(h2);
  }
  for (const img of [...root.querySelectorAll('img')]) {
    if (!img.getAttribute('src') && !img.getAttribute('srcset')) img.remove();
    else {
      img.setAttribute('loading', 'lazy');
      img.setAttribute('decoding', 'async');
    }
  }
  for (const p of [...root.querySelectorAll('p')]) {
    const walker = doc.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
    for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
      const rest = t.data.replace(LEADING_BLANK, '');
      if (rest !== t.data) t.data = rest;
      if (rest) break;
    }
    if (!VISIBLE_CHAR.test(p.textContent ?? '') && !p.querySelector('img, picture, video, table')) p.remove();
  }
  for (const table of [...root.querySelectorAll('table')]) {
    const wrap = doc.createElement('div');
    wrap.className = 'table-scroll';
    table.replaceWith(wrap);
    wrap.append(table);
  }
  for (const cell of [...root.querySelectorAll('td, th')]) {
    if ((cell.textContent ?? '').trim().length <= SHORT_CELL_CHARS) cell.classList.add('short');
  }
}

export interface ArticleViewProps {
  article: Article;
  /** The effective language of the article (components/article-lang.ts). */
  lang: string;
}

export function ArticleView({ article, lang }: ArticleViewProps) {
  const t = useT();
  const body = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const el = body.current;
    if (!el) return;
    const fragment = sanitizeArticle(article.contentHtml, window);
    prepareBody(fragment, article.title);
    el.replaceChildren(fragment);
  }, [article.contentHtml, article.title]);

  const site = article.siteName?.trim();
  const source = article.source?.trim();
  const readingTime = readingTimeLabel(article.readingUnits, t);
  const link = isWebUrl(article.url) ? article.url : undefined;
  return (
    <main class="reader">
      <header class="article-head" lang={lang}>
        {site && <p class="site-name">{site}</p>}
        <h1 class="title" dir={article.dir}>{article.title}</h1>
        <p class="meta">
          {source && source !== site && <span class="source">{t('articleSource', source)}</span>}
          {article.byline && <span class="byline">{article.byline}</span>}
          {article.published && <span class="published">{article.published}</span>}
          {readingTime && <span class="reading-time">{readingTime}</span>}
          {link && (
            <a class="original no-print" href={link} rel="noreferrer">
              {t('articleOriginal')}
            </a>
          )}
        </p>
      </header>
      <article ref={body} class="article-body" lang={lang} dir={article.dir} />
      {link && (
        <footer class="article-foot">
          {t('articleOriginalLink')}{' '}
          <a href={link} rel="noreferrer">
            {link}
          </a>
        </footer>
      )}
    </main>
  );
}
