/**
 * Watches the page for nodes that scripts add later (script-written link farms). The
 * MutationObserver callback only queues; one flush per animation frame (or a short timeout in a
 * background tab, where frames don't run); past MAX_QUEUED added nodes, one full rescan instead
 * (uBlock contentscript.js observerHandler; Dark Reader createOptimizedTreeObserver). A batch's
 * work may go on in slices (onBatch returns a promise): what is added meanwhile waits for the next.
 * Text changes are watched in the <title> only (a script putting the hijacked title back): a page
 * rewriting its text elsewhere — a ticker, or the page converter's thousands of nodes — hands the
 * cleaner no record at all.
 */

import { perFrame } from './frame';

const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Tunable: beyond this many queued nodes a full rescan is cheaper than per-node work. */
const MAX_QUEUED = 1000;

export type Batch = { kind: 'nodes'; roots: Element[]; title: boolean } | { kind: 'rescan'; title: boolean };

export interface Watcher {
  /** Runs `write` with this watcher's own mutations ignored. */
  quietly(write: () => void): void;
  /** A full scan now (the first pass), or right after the batch in progress. */
  rescanNow(): void;
}

export function watch(doc: Document, onBatch: (b: Batch) => void | Promise<number>, signal: AbortSignal): Watcher {
  const win = doc.defaultView!;
  let queued = new Set<Element>();
  let overflow = false;
  let title = false;

  // Never runs after `signal`: perFrame drops the pending run.
  const flush = () => {
    watchTitle(); // the page may have put in another <title> since
    const batch: Batch = overflow ? { kind: 'rescan', title } : { kind: 'nodes', roots: topmost([...queued]), title };
    queued = new Set();
    overflow = title = false;
    return onBatch(batch);
  };
  const schedule = perFrame(win, flush, signal);
  const take = (records: MutationRecord[]) => {
    for (const r of records) {
      const target = r.target as Node;
      if (target.nodeName === 'TITLE' || target.parentNode?.nodeName === 'TITLE') {
        title = true;
        continue;
      }
      if (overflow) continue;
      for (const n of r.addedNodes) {
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el || !el.isConnected) continue;
        queued.add(el);
        if (queued.size > MAX_QUEUED) {
          overflow = true;
          queued.clear();
          break;
        }
      }
    }
    if (overflow || queued.size || title) schedule();
  };
  const observer = new win.MutationObserver(take);
  /** Any text change in the document's title element (its first HTML <title>). */
  const titleChanged = () => {
    title = true;
    schedule();
  };
  const titleObserver = new win.MutationObserver(titleChanged);
  let watchedTitle: Element | null = null;
  const watchTitle = () => {
    let el: Element | null = null;
    for (const t of doc.getElementsByTagName('title')) {
      if (t.namespaceURI === HTML_NS) {
        el = t;
        break;
      }
    }
    if (el === watchedTitle) return;
    titleObserver.disconnect();
    watchedTitle = el;
    if (el) titleObserver.observe(el, { characterData: true, subtree: true });
  };
  const start = () => {
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    watchedTitle = null;
    watchTitle();
  };
  const stop = () => {
    if (titleObserver.takeRecords().length) titleChanged();
    take(observer.takeRecords());
    observer.disconnect();
    titleObserver.disconnect();
  };
  start();
  signal.addEventListener('abort', () => {
    observer.disconnect();
    titleObserver.disconnect();
  });
  return {
    rescanNow() {
      overflow = true;
      queued.clear();
      schedule(true);
    },
    quietly(write) {
      stop();
      try {
        write();
      } finally {
        if (!signal.aborted) start();
      }
    },
  };
}

/** Drops queued elements that sit inside other queued elements. */
function topmost(els: Element[]): Element[] {
  const set = new Set(els);
  return els.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return el.isConnected;
  });
}
