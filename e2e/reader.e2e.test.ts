/** The reading view page, end to end in Chromium with the built extension: an Extraction put in
 * storage.session (as the background does), reader.html?key=K opened, and checked from outside
 * (TESTING-CONTRACT.md: the title in the page's <h1>, the body in one <article>). */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Extraction } from '../core/reader/model';
import { launch, ROOT, type Harness } from './harness';

declare const chrome: {
  storage: {
    session: { set(o: object): Promise<void> };
    local: { set(o: object): Promise<void>; get(k: string): Promise<Record<string, unknown>>; remove(k: string): Promise<void> };
  };
};

const IMG_HOST = 'img.reader-e2e.cn';
const PHOTO = `http://${IMG_HOST}/2024/05/photo.png`;
const PAGE_URL = 'http://news.reader-e2e.cn/2024/0506/a1.html';

const ARTICLE: Article = {
  url: PAGE_URL,
  title: '市区三条公交线路今起调整',
  siteName: '某市新闻网',
  source: '某市融媒体中心',
  byline: '记者 张三',
  published: '2024-05-06 09:30',
  lang: 'zh-CN',
  readingUnits: 900,
  textContent: '记者从市交通运输局获悉，三条公交线路今起调整。',
  contentHtml: `<div id="readability-page-1" class="page">
<p>\u3000\u3000记者从市交通运输局获悉，5月6日起，市区3路、12路、K5路三条公交线路调整走向。</p>
<figure><img src="${PHOTO}" alt="公交站台"><figcaption>调整后的3路公交站台。（记者 李四 摄）</figcaption></figure>
<table><thead><tr><th>线路</th><th>调整内容</th></tr></thead><tbody><tr><td>3路</td><td>延伸至高铁站</td></tr><tr><td>12路</td><td>取消人民路站</td></tr></tbody></table>
<p>\u3000\u3000市民可拨打12345热线咨询。</p></div>`,
};

let h: Harness;
let n = 0;

beforeAll(async () => {
  h = await launch();
  h.serve(PHOTO, fs.readFileSync(path.join(ROOT, 'public/icon/128.png')), 'image/png');
  h.serve(PAGE_URL, '<!doctype html><html lang="zh-CN"><head><title>原网页</title></head><body><h1>原网页</h1><p>正文</p></body></html>');
});
afterAll(() => h?.close());

const readerUrl = (key: string, extra = '') => `chrome-extension://${h.extensionId}/reader.html?key=${key}${extra}`;

/** Stores `value` under reader:<new key> in storage.session and returns the key. */
async function store(value: unknown): Promise<string> {
  const key = `e2e-${++n}`;
  await h.worker.evaluate((o) => chrome.storage.session.set(o), { [`reader:${key}`]: value });
  return key;
}
const setPrefs = (v: unknown) => h.worker.evaluate((o) => chrome.storage.local.set({ readerPrefs: o }), v);
const storedPrefs = () => h.worker.evaluate(() => chrome.storage.local.get('readerPrefs').then((r) => r.readerPrefs));
const clearPrefs = () => h.worker.evaluate(() => chrome.storage.local.remove('readerPrefs'));

async function openReader(key: string, extra = '', page?: Page): Promise<Page> {
  const p = page ?? (await h.context.newPage());
  await p.goto(readerUrl(key, extra));
  await p.locator('main:not([aria-busy])').waitFor();
  return p;
}
const colours = (page: Page) =>
  page.evaluate(() => ({
    bg: getComputedStyle(document.documentElement).backgroundColor,
    fg: getComputedStyle(document.querySelector('main')!).color,
  }));

describe('article', () => {
  it('has the title in the only <h1>, the body in one <article>, images absolute and loaded, the table', async () => {
    const page = await openReader(await store({ ok: true, article: ARTICLE } satisfies Extraction));
    expect(await page.locator('h1').allTextContents()).toEqual([ARTICLE.title]);
    expect(await page.locator('article').count()).toBe(1);
    const body = page.locator('article');
    const text = await body.innerText();
    expect(text).toContain('记者从市交通运输局获悉，5月6日起');
    expect(text).toContain('市民可拨打12345热线咨询。');
    expect(text.startsWith('记者'), 'the hand-made full-width indent is gone').toBe(true);
    await page.waitForFunction(() => [...document.querySelectorAll('article img')].every((i) => (i as HTMLImageElement).complete));
    const imgs = await body.locator('img').evaluateAll((els) => els.map((e) => ({ src: e.getAttribute('src'), w: (e as HTMLImageElement).naturalWidth })));
    expect(imgs).toEqual([{ src: PHOTO, w: 128 }]);
    expect(await body.locator('figcaption').textContent()).toContain('调整后的3路公交站台');
    expect(await body.locator('table tr').count()).toBe(3);
    expect(await body.getAttribute('lang')).toBe('zh-CN');
    expect(await page.title()).toBe(ARTICLE.title);

    const meta = await page.locator('.meta').innerText();
    for (const s of ['来源：某市融媒体中心', '记者 张三', '2024-05-06 09:30', '约 2 分钟']) expect(meta).toContain(s);
    expect(await page.getByRole('link', { name: '查看原网页' }).getAttribute('href')).toBe(PAGE_URL);
    await page.close();
  });

  it('返回 goes back in the tab when the view replaced the page, and to the page otherwise', async () => {
    const key = await store({ ok: true, article: ARTICLE });
    const page = await h.context.newPage();
    await page.goto(PAGE_URL);
    await openReader(key, '', page);
    await page.getByTestId('reader-back').click();
    await page.waitForURL(PAGE_URL);

    const fresh = await openReader(key);
    await fresh.getByTestId('reader-back').click();
    await fresh.waitForURL(PAGE_URL);
    await page.close();
    await fresh.close();
  });
});

