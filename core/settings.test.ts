import { describe, expect, it } from 'vitest';
import { parsePhrases } from './phrases';
import { autoConvertHosts, DEFAULT_SETTINGS, parseSettings, readSite, siteSettings, withSite } from './settings';

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
    expect(settings.sites).toEqual({ 'a.cn': { cleanup: false, script: 'original', reader: false } });
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

describe('readSite (the content scripts: one entry, nothing repaired)', () => {
  const off = { cleanup: false, script: 'original', reader: false };
  const stored: unknown[] = [
    undefined, null, 'a string', 42, [1, 2], { sites: 'x' }, { sites: [off] }, { sites: null }, { version: 9, sites: { 'a.cn': off } },
    { version: 1, sites: { 'a.cn': { cleanup: false }, 'b.cn': 'yes', '<script>': { cleanup: false } } },
    { version: 2, sites: { 'A.CN': off, 'a.cn': { cleanup: true } } },
    { version: 2, sites: { 'a.cn': { cleanup: true, script: 's2hk' }, 'A.cn': { cleanup: true, script: 'klingon' }, 'b.cn': { cleanup: 'no' } } },
    { version: 2, sites: { 'a.cn': off, 'A.CN': { cleanup: true, reader: true } }, traditional: 'x' },
    { version: 2, sites: { '[::1]': off, 'a.cn ': off, 'a.cn': { cleanup: true, script: 'original', reader: true } } },
  ];
  it.each(stored.map((raw) => [JSON.stringify(raw) ?? 'undefined', raw]))('gives what the full parse gives for %s', (_, raw) => {
    for (const host of ['a.cn', 'A.Cn', 'b.cn', '[::1]', 'c.cn']) expect(readSite(raw, host), host).toEqual(siteSettings(parseSettings(raw).settings, host));
  });
});

describe('settings v2', () => {
  it('migrates a v1 store: sites keep cleanup, new fields at their defaults', () => {
    const { settings, problems } = parseSettings({ version: 1, sites: { 'a.cn': { cleanup: false } } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ version: 2, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
  });
  it('keeps per-site script and reader choices, and lists the auto-convert hosts', () => {
    let s = withSite(DEFAULT_SETTINGS, 'b.cn', { script: 's2hk' });
    s = withSite(s, 'a.cn', { reader: true });
    expect(parseSettings(JSON.parse(JSON.stringify(s))).settings).toEqual(s);
    expect(autoConvertHosts(s)).toEqual(['b.cn']);
    expect(withSite(s, 'b.cn', { script: 'original' }).sites['b.cn']).toBeUndefined();
  });
  it('drops a site with an unknown script, resets an unknown 繁體 variant, keeps the rest', () => {
    const { settings, problems } = parseSettings({ version: 2, sites: { 'a.cn': { cleanup: true, script: 'klingon' }, 'b.cn': { cleanup: false, script: 't2s' } }, traditional: 'x' });
    expect(settings.sites).toEqual({ 'b.cn': { cleanup: false, script: 't2s', reader: false } });
    expect(settings.traditional).toBe('s2tw');
    expect(problems).toHaveLength(2);
  });
  it('says so when the store comes from a newer version', () => {
    expect(parseSettings({ version: 9, sites: {} }).problems[0]).toMatch(/newer/);
  });
});

describe('phrase table', () => {
  it('keeps valid pairs, trims, drops duplicates and junk with a message', () => {
    const { phrases, problems } = parsePhrases([[' 内存 ', '記憶體'], ['内存', '内存條'], ['x'], 'y', ['', 'z'], ['a'.repeat(40), 'b'], ['删除', ' ']]);
    expect(phrases).toEqual([['内存', '記憶體']]);
    expect(problems).toHaveLength(6);
  });
  it('resets a table that is not a list', () => {
    expect(parsePhrases({ a: 1 })).toEqual({ phrases: [], problems: ['the phrase table was not a list; reset'] });
    expect(parsePhrases(undefined)).toEqual({ phrases: [], problems: [] });
  });
});
