import { describe, expect, it } from 'vitest';
import { isConverterState, isToBackground, isToConverter, isToTab, maySend, type Sender, type ToBackground } from './messages';
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
    expect(isToConverter({ type: 'qingdu:prepare-script', script: 's2tw' })).toBe(true);
    expect(isToConverter({ type: 'qingdu:prepare-script', script: 'original' })).toBe(false); // nothing to prepare
    expect(isToConverter({ type: 'qingdu:prepare-script', script: 's2tw', now: true })).toBe(false);
    expect(isToBackground({ type: 'qingdu:prepare-convert', tabId: 4 })).toBe(true);
    expect(isToBackground({ type: 'qingdu:prepare-convert', tabId: 4, script: 's2t' })).toBe(false);
    expect(isConverterState({ script: 's2t' })).toBe(true);
    expect(isConverterState({ script: 's2t', error: 1 })).toBe(false);
  });
});

describe('messages carry exactly their keys', () => {
  it('refuses an extra or unknown key, whatever the message', () => {
    expect(isToTab({ type: 'qingdu:get-state', tabId: 3 })).toBe(false);
    expect(isToTab({ type: 'qingdu:set-cleanup', on: false, host: 'a.cn' })).toBe(false);
    expect(isToTab({ type: 'qingdu:set-cleanup', on: false })).toBe(true);
    expect(isToConverter({ type: 'qingdu:get-script', x: 1 })).toBe(false);
    expect(isToConverter({ type: 'qingdu:set-script', script: 't2s', then: 'x' })).toBe(false);
    expect(isConverterState({ script: 's2t', html: '<img onerror>' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:report', count: 1, tabId: 9 })).toBe(false);
    expect(isToBackground({ type: 'qingdu:load-dict', variant: 't2s', file: '/x.js' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:set-script', tabId: 4, script: 't2s', frameId: 2 })).toBe(false);
    expect(isToBackground({ type: 'qingdu:open-reader', tabId: 4, auto: true, url: 'http://a.cn/' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:open-reader', tabId: 4, auto: true })).toBe(true);
    expect(isToBackground({ type: 'qingdu:auto-reader', tabId: 4 })).toBe(false);
    expect(isToBackground({ type: 'qingdu:prepare-reader', tabId: 4 })).toBe(true);
    expect(isToBackground({ type: 'qingdu:prepare-reader', tabId: 4, auto: true })).toBe(false);
    expect(isToBackground({ type: 'qingdu:prepare-reader', tabId: '4' })).toBe(false);
  });

  it('refuses wrong types: arrays, strings, numbers for booleans, missing fields', () => {
    expect(isToTab([])).toBe(false);
    expect(isToTab('qingdu:get-state')).toBe(false);
    expect(isToTab({ type: ['qingdu:get-state'] })).toBe(false);
    expect(isToTab({ type: 'qingdu:set-reveal', on: 1 })).toBe(false);
    expect(isToTab({ type: 'qingdu:set-reveal' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:set-script', tabId: 1.5, script: 't2s' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:open-reader', tabId: 4, auto: 'yes' })).toBe(false);
    expect(isToBackground({ type: 'qingdu:report', count: '3' })).toBe(false);
  });
});

describe('maySend: who may ask the background for what', () => {
  const ID = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${ID}/`;
  const popup: Sender = { id: ID, url: `${ORIGIN}popup.html` };
  const popupInTab: Sender = { id: ID, url: `${ORIGIN}popup.html?tabId=7`, tab: { id: 2 }, frameId: 0 };
  const content = (tab: number, frameId = 0): Sender => ({ id: ID, url: 'http://news.a.cn/1.html', tab: { id: tab }, frameId });
  const setScript: ToBackground = { type: 'qingdu:set-script', tabId: 7, script: 't2s' };
  const openReader: ToBackground = { type: 'qingdu:open-reader', tabId: 7 };
  const may = (m: ToBackground, s: Sender) => maySend(m, s, ID, ORIGIN);

  it('lets the extension’s pages act on any tab', () => {
    expect(may(setScript, popup)).toBe(true);
    expect(may(openReader, popupInTab)).toBe(true);
  });

  it('lets a content script act on its own tab only, from its top frame', () => {
    expect(may(openReader, content(7))).toBe(true);
    expect(may(openReader, content(8))).toBe(false);
    expect(may(setScript, content(8))).toBe(false);
    expect(may(setScript, content(7, 3))).toBe(false);
    expect(may({ type: 'qingdu:report', count: 2 }, content(8))).toBe(true);
    expect(may({ type: 'qingdu:report', count: 2 }, content(8, 1))).toBe(false);
    expect(may({ type: 'qingdu:auto-reader' }, content(8))).toBe(true);
    expect(may({ type: 'qingdu:load-dict', variant: 't2s' }, content(8, 4))).toBe(true);
  });

  it('lets only the extension’s pages have a tab’s article extracted, or its converter loaded, ahead (the popup opening)', () => {
    for (const prepare of [{ type: 'qingdu:prepare-reader', tabId: 7 }, { type: 'qingdu:prepare-convert', tabId: 7 }] as ToBackground[]) {
      expect(may(prepare, popup)).toBe(true);
      expect(may(prepare, popupInTab)).toBe(true);
      expect(may(prepare, content(7))).toBe(false);
      expect(may(prepare, content(8))).toBe(false);
    }
  });

  it('refuses other extensions, tab-less senders of tab messages, and a page posing as a content script', () => {
    expect(may(setScript, { ...popup, id: 'another-extension' })).toBe(false);
    expect(may(openReader, { id: ID, url: 'http://evil.example/' })).toBe(false);
    expect(may({ type: 'qingdu:report', count: 1 }, popup)).toBe(false);
    expect(may({ type: 'qingdu:auto-reader' }, popupInTab)).toBe(false);
    expect(may({ type: 'qingdu:load-dict', variant: 't2s' }, popup)).toBe(false);
    // An origin that only starts like the extension's.
    expect(may(setScript, { id: ID, url: `chrome-extension://${ID}.evil.example/` })).toBe(false);
  });
});
