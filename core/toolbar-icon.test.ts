import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, withSite } from './settings';
import { ICON_SIZES, iconChanges, iconOnLoad, iconPaths, iconState } from './toolbar-icon';

const off = withSite(DEFAULT_SETTINGS, 'www.hacked.gov.cn', { cleanup: false });

describe('iconState', () => {
  it('is active on a site at the defaults and off on a site whose cleanup is off', () => {
    expect(iconState('https://news.example.cn/a.html', off)).toBe('active');
    expect(iconState('https://www.hacked.gov.cn/a.html?x=1#top', off)).toBe('off');
    expect(iconState('http://WWW.HACKED.GOV.CN/', off)).toBe('off');
  });
  it('goes by hostname: another subdomain or a port does not change it', () => {
    expect(iconState('https://hacked.gov.cn/', off)).toBe('active');
    expect(iconState('https://www.hacked.gov.cn:8443/', off)).toBe('off');
  });
  it('follows the other settings only through cleanup', () => {
    const converted = withSite(DEFAULT_SETTINGS, 'www.x.cn', { script: 's2tw', reader: true });
    expect(iconState('https://www.x.cn/', converted)).toBe('active');
  });
  it.each([[undefined], [''], ['not a url'], ['chrome://extensions/'], ['about:blank'], ['file:///home/a.html'], ['chrome-extension://abc/reader.html?key=1']])(
    'keeps the default on %j (no site to turn off)',
    (url) => expect(iconState(url, off)).toBe('active'),
  );
});

describe('iconOnLoad', () => {
  it('sets off every time (a navigation resets it silently)', () => {
    expect(iconOnLoad(undefined, 'off')).toBe('off');
    expect(iconOnLoad('off', 'off')).toBe('off');
  });
  it('sets active only over an off it set', () => {
    expect(iconOnLoad('off', 'active')).toBe('active');
    expect(iconOnLoad(undefined, 'active')).toBeNull();
    expect(iconOnLoad('active', 'active')).toBeNull();
  });
});

describe('iconChanges', () => {
  const tabs = [
    { id: 1, url: 'https://www.hacked.gov.cn/a.html' },
    { id: 2, url: 'https://www.hacked.gov.cn/b.html' },
    { id: 3, url: 'https://news.example.cn/' },
    { id: 4, url: 'chrome://newtab/' },
    { url: 'https://www.hacked.gov.cn/no-id' },
  ];
  it('names the tabs of a site turned off, and only them', () => {
    expect(iconChanges(tabs, DEFAULT_SETTINGS, off)).toEqual([
      { tabId: 1, state: 'off' },
      { tabId: 2, state: 'off' },
    ]);
  });
  it('names them again when it is turned back on', () => {
    expect(iconChanges(tabs, off, DEFAULT_SETTINGS)).toEqual([
      { tabId: 1, state: 'active' },
      { tabId: 2, state: 'active' },
    ]);
  });
  it('names none when another setting changes', () => {
    expect(iconChanges(tabs, off, withSite(off, 'news.example.cn', { script: 't2s' }))).toEqual([]);
    expect(iconChanges(tabs, off, { ...off, traditional: 's2hk' })).toEqual([]);
  });
});

describe('icon files', () => {
  // The PNG header: width and height at bytes 16 and 20 (big-endian), after the IHDR tag.
  const dims = (file: string) => {
    const b = fs.readFileSync(file);
    expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
    return [b.readUInt32BE(16), b.readUInt32BE(20)];
  };
  it.each(['active', 'off'] as const)('%s: every size exists in public/ at its size, and differs from the other state', (state) => {
    const paths = iconPaths(state);
    expect(Object.keys(paths)).toEqual(ICON_SIZES.map(String));
    for (const size of ICON_SIZES) {
      const file = path.join(import.meta.dirname, '../public', paths[String(size)]!);
      expect(dims(file)).toEqual([size, size]);
      const other = path.join(import.meta.dirname, '../public', iconPaths(state === 'off' ? 'active' : 'off')[String(size)]!);
      expect(fs.readFileSync(file).equals(fs.readFileSync(other))).toBe(false);
    }
  });
});
