/** The toolbar side, end to end: badge, popup count and list, reveal, cleanup off/on per site
 * (remembered), opened as popup.html?tabId=N (TESTING-CONTRACT.md). */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures';
import { launch, openPopup as harnessOpenPopup, tabIdOf as harnessTabIdOf, type Harness } from './harness';

/** The two extension APIs the tests call inside the service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

let h: Harness;
const fixtures = loadFixtures();
const seed = fixtures.find((f) => f.name === 'seed')!;
const trap = fixtures.find((f) => f.name === 'trap-anti-gambling-news')!;

beforeAll(async () => {
  h = await launch();
  for (const f of [seed, trap]) h.serve(f.url, f.html);
});
afterAll(() => h?.close());

const tabIdOf = (url: string) => harnessTabIdOf(h, url);
const badge = (tabId: number) => h.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
const markedCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-qingdu-spam]').length);

const openPopup = (tabId: number) => harnessOpenPopup(h, tabId, 'spam-count', { viewport: { width: 360, height: 560 }, state: 'attached' });

describe('badge and popup', () => {
  it('shows the number hidden on the badge and in the popup, with the list of what and why', async () => {
    const page = await h.context.newPage();
    await page.goto(seed.url);
    await page.waitForTimeout(300);
    const n = await markedCount(page);
    expect(n).toBeGreaterThan(1);
    const tabId = await tabIdOf(seed.url);
    expect(await badge(tabId)).toBe(String(n));
    const popup = await openPopup(tabId);
    expect(await popup.getByTestId('spam-count').textContent()).toBe(String(n));
    // 4 junk tags fold into one row "×4"; the keyword list shows its first words.
    expect(await popup.locator('.spam-item').count()).toBe(2);
    expect(await popup.locator('.spam-item[data-reason=junk-tags]').textContent()).toContain('×4');
    expect(await popup.locator('.spam-item[data-reason=keyword-list] .sample').textContent()).toContain('国产精品gz久久久');
    await popup.close();
    await page.close();
  });

  it('reveal mode shows the hidden items highlighted, and hides them again', async () => {
    const page = await h.context.newPage();
    await page.goto(seed.url);
    await page.waitForTimeout(300);
    const popup = await openPopup(await tabIdOf(seed.url));
    const spamText = '国产精品gz久久久';
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(spamText);
    await popup.getByTestId('reveal-toggle').click();
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain(spamText);
    expect(await popup.getByTestId('reveal-toggle').getAttribute('aria-checked')).toBe('true');
    const outline = await page.evaluate(() => getComputedStyle(document.querySelector('span[data-qingdu-spam]')!).outlineStyle);
    expect(outline).toBe('dashed');
    await popup.getByTestId('reveal-toggle').click();
    await expect.poll(() => page.evaluate(() => document.body.innerText)).not.toContain(spamText);
    await popup.close();
    await page.close();
  });

  it('turns cleanup off for the site (page restored exactly, remembered across loads) and on again', async () => {
    const page = await h.context.newPage();
    await page.goto(seed.url);
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(seed.url);
    const popup = await openPopup(tabId);
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => markedCount(page)).toBe(0);
    expect(await popup.getByTestId('spam-count').textContent()).toBe('0');
    // (the tab's count of 0 reaches the worker as a message after the page is restored)
    await expect.poll(() => badge(tabId)).toBe('');
    expect(await page.evaluate(() => document.body.innerText)).toContain('国产精品gz久久久');
    expect(await page.evaluate(() => document.querySelectorAll('[data-qingdu-wrap]').length)).toBe(0);

    const undone = await page.evaluate(() => document.documentElement.outerHTML);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await markedCount(page), 'the site stays off after a reload').toBe(0);
    expect(await page.evaluate(() => document.documentElement.outerHTML), 'undo gives back the page as loaded').toBe(undone);

    const popup2 = await openPopup(tabId);
    expect(await popup2.getByTestId('cleanup-toggle').getAttribute('aria-checked')).toBe('false');
    await popup2.getByTestId('cleanup-toggle').click();
    await expect.poll(() => markedCount(page)).toBeGreaterThan(0);
    await expect.poll(() => badge(tabId)).not.toBe('');
    await popup.close();
    await popup2.close();
    await page.close();
  });

  it('shows 0 and an empty list on a clean page', async () => {
    const page = await h.context.newPage();
    await page.goto(trap.url);
    await page.waitForTimeout(300);
    const tabId = await tabIdOf(trap.url);
    const popup = await openPopup(tabId);
    expect(await popup.getByTestId('spam-count').textContent()).toBe('0');
    expect(await popup.locator('.empty').count()).toBe(1);
    expect(await badge(tabId)).toBe('');
    await popup.close();
    await page.close();
  });

  it('the badge empties when the tab goes on to a clean page (the clean page sends nothing)', async () => {
    const page = await h.context.newPage();
    await page.goto(seed.url);
    const tabId = await tabIdOf(seed.url);
    await expect.poll(() => badge(tabId)).not.toBe('');
    await page.goto(trap.url);
    await page.waitForTimeout(300);
    expect(await badge(tabId)).toBe('');
    const popup = await openPopup(tabId);
    expect(await popup.getByTestId('spam-count').textContent()).toBe('0');
    await popup.close();
    await page.close();
  });

  it('says clearly when it cannot run on a tab', async () => {
    const popup = await openPopup(999999);
    expect(await popup.locator('.notice').textContent()).toContain('不能在这个页面上运行');
    await popup.close();
  });
});
