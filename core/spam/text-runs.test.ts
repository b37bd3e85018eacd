import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRuns } from './text-runs';

describe('findRuns', () => {
  it("finds the seed page's porn keyword list and nothing of the legitimate footer before it", () => {
    const seed = fs.readFileSync(path.resolve(import.meta.dirname, '../../../shared/seeds/000_575520ba510e706a.txt'), 'utf8');
    const runs = findRuns(seed);
    expect(runs).toHaveLength(1);
    const run = runs[0]!;
    const text = seed.slice(run.start, run.end);
    expect(text.startsWith('国产精品gz久久久')).toBe(true);
    expect(text.trimEnd().endsWith('精品久久久久久国产|')).toBe(true);
    expect(seed.slice(0, run.start)).toContain('相關新聞');
    expect(run.items).toBeGreaterThan(30);
  });

  it('finds _-separated and space-separated gambling lists', () => {
    expect(findRuns('澳门葡京_百家乐_真人娱乐_时时彩_北京赛车pk10')).toHaveLength(1);
    expect(findRuns('推荐：澳门葡京 百家乐 真人娱乐 时时彩')).toHaveLength(1);
  });

  it('takes a list whole when at least half its items are spam runs: the pinyin and codes between them too', () => {
    const list = 'amdc娱乐_澳门新葡京_bjl百家乐_xpj官网_威尼斯人yl_ag zhenren_太阳城tyc_ssc时时彩_pj9399_duchang zaixian_金沙娱乐js_六合彩lhc_hg0088';
    expect(findRuns(list)).toMatchObject([{ start: 0, end: list.length, items: 13 }]);
    // Fewer than half the items in runs, or another item in Chinese with no spam word: the runs
    // alone (the site's own items stay).
    const nav = 'about_index_list_澳门新葡京_百家乐_时时彩_contact_sitemap_rss';
    expect(findRuns(nav)).toMatchObject([{ start: nav.indexOf('澳门'), items: 3 }]);
    const own = '澳门新葡京_百家乐_时时彩_网站地图';
    expect(findRuns(own)).toMatchObject([{ start: 0, end: own.indexOf('网站'), items: 3 }]);
  });

  it('leaves prose about gambling alone', () => {
    const prose = '近日，市公安局破获一起网络赌博案。涉案的"澳门葡京"、"百家乐"、"真人娱乐"等网站均为境外赌博平台。其中澳门葡京、百家乐、真人娱乐等平台诱骗群众参赌。';
    expect(findRuns(prose)).toEqual([]);
  });

  it('needs at least three spam items', () => {
    expect(findRuns('澳门葡京 | 百家乐 | 网站地图 | 联系我们')).toEqual([]);
  });

  it('leaves a government footer alone', () => {
    expect(findRuns('网站地图 | 联系我们 | 隐私声明 | 中国政府网 | 山东省人民政府 | 聊城市体育彩票管理中心 | 市福利彩票发行中心')).toEqual([]);
  });

  it("leaves a line the site labels as its own alone when it names an ordinary word too, not a labelled list of spam only or of many items", () => {
    // A court judgment's, a Macau paper's and a hospital's own lines.
    expect(findRuns('关键词：开设赌场罪 | 网络赌博 | 赌博网站代理 | 百家乐 | 时时彩 | 六合彩 | 认罪认罚')).toEqual([]);
    expect(findRuns('關鍵詞：博彩業｜娛樂場｜荷官｜葡京｜威尼斯人｜百家樂｜賭收｜勞工局')).toEqual([]);
    expect(findRuns('相关药品：西地那非（万艾可/Viagra）| 他达拉非（希爱力/Cialis）| 伐地那非（艾力达/Levitra）| 达泊西汀（必利劲）')).toEqual([]);
    // The same words unlabelled, a labelled list with no ordinary word, and a site's line with
    // a list appended to it: runs.
    expect(findRuns('开设赌场罪 | 网络赌博 | 赌博网站代理 | 百家乐 | 时时彩 | 六合彩 | 认罪认罚')).toHaveLength(1);
    expect(findRuns('标签：澳门新葡京 | 百家乐 | 时时彩 | 六合彩 | 网络赌博')).toHaveLength(1);
    const appended = '关键词：开设赌场罪 | 认罪认罚 | 澳门新葡京 | 百家乐官网 | 时时彩计划 | 六合彩开奖 | 威尼斯人娱乐 | 金沙娱乐场 | 太阳城集团 | 皇冠体育 | 北京赛车pk10 | 真人视讯 | 幸运飞艇 | 亚博体育';
    expect(findRuns(appended)).toMatchObject([{ start: appended.indexOf('澳门') }]);
  });

  it('splits at an ideographic space, even beside pinyin and codes, and leaves the footer line before the list', () => {
    const line = '　鲁公网安备 37152202000123号　网站标识码：3715220001　澳门葡京赌场　威尼斯人官网　ｂｅｔ３６５体育　pj9399葡京　aomen duchang　太阳城娱乐js3983';
    expect(findRuns(line)).toMatchObject([{ start: line.indexOf('澳门'), end: line.length }]);
  });

  it("starts a run after the words before it in its first item (a byline's closing bracket)", () => {
    const p = '逐条梳理问题清单，明确整改时限。（记者 张明 通讯员 刘芳）2024澳门今晚开什么特马丨新澳门资料大全正版资料2024年免费下载丨澳门一肖一码100准免费资料丨管家婆一码一肖100中奖';
    expect(findRuns(p)).toMatchObject([{ start: p.indexOf('2024澳门'), end: p.length }]);
  });

  it('takes a list the text quotes for prose (items 0): a crackdown report\'s example', () => {
    const quoted = '调查发现，上述平台在搜索引擎和被黑网站中大量投放“澳门新葡京|威尼斯人|太阳城|皇冠体育|真人百家乐|六合彩特码”等关键词，诱导群众点击进入。';
    expect(findRuns(quoted)).toMatchObject([{ items: 0, commas: true }]);
    const example = '常见植入关键词示例：澳门新葡京 | 威尼斯人娱乐 | 太阳城集团 | 皇冠体育 | 真人百家乐 | 北京赛车pk10';
    expect(findRuns(example)).toMatchObject([{ items: 0, commas: true }]);
    // Unquoted, the same list is a list.
    expect(findRuns('澳门新葡京|威尼斯人|太阳城|皇冠体育|真人百家乐|六合彩特码')).toMatchObject([{ items: 6, commas: false }]);
  });
});
