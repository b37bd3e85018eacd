/**
 * Dev loop for the cleaner's speed on a busy machine: two builds of the extension side by side,
 * each in its own Chromium, their loads interleaved (A, B, B, A…) so that a slow moment of the
 * machine falls on both. Reads the first pass as `npm run bench` does (qingdu:first-pass), with
 * round-robin loads: every load is of another site than the one before (a new renderer, the
 * content script not compiled yet).
 *   QINGDU_OUT=.output-base npx wxt build   (the build to compare against, e.g. from a worktree)
 *   npx tsx scripts/ab-cleaner.ts .output-base/chrome-mv3 .output/chrome-mv3 [fixtures|corpus|all] [runs]
 * Prints, per set, the median over pages of each build's per-page median, and the median and
 * geometric mean over pages of the ratio B / A. With THREAD=1, the same for the renderer main
 * thread's whole CPU time up to the load event + 150 ms (CDP Performance.getMetrics ThreadTime;
 * every load starts a new renderer process, so it counts from the process's start): parsing,
 * layout, the page's scripts and all of the content script (its compiling included), which the
 * first pass alone does not show.
 */
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { corpusPages, loadFixtures } from '../e2e/fixtures';
import { ROOT, launch, type Harness } from '../e2e/harness';
import { generatedPages } from './bench-pages';
import { median, pct } from './stats';

const [dirA, dirB] = [process.argv[2], process.argv[3]].map((d) => d && path.resolve(ROOT, d));
if (!dirA || !dirB) {
  console.error('usage: npx tsx scripts/ab-cleaner.ts <build A> <build B> [fixtures|corpus|generated|all] [runs]');
  process.exit(2);
}
const set = process.argv[4] ?? 'all';
const RUNS = Number(process.argv[5] ?? 3);

interface P { set: string; name: string; url: string; html: string; referrer?: string }
const fixtures = (): P[] => loadFixtures().map((f) => ({ set: 'fixtures', name: f.name, url: f.url, html: f.html, referrer: f.expected.referrer }));
const corpus = (): P[] => corpusPages().map((c) => ({ set: 'corpus', ...c }));
const generated = (): P[] => generatedPages().pages.map((p) => ({ set: 'generated', ...p }));
const pages = set === 'fixtures' ? fixtures() : set === 'corpus' ? corpus() : set === 'generated' ? generated() : [...fixtures(), ...corpus()];

const THREAD = !!process.env.THREAD;
async function open(dir: string): Promise<{ h: Harness; page: Page; cdp: CDPSession }> {
  const h = await launch({ extensionDir: dir });
  for (const p of pages) h.serve(p.url, p.html);
  const page = await h.context.newPage();
  const cdp = await h.context.newCDPSession(page);
  if (THREAD) await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { h, page, cdp };
}
const builds = [await open(dirA), await open(dirB)];

/** The main thread's CPU of the last load (THREAD=1), ms. */
let thread: number | null = null;
async function firstPass(page: Page, p: P, cdp?: CDPSession): Promise<number | null> {
  try {
    await page.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
    if (THREAD && cdp) {
      await page.waitForTimeout(150);
      const m = (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'ThreadTime');
      thread = m ? m.value * 1000 : null;
    }
    const deadline = Date.now() + 3000;
    for (;;) {
      const d = await page.evaluate(() => performance.getEntriesByName('qingdu:first-pass', 'measure')[0]?.duration ?? null);
      if (d !== null || Date.now() > deadline) return d;
      await page.waitForTimeout(50);
    }
  } catch {
    return null;
  }
}

// Warm-up: a fresh profile's first loads pay for caches and the extension's first start.
for (const b of builds) for (const p of pages.slice(0, 2)) await firstPass(b.page, p);

const times = new Map<P, [number[], number[]]>(pages.map((p) => [p, [[], []]]));
const threads = new Map<P, [number[], number[]]>(pages.map((p) => [p, [[], []]]));
for (let run = 0; run < RUNS; run++) {
  for (const [i, p] of pages.entries()) {
    const order = (i + run) % 2 ? [1, 0] : [0, 1];
    for (const k of order) {
      thread = null;
      const t = await firstPass(builds[k]!.page, p, builds[k]!.cdp);
      if (t !== null) times.get(p)![k]!.push(t);
      if (thread !== null) threads.get(p)![k]!.push(thread);
    }
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\n`);
}
for (const b of builds) await b.h.close();

const report = (label: string, of: Map<P, [number[], number[]]>, s: string) => {
  const rows = pages.filter((p) => p.set === s).map((p) => of.get(p)!).filter(([a, b]) => a.length && b.length);
  if (!rows.length) return;
  // (every row has loads on both sides: a median each)
  const a = rows.map(([x]) => median(x)!);
  const b = rows.map(([, y]) => median(y)!);
  // (a page whose median is 0 at the clock's resolution gives no ratio)
  const ratios = rows.map(([x, y]) => median(y)! / median(x)!).filter((r) => Number.isFinite(r) && r > 0);
  const geo = Math.exp(ratios.reduce((acc, r) => acc + Math.log(r), 0) / ratios.length);
  const f = (x: number | null, d: number) => (x === null ? '—' : x.toFixed(d));
  console.log(
    `${s.padEnd(10)} ${label.padEnd(11)} ${rows.length} pages  A median ${f(median(a), 2)} p95 ${f(pct(a, 95), 2)}  ` +
      `B median ${f(median(b), 2)} p95 ${f(pct(b, 95), 2)}  B/A per page: median ${f(median(ratios), 3)}, geometric mean ${geo.toFixed(3)}`,
  );
};
for (const s of [...new Set(pages.map((p) => p.set))]) {
  report('first pass', times, s);
  report('thread CPU', threads, s);
}
