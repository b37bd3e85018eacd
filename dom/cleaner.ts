/**
 * The cleaner on a live page: scan → mark, then again for what scripts add later.
 * Framework-free and browser-API-free, so it runs the same in Chromium and under jsdom.
 * A full scan of a huge page (100,000 links, 20 MB of text) goes in slices of SLICE_MS with the
 * page's own work in between (dom/frame.ts `sliced`); on every ordinary page it is done within
 * the first slice, at once.
 */
import type { PageReport } from '../core/spam/report';
import { scanSteps } from '../core/spam/scan';
import type { Finding } from '../core/spam/types';
import { sliced, type Sliced } from './frame';
import { ATTR, Marker } from './mark';
import { watch, type Batch, type Watcher } from './observer';

export const REVEAL_ATTR = 'data-qingdu-reveal';

export interface CleanerOptions {
  signal: AbortSignal;
  /** Called after every pass that changed the report. */
  onReport?: (report: PageReport) => void;
  /** The <title> as first parsed (dom/first-title.ts). */
  firstTitle?: () => string | null;
  /** Called once with the first error the cleaner hits; the page goes on. */
  onError?: (error: unknown) => void;
  /** How long a pass may hold the main thread before it goes on in a later task, ms (SLICE_MS;
   * Infinity: every pass at once). */
  sliceMs?: number;
}

/** What the cleaner's content script leaves on its isolated world's global for scripts the
 * extension runs there later (entrypoints/where.ts). */
export interface QingduWorld {
  qingduLocated?: () => Cleaner['located'];
}

export interface Cleaner {
  report(): PageReport;
  /** Per report item, the element marked and the one its path names (dom/mark.ts). */
  readonly located: readonly (readonly [Element, Element])[];
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
  let watcher: Watcher | null = null;

  const perf = doc.defaultView?.performance;
  let first = true;
  /** After a pass: report when it hid more, and after the first pass always (0 clears the badge). */
  const reported = (added: number) => {
    if (added || first) opts.onReport?.(report());
    first = false;
  };
  /** A pass: scan (maybe in slices), then mark. Returns nothing when done at once, or a promise
   * of the main-thread ms it took (the watcher's back-off counts them). */
  const pass = (roots?: Element[]): void | Promise<number> => {
    const t0 = perf?.now() ?? 0;
    const steps = scanSteps(doc, { roots, isHandled, firstTitle: opts.firstTitle?.() });
    const finish = ({ value: findings, ms }: Sliced<Finding[]>) => {
      const t1 = perf?.now() ?? 0;
      let added = 0;
      const write = () => (added = marker.apply(findings).length);
      const w = watcher as Watcher | null;
      if (findings.length && w) w.quietly(write);
      else if (findings.length) write();
      // One measure per pass, on the page's own timeline (`npm run bench` reads them): starts when
      // the pass did, lasts its main-thread time (its slices, not the page's work between them).
      const total = ms + (perf?.now() ?? 0) - t1;
      perf?.measure?.(roots ? 'qingdu:pass' : 'qingdu:first-pass', { start: t0, end: t0 + total });
      reported(added);
      return total;
    };
    const r = sliced(steps, controller.signal, opts.sliceMs);
    if (!(r instanceof Promise)) return void finish(r);
    return r.then(finish, (e: unknown) => {
      guard(() => {
        throw e;
      });
      reported(0);
      return 0;
    });
  };

  const onBatch = (b: Batch): void | Promise<number> => {
    let r: void | Promise<number> = undefined;
    guard(() => {
      // Every pass checks the title too (a page script may have put the hijacked one back).
      if (b.kind === 'rescan') r = pass();
      else if (b.roots.length) r = pass(b.roots);
      else if (b.title) r = pass([]);
    });
    return r;
  };

  // The watcher first: what the page adds while a sliced first pass goes on is scanned after it.
  guard(() => (watcher = watch(doc, onBatch, controller.signal)));
  if (watcher) (watcher as Watcher).rescanNow();
  else guard(() => void pass()); // no watcher (a sabotaged page): one pass, at least
  if (failed && first) reported(0); // a first pass that threw at once

  return {
    report,
    located: marker.located,
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
