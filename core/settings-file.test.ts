import { describe, expect, it } from 'vitest';
import { en, zh } from '../tests/catalogs';
import { DEFAULT_READER_PREFS } from './reader/prefs';
import { DEFAULT_SETTINGS, withSite } from './settings';
import { dateStamp, makeSettingsFile, MAX_SETTINGS_FILE_CHARS, parseSettingsFile, serializeSettingsFile, settingsFileName, type SettingsData } from './settings-file';

const NOW = new Date(2024, 4, 17, 9, 30);
const data: SettingsData = {
  settings: { ...withSite(withSite(DEFAULT_SETTINGS, 'www.dzwww.com', { cleanup: false }), 'www.lcxw.cn', { script: 's2hk', reader: true }), traditional: 's2twp' },
  phrases: [
    ['头发', '頭髮X'],
    ['内存', '記憶體'],
  ],
  readerPrefs: { ...DEFAULT_READER_PREFS, theme: 'sepia', fontSize: 22, indent: true },
};
const file = (change: Record<string, unknown> = {}) => JSON.stringify({ ...makeSettingsFile(data, NOW), ...change });
const refused = (text: string) => {
  const r = parseSettingsFile(text, zh);
  if (r.ok) throw new Error('accepted');
  return r.error;
};

describe('settings file', () => {
  it('is named by the local date and says what it is', () => {
    expect(settingsFileName(NOW)).toBe('qingdu-settings-20240517.json');
    expect(dateStamp(new Date(2024, 0, 5, 23, 59))).toBe('20240105');
    const f = JSON.parse(serializeSettingsFile(data, NOW));
    expect(Object.keys(f)).toEqual(['app', 'format', 'exportedAt', 'settings', 'phrases', 'readerPrefs']);
    expect(f).toMatchObject({ app: 'qingdu', format: 1, exportedAt: NOW.toISOString() });
  });

  it('round-trips: what is exported is imported identically', () => {
    const r = parseSettingsFile(serializeSettingsFile(data, NOW), zh);
    expect(r).toEqual({ ok: true, data, exportedAt: NOW.toISOString(), problems: [] });
  });

  it('accepts a byte-order mark and an older settings version (migrated, with a notice)', () => {
    const r = parseSettingsFile('\uFEFF' + file({ settings: { version: 1, sites: { 'a.cn': { cleanup: false } } } }), zh);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.settings).toEqual({ version: 2, sites: { 'a.cn': { cleanup: false, script: 'original', reader: false } }, traditional: 's2tw' });
    expect(r.problems).toEqual(['网站规则来自旧版本（版本 1），已升级为当前格式。']);
  });

  it('ignores unknown keys and a bad export time, with notices', () => {
    const r = parseSettingsFile(file({ exportedAt: 'yesterday', theme: 'x' }), zh);
    expect(r.ok && r.problems).toEqual(['忽略了文件中不认识的项：theme。', '文件的导出时间无效，已忽略。']);
    expect(r.ok && r.exportedAt).toBeUndefined();
  });

  it.each([
    ['not JSON', 'qingdu-settings', /不是有效的 JSON/],
    ['JSON but not an object', '[1,2]', /不是清读导出的设置文件/],
    ['another app', file({ app: 'tongwentang' }), /不是清读导出的设置文件/],
    ['no format', file({ format: undefined }), /格式版本（format: 缺少）/],
    ['a bad format', file({ format: '1' }), /格式版本（format: "1"）/],
    ['a newer format', file({ format: 2 }), /更新版本的清读（格式 2）/],
    ['no phrases', file({ phrases: undefined }), /缺少词语表/],
    ['settings not an object', file({ settings: 'x' }), /网站规则与繁體标准（settings）不是对象/],
    ['newer settings', file({ settings: { ...data.settings, version: 3 } }), /更新版本的清读（版本 3）/],
    ['a bad site', file({ settings: { version: 2, sites: { 'a.cn': { cleanup: 'no' }, '<x>': { cleanup: true }, 'b.cn': { cleanup: false } } } }), /无效的网站规则：“a.cn”、“<x>”。/],
    ['bad sites', file({ settings: { version: 2, sites: [] } }), /网站规则不是对象/],
    ['a bad 繁體 variant', file({ settings: { ...data.settings, traditional: 't2s' } }), /繁體标准“t2s”无效/],
    ['phrases not a list', file({ phrases: { 头发: '頭髮' } }), /词语表（phrases）不是列表/],
    ['a bad and a repeated phrase', file({ phrases: [['头发', '頭髮'], ['x'], [' 头发', 'y']] }), /无效的词条：第 2 条、第 3 条（“头发”重复）/],
    ['a bad reader pref', file({ readerPrefs: { ...data.readerPrefs, theme: 'neon', fontSize: 17 } }), /阅读视图设置（readerPrefs）中的主题、字号无效/],
    ['reader prefs not an object', file({ readerPrefs: null }), /阅读视图设置（readerPrefs）不是对象/],
  ])('refuses %s with a message in Chinese', (_, text, message) => {
    const error = refused(text);
    expect(error).toMatch(message);
    expect(error).toMatch(/没有导入任何设置。$/);
  });

  it('names at most five bad entries', () => {
    const sites = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`s${i}.cn`, { cleanup: 1 }]));
    expect(refused(file({ settings: { version: 2, sites } }))).toMatch(/“s4.cn” 等 8 项。/);
  });

  it('refuses a file far too large to be one', () => {
    expect(refused(' '.repeat(MAX_SETTINGS_FILE_CHARS + 1))).toMatch(/文件太大/);
  });

  it('refuses in the UI language it is given', () => {
    const r = parseSettingsFile(file({ phrases: 'x' }), en);
    expect(r).toEqual({ ok: false, error: 'Not a list: the phrase table (phrases). Nothing was imported.' });
    expect(refused(file({ phrases: 'x' }))).toBe('词语表（phrases）不是列表。没有导入任何设置。');
  });
});
