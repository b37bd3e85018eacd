/**
 * npm run bench:tab: what the page converter (issue 4) and the reading view (issue 3) cost in a
 * real tab, in Chromium with the built extension — driven the way the popup drives them, through
 * the background (`qingdu:set-script`, `qingdu:open-reader` sent from an extension page).
 *
 * 1. Conversion: a generated ~100,000-character simplified news page (paragraphs taken from the
 *    fixtures and the corpus) and its traditional twin (opencc-js s2tw, for t2s). Per variant, a
 *    few fresh tabs (the first of each variant finds the worker's dictionary cache cold). Reads the
 *    measures entrypoints/convert.ts leaves on the page's timeline (qingdu:convert-ready,
 *    -build, -page, restore-page), the heap the tab gains (CDP: GC, then Runtime.getHeapUsage),
 *    the set-script round trip seen from the extension page, and checks the converted page
 *    against opencc-js's Converter applied to the original (whole innerText and text node by
 *    text node) and the restored page against the original.
 * 2. Reading view: every fixture and corpus page: click (the open-reader message) → the reader's
 *    `qingdu:reader-rendered` mark, wall clock on both sides; Readability's parse() alone on a
 *    fresh load of the same page as the yardstick. And the floor: the same tab sent by
 *    tabs.update to reader.html without an article (its "missing" message): navigation, process
 *    and page load, without extraction or storage.
 * Also the sizes of the built scripts and dictionaries, and a check that cleaner.js (on every page)
 * carries no dictionary. Prints a table, writes bench-results/bench-tab.json. Targets are
 * informational: the exit code is 0 whatever they say.
 *
 * QINGDU_OUT=.output-bench npx tsx scripts/bench-tab.ts   (after QINGDU_OUT=.output-bench npx wxt build)
 * Env: BENCH_TABS (tabs per variant, default 6), BENCH_FIXTURE_RUNS (2), BENCH_CORPUS_RUNS (1),
 * BENCH_PARTS (convert,reader), BENCH_FIXTURE_PAGES and BENCH_CORPUS_PAGES (all), BENCH_READER_VIA (popup | message).
 * Routing (pages served from memory by Playwright) is off while a reading view opens: it would put
 * a round trip to Node in front of each of the reader's own files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { OPENCC_OPTIONS, VARIANT_LANG, type ScriptChoice, type Variant } from '../core/convert/variants';
import { CORPUS, FIXTURES, corpusPages, loadFixtures } from '../e2e/fixtures';
import { EXTENSION, ROOT, launch } from '../e2e/harness';
import { articlePage, chineseParagraphs, rng } from './bench-article';
import { median, pct } from './stats';

declare const chrome: {
  runtime: { sendMessage(msg: object): Promise<unknown> };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]>; update(tabId: number, props: { url: string }): Promise<unknown> };
};

const TABS = Number(process.env.BENCH_TABS ?? 6);
const FIXTURE_RUNS = Number(process.env.BENCH_FIXTURE_RUNS ?? 2);
/** Navigations to an empty reading view (the floor of any reading view: navigation + page load). */
const FLOOR_RUNS = 10;
const CORPUS_RUNS = Number(process.env.BENCH_CORPUS_RUNS ?? 1);
/** BENCH_FIXTURE_PAGES=n, BENCH_CORPUS_PAGES=n: only the first n of each (while iterating). */
const FIXTURE_PAGES = Number(process.env.BENCH_FIXTURE_PAGES ?? Infinity);
const CORPUS_PAGES = Number(process.env.BENCH_CORPUS_PAGES ?? Infinity);
/** How the reading view is opened: `popup` (default) as the user does it — popup.html?tabId=N
 * opened, a human pause, a click on reader-open; `message` the open-reader message with no
 * popup before it (what the keyboard shortcut and the context menu do in the worker). */
const READER_VIA = process.env.BENCH_READER_VIA === 'message' ? 'message' : 'popup';
/** The popup is open this long before the click (a person reads it and moves the pointer). */
const POPUP_PAUSE_MS = 400;
/** A user who reads the popup a while before the click: its preparation is done by then. */
const POPUP_LONG_PAUSE_MS = 2000;
/** Wait after the load event (the cleaner's first pass is done by then). */
const QUIET_MS = 300;
const READER_TIMEOUT_MS = 15_000;
const TARGET_CHARS = 100_000;
/** Which parts to run: BENCH_PARTS=convert or =reader for one of them (default both). */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'convert,reader').split(','));
const READABILITY = path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js');
const OUT = path.join(ROOT, 'bench-results/bench-tab.json');
const TARGET = { readyMs: 30, addedMB: 10, pageMs: 15, readerMedianMs: 150, diffChars: 0 };

const RUN_VARIANTS: Variant[] = ['s2tw', 's2twp', 's2hk', 's2t', 't2s'];
const openccOf = (v: Variant) => OpenCC.Converter(OPENCC_OPTIONS[v] as { from: 'cn'; to: 'tw' });

// ---- stats (median, pct: scripts/stats.ts) ----

