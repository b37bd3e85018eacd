import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, siteSettings, withSite } from './settings';

describe('settings', () => {
  it('defaults to cleanup on everywhere', () => {
    expect(siteSettings(DEFAULT_SETTINGS, 'www.x.cn').cleanup).toBe(true);
  });
  it('remembers a site turned off, and stores nothing for the default', () => {
    const off = withSite(DEFAULT_SETTINGS, 'WWW.X.CN', { cleanup: false });
    expect(siteSettings(off, 'www.x.cn').cleanup).toBe(false);
    expect(withSite(off, 'www.x.cn', { cleanup: true }).sites).toEqual({});
  });
  it('keeps valid entries of corrupt storage and says what it dropped', () => {
    const { settings, problems } = parseSettings({ version: 1, sites: { 'a.cn': { cleanup: false }, 'b.cn': 'yes', '<script>': { cleanup: false } } });
    expect(settings.sites).toEqual({ 'a.cn': { cleanup: false } });
    expect(problems).toHaveLength(2);
  });
  it.each([['a string'], [42], [[1, 2]], [{ sites: 'x' }]])('resets a foreign value %j with a message', (raw) => {
    const { settings, problems } = parseSettings(raw);
    expect(settings.sites).toEqual({});
    expect(problems.length).toBeGreaterThan(0);
  });
  it('accepts an empty store silently', () => {
    expect(parseSettings(undefined).problems).toEqual([]);
  });
});
