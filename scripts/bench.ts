/**
 * npm run bench: the cleaner's cost per page, in Chromium with the built extension, next to
 * Mozilla Readability's parse of the same pages as a yardstick.
 *
 * Reads the measures the content script leaves on each page's own performance timeline
 * (dom/cleaner.ts, core/spam/style-env.ts):
 *   qingdu:first-pass    the first scan + mark (after DOMContentLoaded and the settings read)
 *   qingdu:style-layout  inside the first pass: forcing style + layout (only on pages with candidates)
 *   qingdu:pass          later passes, on mutations
 * Each page is measured cold (a new site: a new renderer process, the content script's code not
 * compiled yet) and warm (the same page again at once: the process and its compiled code reused).
 * Prints a table and writes everything to bench-results/bench.json. Targets are informational:
 * the exit code is 0 whatever they say. npx tsx scripts/bench.ts (after npm run build).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { corpusPages, loadFixtures } from '../e2e/fixtures';
import { EXTENSION, ROOT, launch } from '../e2e/harness';
import { generatedPages } from './bench-pages';
import { median, pct } from './stats';

/** Loads per page (each figure per page is the median of these). */
const RUNS = 3;
/** Wait after the load event before reading the timeline. */
const QUIET_MS = 150;
/** If the first pass is not on the timeline yet, poll this long for it. */
const FIRST_PASS_WAIT_MS = 3000;
const BUNDLE = path.join(EXTENSION, 'content-scripts/cleaner.js');
const READABILITY = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const OUT = path.join(ROOT, 'bench-results/bench.json');

const TARGET = { medianMs: 2, p95Ms: 10, noSignalMedianMs: 0.5, linksMs: 50, bundleBytes: 40 * 1024 };

interface BenchPage {
  set: 'fixtures' | 'corpus' | 'generated';
  name: string;
  url: string;
  html: string;
  referrer?: string;
}

/** One load of one page. Times in ms; null when the measure is absent. */
interface Load {
  firstPass: number | null;
  /** The first pass of the same page loaded again at once, in the same tab: the renderer
   * process (one per site) is still there, with the content script's code compiled — what a
   * reader pays for the next article of a site. The first load of a site starts a new process. */
  warmFirstPass: number | null;
  /** The style+layout measure that lies inside the first pass. */
  styleLayout: number | null;
  laterPasses: number[];
  marked: number;
  readability: number | null;
  readabilityChars: number | null;
  error?: string;
}

interface PageResult {
  set: BenchPage['set'];
  name: string;
  bytes: number;
  loads: Load[];
  /** Per-page medians over the loads. */
  firstPass: number | null;
  warmFirstPass: number | null;
  styleLayout: number | null;
  own: number | null;
  readability: number | null;
  /** No load had a style-layout measure: the cleaner found no candidate to look at. */
  noSignal: boolean;
  marked: number;
  laterPasses: number;
}

const nums = (xs: (number | null)[]) => xs.filter((x): x is number => x !== null);
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

interface Stats {
  n: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  maxPage: string | null;
}
function stats(rows: PageResult[], get: (r: PageResult) => number | null): Stats {
  const have = rows.filter((r) => get(r) !== null);
  const xs = have.map((r) => get(r)!);
  const top = have.reduce<PageResult | null>((a, r) => (a === null || get(r)! > get(a)! ? r : a), null);
  return { n: xs.length, median: round(median(xs)), p95: round(pct(xs, 95)), max: round(top ? get(top) : null), maxPage: top?.name ?? null };
}

const readabilitySource = fs.readFileSync(READABILITY, 'utf8');

type ReadabilityRun = { ms: number; chars: number } | null;
/** Times `new Readability(document.cloneNode(true)).parse()` once; null when `Readability` is not there. */
const parseOnce = (page: Page): Promise<ReadabilityRun> =>
  page.evaluate(() => {
    const R = (globalThis as unknown as { Readability?: new (doc: Document) => { parse(): { textContent?: string | null } | null } }).Readability;
    if (typeof R !== 'function') return null;
    const t0 = performance.now();
    const article = new R(document.cloneNode(true) as Document).parse();
    return { ms: performance.now() - t0, chars: article?.textContent?.length ?? 0 };
  });

