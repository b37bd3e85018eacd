/**
 * npm run bench, hostile section (issue 6, Load): the generated hostile pages (e2e/hostile-pages.ts)
 * live in a tab with the extension and, in the same run, without it (the baseline). Per page: the
 * renderer main thread's task and script time per second of page life after load (CDP
 * Performance.getMetrics TaskDuration/ScriptDuration), the JS heap after a GC, the page heartbeat's
 * longest gap (whole life, and after load), the cleaner's first pass and later passes; and the
 * mutation storm again with the page converted to 繁體 during it. Prints a table and writes
 * bench-results/bench-hostile.json. npx tsx scripts/bench-hostile.ts (after npm run build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, launch, openPopup, tabIdOf } from '../e2e/harness';
import { liveOnce, type Life } from '../e2e/hostile-measure';
import { bigPage, deepPage, injectorPage, manyLinksPage, stormPage } from '../e2e/hostile-pages';

const OUT = path.join(ROOT, 'bench-results/bench-hostile.json');
const BASE = 'http://hostile.qingdu.test/bench/';

const cases: { name: string; label: string; html: string; lifeMs: number; until?: string; convert?: boolean }[] = [
  { name: 'big-20mb', label: '20 MB page', html: bigPage(20), lifeMs: 5000 },
  { name: 'links-100k', label: '100,000 links', html: manyLinksPage(100_000), lifeMs: 5000 },
  { name: 'deep-5000', label: 'nesting 5,000 (+2,000 by script)', html: deepPage(), lifeMs: 5000 },
  { name: 'storm', label: 'storm 1,000 nodes/50 ms, 10 s', html: stormPage(), lifeMs: 1000, until: 'window.__qdStorm.done' },
  { name: 'storm-convert', label: 'storm, converted to 繁體 during it', html: stormPage(), lifeMs: 1000, until: 'window.__qdStorm.done', convert: true },
  { name: 'injector', label: 'a farm injected every 1 s (30 s)', html: injectorPage(1000), lifeMs: 30_000 },
];

const started = Date.now();
const results: { name: string; label: string; with: Life | null; without: Life | null; error?: string }[] = [];
for (const ext of [true, false]) {
  const h = await launch({ extension: ext });
  for (const c of cases) {
    if (c.convert && !ext) continue; // the baseline for it is the plain storm
    process.stdout.write(`${ext ? 'with' : 'without'} extension: ${c.name}… `);
    const url = `${BASE}${c.name}.html`;
    h.serve(url, c.html);
    const page = await h.context.newPage();
    let row = results.find((r) => r.name === c.name);
    if (!row) results.push((row = { name: c.name, label: c.label, with: null, without: null }));
    try {
      const during = c.convert
        ? async () => {
            const popup = await openPopup(h, await tabIdOf(h, url), 'script-traditional');
            await popup.getByTestId('script-traditional').click();
            await popup.close();
          }
        : undefined;
      row[ext ? 'with' : 'without'] = await liveOnce(page, url, { lifeMs: c.lifeMs, until: c.until, during });
    } catch (e) {
      row.error = String(e).split('\n')[0];
    }
    await page.close();
    process.stdout.write(`${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  await h.close();
}

const f = (x: number | null | undefined, d = 0) => (x === null || x === undefined ? '—' : x.toFixed(d));
const head = ['page', 'task ms/s', 'base', 'script ms/s', 'base', 'heap MB', 'base', 'gap ms', 'base', 'after load', 'base', 'after DCL', 'base', 'first pass', 'passes', 'ms', 'max'];
const rows = results.map((r) => {
  const w = r.with;
  const b = r.name === 'storm-convert' ? results.find((x) => x.name === 'storm')?.without : r.without;
  return [r.label, f(w?.taskMsPerS), f(b?.taskMsPerS), f(w?.scriptMsPerS), f(b?.scriptMsPerS), f(w?.heapMB, 1), f(b?.heapMB, 1), f(w?.maxGapMs), f(b?.maxGapMs), f(w?.maxGapAfterLoadMs), f(b?.maxGapAfterLoadMs), f(w?.maxGapAfterDclMs), f(b?.maxGapAfterDclMs), f(w?.firstPassMs), f(w?.passes), f(w?.passesMs), f(w?.longestPassMs)];
});
const widths = head.map((hd, i) => Math.max(hd.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
console.log('\nHostile pages (issue 6): with the extension, and "base" without it in the same run. Per second of page life after load;');
console.log('heap after a GC; gap = the page heartbeat\'s longest pause (whole life / after load / after DOMContentLoaded, when the');
console.log('cleaner starts); the cleaner\'s passes in ms of main-thread time (a pass over a huge page goes in slices of about 20 ms).\n');
console.log(line(head));
for (const r of rows) console.log(line(r));
for (const r of results) if (r.error) console.log(`! ${r.name}: ${r.error}`);
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, JSON.stringify({ date: new Date().toISOString(), cpus: os.cpus().length, load: os.loadavg(), results }, null, 2));
console.log(`\n→ ${path.relative(ROOT, OUT)} (${Math.round((Date.now() - started) / 1000)} s)`);
