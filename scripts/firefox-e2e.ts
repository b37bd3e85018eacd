/**
 * The Firefox end-to-end check (`npm run test:firefox`, after `npm run build:firefox`): Debian's
 * firefox-esr, headless, with the built extension (.output/firefox-mv3) installed as a temporary
 * add-on by the npm `web-ext` package, driven over Marionette (e2e/marionette.ts). It checks that
 * cleanup and the popup work in Firefox as they do in Chromium (e2e/popup.e2e.test.ts):
 *   - the seed page is cleaned exactly as its golden fixture says (e2e/fixtures.ts checkPage);
 *   - the popup (popup.html?tabId=N) and the badge show the same count; cleanup off for the site
 *     restores the page and greys the tab's toolbar icon, on again hides the spam again;
 *   - the popup and the reveal mode's labels are in Firefox's language (public/_locales);
 *   - a clean trap comes through untouched, and its popup says 0;
 *   - a visitor from a search engine stays on the article (the referrer guard, a MAIN-world
 *     content script: Firefox 128+).
 * With `--all` (npm run test:firefox -- --all, ~1.5 min) it checks every http golden fixture
 * instead (https ones would need a certificate: skipped).
 *
 * No network and no DNS: Firefox's HTTP proxy is a Node server on 127.0.0.1 that answers every
 * request from memory, so the fixtures load at their own addresses (their verdicts weigh on-site
 * and off-site links, so the host matters) and nothing else loads.
 * Bounded: every wait has a timeout and the whole run a deadline; Firefox (its whole process
 * group) and its temporary profile are removed however the run ends.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SLICE_MS } from '../dom/frame';
import { checkPage, loadFixtures, type Fixture } from '../e2e/fixtures';
import { ROOT } from '../e2e/harness';
import { manyLinksPage } from '../e2e/hostile-pages';
import { Marionette } from '../e2e/marionette';
import { en, tw, zh } from '../tests/catalogs';

const ALL = process.argv.includes('--all');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const MIN_FIREFOX = 128;
const EXTENSION = path.resolve(ROOT, process.env.QINGDU_OUT ?? '.output', 'firefox-mv3');
/** The whole run, start to cleanup: Firefox starts in ~4 s here, the checks take ~5 s (--all ~90 s). */
const DEADLINE_MS = ALL ? 300_000 : 110_000;
/** web-ext starting Firefox and installing the add-on. */
const INSTALL_TIMEOUT_MS = 45_000;
/** A page reaching its expected state (spam written by scripts arrives late). */
const PAGE_TIMEOUT_MS = 5_000;
/** How long a trap gets for its late scripts to trip the cleaner before it counts as clean. */
const TRAP_WAIT_MS = 1_600;
/** Where the search-engine visitor comes from (core/referrer.ts lists the hosts). */
const SEARCH_PAGE = 'http://www.baidu.com/link?url=qingdu-e2e';

// ---- preflight: say what is missing before launching anything ----
function fail(message: string): never {
  console.error(`\n✗ firefox-e2e: ${message}`);
  process.exit(1);
}
if (!fs.existsSync(FIREFOX)) fail(`Firefox not found at ${FIREFOX}.\n  Install Debian's firefox-esr (bash scripts/setup.sh) or set FIREFOX_PATH.`);
const versionLine = (() => {
  try {
    return execFileSync(FIREFOX, ['--version'], { encoding: 'utf8', timeout: 15_000 }).trim();
  } catch (e) {
    return fail(`${FIREFOX} --version failed: ${String(e).split('\n')[0]}`);
  }
})();
// MAIN-world content scripts (the referrer guard) and the manifest's strict_min_version.
if (Number(/(\d+)\./.exec(versionLine)?.[1] ?? 0) < MIN_FIREFOX) fail(`${versionLine} at ${FIREFOX}: Qingdu needs Firefox ${MIN_FIREFOX} or later.`);
const manifestFile = path.join(EXTENSION, 'manifest.json');
if (!fs.existsSync(manifestFile)) fail(`no built extension at ${EXTENSION}.\n  Run "npm run build:firefox" first.`);
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
const addonId = manifest.browser_specific_settings?.gecko?.id ?? fail(`${manifestFile} has no browser_specific_settings.gecko.id.`);
const fixtures = new Map(loadFixtures().map((f) => [f.name, f]));
const fixture = (name: string): Fixture => fixtures.get(name) ?? fail(`fixture tests/fixtures/${name}/ is missing.`);
const seed = fixture('seed');
const trap = fixture('trap-anti-gambling-news');
const redirect = fixture('search-redirect');

