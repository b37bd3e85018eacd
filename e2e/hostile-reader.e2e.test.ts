/**
 * The reading view against hostile pages, in Chromium with the built extension (issue 6):
 * - every vector of tests/reader-fixtures/xss alone, as an article in reader.html: nothing runs
 *   (no dialog, no window.__xss, no navigation, nothing active left in the article), and no
 *   request leaves for a host the rendered article does not show an image from;
 * - the whole XSS page opened from the popup, requests watched on the context (the reader page
 *   and the service worker);
 * - a page whose form controls and images are named parentNode, title, body… (DOM clobbering:
 *   the extraction froze on it) and a page with a <base> injected into its body.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Extraction } from '../core/reader/model';
import { launch, openPopup, ROOT, tabIdOf, watchRequests, type Harness } from './harness';

declare const chrome: { storage: { session: { set(o: object): Promise<void> } } };

const FIXTURES = path.join(ROOT, 'tests/reader-fixtures');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name, 'source.html'), 'utf8');
const urlOf = (name: string) => (JSON.parse(fs.readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8')) as { url: string }).url;

const XSS_SOURCE = read('xss');
/** The vectors as core/reader/sanitize.test.ts reads them (FORMAT.md). */
const VECTORS = XSS_SOURCE.slice(XSS_SOURCE.indexOf('<!-- vector 1:'), XSS_SOURCE.indexOf('<!-- end of vectors -->'))
  .split(/(?=<!-- vector \d+:)/)
  .map((chunk) => {
    const m = /^<!-- (vector \d+: .*?) -->\n?([\s\S]*)$/.exec(chunk)!;
    return { name: m[1]!, html: m[2]!.trim() };
  });
/** Hosts the vectors send beacons to or load frames, scripts and styles from: never contacted. */
const NEVER = ['beacon.xss.test', 'evil.example', 'hijack.example'];

const XSS_URL = urlOf('xss');
// Without its refresh to another site, which would take the hostile page itself away first.
const XSS_PAGE = XSS_SOURCE.replace('<meta http-equiv="refresh" content="0; url=https://evil.example/">', '');
const CLOBBER_URL = urlOf('form-clobber');
const BASE_URL = urlOf('injected-base');
const PAGE_URL = 'http://news.xss-e2e.cn/2024/0910/1.html';

let h: Harness;

beforeAll(async () => {
  h = await launch();
  h.serve(XSS_URL, XSS_PAGE);
  h.serve(CLOBBER_URL, read('form-clobber'));
  h.serve(BASE_URL, read('injected-base'));
  h.serve(PAGE_URL, '<!doctype html><title>原网页</title><p>原网页</p>');
});
afterAll(() => h?.close());

const inReader = (page: Page) => page.waitForURL(/\/reader\.html\?key=/, { timeout: 15_000 });

/** Hosts the rendered article shows an image from (src or srcset): the only ones it may contact. */
const imageHosts = (page: Page) =>
  page.evaluate(() => {
    const hosts = new Set<string>();
    for (const el of document.querySelectorAll('article img, article source')) {
      const urls = [el.getAttribute('src') ?? '', ...(el.getAttribute('srcset') ?? '').split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')];
      for (const u of urls) if (/^https?:/.test(u)) hosts.add(new URL(u).host);
    }
    return [...hosts];
  });

/** Dialogs and new windows a page opens. (Not its CSP reports: Chromium reports an inline handler
 * against the page's CSP as soon as DOMPurify's inert DOMParser document parses one, before it is
 * removed, so a report there says nothing about what ran.) */
function watchPage(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss().catch(() => undefined); // (gone already when the page navigated or closed)
  });
  page.on('popup', (p) => dialogs.push(`popup ${p.url()}`));
  return { dialogs };
}

/** What is left in the rendered article that could run or load: active elements, handlers,
 * styles, script URLs. */
const risky = (page: Page) =>
  page.evaluate(() => {
    const article = document.querySelector('article')!;
    const bad = [...article.querySelectorAll('script,iframe,frame,object,embed,form,input,button,svg,math,style,link,meta,base,template,video,audio,portal')].map((e) => e.localName);
    for (const el of article.querySelectorAll('*'))
      for (const a of el.attributes) if (/^on/i.test(a.name) || a.name === 'style' || /^\s*(javascript|vbscript|data:text)/i.test(a.value)) bad.push(`${el.localName}[${a.name}]`);
    return bad;
  });

/** Images settled (loaded or failed, so an onerror would have fired), then two frames. */
const quiet = (page: Page) =>
  page
    .waitForFunction(() => [...document.images].every((i) => i.complete), undefined, { timeout: 5000 })
    .then(() => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))));

/** Clicks every link of the article whose href the sanitizer dropped (javascript:, data:…). */
const clickDeadLinks = (page: Page) => page.$$eval('article a:not([href^="http"])', (links) => links.forEach((a) => (a as HTMLElement).click()));

