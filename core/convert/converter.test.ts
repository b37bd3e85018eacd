/**
 * The converter against opencc-js's own Converter (the reference, issue 4): known-hard words per
 * variant, characters outside the BMP, Ideographic Description Sequences, compatibility
 * ideographs, the unchanged-text fast path, random strings built from the dictionaries' own
 * keys, and the user phrase table.
 */
import * as OpenCC from 'opencc-js';
import { configs } from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import { compileVariant } from './compile';
import { createConverter, type Converter } from './converter';
import { OPENCC_OPTIONS, VARIANTS, type Variant } from './variants';


const data = new Map<Variant, string>();
const ours = new Map<Variant, Converter>();
const theirs = new Map<Variant, (s: string) => string>();
function dataOf(v: Variant): string {
  if (!data.has(v)) data.set(v, compileVariant(v));
  return data.get(v)!;
}
function our(v: Variant): Converter {
  if (!ours.has(v)) ours.set(v, createConverter(dataOf(v)));
  return ours.get(v)!;
}
function their(v: Variant): (s: string) => string {
  if (!theirs.has(v)) theirs.set(v, OpenCC.Converter(OPENCC_OPTIONS[v]));
  return theirs.get(v)!;
}

/** Simplified words whose traditional form depends on the phrase (one character, many). */
const SIMPLIFIED_HARD = [
  '头发 理发 发布 发布会 出发 干净 干部 树干 干杯 干涉 干燥 一干二净',
  '看着 着急 着手 着落 穿着 睡着了 土著 显著 后来 以后 皇后 后宫 面条 吃面 方便面 面子 表面',
  '里面 这里 公里 邻里 台湾 台风 台阶 讲台 一台电脑 单于 一只 只有 只是 两只手',
  '云 白云 人云亦云 关系 系统 系鞋带 联系 剩余 余光中 业余 制造 制度 范围 姓范 模范',
  '周末 一周 周到 杂志 志向 标志 历史 日历 历年 钟表 姓钟 钟情 冲突 冲茶 冲锋 松树 放松',
  '斗争 北斗 战斗 准备 批准 卷发 试卷 回来 回忆 迂回 汇款 词汇 汇报 游泳 旅游 上游 复杂 恢复 复习',
  '征兵 特征 长征 蒙古 蒙蔽 启蒙 占领 占卜 尸体 山谷 谷物 丑陋 丁丑 吊唁 上吊 折叠 打折',
  '委托 托付 涂抹 糊涂 赞美 称赞 朴素 朴树 厂 广 么 乾隆 借口 了解 瞭望 于是 于谦 熨斗',
  '软件 硬件 网络 信息 鼠标 打印机 出租车 自行车 内存 硬盘 程序 数据库 服务器 短信 视频 博客',
  '冰淇淋 幺 牛仔裤 公交车 地铁 出租 奔驰 宝马 悉尼 新西兰 意大利 巴士 的士 沙发 三明治',
];

/** Traditional words, Taiwan, Hong Kong and OpenCC forms alike, for t2s. */
const TRADITIONAL_HARD = [
  '頭髮 理髮 發佈 發布 乾淨 幹部 樹幹 乾杯 干涉 著 着 看著 土著 後來 皇后 麵條 麪條 吃麵',
  '裡面 裏面 公里 臺灣 台灣 颱風 台風 單于 一隻 只有 雲 關係 繫鞋帶 聯繫 剩餘 余光中 製造 範圍 週末 周到',
  '雜誌 志向 歷史 日曆 鐘錶 鍾情 衝突 沖茶 鬆 松樹 鬥爭 北斗 準備 捲髮 試卷 迴響 回來 匯款 詞彙',
  '遊戲 游泳 復興 複雜 徵兵 長征 矇騙 濛濛 懞懂 佔領 屍體 穀物 山谷 醜陋 丁丑 弔唁 上吊 摺疊 打折',
  '委託 塗抹 讚美 稱贊 樸素 乾隆 藉口 瞭解 於是 軟體 網路 資訊 滑鼠 印表機 計程車 腳踏車 記憶體',
  '噁心 衞生 衛生 裏 裡 綫 線 峯 峰 羣 群 眾 衆 麪 麵 為 爲 僞 偽 啓 啟 説 說 悦 悅 户 戶 着 鉤 鈎',
];