/** Adds Readability.js to the page with addScriptTag and times one parse. Pages whose CSP forbids
 * inline scripts refuse the tag; evaluating through the devtools protocol is not subject to CSP. */
async function timeReadability(page: Page): Promise<ReadabilityRun> {
  await page.addScriptTag({ content: readabilitySource }).catch(() => undefined);
  const r = await parseOnce(page);
  if (r) return r;
  await page.evaluate(`${readabilitySource}\n;globalThis.Readability = Readability;`);
  return parseOnce(page);
}

async function loadOnce(page: Page, p: BenchPage, withReadability: boolean): Promise<Load> {
  const load: Load = { firstPass: null, warmFirstPass: null, styleLayout: null, laterPasses: [], marked: 0, readability: null, readabilityChars: null };
  try {
    await page.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
    await page.waitForTimeout(QUIET_MS);
    const t = await untilFirstPass(page, () => {
      const get = (n: string) => performance.getEntriesByName(n, 'measure').map((e) => ({ start: e.startTime, duration: e.duration }));
      return { first: get('qingdu:first-pass'), style: get('qingdu:style-layout'), later: get('qingdu:pass'), marked: document.querySelectorAll('[data-qingdu-spam]').length };
    });
    const first = t.first[0];
    if (first) {
      load.firstPass = first.duration;
      // Later passes force style+layout too; only the one inside the first pass counts here.
      const inside = t.style.find((s) => s.start >= first.start && s.start + s.duration <= first.start + first.duration + 0.001);
      load.styleLayout = inside ? inside.duration : null;
    }
    load.laterPasses = t.later.map((e) => e.duration);
    load.marked = t.marked;
    if (withReadability) {
      const r = await timeReadability(page);
      load.readability = r?.ms ?? null;
      load.readabilityChars = r?.chars ?? null;
    }
    load.warmFirstPass = await secondVisit(page, p);
  } catch (e) {
    load.error = (e as Error).message.split('\n')[0];
  }
  return load;
}

/** Reads the page's timeline with `read` until it holds the first pass, or FIRST_PASS_WAIT_MS
 * have gone by: the last reading. */
async function untilFirstPass<T extends { first: unknown[] }>(page: Page, read: () => T): Promise<T> {
  const deadline = Date.now() + FIRST_PASS_WAIT_MS;
  for (;;) {
    const t = await page.evaluate(read);
    if (t.first.length || Date.now() > deadline) return t;
    await page.waitForTimeout(50);
  }
}

/** The same page again, in the same tab: its first pass, or null. */
async function secondVisit(page: Page, p: BenchPage): Promise<number | null> {
  await page.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
  const t = await untilFirstPass(page, () => ({ first: performance.getEntriesByName('qingdu:first-pass', 'measure').map((e) => e.duration) }));
  return t.first[0] ?? null;
}

function summarize(p: BenchPage, loads: Load[]): PageResult {
  const ok = loads.filter((l) => l.firstPass !== null);
  return {
    set: p.set,
    name: p.name,
    bytes: Buffer.byteLength(p.html),
    loads,
    firstPass: median(ok.map((l) => l.firstPass!)),
    warmFirstPass: median(nums(loads.map((l) => l.warmFirstPass))),
    styleLayout: median(nums(ok.map((l) => l.styleLayout))),
    own: median(ok.map((l) => l.firstPass! - (l.styleLayout ?? 0))),
    readability: median(nums(loads.map((l) => l.readability))),
    noSignal: ok.length > 0 && ok.every((l) => l.styleLayout === null),
    marked: Math.max(0, ...loads.map((l) => l.marked)),
    laterPasses: Math.max(0, ...loads.map((l) => l.laterPasses.length)),
  };
}

/**
 * Everything the cleaner's content script costs on one load, not only its first pass: script
 * evaluation and module set-up (vocabulary tables), messaging, observers. CPU time of the samples
 * of a sampling profile with cleaner.js anywhere on the stack (so DOM calls it makes count too).
 * The profiler slows the page a little, so this is read next to the first pass of the same load.
 */
