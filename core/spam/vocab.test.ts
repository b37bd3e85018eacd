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
    const { Matcher, foldTable } = await import('./matcher');
    const m = new Matcher([{ term: '澳门', info: 1 }, { term: '澳门葡京', info: 2 }, { term: 'av', info: 3 }], foldTable({ 门: '門' }));
    const hits: [number, string][] = [];
    m.scan('去澳門葡京 AV avail nav av', (info, term) => void hits.push([info, term]));
    expect(hits).toEqual([[2, '澳门葡京'], [3, 'av'], [3, 'av']]);
  });
});

describe('scoreMany', () => {
  it('scores each text exactly as scoreText does', async () => {
    const { scoreMany } = await import('./vocab');
    const texts = ['澳门葡京娱乐城', '', '今天天气很好', '警方捣毁"百家乐"赌博窝点', 'buy cheap viagra online', 'av', '国产精品gz久久久', 'Cheap read replicas', '澳門', '门'];
    expect(scoreMany(texts)).toEqual(texts.map((t) => scoreText(t)));
  });
});
