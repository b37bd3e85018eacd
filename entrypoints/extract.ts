/**
 * The reading view's extractor, injected into a tab only when the reading view is opened
 * (ext/tab-actions.ts openReader): Readability is large and stays out of the content script that
 * runs on every page. Its return value (an Extraction: plain data) is executeScript's result.
 * Runs after the cleaner, so spam is already marked; extractArticle works on a clone.
 */
import { defineUnlistedScript } from '#imports';
import type { Extraction } from '../core/reader/model';
import { extractArticle } from '../core/reader/extract';
import { t } from '../ext/i18n';

export default defineUnlistedScript((): Extraction => {
  try {
    return extractArticle(document, { t });
  } catch (e) {
    return { ok: false, reason: 'error', url: location.href, title: document.title, message: t('extractError', String(e).slice(0, 200)) };
  }
});
