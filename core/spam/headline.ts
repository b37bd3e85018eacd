import { scoreText, STUFFED_SCORE } from './vocab';

/** The headline the page declares in its metadata: og:title, or the ArticleTitle that government
 * sites built on TRS carry (their <h1> is often the site's banner). */
export const ogTitle = (doc: Document): string =>
  doc.querySelector('meta[property="og:title"], meta[name="og:title"], meta[name="ArticleTitle"]')?.getAttribute('content') ?? '';

/** Tunable: a title's first segment this long names a heading it is found within. */
const MIN_TITLE_LEAD = 8;

/** Whether `heading` is the headline the page's <title> was made from (all compacted): the title
 * starts with it, or the title's first segment (`lead`) is within it — a CMS's short title (the
 * <h1> says more), a forum's <h1> that prefixes the thread's type ([防骗提醒]). The cleaner's
 * title-hijack check and the reading view's headline finder both ask it. */
export const namesHeading = (title: string, lead: string, heading: string): boolean =>
  title.startsWith(heading) || (lead.length >= MIN_TITLE_LEAD && heading.includes(lead));

/** What the page says it is about: og:title, the <h1> and first <h2> (many sites put their own
 * name in the <h1>), and the <title> unless a hijack stuffed it. */
export function pageHeadline(doc: Document): string {
  const title = scoreText(doc.title).score < STUFFED_SCORE ? doc.title : '';
  return `${ogTitle(doc)} ${title} ${doc.querySelector('h1')?.textContent ?? ''} ${doc.querySelector('h2')?.textContent ?? ''}`;
}

/** A news headline or sentence (numbers with units, sentence punctuation), not a keyword title. */
export const HEADLINE = /[，。：；“”！？%]|\d+(?:\.\d+)?\s*(?:年|月|日|%|亿|万|元|名|家|期)/;
