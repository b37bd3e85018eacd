import { scoreText } from './vocab';

/** Tunable: a <title> scoring this much is a stuffed one (see title-hijack), not the headline. */
const STUFFED_TITLE = 5;

/** What the page says it is about: og:title, the <h1> and first <h2> (many sites put their own
 * name in the <h1>), and the <title> unless a hijack stuffed it. */
export function pageHeadline(doc: Document): string {
  const og = doc.querySelector('meta[property="og:title"], meta[name="og:title"]')?.getAttribute('content') ?? '';
  const title = scoreText(doc.title).score < STUFFED_TITLE ? doc.title : '';
  return `${og} ${title} ${doc.querySelector('h1')?.textContent ?? ''} ${doc.querySelector('h2')?.textContent ?? ''}`;
}

/** A news headline or sentence (numbers with units, sentence punctuation), not a keyword title. */
export const HEADLINE = /[，。：；“”！？%]|\d+(?:\.\d+)?\s*(?:年|月|日|%|亿|万|元|名|家|期)/;
