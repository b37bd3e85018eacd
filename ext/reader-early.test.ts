/** The reading view's early reads (ext/reader-early.ts), through WXT's fakeBrowser storage. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS, READER_PREFS_KEY } from '../core/reader/prefs';
import { readerStorageKey } from '../core/reader/model';
import { articleRaw, startEarlyReads, takeEarlyReads } from './reader-early';
import { loadReaderPrefs } from './reader-prefs';

const PREFS = { ...DEFAULT_READER_PREFS, theme: 'dark' };

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  takeEarlyReads(null); // none left over from another test
  await fakeBrowser.storage.session.set({ [readerStorageKey('k1')]: { article: 1 } });
  await fakeBrowser.storage.local.set({ [READER_PREFS_KEY]: PREFS });
});

describe('early reads', () => {
  it('are the stored values, taken once, for their own key only', async () => {
    startEarlyReads('k1');
    expect(takeEarlyReads('k2')).toBeUndefined(); // another key: read anew
    startEarlyReads('k1');
    const early = takeEarlyReads('k1');
    expect(early).toBeDefined();
    expect(takeEarlyReads('k1')).toBeUndefined();
    expect(await articleRaw('k1', early)).toEqual({ article: 1 });
    expect(await loadReaderPrefs(early!.prefs)).toEqual(PREFS);
  });

  it('read what was there when they started (the article is written before the page opens)', async () => {
    startEarlyReads('k1');
    const early = takeEarlyReads('k1');
    await fakeBrowser.storage.session.set({ [readerStorageKey('k1')]: { article: 2 } });
    expect(await articleRaw('k1', early)).toEqual({ article: 1 });
    expect(await articleRaw('k1')).toEqual({ article: 2 }); // without them: a read now
  });

  it('without a key read no article', async () => {
    startEarlyReads(null);
    const early = takeEarlyReads(null);
    expect(await early!.article).toBeUndefined();
    expect(await early!.prefs).toEqual(PREFS);
  });

  it('that fail leave the failure to the taker (loadReaderPrefs falls back to the defaults)', async () => {
    const reject = Promise.reject(new Error('storage gone'));
    reject.catch(() => undefined);
    expect(await loadReaderPrefs(reject)).toEqual(DEFAULT_READER_PREFS);
  });
});
