/** The toolbar icon per tab: grey when cleanup is off for the tab's site, set again when the tab
 * loads another page, jade again when cleanup is turned back on or the tab leaves the site.
 * Chromium has no getIcon, so the test watches the worker's action.setIcon calls (the calls go
 * through to the browser, which resolves them only when the icon files load). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, tabIdOf, type Harness } from './harness';

interface IconCall {
  tabId: number;
  icon16: string;
  ok: boolean | string | null;
}
declare const chrome: { action: { setIcon(d: { tabId: number; path: Record<string, string> }): Promise<void> } };
declare const globalThis: { __iconCalls: IconCall[] };

let h: Harness;
const page = (title: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>本市召开会议，部署下一阶段工作。</p></article></body></html>`;
const OFF_SITE = 'http://off.qingdu.test';
const OTHER_SITE = 'http://other.qingdu.test';

beforeAll(async () => {
  h = await launch();
  for (const u of [`${OFF_SITE}/a.html`, `${OFF_SITE}/b.html`, `${OTHER_SITE}/c.html`]) h.serve(u, page(u));
  await h.worker.evaluate(() => {
    const action = chrome.action;
    const setIcon = action.setIcon.bind(action);
    globalThis.__iconCalls = [];
    action.setIcon = (d) => {
      const call: IconCall = { tabId: d.tabId, icon16: d.path['16'] ?? '', ok: null };
      globalThis.__iconCalls.push(call);
      const p = setIcon(d);
      p.then(
        () => (call.ok = true),
        (e: unknown) => (call.ok = String(e)),
      );
      return p;
    };
  });
});
afterAll(() => h?.close());

const calls = (tabId: number) => h.worker.evaluate((id) => globalThis.__iconCalls.filter((c) => c.tabId === id), tabId);
const clearCalls = () => h.worker.evaluate(() => void (globalThis.__iconCalls.length = 0));
/** The last icon set on the tab, once the browser has loaded it. */
const lastIcon = async (tabId: number) => {
  const c = (await calls(tabId)).at(-1);
  return c && c.ok === true ? c.icon16 : c ? `pending or failed: ${String(c.ok)}` : 'none';
};

describe('toolbar icon', () => {
  it('turns grey for the site when cleanup goes off, stays grey across its pages, and comes back', async () => {
    const tab = await h.context.newPage();
    await tab.goto(`${OFF_SITE}/a.html`);
    const tabId = await tabIdOf(h, `${OFF_SITE}/a.html`);
    await tab.waitForLoadState('load');
    expect((await calls(tabId)).map((c) => c.icon16), 'a site at the defaults keeps the manifest icon').toEqual([]);

    const popup = await openPopup(h, tabId, 'cleanup-toggle');
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => lastIcon(tabId)).toBe('/icon/off/16.png');

    // Another page of the site: the navigation resets the tab's icon, the worker sets it again.
    await clearCalls();
    await tab.goto(`${OFF_SITE}/b.html`);
    await expect.poll(() => lastIcon(tabId)).toBe('/icon/off/16.png');

    // Another site: back to jade.
    await clearCalls();
    await tab.goto(`${OTHER_SITE}/c.html`);
    await expect.poll(() => lastIcon(tabId)).toBe('/icon/16.png');

    // Back on the site, then cleanup on again from the popup: jade.
    await tab.goto(`${OFF_SITE}/a.html`);
    await expect.poll(() => lastIcon(tabId)).toBe('/icon/off/16.png');
    await popup.reload();
    await popup.getByTestId('cleanup-toggle').waitFor();
    expect(await popup.getByTestId('cleanup-toggle').getAttribute('aria-checked')).toBe('false');
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => lastIcon(tabId)).toBe('/icon/16.png');
    await popup.close();
    await tab.close();
  });

  it('sets the grey icon on every open tab of the site, and leaves the others alone', async () => {
    const [a, b, c] = [await h.context.newPage(), await h.context.newPage(), await h.context.newPage()];
    await a.goto(`${OFF_SITE}/a.html`);
    await b.goto(`${OFF_SITE}/b.html`);
    await c.goto(`${OTHER_SITE}/c.html`);
    const [ia, ib, ic] = [await tabIdOf(h, `${OFF_SITE}/a.html`), await tabIdOf(h, `${OFF_SITE}/b.html`), await tabIdOf(h, `${OTHER_SITE}/c.html`)];
    await clearCalls();
    const popup = await openPopup(h, ia, 'cleanup-toggle');
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => lastIcon(ia)).toBe('/icon/off/16.png');
    await expect.poll(() => lastIcon(ib)).toBe('/icon/off/16.png');
    // The same settings change, one call per tab it concerns: none for the other site's tab.
    expect(await lastIcon(ic)).toBe('none');
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => lastIcon(ib)).toBe('/icon/16.png');
    expect(await lastIcon(ic)).toBe('none');
    for (const p of [popup, a, b, c]) await p.close();
  });
});