describe('each XSS vector alone in the reading view', () => {
  it(`has ${VECTORS.length} vectors (100+)`, () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(100);
  });

  let page: Page;
  let seen: ReturnType<typeof watchPage>;
  let requests: ReturnType<typeof watchRequests>;
  beforeAll(async () => {
    page = await h.context.newPage();
    seen = watchPage(page);
    requests = watchRequests(h);
  });
  afterAll(async () => {
    requests.stop();
    await page.close();
  });

  VECTORS.forEach((v, i) => {
    it(`${v.name}: runs nothing, navigates nowhere, contacts no host but the images it shows`, async () => {
      const key = `xss-${i + 1}`;
      const article: Article = {
        url: PAGE_URL,
        title: '网络安全宣传周',
        readingUnits: 100,
        textContent: '正文。',
        contentHtml: `<div><p>正文第一段。</p>${v.html}<p>正文最后一段。</p></div>`,
      };
      await h.worker.evaluate((o) => chrome.storage.session.set(o), { [`reader:${key}`]: { ok: true, article } satisfies Extraction });
      const from = requests.all.length;
      const url = `chrome-extension://${h.extensionId}/reader.html?key=${key}`;
      await page.goto(url);
      await page.locator('article').waitFor();
      await quiet(page);
      // Links whose href the sanitizer dropped: a click must do nothing at all.
      await clickDeadLinks(page);
      await quiet(page);
      const flag = await page.evaluate(() => (window as { __xss?: unknown }).__xss);
      const allowed = await imageHosts(page);
      const off = requests.all
        .slice(from)
        .filter((r) => /^https?:/.test(r.url))
        .filter((r) => NEVER.includes(new URL(r.url).host) || !allowed.includes(new URL(r.url).host));
      expect({
        flag,
        dialogs: seen.dialogs.splice(0),
        left: await risky(page),
        url: page.url(),
        requests: off.map((r) => r.url),
      }).toEqual({ flag: undefined, dialogs: [], left: [], url, requests: [] });
      // (A vector may leave a <style> open that swallows the rest: the first paragraph is there.)
      expect(await page.locator('article').innerText()).toContain('正文第一段。');
    });
  });
});

describe('hostile pages opened from the popup', () => {
  async function openFromPopup(page: Page, url: string): Promise<void> {
    await page.goto(url);
    await page.waitForLoadState('load');
    const popup = await openPopup(h, await tabIdOf(h, url), 'reader-open');
    await popup.getByTestId('reader-open').click();
    await inReader(page);
    await page.locator('main:not([aria-busy])').waitFor({ timeout: 15_000 });
    await popup.close().catch(() => undefined);
  }

  it('the XSS page: nothing runs in the view, and neither it nor the service worker contacts a host the article shows no image from', async () => {
    const page = await h.context.newPage();
    page.on('dialog', (d) => void d.dismiss().catch(() => undefined)); // the hostile page's own alerts are its business
    const requests = watchRequests(h);
    await openFromPopup(page, XSS_URL);
    const readerUrl = page.url();
    page.removeAllListeners('dialog');
    const seen = watchPage(page);
    await page.locator('article').waitFor();
    await quiet(page);
    await clickDeadLinks(page);
    await quiet(page);
    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(seen.dialogs).toEqual([]);
    expect(await risky(page)).toEqual([]);
    expect(page.url()).toBe(readerUrl);
    expect(await page.locator('article').innerText()).toContain('据悉，本次宣传周活动将持续到9月15日');
    const allowed = await imageHosts(page);
    const leaving = requests.leaving();
    // The watcher sees the view's own requests: the images it shows were asked for.
    expect(allowed.length).toBeGreaterThan(0);
    for (const host of allowed) expect(leaving.some((r) => new URL(r.url).host === host), host).toBe(true);
    expect(leaving.filter((r) => !allowed.includes(new URL(r.url).host))).toEqual([]);
    expect(requests.all.filter((r) => r.by.startsWith('chrome-extension://') && NEVER.some((host) => r.url.includes(host)))).toEqual([]);
    requests.stop();
    await page.close();
  });

  it('a page whose form controls and images are named parentNode, title, body, cloneNode…: the article, not a frozen tab', async () => {
    const page = await h.context.newPage();
    // The clobbering is real in this browser (what froze the extraction).
    await page.goto(CLOBBER_URL);
    expect(
      await page.evaluate(() => ({
        formParent: (document.querySelector('#aspnetForm')!.parentNode as Element).localName,
        title: typeof document.title,
        body: (document.body as Element).localName,
      })),
    ).toEqual({ formParent: 'input', title: 'object', body: 'form' });
    await openFromPopup(page, CLOBBER_URL);
    expect(await page.locator('h1').textContent()).toBe('市政务服务中心延长周末办件时间');
    const text = await page.locator('article').innerText();
    expect(text).toContain('周末窗口实行“一窗受理、集成服务”');
    expect(text).not.toContain('站内搜索');
    await page.close();
  });

  it('a page with a <base> injected into its body: images and links keep the page’s own host', async () => {
    const page = await h.context.newPage();
    const requests = watchRequests(h);
    await openFromPopup(page, BASE_URL);
    const article = page.locator('article');
    await article.waitFor();
    expect(await article.locator('img').evaluateAll((els) => els.map((e) => e.getAttribute('src')))).toEqual(['http://www.mxrm.cn/uploads/2024/07/01/reading-room.jpg']);
    expect(await article.locator('a', { hasText: '活动预告' }).getAttribute('href')).toBe('http://www.mxrm.cn/whdt/2024/0701/huodong.html');
    await quiet(page);
    expect(requests.leaving().filter((r) => r.url.includes('hijack.example'))).toEqual([]);
    requests.stop();
    await page.close();
  });
});
