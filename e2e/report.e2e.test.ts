/** The evidence report (issue 5), end to end: from the popup of a hacked page, save the JSON and
 * the HTML report through real downloads, check them against the page, and open the HTML report
 * in the browser (it must render, run nothing and load nothing). Screenshots go to demo/. */
import fs from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures';
import { launch, openPopup, ROOT, tabIdOf, type Harness } from './harness';


let h: Harness;
const fixtures = loadFixtures();
const seed = fixtures.find((f) => f.name === 'seed')!;
const afterHtml = fixtures.find((f) => f.name === 'after-html')!;
const trap = fixtures.find((f) => f.name === 'trap-anti-gambling-news')!;
const DEMO = path.join(ROOT, 'demo');
const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

/** after-html with a hostile link in its injected block: its text and URL must stay text. */
const HOSTILE_TEXT = '<script>alert("text")</script>';
const hostile = {
  url: afterHtml.url,
  html: afterHtml.html.replace(
    '<a href="http://www.js9905.xyz/"',
    `<a href="http://www.evil.xyz/&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert("text")&lt;/script&gt;</a> <a href="http://www.js9905.xyz/"`,
  ),
};

beforeAll(async () => {
  h = await launch();
  for (const f of [seed, hostile, trap]) h.serve(f.url, f.html);
  fs.mkdirSync(DEMO, { recursive: true });
});
afterAll(() => h?.close());

async function openPopupFor(url: string): Promise<{ page: Page; popup: Page }> {
  const page = await h.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  const popup = await openPopup(h, await tabIdOf(h, url), 'spam-count', { viewport: { width: 360, height: 600 }, state: 'attached' });
  return { page, popup };
}

async function download(popup: Page, testId: string): Promise<{ name: string; text: string }> {
  const [dl]: [Download, void] = await Promise.all([popup.waitForEvent('download'), popup.getByTestId(testId).click()]);
  return { name: dl.suggestedFilename(), text: fs.readFileSync(await dl.path(), 'utf8') };
}

/** Opens the saved HTML report as a page (served over http: the harness refuses file:// too). */
async function openSaved(html: { name: string; text: string }): Promise<Page> {
  const url = `http://saved.qingdu.test/${html.name}`;
  h.serve(url, html.text);
  const report = await h.context.newPage();
  await report.setViewportSize({ width: 1100, height: 900 });
  return report;
}

interface Evidence {
  page: { url: string; title: string; host: string };
  generator: { version: string };
  time: string;
  count: number;
  summary: { technique: string; count: number }[];
  domains: string[];
  items: { technique: string; where: string; placement: string | null; links: { href: string }[] }[];
}

describe('evidence report', () => {
  it('saves the JSON and a readable HTML page of what the popup lists (seed page)', async () => {
    const { page, popup } = await openPopupFor(seed.url);
    const count = Number(await popup.getByTestId('spam-count').textContent());
    expect(count).toBeGreaterThan(1);
    await popup.getByTestId('report-json').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: path.join(DEMO, 'report-popup.png'), fullPage: true });

    const json = await download(popup, 'report-json');
    expect(json.name).toMatch(/^qingdu-report-www\.dcfq\.gov\.cn-\d{8}-\d{4}\.json$/);
    const j = JSON.parse(json.text) as Evidence;
    expect(j.page.url).toBe(seed.url);
    expect(j.page.title).toBe(seed.expected.title);
    expect(j.generator.version).toBe(version);
    expect(Math.abs(Date.parse(j.time) - Date.now())).toBeLessThan(60_000);
    expect(j.count).toBe(count);
    expect(j.items).toHaveLength(count);
    expect(new Set(j.items.map((i) => i.technique))).toEqual(new Set(['junk-tags', 'keyword-list']));
    expect(j.summary.find((s) => s.technique === 'junk-tags')?.count).toBe(4);
    // The four junk tags open <body>, before the page's own containers.
    expect(j.items.filter((i) => i.technique === 'junk-tags').map((i) => i.placement)).toEqual(['body-start', 'body-start', 'body-start', 'body-start']);
    // Each item's path finds its element again in the page (wrapped text: its parent).
    for (const it of j.items) expect(await page.locator(it.where.replace(/^… > /, '')).count(), it.where).toBe(1);

    const html = await download(popup, 'report-html');
    expect(html.name).toMatch(/^qingdu-report-www\.dcfq\.gov\.cn-\d{8}-\d{4}\.html$/);
    const report = await openSaved(html);
    await report.goto(`http://saved.qingdu.test/${html.name}`);
    expect(await report.title()).toContain('www.dcfq.gov.cn');
    const summary = await report.locator('table').first().locator('tbody tr').allTextContents();
    expect(summary.join('|')).toContain('蜘蛛池垃圾标签');
    expect(summary.join('|')).toContain('垃圾关键词列表');
    expect(await report.locator('table').nth(1).locator('tbody tr').count()).toBe(count);
    expect(await report.locator('body').innerText()).toContain('12377');
    expect(await report.locator('body').innerText()).toContain('国产精品gz久久久');
    expect(await report.locator('[data-qingdu-spam]').count(), 'the extension hides nothing of the report itself').toBe(0);
    await report.screenshot({ path: path.join(DEMO, 'report-html.png'), fullPage: true });
    await report.close();
    await popup.close();
    await page.close();
  });

  it('keeps hostile page strings as text: nothing runs in the HTML report, links are not links', async () => {
    const { page, popup } = await openPopupFor(hostile.url);
    const j = JSON.parse((await download(popup, 'report-json')).text) as Evidence;
    expect(j.items.every((i) => i.placement === 'body-end'), 'appended after </html>: at the end of <body>').toBe(true);
    expect(j.domains).toContain('www.evil.xyz');
    const html = await download(popup, 'report-html');
    const report = await openSaved(html);
    const dialogs: string[] = [];
    report.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss().catch(() => undefined); // (gone already when the page navigated or closed)
    });
    await report.goto(`http://saved.qingdu.test/${html.name}`);
    await report.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(await report.evaluate(() => document.scripts.length)).toBe(0);
    expect(await report.evaluate(() => [...document.links].map((a) => a.href))).toEqual(['https://www.12377.cn/']);
    const text = await report.locator('body').innerText();
    expect(text).toContain(HOSTILE_TEXT);
    expect(text).toContain('hxxp://www.js9905.xyz/');
    expect(text).toContain('末尾');
    expect(await report.locator('[data-qingdu-spam]').count(), 'the extension hides nothing of the report itself').toBe(0);
    await report.screenshot({ path: path.join(DEMO, 'report-html-links.png'), fullPage: true });
    await report.close();
    await popup.close();
    await page.close();
  });

  it('offers no export on a clean page', async () => {
    const { page, popup } = await openPopupFor(trap.url);
    expect(await popup.getByTestId('spam-count').textContent()).toBe('0');
    expect(await popup.getByTestId('report-json').count()).toBe(0);
    expect(await popup.getByTestId('report-html').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
