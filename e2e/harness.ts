/**
 * Launches Debian's Chromium with the built extension (.output/chrome-mv3) through playwright-core,
 * and serves pages from memory at made-up hosts (no network: every other request is refused).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const EXTENSION = path.join(ROOT, process.env.QINGDU_OUT ?? '.output', 'chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** UI languages the extension has catalogs for (public/_locales), as BCP 47 tags. */
export type UiLang = 'zh-CN' | 'zh-TW' | 'en';
/**
 * Chromium on Linux takes its UI language, which picks the extension's catalog, from the LANGUAGE
 * environment variable (its --lang flag is ignored there; Playwright's `locale` only sets what
 * pages see). Non-English languages also need Debian's chromium-l10n (scripts/setup.sh).
 */
const LANGUAGE_ENV: Record<UiLang, string> = { 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW', en: 'en_US' };

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Serve `html` at `url` (exact, query ignored), with extra response `headers` if given. */
  serve(url: string, html: string | Buffer, contentType?: string, headers?: Record<string, string>): void;
  /** Turns the serving from memory off (every request goes to the network) and on again. */
  routing(on: boolean): Promise<void>;
  close(): Promise<void>;
}

/** `extensionDir`: another build than EXTENSION (an A/B comparison of two builds). */
export async function launch(opts: { extension?: boolean; lang?: UiLang; extensionDir?: string } = {}): Promise<Harness> {
  const lang = opts.lang ?? 'zh-CN';
  const dir = opts.extensionDir ?? EXTENSION;
  if (opts.extension !== false && !fs.existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}: run "npm run build" first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qingdu-e2e-'));
  const args = [...FLAGS];
  if (opts.extension !== false) args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    viewport: { width: 1280, height: 900 },
    locale: lang,
    env: { ...process.env, LANGUAGE: LANGUAGE_ENV[lang] },
  });
  // tsx/esbuild wrap named functions in __name(); functions passed to page.evaluate need it too.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  const pages = new Map<string, { body: string | Buffer; type: string; headers?: Record<string, string> }>();
  const key = (u: string) => u.split('#')[0]!.split('?')[0]!;
  const handler = async (route: Route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    const hit = pages.get(key(url));
    if (hit) return route.fulfill({ status: 200, contentType: hit.type, body: hit.body, headers: hit.headers && { 'content-type': hit.type, ...hit.headers } });
    return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  };
  await context.route('**/*', handler);
  let worker: Worker | undefined;
  let extensionId = '';
  if (opts.extension !== false) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    worker: worker!,
    serve(url, body, type = 'text/html; charset=utf-8', headers) {
      pages.set(key(url), { body, type, headers });
    },
    // Every request, the extension's own pages included, goes through Playwright while routing is
    // on (a round trip to Node each): benchmarks turn it off around what they time.
    async routing(on) {
      if (on) await context.route('**/*', handler);
      else await context.unroute('**/*', handler);
    },
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the cleaner has had its first pass and the page is quiet for `quietMs`. */
export async function settle(page: Page, quietMs = 300): Promise<void> {
  await page.waitForLoadState('load');
  await page.waitForTimeout(quietMs);
}

/** What the cleaner marked, as [selector-free description] for assertions. */
export function markedElements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-qingdu-spam]')].map((el) => ({
      tag: el.localName,
      reason: el.getAttribute('data-qingdu-spam'),
      fx: el.getAttribute('data-fx'),
      text: (el.textContent ?? '').trim().slice(0, 80),
    })),
  );
}

/** The two extension APIs the helpers below call inside the service worker. */
declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

/** The id of the tab showing `url` (for popup.html?tabId=N, TESTING-CONTRACT.md). */
export async function tabIdOf(h: Harness, url: string): Promise<number> {
  const tabs = await h.worker.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
  return tab.id;
}

/** popup.html?tabId=N in a tab of its own, once the element `ready` (a data-testid) is there. */
export async function openPopup(
  h: Harness,
  tabId: number,
  ready: string,
  opts: { viewport?: { width: number; height: number }; state?: 'attached' | 'visible' } = {},
): Promise<Page> {
  const popup = await h.context.newPage();
  if (opts.viewport) await popup.setViewportSize(opts.viewport);
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId(ready).waitFor(opts.state ? { state: opts.state } : undefined);
  return popup;
}

/** A request seen in the browser context: who made it (the service worker, or the URL of the
 * frame that made it at that moment) and whether it was a navigation. */
export interface SeenRequest {
  url: string;
  by: string;
  navigation: boolean;
}

/**
 * Every request of the context from now on: pages and frames, and service workers (Playwright
 * reports a Chromium service worker's requests on the context, with serviceWorker() set).
 * `extension()` keeps those made by the extension itself: its pages and its service worker.
 */
export function watchRequests(h: Harness) {
  const seen: SeenRequest[] = [];
  const origin = `chrome-extension://${h.extensionId}/`;
  const mine = (s: SeenRequest) => s.by.startsWith(origin) || s.by.startsWith(`service-worker:${origin}`);
  const listener = (r: import('playwright-core').Request) => {
    const sw = r.serviceWorker();
    let by = sw ? `service-worker:${sw.url()}` : '';
    if (!sw) {
      try {
        by = r.frame().url();
      } catch {
        by = 'unknown';
      }
    }
    seen.push({ url: r.url(), by, navigation: !sw && r.isNavigationRequest() });
  };
  h.context.on('request', listener);
  return {
    all: seen,
    /** Requests made by the extension's pages or its service worker. */
    extension: () => seen.filter(mine),
    /** …of those, the ones that leave the extension (any URL not inside it). */
    leaving: () => seen.filter((s) => mine(s) && !s.url.startsWith(origin)),
    stop: () => h.context.off('request', listener),
  };
}
