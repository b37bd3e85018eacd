import { describe, expect, it } from 'vitest';
import { en, zh } from '../tests/catalogs';
import {
  changedParts,
  checkPhrase,
  formatPhraseText,
  mergePhrases,
  normalizeHost,
  parsePhraseText,
  readStored,
  PHRASE_MAX_LENGTH,
  storageErrorMessage,
  toStorage,
  withoutPhrase,
  withPhrase,
} from './options';
import { MAX_PHRASES, parsePhrases, type Phrase } from './phrases';
import { DEFAULT_READER_PREFS } from './reader/prefs';
import { DEFAULT_SETTINGS, parseSettings, withSite } from './settings';

const host = (s: string) => {
  const r = normalizeHost(s, zh);
  return r.ok ? r.host : `ERROR ${r.error}`;
};

describe('normalizeHost', () => {
  it.each([
    ['www.dzwww.com', 'www.dzwww.com'],
    ['  WWW.LCXW.CN  ', 'www.lcxw.cn'],
    ['https://www.dzwww.com/news/2024/1.html?x=1#top', 'www.dzwww.com'],
    ['news.sina.com.cn/c/2024', 'news.sina.com.cn'],
    ['localhost:8080', 'localhost'],
    ['192.168.1.10', '192.168.1.10'],
    ['http://[::1]:3000/', '[::1]'],
    ['www.x.cn.', 'www.x.cn'],
    ['中文网.cn', 'xn--fiq228c5hs.cn'],
  ])('%j → %j', (input, want) => {
    expect(host(input)).toBe(want);
  });

  it.each([[''], ['   '], ['-'], ['a..b'], ['-a.cn'], ['a_b.cn'], ['chrome://extensions'], ['file:///home/x.html'], ['ftp://x.cn'], ['http://'], ['a b.cn']])(
    'refuses %j with a message in Chinese',
    (input) => {
      const r = normalizeHost(input, zh);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/[\u4e00-\u9fff]/);
    },
  );

  it('accepts only hosts that the stored settings keep (core/settings HOST_RE)', () => {
    for (const input of ['www.dzwww.com', 'http://[2001:db8::1]/', '中文网.cn', 'a-b.c-d.cn', 'x'.repeat(63) + '.cn']) {
      const r = normalizeHost(input, zh);
      expect(r.ok, input).toBe(true);
      if (!r.ok) continue;
      const stored = withSite(DEFAULT_SETTINGS, r.host, { cleanup: false });
      const { settings, problems } = parseSettings(JSON.parse(JSON.stringify(stored)));
      expect(problems, input).toEqual([]);
      expect(Object.keys(settings.sites)).toEqual([r.host]);
    }
  });
});

describe('phrase pairs', () => {
  const table: Phrase[] = [
    ['头发', '頭髮'],
    ['内存', '記憶體'],
  ];
  it('checks a pair: both sides filled, not too long, not already there', () => {
    expect(checkPhrase(table, '软件', '軟體', zh)).toBeNull();
    expect(checkPhrase(table, '  ', 'x', zh)).toBe('请填写原词。');
    expect(checkPhrase(table, '软件', ' ', zh)).toBe('请填写要替换成的文字。');
    expect(checkPhrase(table, '内存', '內存', zh)).toBe('“内存”已在词语表中。');
    expect(checkPhrase(withoutPhrase(table, 1), '内存', '內存', zh)).toBeNull();
    expect(checkPhrase(table, 'a'.repeat(PHRASE_MAX_LENGTH + 1), 'b', zh)).toMatch(/最多 32/);
  });
  it('uses the same length bound as the stored table', () => {
    const max = 'a'.repeat(PHRASE_MAX_LENGTH);
    expect(parsePhrases([[max, max]]).problems).toEqual([]);
    expect(parsePhrases([[max + 'a', 'b']]).problems).toHaveLength(1);
    expect(checkPhrase([], max, max, zh)).toBeNull();
  });
  it('adds, edits and removes without changing the input', () => {
    const added = withPhrase(table, null, ' 软件 ', ' 軟體 ');
    expect(added).toEqual([...table, ['软件', '軟體']]);
    expect(withPhrase(table, 0, '头发', '頭髮X')).toEqual([['头发', '頭髮X'], table[1]]);
    expect(withoutPhrase(table, 0)).toEqual([table[1]]);
    expect(table).toHaveLength(2);
  });
  it('merges an imported table: same original replaced in place, new ones appended', () => {
    const r = mergePhrases(table, [
      ['内存', '內存'],
      ['软件', '軟體'],
      ['头发', '頭髮'],
    ]);
    expect(r.phrases).toEqual([
      ['头发', '頭髮'],
      ['内存', '內存'],
      ['软件', '軟體'],
    ]);
    expect([r.added, r.updated]).toEqual([1, 1]);
  });
});