const nums = (xs: (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
interface Stats {
  n: number;
  median: number | null;
  p95: number | null;
  max: number | null;
  maxAt: string | null;
}
function statsOf<T>(rows: T[], get: (r: T) => number | null | undefined, name: (r: T) => string = () => ''): Stats {
  const have = rows.filter((r) => typeof get(r) === 'number');
  const xs = have.map((r) => get(r)!);
  const top = have.reduce<T | null>((a, r) => (a === null || get(r)! > get(a)! ? r : a), null);
  return { n: xs.length, median: round(median(xs)), p95: round(pct(xs, 95)), max: round(top === null ? null : get(top)!), maxAt: top === null ? null : name(top) };
}
const f = (x: number | null | undefined, d = 1) => (x === null || x === undefined ? '—' : x.toFixed(d));
const verdict = (ok: boolean | null) => (ok === null ? '—' : ok ? 'PASS' : 'FAIL');

// ---- character differences ----

/** Characters (code points) that differ between two strings: line by line; within a line, the
 * mismatched positions when the lengths agree, else max(length) − longest common subsequence. */
function diffChars(got: string, want: string): { chars: number; examples: string[] } {
  if (got === want) return { chars: 0, examples: [] };
  const a = got.split('\n');
  const b = want.split('\n');
  let chars = 0;
  const examples: string[] = [];
  const lines = a.length === b.length ? a.map((x, i) => [x, b[i]!] as const) : [[got, want] as const];
  if (a.length !== b.length) examples.push(`line count ${a.length} ≠ ${b.length}`);
  for (const [x, y] of lines) {
    if (x === y) continue;
    const p = Array.from(x);
    const q = Array.from(y);
    let d = 0;
    let first = -1;
    if (p.length === q.length) {
      for (let i = 0; i < p.length; i++) {
        if (p[i] === q[i]) continue;
        d++;
        if (first < 0) first = i;
      }
    } else if (p.length * q.length <= 4e6) {
      let prev = new Uint32Array(q.length + 1);
      let cur = new Uint32Array(q.length + 1);
      for (let i = 1; i <= p.length; i++) {
        for (let j = 1; j <= q.length; j++) cur[j] = p[i - 1] === q[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
        [prev, cur] = [cur, prev];
      }
      d = Math.max(p.length, q.length) - prev[q.length]!;
      while (first + 1 < Math.min(p.length, q.length) && p[first + 1] === q[first + 1]) first++;
      first++;
    } else d = Math.max(p.length, q.length);
    chars += d;
    if (examples.length < 5) {
      const s = Math.max(0, first - 8);
      examples.push(`got «${p.slice(s, first + 12).join('')}» want «${q.slice(s, first + 12).join('')}»`);
    }
  }
  return { chars, examples };
}

// ---- Readability (as in scripts/bench.ts) ----

const readabilitySource = fs.readFileSync(READABILITY, 'utf8');
type ReadabilityRun = { ms: number; chars: number; article: boolean } | null;
const parseOnce = (page: Page): Promise<ReadabilityRun> =>
  page.evaluate(() => {
    const R = (globalThis as unknown as { Readability?: new (doc: Document) => { parse(): { textContent?: string | null } | null } }).Readability;
    if (typeof R !== 'function') return null;
    const t0 = performance.now();
    const article = new R(document.cloneNode(true) as Document).parse();
    return { ms: performance.now() - t0, chars: article?.textContent?.length ?? 0, article: article !== null };
  });
async function timeReadability(page: Page): Promise<ReadabilityRun> {
  await page.addScriptTag({ content: readabilitySource }).catch(() => undefined);
  const r = await parseOnce(page);
  if (r) return r;
  await page.evaluate(`${readabilitySource}\n;globalThis.Readability = Readability;`);
  return parseOnce(page);
}

// ---- build sizes ----

function buildFiles() {
  const size = (rel: string) => {
    const p = path.join(EXTENSION, rel);
    if (!fs.existsSync(p)) return null;
    const buf = fs.readFileSync(p);
    return { file: rel, bytes: buf.length, gzipBytes: zlib.gzipSync(buf, { level: 9 }).length };
  };
  const dictDir = path.join(EXTENSION, 'dict');
  const dicts = fs.existsSync(dictDir) ? fs.readdirSync(dictDir).sort().map((d) => size(`dict/${d}`)!) : [];
  const scripts = ['content-scripts/cleaner.js', 'convert.js', 'extract.js', 'background.js'].map(size);
  // Does a script carry dictionary data? Samples of 12 characters (≥ 8 of them CJK) from each
  // compiled dictionary and from opencc-js's own dictionary files, looked up in the script.
  const samples: string[] = [];
  const sampleFrom = (text: string, n: number) => {
    const r = rng(text.length);
    for (let tries = 0, got = 0; got < n && tries < n * 50; tries++) {
      const at = Math.floor(r() * Math.max(1, text.length - 12));
      const s = text.slice(at, at + 12);
      if ((s.match(/[\u3400-\u9fff]/g) ?? []).length < 8) continue;
      samples.push(s);
      got++;
    }
  };
  for (const d of dicts) sampleFrom(fs.readFileSync(path.join(EXTENSION, d.file), 'utf8'), 20);
  const openccDict = path.join(ROOT, 'node_modules/opencc-js/dist/esm-lib/dict');
  for (const d of ['STPhrases.js', 'STCharacters.js', 'TSPhrases.js', 'TSCharacters.js', 'TWVariants.js', 'HKVariants.js', 'TWPhrases.js'])
    if (fs.existsSync(path.join(openccDict, d))) sampleFrom(fs.readFileSync(path.join(openccDict, d), 'utf8'), 10);
  const carries = Object.fromEntries(
    ['content-scripts/cleaner.js', 'convert.js', 'extract.js'].map((rel) => {
      const p = path.join(EXTENSION, rel);
      const text = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : '';
      return [rel, { found: samples.filter((s) => text.includes(s)).length, of: samples.length }];
    }),
  );
  return { scripts: scripts.filter((s) => s !== null), dicts, dictionaryFragments: carries };
}

// =============================================================================================

const started = Date.now();
const loadBefore = os.loadavg();
if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
  console.error(`No built extension at ${path.relative(ROOT, EXTENSION)}: run "QINGDU_OUT=.output-bench npx wxt build" first.`);
  process.exit(1);
}
const builtAt = fs.statSync(path.join(EXTENSION, 'manifest.json')).mtime;
const builtAtMs = fs.statSync(path.join(EXTENSION, 'manifest.json')).mtimeMs;
const build = buildFiles();
if (!build.dicts.length) console.warn(`! No dict/ folder in ${path.relative(ROOT, EXTENSION)}: conversion will fail (no dictionaries in this build).`);

const pool = chineseParagraphs();
const simplified = articlePage(pool, TARGET_CHARS);
const s2twNode = openccOf('s2tw');
const traditional = articlePage(pool, TARGET_CHARS, s2twNode);
const SIMPLIFIED_URL = 'http://www.pyxw.qingdu.test/news/2024-05/14/content_5562001.html';
const TRADITIONAL_URL = 'http://www.pyxw.qingdu.test/news/2024-05/14/content_5562002.html';
const converters = new Map(RUN_VARIANTS.map((v) => [v, openccOf(v)]));

const fixtures = loadFixtures();
const corpus = corpusPages();
if (!corpus.length) console.warn(`! No corpus pages found (${CORPUS}): the corpus rows will be empty.`);

const h = await launch();
h.serve(SIMPLIFIED_URL, simplified.html);
h.serve(TRADITIONAL_URL, traditional.html);
for (const x of fixtures) h.serve(x.url, x.html);
for (const c of corpus) h.serve(c.url, c.html);

async function tabIdOf(url: string): Promise<number> {
  const tabs = await h.worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
  return tab.id;
}

// The extension page everything is sent from (the popup does the same on a click), in its own tab.
const HOME = 'http://home.qingdu.test/';
h.serve(HOME, '<!doctype html><meta charset="utf-8"><title>清读 bench</title><p>清读</p>');
const home = await h.context.newPage();
await home.goto(HOME);
const ext = await h.context.newPage();
await ext.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await tabIdOf(HOME)}`);
await ext.waitForLoadState('load');
const chromium = h.context.browser()?.version() ?? (await (await h.context.newCDPSession(ext)).send('Browser.getVersion')).product;
const send = <T>(msg: object) => ext.evaluate((m) => chrome.runtime.sendMessage(m), msg) as Promise<T>;
/** The round trip of one set-script, timed inside the extension page. */
const setScript = (tabId: number, script: ScriptChoice) =>
  ext.evaluate(
    async ({ tabId, script }) => {
      const t0 = performance.now();
      const r = (await chrome.runtime.sendMessage({ type: 'qingdu:set-script', tabId, script })) as { script?: string; error?: string } | undefined;
      return { ms: performance.now() - t0, state: r ?? null };
    },
    { tabId, script },
  );

// ---- 1. conversion in a tab ----

interface TabRun {
  variant: Variant;
  tab: number;
  cold: boolean;
  ready: number | null;
  build: number | null;
  page: number | null;
  restore: number | null;
  roundTrip: number | null;
  restoreRoundTrip: number | null;
  /** The cleaner's mutation passes caused by our writes: after the conversion, after the restore. */
  cleanerAfterConvert: { n: number; ms: number } | null;
  cleanerAfterRestore: { n: number; ms: number } | null;
  /** JS heap (used) gained by the tab after GC: converter loaded and page converted. */
  addedMB: number | null;
  /** The same, counting the embedder (Blink) heap and array-buffer/external-string storage too. */
  addedAllMB: number | null;
  /** JS heap gained, measured again after the restore (the converter stays loaded). */
  addedAfterRestoreMB: number | null;
  diffInnerText: number | null;
  diffNodes: number | null;
  diffRestore: number | null;
  diffRestoreNodes: number | null;
  titleOk: boolean | null;
  altDiff: number | null;
  langAfter: string | null;
  langRestored: string | null;
  marked: string[];
  examples: string[];
  error?: string;
}

type Snapshot = { inner: string; rendered: boolean; nodes: string[]; title: string; alts: string[]; lang: string | null; marked: string[] };
const snapshot = (page: Page): Promise<Snapshot> =>
  page.evaluate(() => {
    const nodes: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement?.localName;
      if (parent !== 'script' && parent !== 'style') nodes.push((n as Text).data);
    }
    return {
      // innerText lays the page out; a page not rendered at all would give its textContent.
      inner: document.body.innerText,
      rendered: document.body.getClientRects().length > 0,
      nodes,
      title: document.title,
      alts: [...document.querySelectorAll('img[alt]')].map((i) => i.getAttribute('alt') ?? ''),
      lang: document.documentElement.getAttribute('lang'),
      marked: [...document.querySelectorAll('[data-qingdu-spam]')].map((e) => `<${e.localName}> ${e.getAttribute('data-qingdu-spam')}: ${(e.textContent ?? '').trim().slice(0, 40)}`),
    };
  });
const measures = (page: Page) =>
  page.evaluate(() => {
    const last = (n: string) => performance.getEntriesByName(n, 'measure').at(-1) ?? null;
    const d = (n: string) => last(n)?.duration ?? null;
    const at = (n: string) => last(n)?.startTime ?? null;
    const passes = performance.getEntriesByName('qingdu:pass', 'measure').map((e) => ({ start: e.startTime, duration: e.duration }));
    return { ready: d('qingdu:convert-ready'), build: d('qingdu:convert-build'), page: d('qingdu:convert-page'), restore: d('qingdu:restore-page'), pageAt: at('qingdu:convert-page'), restoreAt: at('qingdu:restore-page'), passes };
  });
/** The cleaner's later passes (its mutation observer, dom/cleaner.ts) that started at or after `from`. */
const passesFrom = (passes: { start: number; duration: number }[], from: number | null, until = Infinity) => {
  const xs = from === null ? [] : passes.filter((p) => p.start >= from && p.start < until);
  return { n: xs.length, ms: xs.reduce((a, p) => a + p.duration, 0) };
};

async function convertTab(variant: Variant, tab: number, cold: boolean): Promise<TabRun> {
  const run: TabRun = {
    variant, tab, cold, ready: null, build: null, page: null, restore: null, roundTrip: null, restoreRoundTrip: null, cleanerAfterConvert: null, cleanerAfterRestore: null, addedMB: null, addedAllMB: null, addedAfterRestoreMB: null,
    diffInnerText: null, diffNodes: null, diffRestore: null, diffRestoreNodes: null, titleOk: null, altDiff: null, langAfter: null, langRestored: null, marked: [], examples: [],
  };
  const url = `${variant === 't2s' ? TRADITIONAL_URL : SIMPLIFIED_URL}?tab=${variant}-${tab}`;
  const page = await h.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(QUIET_MS);
    const tabId = await tabIdOf(url);
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const u = await cdp.send('Runtime.getHeapUsage');
      return { used: u.usedSize, all: u.usedSize + (u.embedderHeapUsedSize ?? 0) + (u.backingStorageSize ?? 0) };
    };
    const before = await snapshot(page);
    run.marked = before.marked;
    if (!before.rendered) run.examples.push('body not rendered before the conversion');
    const h0 = await heap();
    const conv = await setScript(tabId, variant);
    run.roundTrip = conv.ms;
    if (!conv.state || conv.state.error || conv.state.script !== variant) throw new Error(`set-script ${variant}: ${JSON.stringify(conv.state)}`);
    const h1 = await heap();
    run.addedMB = (h1.used - h0.used) / 2 ** 20;
    run.addedAllMB = (h1.all - h0.all) / 2 ** 20;
    const after = await snapshot(page);
    run.marked.push(...after.marked.filter((m) => !run.marked.includes(m)).map((m) => `after conversion: ${m}`));
    const oc = converters.get(variant)!;
    const whole = diffChars(after.inner, oc(before.inner));
    run.diffInnerText = whole.chars;
    run.examples.push(...whole.examples.map((e) => `innerText: ${e}`));
    if (after.nodes.length !== before.nodes.length) {
      run.diffNodes = diffChars(after.nodes.join('\n'), before.nodes.map(oc).join('\n')).chars;
      run.examples.push(`text nodes ${before.nodes.length} → ${after.nodes.length}`);
    } else {
      let d = 0;
      for (let i = 0; i < after.nodes.length; i++) {
        const want = oc(before.nodes[i]!);
        if (after.nodes[i] === want) continue;
        const x = diffChars(after.nodes[i]!, want);
        d += x.chars;
        if (run.examples.length < 8) run.examples.push(...x.examples.map((e) => `node ${i}: ${e}`));
      }
      run.diffNodes = d;
    }
    if (!after.rendered) run.examples.push('body not rendered after the conversion');
    run.titleOk = after.title === oc(before.title);
    run.altDiff = diffChars(after.alts.join('\n'), before.alts.map(oc).join('\n')).chars;
    run.langAfter = after.lang;
    const m1 = await measures(page);
    run.ready = m1.ready;
    run.build = m1.build;
    run.page = m1.page;

    const back = await setScript(tabId, 'original');
    run.restoreRoundTrip = back.ms;
    if (!back.state || back.state.error || back.state.script !== 'original') throw new Error(`set-script original: ${JSON.stringify(back.state)}`);
    await page.waitForTimeout(100); // the cleaner's observer flushes within a frame or two
    const m2 = await measures(page);
    run.restore = m2.restore;
    run.cleanerAfterConvert = passesFrom(m2.passes, m2.pageAt, m2.restoreAt ?? Infinity);
    run.cleanerAfterRestore = passesFrom(m2.passes, m2.restoreAt);
    const restored = await snapshot(page);
    run.marked.push(...restored.marked.filter((m) => !before.marked.includes(m)).map((m) => `after restore: ${m}`));
    run.diffRestore = diffChars(restored.inner, before.inner).chars;
    run.diffRestoreNodes = restored.nodes.length === before.nodes.length && restored.nodes.every((n, i) => n === before.nodes[i]) && restored.title === before.title ? 0 : diffChars(restored.nodes.join('\n'), before.nodes.join('\n')).chars || 1;
    run.langRestored = restored.lang;
    const h2 = await heap();
    run.addedAfterRestoreMB = (h2.used - h0.used) / 2 ** 20;
    await cdp.detach().catch(() => undefined);
  } catch (e) {
    run.error = (e as Error).message.split('\n')[0];
  }
  await page.close().catch(() => undefined);
  return run;
}

const tabRuns: TabRun[] = [];
if (PARTS.has('convert')) process.stdout.write(`conversion: ${RUN_VARIANTS.length} variants × ${TABS} tabs on a ${simplified.chars.toLocaleString('en')}-character page `);
for (let t = 0; t < (PARTS.has('convert') ? TABS : 0); t++) {
  // Round-robin over the variants: tab 0 of each variant is the first to need its dictionary.
  for (const v of RUN_VARIANTS) tabRuns.push(await convertTab(v, t, t === 0));
  process.stdout.write('.');
}
if (PARTS.has('convert')) process.stdout.write(` ${Math.round((Date.now() - started) / 1000)} s\n`);

/** As a user does it: the popup opened on a fresh tab of the simplified page (which readies the
 * converter its 繁體 button would use and, in idle time, converts the page's texts ahead), a
 * pause, a click on script-traditional; click → the popup shows it done (the set-script answer:
 * the page converted), and the click's pass over the page. Beside it, the same click with no pause
 * (the click waits for the preparation the popup started) and after a long pause (preparation
 * done). Each page is checked against opencc-js. */
interface PopupClick {
  pause: number;
  ms: number | null;
  /** The click's pass over the page (qingdu:convert-page), main-thread ms. */
  page: number | null;
  /** The page's texts were converted ahead (qingdu:convert-ahead) before the click. */
  ahead: boolean | null;
  /** Characters differing from opencc-js (s2tw) on the page's text nodes. */
  diff: number | null;
  ok: boolean;
  error?: string;
}
const popupClicks: PopupClick[] = [];
if (PARTS.has('convert')) process.stdout.write(`conversion from the popup: ${TABS} tabs × 3 pauses `);
for (let t = 0; t < (PARTS.has('convert') ? TABS : 0); t++) {
  for (const pause of [POPUP_PAUSE_MS, 0, POPUP_LONG_PAUSE_MS]) {
    const url = `${SIMPLIFIED_URL}?popup=${t}-${pause}`;
    const page = await h.context.newPage();
    const popup = await h.context.newPage();
    const run: PopupClick = { pause, ms: null, page: null, ahead: null, diff: null, ok: false };
    try {
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(QUIET_MS);
      const before = await snapshot(page);
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await tabIdOf(url)}`);
      await popup.getByTestId('script-traditional').waitFor();
      await popup.waitForTimeout(pause);
      run.ms = await popup.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const b = document.querySelector('[data-testid="script-traditional"]') as HTMLButtonElement;
            const t0 = performance.now();
            b.click();
            const check = () => (b.getAttribute('aria-pressed') === 'true' ? resolve(performance.now() - t0) : setTimeout(check, 1));
            check();
          }),
      );
      run.ok = (await page.evaluate(() => document.documentElement.lang)) === VARIANT_LANG.s2tw;
      const m = await page.evaluate(() => {
        const pass = performance.getEntriesByName('qingdu:convert-page', 'measure').at(-1);
        const ahead = performance.getEntriesByName('qingdu:convert-ahead', 'mark').at(-1);
        return { page: pass?.duration ?? null, ahead: !!pass && !!ahead && ahead.startTime <= pass.startTime };
      });
      run.page = m.page;
      run.ahead = m.ahead;
      const after = await snapshot(page);
      const oc = converters.get('s2tw')!;
      run.diff = after.nodes.length === before.nodes.length ? diffChars(after.nodes.join('\n'), before.nodes.map(oc).join('\n')).chars : -1;
      if (run.diff !== 0) run.ok = false;
    } catch (e) {
      run.error = (e as Error).message.split('\n')[0];
    }
    popupClicks.push(run);
    await popup.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
  process.stdout.write('.');
}
if (PARTS.has('convert')) process.stdout.write(` ${Math.round((Date.now() - started) / 1000)} s\n`);