describe('when there is no article', () => {
  it('says the page is not an article, with the reason and a link back; no <article>', async () => {
    const page = await openReader(
      await store({ ok: false, reason: 'not-article', url: 'http://news.reader-e2e.cn/', title: '某市新闻网首页', message: '页面上没有找到连续的正文。' }),
    );
    expect(await page.locator('h1').textContent()).toBe('这个页面不像是一篇文章');
    expect(await page.locator('main').innerText()).toContain('页面上没有找到连续的正文。');
    expect(await page.getByRole('link', { name: '返回原网页' }).getAttribute('href')).toBe('http://news.reader-e2e.cn/');
    expect(await page.locator('article').count()).toBe(0);
    await page.close();
  });

  it('says to open the view again when the key is unknown (session storage cleared), linking back if the URL is known', async () => {
    const page = await openReader('no-such-key');
    expect(await page.locator('h1').textContent()).toBe('阅读视图已失效');
    expect(await page.locator('main').innerText()).toContain('重新打开阅读视图');
    expect(await page.getByRole('link', { name: '返回原网页' }).count()).toBe(0);
    await openReader('no-such-key', `&url=${encodeURIComponent(PAGE_URL)}`, page);
    expect(await page.getByRole('link', { name: '返回原网页' }).getAttribute('href')).toBe(PAGE_URL);
    await openReader('', '', page);
    expect(await page.locator('h1').textContent()).toBe('阅读视图已失效');
    await page.close();
  });

  it('treats a stored value of the wrong shape as missing', async () => {
    const page = await openReader(await store({ ok: true, article: { title: 5 } }));
    expect(await page.locator('h1').textContent()).toBe('阅读视图已失效');
    await page.close();
  });
});

describe('preferences', () => {
  it('apply at once, persist across a reload, and follow changes made in another reader tab', async () => {
    await clearPrefs();
    const key = await store({ ok: true, article: ARTICLE });
    const page = await openReader(key);
    const other = await openReader(key);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    const light = await colours(page);

    await page.getByTestId('reader-settings-toggle').click();
    await page.getByRole('radio', { name: '米黄' }).check();
    const sepia = await colours(page);
    expect(sepia.bg).toBe('rgb(244, 236, 216)');
    expect(sepia.fg).toBe('rgb(91, 70, 54)');
    await page.getByRole('radio', { name: '深色' }).check();
    const dark = await colours(page);
    expect(dark).toEqual({ bg: 'rgb(30, 30, 30)', fg: 'rgb(214, 214, 214)' });
    expect(new Set([light.bg, sepia.bg, dark.bg]).size).toBe(3);

    await page.getByRole('radio', { name: '宋体' }).check();
    await page.getByRole('button', { name: '放大字号' }).click();
    await page.getByRole('button', { name: '增大行距' }).click();
    await page.getByRole('radio', { name: '窄' }).check();
    const look = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.querySelector('article')!);
        return { size: s.fontSize, leading: s.lineHeight, font: s.fontFamily.split(',')[0], width: document.querySelector('main')!.getBoundingClientRect().width };
      });
    const before = await look();
    expect(before).toMatchObject({ size: '20px', leading: '40px', font: '"Noto Serif CJK SC"' });
    await expect.poll(storedPrefs).toMatchObject({ theme: 'dark', font: 'serif', fontSize: 20, lineHeight: 2, width: 'narrow' });

    // The other tab follows without a reload.
    await expect.poll(() => colours(other)).toEqual(dark);
    await expect.poll(() => other.evaluate(() => getComputedStyle(document.querySelector('article')!).fontSize)).toBe('20px');

    await page.reload();
    await page.locator('article').waitFor();
    expect(await colours(page)).toEqual(dark);
    expect(await look()).toEqual(before);
    await page.close();
    await other.close();
  });

  it('a corrupt stored value reads as the defaults with a console message, the page works, and a read writes nothing back', async () => {
    await setPrefs('{not json');
    const page = await h.context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    await openReader(await store({ ok: true, article: ARTICLE }), '', page);
    expect(await page.locator('h1').textContent()).toBe(ARTICLE.title);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    expect(warnings.join('\n')).toContain('reader preferences repaired');
    expect(await storedPrefs()).toBe('{not json');

    await setPrefs({ theme: 'neon', fontSize: 'huge', width: 'wide' });
    await page.reload();
    await page.locator('article').waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
    expect(await page.evaluate(() => document.querySelector('main')!.getBoundingClientRect().width)).toBeGreaterThan(0);
    expect(await storedPrefs()).toEqual({ theme: 'neon', fontSize: 'huge', width: 'wide' });
    // The first change saves the repaired value (the valid width kept) with the change.
    await page.getByTestId('reader-settings-toggle').click();
    await page.getByRole('radio', { name: '深色' }).check();
    await expect.poll(storedPrefs).toMatchObject({ theme: 'dark', fontSize: 18, width: 'wide' });
    await page.close();
    await clearPrefs();
  });

  it('the settings work from the keyboard: open, arrow through a radio group, Escape back to the button', async () => {
    await clearPrefs();
    const page = await openReader(await store({ ok: true, article: ARTICLE }));
    const toggle = page.getByTestId('reader-settings-toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    // Preact moves the focus in an effect, after the panel has painted: wait for it, don't race it.
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('system');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle);
    expect(ring, 'the focused choice shows a focus ring').toBe('solid');
    await page.keyboard.press('Escape');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('reader-settings-toggle');
    await page.close();
    await clearPrefs();
  });
});

