/**
 * Privacy (issue 6): the extension makes no network request of its own. Every request of the
 * browser context is watched — pages, frames and the service worker — while the extension is
 * used end to end: the cleaner on a hacked page, the popup (count, reveal, cleanup off and on),
 * Simplified/Traditional conversion (dictionaries injected by the worker), the reading view, the
 * options page. The extension's pages and worker may load files from inside the extension and
 * nothing else, except the images the reading view shows (the article's own, as the page did).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures';
import { launch, openPopup, ROOT, tabIdOf, watchRequests, type Harness } from './harness';

/** The test's own request from the worker, to show the watcher sees the worker's requests. */
const CONTROL = 'http://control.privacy.test/';

let h: Harness;
const seed = loadFixtures().find((f) => f.name === 'seed')!;

/** A county news item with a photo, for the reading view. */
const NEWS = 'http://www.gtxw.cn/xzdt/2024/0402/5531.html';
const PHOTO = 'http://www.gtxw.cn/uploads/2024/04/02/youcai.png';
const NEWS_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>城关镇千亩油菜花进入盛花期</title></head><body>
<h1>城关镇千亩油菜花进入盛花期</h1><div class="article-content">
<p>眼下正值春耕时节，城关镇王庄村千亩油菜花进入盛花期，金黄的花海连成一片，吸引了周边市民前来踏青赏花。</p>
<p><img src="/uploads/2024/04/02/youcai.png" alt="油菜花田" width="400" height="300"></p>
<p>村党支部书记张建国说，今年村里引进了新品种，花期比往年长了一周，还配套建设了观景台和停车场。</p>
<p>据了解，城关镇今年种植油菜2200亩，花期过后还将榨油销售，预计亩均增收600元。</p></div></body></html>`;

beforeAll(async () => {
  h = await launch();
  h.serve(seed.url, seed.html);
  h.serve(NEWS, NEWS_HTML);
  h.serve(PHOTO, fs.readFileSync(path.join(ROOT, 'public/icon/128.png')), 'image/png');
});
afterAll(() => h?.close());

describe('privacy', () => {
  it('the extension’s pages and service worker request nothing outside the extension but the article’s images', async () => {
    const requests = watchRequests(h);
    // The watcher sees the service worker's requests: a control, made here, then left out.
    await h.worker.evaluate((u) => fetch(u).then((r) => r.status), CONTROL);
    await expect.poll(() => requests.leaving().some((r) => r.by.startsWith('service-worker:') && r.url === CONTROL)).toBe(true);

    const page = await h.context.newPage();
    await page.goto(seed.url);
    await page.locator('[data-qingdu-spam]').first().waitFor({ state: 'attached' });
    const tabId = await tabIdOf(h, seed.url);

    const popup = await openPopup(h, tabId, 'spam-count');
    await popup.getByTestId('reveal-toggle').click();
    await expect.poll(() => popup.getByTestId('reveal-toggle').getAttribute('aria-checked')).toBe('true');
    await popup.getByTestId('reveal-toggle').click();
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => page.locator('[data-qingdu-spam]').count()).toBe(0);
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => page.locator('[data-qingdu-spam]').count()).toBeGreaterThan(0);
    for (const id of ['script-simplified', 'script-traditional', 'script-original']) {
      await popup.getByTestId(id).click();
      await expect.poll(() => popup.getByTestId(id).getAttribute('aria-pressed')).toBe('true');
    }
    await popup.close();
    await page.goto(NEWS);
    const readerPopup = await openPopup(h, tabId, 'reader-open');
    await readerPopup.getByTestId('reader-open').click();
    await page.waitForURL(/\/reader\.html\?key=/, { timeout: 15_000 });
    await page.locator('article').waitFor();
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    const shown = await page.evaluate(() => [...document.querySelectorAll('article img')].map((i) => (i as HTMLImageElement).currentSrc));
    await readerPopup.close().catch(() => undefined);

    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('site-host-input').waitFor();
    await options.close();

    requests.stop();
    const leaving = requests.leaving().filter((r) => r.url !== CONTROL);
    // The reading view's requests are seen too: the article's images, and nothing else.
    expect(shown.length).toBeGreaterThan(0);
    for (const src of shown) expect(leaving.some((r) => r.url === src), src).toBe(true);
    expect(leaving.filter((r) => !shown.includes(r.url))).toEqual([]);
    // The worker, the one part that runs without a page, contacted nothing outside at all.
    expect(leaving.filter((r) => r.by.startsWith('service-worker:'))).toEqual([]);
    await page.close();
  });
});