// ---- 2. reading view ----

interface ReaderLoad {
  /** t0 (Node, just before the message) → the reader's mark, ms. Articles only. */
  rendered: number | null;
  /** t0 → the answer of open-reader (extraction, storing, tabs.update) as seen in Node. */
  answered: number | null;
  /** t0 → the reader page's timeOrigin (extraction + storing + navigation start). */
  toReader: number | null;
  /** The reader page's timeOrigin → the mark (its load and render). */
  inReader: number | null;
  /** The reader page's timeOrigin → its DOMContentLoaded end, and → its first contentful paint. */
  readerDcl: number | null;
  readerFcp: number | null;
  /** The reader page's timeOrigin → its document's response end, and → DOM interactive. */
  readerResponse: number | null;
  readerInteractive: number | null;
  /** Not an article: t0 → the message seen (polled every animation frame). */
  message: number | null;
  kind: 'article' | 'not-article' | 'missing' | 'failed';
  reason?: string | null;
  articleChars?: number;
  readability: number | null;
  readabilityChars: number | null;
  readabilityArticle: boolean | null;
  error?: string;
}
interface ReaderPage {
  set: 'fixtures' | 'corpus';
  name: string;
  url: string;
  referrer?: string;
  loads: ReaderLoad[];
}

const tab = await h.context.newPage();
async function readerOnce(p: ReaderPage): Promise<ReaderLoad> {
  const load: ReaderLoad = { rendered: null, answered: null, toReader: null, inReader: null, readerDcl: null, readerFcp: null, readerResponse: null, readerInteractive: null, message: null, kind: 'failed', readability: null, readabilityChars: null, readabilityArticle: null };
  try {
    await tab.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
    await tab.waitForTimeout(QUIET_MS);
    const tabId = await tabIdOf(tab.url());
    const inReader = tab.waitForURL(/\/reader\.html\?key=/, { timeout: READER_TIMEOUT_MS, waitUntil: 'commit' });
    inReader.catch(() => undefined);
    let t0: number;
    if (READER_VIA === 'popup') {
      // The popup as the user has it: opened on the tab, a pause, the click (it closes itself).
      const popup = await h.context.newPage();
      try {
        await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
        const button = popup.getByTestId('reader-open');
        await button.waitFor({ state: 'visible', timeout: READER_TIMEOUT_MS });
        await popup.waitForTimeout(POPUP_PAUSE_MS);
        await h.routing(false);
        t0 = Date.now();
        await popup.evaluate(() => (document.querySelector('[data-testid="reader-open"]') as HTMLButtonElement).click());
      } finally {
        void popup.close().catch(() => undefined);
      }
    } else {
      await h.routing(false);
      t0 = Date.now();
      const answer = await send<{ opened: boolean; message?: string } | undefined>({ type: 'qingdu:open-reader', tabId });
      load.answered = Date.now() - t0;
      if (!answer?.opened) throw new Error(`not opened: ${answer?.message ?? JSON.stringify(answer)}`);
    }
    await inReader;
    const seen = await tab.waitForFunction(
      () => {
        const mark = performance.getEntriesByName('qingdu:reader-rendered')[0];
        const article = document.querySelector('article');
        if (mark) return { kind: 'article', at: performance.timeOrigin + mark.startTime, origin: performance.timeOrigin, chars: article?.textContent?.length ?? 0, reason: null };
        const msg = document.querySelector('.reader-message');
        if (msg) return { kind: msg.getAttribute('data-state') ?? 'not-article', at: performance.timeOrigin + performance.now(), origin: performance.timeOrigin, chars: 0, reason: msg.getAttribute('data-reason') };
        return null;
      },
      undefined,
      { polling: 'raf', timeout: READER_TIMEOUT_MS },
    );
    const v = (await seen.jsonValue())!;
    const timing = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return {
        response: nav?.responseEnd ?? null,
        interactive: nav?.domInteractive ?? null,
        dcl: nav?.domContentLoadedEventEnd ?? null,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      };
    });
    load.readerResponse = timing.response;
    load.readerInteractive = timing.interactive;
    load.readerDcl = timing.dcl;
    load.readerFcp = timing.fcp;
    load.kind = v.kind === 'article' ? 'article' : v.kind === 'missing' ? 'missing' : 'not-article';
    load.reason = v.reason;
    load.toReader = v.origin - t0;
    if (load.kind === 'article') {
      load.rendered = v.at - t0;
      load.inReader = v.at - v.origin;
      load.articleChars = v.chars;
    } else load.message = v.at - t0;
  } catch (e) {
    load.error = (e as Error).message.split('\n')[0];
  }
  await h.routing(true);
  // The yardstick, on a fresh load of the same page.
  try {
    await tab.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
    await tab.waitForTimeout(QUIET_MS);
    const r = await timeReadability(tab);
    load.readability = r?.ms ?? null;
    load.readabilityChars = r?.chars ?? null;
    load.readabilityArticle = r?.article ?? null;
  } catch (e) {
    load.error = [load.error, `Readability: ${(e as Error).message.split('\n')[0]}`].filter(Boolean).join('; ');
  }
  return load;
}

