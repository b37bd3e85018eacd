/**
 * The demo: `npm run demo` (builds, then runs this). Opens hacked sample pages (golden fixtures)
 * in headless Chromium twice, without the extension and with it, and writes to demo/:
 *   <case>-before.png / <case>-after.png (and <case>-reveal.png: what was hidden, highlighted),
 *   popup.png (the toolbar popup for the seed page), seed-simplified.png (the seed converted to
 *   simplified from the popup), seed-reader.png (its reading view), report.json (what was hidden
 *   and why).
 * No network: pages are served from memory at their real-looking addresses (e2e/harness.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { TECHNIQUE_LABELS } from '../core/spam/labels';
import type { TechniqueId } from '../core/spam/types';
import { loadFixtures, runFixture, type Fixture } from '../e2e/fixtures';
import { CHROMIUM, EXTENSION, ROOT, launch, type Harness } from '../e2e/harness';
import { PLACEHOLDER_IMAGE, framePage, standInPage, type Shot } from './demo-pages';

/** The one extension API called inside the service worker. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/** Hacked pages that show their technique visibly, then a clean trap. */
const CASES = ['seed', 'keyword-list-footer', 'link-intruder-row', 'japanese-keyword', 'css-offscreen', 'title-hijack', 'search-redirect', 'trap-anti-gambling-news'];
const OUT = path.join(ROOT, 'demo');
const WIDTH = 1280;
const MAX_HEIGHT = 2400;
const DEADLINE_MS = 150_000;

function fail(message: string): never {
  console.error(`\n✗ demo: ${message}`);
  process.exit(1);
}

// ---- preflight: say what is missing before launching anything ----
if (!fs.existsSync(CHROMIUM)) {
  fail(`Chromium not found at ${CHROMIUM}.\n  Install Debian's Chromium (sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium/Chrome binary.`);
}
if (!fs.existsSync(path.join(EXTENSION, 'manifest.json'))) {
  fail(`no built extension at ${EXTENSION}.\n  Run "npm run demo" (it builds first) or "npm run build".`);
}
const all = new Map(loadFixtures().map((f) => [f.name, f]));
const fixtures = CASES.map((name) => all.get(name) ?? fail(`sample page tests/fixtures/${name}/ is missing.`));

setTimeout(() => fail(`gave up after ${DEADLINE_MS / 1000} s (Chromium stuck?).`), DEADLINE_MS).unref();

fs.mkdirSync(OUT, { recursive: true });
for (const file of fs.readdirSync(OUT)) if (file.endsWith('.png') || file === 'report.json') fs.rmSync(path.join(OUT, file));

const t0 = Date.now();
let before: Harness, after: Harness;
try {
  [before, after] = await Promise.all([launch({ extension: false }), launch()]);
} catch (e) {
  fail(`could not start Chromium (${CHROMIUM}) with the extension:\n  ${String(e).split('\n').slice(0, 3).join('\n  ')}`);
}

// Routes registered after the harness's run first; what they leave falls through to it.
// Both runs: the sites' own pictures are not in the fixtures, so show a neutral placeholder
// instead of broken-image icons. Without the extension, a hacked page may also send the reader
// elsewhere (search-redirect): show a stand-in there instead of a blank 404.
const served = new Set<string>();
const key = (u: string) => u.split('#')[0]!.split('?')[0]!;
for (const h of [before, after]) {
  await h.context.route(/^https?:/, (route) => {
    const req = route.request();
    if (served.has(key(req.url()))) return route.fallback();
    if (req.resourceType() === 'image') return route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE });
    if (h === before && req.isNavigationRequest()) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: standInPage(req.url()) });
    return route.fallback();
  });
}

// One page, reused one shot at a time, renders the browser-like bar around each screenshot.
const framer = await before.context.newPage();
await framer.setViewportSize({ width: WIDTH, height: 200 });
let framing: Promise<unknown> = Promise.resolve();

interface Item {
  reason: string;
  tag: string;
  text: string;
  hosts: string[];
}

/** Every element the cleaner marked, read from the page (TESTING-CONTRACT.md). */
const hiddenItems = (page: Page): Promise<Item[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-qingdu-spam]')].map((el) => ({
      reason: el.getAttribute('data-qingdu-spam') ?? '',
      tag: el.localName,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80),
      hosts: [...new Set([...el.outerHTML.matchAll(/\bhttps?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!.toLowerCase()))],
    })),
  );

