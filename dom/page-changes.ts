/**
 * Whether a page changed since its article was extracted ahead of the click (core/reader/prepared.ts):
 * the extractor (entrypoints/extract.ts) starts a watch in the tab's isolated world; the background
 * later asks, with a tiny injected function, whether anything moved. Any change to the document
 * counts — nodes, text, attributes (the cleaner's marks, the converter's text, a lazy image) — since
 * any of them could change what Readability takes. A new document (navigation) has no watch, and
 * reads as changed.
 */

/** The isolated world's global the watch lives under (also read by ext/tab-actions.ts). */
export const PAGE_WATCH_KEY = 'qingduPageWatch';

export interface PageWatch {
  changed: boolean;
  observer: MutationObserver;
}

type Holder = Record<string, PageWatch | undefined>;

/** Tunable: how long a watch lives (core/reader/prepared.ts keeps an extraction no longer); then it
 * stops observing the page, reads as changed, and the next extraction starts a new one. */
export const WATCH_LIFE_MS = 30_000;

/** Starts watching `doc` (once per world, for WATCH_LIFE_MS) and returns the watch; `settle` after
 * extracting. */
export function watchPage(doc: Document, holder: object = globalThis, lifeMs = WATCH_LIFE_MS): PageWatch {
  const h = holder as Holder;
  let watch = h[PAGE_WATCH_KEY];
  if (!watch) {
    const w: PageWatch = {
      changed: true,
      observer: new MutationObserver(() => {
        w.changed = true;
      }),
    };
    w.observer.observe(doc, { subtree: true, childList: true, characterData: true, attributes: true });
    h[PAGE_WATCH_KEY] = watch = w;
    setTimeout(() => {
      w.observer.disconnect();
      w.changed = true;
      if (h[PAGE_WATCH_KEY] === w) delete h[PAGE_WATCH_KEY];
    }, lifeMs);
  }
  return watch;
}

/** The extraction has just read the page: what it saw is the new "unchanged". */
export function settle(watch: PageWatch): void {
  watch.observer.takeRecords();
  watch.changed = false;
}

/** Injected by the background (so self-contained): true unless a watch says nothing changed. */
export function pageChangedIn(key: string): boolean {
  const w = (globalThis as unknown as Record<string, { changed?: unknown } | undefined>)[key];
  return w?.changed !== false;
}
