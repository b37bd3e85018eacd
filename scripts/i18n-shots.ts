/**
 * Screenshots of the UI in each language, to look at (long English labels, Traditional glyphs):
 * the popup on the hacked seed page in 简体中文, 繁體中文 and English, light and dark, plus the
 * options page and the reading view's settings panel in each language. Chromium is started in each
 * UI language (e2e/harness.ts `lang`).
 *
 * npm run build && npx tsx scripts/i18n-shots.ts [out-dir]   (default /tmp/i18n-shots)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction } from '../core/reader/model';
import { loadFixtures } from '../e2e/fixtures';
import { launch, tabIdOf, type UiLang } from '../e2e/harness';

declare const chrome: { storage: { session: { set(o: object): Promise<void> } } };

const OUT = path.resolve(process.argv[2] ?? '/tmp/i18n-shots');
const LANGS: UiLang[] = ['zh-CN', 'zh-TW', 'en'];
const seed = loadFixtures().find((f) => f.name === 'seed')!;
const ARTICLE: Extraction = {
  ok: true,
  article: {
    url: 'http://news.shots.example.cn/2024/05/bus.html',
    title: '市区三条公交线路调整',
    siteName: '江城新闻网',
    source: '江城日报',
    published: '2024-05-06 09:30',
    lang: 'zh-CN',
    readingUnits: 1200,
    textContent: '',
    contentHtml: '<div><p>记者从市交通运输局获悉，5月6日起，市区3路、12路、K5路三条公交线路调整走向。</p></div>',
  },
};

fs.mkdirSync(OUT, { recursive: true });
for (const lang of LANGS) {
  const h = await launch({ lang });
  try {
    h.serve(seed.url, seed.html);
    const page = await h.context.newPage();
    await page.goto(seed.url);
    await page.locator('[data-qingdu-spam]').first().waitFor({ state: 'attached' });
    const tabId = await tabIdOf(h, seed.url);
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await h.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 360, height: 640 });
      await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tabId=${tabId}`);
      await popup.waitForFunction(() => /^[1-9]\d*$/.test(document.querySelector('[data-testid=spam-count]')?.textContent ?? ''));
      await popup.evaluate(() => document.fonts.ready);
      const file = path.join(OUT, `popup-${lang}-${scheme}.png`);
      await popup.locator('main.popup').screenshot({ path: file });
      console.log(file);
      await popup.close();
    }

    const options = await h.context.newPage();
    await options.setViewportSize({ width: 1100, height: 900 });
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    await options.getByTestId('site-host-input').waitFor();
    await options.evaluate(() => document.fonts.ready);
    await options.screenshot({ path: path.join(OUT, `options-${lang}.png`), fullPage: true });
    console.log(path.join(OUT, `options-${lang}.png`));
    await options.close();

    await h.worker.evaluate((o) => chrome.storage.session.set(o), { 'reader:shots': ARTICLE });
    const reader = await h.context.newPage();
    await reader.setViewportSize({ width: 1000, height: 700 });
    await reader.goto(`chrome-extension://${h.extensionId}/reader.html?key=shots`);
    await reader.locator('article').waitFor();
    await reader.getByTestId('reader-settings-toggle').click();
    await reader.evaluate(() => document.fonts.ready);
    await reader.screenshot({ path: path.join(OUT, `reader-${lang}.png`) });
    console.log(path.join(OUT, `reader-${lang}.png`));
  } finally {
    await h.close();
  }
}