async function profileLoad(page: Page, cdp: CDPSession, p: BenchPage): Promise<{ firstPass: number | null; scriptCpu: number | null }> {
  await cdp.send('Profiler.start');
  await page.goto(p.url, { waitUntil: 'load', referer: p.referrer });
  await page.waitForTimeout(QUIET_MS);
  const { profile } = await cdp.send('Profiler.stop');
  const firstPass = await page.evaluate(() => performance.getEntriesByName('qingdu:first-pass', 'measure')[0]?.duration ?? null);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const v = byId.get(id)!.callFrame.url.endsWith('/content-scripts/cleaner.js') || (up !== undefined && isOurs(up));
    ours.set(id, v);
    return v;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // timeDeltas[i] is the gap before sample i: sample i lasts until sample i + 1.
  for (let i = 0; i < samples.length; i++) if (isOurs(samples[i]!)) us += deltas[i + 1] ?? 0;
  return { firstPass, scriptCpu: samples.length ? us / 1000 : null };
}

// ---------------------------------------------------------------------------------------------

const started = Date.now();
const loadBefore = os.loadavg();
const fixtures: BenchPage[] = loadFixtures().map((f) => ({ set: 'fixtures', name: f.name, url: f.url, html: f.html, referrer: f.expected.referrer }));
const corpus: BenchPage[] = corpusPages().map((c) => ({ set: 'corpus', ...c }));
if (!corpus.length) console.warn('! No corpus pages found (../shared/corpora/readability-pages): the corpus rows will be empty.');
const { links, article, pages: generatedList } = generatedPages();
const generated: BenchPage[] = generatedList.map((p) => ({ set: 'generated', ...p }));
const all = [...fixtures, ...corpus, ...generated];

if (!fs.existsSync(BUNDLE)) {
  console.error(`No built content script at ${path.relative(ROOT, BUNDLE)}: run "npm run build" first (npm run bench does).`);
  process.exit(1);
}
// Read before the run: if someone rebuilds meanwhile, the run measured a mix (reported below).
const bundle = fs.readFileSync(BUNDLE);
const builtAt = fs.statSync(BUNDLE).mtime;
/** Newest source file the content script is built from: a build older than it measures old code. */
const newestSource = ['core', 'dom', 'entrypoints', 'ext']
  .flatMap((d) => (fs.existsSync(path.join(ROOT, d)) ? fs.readdirSync(path.join(ROOT, d), { recursive: true, encoding: 'utf8' }).map((f) => path.join(ROOT, d, f)) : []))
  .filter((f) => /\.(ts|tsx|json|css)$/.test(f) && !/\.test\.ts$/.test(f))
  .reduce<{ file: string; mtime: Date } | null>((a, f) => {
    const mtime = fs.statSync(f).mtime;
    return a === null || mtime > a.mtime ? { file: path.relative(ROOT, f), mtime } : a;
  }, null);
const stale = newestSource !== null && newestSource.mtime > builtAt;

const h = await launch();
for (const p of all) h.serve(p.url, p.html);
const page = await h.context.newPage();
const chromium = h.context.browser()?.version() ?? (await (await h.context.newCDPSession(page)).send('Browser.getVersion')).product;

// Warm-up: the first load of a fresh profile also pays for caches and the extension's first start.
for (const p of [fixtures[0], corpus[0]]) if (p) await loadOnce(page, p, true);