const readerPages: ReaderPage[] = [
  ...fixtures.slice(0, FIXTURE_PAGES).map((x): ReaderPage => ({ set: 'fixtures', name: x.name, url: x.url, referrer: x.expected.referrer, loads: [] })),
  ...corpus.slice(0, CORPUS_PAGES).map((c): ReaderPage => ({ set: 'corpus', name: c.name, url: c.url, loads: [] })),
];
interface FloorLoad {
  toReader: number | null;
  dcl: number | null;
  fcp: number | null;
  message: number | null;
  error?: string;
}
/** From a loaded fixture page, tabs.update to reader.html with no key: t0 → the message. */
async function floorOnce(p: ReaderPage): Promise<FloorLoad> {
  const load: FloorLoad = { toReader: null, dcl: null, fcp: null, message: null };
  try {
    await tab.goto(p.url, { waitUntil: 'load', referer: p.referrer, timeout: 30_000 });
    await tab.waitForTimeout(QUIET_MS);
    const tabId = await tabIdOf(tab.url());
    const url = `chrome-extension://${h.extensionId}/reader.html`;
    const inReader = tab.waitForURL(/\/reader\.html$/, { timeout: READER_TIMEOUT_MS, waitUntil: 'commit' });
    inReader.catch(() => undefined);
    await h.routing(false);
    const t0 = Date.now();
    await ext.evaluate(({ tabId, url }) => chrome.tabs.update(tabId, { url }), { tabId, url });
    await inReader;
    const seen = await tab.waitForFunction(
      () => {
        const msg = document.querySelector('.reader-message');
        if (!msg) return null;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        return {
          at: performance.timeOrigin + performance.now(),
          origin: performance.timeOrigin,
          dcl: nav?.domContentLoadedEventEnd ?? null,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
        };
      },
      undefined,
      { polling: 'raf', timeout: READER_TIMEOUT_MS },
    );
    const v = (await seen.jsonValue())!;
    load.toReader = v.origin - t0;
    load.message = v.at - t0;
    load.dcl = v.dcl;
    // The paint entry lands a frame or so after the message is in the DOM.
    await tab.waitForTimeout(100);
    load.fcp = v.fcp ?? (await tab.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null));
  } catch (e) {
    load.error = (e as Error).message.split('\n')[0];
  }
  await h.routing(true);
  return load;
}

