/**
 * Stored settings through WXT's fakeBrowser (in-memory storage and events): a corrupt or foreign
 * value reads as the defaults without being written back, a change replaces only its own key, the
 * popup's notice lists the corrupt parts and its acknowledgement resets exactly those keys, and an
 * update migrates older schema versions (runtime.onInstalled, reason "update").
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_READER_PREFS } from '../core/reader/prefs';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../core/settings';
import { onInstalled } from './migrate';
import { loadReaderPrefs } from './reader-prefs';
import { acknowledgeRepairs, storedRepairs } from './repairs';
import { loadSettings, saveSite, saveTraditional } from './settings';

const stored = () => fakeBrowser.storage.local.get(null);
const CORRUPT_SETTINGS = { version: 2, sites: { 'a.cn': { cleanup: false }, 'b.cn': 5 }, traditional: 'klingon' };
const PHRASES = [['软件', '軟體']];
const PREFS = { ...DEFAULT_READER_PREFS, theme: 'dark' };

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  vi.spyOn(console, 'info').mockImplementation(() => undefined);
});

describe('a corrupt or foreign value', () => {
  it('reads as the valid part plus defaults, and is not written back on a read', async () => {
    await fakeBrowser.storage.local.set({ settings: CORRUPT_SETTINGS, phrases: PHRASES, readerPrefs: PREFS });
    const before = await stored();
    const s = await loadSettings();
    expect(s).toEqual({ version: SETTINGS_VERSION, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
    await fakeBrowser.storage.local.set({ readerPrefs: '{not json' });
    expect(await loadReaderPrefs()).toEqual(DEFAULT_READER_PREFS);
    expect(await stored()).toEqual({ ...before, readerPrefs: '{not json' });
  });

  it('a foreign value (another program’s data under our key) reads as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: ['not', 'ours'], readerPrefs: 42 });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadReaderPrefs()).toEqual(DEFAULT_READER_PREFS);
    expect(await stored()).toEqual({ settings: ['not', 'ours'], readerPrefs: 42 });
  });

  it('is replaced by its repaired value at the next change, and only that key is written', async () => {
    await fakeBrowser.storage.local.set({ settings: CORRUPT_SETTINGS, phrases: 'corrupt too', readerPrefs: PREFS, other: { kept: true } });
    await saveSite('c.cn', { reader: true });
    const after = await stored();
    expect(after.settings).toEqual({
      version: SETTINGS_VERSION,
      sites: { 'a.cn': { cleanup: false, script: 'original', reader: false }, 'c.cn': { cleanup: true, script: 'original', reader: true } },
      traditional: 's2tw',
    });
    expect(after).toMatchObject({ phrases: 'corrupt too', readerPrefs: PREFS, other: { kept: true } });
    await saveTraditional('s2hk');
    expect((await stored()).settings).toMatchObject({ traditional: 's2hk', sites: { 'c.cn': { reader: true } } });
  });
});

describe('the notice (popup)', () => {
  it('lists the corrupt parts without writing; the acknowledgement resets those keys only, once', async () => {
    await fakeBrowser.storage.local.set({ settings: CORRUPT_SETTINGS, phrases: PHRASES, readerPrefs: { theme: 'neon' }, other: 1 });
    const repairs = await storedRepairs();
    expect(repairs.map((r) => r.part)).toEqual(['settings', 'readerPrefs']);
    expect((await stored()).settings).toEqual(CORRUPT_SETTINGS);
    await acknowledgeRepairs(['settings']);
    const after = await stored();
    expect(after.settings).toEqual({ version: SETTINGS_VERSION, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
    expect(after).toMatchObject({ phrases: PHRASES, readerPrefs: { theme: 'neon' }, other: 1 });
    expect((await storedRepairs()).map((r) => r.part)).toEqual(['readerPrefs']);
    await acknowledgeRepairs(['readerPrefs']);
    expect(await storedRepairs()).toEqual([]);
    expect((await stored()).readerPrefs).toEqual(DEFAULT_READER_PREFS);
  });
});

describe('an extension update', () => {
  const V1 = { sites: { 'a.cn': { cleanup: false }, 'b.cn': { cleanup: true } } };

  beforeEach(() => fakeBrowser.runtime.onInstalled.addListener(onInstalled));

  it('migrates settings stored by version 1 on runtime.onInstalled "update", keeping every other key', async () => {
    await fakeBrowser.storage.local.set({ settings: V1, phrases: PHRASES, other: 'x' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1', temporary: false });
    await vi.waitFor(async () => expect((await stored()).settings).toMatchObject({ version: SETTINGS_VERSION }));
    expect(await stored()).toEqual({
      settings: { version: SETTINGS_VERSION, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' },
      phrases: PHRASES,
      other: 'x',
    });
  });

  it('does nothing on install or a browser update', async () => {
    await fakeBrowser.storage.local.set({ settings: V1 });
    for (const reason of ['install', 'browser_update'] as const) await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
    expect(await stored()).toEqual({ settings: V1 });
  });

  it('leaves a corrupt part and one from a newer version as they are', async () => {
    const newer = { version: SETTINGS_VERSION + 1, sites: {}, traditional: 's2t', future: true };
    await fakeBrowser.storage.local.set({ settings: newer, readerPrefs: { version: 0, theme: 'neon' } });
    await onInstalled({ reason: 'update' });
    expect(await stored()).toEqual({ settings: newer, readerPrefs: { version: 0, theme: 'neon' } });
    await fakeBrowser.storage.local.set({ settings: { sites: { 'a.cn': { cleanup: 'no' } } } });
    await onInstalled({ reason: 'update' });
    expect((await stored()).settings).toEqual({ sites: { 'a.cn': { cleanup: 'no' } } });
  });
});