// Round-robin (all pages, then all again…) so that a slow moment of the machine spreads over pages.
const loads = new Map<BenchPage, Load[]>(all.map((p) => [p, []]));
for (let run = 0; run < RUNS; run++) {
  process.stdout.write(`run ${run + 1}/${RUNS}: `);
  for (const [i, p] of all.entries()) {
    loads.get(p)!.push(await loadOnce(page, p, true));
    if (i % 20 === 19) process.stdout.write('.');
  }
  process.stdout.write(` ${Math.round((Date.now() - started) / 1000)} s\n`);
}
// The whole content script's CPU on a few pages (see profileLoad).
const cdp = await h.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
const bySize = [...corpus].sort((a, b) => a.html.length - b.html.length);
const profiled = [bySize[0], bySize[bySize.length >> 1], bySize[bySize.length - 1], fixtures.find((p) => p.name === 'seed') ?? fixtures[0], ...generated].filter(
  (p): p is BenchPage => p !== undefined,
);
const startup: { page: string; firstPass: number | null; scriptCpu: number | null; outside: number | null }[] = [];
process.stdout.write('profiling the content script');
for (const p of profiled) {
  const runs: { firstPass: number | null; scriptCpu: number | null }[] = [];
  // One unprofiled load first: the profiled loads of the same URL then stay on the same renderer
  // process (a cross-site navigation may swap it, and the profile with it).
  await page.goto(p.url, { waitUntil: 'load', referer: p.referrer }).catch(() => undefined);
  for (let run = 0; run < RUNS; run++) runs.push(await profileLoad(page, cdp, p).catch(() => ({ firstPass: null, scriptCpu: null })));
  process.stdout.write('.');
  const ok = runs.filter((r) => r.firstPass !== null && r.scriptCpu !== null);
  startup.push({
    page: `${p.set}/${p.name}`,
    firstPass: median(ok.map((r) => r.firstPass!)),
    scriptCpu: median(ok.map((r) => r.scriptCpu!)),
    outside: median(ok.map((r) => r.scriptCpu! - r.firstPass!)),
  });
}
process.stdout.write('\n');
await h.close();
const loadAfter = os.loadavg();

const results = all.map((p) => summarize(p, loads.get(p)!));
const errors = results.flatMap((r) => r.loads.filter((l) => l.error || l.firstPass === null).map((l) => `${r.set}/${r.name}: ${l.error ?? 'no qingdu:first-pass measure'}`));

// Both as Dates: mtimeMs keeps a fraction of a millisecond that the Date rounds away.
const rebuilt = fs.statSync(BUNDLE).mtime.getTime() !== builtAt.getTime();
const gzip = zlib.gzipSync(bundle, { level: 9 }).length;

const sets = {
  fixtures: results.filter((r) => r.set === 'fixtures'),
  corpus: results.filter((r) => r.set === 'corpus'),
  'no-spam-signal': results.filter((r) => r.set === 'corpus' && r.noSignal),
};
const setStats = Object.fromEntries(
  Object.entries(sets).map(([k, rows]) => {
    const s = {
      pages: rows.length,
      firstPass: stats(rows, (r) => r.firstPass),
      warmFirstPass: stats(rows, (r) => r.warmFirstPass),
      styleLayout: stats(rows, (r) => r.styleLayout),
      own: stats(rows, (r) => r.own),
      readability: stats(rows, (r) => r.readability),
    };
    const ratio = (a: Stats, b: Stats) => ({
      median: a.median !== null && b.median ? round(a.median / b.median, 4) : null,
      p95: a.p95 !== null && b.p95 ? round(a.p95 / b.p95, 4) : null,
    });
    return [k, { ...s, ratioFirstPass: ratio(s.firstPass, s.readability), ratioWarm: ratio(s.warmFirstPass, s.readability), ratioOwn: ratio(s.own, s.readability) }];
  }),
);
const gen = (name: string) => results.find((r) => r.set === 'generated' && r.name === name)!;

// ---------------------------------------------------------------------------------------------
// The table.