// ---- the pages, served through Firefox's HTTP proxy setting ----
const key = (u: string) => u.split('#')[0]!.split('?')[0]!;
const served = ALL ? [...fixtures.values()].filter((f) => f.url.startsWith('http:')) : [seed, trap, redirect];
const pages = new Map<string, string>(served.map((f) => [key(f.url), f.html]));
// A long page (20,000 links, a hidden farm among them): its first pass goes in slices.
const LINKS_PAGE = 'http://hostile.qingdu.test/firefox/links.html';
pages.set(key(LINKS_PAGE), manyLinksPage(20_000));
// A search result page whose link the check points at an article: its URL goes along as the referrer.
pages.set(key(SEARCH_PAGE), `<!doctype html><meta charset="utf-8"><meta name="referrer" content="unsafe-url"><title>百度一下</title><a id="result">搜索结果</a>`);
const server = http.createServer((req, res) => {
  // A proxied request carries the absolute URL; a direct one only the path.
  const url = /^https?:\/\//.test(req.url ?? '') ? req.url! : `http://${req.headers.host}${req.url}`;
  const body = pages.get(key(url));
  res.writeHead(body === undefined ? 404 : 200, { 'content-type': body === undefined ? 'text/plain' : 'text/html; charset=utf-8', connection: 'close' });
  res.end(body ?? '');
});
// A CONNECT (https) gets nothing: there is no network to tunnel to.
server.on('connect', (_req, socket) => socket.end('HTTP/1.1 502 No network\r\n\r\n'));

// ---- Firefox through web-ext, and the cleanup that runs however the run ends ----
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-firefox-'));
let webExt: ChildProcess | undefined;
let marionette: Marionette | undefined;
let webExtLog = '';
let firefoxVersion = '';

/** Signals web-ext's process group; false once the group is gone (signal 0 only asks). */
function killGroup(signal: NodeJS.Signals | 0): boolean {
  if (webExt?.pid === undefined) return false;
  try {
    process.kill(-webExt.pid, signal); // web-ext leads its own group: Firefox and its children too
    return true;
  } catch {
    return false; // the group is gone
  }
}
let cleaning: Promise<void> | undefined;
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await marionette?.close();
    if (killGroup('SIGTERM')) {
      for (let i = 0; i < 50 && killGroup(0); i++) await sleep(100);
      killGroup('SIGKILL');
      for (let i = 0; i < 20 && killGroup(0); i++) await sleep(100);
    }
    server.close();
    server.closeAllConnections();
    fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaning;
}
process.on('exit', () => {
  killGroup('SIGKILL');
  fs.rmSync(tmp, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n✗ firefox-e2e: ${signal}, stopping Firefox.`);
    void cleanup().then(() => process.exit(130));
  });
}
setTimeout(() => {
  console.error(`\n✗ firefox-e2e: gave up after ${DEADLINE_MS / 1000} s.\n${tail(webExtLog)}`);
  void cleanup().then(() => process.exit(1));
}, DEADLINE_MS);

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
function tail(log: string): string {
  return log.trim() ? `  web-ext said:\n    ${log.trim().split('\n').slice(-15).join('\n    ')}` : '';
}
/** Polls `probe` until it returns a value `ok` accepts, or throws with `what` after `timeoutMs`. */
async function until<T>(what: string, probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = PAGE_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (e) {
      error = e;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${timeoutMs} ms (last: ${error ? String(error) : JSON.stringify(last)})`);
    await sleep(150);
  }
}

