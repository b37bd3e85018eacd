/** Collects what a page reports going wrong (issue 6, Page safety): uncaught errors in the page
 * (`pageerror`), and console errors and warnings from the extension (its isolated world logs under
 * the page too: Chromium reports every world's console to the tab). */
import type { Page } from 'playwright-core';

export interface PageErrors {
  /** Uncaught errors of the page's own scripts. */
  page: string[];
  /** Console errors/warnings in the extension's own format ('[Qingdu] …') or from its files. */
  extension: string[];
}

export function collectErrors(page: Page): PageErrors {
  const out: PageErrors = { page: [], extension: [] };
  page.on('pageerror', (e) => out.page.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error' && m.type() !== 'warning') return;
    // (A page's request for chrome-extension://invalid/ — what Chromium makes of an extension URL
    // the page may not load — fails with the resource's URL as the message's location: the page's.)
    const at = m.location().url;
    if (m.text().includes('[Qingdu]') || (at.startsWith('chrome-extension://') && !at.startsWith('chrome-extension://invalid/'))) out.extension.push(`${m.type()}: ${m.text()}`);
  });
  return out;
}
