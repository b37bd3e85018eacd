/**
 * The README's screenshots (docs/screenshots/*.png): npm run screenshots (builds, then runs this).
 * One hacked sample page (a gambling link list injected after a county news site's footer) without
 * and with Qingdu, in reveal mode, its popup in the light and the dark theme (in Simplified Chinese,
 * and again with the browser in English), its reading view, and the options page with a few site
 * rules. Cropped to what each shows, at 1× (small files:
 * the README's users download them), served from memory like the demo (no network).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { loadFixtures } from '../e2e/fixtures';
import { launch, openPopup, ROOT, tabIdOf } from '../e2e/harness';
import { framePage, PLACEHOLDER_IMAGE, type Shot } from './demo-pages';

declare const chrome: { storage: { local: { set(o: object): Promise<void> } } };

const OUT = path.join(ROOT, 'docs/screenshots');
const CASE = 'keyword-list-footer';
const WIDTH = 960;
/** The page crop: this much above the injected block, and its height. */
const ABOVE = 250;
const CROP_HEIGHT = 430;
/** Larger files than this fail the run (README images are fetched by every visitor). */
const MAX_BYTES = 150 * 1024;

const fixture = loadFixtures().find((f) => f.name === CASE);
if (!fixture) throw new Error(`tests/fixtures/${CASE}/ is missing`);
const target = fixture.expected.marked[0]!.selector;
fs.mkdirSync(OUT, { recursive: true });

const [before, after, english] = await Promise.all([launch({ extension: false }), launch(), launch({ lang: 'en' })]);
const written: string[] = [];
try {
  for (const h of [before, after, english]) {
    h.serve(fixture.url, fixture.html);
    await h.context.route(/^https?:/, (route) => (route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: PLACEHOLDER_IMAGE }) : route.fallback()));
  }
  const framer = await before.context.newPage();
  await framer.setViewportSize({ width: WIDTH, height: 200 });
  const save = async (file: string, png: Buffer) => {
    const out = path.join(OUT, file);
    fs.writeFileSync(out, png);
    written.push(out);
  };
  const open = async (h: typeof before) => {
    const page = await h.context.newPage();
    await page.setViewportSize({ width: WIDTH, height: 700 });
    await page.goto(fixture.url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return page;
  };
  /** The same part of the page in every shot: from ABOVE px over the injected block down. */
  let clipTop = 0;
  const framed = async (page: Page, file: string, shot: Shot, note: string) => {
    const png = await page.screenshot({ fullPage: true, clip: { x: 0, y: clipTop, width: WIDTH, height: CROP_HEIGHT } });
    await framer.setContent(framePage({ png, width: WIDTH, shot, title: await page.title(), url: page.url(), note }), { waitUntil: 'load' });
    await save(file, await framer.screenshot({ fullPage: true }));
  };

  const plain = await open(before);
  clipTop = Math.max(0, (await plain.locator(target).evaluate((el) => el.getBoundingClientRect().top + scrollY)) - ABOVE);
  await framed(plain, 'page-before.png', 'before', '页脚后被注入了一串赌博链接');

  const page = await open(after);
  await page.locator(`${target}[data-qingdu-spam]`).waitFor({ state: 'attached' });
  const n = await page.evaluate(() => document.querySelectorAll('[data-qingdu-spam]').length);
  await framed(page, 'page-after.png', 'after', `清读已隐藏 ${n} 处`);

  const tabId = await tabIdOf(after, fixture.url);
  const popup = await openPopup(after, tabId, 'spam-count', { viewport: { width: 360, height: 600 } });
  await popup.waitForFunction(() => Number(document.querySelector('[data-testid=spam-count]')?.textContent) > 0);
  await popup.evaluate(() => document.fonts.ready);
  await save('popup-light.png', await popup.locator('main.popup').screenshot());
  await popup.emulateMedia({ colorScheme: 'dark' });
  await save('popup-dark.png', await popup.locator('main.popup').screenshot());
  await popup.emulateMedia({ colorScheme: 'light' });

  // The same popup with the browser in English (its UI language picks the extension's catalog).
  const enPage = await open(english);
  await enPage.locator(`${target}[data-qingdu-spam]`).waitFor({ state: 'attached' });
  const enPopup = await openPopup(english, await tabIdOf(english, fixture.url), 'spam-count', { viewport: { width: 360, height: 600 } });
  await enPopup.waitForFunction(() => Number(document.querySelector('[data-testid=spam-count]')?.textContent) > 0);
  await enPopup.evaluate(() => document.fonts.ready);
  await save('popup-en-light.png', await enPopup.locator('main.popup').screenshot());
  await enPopup.emulateMedia({ colorScheme: 'dark' });
  await save('popup-en-dark.png', await enPopup.locator('main.popup').screenshot());

  await popup.getByTestId('reveal-toggle').click();
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-qingdu-reveal'));
  await framed(page, 'reveal.png', 'reveal', '显示已隐藏的内容：红框标出，并注明原因');
  await popup.getByTestId('reveal-toggle').click();

  await popup.getByTestId('reader-open').click();
  await page.waitForURL(/\/reader\.html\?key=/);
  await page.locator('article').waitFor();
  await page.evaluate(() => document.fonts.ready);
  await save('reader.png', await page.screenshot({ clip: { x: 0, y: 0, width: WIDTH, height: 620 } }));

  // The options page with the rules a reader might have made.
  await after.worker.evaluate(() =>
    chrome.storage.local.set({
      settings: {
        version: 2,
        traditional: 's2tw',
        sites: {
          'www.lqxww.cn': { cleanup: true, script: 's2tw', reader: false },
          'www.example-news.cn': { cleanup: false, script: 'original', reader: false },
          'www.dcfq.gov.cn': { cleanup: true, script: 't2s', reader: true },
        },
      },
    }),
  );
  const options = await after.context.newPage();
  await options.setViewportSize({ width: WIDTH, height: 700 });
  await options.goto(`chrome-extension://${after.extensionId}/options.html`);
  await options.getByText('www.dcfq.gov.cn').first().waitFor();
  await options.evaluate(() => document.fonts.ready);
  await save('options.png', await options.screenshot());
} finally {
  await Promise.allSettled([before.close(), after.close(), english.close()]);
}

let tooBig = false;
for (const f of written) {
  const kb = fs.statSync(f).size / 1024;
  tooBig ||= kb * 1024 > MAX_BYTES;
  console.log(`${path.relative(ROOT, f).padEnd(34)} ${kb.toFixed(0).padStart(4)} KB${kb * 1024 > MAX_BYTES ? '  ✗ over the limit' : ''}`);
}
if (tooBig) process.exit(1);