const maxRuns = PARTS.has('reader') ? Math.max(FIXTURE_RUNS, CORPUS_RUNS) : 0;
// Warm-up (first injection of extract.js, first reader page): not counted.
if (maxRuns) for (const p of readerPages.slice(0, 2)) await readerOnce(p);
for (let run = 0; run < maxRuns; run++) {
  const these = readerPages.filter((p) => run < (p.set === 'fixtures' ? FIXTURE_RUNS : CORPUS_RUNS));
  process.stdout.write(`reading view run ${run + 1}/${maxRuns} (${these.length} pages): `);
  for (const [i, p] of these.entries()) {
    p.loads.push(await readerOnce(p));
    if (i % 20 === 19) process.stdout.write('.');
  }
  process.stdout.write(` ${Math.round((Date.now() - started) / 1000)} s\n`);
}
const floorPage = readerPages.find((p) => p.name === 'seed') ?? readerPages[0];
const floor: FloorLoad[] = [];
if (maxRuns && floorPage) for (let i = 0; i < FLOOR_RUNS; i++) floor.push(await floorOnce(floorPage));
await h.close();
const loadAfter = os.loadavg();
const rebuilt = fs.statSync(path.join(EXTENSION, 'manifest.json')).mtimeMs !== builtAtMs;

// =============================================================================================
// Summaries.

const byVariant = RUN_VARIANTS.map((v) => {
  const runs = tabRuns.filter((r) => r.variant === v);
  const ok = runs.filter((r) => !r.error);
  const warm = ok.filter((r) => !r.cold);
  const cold = ok.find((r) => r.cold);
  const name = (r: TabRun) => `tab ${r.tab}`;
  return {
    variant: v,
    tabs: runs.length,
    failed: runs.filter((r) => r.error).length,
    readyCold: round(cold?.ready ?? null),
    readyWarm: statsOf(warm, (r) => r.ready, name),
    ready: statsOf(ok, (r) => r.ready, name),
    build: statsOf(ok, (r) => r.build, name),
    page: statsOf(ok, (r) => r.page, name),
    restore: statsOf(ok, (r) => r.restore, name),
    roundTripCold: round(cold?.roundTrip ?? null),
    roundTrip: statsOf(warm, (r) => r.roundTrip, name),
    restoreRoundTrip: statsOf(ok, (r) => r.restoreRoundTrip, name),
    cleanerAfterConvert: statsOf(ok, (r) => r.cleanerAfterConvert?.ms, name),
    cleanerAfterConvertPasses: Math.max(0, ...nums(ok.map((r) => r.cleanerAfterConvert?.n))),
    cleanerAfterRestore: statsOf(ok, (r) => r.cleanerAfterRestore?.ms, name),
    addedMB: statsOf(ok, (r) => r.addedMB, name),
    addedAllMB: statsOf(ok, (r) => r.addedAllMB, name),
    addedAfterRestoreMB: statsOf(ok, (r) => r.addedAfterRestoreMB, name),
    diffInnerText: Math.max(0, ...nums(ok.map((r) => r.diffInnerText))),
    diffNodes: Math.max(0, ...nums(ok.map((r) => r.diffNodes))),
    diffRestore: Math.max(0, ...nums(ok.map((r) => r.diffRestore)), ...nums(ok.map((r) => r.diffRestoreNodes))),
    titleOk: ok.every((r) => r.titleOk),
    altDiff: Math.max(0, ...nums(ok.map((r) => r.altDiff))),
    lang: { after: [...new Set(ok.map((r) => r.langAfter))], expected: VARIANT_LANG[v], restored: [...new Set(ok.map((r) => r.langRestored))] },
    marked: [...new Set(ok.flatMap((r) => r.marked))],
    examples: [...new Set(ok.flatMap((r) => r.examples))].slice(0, 6),
    errors: runs.filter((r) => r.error).map((r) => `tab ${r.tab}: ${r.error}`),
  };
});
const allOk = tabRuns.filter((r) => !r.error);
const convAll = {
  readyCold: statsOf(allOk.filter((r) => r.cold), (r) => r.ready, (r) => r.variant),
  readyWarm: statsOf(allOk.filter((r) => !r.cold), (r) => r.ready, (r) => `${r.variant} tab ${r.tab}`),
  page: statsOf(allOk, (r) => r.page, (r) => `${r.variant} tab ${r.tab}`),
  cleanerAfterConvert: statsOf(allOk, (r) => r.cleanerAfterConvert?.ms, (r) => `${r.variant} tab ${r.tab}`),
  cleanerAfterRestore: statsOf(allOk, (r) => r.cleanerAfterRestore?.ms, (r) => `${r.variant} tab ${r.tab}`),
  /** convert-ready − convert-build: the dictionary's trip from the worker (and the phrase table read). */
  dictTripWarm: statsOf(allOk.filter((r) => !r.cold && r.variant !== 't2s'), (r) => (r.ready !== null && r.build !== null ? r.ready - r.build : null), (r) => `${r.variant} tab ${r.tab}`),
  addedMB: statsOf(allOk, (r) => r.addedMB, (r) => `${r.variant} tab ${r.tab}`),
  addedAllMB: statsOf(allOk, (r) => r.addedAllMB, (r) => `${r.variant} tab ${r.tab}`),
};

