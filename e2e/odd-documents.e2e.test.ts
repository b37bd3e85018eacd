/**
 * Odd documents (issue 6): XML and SVG documents, about:blank and srcdoc iframes, a frameset, a
 * page that loses its <body>, one giant text node, GBK and Big5 pages, pages whose scripts
 * overwrite DOM prototypes and MutationObserver, a strict CSP. Each is opened with the extension
 * and, for the errors, also without it: the extension adds no page error and no console message,
 * and hides the spam where hiding means something (converting too).
 */
import * as OpenCC from 'opencc-js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encode } from './encodings';
import { launch, openPopup, tabIdOf, type Harness } from './harness';
import { HEARTBEAT, SPAM_BLOCK } from './hostile-pages';

const BASE = 'http://odd.qingdu.test/';
const ARTICLE = '市住建局召开老旧小区改造工程推进会，部署下一阶段重点任务，确保年底前全面完成改造目标。';
/** The farm in traditional characters (Big5 has no simplified ones). */
const SPAM_BLOCK_TRAD = SPAM_BLOCK.replace('澳门葡京娱乐场', '澳門葡京娛樂場').replace('百家乐技巧', '百家樂技巧').replace('重庆时时彩计划', '重慶時時彩計劃').replace('六合彩开奖结果', '六合彩開獎結果').replace('太阳城娱乐城', '太陽城娛樂城');
/** A visible farm (strict CSP blocks inline styles, so no hiding trick works there). */
const VISIBLE_FARM = `<div class="qd-farm">${['澳门葡京娱乐场', '百家乐技巧', '重庆时时彩计划', '六合彩开奖结果', '太阳城娱乐城', '澳门威尼斯人官网', '真人百家乐', '新葡京赌场']
  .map((t, i) => `<a href="http://www.x${i}pj8866.xyz/">${t}</a>`)
  .join(' ')}</div>`;

let h: Harness;
let bare: Harness;
let s2tw: (s: string) => string;
let t2s: (s: string) => string;
beforeAll(async () => {
  [h, bare] = await Promise.all([launch(), launch({ extension: false })]);
  s2tw = OpenCC.Converter({ from: 'cn', to: 'tw' });
  t2s = OpenCC.Converter({ from: 't', to: 'cn' });
});
afterAll(async () => {
  await h?.close();
  await bare?.close();
});

interface Opened {
  page: Page;
  url: string;
  /** Page errors and console messages (every kind, every world) with the extension, then without. */
  logs: string[];
  bareLogs: string[];
}

/** Opens the same document with and without the extension; the extension-free tab is closed. */
async function openBoth(name: string, body: string | Buffer, type = 'text/html; charset=utf-8', headers?: Record<string, string>, settleMs = 800): Promise<Opened> {
  const url = BASE + name;
  const out: Opened = { page: null!, url, logs: [], bareLogs: [] };
  for (const [harness, logs] of [
    [bare, out.bareLogs],
    [h, out.logs],
  ] as const) {
    harness.serve(url, body, type, headers);
    const page = await harness.context.newPage();
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    page.on('console', (m) => logs.push(`${m.type()}: ${m.text()}`));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(settleMs);
    if (harness === h) out.page = page;
    else await page.close();
  }
  return out;
}

const marked = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-qingdu-spam]')].map((e) => `${e.className}:${e.getAttribute('data-qingdu-spam')}`));
/** Per farm: marked and not displayed. Through locators, which run in Playwright's own isolated
 * world: the sabotaged page's prototypes would break a page.evaluate. */
async function farmHidden(page: Page): Promise<boolean[]> {
  const farms = await page.locator('.qd-farm').all();
  return Promise.all(farms.map(async (f) => (await f.getAttribute('data-qingdu-spam')) !== null && (await f.isHidden())));
}

async function convert(o: Opened, to: 'script-traditional' | 'script-simplified') {
  const popup = await openPopup(h, await tabIdOf(h, o.url), to);
  await popup.getByTestId(to).click();
  return popup;
}