async function startFirefox(proxyPort: number, uuid: string): Promise<Marionette> {
  const webExtBin = path.join(path.dirname(createRequire(import.meta.url).resolve('web-ext')) /* its index.js is at the package root */, 'bin', 'web-ext.js');
  // Our own profile, used in place (--keep-profile-changes; removed with `tmp`): web-ext's --pref
  // writes string values into user.js unescaped, so a JSON value such as the UUID map is lost.
  const profile = path.join(tmp, 'profile');
  fs.mkdirSync(profile);
  const prefs: Record<string, string | number | boolean> = {
    // popup.html gets a known address: moz-extension://<uuid>/popup.html.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
    // 0: Marionette picks a free port and writes it to <profile>/MarionetteActivePort.
    'marionette.port': 0,
    // Every request goes to our server (https too, as a CONNECT it refuses): nothing leaves.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    // The fixtures are http pages: no upgrade of a clicked link to an https that cannot load.
    'dom.security.https_first': false,
    'intl.accept_languages': 'zh-CN',
  };
  fs.writeFileSync(path.join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
  webExt = spawn(
    process.execPath,
    [
      webExtBin,
      'run',
      '--target=firefox-desktop',
      `--firefox=${FIREFOX}`,
      `--source-dir=${EXTENSION}`,
      '--no-reload',
      '--no-input',
      '--no-config-discovery',
      `--firefox-profile=${profile}`,
      '--keep-profile-changes',
      '--arg=-headless',
      '--arg=-marionette',
      // Marionette may open moz-extension:// pages (popup.html) only with system access.
      '--arg=-remote-allow-system-access',
    ],
    {
      // Its own process group, so that cleanup reaches Firefox's processes; anything it puts in
      // the temporary directory goes into `tmp`, removed at the end.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, TMPDIR: tmp, NO_UPDATE_NOTIFIER: '1', MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const exited = new Promise<never>((_, reject) => webExt!.once('exit', (code, signal) => reject(new Error(`web-ext exited (${signal ?? code}) before the add-on was running.\n${tail(webExtLog)}`))));
  exited.catch(() => {}); // observed below; later exits are the cleanup's own
  const installed = new Promise<void>((resolve) => {
    const read = (chunk: Buffer) => {
      webExtLog += chunk.toString();
      if (/Installed .* as a temporary add-on/.test(webExtLog)) resolve();
    };
    webExt!.stdout!.on('data', read);
    webExt!.stderr!.on('data', read);
  });
  const timeout = sleep(INSTALL_TIMEOUT_MS).then(() => {
    throw new Error(`Firefox did not start with the add-on in ${INSTALL_TIMEOUT_MS / 1000} s.\n${tail(webExtLog)}`);
  });
  await Promise.race([installed, exited, timeout]);

  await until(
    'Marionette wrote its port',
    async () => fs.existsSync(path.join(profile, 'MarionetteActivePort')),
    (found) => found,
    15_000,
  );
  const port = Number(fs.readFileSync(path.join(profile, 'MarionetteActivePort'), 'utf8').trim());
  const m = await Marionette.connect(port);
  const session = (await m.newSession({ pageLoadStrategy: 'normal', timeouts: { pageLoad: 20_000, script: 15_000 } })) as { capabilities: { browserVersion: string } };
  firefoxVersion = session.capabilities.browserVersion;
  return m;
}

// ---- the checks ----
const results: { name: string; ms: number; error?: string }[] = [];
async function check(name: string, body: () => Promise<void>): Promise<void> {
  const t = Date.now();
  try {
    await body();
    results.push({ name, ms: Date.now() - t });
    console.log(`  ✓ ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    results.push({ name, ms: Date.now() - t, error });
    console.log(`  ✗ ${name} (${Date.now() - t} ms)\n      ${error.split('\n').join('\n      ')}`);
  }
}
function assert(ok: unknown, message: string): asserts ok {
  if (!ok) throw new Error(message);
}

/**
 * The fixtures' own checker (e2e/fixtures.ts, written for a Playwright page) run in the Firefox
 * tab: it only calls `page.evaluate(fn, arg)`, which here sends `fn`'s source through Marionette.
 */
function tabAsPage(m: Marionette): Page {
  // tsx (esbuild) wraps named functions in __name(): define it in the page's script too.
  const evaluate = (fn: (arg: unknown) => unknown, arg: unknown) => m.execute(`const __name = (f) => f; return (${fn.toString()})(arguments[0]);`, [arg]);
  return { evaluate } as unknown as Page;
}
/** As e2e/fixtures.ts runFixture: polls until the page matches, then checks it once more. */
async function fixtureProblems(m: Marionette, f: Fixture): Promise<string[]> {
  const isTrap = f.expected.marked.length === 0 && !f.expected.wrapped?.length;
  if (isTrap) await sleep(TRAP_WAIT_MS);
  const problems = () => checkPage(tabAsPage(m), f.expected);
  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  let found = await problems();
  while (found.length && Date.now() < deadline) {
    await sleep(200);
    found = await problems();
  }
  if (found.length) return found;
  await sleep(300); // still right a moment later (no late false positive)
  return problems();
}
/** Opens `url` by clicking a search result, as a visitor from a search engine arrives. */
async function visitFromSearch(m: Marionette, url: string): Promise<void> {
  await m.navigate(SEARCH_PAGE);
  await m.execute(`const a = document.getElementById('result'); a.href = arguments[0]; a.click();`, [url]);
  // The article itself, loaded (not a transient about:blank while the tab changes process); a
  // cloaking script that sends the visitor elsewhere shows as the last URL in the failure.
  await until(`${url} loaded from the search page`, () => m.execute<string>(`return location.href + ' ' + document.readyState;`), (s) => s === `${url} complete`);
}
const markedCount = (m: Marionette) => m.execute<number>(`return document.querySelectorAll('[data-qingdu-spam]').length;`);
const bodyText = (m: Marionette) => m.execute<string>(`return document.body.innerText;`);

/** Opens the popup for `tabId` in the current tab. */
const openPopup = (m: Marionette, popupUrl: string, tabId: number) => m.navigate(`${popupUrl}?tabId=${tabId}`);
/** The count the popup in the current tab shows, once it has the tab's state (and it is `want`). */
async function popupCount(m: Marionette, want?: number): Promise<number> {
  // The count, or the notice the popup shows when it cannot reach the tab's content script.
  const read = () => m.execute<string>(`const el = document.querySelector('.count [data-testid=spam-count], .notice'); return el ? (el.matches('.notice') ? 'notice: ' : '') + el.textContent : 'nothing yet';`);
  const text = await until(`popup shows the count${want === undefined ? '' : ` ${want}`}`, read, (t) => /^\d+$/.test(t) && (want === undefined || t === String(want)));
  return Number(text);
}
async function popupClick(m: Marionette, testId: string): Promise<void> {
  await m.execute(`document.querySelector('[data-testid=${testId}]').click();`);
}

/**
 * Watches the background's action.setIcon calls from the popup in the current tab (Firefox's
 * background is a page the popup can reach: runtime.getBackgroundPage). The calls go through; the
 * record says whether Firefox accepted the icon files. The popup must stay on its page until
 * unwatchIcons (the wrapper lives in the popup's page).
 */
async function watchIcons(m: Marionette): Promise<void> {
  await m.execute(`return browser.runtime.getBackgroundPage().then((bg) => {
    const action = bg.browser.action;
    bg.__qingduSetIcon = action.setIcon;
    bg.__qingduIcons = [];
    action.setIcon = (d) => {
      const call = { tabId: d.tabId, icon16: d.path['16'], ok: null };
      bg.__qingduIcons.push(call);
      const p = bg.__qingduSetIcon.call(action, d);
      p.then(() => (call.ok = true), (e) => (call.ok = String(e)));
      return p;
    };
  });`);
}
async function unwatchIcons(m: Marionette): Promise<void> {
  await m.execute(`return browser.runtime.getBackgroundPage().then((bg) => { bg.browser.action.setIcon = bg.__qingduSetIcon; });`);
}
/** The last icon set on the tab, once Firefox accepted it. */
const lastIcon = (m: Marionette, tabId: number) =>
  m.execute<string>(
    `return browser.runtime.getBackgroundPage().then((bg) => { const c = bg.__qingduIcons.filter((c) => c.tabId === arguments[0]).pop(); return !c ? 'none' : c.ok === true ? c.icon16 : 'pending or failed: ' + c.ok; });`,
    [tabId],
  );

// ---- run ----
const t0 = Date.now();
try {
  await new Promise<void>((resolve, reject) => server.listen(0, '127.0.0.1', resolve).once('error', reject));
  const proxyPort = (server.address() as { port: number }).port;
  const uuid = crypto.randomUUID();
  const popupUrl = `moz-extension://${uuid}/popup.html`;
  marionette = await startFirefox(proxyPort, uuid);
  const m = marionette;
  console.log(`firefox-e2e: Firefox ${firefoxVersion} with ${path.relative(ROOT, EXTENSION)} (started in ${Date.now() - t0} ms)`);

  // The page tab and the popup tab; the popup finds the page's tab id with tabs.query.
  const { value: pageTab } = await m.send<{ value: string }>('WebDriver:GetWindowHandle');
  const popupTab = await m.newTab();
  await m.navigate(popupUrl);
  const tabIdOf = async (url: string) => {
    await m.switchTo(popupTab);
    const id = await m.execute<number | null>(`return browser.tabs.query({}).then((tabs) => { const t = tabs.find((t) => t.url === arguments[0]); return t ? t.id : null; });`, [url]);
    assert(typeof id === 'number', `no tab shows ${url} (tabs.query from the popup)`);
    return id;
  };
  const badge = (tabId: number) => m.execute<string>(`return browser.action.getBadgeText({ tabId: arguments[0] });`, [tabId]);
  const onPage = () => m.switchTo(pageTab);

  if (ALL) {
    for (const f of fixtures.values()) {
      if (!served.includes(f)) {
        console.log(`  - ${f.name}: skipped (${new URL(f.url).protocol} page)`);
        continue;
      }
      await check(f.name, async () => {
        await onPage();
        if (f.expected.referrer) await visitFromSearch(m, f.url);
        else await m.navigate(f.url);
        const problems = await fixtureProblems(m, f);
        assert(problems.length === 0, problems.join('\n'));
      });
    }
  } else {
    await check('the seed page is cleaned as its fixture says', async () => {
      await onPage();
      await m.navigate(seed.url);
      const problems = await fixtureProblems(m, seed);
      assert(problems.length === 0, `problems on ${seed.url}:\n${problems.join('\n')}`);
    });

    await check('the popup and the badge show the number hidden on the seed page', async () => {
      await onPage();
      const n = await markedCount(m);
      assert(n > 1, `only ${n} element(s) marked on the seed page`);
      const tabId = await tabIdOf(seed.url);
      await openPopup(m, popupUrl, tabId);
      const shown = await popupCount(m, n);
      assert(shown === n, `popup shows ${shown}, the page has ${n} marked`);
      const b = await badge(tabId);
      assert(b === String(n), `badge is "${b}", the page has ${n} marked`);
    });

    await check('the popup and the reveal-mode labels speak the browser’s language (the _locales catalogs)', async () => {
      // The popup is on the seed page's tab (the check above). Firefox picks the catalog from its
      // own language; <html lang> says which one, and the words must be that catalog's.
      await m.switchTo(popupTab);
      const lang = await m.execute<string>(`return document.documentElement.lang;`);
      const t = { 'zh-CN': zh, 'zh-TW': tw, en }[lang];
      assert(t !== undefined, `popup <html lang> is "${lang}"`);
      const label = await m.execute<string>(`return document.querySelector('[data-testid=reader-open]').textContent;`);
      assert(label === t('readerView'), `reader button says "${label}", the ${lang} catalog "${t('readerView')}"`);
      await popupClick(m, 'reveal-toggle');
      await onPage();
      const want = `"${t('extShortName')} · ${t('techniqueJunkTags')}"`;
      const before = () => m.execute<string>(`const el = document.querySelector('[data-qingdu-spam="junk-tags"]'); return el ? getComputedStyle(el, '::before').content : '';`);
      await until(`reveal label ${want} (hide.css __MSG_ names)`, before, (c) => c === want);
      await m.switchTo(popupTab);
      await popupClick(m, 'reveal-toggle');
    });

    await check('cleanup off for the site restores the seed page, on again hides the spam', async () => {
      const spam = seed.expected.visibleMustExclude![0]!;
      const tabId = await tabIdOf(seed.url);
      await openPopup(m, popupUrl, tabId);
      const before = await popupCount(m);
      await watchIcons(m);
      await popupClick(m, 'cleanup-toggle');
      await popupCount(m, 0); // the same popup, updated from the tab's answer
      await until('the grey toolbar icon on the tab', () => lastIcon(m, tabId), (i) => i === '/icon/off/16.png');
      await onPage();
      await until('nothing marked after cleanup off', () => markedCount(m), (n) => n === 0);
      assert((await bodyText(m)).includes(spam), `"${spam}" is not back on the page after cleanup off`);
      const wrappers = await m.execute<number>(`return document.querySelectorAll('[data-qingdu-wrap]').length;`);
      assert(wrappers === 0, `${wrappers} wrapper(s) left on the page after cleanup off`);
      await m.switchTo(popupTab);
      await popupClick(m, 'cleanup-toggle');
      await popupCount(m, before);
      await until('the jade toolbar icon on the tab again', () => lastIcon(m, tabId), (i) => i === '/icon/16.png');
      await unwatchIcons(m);
      await onPage();
      await until('marked again after cleanup on', () => markedCount(m), (n) => n > 1);
      assert(!(await bodyText(m)).includes(spam), `"${spam}" still visible after cleanup on`);
      const problems = await fixtureProblems(m, seed);
      assert(problems.length === 0, `after off and on again:\n${problems.join('\n')}`);
    });

    await check('a clean trap page comes through untouched, its popup says 0, the badge the seed page had is gone', async () => {
      await onPage();
      await m.navigate(trap.url);
      const problems = await fixtureProblems(m, trap);
      assert(problems.length === 0, `problems on ${trap.url}:\n${problems.join('\n')}`);
      const tabId = await tabIdOf(trap.url);
      // The tab showed the seed page's count; a clean page sends none: the browser emptied it.
      const b = await badge(tabId);
      assert(b === '', `badge is "${b}" on a clean page`);
      await openPopup(m, popupUrl, tabId);
      await popupCount(m, 0);
    });

    await check('a 20,000-link page is cleaned in slices, the farm among them found', async () => {
      await onPage();
      await m.navigate(LINKS_PAGE);
      await until('the farm marked', () => m.execute<string | null>(`return document.querySelector('.qd-farm')?.getAttribute('data-qingdu-spam') ?? null;`), (r) => r === 'css-hidden', 20_000);
      assert((await markedCount(m)) === 1, 'more than the farm marked');
      // Main-thread time beyond one slice: the pass went on in later tasks, and finished.
      const ms = await m.execute<number>(`return performance.getEntriesByName('qingdu:first-pass')[0]?.duration ?? 0;`);
      assert(ms > SLICE_MS, `first pass ${ms.toFixed(1)} ms: not more than one slice (${SLICE_MS} ms), so nothing was sliced`);
    });

    await check('a visitor from a search engine stays on the article (MAIN-world referrer guard)', async () => {
      await onPage();
      await visitFromSearch(m, redirect.url);
      const url = await m.execute<string>(`return location.href;`);
      assert(url === redirect.url, `the visitor was sent to ${url}`);
      const problems = await fixtureProblems(m, redirect);
      assert(problems.length === 0, `problems on ${redirect.url}:\n${problems.join('\n')}`);
    });
  }
} catch (e) {
  results.push({ name: 'Firefox with the add-on, driven over Marionette', ms: Date.now() - t0, error: e instanceof Error ? e.message : String(e) });
  console.log(`  ✗ ${e instanceof Error ? e.message : String(e)}`);
}

const failed = results.filter((r) => r.error);
if (failed.length && webExtLog.trim()) console.log(`\n${tail(webExtLog)}`);
await cleanup();
const leftover = fs.existsSync(tmp);
console.log(`\nfirefox-e2e: Firefox ${firefoxVersion || '?'}, ${((Date.now() - t0) / 1000).toFixed(1)} s in all${leftover ? `, temporary profile left at ${tmp}` : ''}`);
console.log(`${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
