/** The cleaner on a live (jsdom) document: marking, wrapping, late spam, exact undo. */
import { describe, expect, it } from 'vitest';
import { ARTICLE, page } from '../tests/dom';
import { startCleaner } from './cleaner';
import { ATTR } from './mark';

const LIST = '国产精品gz久久久| 国内精品久久久久影院薰衣草| 亚洲国产香蕉人人爽成AV片久久| 伊人久久大香线蕉综合热线| 久久一日本道色综合久久|';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startCleaner', () => {
  it('marks spam, reports it, and undo restores the page exactly', () => {
    const doc = page(ARTICLE + `<div id="foot">推薦閱讀 相關新聞 ${LIST}</div><div style="display:none"><a href="http://x1k9.xyz/">澳门葡京</a><a href="http://x2k8.top/">百家乐</a></div>`, '<title>澳门葡京娱乐城_真人百家乐</title><meta property="og:title" content="东昌府区全面打响创城工作攻坚战">');
    const before = doc.documentElement.outerHTML;
    const reports: number[] = [];
    const c = startCleaner(doc, { signal: new AbortController().signal, onReport: (r) => reports.push(r.count) });
    expect(c.report().count).toBe(3);
    expect(doc.title).toBe('东昌府区全面打响创城工作攻坚战');
    const wrapper = doc.querySelector(`#foot [${ATTR}]`)!;
    expect(wrapper.textContent).toContain('国产精品gz久久久');
    expect(doc.getElementById('foot')!.firstChild!.textContent).toBe('推薦閱讀 相關新聞 ');
    expect(reports.at(-1)).toBe(3);
    c.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementById('foot')!.childNodes).toHaveLength(1);
    expect(reports.at(-1)).toBe(0);
  });

  it('marks spam that a script adds later, in one batch', async () => {
    const doc = page(ARTICLE);
    const counts: number[] = [];
    const ac = new AbortController();
    startCleaner(doc, { signal: ac.signal, onReport: (r) => counts.push(r.count) });
    const div = doc.createElement('div');
    div.innerHTML = Array.from({ length: 5 }, (_, i) => `<a href="http://w${i}x${i}7.xyz/">澳门威尼斯人娱乐城${i}</a>`).join(' | ');
    doc.body.append(div);
    await wait(150);
    expect(div.getAttribute(ATTR)).toBe('keyword-list');
    expect(counts.at(-1)).toBe(1);
    ac.abort();
  });

  it('reveal mode flips one attribute on <html>', () => {
    const doc = page(ARTICLE);
    const c = startCleaner(doc, { signal: new AbortController().signal });
    c.setReveal(true);
    expect(doc.documentElement.hasAttribute('data-qingdu-reveal')).toBe(true);
    c.setReveal(false);
    expect(doc.documentElement.hasAttribute('data-qingdu-reveal')).toBe(false);
  });

  it('catches its own errors and reports the first one only', () => {
    const doc = page(ARTICLE + '<div style="display:none"><a href="http://x1k9.xyz/">澳门葡京</a></div>');
    const errors: unknown[] = [];
    Object.defineProperty(doc, 'body', { get: () => { throw new Error('hostile page'); } });
    expect(() => startCleaner(doc, { signal: new AbortController().signal, onError: (e) => errors.push(e) })).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