describe('known-hard words: identical to opencc-js', () => {
  for (const v of VARIANTS) {
    it(v, () => {
      const lines = v === 't2s' ? TRADITIONAL_HARD : SIMPLIFIED_HARD;
      for (const line of lines) expect(our(v).convert(line)).toBe(their(v)(line));
      // Each word alone too: no neighbour to lean on.
      for (const word of lines.join(' ').split(' ')) expect(our(v).convert(word)).toBe(their(v)(word));
    });
  }

  it('pins the outputs that make these words hard (opencc-js 1.4.2)', () => {
    const s2t = our('s2t').convert;
    expect(s2t('头发 干净 干部 树干 干杯 发布 皇后 后来 面条 公里 台风 单于 一只 关系 系鞋带')).toBe(
      '頭髮 乾淨 幹部 樹幹 乾杯 發佈 皇后 後來 麪條 公里 颱風 單于 一隻 關係 繫鞋帶',
    );
    expect(our('s2tw').convert('看着 里面 面条 台湾')).toBe('看著 裡面 麵條 臺灣');
    expect(our('s2twp').convert('软件 网络 信息 鼠标 发布')).toBe('軟體 網路 資訊 滑鼠 釋出');
    expect(our('s2hk').convert('看着 里面 台湾 软件')).toBe('看着 裏面 台灣 軟件');
    expect(our('t2s').convert('頭髮 乾淨 幹部 發佈 裡面 裏面 颱風 著名 乾隆')).toBe('头发 干净 干部 发布 里面 里面 台风 著名 乾隆');
  });
});

