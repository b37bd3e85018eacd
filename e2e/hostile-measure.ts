/**
 * Measures one hostile page's life in a tab (issue 6, Load): the renderer's main-thread time per
 * second of page life (CDP Performance.getMetrics TaskDuration, and ScriptDuration), the JS heap at
 * the end, the page-side heartbeat's longest gap (e2e/hostile-pages.ts), and the cleaner's own
 * passes from the page's performance timeline (dom/cleaner.ts). Run once with the extension and
 * once without, in the same run: the difference is what the extension costs.
 * Shared by e2e/load.e2e.test.ts (asserts boundedness only) and scripts/bench-hostile.ts (figures).
 */
import type { CDPSession, Page } from 'playwright-core';

export interface Life {
  /** Wall time measured, s. */
  seconds: number;
  /** Main-thread task time per second of page life, ms/s (all of the renderer's main thread). */
  taskMsPerS: number;
  /** Of which script (page's and extension's), ms/s. */
  scriptMsPerS: number;
  /** JSHeapUsedSize at the end after a GC, MB (the page's world and the content script's share one heap). */
  heapMB: number;
  /** Longest gap between the page's heartbeat ticks, ms: over the page's life, and after load. */
  maxGapMs: number;
  maxGapAfterLoadMs: number;
  /** …and after DOMContentLoaded (when the cleaner starts: its first pass, whether it ends before
   * or after the load event; without the extension, the page's own work from then on). */
  maxGapAfterDclMs: number;
  heartbeats: number;
  /** The cleaner's passes on the timeline: first pass, later passes' count and total, ms. */
  firstPassMs: number | null;
  passes: number;
  passesMs: number;
  /** Longest single pass, ms. */
  longestPassMs: number;
  marked: number;
}

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: ms } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(ms.map((m) => [m.name, m.value]));
}

/** Opens `url` in the tab (Performance domain on before the navigation), then lets the page live
 * `lifeMs` after its load event, and on until `until` is true in the page when given. */
export async function liveOnce(
  page: Page,
  url: string,
  opts: { lifeMs: number; until?: string; during?: (page: Page) => Promise<void> },
): Promise<Life> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Per second of life counts from the load event (parsing 20 MB is the page's own business).
  await page.evaluate(() => {
    const hb = (window as unknown as { __qdHeartbeat?: { mark: number } }).__qdHeartbeat;
    if (hb) hb.mark = performance.now();
  });
  const start = await metrics(cdp);
  const m0 = Date.now();
  if (opts.during) await opts.during(page);
  const rest = opts.lifeMs - (Date.now() - m0);
  if (rest > 0) await page.waitForTimeout(rest);
  if (opts.until) await page.waitForFunction(opts.until, undefined, { timeout: 60_000, polling: 200 });
  const end = await metrics(cdp);
  const seconds = (Date.now() - t0) / 1000;
  const sinceLoad = (Date.now() - m0) / 1000;
  const page_ = await page.evaluate(() => {
    const hb = (window as unknown as { __qdHeartbeat?: { maxGap: number; afterMark: number; ticks: number; long: [number, number][] } }).__qdHeartbeat;
    const dcl = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventStart ?? 0;
    // A full rescan (past MAX_QUEUED added nodes) is measured under the first pass's name.
    const [first, ...rescans] = performance.getEntriesByName('qingdu:first-pass', 'measure').map((e) => e.duration);
    const passes = [...rescans, ...performance.getEntriesByName('qingdu:pass', 'measure').map((e) => e.duration)];
    return {
      maxGap: hb?.maxGap ?? -1,
      afterLoad: hb?.afterMark ?? -1,
      // A gap that ends after DOMContentLoaded, counted from then.
      afterDcl: Math.max(0, ...(hb?.long ?? []).filter(([end]) => end > dcl).map(([end, gap]) => Math.min(gap, end - dcl))),
      ticks: hb?.ticks ?? 0,
      firstPass: first ?? null,
      passes,
      marked: document.querySelectorAll('[data-qingdu-spam]').length,
    };
  });
  await cdp.send('HeapProfiler.collectGarbage'); // after the heartbeat's read: a full GC is a pause
  const heap = (await metrics(cdp)).JSHeapUsedSize!;
  await cdp.detach();
  const task = (end.TaskDuration! - start.TaskDuration!) * 1000;
  const script = (end.ScriptDuration! - start.ScriptDuration!) * 1000;
  return {
    seconds,
    taskMsPerS: task / sinceLoad,
    scriptMsPerS: script / sinceLoad,
    heapMB: heap / 2 ** 20,
    maxGapMs: page_.maxGap,
    maxGapAfterLoadMs: page_.afterLoad,
    maxGapAfterDclMs: page_.afterDcl,
    heartbeats: page_.ticks,
    firstPassMs: page_.firstPass,
    passes: page_.passes.length,
    passesMs: page_.passes.reduce((a, b) => a + b, 0),
    longestPassMs: Math.max(0, ...page_.passes),
    marked: page_.marked,
  };
}