describe('security', () => {
  const EVIL = 'evil.reader-e2e.test';
  const XSS = `
<p>正文第一段。</p>
<script>window.__xss = 'script'</script>
<img src="x" onerror="window.__xss = 'img onerror'">
<img src="${PHOTO}" onload="window.__xss = 'img onload'" alt="ok">
<img src="javascript:window.__xss='img js'"><img src="data:text/html,<script>parent.__xss='data'</script>">
<a id="js-link" href="javascript:window.__xss='js link'">点这里</a>
<a id="data-link" href="data:text/html,<script>alert(1)</script>">数据链接</a>
<svg onload="window.__xss = 'svg onload'"><script>window.__xss = 'svg script'</script><image href="http://${EVIL}/svg.png"/></svg>
<div><math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=window.__xss='mxss'&gt;"></mglyph></table></mtext></math></div>
<iframe srcdoc="<script>parent.__xss = 'srcdoc'</script>"></iframe><iframe src="http://${EVIL}/frame.html"></iframe>
<meta http-equiv="refresh" content="0;url=http://${EVIL}/refresh">
<base href="http://${EVIL}/">
<link rel="stylesheet" href="http://${EVIL}/x.css">
<style>@import url(http://${EVIL}/import.css); body { background: url(http://${EVIL}/bg.png) }</style>
<div style="width: expression(alert(1)); background: url(http://${EVIL}/inline.png)">样式</div>
<object data="http://${EVIL}/x.swf"></object><embed src="http://${EVIL}/x.swf">
<form action="http://${EVIL}/post"><input autofocus onfocus="window.__xss = 'autofocus'"><button>提交</button></form>
<details open ontoggle="window.__xss = 'ontoggle'"><summary>摘要</summary>内容</details>
<noscript><p title="</noscript><img src=x onerror=window.__xss='noscript'>"></p></noscript>
<video poster="http://${EVIL}/poster.png"><source src="http://${EVIL}/v.mp4"></video>
<template><script>window.__xss = 'template'</script></template>
<p>正文最后一段。</p>`;

  it('runs nothing from the article, loads nothing but its images, and does not navigate', async () => {
    const page = await h.context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    const console_: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined); // (gone already when the page navigated or closed)
    });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => console_.push(m.text()));
    page.on('popup', (p) => requests.push(`popup:${p.url()}`));

    const article: Article = { ...ARTICLE, title: '<img src=x onerror="window.__xss=\'title\'">标题', byline: '<script>window.__xss="byline"</script>', contentHtml: XSS };
    const key = await store({ ok: true, article });
    await openReader(key, '', page);
    await page.waitForTimeout(1000);
    // Their href was dropped; clicking must do nothing at all.
    await page.locator('article a', { hasText: '点这里' }).click();
    await page.locator('article a', { hasText: '数据链接' }).click();
    await page.waitForTimeout(500);

    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(page.url()).toBe(readerUrl(key));
    expect(await page.locator('h1').textContent(), 'the title is text, not markup').toBe(article.title);
    const body = page.locator('article');
    expect(await body.innerText()).toContain('正文第一段。');
    expect(await body.innerText()).toContain('正文最后一段。');
    expect(await page.locator('script:not([src]), iframe, object, embed, meta[http-equiv], base, link[href*="evil"], style').count()).toBe(0);
    expect(await body.locator('svg, math, form, input, button, video, template, noscript').count()).toBe(0);
    expect(await body.locator('[onerror], [onload], [onfocus], [ontoggle], [style], [href^="javascript:"], [href^="data:"], [src^="data:text"]').count()).toBe(0);
    const hosts = new Set(requests.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).host));
    expect([...hosts]).toEqual([IMG_HOST]);
    expect(requests.filter((u) => u.startsWith('popup:'))).toEqual([]);
    expect(console_.filter((m) => /xss|Refused to/i.test(m))).toEqual([]);
    await page.close();
  });
});
