/**
 * Dev loop for the cleaner's speed: where its time goes, by function, over many page loads.
 * ([corpus|fixtures|generated|hostile]: Readability's pages, the golden fixtures, bench pages, or
 * the 100,000-link and 20 MB pages of e2e/hostile-pages.ts.) Build without minifying first, into its own folder:
 *   QINGDU_OUT=.output-prof QINGDU_NOMINIFY=1 npx wxt build
 *   QINGDU_OUT=.output-prof npx tsx scripts/profile-cleaner.ts [corpus|fixtures|generated] [pages]
 * Prints self time per function of cleaner.js (CPU samples at 50 µs; DOM calls count in their
 * caller) summed over the loads, and the first-pass measures.
 * ONLY=name: that page of the set alone. COLD=1: before each profiled load, a page of another site, so that every load starts in a new
 * renderer process as a user's first visit to a site does (code not compiled yet); without it,
 * the second load of a page reuses the process of the first.
 */
import type { CDPSession } from 'playwright-core';
import { corpusPages, loadFixtures } from '../e2e/fixtures';
import { launch } from '../e2e/harness';
import { generatedPages } from './bench-pages';
import { bigPage, manyLinksPage } from '../e2e/hostile-pages';

const set = process.argv[2] ?? 'corpus';
const limit = Number(process.argv[3] ?? 40);
const all =
  set === 'fixtures'
    ? loadFixtures().map((f) => ({ name: f.name, url: f.url, html: f.html }))
    : set === 'generated'
      ? generatedPages().pages
      : set === 'hostile'
        ? [
            { name: 'links-100k', url: 'http://hostile.qingdu.test/links.html', html: manyLinksPage(100_000) },
            { name: 'big-20mb', url: 'http://hostile.qingdu.test/big.html', html: bigPage(20) },
          ]
      : corpusPages().slice(0, limit);
const pages = process.env.ONLY ? all.filter((p) => p.name === process.env.ONLY) : all;

const h = await launch();
for (const p of pages) h.serve(p.url, p.html);
for (const r of [0, 1]) h.serve(`http://cold${r}.other.test/`, '<p>x</p>');
const page = await h.context.newPage();
const cdp: CDPSession = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const self = new Map<string, number>();
const firstPasses: number[] = [];
let total = 0;
for (const p of pages) {
  await page.goto(p.url, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
  for (let run = 0; run < 2; run++) {
    if (process.env.COLD) await page.goto(`http://cold${run}.other.test/`, { waitUntil: 'load' }).catch(() => undefined);
    await cdp.send('Profiler.start');
    await page.goto(p.url, { waitUntil: 'load', timeout: 120_000 }).catch(() => undefined);
    await page.waitForTimeout(set === 'hostile' ? 3000 : set === 'generated' ? 1000 : 100);
    const { profile } = await cdp.send('Profiler.stop');
    const fp = await page.evaluate(() => performance.getEntriesByName('qingdu:first-pass', 'measure')[0]?.duration ?? null);
    if (fp !== null) firstPasses.push(fp);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const ourFrame = (id: number | undefined): string | null => {
      // The nearest frame of cleaner.js at or above the sample's node.
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const f = byId.get(x)!.callFrame;
        if (f.url.endsWith('/content-scripts/cleaner.js')) {
          const own = byId.get(id!)!.callFrame;
          const native = own.url.endsWith('cleaner.js') ? '' : ` → ${own.functionName || '(anon)'}`;
          return `${f.functionName || '(anon)'}:${f.lineNumber + 1}${native}`;
        }
      }
      return null;
    };
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      const k = ourFrame(samples[i]);
      if (!k) continue;
      const us = deltas[i + 1] ?? 0;
      self.set(k, (self.get(k) ?? 0) + us);
      total += us;
    }
  }
  process.stdout.write('.');
}
await h.close();
const sorted = [...firstPasses].sort((a, b) => a - b);
console.log(`\n${pages.length} pages × 2 loads; first pass median ${sorted[sorted.length >> 1]?.toFixed(2)} ms; cleaner.js CPU ${(total / 1000 / (pages.length * 2)).toFixed(2)} ms per load`);
for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(us / 1000 / (pages.length * 2)).toFixed(3).padStart(8)} ms  ${k}`);
