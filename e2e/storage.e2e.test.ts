/**
 * Stored settings under attack, end to end (issue 6): a corrupt key written into
 * chrome.storage.local through the service worker (as a bug, another version or a disk error
 * would leave it) — pages keep working on the defaults, nothing is written back by reading, the
 * popup says so once and its acknowledgement resets that key only; a full quota — the popup says
 * so and nothing is half-written. (The migration on an update is tested with WXT's fakeBrowser in
 * ext/settings.test.ts: chrome.runtime.reload() of an extension loaded by --load-extension does
 * not bring it back in this harness, so onInstalled "update" cannot be fired here.)
 */
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures } from './fixtures';
import { launch, openPopup, tabIdOf, type Harness } from './harness';

declare const chrome: {
  storage: {
    local: {
      QUOTA_BYTES: number;
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
      clear(): Promise<void>;
      getBytesInUse(keys: null): Promise<number>;
    };
  };
};

let h: Harness;
const seed = loadFixtures().find((f) => f.name === 'seed')!;
const host = new URL(seed.url).hostname;
const PHRASES = [['软件', '軟體']];
const PREFS = { version: 1, theme: 'dark', font: 'serif', fontSize: 20, lineHeight: 2, width: 'narrow', indent: false };

beforeAll(async () => {
  h = await launch();
  h.serve(seed.url, seed.html);
});
afterAll(() => h?.close());

const stored = (w: Worker = h.worker) => w.evaluate(() => chrome.storage.local.get(null));
/** storage.local without the 10 MB filler (its length instead): cheaper to carry back. */
const storedSmall = () =>
  h.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return { ...all, junk: typeof all.junk === 'string' ? all.junk.length : all.junk };
  });
const set = (items: Record<string, unknown>) => h.worker.evaluate((o) => chrome.storage.local.set(o), items);
const hidden = (page: import('playwright-core').Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-qingdu-spam]')].filter((e) => getComputedStyle(e).display === 'none').length);

describe('a corrupt key in storage.local', () => {
  it('pages work on the defaults, reads write nothing, the popup says so once, and 知道了 resets that key only', async () => {
    await h.worker.evaluate(() => chrome.storage.local.clear());
    const corrupt = { version: 2, sites: { [host]: { cleanup: 'sometimes' }, 'b.cn': { cleanup: false } }, traditional: 42 };
    await set({ settings: corrupt, phrases: PHRASES, readerPrefs: PREFS, 'another-key': { kept: true } });
    const before = await stored();

    const page = await h.context.newPage();
    await page.goto(seed.url);
    await expect.poll(() => hidden(page)).toBeGreaterThan(0); // the site's broken rule reads as the default: cleanup on
    await page.reload();
    await expect.poll(() => hidden(page)).toBeGreaterThan(0);

    const popup = await openPopup(h, await tabIdOf(h, seed.url), 'repair-notice');
    expect(await popup.getByTestId('repair-notice').innerText()).toContain('存储中的网站规则与繁體标准已损坏');
    expect(await popup.getByTestId('cleanup-toggle').getAttribute('aria-checked')).toBe('true');
    expect(await stored(), 'loading pages and opening the popup wrote nothing').toEqual(before);

    await popup.getByTestId('repair-ok').click();
    await expect.poll(() => popup.getByTestId('repair-notice').count()).toBe(0);
    const after = await stored();
    expect(after.settings).toEqual({ version: 2, sites: { 'b.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
    expect({ ...after, settings: undefined }).toEqual({ ...before, settings: undefined });

    await popup.reload();
    await popup.getByTestId('spam-count').waitFor();
    expect(await popup.getByTestId('repair-notice').count(), 'seen once').toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('a full storage quota', () => {
  it('the popup says the storage is full, and nothing is half-written', async () => {
    await h.worker.evaluate(() => chrome.storage.local.clear());
    await set({ settings: { version: 2, sites: { 'b.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' }, phrases: PHRASES });
    const page = await h.context.newPage();
    await page.goto(seed.url);
    await expect.poll(() => hidden(page)).toBeGreaterThan(0);
    const popup = await openPopup(h, await tabIdOf(h, seed.url), 'cleanup-toggle');
    // Fill storage.local to its quota exactly (an item counts as its key's length plus its value's
    // JSON length): any write that grows it by a byte fails.
    await h.worker.evaluate(async () => {
      const used = await chrome.storage.local.getBytesInUse(null);
      await chrome.storage.local.set({ junk: 'x'.repeat(chrome.storage.local.QUOTA_BYTES - used - 'junk'.length - 2) });
    });
    const before = await storedSmall();
    await popup.getByTestId('cleanup-toggle').click();
    await expect.poll(() => popup.getByTestId('popup-error').textContent()).toContain('存储空间已满');
    expect(await popup.getByTestId('cleanup-toggle').getAttribute('aria-checked')).toBe('true');
    expect(await hidden(page), 'the page stays cleaned').toBeGreaterThan(0);
    await popup.evaluate(() => document.querySelector('[data-testid=popup-error]')!.remove()); // Preact re-renders it only on a new error
    await popup.getByTestId('script-variant').selectOption('s2twp'); // one byte longer than s2tw
    await expect.poll(() => popup.getByTestId('script-variant').inputValue()).toBe('s2tw');
    expect(await storedSmall()).toEqual(before);
    await h.worker.evaluate(() => chrome.storage.local.remove('junk'));
    await popup.close();
    await page.close();
  });
});
