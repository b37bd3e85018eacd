/** Thin wiring: settings + messages around dom/cleaner.ts (all logic lives in core/ and dom/). */
import { browser, defineContentScript } from '#imports';
import { isToTab, type TabState, type ToBackground } from '../../core/messages';
import { DEFAULT_SITE, SETTINGS_KEY, readSite } from '../../core/settings';
import { startCleaner, type Cleaner, type QingduWorld } from '../../dom/cleaner';
import { captureFirstTitle } from '../../dom/first-title';
import { loadSite } from '../../ext/settings';
import './hide.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  // document_start: the stylesheet applies before first paint and the title is seen as parsed;
  // the scan itself waits for the DOM.
  runAt: 'document_start',
  cssInjectionMode: 'manifest',
  // WXT tells an older copy of this script (after an update) that a new one started by a DOM event
  // and, unless this is set, by a window.postMessage too, which every page script would receive.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const firstTitle = captureFirstTitle(document, ctx.signal);
    if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    // XML and SVG (Chromium shows an unstyled XML file as an HTML tree of its source: not a page),
    // framesets, no body. XHTML goes on.
    if (document.body?.localName !== 'body' || !/html/.test(document.contentType)) return;
    const host = location.hostname;
    let cleaner: Cleaner | null = null;
    let reveal = false;
    let cleanupOn = false;

    /** What the badge shows: a count is sent only when it differs. The badge starts empty (the
     * browser clears a tab's badge as it loads a page), so a clean page sends nothing and does not
     * wake the worker for nothing. */
    let shown = 0;
    const sendCount = (count: number) => {
      if (count === shown) return;
      shown = count;
      const msg: ToBackground = { type: 'qingdu:report', count };
      browser.runtime.sendMessage(msg).catch(() => undefined); // the worker may be restarting
    };
    const setCleanup = (on: boolean) => {
      if (on === cleanupOn) return;
      cleanupOn = on;
      if (on) {
        cleaner = startCleaner(document, {
          signal: ctx.signal,
          firstTitle,
          onReport: (r) => sendCount(r.count),
          onError: (e) => console.warn('[Qingdu] cleaner stopped', e),
        });
        cleaner.setReveal(reveal);
      } else {
        cleaner?.undo();
        cleaner = null;
        sendCount(0);
      }
    };
    // For the evidence export's places (entrypoints/where.ts, run in this script's world on demand).
    (globalThis as QingduWorld).qingduLocated = () => cleaner?.located ?? [];
    const state = (): TabState => ({
      host,
      cleanup: cleanupOn,
      reveal,
      report: cleaner?.report() ?? { url: location.href, count: 0, items: [] },
    });

    const onMessage = (msg: unknown, _sender: unknown, sendResponse: (r: TabState) => void) => {
      if (!isToTab(msg)) return;
      if (msg.type === 'qingdu:set-reveal') {
        reveal = msg.on;
        cleaner?.setReveal(reveal);
      } else if (msg.type === 'qingdu:set-cleanup') setCleanup(msg.on);
      sendResponse(state());
    };
    browser.runtime.onMessage.addListener(onMessage);

    // Another tab (or the popup) changed this site's setting.
    const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area !== 'local' || !change) return;
      setCleanup(readSite(change.newValue, host).cleanup);
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });

    const site = await loadSite(host).catch(() => DEFAULT_SITE);
    if (ctx.isInvalid) return;
    if (site.cleanup) setCleanup(true);
    else sendCount(0);
    // "Open the reading view by itself on this site" — but not when the reader's Back brought us
    // here, or Back would never get past the reading view.
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (site.reader && nav?.type !== 'back_forward') {
      const msg: ToBackground = { type: 'qingdu:auto-reader' };
      browser.runtime.sendMessage(msg).catch(() => undefined);
    }
  },
});