interface ReaderSummary {
  set: string;
  name: string;
  loads: ReaderLoad[];
  rendered: number | null;
  answered: number | null;
  toReader: number | null;
  inReader: number | null;
  readerDcl: number | null;
  readerFcp: number | null;
  readerResponse: number | null;
  readerInteractive: number | null;
  message: number | null;
  readability: number | null;
  kind: ReaderLoad['kind'];
  readabilityArticle: boolean | null;
}
const readerSummaries: ReaderSummary[] = readerPages.map((p) => {
  const kinds = p.loads.map((l) => l.kind);
  const kind = (['article', 'not-article', 'missing', 'failed'] as const).reduce((a, k) => (kinds.filter((x) => x === k).length > kinds.filter((x) => x === a).length ? k : a), 'failed' as ReaderLoad['kind']);
  return {
    set: p.set,
    name: p.name,
    loads: p.loads,
    kind,
    rendered: median(nums(p.loads.map((l) => l.rendered))),
    answered: median(nums(p.loads.map((l) => l.answered))),
    toReader: median(nums(p.loads.map((l) => l.toReader))),
    inReader: median(nums(p.loads.map((l) => l.inReader))),
    readerDcl: median(nums(p.loads.map((l) => l.readerDcl))),
    readerFcp: median(nums(p.loads.map((l) => l.readerFcp))),
    readerResponse: median(nums(p.loads.map((l) => l.readerResponse))),
    readerInteractive: median(nums(p.loads.map((l) => l.readerInteractive))),
    message: median(nums(p.loads.map((l) => l.message))),
    readability: median(nums(p.loads.map((l) => l.readability))),
    readabilityArticle: p.loads.some((l) => l.readabilityArticle === true) ? true : p.loads.some((l) => l.readabilityArticle === false) ? false : null,
  };
});
const readerSets = (['fixtures', 'corpus'] as const).map((set) => {
  const rows = readerSummaries.filter((r) => r.set === set);
  const name = (r: ReaderSummary) => r.name;
  const articles = rows.filter((r) => r.rendered !== null);
  const rendered = statsOf(rows, (r) => r.rendered, name);
  const readability = statsOf(rows, (r) => r.readability, name);
  // The same pages on both sides of the ratio: those that rendered an article.
  const readabilityOfArticles = statsOf(articles, (r) => r.readability, name);
  const perPageRatio = nums(articles.map((r) => (r.readability ? r.rendered! / r.readability : null)));
  return {
    set,
    pages: rows.length,
    runs: set === 'fixtures' ? FIXTURE_RUNS : CORPUS_RUNS,
    articles: articles.length,
    rendered,
    answered: statsOf(rows, (r) => r.answered, name),
    toReader: statsOf(articles, (r) => r.toReader, name),
    inReader: statsOf(articles, (r) => r.inReader, name),
    readerDcl: statsOf(articles, (r) => r.readerDcl, name),
    readerFcp: statsOf(articles, (r) => r.readerFcp, name),
    readerResponse: statsOf(articles, (r) => r.readerResponse, name),
    readerInteractive: statsOf(articles, (r) => r.readerInteractive, name),
    notArticle: rows.filter((r) => r.kind === 'not-article').map((r) => `${r.name}${r.readabilityArticle === false ? ' (Readability: null too)' : ''}`),
    notArticleMessage: statsOf(rows, (r) => r.message, name),
    missing: rows.filter((r) => r.kind === 'missing').map((r) => r.name),
    failed: rows.flatMap((r) => r.loads.filter((l) => l.error).map((l) => `${r.name}: ${l.error}`)),
    readability,
    readabilityOfArticles,
    readabilityNull: rows.filter((r) => r.readabilityArticle === false).map((r) => r.name),
    ratio: {
      ofMedians: rendered.median !== null && readabilityOfArticles.median ? round(rendered.median / readabilityOfArticles.median, 2) : null,
      perPageMedian: round(median(perPageRatio), 2),
      perPageP95: round(pct(perPageRatio, 95), 2),
    },
    slowest: [...articles].sort((a, b) => b.rendered! - a.rendered!).slice(0, 5).map((r) => `${r.name} ${f(r.rendered)} (Readability ${f(r.readability)})`),
  };
});

// =============================================================================================
// The table.

const cpus = os.cpus();
const lines: string[] = [];
const pad = (s: string, n: number, right = false) => (right ? s.padStart(n) : s.padEnd(n));
const ms = (s: Stats) => `${f(s.median)} / ${f(s.p95)}`;
lines.push(`清读 Qingdu bench:tab — ${cpus[0]?.model ?? 'unknown CPU'} (${cpus.length} cores), ${os.platform()} ${os.release()}, Chromium ${chromium}, Node ${process.version}`);
lines.push(`Build measured: ${path.relative(ROOT, EXTENSION)} built ${builtAt.toISOString()}${rebuilt ? ' — REBUILT during the run: figures mix two builds' : ''}`);
lines.push(`Load average (1 min) ${loadBefore[0]!.toFixed(1)} at start, ${loadAfter[0]!.toFixed(1)} at end (2 cores shared with other work: figures are noisy). Times in ms; "a / b" = median / p95 (nearest rank).`);
lines.push('');
lines.push(
  `1. CONVERSION IN A TAB (issue 4). Page: ${simplified.chars.toLocaleString('en')} characters of paragraph text in ${simplified.paragraphs} <p> ` +
    `(${simplified.links} with a link, ${simplified.bolds} with <b>, ${simplified.images} images with alt), from ${pool.length} distinct paragraphs of the fixtures and the corpus; ` +
    `t2s on its traditional twin (opencc-js cn→tw, ${traditional.chars.toLocaleString('en')} characters).`,
);
lines.push(`   ${TABS} fresh tabs per variant, round-robin; "cold" = the first tab of a variant (the worker fetches that dictionary), "warm" = the others. Memory: JS heap used after GC, after − before set-script (+ Blink heap and external storage in "all").`);
const CW = [7, 9, 15, 13, 13, 13, 10, 15, 15, 13, 12, 9, 8];
const crow = (cells: string[]) => cells.map((c, i) => pad(c, CW[i]!, i > 0)).join(' ');
lines.push(crow(['variant', 'ready 1st', 'ready warm', 'build', 'in place', 'restore', 'trip 1st', 'trip warm', 'restore trip', 'heap +MB', 'all +MB', 'diff', 'restore']));
lines.push('-'.repeat(CW.reduce((a, b) => a + b + 1, 0)));
for (const v of byVariant) {
  lines.push(
    crow([
      v.variant,
      f(v.readyCold),
      ms(v.readyWarm),
      ms(v.build),
      ms(v.page),
      ms(v.restore),
      f(v.roundTripCold),
      ms(v.roundTrip),
      ms(v.restoreRoundTrip),
      `${f(v.addedMB.median, 2)} / ${f(v.addedMB.max, 2)}`,
      `${f(v.addedAllMB.median, 2)} / ${f(v.addedAllMB.max, 2)}`,
      `${v.diffInnerText}/${v.diffNodes}`,
      String(v.diffRestore),
    ]),
  );
}
lines.push(crow(['target', '≤ 30', '≤ 30', '', '≤ 15', '', '', '', '', '≤ 10', '', '0', '0']));
lines.push(`   (heap: median / max; diff: characters differing from opencc-js on the whole innerText / text node by text node, worst tab; restore: characters differing from the original.)`);
lines.push(
  `   all variants: ready cold ${ms(convAll.readyCold)} (max ${f(convAll.readyCold.max)} ${convAll.readyCold.maxAt ?? ''}) ${verdict(convAll.readyCold.max === null ? null : convAll.readyCold.max <= TARGET.readyMs)}; ` +
    `ready warm ${ms(convAll.readyWarm)} ${verdict(convAll.readyWarm.median === null ? null : convAll.readyWarm.median <= TARGET.readyMs)}; ` +
    `in place ${ms(convAll.page)} (max ${f(convAll.page.max)}) ${verdict(convAll.page.median === null ? null : convAll.page.median <= TARGET.pageMs)}; ` +
    `heap +${f(convAll.addedMB.median, 2)} MB (max ${f(convAll.addedMB.max, 2)}, all storage max ${f(convAll.addedAllMB.max, 2)}) ${verdict(convAll.addedMB.max === null ? null : convAll.addedMB.max <= TARGET.addedMB)}`,
);
lines.push(`   of ready (warm, s2* variants): dictionary message from the worker (ready − build) ${ms(convAll.dictTripWarm)}; build alone is the "build" column.`);
lines.push(
  `   not in "in place": the cleaner's mutation passes set off by the conversion's writes ${ms(convAll.cleanerAfterConvert)} (max ${f(convAll.cleanerAfterConvert.max)}, ` +
    `up to ${Math.max(0, ...byVariant.map((v) => v.cleanerAfterConvertPasses))} passes), by the restore's ${ms(convAll.cleanerAfterRestore)}.`,
);
const clicks = (pause: number) => statsOf(popupClicks.filter((c) => c.pause === pause && c.ok), (c) => c.ms);
const clickPaused = clicks(POPUP_PAUSE_MS);
const clickAtOnce = clicks(0);
const s2twRow = byVariant.find((v) => v.variant === 's2tw');
const clickPass = (pause: number) => statsOf(popupClicks.filter((c) => c.pause === pause && c.ok), (c) => c.page);
const passPaused = clickPass(POPUP_PAUSE_MS);
const passAtOnce = clickPass(0);
const passLong = clickPass(POPUP_LONG_PAUSE_MS);
const aheadReady = (pause: number) => `${popupClicks.filter((c) => c.pause === pause && c.ahead).length}/${popupClicks.filter((c) => c.pause === pause).length}`;
if (popupClicks.length)
  lines.push(
    `   from the popup (s2tw, ${TABS} fresh tabs each): popup open ${POPUP_PAUSE_MS} ms, then a click on 繁體 → the popup shows it done ${ms(clickPaused)}; ` +
      `the click at once ${ms(clickAtOnce)}; no popup (the set-script message alone, dictionary delivered after it: "trip" above) ${s2twRow ? `${f(s2twRow.roundTripCold)} 1st, ${ms(s2twRow.roundTrip)} warm` : 'n/a'}` +
      `${popupClicks.some((c) => !c.ok) ? `; ${popupClicks.filter((c) => !c.ok).length} clicks FAILED: ${popupClicks.find((c) => !c.ok)?.error ?? 'page not converted or not as opencc-js'}` : ''}.`,
  );
