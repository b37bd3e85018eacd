import { describe, expect, it } from 'vitest';
import { countUnits, isCjkText, readingUnits } from './text';

describe('reading units', () => {
  it('counts CJK characters one by one and Latin words as words', () => {
    expect(countUnits('我县召开会议')).toEqual({ cjk: 6, words: 0 });
    expect(countUnits('The council met on Tuesday.')).toEqual({ cjk: 0, words: 5 });
    expect(countUnits('全县新增5G基站1200个，App下载量达3.5万次')).toEqual({ cjk: 13, words: 4 });
    expect(readingUnits('かな漢字 한글')).toBe(6);
    expect(readingUnits('，。、“”（）')).toBe(0);
  });

  it('reads a page as CJK when CJK characters dominate', () => {
    expect(isCjkText('我县召开2024年春季农业生产工作会议，部署“一喷三防”')).toBe(true);
    expect(isCjkText('The Riverside branch library reopened on Saturday.')).toBe(false);
    expect(isCjkText('A long English article that quotes one name, 张三, once.')).toBe(false);
  });
});
