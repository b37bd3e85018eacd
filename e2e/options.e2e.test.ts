/**
 * The options page end to end, on the built extension: a site rule and a phrase pair land in
 * storage.local (read back in the service worker), the phrase is used when the popup converts a
 * page, changes made in the popup appear live, all settings go out as a file and come back
 * identical after a reset, an invalid file or a full storage leaves what was saved untouched, a
 * corrupt stored value is shown repaired. Screenshots in light and dark go to demo/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastFailures } from './contrast';
import { launch, ROOT, tabIdOf as harnessTabIdOf, type Harness } from './harness';

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

const PAGE = 'http://www.qdnews.cn/news/2024/05/haircut.html';
const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>理发店 - 青岛新闻</title></head><body>
<h1>理发店里的头发</h1><p id="p">后来他剪短了头发，台风过后才回家。</p></body></html>`;
const DEMO = path.join(ROOT, 'demo');

let h: Harness;
let options: Page;

beforeAll(async () => {
  h = await launch();
  h.serve(PAGE, HTML);
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByTestId('site-host-input').waitFor();
});
afterAll(() => h?.close());

const stored = () => h.worker.evaluate(() => chrome.storage.local.get(['settings', 'phrases', 'readerPrefs']));
const tabIdOf = (url: string) => harnessTabIdOf(h, url);
const row = (host: string) => options.locator(`tr[data-host="${host}"]`);

describe('options page', () => {
  it('opens in its own tab, in Chinese, with a heading per section', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, process.env.QINGDU_OUT ?? '.output', 'chrome-mv3', 'manifest.json'), 'utf8'));
    expect(manifest.options_ui).toMatchObject({ page: 'options.html', open_in_tab: true });
    expect(await options.title()).toBe('清读 设置');
    expect(await options.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await options.locator('h2').allTextContents()).toEqual(['网站规则', '简繁转换', '阅读视图', '导出 / 导入']);
  });

  it('names every control, and shows where the keyboard focus is', async () => {
    const unnamed = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('input, select, textarea, button')]
        .filter((el) => {
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return !(labelled || (el.localName === 'button' && el.textContent!.trim()));
        })
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unnamed).toEqual([]);
    await options.locator('body').click({ position: { x: 5, y: 5 } });
    await options.keyboard.press('Tab');
    const focused = await options.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ text: '网站规则', outline: 'solid' });
  });

  it('adds a site rule, which lands in storage.local', async () => {
    await options.getByTestId('site-host-input').fill('https://News.Example.CN/2024/05/1.html');
    await options.getByTestId('add-site-cleanup').click();
    await options.getByTestId('add-site-script').selectOption('s2hk');
    await options.getByTestId('site-add').click();
    await expect.poll(async () => ((await stored()).settings as { sites?: object } | undefined)?.sites).toEqual({
      'news.example.cn': { cleanup: false, script: 's2hk', reader: false },
    });
    expect(await row('news.example.cn').getByTestId('site-cleanup').getAttribute('aria-checked')).toBe('false');
    expect(await row('news.example.cn').getByTestId('site-script').inputValue()).toBe('s2hk');

    // Edit in place, then refuse a bad host without writing.
    await row('news.example.cn').getByTestId('site-reader').click();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ sites: { 'news.example.cn': { reader: true } } });
    await options.getByTestId('site-host-input').fill('chrome://extensions');
    await options.getByTestId('site-add').click();
    expect(await options.locator('#add-site-error').textContent()).toContain('http');
    await options.getByTestId('site-host-input').fill('');
  });

  it('adds a phrase pair that the popup’s conversion then uses on a page', async () => {
    await options.getByTestId('phrase-add-from').fill('头发');
    await options.getByTestId('phrase-add-to').fill('头髮X');
    await options.getByTestId('phrase-add').click();
    await expect.poll(async () => (await stored()).phrases).toEqual([['头发', '头髮X']]);

    const page = await h.context.newPage();
    await page.goto(PAGE);
    const popup = await h.context.newPage();
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${await tabIdOf(PAGE)}`);
    await popup.getByTestId('script-traditional').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('理髮店裡的头髮X');
    expect(await page.locator('#p').innerText()).toBe('後來他剪短了头髮X，颱風過後才回家。');

    // Live: the popup's choice of 繁體 shows on the options page without a reload.
    await popup.getByTestId('script-variant').selectOption('s2hk');
    await expect.poll(() => options.locator('[data-testid=traditional-variant] input:checked').getAttribute('value')).toBe('s2hk');
    await popup.getByTestId('script-original').click();
    await popup.close();
    await page.close();
  });

  it('saves the 繁體 variant and the reading view defaults', async () => {
    await options.locator('[data-testid=traditional-variant] input[value=s2twp]').check();
    await expect.poll(async () => (await stored()).settings).toMatchObject({ traditional: 's2twp' });
    await options.locator('[data-testid=defaults-theme] input[value=sepia]').check();
    await options.getByRole('button', { name: '放大字号' }).click();
    await options.getByTestId('defaults-indent').click();
    await expect.poll(async () => (await stored()).readerPrefs).toMatchObject({ theme: 'sepia', fontSize: 20, indent: true });
  });

  it('refuses a bad line in the bulk phrase text with its line number, saving nothing', async () => {
    await options.locator('details.bulk > summary').click();
    await options.getByTestId('phrase-text').fill('头发\t头髮X\n内存 記憶體\n坏行\n');
    await options.getByTestId('phrase-text-save').click();
    expect(await options.getByTestId('phrase-problems').innerText()).toContain('第 3 行');
    expect((await stored()).phrases).toEqual([['头发', '头髮X']]);
    await options.getByTestId('phrase-text').fill('头发\t头髮X\n内存 記憶體\n');
    await options.getByTestId('phrase-text-save').click();
    await expect.poll(async () => (await stored()).phrases).toEqual([
      ['头发', '头髮X'],
      ['内存', '記憶體'],
    ]);
  });

  it('screenshots in light and dark, each meeting WCAG AA contrast', async () => {
    fs.mkdirSync(DEMO, { recursive: true });
    await options.getByTestId('site-host-input').fill('www.dzwww.com');
    await options.getByTestId('add-site-script').selectOption('t2s');
    await options.getByTestId('site-add').click();
    await row('www.dzwww.com').waitFor();
    await options.setViewportSize({ width: 1100, height: 900 });
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.evaluate(() => window.scrollTo(0, 0));
      await options.waitForTimeout(400); // the switches' colour transitions (0.15 s) settle
      expect(await options.evaluate(contrastFailures), scheme).toEqual([]);
      await options.screenshot({ path: path.join(DEMO, `options-${scheme}.png`), fullPage: true });
    }
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('exports all settings as one file and brings them back identical after a reset', async () => {
    const before = await stored();
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('settings-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^qingdu-settings-\d{8}\.json$/);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(text);
    expect(Object.keys(file)).toEqual(['app', 'format', 'exportedAt', 'settings', 'phrases', 'readerPrefs']);
    expect(file).toMatchObject({ app: 'qingdu', format: 1, ...before });

    await options.getByTestId('settings-reset').click();
    await options.getByTestId('settings-reset-confirm').click();
    await expect.poll(async () => (await stored()).phrases).toEqual([]);
    expect(await stored()).toMatchObject({ settings: { sites: {}, traditional: 's2tw' }, readerPrefs: { theme: 'system', fontSize: 18 } });
    expect(await options.locator('.site-table tbody tr:not(.at-default)').count()).toBe(0);

    await options.getByTestId('settings-import').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => options.getByTestId('backup-status').textContent()).toContain('导入：2 条网站规则，2 条词语');
    expect(await stored()).toEqual(before);
    expect(await row('news.example.cn').getByTestId('site-script').inputValue()).toBe('s2hk');
    expect(await options.locator('[data-testid=traditional-variant] input:checked').getAttribute('value')).toBe('s2twp');
  });

  it('refuses an invalid file with a message, leaving storage as it was', async () => {
    const before = await stored();
    const bad = { app: 'qingdu', format: 1, settings: { version: 2, sites: { 'a.cn': { cleanup: 'no' } } }, phrases: [], readerPrefs: {} };
    await options.getByTestId('settings-import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await expect.poll(() => options.getByTestId('backup-error').textContent()).toBe('bad.json：网站规则与繁體标准（settings）中有无效的网站规则：“a.cn”。没有导入任何设置。');
    await options.getByTestId('settings-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('这不是 JSON') });
    await expect.poll(() => options.getByTestId('backup-error').textContent()).toContain('不是有效的 JSON');
    expect(await stored()).toEqual(before);
  });

  it('says so when the storage is full, keeping the page and storage as they were', async () => {
    const before = await stored();
    // Fill storage.local to its quota exactly (10 MB without unlimitedStorage; an item counts as its
    // key's length plus its value's JSON length): any write that grows by a byte fails.
    await h.worker.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ junk: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 'junk'.length - 2) });
    });
    await options.getByTestId('site-host-input').fill('quota.example.cn');
    await options.getByTestId('add-site-cleanup').click();
    await options.getByTestId('site-add').click();
    await expect.poll(() => options.getByTestId('save-error').textContent()).toContain('存储空间已满');
    expect(await options.getByTestId('site-host-input').inputValue()).toBe('quota.example.cn');
    expect(await row('quota.example.cn').count()).toBe(0);
    // A switch shows its new state at once, and takes it back when the write fails (reader: true →
    // false is one byte more).
    await row('news.example.cn').getByTestId('site-reader').click();
    await options.waitForTimeout(300);
    expect(await row('news.example.cn').getByTestId('site-reader').getAttribute('aria-checked')).toBe('true');
    await h.worker.evaluate(() => chrome.storage.local.remove('junk'));
    expect(await stored()).toEqual(before);
    await options.getByTestId('site-host-input').fill('');
  });

  it('shows a corrupt stored value repaired, with a notice', async () => {
    await h.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 2, sites: { 'a.cn': { cleanup: false }, 'b.cn': 5 }, traditional: 'x' } }));
    await options.reload();
    await options.getByTestId('repair-notice').waitFor();
    expect(await options.getByTestId('repair-notice').innerText()).toContain('存储中的网站规则与繁體标准已损坏');
    expect(await options.locator('.site-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-host')))).toEqual(['a.cn']);
    expect(await options.locator('[data-testid=traditional-variant] input:checked').getAttribute('value')).toBe('s2tw');
    await options.getByRole('button', { name: '现在保存修复后的设置' }).click();
    await expect.poll(async () => (await stored()).settings).toEqual({ version: 2, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
    expect(await options.getByTestId('repair-notice').count()).toBe(0);
  });
});