async function shoot(page: Page, file: string, shot: Shot, note: string): Promise<string> {
  await page.bringToFront();
  await page.evaluate(() => document.fonts.ready);
  const height = await page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body?.scrollHeight ?? 0));
  const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: 0, width: WIDTH, height: Math.min(MAX_HEIGHT, Math.max(height, 1)) } });
  const title = await page.title();
  const url = page.url();
  const out = path.join(OUT, file);
  const job = framing.then(async () => {
    await framer.setContent(framePage({ png, width: WIDTH, shot, title, url, note }), { waitUntil: 'load' });
    await framer.screenshot({ path: out, fullPage: true });
  });
  framing = job.catch(() => undefined);
  await job;
  return out;
}

/** The tab id Chrome gave `url`, asked from the extension's service worker. */
async function tabIdOf(h: Harness, url: string): Promise<number> {
  for (let i = 0; i < 20; i++) {
    let worker: Worker = h.worker;
    let tabs: { id?: number; url?: string }[];
    try {
      tabs = await worker.evaluate(() => chrome.tabs.query({}));
    } catch {
      // The worker was restarted: take the live one.
      worker = h.context.serviceWorkers()[0] ?? (await h.context.waitForEvent('serviceworker', { timeout: 5000 }));
      tabs = await worker.evaluate(() => chrome.tabs.query({}));
    }
    const id = tabs.find((t) => t.url === url)?.id;
    if (id !== undefined) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no tab at ${url}`);
}

interface CaseReport {
  case: string;
  description: string;
  url: string;
  referrer?: string;
  /** Where a reader ends up without the extension, when that is not the page itself. */
  landedWithout?: string;
  titleBefore: string;
  titleAfter: string;
  hidden: Item[];
  /** Differences from tests/fixtures/<case>/expected.json (empty when the cleaner matches it). */
  problems: string[];
  screenshots: string[];
  popupCount?: number;
}

const refNote = (f: Fixture) => (f.expected.referrer ? `来自 ${new URL(f.expected.referrer).host} 的搜索结果` : '');

async function runBefore(f: Fixture) {
  served.add(key(f.url));
  before.serve(f.url, f.html);
  const page = await before.context.newPage();
  try {
    await page.goto(f.url, { referer: f.expected.referrer, waitUntil: 'load' });
  } catch {
    // A script navigated away while the page loaded (search-redirect): shown as it is.
  }
  await page.waitForLoadState('load');
  await page.waitForTimeout(400);
  const shotPath = await shoot(page, `${f.name}-before.png`, 'before', refNote(f));
  const result = { title: await page.title(), landed: page.url(), shot: shotPath };
  await page.close();
  return result;
}

async function runAfter(f: Fixture, report: CaseReport) {
  served.add(key(f.url));
  const { page, problems } = await runFixture(after, f);
  report.problems = problems;
  report.hidden = await hiddenItems(page);
  report.titleAfter = await page.title();
  const n = report.hidden.length;
  const note = [refNote(f), n ? `已隐藏 ${n} 处` : '没有发现垃圾内容，页面未改动'].filter(Boolean).join(' · ');
  report.screenshots.push(await shoot(page, `${f.name}-after.png`, 'after', note));
  if (f.name === 'seed') {
    // The toolbar popup for this tab, then reveal mode switched on from it, as a user would.
    const popup = await after.context.newPage();
    await popup.setViewportSize({ width: 360, height: 560 });
    await popup.goto(`chrome-extension://${after.extensionId}/popup.html?tabId=${await tabIdOf(after, f.url)}`);
    const count = popup.getByTestId('spam-count');
    await count.waitFor({ state: 'attached' });
    await popup.waitForFunction(() => /^\d+$/.test(document.querySelector('[data-testid=spam-count]')?.textContent ?? ''));
    report.popupCount = Number(await count.textContent());
    await popup.evaluate(() => document.fonts.ready);
    const popupShot = path.join(OUT, 'popup.png');
    await popup.locator('main.popup').screenshot({ path: popupShot });
    report.screenshots.push(popupShot);
    await popup.getByTestId('reveal-toggle').click();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-qingdu-reveal'), undefined, { timeout: 5000 });
    report.screenshots.push(await shoot(page, 'seed-reveal.png', 'reveal', `已隐藏 ${n} 处，现以红框显示`));
    await popup.getByTestId('reveal-toggle').click();
    // The page (machine-converted to traditional) back in simplified, then the reading view.
    await popup.getByTestId('script-simplified').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans', undefined, { timeout: 10_000 });
    report.screenshots.push(await shoot(page, 'seed-simplified.png', 'after', '简繁转换：已转为简体'));
    await popup.getByTestId('reader-open').click();
    await page.waitForURL(/\/reader\.html\?key=/, { timeout: 10_000 });
    await page.locator('article').waitFor();
    await page.evaluate(() => document.fonts.ready);
    const readerShot = path.join(OUT, 'seed-reader.png');
    await page.screenshot({ path: readerShot, fullPage: true });
    report.screenshots.push(readerShot);
    await popup.close();
  } else if (await page.evaluate(() => !!document.body.querySelector('[data-qingdu-spam]:not(script, style, noscript)'))) {
    await page.evaluate(() => document.documentElement.setAttribute('data-qingdu-reveal', ''));
    await page.waitForTimeout(50);
    report.screenshots.push(await shoot(page, `${f.name}-reveal.png`, 'reveal', `已隐藏 ${n} 处，现以红框显示`));
  }
  await page.close();
}

