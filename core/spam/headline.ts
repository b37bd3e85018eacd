import { scoreText, STUFFED_SCORE } from './vocab';

/** The headline the page declares in its metadata: og:title, or the ArticleTitle that government
 * sites built on TRS carry (their <h1> is often the site's banner). */
export const ogTitle = (doc: Document): string =>
  doc.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';

/** What the page says it is about: og:title, the <h1> and first <h2> (many sites put their own
 * name in the <h1>), and the <title> unless a hijack stuffed it. */
export function pageHeadline(doc: Document): string {
  const title = scoreText(doc.title).score < STUFFED_SCORE ? doc.title : '';
  return `${ogTitle(doc)} ${title} ${doc.querySelector('h1')?.textContent ?? ''} ${doc.querySelector('h2')?.textContent ?? ''}`;
}

/** A news headline or sentence (numbers with units, sentence punctuation), not a keyword title. */
export const HEADLINE = /[，。：；“”！？%]|\d+(?:\.\d+)?\s*(?:年|月|日|%|亿|万|元|名|家|期)/;
