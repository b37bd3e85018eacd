import { describe, expect, it } from 'vitest';
import { isExtraction } from './validate';

const article = { url: 'http://x.cn/a.html', title: '标题', contentHtml: '<p>正文</p>', textContent: '正文', readingUnits: 2 };

describe('isExtraction', () => {
  it('accepts articles and not-article results', () => {
    expect(isExtraction({ ok: true, article })).toBe(true);
    expect(isExtraction({ ok: true, article: { ...article, source: '新华社', dir: 'ltr' } })).toBe(true);
    expect(isExtraction({ ok: false, reason: 'not-article', url: 'http://x.cn/', title: '首页', message: '不是文章' })).toBe(true);
  });
  it('refuses anything else', () => {
    for (const bad of [null, 'x', [], { ok: true }, { ok: true, article: { ...article, readingUnits: -1 } }, { ok: true, article: { ...article, byline: 3 } }, { ok: true, article: { ...article, dir: 'up' } }, { ok: false, reason: 'nope', url: '', title: '', message: '' }, { ok: 'yes', article }])
      expect(isExtraction(bad), JSON.stringify(bad)).toBe(false);
  });
});
