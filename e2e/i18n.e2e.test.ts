/**
 * The UI in the browser's language, end to end: Chromium started in English, in Traditional
 * Chinese and (the harness's default) in Simplified Chinese shows the popup, the options page, the
 * reading view, the badge's tooltip, the shortcuts' descriptions and the reveal mode's labels
 * from that language's catalog, with <html lang> to match. Pages keep their own language.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../core/reader/model';
import { catalog, en, tw, zh, type Locale } from '../tests/catalogs';
import type { Translate } from '../core/i18n';
import { loadFixtures } from './fixtures';
import { launch, openPopup, tabIdOf, type Harness, type UiLang } from './harness';

declare const chrome: {
  i18n: { getMessage(name: string, subs?: string[]): string };
  action: { getTitle(d: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<{ name?: string; description?: string }[]> };
  storage: { session: { set(items: Record<string, unknown>): Promise<void> } };
};

const seed = loadFixtures().find((f) => f.name === 'seed')!;

const ARTICLE: Extraction = {
  ok: true,
  article: {
    url: 'http://news.i18n-e2e.cn/2024/05/bus.html',
    title: '市区三条公交线路调整',
    lang: 'zh-CN',
    readingUnits: 1200,
    textContent: '记者从市交通运输局获悉，三条公交线路今起调整。',
    contentHtml: '<div><p>记者从市交通运输局获悉，5月6日起，市区3路、12路、K5路三条公交线路调整走向。</p></div>',
  },
};

/** Per language: its catalog, and a few of its words written out, so a catalog that silently
 * fell back to another language would not pass. */
const CASES: { lang: UiLang; locale: Locale; t: Translate; readerView: string; junkTags: string }[] = [
  { lang: 'en', locale: 'en', t: en, readerView: 'Reading view', junkTags: 'Spider-pool junk tags' },
  { lang: 'zh-TW', locale: 'zh_TW', t: tw, readerView: '閱讀檢視', junkTags: '蜘蛛池垃圾標籤' },
  { lang: 'zh-CN', locale: 'zh_CN', t: zh, readerView: '阅读视图', junkTags: '蜘蛛池垃圾标签' },
];

describe.each(CASES)('UI in $lang', ({ lang, locale, t, readerView, junkTags }) => {
  let h: Harness;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    h = await launch({ lang });
    h.serve(seed.url, seed.html);
    page = await h.context.newPage();
    await page.goto(seed.url);
    await page.locator('[data-qingdu-spam]').first().waitFor({ state: 'attached' });
    tabId = await tabIdOf(h, seed.url);
  });
  afterAll(() => h?.close());

  it('the browser serves this catalog, word for word as the unit tests’ translator reads it', async () => {
    const subs = ['¹', '²', '³', '⁴'];
    const names = Object.keys(catalog(locale));
    const served = await h.worker.evaluate(([n, s]) => n.map((name) => chrome.i18n.getMessage(name, s)), [names, subs] as const);
    expect(served).toEqual(names.map((name) => (t as (k: string, ...x: string[]) => string)(name, ...subs)));
  });

  it('popup: labels, list and <html lang> in the language', async () => {
    const popup = await openPopup(h, tabId, 'spam-count', { viewport: { width: 360, height: 600 } });
    await expect.poll(() => popup.getByTestId('spam-count').textContent()).toMatch(/^[1-9]\d*$/);
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await popup.title()).toBe(t('popupTitle'));
    expect(await popup.getByTestId('reader-open').textContent()).toBe(readerView);
    expect(await popup.getByTestId('cleanup-toggle').textContent()).toBe(t('popupCleanupSite'));
    expect(await popup.getByTestId('reveal-toggle').textContent()).toBe(t('popupReveal'));
    expect(await popup.getByTestId('script-original').textContent()).toBe(t('scriptOriginal'));
    expect(await popup.getByTestId('open-options').textContent()).toBe(t('popupOptions'));
    expect(await popup.locator('.spam-item[data-reason=junk-tags] .reason').textContent()).toContain(junkTags);
    await popup.close();
  });

  it('the badge’s tooltip and the shortcuts are described in the language', async () => {
    const count = await page.evaluate(() => document.querySelectorAll('[data-qingdu-spam]').length);
    const title = await h.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
    expect(title).toBe(t(count === 1 ? 'actionTitleCount_one' : 'actionTitleCount_other', count));
    const commands = await h.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-reader')?.description).toBe(t('commandOpenReader'));
  });

  it('reveal mode labels what was hidden in the language (the stylesheet’s __MSG_ names)', async () => {
    const popup = await openPopup(h, tabId, 'reveal-toggle');
    await popup.getByTestId('reveal-toggle').click();
    const label = () =>
      page.evaluate(() => {
        const el = document.querySelector('[data-qingdu-spam="junk-tags"]');
        return el ? getComputedStyle(el, '::before').content : '';
      });
    await expect.poll(label).toBe(`"${t('extShortName')} · ${junkTags}"`);
    await popup.getByTestId('reveal-toggle').click();
    await popup.close();
  });

  it('options page: title, headings and <html lang> in the language', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('site-host-input').waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await options.title()).toBe(t('optionsTitle'));
    expect(await options.locator('h1').textContent()).toBe(t('optionsTitle'));
    expect(await options.locator('h2').allTextContents()).toEqual([t('optionsSites'), t('scriptSection'), readerView, t('optionsBackup')]);
    expect(await options.getByTestId('site-host-input').getAttribute('placeholder')).toBe(t('sitesHostPlaceholder'));
    // A message from core/ (core/options.ts) arrives in the language too.
    await options.getByTestId('site-add').click();
    expect(await options.locator('#add-site-error').textContent()).toBe(t('hostEmpty'));
    await options.close();
  });

  it('reading view: the tools in the language, the article in its own', async () => {
    await h.worker.evaluate((o) => chrome.storage.session.set(o), { 'reader:i18n': ARTICLE });
    const reader = await h.context.newPage();
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?key=i18n`);
    await reader.locator('article').waitFor();
    expect(await reader.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await reader.getByTestId('reader-settings-toggle').getAttribute('title')).toBe(t('readerSettings'));
    expect(await reader.locator('.reading-time').textContent()).toBe(t('readingMinutes_other', 3));
    expect(await reader.locator('.original').textContent()).toBe(t('articleOriginal'));
    expect(await reader.locator('article').getAttribute('lang')).toBe('zh-CN');
    await reader.close();
  });
});
