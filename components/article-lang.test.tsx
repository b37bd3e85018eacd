import { describe, expect, it } from 'vitest';
import { articleLang, fontScript } from './article-lang';

const SIMP = '记者从市交通运输局获悉，这个路口的改造工程将于下月开工，届时过往车辆需要绕行。';
const TRAD = '記者從市交通運輸局獲悉，這個路口的改造工程將於下月開工，屆時過往車輛需要繞行。';

describe('articleLang', () => {
  it('keeps a CJK lang as the page gave it', () => {
    expect(articleLang('zh-TW', SIMP)).toBe('zh-TW');
    expect(articleLang('zh-CN', TRAD)).toBe('zh-CN');
    expect(articleLang('ja', SIMP)).toBe('ja');
  });

  it('guesses Simplified or Traditional when lang is missing or says English over Chinese text', () => {
    expect(articleLang(undefined, SIMP)).toBe('zh-Hans');
    expect(articleLang('en', SIMP)).toBe('zh-Hans');
    expect(articleLang('', TRAD)).toBe('zh-Hant');
    expect(articleLang('en-US', TRAD)).toBe('zh-Hant');
  });

  it('leaves a non-Chinese article alone', () => {
    expect(articleLang('en', 'The city transport bureau said the junction works start next month.')).toBe('en');
    expect(articleLang(undefined, 'Plain English text with one 字.')).toBe('');
    expect(articleLang(undefined, '')).toBe('');
  });
});

describe('fontScript', () => {
  it('maps Chinese language tags to SC, TC or HK fonts', () => {
    const cases: [string, string][] = [
      ['zh-CN', 'sc'], ['zh', 'sc'], ['zh-Hans', 'sc'], ['zh-SG', 'sc'], ['zh-Hans-HK', 'sc'],
      ['zh-TW', 'tc'], ['zh-Hant', 'tc'], ['zh-Hant-TW', 'tc'], ['zh_TW', 'tc'],
      ['zh-HK', 'hk'], ['zh-Hant-HK', 'hk'], ['zh-MO', 'hk'], ['yue', 'hk'],
      ['en', 'sc'], ['', 'sc'], ['ja', 'sc'],
    ];
    for (const [lang, want] of cases) expect(fontScript(lang), lang).toBe(want);
  });
});
