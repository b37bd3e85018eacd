import { describe, expect, it } from 'vitest';
import { isConverterState, isToBackground, isToConverter, isToTab } from './messages';
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

describe('conversion and reader messages', () => {
  it('accepts well-formed messages only', () => {
    expect(isToConverter({ type: 'qingdu:set-script', script: 's2hk' })).toBe(true);
    expect(isToConverter({ type: 'qingdu:set-script', script: 'zh' })).toBe(false);
    expect(isToConverter({ type: 'qingdu:set-script', script: 't2s', tabId: 3 })).toBe(false); // the background's
    expect(isToConverter({ type: 'qingdu:get-state' })).toBe(false);
    expect(isToTab({ type: 'qingdu:get-script' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:load-dict', variant: 's2twp' })).toBe(true);
    expect(isToBackground({ type: 'qingdu:load-dict', variant: '../../etc/passwd' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:set-script', tabId: 4, script: 'original' })).toBe(true);
    expect(isToBackground({ type: 'qingdu:set-script', tabId: -1, script: 'original' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:open-reader', tabId: 4 })).toBe(true);
    expect(isToBackground({ type: 'qingdu:open-reader', tabId: '4' })).toBe(false);
    expect(isToBackground([{ type: 'qingdu:report', count: 1 }])).toBe(false);
    expect(isConverterState({ script: 's2t' })).toBe(true);
    expect(isConverterState({ script: 's2t', error: 1 })).toBe(false);
  });
});
