import { describe, expect, it } from 'vitest';
import { isToBackground, isToTab } from './messages';
import { isSearchEngineReferrer } from './referrer';

describe('message validation', () => {
  it('accepts well-formed messages only', () => {
    expect(isToTab({ type: 'qingdu:get-state' })).toBe(true);
    expect(isToTab({ type: 'qingdu:set-reveal', on: true })).toBe(true);
    expect(isToTab({ type: 'qingdu:set-reveal', on: 'yes' })).toBe(false);
    expect(isToTab({ type: 'other' })).toBe(false);
    expect(isToTab(null)).toBe(false);
    expect(isToBackground({ type: 'qingdu:report', count: 3 })).toBe(true);
    expect(isToBackground({ type: 'qingdu:report', count: -1 })).toBe(false);
    expect(isToBackground({ type: 'qingdu:report', count: 1.5 })).toBe(false);
  });
});

describe('isSearchEngineReferrer', () => {
  it('knows Chinese and international search engines', () => {
    for (const r of ['https://www.baidu.com/link?url=x', 'https://m.sogou.com/', 'https://www.so.com/s?q=1', 'https://m.sm.cn/s', 'https://cn.bing.com/', 'https://www.google.com.hk/']) expect(isSearchEngineReferrer(r), r).toBe(true);
  });
  it('leaves other referrers alone', () => {
    for (const r of ['', 'https://www.lcxw.cn/news/', 'https://baidu.com.evil.xyz/', 'https://notbaidu.com/']) expect(isSearchEngineReferrer(r), r).toBe(false);
  });
});