const f = (x: number | null, d = 2) => (x === null ? '—' : x.toFixed(d));
const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'PASS' : 'FAIL');
const row = (cells: string[], widths: number[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
const W = [16, 6, 30, 8, 8, 8, 16, 5];
const lines: string[] = [];
const cpus = os.cpus();
lines.push(`清读 Qingdu bench — ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.platform()} ${os.release()}, Chromium ${chromium}`);
lines.push(`Build measured: ${path.relative(ROOT, BUNDLE)} built ${builtAt.toISOString()}${stale ? ` — OLDER than ${newestSource!.file} (${newestSource!.mtime.toISOString()}): run npm run build` : ''}${rebuilt ? ' — REBUILT during the run: figures mix two builds' : ''}`);
lines.push(`Per page: median of ${RUNS} loads (wait for load + ${QUIET_MS} ms). Then median / p95 (nearest rank) / max over the pages of a set. Times in ms.`);
lines.push('Every load is of another site than the one before (round-robin), so it starts in a new renderer process, with the content script');
lines.push("not compiled yet: a reader's first article of a site. \"same page again (warm)\": the same page loaded once more at once, the next article.");
lines.push('Chromium coarsens performance.now() to 0.1 ms (with jitter), so figures below ~0.2 ms are at the resolution of the clock.');
lines.push(`Load average (1 min) ${loadBefore[0]!.toFixed(1)} at start, ${loadAfter[0]!.toFixed(1)} at end: anything else running on the machine inflates and scatters the figures.`);
lines.push(`Readability: @mozilla/readability, new Readability(document.cloneNode(true)).parse(), once per load on a fresh page (cold, like the cleaner's first pass).`);
lines.push('');
lines.push(row(['set', 'pages', 'measure', 'median', 'p95', 'max', 'target', ''], W));
lines.push('-'.repeat(W.reduce((a, b) => a + b + 2, 0)));
for (const [k, s] of Object.entries(setStats)) {
  const noSignal = k === 'no-spam-signal';
  const tgt = (st: Stats): [string, string] =>
    noSignal
      ? [`median ≤ ${TARGET.noSignalMedianMs}`, verdict(st.median === null ? null : st.median <= TARGET.noSignalMedianMs)]
      : [`med ≤ ${TARGET.medianMs}, p95 ≤ ${TARGET.p95Ms}`, verdict(st.median === null ? null : st.median <= TARGET.medianMs && st.p95! <= TARGET.p95Ms)];
  const line = (label: string, st: Stats, target: [string, string] = ['', '']) =>
    lines.push(row([label === 'first pass (total)' ? k : '', label === 'first pass (total)' ? String(s.pages) : '', label, f(st.median), f(st.p95), f(st.max), ...target], W));
  line('first pass (total)', s.firstPass, tgt(s.firstPass));
  line('  same page again (warm)', s.warmFirstPass, tgt(s.warmFirstPass));
  if (!noSignal) {
    line(`  style+layout (${s.styleLayout.n} pages)`, s.styleLayout);
    line("  cleaner's own time", s.own, tgt(s.own));
  }
  line('Readability parse', s.readability);
  lines.push(row(['', '', 'ratio first pass / Readability', f(s.ratioFirstPass.median, 3), f(s.ratioFirstPass.p95, 3), '', '', ''], W));
  lines.push(row(['', '', 'ratio warm pass / Readability', f(s.ratioWarm.median, 3), f(s.ratioWarm.p95, 3), '', '', ''], W));
  if (!noSignal) lines.push(row(['', '', "ratio own time / Readability", f(s.ratioOwn.median, 3), f(s.ratioOwn.p95, 3), '', '', ''], W));
  lines.push(row(['', '', `slowest (total): ${s.firstPass.maxPage ?? '—'}`, '', '', '', '', ''], W));
  lines.push('');
}
const L = gen('10k-links');
const A = gen('large-article');
const genLine = (label: string, r: PageResult, target: string, ok: boolean | null) =>
  lines.push(
    `${label.padEnd(24)} first pass ${f(r.firstPass).padStart(7)}  (style+layout ${f(r.styleLayout)}, own ${f(r.own)}; warm ${f(r.warmFirstPass)})  ` +
      `Readability ${f(r.readability)}  marked ${r.marked}  ${target} ${verdict(ok)}`,
  );
genLine(`10,000-link page`, L, `target < ${TARGET.linksMs}`, L.firstPass === null ? null : L.firstPass < TARGET.linksMs);
genLine(`large article (${Math.round(article.chars / 1000)}k chars)`, A, '', null);
lines.push(
  `${'content script bundle'.padEnd(24)} cleaner.js ${bundle.length.toLocaleString('en')} B (${(bundle.length / 1024).toFixed(1)} KiB), gzip -9 ${gzip.toLocaleString('en')} B (${(gzip / 1024).toFixed(1)} KiB)  ` +
    `target ≤ 40 KiB ${verdict(bundle.length <= TARGET.bundleBytes)}`,
);
lines.push('');
lines.push(`whole content script per load (CPU with cleaner.js on the stack, sampling profiler at 0.1 ms, ±1 ms; median of ${RUNS}):`);
for (const r of startup) lines.push(`  ${r.page.padEnd(34)} total ${f(r.scriptCpu).padStart(7)}   of which first pass ${f(r.firstPass).padStart(7)}   outside it (start-up, messaging, observer) ${f(r.outside).padStart(6)}`);
const slow = [...sets.fixtures, ...sets.corpus].filter((r) => r.own !== null).sort((a, b) => b.own! - a.own!).slice(0, 5);
lines.push('');
lines.push(`slowest pages by cleaner's own time: ${slow.map((r) => `${r.set}/${r.name} ${f(r.own)} (+${f(r.styleLayout ?? 0)} style+layout, ${Math.round(r.bytes / 1024)} KiB)`).join('; ')}`);
const later = results.filter((r) => r.laterPasses > 0);
lines.push(`pages with later passes (mutations): ${later.length}; corpus pages with marks (false positives?): ${sets.corpus.filter((r) => r.marked > 0).map((r) => r.name).join(', ') || 'none'}`);
if (errors.length) lines.push(`problems (${errors.length}): ${errors.slice(0, 10).join('; ')}${errors.length > 10 ? ' …' : ''}`);
lines.push(`wall time ${Math.round((Date.now() - started) / 1000)} s`);
console.log('\n' + lines.join('\n'));

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const json = {
  date: new Date().toISOString(),
  machine: { cpu: cpus[0]?.model ?? null, cores: cpus.length, platform: os.platform(), release: os.release(), memoryGiB: round(os.totalmem() / 2 ** 30, 1) },
  chromium,
  node: process.version,
  settings: { runs: RUNS, quietMs: QUIET_MS, percentile: 'nearest rank', clock: 'performance.now(), coarsened by Chromium to 0.1 ms' },
  targets: TARGET,
  sets: setStats,
  generated: {
    links: { linkCount: links.links, farm: links.farm.length, firstPass: round(L.firstPass), warmFirstPass: round(L.warmFirstPass), styleLayout: round(L.styleLayout), own: round(L.own), readability: round(L.readability), marked: L.marked, targetMs: TARGET.linksMs },
    largeArticle: { chars: article.chars, firstPass: round(A.firstPass), warmFirstPass: round(A.warmFirstPass), styleLayout: round(A.styleLayout), own: round(A.own), readability: round(A.readability), marked: A.marked },
  },
  contentScriptCpu: startup.map((r) => ({ ...r, firstPass: round(r.firstPass), scriptCpu: round(r.scriptCpu), outside: round(r.outside) })),
  loadAverage: { start: loadBefore.map((x) => round(x)), end: loadAfter.map((x) => round(x)) },
  bundle: {
    path: path.relative(ROOT, BUNDLE),
    builtAt: builtAt.toISOString(),
    rebuiltDuringRun: rebuilt,
    staleAgainst: stale ? { file: newestSource!.file, mtime: newestSource!.mtime.toISOString() } : null,
    bytes: bundle.length,
    gzipBytes: gzip,
    gzipLevel: 9,
    targetBytes: TARGET.bundleBytes,
  },
  problems: errors,
  pages: results.map((r) => ({
    ...r,
    firstPass: round(r.firstPass),
    warmFirstPass: round(r.warmFirstPass),
    styleLayout: round(r.styleLayout),
    own: round(r.own),
    readability: round(r.readability),
    loads: r.loads.map((l) => ({ ...l, firstPass: round(l.firstPass), warmFirstPass: round(l.warmFirstPass), styleLayout: round(l.styleLayout), readability: round(l.readability), laterPasses: l.laterPasses.map((x) => round(x)) })),
  })),
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
fs.writeFileSync(OUT, JSON.stringify(json, null, 2) + '\n');
console.log(`full results: ${path.relative(process.cwd(), OUT) || OUT}`);
