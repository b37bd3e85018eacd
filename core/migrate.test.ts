import { describe, expect, it } from 'vitest';
import { migrations } from './migrate';
import { DEFAULT_READER_PREFS, READER_PREFS_VERSION } from './reader/prefs';
import { SETTINGS_VERSION } from './settings';

describe('migrations', () => {
  it('rewrites parts of an older schema (v1 settings with or without a version, unversioned reader preferences)', () => {
    expect(migrations({ settings: { sites: { 'a.cn': { cleanup: false } } } })).toEqual({
      settings: { version: SETTINGS_VERSION, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' },
    });
    expect(migrations({ settings: { version: 1, sites: {} } })).toEqual({ settings: { version: SETTINGS_VERSION, sites: {}, traditional: 's2tw' } });
    expect(migrations({ readerPrefs: { theme: 'dark' } })).toEqual({ readerPrefs: { ...DEFAULT_READER_PREFS, theme: 'dark', version: READER_PREFS_VERSION } });
  });

  it('leaves current, newer, corrupt, foreign and absent parts alone', () => {
    expect(migrations({ settings: { version: SETTINGS_VERSION, sites: {}, traditional: 's2t' } })).toEqual({});
    expect(migrations({ settings: { version: SETTINGS_VERSION + 1, sites: {} } })).toEqual({});
    expect(migrations({ settings: { sites: { 'a.cn': { cleanup: 'no' } } } })).toEqual({});
    expect(migrations({ settings: 'x', readerPrefs: [1], phrases: [['a', 'b']] })).toEqual({});
    expect(migrations({ settings: { version: '1', sites: {} } })).toEqual({});
    expect(migrations({})).toEqual({});
  });
});