if (popupClicks.length)
  lines.push(
    `   in place after the popup's preparation (the click's pass; its texts converted ahead in idle time while the popup is open): ` +
      `popup open ${POPUP_PAUSE_MS} ms ${ms(passPaused)} (ready ahead in ${aheadReady(POPUP_PAUSE_MS)} tabs) ${verdict(passPaused.median === null ? null : passPaused.median <= TARGET.pageMs)}; ` +
      `the click at once ${ms(passAtOnce)} (ready ahead in ${aheadReady(0)}); popup open ${POPUP_LONG_PAUSE_MS} ms ${ms(passLong)} (ready ahead in ${aheadReady(POPUP_LONG_PAUSE_MS)}) ${verdict(passLong.median === null ? null : passLong.median <= TARGET.pageMs)}; ` +
      `every click's page equal to opencc-js: ${popupClicks.every((c) => c.diff === 0) ? 'yes' : 'NO'}.`,
  );
const badConv = byVariant.filter((v) => v.diffInnerText || v.diffNodes || v.diffRestore || !v.titleOk || v.altDiff || v.failed || !v.lang.after.every((l) => l === v.lang.expected) || !v.lang.restored.every((l) => l === 'zh-CN'));
if (!tabRuns.length) lines.push('   (conversion not run: BENCH_PARTS)');
else if (!badConv.length) lines.push(`   correctness: every tab equal to opencc-js (innerText, text nodes, title, alt), lang set as expected and restored to zh-CN, restore exact. PASS`);
for (const v of badConv)
  lines.push(
    `   ${v.variant}: diff ${v.diffInnerText}/${v.diffNodes}, restore ${v.diffRestore}, title ${v.titleOk ? 'ok' : 'DIFFERS'}, alt diff ${v.altDiff}, lang ${v.lang.after.join(',')} (want ${v.lang.expected}) restored ${v.lang.restored.join(',')}` +
      `${v.failed ? `, ${v.failed} tabs FAILED: ${v.errors.slice(0, 2).join('; ')}` : ''}${v.examples.length ? `; e.g. ${v.examples.slice(0, 3).join(' | ')}` : ''}`,
  );
