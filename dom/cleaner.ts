/**
 * The cleaner on a live page: scan → mark, then again for what scripts add later.
 * Framework-free and browser-API-free, so it runs the same in Chromium and under jsdom.
 */
import type { PageReport } from '../core/spam/report';
import { scan } from '../core/spam/scan';
import { ATTR, Marker } from './mark';
import { watch, type Batch } from './observer';

export const REVEAL_ATTR = 'data-qingdu-reveal';

export interface CleanerOptions {
  signal: AbortSignal;
  /** Called after every pass that changed the report. */
  onReport?: (report: PageReport) => void;
  /** The <title> as first parsed (dom/first-title.ts). */
  firstTitle?: () => string | null;
  /** Called once with the first error the cleaner hits; the page goes on. */
  onError?: (error: unknown) => void;
}

export interface Cleaner {
  report(): PageReport;
  setReveal(on: boolean): void;
  /** Stops watching and restores the page exactly (cleanup turned off). */
  undo(): void;
}

export function startCleaner(doc: Document, opts: CleanerOptions): Cleaner {
  const marker = new Marker(doc);
  const isHandled = (el: Element) => el.closest(`[${ATTR}]`) !== null;
  let failed = false;
  const report = (): PageReport => ({ url: doc.location?.href ?? '', count: marker.count, items: [...marker.items] });
  const guard = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (!failed) opts.onError?.(e);
      failed = true;
    }
  };

  const controller = new AbortController();
  opts.signal.addEventListener('abort', () => controller.abort());
  let watcher: ReturnType<typeof watch> | null = null;

  const perf = doc.defaultView?.performance;
  const pass = (roots?: Element[]) => {
    const t0 = perf?.now() ?? 0;
    const findings = scan(doc, { roots, isHandled, firstTitle: opts.firstTitle?.() });
    // One measure per pass, on the page's own timeline: `npm run bench` reads them.
    const measure = () => perf?.measure?.(roots ? 'qingdu:pass' : 'qingdu:first-pass', { start: t0, end: perf.now() });
    if (findings.length === 0) return void measure();
    let added = 0;
    const write = () => (added = marker.apply(findings).length);
    if (watcher) watcher.quietly(write);
    else write();
    measure();
    if (added) opts.onReport?.(report());
  };

  const onBatch = (b: Batch) =>
    guard(() => {
      // Every pass checks the title too (a page script may have put the hijacked one back).
      if (b.kind === 'rescan') pass();
      else if (b.roots.length) pass(b.roots);
      else if (b.title) pass([]);
    });

  guard(() => pass());
  opts.onReport?.(report());
  guard(() => (watcher = watch(doc, onBatch, controller.signal)));

  return {
    report,
    setReveal(on) {
      doc.documentElement.toggleAttribute(REVEAL_ATTR, on);
    },
    undo() {
      controller.abort();
      doc.documentElement.removeAttribute(REVEAL_ATTR);
      marker.undo();
      opts.onReport?.(report());
    },
  };
}
