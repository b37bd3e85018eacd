/**
 * Runs in the page's own world before any page script: hides a search-engine referrer from the
 * page, so injected scripts that redirect or cover the page only for visitors from Baidu, Sogou,
 * 360, Shenma, Bing or Google (SPAM-PATTERNS.md "Head and script hijacks") leave the visitor on
 * the article. Other referrers are untouched. Pure function in core/referrer.ts.
 */
import { defineContentScript } from '#imports';
import { isSearchEngineReferrer } from '../core/referrer';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  world: 'MAIN',
  allFrames: true,
  main() {
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'referrer');
    const get = desc?.get;
    if (!get) return;
    const real = get.call(document) as string;
    if (!isSearchEngineReferrer(real)) return;
    Object.defineProperty(Document.prototype, 'referrer', {
      ...desc,
      get(this: Document) {
        const r = get.call(this) as string;
        return isSearchEngineReferrer(r) ? '' : r;
      },
    });
  },
});