const reports: CaseReport[] = [];
try {
  for (const f of fixtures) {
    const report: CaseReport = { case: f.name, description: f.expected.description, url: f.url, referrer: f.expected.referrer, titleBefore: '', titleAfter: '', hidden: [], problems: [], screenshots: [] };
    const [b] = await Promise.all([runBefore(f), runAfter(f, report)]);
    report.titleBefore = b.title;
    if (key(b.landed) !== key(f.url)) report.landedWithout = b.landed;
    report.screenshots.unshift(b.shot);
    // A <title> the cleaner marked now holds the real headline: show what it replaced.
    for (const it of report.hidden) if (it.tag === 'title') it.text = b.title.slice(0, 80);
    reports.push(report);
  }
} catch (e) {
  await Promise.allSettled([before.close(), after.close()]);
  fail(`a page failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
}
await Promise.allSettled([before.close(), after.close()]);
fs.writeFileSync(path.join(OUT, 'report.json'), JSON.stringify({ generated: new Date().toISOString(), extension: EXTENSION, cases: reports }, null, 2) + '\n');

// ---- the summary ----
const rel = (p: string) => path.relative(process.cwd(), p) || p;
const label = (reason: string) => TECHNIQUE_LABELS[reason as TechniqueId] ?? reason;
const lines: string[] = ['', `清读 Qingdu demo: ${reports.length} sample pages, opened without and with the extension (${((Date.now() - t0) / 1000).toFixed(1)} s)`, ''];
for (const r of reports) {
  const isTrap = r.case.startsWith('trap-');
  lines.push(`■ ${r.case}  ${r.url}${r.referrer ? `  (opened from a ${new URL(r.referrer).host} result)` : ''}`);
  if (r.hidden.length === 0) lines.push(isTrap ? '    0 items hidden: a genuine news page, nothing touched.' : '    0 items hidden.');
  else {
    lines.push(`    ${r.hidden.length} item${r.hidden.length > 1 ? 's' : ''} hidden:`);
    for (const it of r.hidden) {
      const hosts = it.hosts.length ? `  → ${it.hosts.slice(0, 3).join(', ')}${it.hosts.length > 3 ? ` +${it.hosts.length - 3} more hosts` : ''}` : '';
      const text = it.text ? `  "${it.text.length > 40 ? it.text.slice(0, 40) + '…' : it.text}"` : '  (empty)';
      lines.push(`      - ${it.reason} (${label(it.reason)}) <${it.tag}>${text}${hosts}`);
    }
  }
  if (r.titleBefore !== r.titleAfter) lines.push(`    tab title: "${r.titleBefore}" → "${r.titleAfter}"`);
  if (r.landedWithout) lines.push(`    without 清读 the reader was sent to ${r.landedWithout}; with it, they stay on the article.`);
  if (r.popupCount !== undefined) lines.push(`    popup shows: ${r.popupCount}`);
  if (r.problems.length) lines.push(`    ⚠ differs from tests/fixtures/${r.case}/expected.json:`, ...r.problems.map((p) => `        ${p}`));
  lines.push(`    ${r.screenshots.map(rel).join('  ')}`);
}
lines.push(
  '',
  `Report: ${rel(path.join(OUT, 'report.json'))}`,
  '',
  `The extension, ready to load: ${EXTENSION}`,
  '  In Chrome/Chromium: chrome://extensions → turn on Developer mode → Load unpacked → choose that folder.',
  '',
);
console.log(lines.join('\n'));
process.exit(0);