describe('parsePhraseText', () => {
  it('reads tab- or space-separated lines, skipping blanks and # comments', () => {
    const r = parsePhraseText('\uFEFF# 我的词表\n头发\t头髮X\n\n内存 記憶體\r\n软件\u3000軟體\n滑鼠\t滑 鼠\n', zh);
    expect(r).toEqual({
      ok: true,
      phrases: [
        ['头发', '头髮X'],
        ['内存', '記憶體'],
        ['软件', '軟體'],
        ['滑鼠', '滑 鼠'],
      ],
    });
  });
  it('reads back what formatPhraseText writes', () => {
    const table: Phrase[] = [
      ['头发', '頭髮'],
      ['网 络', '網路'],
    ];
    expect(parsePhraseText(formatPhraseText(table), zh)).toEqual({ ok: true, phrases: table });
    expect(parsePhraseText('', zh)).toEqual({ ok: true, phrases: [] });
  });
  it('reports every bad line with its number and keeps nothing', () => {
    const r = parsePhraseText(['头发\t頭髮', '只有一个词', '内存\t', '头发 頭髮X', `${'长'.repeat(33)} x`, '\tx'].join('\n'), zh);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 6]);
    expect(r.errors[0]!.message).toMatch(/缺少目标词/);
    expect(r.errors[1]!.message).toBe('请填写要替换成的文字');
    expect(r.errors[2]!.message).toBe('“头发”与第 1 行重复');
    expect(r.errors[3]!.message).toMatch(/最多 32/);
    expect(r.errors[4]!.message).toBe('请填写原词');
  });
  it('reads JSON: the stored list of pairs or an object', () => {
    expect(parsePhraseText(' [["头发", "頭髮"], ["内存", "記憶體"]]', zh)).toEqual({
      ok: true,
      phrases: [
        ['头发', '頭髮'],
        ['内存', '記憶體'],
      ],
    });
    expect(parsePhraseText('{"头发": "頭髮"}', zh)).toEqual({ ok: true, phrases: [['头发', '頭髮']] });
    expect(parsePhraseText('{}', zh)).toEqual({ ok: true, phrases: [] });
  });
  it('refuses bad JSON, naming the items', () => {
    const broken = parsePhraseText('[["头发", "頭髮"],', zh);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.errors[0]!.message).toMatch(/^JSON 格式有误/);
    const r = parsePhraseText('[["头发", "頭髮"], ["x"], ["头发", "y"], ["a", 1]]', zh);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.message)).toEqual(['第 2 项不是 ["原词", "目标"]', '第 3 项：“头发”与第 1 项重复', '第 4 项不是 ["原词", "目标"]']);
    expect(parsePhraseText('[1', zh).ok).toBe(false);
  });
  it('refuses a table longer than the stored maximum', () => {
    const text = Array.from({ length: MAX_PHRASES + 1 }, (_, i) => `词${i}\tx`).join('\n');
    const r = parsePhraseText(text, zh);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ line: null, message: `词语表最多 ${MAX_PHRASES} 条，这里有 ${MAX_PHRASES + 1} 条` }]);
  });
});

describe('storageErrorMessage', () => {
  it('says the storage is full for a quota error, and passes other errors on', () => {
    expect(storageErrorMessage(new Error('QUOTA_BYTES quota exceeded'), zh)).toMatch(/存储空间已满/);
    expect(storageErrorMessage(Object.assign(new Error('x'), { name: 'QuotaExceededError' }), zh)).toMatch(/存储空间已满/);
    expect(storageErrorMessage('boom', zh)).toBe('改动没有保存（boom）。');
  });
});

describe('stored parts', () => {
  it('reads the three keys through their validators; a missing key is the defaults, silently', () => {
    const { data, repairs } = readStored({});
    expect(data).toEqual({ settings: DEFAULT_SETTINGS, phrases: [], readerPrefs: DEFAULT_READER_PREFS });
    expect(repairs).toEqual([]);
  });
  it('shows a corrupt value repaired, and says which part and what was dropped', () => {
    const { data, repairs } = readStored({ settings: { version: 2, sites: { 'a.cn': { cleanup: false }, 'b.cn': 7 } }, phrases: 'x', readerPrefs: { theme: 'dark' } });
    expect(data.settings!.sites).toEqual({ 'a.cn': { cleanup: false, script: 'original', reader: false } });
    expect(data.phrases).toEqual([]);
    expect(data.readerPrefs!.theme).toBe('dark');
    expect(repairs.map((r) => [r.part, r.problems.length])).toEqual([
      ['settings', 1],
      ['phrases', 1],
    ]);
  });
  it('reads only the parts asked for, and writes each under its key', () => {
    expect(Object.keys(readStored({ phrases: [['a', 'b']] }, ['phrases']).data)).toEqual(['phrases']);
    expect(toStorage({ phrases: [['a', 'b']], readerPrefs: DEFAULT_READER_PREFS })).toEqual({ phrases: [['a', 'b']], readerPrefs: DEFAULT_READER_PREFS });
    expect(changedParts({ readerPrefs: {}, other: 1, settings: {} })).toEqual(['settings', 'readerPrefs']);
  });
});

describe('messages in the UI language', () => {
  it('come from the Translate passed in', () => {
    expect(normalizeHost('', en)).toEqual({ ok: false, error: "Enter the site's domain, for example www.dzwww.com." });
    expect(checkPhrase([['内存', '記憶體']], '内存', 'x', en)).toBe('“内存” is already in the phrase table.');
    expect(parsePhraseText('头发', en)).toEqual({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/^No replacement/) }] });
    expect(storageErrorMessage(new Error('QUOTA_BYTES quota exceeded'), en)).toMatch(/storage for extensions is full/);
  });
});
