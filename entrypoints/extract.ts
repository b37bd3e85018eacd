/**
 * The reading view's extractor, injected into a tab when the reading view is opened, or ahead of
 * that when the popup opens (ext/tab-actions.ts openReader, prepareReader): Readability is large and
 * stays out of the content script that runs on every page. Its return value (an Extraction: plain
 * data) is executeScript's result. Runs after the cleaner, so spam is already marked;
 * extractArticle works on a clone. It leaves a watch on the page, so that an extraction made ahead
 * is only used while the page has not changed since (dom/page-changes.ts).
 */
import { defineUnlistedScript } from '#imports';
import type { Extraction } from '../core/reader/model';
import { extractArticle } from '../core/reader/extract';
import { settle, watchPage } from '../dom/page-changes';
import { t } from '../ext/i18n';

export default defineUnlistedScript((): Extraction => {
  // On the page's timeline: e2e/reader-flow counts the extractions (one when the popup's early one is used).
  performance.mark('qingdu:extract');
  const watch = watchPage(document);
  try {
    return extractArticle(document, { t });
  } catch (e) {
    return { ok: false, reason: 'error', url: location.href, title: document.title, message: t('extractError', String(e).slice(0, 200)) };
  } finally {
    settle(watch);
  }
});