describe('odd documents', () => {
  it('an XML document and an SVG document: untouched, no error', async () => {
    const xml = await openBoth('feed.xml', `<?xml version="1.0" encoding="utf-8"?><rss><channel><title>${ARTICLE}</title><item><a href="http://www.pj8866.xyz/">澳门葡京娱乐场</a></item></channel></rss>`, 'application/xml');
    // (Chromium shows an unstyled XML file as its source tree.)
    expect(await xml.page.evaluate(() => document.querySelectorAll('[data-qingdu-spam]').length)).toBe(0);
    expect(xml.logs).toEqual(xml.bareLogs);
    const svg = await openBoth(
      'map.svg',
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><title>${ARTICLE}</title><text x="5" y="20">${ARTICLE}</text><script>document.documentElement.setAttribute('data-ran', 'yes')</script></svg>`,
      'image/svg+xml',
    );
    expect(await svg.page.evaluate(() => document.documentElement.getAttribute('data-ran'))).toBe('yes');
    expect(svg.logs).toEqual(svg.bareLogs);
    await xml.page.close();
    await svg.page.close();
  });

  it('an XHTML document (application/xhtml+xml): its farm is hidden, no error', async () => {
    const o = await openBoth(
      'page.xhtml',
      `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>新闻</title></head><body><p>${ARTICLE}</p>${SPAM_BLOCK}</body></html>`,
      'application/xhtml+xml',
    );
    expect(o.logs).toEqual(o.bareLogs);
    expect(await farmHidden(o.page)).toEqual([true]);
    await o.page.close();
  });

  it('about:blank and srcdoc iframes: the top page is cleaned, the frames run their scripts, no error', async () => {
    const o = await openBoth(
      'frames.html',
      `<!doctype html><meta charset="utf-8"><title>框架</title><p>${ARTICLE}</p>${SPAM_BLOCK}
<iframe id="doc" srcdoc="${`<p>${ARTICLE}</p><script>parent.postMessage('srcdoc-ran', '*')</script>`.replace(/"/g, '&quot;')}"></iframe>
<iframe id="blank"></iframe>
<script>window.got = []; addEventListener('message', (e) => got.push(e.data));
var d = document.getElementById('blank').contentDocument; d.open(); d.write('<p>${ARTICLE}</p>${SPAM_BLOCK}'); d.close(); d.body.setAttribute('data-written', 'yes');</script>`,
    );
    expect(o.logs).toEqual(o.bareLogs);
    expect(await farmHidden(o.page)).toEqual([true]);
    expect(await o.page.evaluate(() => (window as unknown as { got: string[] }).got)).toEqual(['srcdoc-ran']);
    expect(await o.page.evaluate(() => (document.getElementById('blank') as HTMLIFrameElement).contentDocument!.body.getAttribute('data-written'))).toBe('yes');
    await o.page.close();
  });

  it('a frameset: no error, its frames load', async () => {
    bare.serve(`${BASE}left.html`, `<!doctype html><meta charset="utf-8"><p>${ARTICLE}</p>`);
    h.serve(`${BASE}left.html`, `<!doctype html><meta charset="utf-8"><p>${ARTICLE}</p>`);
    const o = await openBoth('frameset.html', `<!doctype html><html><head><meta charset="utf-8"><title>框架集</title></head><frameset cols="50%,50%"><frame src="left.html"><frame src="left.html"></frameset></html>`);
    expect(o.logs).toEqual(o.bareLogs);
    expect(o.page.frames().length).toBe(3);
    expect(await o.page.frames()[1]!.evaluate(() => document.body.textContent)).toContain('住建局');
    await o.page.close();
  });

  it('pages with no <body>: one written without the tag (the parser adds it), one whose script removes it', async () => {
    const implicit = await openBoth('nobody.html', `<!doctype html><html><head><meta charset="utf-8"><title>无正文标签</title></head><p>${ARTICLE}</p>${SPAM_BLOCK}</html>`);
    expect(implicit.logs).toEqual(implicit.bareLogs);
    expect(await farmHidden(implicit.page)).toEqual([true]);
    await implicit.page.close();
    const removed = await openBoth(
      'bodyless.html',
      `<!doctype html><html><head><meta charset="utf-8"><title>无 body</title>${HEARTBEAT}<script>document.addEventListener('readystatechange', () => { if (document.readyState !== 'interactive') return; document.body.remove(); var d = document.createElement('div'); d.innerHTML = '<p>${ARTICLE}</p>'; document.documentElement.appendChild(d); setInterval(() => { var x = document.createElement('p'); x.textContent = '${ARTICLE}'; document.documentElement.appendChild(x); }, 100); });</script></head><body><p>${ARTICLE}</p></body></html>`,
    );
    expect(removed.logs).toEqual(removed.bareLogs);
    expect(await removed.page.evaluate(() => [document.body, (window as unknown as { __qdHeartbeat: { ticks: number } }).__qdHeartbeat.ticks > 10])).toEqual([null, true]);
    await removed.page.close();
  });

  it('a page that is one giant text node (2 M characters): a keyword run in it is wrapped, conversion converts it', async () => {
    const text = ARTICLE.repeat(Math.ceil(2_000_000 / ARTICLE.length));
    const o = await openBoth('giant.html', `<!doctype html><meta charset="utf-8"><title>巨型文本</title>${HEARTBEAT}<div id="giant">${text}</div><p>${ARTICLE}</p>${SPAM_BLOCK}`, undefined, undefined, 1500);
    expect(o.logs).toEqual(o.bareLogs);
    expect(await farmHidden(o.page)).toEqual([true]);
    const popup = await convert(o, 'script-traditional');
    await expect.poll(() => o.page.evaluate(() => document.getElementById('giant')!.textContent!.slice(0, 40)), { timeout: 20_000 }).toBe(s2tw(text.slice(0, 40)));
    expect(await o.page.evaluate(() => document.getElementById('giant')!.textContent!.length)).toBe(text.length);
    await popup.getByTestId('script-original').click();
    await expect.poll(() => o.page.evaluate((t) => document.getElementById('giant')!.textContent === t, text), { timeout: 20_000 }).toBe(true);
    await popup.close();
    await o.page.close();
  }, 90_000);

  it('a GBK page (charset in the header only): the farm is hidden, conversion to 繁體 works', async () => {
    const html = `<!doctype html><html><head><title>县区新闻</title></head><body><p id="a">${ARTICLE}</p>${SPAM_BLOCK}</body></html>`;
    const o = await openBoth('gbk.html', encode(html, 'gbk'), 'text/html; charset=GBK');
    expect(o.logs).toEqual(o.bareLogs);
    expect(await o.page.evaluate(() => [document.characterSet, document.getElementById('a')!.textContent])).toEqual(['GBK', ARTICLE]);
    expect(await farmHidden(o.page)).toEqual([true]);
    const popup = await convert(o, 'script-traditional');
    await expect.poll(() => o.page.locator('#a').innerText()).toBe(s2tw(ARTICLE));
    await popup.close();
    await o.page.close();
  });

  it('a Big5 page: the (traditional) farm is hidden, conversion to 简体 works', async () => {
    const trad = s2tw(ARTICLE);
    const html = `<!doctype html><html><head><title>縣區新聞</title></head><body><p id="a">${trad}</p>${SPAM_BLOCK_TRAD}</body></html>`;
    const o = await openBoth('big5.html', encode(html, 'big5'), 'text/html; charset=Big5');
    expect(o.logs).toEqual(o.bareLogs);
    expect(await o.page.evaluate(() => document.characterSet)).toBe('Big5');
    expect(await farmHidden(o.page)).toEqual([true]);
    const popup = await convert(o, 'script-simplified');
    await expect.poll(() => o.page.locator('#a').innerText()).toBe(t2s(trad));
    await popup.close();
    await o.page.close();
  });

  it("a page that overwrites DOM prototypes and MutationObserver: the content script's isolated world is unaffected", async () => {
    // Run first thing in <head>, before the content script's first pass and before the farms arrive.
    const sabotage = `<script>
var boom = function () { throw new Error('sabotaged'); };
Element.prototype.querySelectorAll = boom; Element.prototype.querySelector = boom; Document.prototype.querySelectorAll = boom;
Element.prototype.getAttribute = boom; Element.prototype.setAttribute = boom; Element.prototype.closest = boom;
Object.defineProperty(Node.prototype, 'textContent', { get: boom, set: boom });
Object.defineProperty(Node.prototype, 'parentElement', { get: boom });
Object.defineProperty(HTMLElement.prototype, 'innerText', { get: boom });
window.MutationObserver = null; window.getComputedStyle = boom; window.requestAnimationFrame = boom;
Text.prototype.splitText = boom; Node.prototype.appendChild = boom; Element.prototype.append = boom;
var insert = Node.prototype.insertBefore;
setTimeout(function () { var d = document.createElement('div'); d.innerHTML = ${JSON.stringify(SPAM_BLOCK.replace('qd-farm', 'qd-farm late'))}; insert.call(document.body, d.firstChild, null); window.lateDone = true; }, 600);
</script>`;
    const o = await openBoth('sabotage.html', `<!doctype html><html><head><meta charset="utf-8"><title>新闻</title>${sabotage}</head><body><p id="a">${ARTICLE}</p>${SPAM_BLOCK}</body></html>`, undefined, undefined, 1200);
    expect(o.logs).toEqual(o.bareLogs);
    expect(o.logs).toEqual([]);
    expect(await o.page.evaluate('window.lateDone')).toBe(true);
    await expect.poll(() => farmHidden(o.page)).toEqual([true, true]);
    const popup = await convert(o, 'script-traditional');
    await expect.poll(() => o.page.locator('#a').innerText()).toBe(s2tw(ARTICLE));
    await popup.close();
    await o.page.close();
  });

  it("a page that dispatches the cleaner's own \"started\" event (as a newer copy after an update does): the live cleaner goes on", async () => {
    // The event's name holds only the extension's id (public for a store build): a hacked page
    // can send it before injecting its farm.
    const stop = `<script>
document.dispatchEvent(new Event(${JSON.stringify(`${h.extensionId}:cleaner:started`)}));
setTimeout(function () { document.dispatchEvent(new Event(${JSON.stringify(`${h.extensionId}:cleaner:started`)})); var d = document.createElement('div'); d.innerHTML = ${JSON.stringify(SPAM_BLOCK.replace('qd-farm', 'qd-farm late'))}; document.body.appendChild(d.firstChild); }, 500);
</script>`;
    const o = await openBoth('stop-event.html', `<!doctype html><html><head><meta charset="utf-8"><title>新闻</title></head><body><p id="a">${ARTICLE}</p>${SPAM_BLOCK}${stop}</body></html>`, undefined, undefined, 1000);
    expect(o.logs).toEqual([]);
    await expect.poll(() => farmHidden(o.page)).toEqual([true, true]);
    await o.page.close();
  });

  it("a strict CSP (default-src 'none'; style-src 'none'): the extension's stylesheet still hides what it marks, no CSP report from it", async () => {
    const csp = { 'content-security-policy': "default-src 'none'; style-src 'none'" };
    const o = await openBoth('csp.html', `<!doctype html><html><head><meta charset="utf-8"><title>新闻</title></head><body><p>${ARTICLE}</p>${VISIBLE_FARM}${SPAM_BLOCK}</body></html>`, undefined, csp);
    // The page's own inline style is refused (both runs report it), so its "hidden" farm shows;
    // both farms are marked, and hide.css (not subject to the page's CSP) hides them.
    expect(o.logs).toEqual(o.bareLogs);
    expect(await marked(o.page)).toEqual(['qd-farm:keyword-list', 'qd-farm:keyword-list']);
    expect(await farmHidden(o.page)).toEqual([true, true]);
    const popup = await openPopup(h, await tabIdOf(h, o.url), 'reveal-toggle');
    await popup.getByTestId('reveal-toggle').click();
    await expect.poll(() => o.page.evaluate(() => getComputedStyle(document.querySelector('.qd-farm')!).outlineStyle)).toBe('dashed');
    await popup.close();
    await o.page.close();
  });
});
