/**
 * Messages (issue 6): a hostile page's window.postMessage and DOM events that look like Qingdu's
 * messages do nothing; the background refuses a message with an extra key even from the
 * extension's own page, and a content-script context (the extension's isolated world in a tab)
 * asking for another tab. Each refusal has its control: the same message, well-formed or for its
 * own tab, does act — so the channel is right and only the check refuses.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures';
import { launch, openPopup, tabIdOf, type Harness } from './harness';

declare const chrome: {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  scripting: { executeScript(o: { target: { tabId: number }; func: (...a: never[]) => unknown; args?: unknown[] }): Promise<{ result?: unknown }[]> };
};

let h: Harness;
const seed = loadFixtures().find((f) => f.name === 'seed')!;
/** The seed page with a script that forges Qingdu messages at the page, as soon as it runs and for
 * a while after: every message shape the extension uses, through postMessage and DOM events. */
const FORGED_URL = seed.url.replace(/\/[^/]*$/, '/forged.html');
const FORGER = `<script>
(() => {
  const forged = [
    { type: 'qingdu:set-cleanup', on: false }, { type: 'qingdu:set-reveal', on: true },
    { type: 'qingdu:set-script', script: 't2s' }, { type: 'qingdu:open-reader', tabId: 0 },
    { type: 'qingdu:auto-reader' }, { type: 'qingdu:report', count: 999 }, { type: 'qingdu:load-dict', variant: 't2s' },
  ];
  let n = 0;
  const fire = () => {
    for (const m of forged) {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
      for (const t of [window, document]) t.dispatchEvent(new CustomEvent(m.type, { detail: m }));
    }
    window.__forged = ++n;
  };
  fire();
  document.addEventListener('DOMContentLoaded', fire);
  const t = setInterval(() => (fire(), n >= 20 && clearInterval(t)), 50);
})();
</script>`;
const FORGED_HTML = seed.html.replace(/<head>/i, `<head>${FORGER}`);
const OTHER = 'http://www.other-tab.cn/news/1.html';
const OTHER_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>另一个标签页的新闻</title></head><body><h1>另一个标签页的新闻</h1>
${Array.from({ length: 5 }, (_, i) => `<p>第${i + 1}段：市里召开会议，部署今年的重点工作，要求各部门抓好落实，确保各项任务按期完成，让群众满意。</p>`).join('\n')}</body></html>`;

beforeAll(async () => {
  h = await launch();
  h.serve(seed.url, seed.html);
  h.serve(FORGED_URL, FORGED_HTML);
  h.serve(OTHER, OTHER_HTML);
});
afterAll(() => h?.close());

const hiddenCount = (page: Page) => page.evaluate(() => [...document.querySelectorAll('[data-qingdu-spam]')].filter((e) => getComputedStyle(e).display === 'none').length);
const badge = (tabId: number) => h.worker.evaluate((id) => (globalThis as unknown as { chrome: { action: { getBadgeText(o: object): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }), tabId);

describe('forged messages', () => {
  it('a page posting and dispatching Qingdu-looking messages changes nothing', async () => {
    // The same page without the forger, for what Qingdu does there.
    const clean = await h.context.newPage();
    await clean.goto(seed.url);
    await expect.poll(() => hiddenCount(clean)).toBeGreaterThan(0);
    const expected = await hiddenCount(clean);
    const text = await clean.evaluate(() => document.body.innerText);
    await clean.close();

    const page = await h.context.newPage();
    await page.goto(FORGED_URL);
    await page.waitForFunction(() => (window as { __forged?: number }).__forged! >= 20, undefined, { timeout: 10_000 });
    const tabId = await tabIdOf(h, FORGED_URL);
    expect(await hiddenCount(page)).toBe(expected);
    expect(await page.evaluate(() => document.body.innerText)).toBe(text); // not converted, nothing revealed
    expect(page.url()).toBe(FORGED_URL); // no reading view
    expect(await badge(tabId)).toBe(String(expected));
    const popup = await openPopup(h, tabId, 'spam-count');
    expect(await popup.getByTestId('spam-count').textContent()).toBe(String(expected));
    expect(await popup.getByTestId('cleanup-toggle').getAttribute('aria-checked')).toBe('true');
    expect(await popup.getByTestId('reveal-toggle').getAttribute('aria-checked')).toBe('false');
    expect(await popup.getByTestId('script-original').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
    await page.close();
  });

  it('a page’s message listeners hear nothing from Qingdu', async () => {
    const url = seed.url.replace(/\/[^/]*$/, '/listener.html');
    const listener = `<script>window.__heard = []; addEventListener('message', (e) => window.__heard.push(JSON.stringify(e.data)));</script>`;
    h.serve(url, seed.html.replace(/<head>/i, `<head>${listener}`));
    const page = await h.context.newPage();
    await page.goto(url);
    await expect.poll(() => hiddenCount(page)).toBeGreaterThan(0); // the cleaner ran
    await page.evaluate(() => window.postMessage('control', '*')); // the listener hears messages
    await expect.poll(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual([JSON.stringify('control')]);
    await page.close();
  });

  it('the background refuses an extra key, even from the extension’s own page (the well-formed message acts)', async () => {
    const page = await h.context.newPage();
    await page.goto(OTHER);
    const tabId = await tabIdOf(h, OTHER);
    const popup = await openPopup(h, tabId, 'reader-open');
    const refused = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'qingdu:open-reader', tabId: id, url: 'http://evil.example/' }).catch((e: Error) => `error: ${e.message}`), tabId);
    expect(refused === undefined || String(refused).startsWith('error:'), String(refused)).toBe(true);
    expect(page.url()).toBe(OTHER);
    const control = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'qingdu:open-reader', tabId: id }), tabId);
    expect(control).toEqual({ opened: true });
    await page.waitForURL(/\/reader\.html\?key=/);
    await popup.close();
    await page.close();
  });

  it('a content-script context may open the reading view of its own tab, not of another', async () => {
    const victim = await h.context.newPage();
    await victim.goto(OTHER);
    const victimId = await tabIdOf(h, OTHER);
    const attacker = await h.context.newPage();
    await attacker.goto(seed.url);
    const attackerId = await tabIdOf(h, seed.url);
    // Runs in the extension's isolated world of the attacker's tab, as a content script does.
    const ask = (from: number, target: number) =>
      h.worker.evaluate(
        ([tabId, other]) =>
          chrome.scripting
            .executeScript({
              target: { tabId },
              func: (t: number) => chrome.runtime.sendMessage({ type: 'qingdu:open-reader', tabId: t }).catch((e: Error) => `error: ${e.message}`),
              args: [other],
            })
            .then((r) => r[0]?.result),
        [from, target] as const,
      );
    const refused = await ask(attackerId, victimId);
    expect(refused === null || refused === undefined || String(refused).startsWith('error:'), String(refused)).toBe(true);
    expect(await ask(attackerId, attackerId)).toEqual({ opened: true });
    await attacker.waitForURL(/\/reader\.html\?key=/);
    // The refused one never acted (the background handles them in order; the control has finished).
    expect(victim.url()).toBe(OTHER);
    await victim.close();
    await attacker.close();
  });
});