describe('text that is not plain BMP Chinese', () => {
  const samples = [
    '𠮷野家的牛丼😀很好吃👍🏽，吉野家',
    '𠀀𠀁𪚥𫫇二𫫇英、𬣙𬇙 ',
    '\ud800孤\udc00单\ud83d的\ude00尾\ud840',
    '⿰氵发 ⿱艹发展 ⿲ ⿰⿱丶发发头发 ⿻ ⿰',
    '豈更車賈 丽丸乁 𪘀 頭髮豈',
    'ASCII only, 123 — nothing to convert. Ünïcödé ßtraße',
    '',
  ];
  for (const v of VARIANTS) {
    it(`${v}: identical to opencc-js`, () => {
      for (const s of samples) expect(our(v).convert(s)).toBe(their(v)(s));
    });
  }

  it('reads chains of description operators as opencc-js does, in linear time', () => {
    // opencc-js takes Fibonacci time on a run of operators (and overflows the stack on
    // thousands): 22 of them is still quick for it, and checks the semantics of long chains.
    const chains = ['⿰'.repeat(22) + '头发', '⿱⿰'.repeat(11) + '干着里', '⿰'.repeat(21) + '𠮷发', '⿲'.repeat(15) + '头'];
    for (const v of VARIANTS) for (const s of chains) expect(our(v).convert(s)).toBe(their(v)(s));
    const huge = '⿰'.repeat(60_000) + '头发' + '⿱⿰'.repeat(30_000) + '着里面';
    const t0 = performance.now();
    expect(our('s2t').convert(huge).length).toBe(huge.length);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('keeps emoji, CJK Extension B and lone surrogates as they are', () => {
    expect(our('s2t').convert('𠮷😀发')).toBe('𠮷😀發');
    expect(our('t2s').convert('𠮷😀發')).toBe('𠮷😀发');
    expect(our('s2t').convert('a\ud800b发\udc00')).toBe('a\ud800b發\udc00');
  });

  it('returns the same string when nothing changes', () => {
    const english = 'Nothing here is Chinese at all.';
    expect(our('s2t').convert(english)).toBe(english);
    const traditional = '頭髮乾淨，皇后與幹部。';
    expect(our('s2t').convert(traditional)).toBe(traditional);
    const simplified = '头发干净，皇后与干部。';
    expect(our('t2s').convert(simplified)).toBe(simplified);
  });
});

/** Deterministic pseudo-random strings from the variant's dictionaries (keys and values, whole
 * or cut) mixed with tricky atoms: the cases a handful of words cannot reach. */
function randomTexts(v: Variant, count: number, seed: number): string[] {
  let x = seed;
  const rnd = (): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const config = (configs as Record<string, { conversionChain: readonly (readonly unknown[])[] }>)[v]!;
  const pieces: string[] = [];
  for (const group of config.conversionChain) {
    for (const dict of group) if (typeof dict === 'string') for (const line of dict.split('|')) pieces.push(...line.split(' '));
  }
  const atoms = ['⿰', '⿲', '\ud840', '\udc00', '😀', '𠮷', 'a', ' ', '豈', '丽', '着', '裏', '面', '发', '干', '后', '里', '台', '只'];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const parts = 1 + Math.floor(rnd() * 10);
    for (let p = 0; p < parts; p++) {
      const r = rnd();
      const piece = pieces[Math.floor(rnd() * pieces.length)]!;
      if (r < 0.5) s += piece;
      else if (r < 0.7) s += piece.slice(0, 1 + Math.floor(rnd() * piece.length));
      else s += atoms[Math.floor(rnd() * atoms.length)];
    }
    out.push(s);
  }
  return out;
}

describe('random strings from the dictionaries: identical to opencc-js', () => {
  for (const v of VARIANTS) {
    it(v, () => {
      const traditional = v === 't2s' ? randomTexts('s2t', 400, 7).map(their('s2t')) : [];
      for (const s of [...randomTexts(v, 1500, 42), ...traditional]) expect(our(v).convert(s)).toBe(their(v)(s));
    });
  }

  it('reading everything at once (preload) gives the same output as reading on demand', () => {
    for (const v of VARIANTS) {
      const eager = createConverter(dataOf(v), { preload: true });
      for (const s of randomTexts(v, 300, 9)) expect(eager.convert(s)).toBe(our(v).convert(s));
    }
  });
});

/** The keys of a section of compiled data (front-coded lines: converter.ts). */
function sectionKeys(d: string, name: string): string[] {
  const from = d.indexOf(`\n#${name}\n`) + name.length + 3;
  const to = d.indexOf('\n#', from);
  const keys: string[] = [];
  let prev = '';
  for (const line of d.slice(from, to < 0 ? undefined : to + 1).split('\n')) {
    if (!line) continue;
    const sep = line.search(/[ \t]/);
    prev = prev.slice(0, line.charCodeAt(0) - 0x30) + line.slice(1, sep);
    keys.push(prev);
  }
  return keys;
}

describe('stage 2 phrases read ahead of the main pass (probe)', () => {
  it('every #post phrase, whole, in text, and cut by a phrase of the main pass at each place', () => {
    for (const v of ['s2tw', 's2twp', 's2hk'] as const) {
      const post = sectionKeys(dataOf(v), 'post').filter((k) => k.length > 1);
      expect(post.length, v).toBeGreaterThan(10);
      // A phrase of the main pass per first character: where it starts, a run ends.
      const phraseFrom = new Map<string, string>();
      for (const k of sectionKeys(dataOf(v), 'main')) if (k.length > 1 && !phraseFrom.has(k[0]!)) phraseFrom.set(k[0]!, k);
      const texts: string[] = [];
      for (const k of post) {
        texts.push(k, `在${k}。`, `${k}${k}`);
        for (let j = 1; j < k.length; j++) {
          const p = phraseFrom.get(k[j]!);
          if (p) texts.push(k.slice(0, j) + p, `${k.slice(0, j)}${p}${k.slice(j)}`);
        }
      }
      const c = our(v);
      for (const s of texts) expect(c.convert(s), `${v}: ${s}`).toBe(their(v)(s));
    }
  });
});

describe('readAhead', () => {
  it('reads in steps, between conversions, to the end; output never depends on it', () => {
    for (const v of ['s2twp', 't2s'] as const) {
      const c = createConverter(dataOf(v));
      const texts = randomTexts(v === 't2s' ? 's2t' : v, 300, 21).map(v === 't2s' ? their('s2t') : (s) => s);
      let asked = 0;
      let steps = 0;
      let done = false;
      for (let i = 0; !done; i++) {
        done = c.readAhead(() => ++asked % 3 === 0);
        steps++;
        for (const s of texts.slice((i * 7) % 280, ((i * 7) % 280) + 7)) expect(c.convert(s)).toBe(their(v)(s));
      }
      expect(steps, `${v}: in more than one step`).toBeGreaterThan(2);
      expect(c.readAhead(() => true), 'nothing left').toBe(true);
      for (const s of texts) expect(c.convert(s)).toBe(their(v)(s));
    }
  });
});

describe('the user phrase table', () => {
  it('wins over the dictionaries, and the text around it is still converted', () => {
    const c = createConverter(dataOf('s2t'), { overrides: [['头发', '头髪']] });
    expect(c.convert('剪头发了')).toBe('剪头髪了');
    expect(c.convert('理发')).toBe('理髮');
  });

  it('takes the longest phrase, and a later duplicate over an earlier one', () => {
    const c = createConverter(dataOf('s2t'), {
      overrides: [
        ['干', 'A'],
        ['干部', 'B'],
        ['干部', 'C'],
      ],
    });
    expect(c.convert('干部和干')).toBe('C和A');
  });

  it('is matched on the text as given, its output is final, and no dictionary phrase spans it', () => {
    const c = createConverter(dataOf('s2t'), { overrides: [['面', '麺']] });
    // 面条 is a dictionary phrase; the user phrase cuts it.
    expect(c.convert('面条')).toBe(`麺${their('s2t')('条')}`);
    const d = createConverter(dataOf('t2s'), { overrides: [['乾', '乾']] });
    expect(d.convert('乾淨')).toBe('乾净');
  });

  it('can delete, ignores empty sources, and works both ways', () => {
    const c = createConverter(dataOf('s2t'), {
      overrides: [
        ['', 'x'],
        ['广告', ''],
      ],
    });
    expect(c.convert('看广告')).toBe('看');
    const back = createConverter(dataOf('t2s'), { overrides: [['軟體', '软件']] });
    expect(back.convert('軟體和網路')).toBe('软件和网路');
  });

  it('returns the text itself when nothing changes', () => {
    const c = createConverter(dataOf('s2t'), { overrides: [['头发', '頭髮']] });
    const s = 'plain text';
    expect(c.convert(s)).toBe(s);
  });
});

describe('convertMany: each text as convert gives it, in one joined pass', () => {
  it('equals convert text by text on random texts, with IDS, pairs, halves, JOIN itself and empty texts', () => {
    for (const v of VARIANTS) {
      const c = createConverter(dataOf(v));
      const texts = randomTexts(v, 600, 5);
      // Cut points that would let a phrase or a stage-2 key reach across, if the join let it.
      for (const w of ['头', '发', '面', '条', '台', '湾', '\ud842', '\udfb7', '⿰', '氵', '']) texts.push(w);
      for (let k = 0; k < texts.length; k += 37) {
        const batch = texts.slice(k, k + 37);
        expect(c.convertMany(batch), `${v} from ${k}`).toEqual(batch.map((s) => c.convert(s)));
      }
      // Halves of phrases side by side; and one text holding JOIN, which goes text by text.
      const halves = ['剪头', '发了', '吃面', '条', '台', '湾人', '⿰', '氵青'];
      expect(c.convertMany(halves)).toEqual(halves.map((s) => c.convert(s)));
      const withJoin = ['头\0发', '面', '条'];
      expect(c.convertMany(withJoin)).toEqual(withJoin.map((s) => c.convert(s)));
    }
  });

  it('gives back the very same strings for texts it does not change', () => {
    const c = createConverter(dataOf('s2t'));
    const texts = ['plain', '发展', 'text', '。'];
    const out = c.convertMany(texts);
    expect(out[0]).toBe(texts[0]);
    expect(out[1]).toBe('發展');
    expect(out[2]).toBe(texts[2]);
    const same = ['a', 'b'];
    const back = c.convertMany(same);
    expect(back).toEqual(same);
    expect(back).not.toBe(same);
  });

  it('keeps the user phrase table within each text', () => {
    const c = createConverter(dataOf('s2t'), { overrides: [['头发', '头髪']] });
    expect(c.convertMany(['剪头', '发了', '剪头发了'])).toEqual([c.convert('剪头'), c.convert('发了'), '剪头髪了']);
    const odd = createConverter(dataOf('s2t'), { overrides: [['头\0发', 'X']] });
    expect(odd.convertMany(['头', '发'])).toEqual([odd.convert('头'), odd.convert('发')]);
  });
});