const marked = [...new Set(byVariant.flatMap((v) => v.marked))];
if (marked.length) lines.push(`   note: the cleaner marked ${marked.length} elements on the generated pages (their text is still compared): ${marked.slice(0, 4).join(' | ')}`);
lines.push('');
lines.push('   Built files (bytes, gzip -9):');
for (const s of build.scripts) lines.push(`     ${pad(s.file, 30)} ${pad(s.bytes.toLocaleString('en'), 10, true)} ${pad(s.gzipBytes.toLocaleString('en'), 9, true)}`);
for (const d of build.dicts) lines.push(`     ${pad(d.file, 30)} ${pad(d.bytes.toLocaleString('en'), 10, true)} ${pad(d.gzipBytes.toLocaleString('en'), 9, true)}`);
if (!build.dicts.length) lines.push('     (no dict/ folder in this build)');
lines.push(
  `   Dictionary fragments (12-character samples of dict/* and opencc-js's dictionaries) found in: ` +
    Object.entries(build.dictionaryFragments)
      .map(([k, v]) => `${k} ${v.found}/${v.of}`)
      .join(', ') +
    ` — cleaner.js ${verdict(build.dictionaryFragments['content-scripts/cleaner.js']!.found === 0)}`,
);
lines.push('');
lines.push(`2. READING VIEW (issue 3), opened via ${READER_VIA === 'popup' ? `the popup (popup.html?tabId=N open ${POPUP_PAUSE_MS} ms, then a click on reader-open)` : 'the open-reader message (as the shortcut and the context menu)'}; Playwright routing off while it opens.`);
lines.push(`   t0 = Date.now() in Node just before the click / the message → the reader's qingdu:reader-rendered mark (performance.timeOrigin + startTime). Same wall clock, ±1 ms.`);
lines.push(`   Per page: median of its loads (fixtures ${FIXTURE_RUNS}, corpus ${CORPUS_RUNS}; load + ${QUIET_MS} ms first). Then median / p95 / max over the pages. Readability: parse() of a clone on a fresh load of the same page.`);
const RW = [10, 6, 46, 9, 9, 9, 6];
const rrow = (cells: string[]) => cells.map((c, i) => pad(c, RW[i]!, i > 2)).join(' ');
lines.push(rrow(['set', 'pages', 'measure', 'median', 'p95', 'max', 'target']));
lines.push('-'.repeat(RW.reduce((a, b) => a + b + 1, 0)));
for (const s of readerSets) {
  const line = (first: boolean, label: string, st: Stats, target = '') => lines.push(rrow([first ? s.set : '', first ? String(s.pages) : '', label, f(st.median), f(st.p95), f(st.max), target]));
  line(true, `click → rendered article (${s.articles} articles)`, s.rendered, s.set === 'fixtures' ? `≤ ${TARGET.readerMedianMs} ${verdict(s.rendered.median === null ? null : s.rendered.median <= TARGET.readerMedianMs)}` : '');
  line(false, '  click → answer (extract, store, tabs.update)', s.answered);
  line(false, '  click → reader page timeOrigin', s.toReader);
  line(false, '  reader timeOrigin → rendered', s.inReader);
  line(false, '    reader timeOrigin → document response end', s.readerResponse);
  line(false, '    reader timeOrigin → DOM interactive', s.readerInteractive);
  line(false, '    reader timeOrigin → DOMContentLoaded end', s.readerDcl);
  line(false, '    reader timeOrigin → first contentful paint', s.readerFcp);
  line(false, `Readability parse alone (same ${s.articles} pages)`, s.readabilityOfArticles);
  line(false, `Readability parse alone (all ${s.readability.n} pages)`, s.readability);
  lines.push(rrow(['', '', 'ratio rendered / Readability: of medians', f(s.ratio.ofMedians, 2), '', '', '']));
  lines.push(rrow(['', '', '                 per page: median, p95', f(s.ratio.perPageMedian, 2), f(s.ratio.perPageP95, 2), '', '']));
  line(false, `not-article message (${s.notArticle.length} pages, ±1 frame)`, s.notArticleMessage);
  lines.push(`${' '.repeat(19)}slowest: ${s.slowest.join('; ') || '—'}`);
  lines.push(`${' '.repeat(19)}not-article (${s.notArticle.length}): ${s.notArticle.join(', ') || 'none'}`);
  if (s.readabilityNull.length) lines.push(`${' '.repeat(19)}Readability alone returns null (${s.readabilityNull.length}): ${s.readabilityNull.join(', ')}`);
  if (s.missing.length) lines.push(`${' '.repeat(19)}reader showed "missing" (${s.missing.length}): ${s.missing.join(', ')}`);
  if (s.failed.length) lines.push(`${' '.repeat(19)}FAILED loads (${s.failed.length}): ${s.failed.slice(0, 8).join('; ')}${s.failed.length > 8 ? ' …' : ''}`);
  lines.push('');
}
const floorOk = floor.filter((l) => !l.error);
const floorStats = {
  runs: floor.length,
  page: floorPage?.name ?? null,
  message: statsOf(floorOk, (l) => l.message),
  toReader: statsOf(floorOk, (l) => l.toReader),
  dcl: statsOf(floorOk, (l) => l.dcl),
  fcp: statsOf(floorOk, (l) => l.fcp),
  errors: floor.filter((l) => l.error).map((l) => l.error!),
};
if (floor.length) {
  lines.push(`floor: ${FLOOR_RUNS}× from ${floorStats.page}, tabs.update to reader.html with no article (its "missing" message; no extraction, no storage, no article):`);
  lines.push(rrow(['', '', 'tabs.update → message seen (±1 frame)', f(floorStats.message.median), f(floorStats.message.p95), f(floorStats.message.max), '']));
  lines.push(rrow(['', '', '  tabs.update → reader page timeOrigin', f(floorStats.toReader.median), f(floorStats.toReader.p95), f(floorStats.toReader.max), '']));
  lines.push(rrow(['', '', '  reader timeOrigin → DOMContentLoaded end', f(floorStats.dcl.median), f(floorStats.dcl.p95), f(floorStats.dcl.max), '']));
  lines.push(rrow(['', '', '  reader timeOrigin → first contentful paint', f(floorStats.fcp.median), f(floorStats.fcp.p95), f(floorStats.fcp.max), '']));
  if (floorStats.errors.length) lines.push(`   floor failures: ${floorStats.errors.slice(0, 3).join('; ')}`);
  lines.push('');
}
const conversionErrors = tabRuns.filter((r) => r.error).map((r) => `${r.variant} tab ${r.tab}: ${r.error}`);
if (conversionErrors.length) lines.push(`conversion problems (${conversionErrors.length}): ${conversionErrors.slice(0, 6).join('; ')}${conversionErrors.length > 6 ? ' …' : ''}`);
lines.push(`wall time ${Math.round((Date.now() - started) / 1000)} s`);
console.log('\n' + lines.join('\n'));

fs.mkdirSync(path.dirname(OUT), { recursive: true });
const r2 = (x: number | null) => round(x, 3);
const json = {
  date: new Date().toISOString(),
  machine: { cpu: cpus[0]?.model ?? null, cores: cpus.length, platform: os.platform(), release: os.release(), memoryGiB: round(os.totalmem() / 2 ** 30, 1) },
  chromium,
  node: process.version,
  build: { dir: path.relative(ROOT, EXTENSION), builtAt: builtAt.toISOString(), rebuiltDuringRun: rebuilt, ...build },
  settings: { tabsPerVariant: TABS, fixtureRuns: FIXTURE_RUNS, corpusRuns: CORPUS_RUNS, quietMs: QUIET_MS, percentile: 'nearest rank', fixtures: path.relative(ROOT, FIXTURES), corpus: CORPUS },
  targets: TARGET,
  loadAverage: { start: loadBefore.map((x) => round(x)), end: loadAfter.map((x) => round(x)) },
  conversion: {
    page: { chars: simplified.chars, paragraphs: simplified.paragraphs, links: simplified.links, bolds: simplified.bolds, images: simplified.images, htmlBytes: Buffer.byteLength(simplified.html), distinctParagraphs: pool.length },
    traditionalPage: { chars: traditional.chars, htmlBytes: Buffer.byteLength(traditional.html) },
    all: convAll,
    fromPopup: { pauseMs: POPUP_PAUSE_MS, paused: clickPaused, atOnce: clickAtOnce, pagePaused: passPaused, pageAtOnce: passAtOnce, longPauseMs: POPUP_LONG_PAUSE_MS, pageLongPause: passLong, clicks: popupClicks },
    variants: byVariant,
    tabs: tabRuns.map((r) => ({
      ...r,
      ready: r2(r.ready), build: r2(r.build), page: r2(r.page), restore: r2(r.restore), roundTrip: r2(r.roundTrip), restoreRoundTrip: r2(r.restoreRoundTrip),
      addedMB: r2(r.addedMB), addedAllMB: r2(r.addedAllMB), addedAfterRestoreMB: r2(r.addedAfterRestoreMB),
    })),
  },
  reader: {
    via: READER_VIA,
    sets: readerSets,
    floor: { ...floorStats, loads: floor.map((l) => ({ ...l, toReader: r2(l.toReader), message: r2(l.message), dcl: r2(l.dcl), fcp: r2(l.fcp) })) },
    pages: readerSummaries.map((r) => ({
      ...r,
      rendered: r2(r.rendered), answered: r2(r.answered), toReader: r2(r.toReader), inReader: r2(r.inReader), readerDcl: r2(r.readerDcl), readerFcp: r2(r.readerFcp), readerResponse: r2(r.readerResponse), readerInteractive: r2(r.readerInteractive), message: r2(r.message), readability: r2(r.readability),
      loads: r.loads.map((l) => ({ ...l, rendered: r2(l.rendered), toReader: r2(l.toReader), inReader: r2(l.inReader), message: r2(l.message), readability: r2(l.readability) })),
    })),
  },
  problems: [...conversionErrors, ...readerSets.flatMap((s) => s.failed.map((x) => `${s.set}/${x}`))],
  wallSeconds: Math.round((Date.now() - started) / 1000),
};
fs.writeFileSync(OUT, JSON.stringify(json, null, 2) + '\n');
console.log(`full results: ${path.relative(process.cwd(), OUT) || OUT}`);
