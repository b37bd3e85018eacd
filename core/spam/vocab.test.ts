import { describe, expect, it } from 'vitest';
import { hasSpamVocabulary, isStrong, scoreText } from './vocab';

describe('scoreText', () => {
  it('scores gambling and porn keyword titles as strong', () => {
    expect(isStrong(scoreText('澳门葡京娱乐城'))).toBe(true);
    expect(isStrong(scoreText('国产精品gz久久久'))).toBe(true);
    expect(isStrong(scoreText('亚洲AV无码1区2区久久'))).toBe(true);
    expect(isStrong(scoreText('スーパーコピー ブランド 激安'))).toBe(true);
    expect(isStrong(scoreText('buy cheap viagra online'))).toBe(true);
  });

  it("scores the lottery-tip titles of today's farms (一肖一码, 特马, 天天开好彩), not the brands that share a word", () => {
    for (const t of ['管家婆一码一肖100中奖', '澳门一肖一码100准免费资料', '2024澳门今晚开什么特马', '二四六天天好彩资料大全', '新澳门资料大全正版资料', '2024澳門今晚開什麼特馬']) expect(isStrong(scoreText(t)), t).toBe(true);
    // 管家婆 is also accounting software, 王中王 a ham sausage, 返水 a drain backing up.
    for (const t of ['管家婆财务软件免费版下载', '双汇王中王火腿肠', '雨后卫生间地漏返水怎么办', '福彩3D开奖结果']) expect(isStrong(scoreText(t)), t).toBe(false);
  });

  it('matches traditional spellings of simplified terms', () => {
    expect(isStrong(scoreText('澳門葡京娛樂城'))).toBe(true);
    expect(scoreText('百家樂').score).toBe(scoreText('百家乐').score);
  });

  it('gives 0 to reporting about spam (crackdowns, warnings)', () => {
    expect(scoreText('警方捣毁"百家乐"赌博窝点').score).toBe(0);
    expect(scoreText('市公安局破获特大网络赌博案').score).toBe(0);
    expect(scoreText('謹防網絡賭博詐騙陷阱').score).toBe(0);
    expect(scoreText('Facebook is cracking down on revenge porn').score).toBe(0);
  });

  it('does not make a strong item out of weak words alone', () => {
    const s = scoreText('国产大飞机C919高清视频在线观看');
    expect(s.score).toBeGreaterThanOrEqual(3);
    expect(isStrong(s)).toBe(false);
    expect(isStrong(scoreText('成人教育招生简章'))).toBe(false);
  });

  it('keeps ASCII terms to whole words', () => {
    expect(scoreText('This is available in Java and Navy blue').score).toBe(0);
    expect(scoreText('slots and casinos').score).toBeGreaterThan(0);
  });

  it('leaves ordinary news and lottery words alone', () => {
    for (const t of ['聊城市东昌府区全面打响创城工作攻坚战', '中国福利彩票双色球第2024052期开奖公告', '澳门队在亚运会上夺得金牌', '他赌气离开了会场']) {
      expect(isStrong(scoreText(t)), t).toBe(false);
    }
  });

  it('pre-filters text without any non-weak term', () => {
    expect(hasSpamVocabulary('今天天气很好，市民纷纷外出踏青。')).toBe(false);
    expect(hasSpamVocabulary('……百家乐……')).toBe(true);
  });
});

describe('Matcher', () => {
  it('matches leftmost-longest, whole ASCII words, and folds case and script', async () => {
    const { Matcher } = await import('./matcher');
    const { compileLists, foldOf } = await import('./compile-vocab');
    const fold = foldOf({ 门: '門' });
    const m = new Matcher(compileLists([['澳门', 1, 0], ['澳门葡京', 2, 0], ['av', 3, 1], ['门', 1, 2]], fold), fold);
    const hits: [number, string, number][] = [];
    m.scan('去澳門葡京 AV avail nav av 門 澳门', (t, at) => void hits.push([t[1], t[0], at]));
    expect(hits).toEqual([[2, '澳门葡京', 1], [3, 'av', 6], [3, 'av', 19], [1, '门', 22], [1, '澳门', 24]]);
    const strong: string[] = [];
    m.scan('去澳門葡京 AV avail nav av 門 澳门', (t) => void strong.push(t[0]), 2);
    expect(strong).toEqual(['澳门葡京', 'av', 'av']);
    expect(m.test('澳')).toBe(false);
    expect(m.test('AVs!')).toBe(true);
    expect(m.test('xav')).toBe(false);
  });
});

describe('scoreMany', () => {
  it('scores each text exactly as scoreText does', async () => {
    const { scoreMany } = await import('./vocab');
    const texts = ['澳门葡京娱乐城', '', '今天天气很好', '警方捣毁"百家乐"赌博窝点', 'buy cheap viagra online', 'av', '国产精品gz久久久', 'Cheap read replicas', '澳門', '门'];
    expect(scoreMany(texts)).toEqual(texts.map((t) => scoreText(t)));
  });
});

describe('mayHaveTerms', () => {
  it('lets through every text in which the matcher finds a term', async () => {
    const { Matcher } = await import('./matcher');
    const { compileLists, foldOf } = await import('./compile-vocab');
    const { mayHaveTerms } = await import('./vocab');
    const terms = (await import('./data/terms.json')).default as unknown as Record<string, Record<string, string[]> | string[]>;
    const variants = (await import('./data/trad-variants.json')).default as Record<string, string>;
    const vocab = Object.entries(terms).flatMap(([k, v]) => (k === 'context' ? [] : Object.values(v as Record<string, string[]>).flat()));
    const fold = foldOf(variants);
    const toTrad = (t: string) => [...t].map((c) => variants[c]?.[0] ?? c).join('');
    const m = new Matcher(compileLists(vocab.map((term) => [term, 1, 0]), fold), fold);
    for (const t of vocab) {
      for (const text of [t, t.toUpperCase(), toTrad(t), `x ${t}s.`, `5${t}`, `Ab${t}`, `(${t.toUpperCase()})`, `${t}es and more`]) {
        if (m.test(text)) expect(mayHaveTerms(text), text).toBe(true);
      }
    }
  });
  it('keeps English text without the English terms away from the matcher', async () => {
    const { mayHaveTerms } = await import('./vocab');
    expect(mayHaveTerms('The city council met on Tuesday to discuss the new library budget.')).toBe(false);
    expect(mayHaveTerms('Available now in Java and Navy blue')).toBe(false);
    expect(mayHaveTerms('Play poker tonight')).toBe(true);
    expect(mayHaveTerms('今天')).toBe(true);
  });
});
