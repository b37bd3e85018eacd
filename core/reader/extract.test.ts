import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zh } from '../../tests/catalogs';
import { load, norm, readerFixtures, type ReaderExpected } from '../../tests/reader-fixtures/load';
import { extractArticle, MESSAGES } from './extract';
import type { Article } from './model';

const fixtures = readerFixtures();

function readabilityAlone(html: string, url: string): string {
  const doc = load(html, url).window.document;
  return norm(new Readability(doc.cloneNode(true) as Document).parse()?.textContent);
}

function checkArticle(a: Article, e: ReaderExpected): void {
  const text = norm(a.textContent);
  if (e.title !== undefined) expect(a.title).toBe(e.title);
  if (e.firstSentence) expect(text.startsWith(e.firstSentence), `starts with "${e.firstSentence}": "${text.slice(0, 80)}"`).toBe(true);
  if (e.lastSentence) expect(text.endsWith(e.lastSentence), `ends with "${e.lastSentence}": "${text.slice(-80)}"`).toBe(true);
  for (const s of e.mustInclude ?? []) expect(text).toContain(s);
  for (const s of e.mustExclude ?? []) {
    const fields: [string, string][] = [['text', text], ['html', a.contentHtml], ['title', a.title], ['excerpt', a.excerpt ?? '']];
    for (const [field, value] of fields) {
      expect(value.includes(s), `"${s}" in ${field}`).toBe(false);
    }
  }
  for (const key of ['source', 'byline', 'published', 'siteName', 'leadImage', 'excerpt', 'lang'] as const) {
    if (e[key] !== undefined) expect(a[key], key).toBe(e[key]);
  }
  const body = JSDOM.fragment(a.contentHtml);
  if (e.images !== undefined) expect(body.querySelectorAll('img').length, 'images').toBe(e.images);
  if (e.tables !== undefined) expect(body.querySelectorAll('table').length, 'tables').toBe(e.tables);
  const srcs = [...body.querySelectorAll('img')].map((i) => i.getAttribute('src'));
  for (const s of e.imageSources ?? []) expect(srcs).toContain(s);
  const hrefs = [...body.querySelectorAll('a')].map((l) => l.getAttribute('href'));
  for (const h of e.links ?? []) expect(hrefs).toContain(h);
  // Every URL left in the body is absolute (parses without a base).
  for (const el of body.querySelectorAll('[src], [href]')) {
    const v = el.getAttribute('src') ?? el.getAttribute('href');
    if (v !== null) expect(() => new URL(v), el.outerHTML.slice(0, 80)).not.toThrow();
  }
  expect(a.readingUnits).toBeGreaterThan(0);
}

describe('golden reader fixtures (tests/reader-fixtures)', () => {
  it('has the cases the issue asks for', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['county-news', 'gov-notice-table', 'gov-announcement', 'newspaper-lazy', 'taiwan-traditional', 'english-news', 'home-page', 'list-page', 'spam-marked', 'xss']),
    );
  });

  for (const f of fixtures) {
    it(f.name, () => {
      const dom = load(f.html, f.expected.url);
      const before = dom.serialize();
      const r = extractArticle(dom.window.document, { t: zh });
      expect(dom.serialize(), 'the live page is never modified').toBe(before);
      if (f.expected.notArticle) {
        expect(r.ok, 'not an article').toBe(false);
        if (r.ok) return;
        expect(r.reason).toBe(f.expected.reason ?? 'not-article');
        expect(r.url).toBe(f.expected.url);
        if (f.expected.title !== undefined) expect(r.title).toBe(f.expected.title);
        expect(r.message).toMatch(/[\u4e00-\u9fff]/);
      } else {
        expect(r.ok, r.ok ? '' : r.message).toBe(true);
        if (!r.ok) return;
        expect(r.article.url).toBe(f.expected.url);
        checkArticle(r.article, f.expected);
      }
      const alone = f.expected.readabilityAlone;
      if (alone) {
        const text = readabilityAlone(f.html, f.expected.url);
        for (const s of alone.mustInclude ?? []) expect(text, 'Readability alone').toContain(s);
        for (const s of alone.mustExclude ?? []) expect(text, 'Readability alone').not.toContain(s);
      }
      dom.window.close();
    });
  }
});

const page = (body: string, head = '', url = 'http://www.example.gov.cn/art/2024/5/6/art_1_1.html') =>
  load(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>标题</title>${head}</head><body>${body}</body></html>`, url).window.document;

const NEWS = `<h1>我县召开春季农业生产工作会议</h1><div class="TRS_Editor">
<p>5月9日，我县召开春季农业生产工作会议，总结前一阶段工作，安排部署小麦“一喷三防”和夏粮收获工作。</p>
<p>会议指出，今年以来全县春季麦田管理扎实有效，小麦播种面积稳定在108万亩以上，苗情总体好于常年。</p>
<p>会议强调，各乡镇和有关部门要紧盯病虫害防控，抓住有利时机全面推进统防统治，确保颗粒归仓。</p></div>`;

describe('extractArticle: refusals', () => {
  it('refuses pages with more elements than the limit, with a message', () => {
    const r = extractArticle(page(NEWS), { maxElements: 5, t: zh });
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (!r.ok) expect(r.message).toContain('太大');
  });

  it('refuses documents that are not HTML', () => {
    const xml = new JSDOM('<?xml version="1.0"?><feed><entry>正文</entry></feed>', { url: 'http://a.cn/feed.xml', contentType: 'application/xml' }).window.document;
    expect(extractArticle(xml, { t: zh })).toMatchObject({ ok: false, reason: 'not-article', message: zh(MESSAGES['non-html']) });
  });

  it('reports no document', () => {
    expect(extractArticle(null as unknown as Document)).toMatchObject({ ok: false, reason: 'no-document' });
  });

  it('turns a thrown error into an error result', () => {
    const doc = page(NEWS);
    Object.defineProperty(Object.getPrototypeOf(doc), 'cloneNode', {
      value: () => {
        throw new Error('boom');
      },
    });
    const r = extractArticle(doc, { t: zh });
    expect(r).toMatchObject({ ok: false, reason: 'error', url: doc.URL });
    if (!r.ok) expect(r.message).toContain('boom');
  });

  it('calls an empty body empty', () => {
    expect(extractArticle(page(''), { t: zh })).toMatchObject({ ok: false, reason: 'not-article', message: zh(MESSAGES.empty) });
  });
});

describe('extractArticle: the clone', () => {
  it('drops every marked element, wrapper spans and marked metas included, and leaves the page alone', () => {
    const doc = page(
      `${NEWS.replace('确保颗粒归仓。', '确保颗粒归仓。<span data-qingdu-wrap="" data-qingdu-spam="keyword-list">澳门葡京|百家乐|时时彩</span>')}
       <div data-qingdu-spam="css-hidden"><a href="http://x.xyz/">太阳城娱乐</a></div>`,
      '<meta name="description" content="澳门葡京娱乐场，百家乐现金网，真人视讯，注册送彩金" data-qingdu-spam="meta-stuffed">',
    );
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const s of ['澳门', '百家乐', '时时彩', '太阳城', '彩金']) {
      expect(r.article.textContent + r.article.contentHtml + (r.article.excerpt ?? '')).not.toContain(s);
    }
    expect(r.article.textContent).toContain('确保颗粒归仓。');
  });

  it('takes the repaired title when the cleaner marked the hijacked <title>', () => {
    const doc = page(NEWS.replace('<h1>我县召开春季农业生产工作会议</h1>', ''));
    doc.querySelector('title')!.setAttribute('data-qingdu-spam', 'title-hijack');
    doc.title = '我县召开春季农业生产工作会议_某某县人民政府';
    const r = extractArticle(doc);
    expect(r.ok && r.article.title).toBe('我县召开春季农业生产工作会议');
  });

  it('never takes a stuffed title or description', () => {
    const doc = page(NEWS.replace('<h1>我县召开春季农业生产工作会议</h1>', ''), '<meta name="description" content="澳门葡京娱乐场官网，百家乐现金网，真人视讯开户，时时彩平台，注册送彩金">');
    doc.title = '澳门葡京娱乐场_百家乐现金网_真人视讯_时时彩_北京赛车pk10';
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).not.toMatch(/葡京|百家乐/);
    expect(r.article.excerpt ?? '').not.toMatch(/葡京|百家乐/);
  });

  it('resolves lazy images and makes URLs absolute against the base URL', () => {
    const doc = page(
      NEWS.replace(
        '</div>',
        `<p><img src="/images/loading.gif" data-original="pic/a.jpg"><img data-src="//cdn.example.cn/b.jpg"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-lazy-src="c.png" data-srcset="c.png 1x, c@2x.png 2x"><img src="/real.jpg" data-original="/other.jpg"></p>
         <p>此前的部署情况详见<a href="../list.html">上一篇报道</a>，数据口径见文末<a href="#note">注</a>，会议还部署了下一阶段的重点任务。</p></div>`,
      ),
      '<base href="http://www.example.gov.cn/art/2024/5/">',
    );
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const body = JSDOM.fragment(r.article.contentHtml);
    const srcs = [...body.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual(['http://www.example.gov.cn/art/2024/5/pic/a.jpg', 'http://cdn.example.cn/b.jpg', 'http://www.example.gov.cn/art/2024/5/c.png', 'http://www.example.gov.cn/real.jpg']);
    expect(body.querySelectorAll('img')[2]!.getAttribute('srcset')).toBe('http://www.example.gov.cn/art/2024/5/c.png 1x, http://www.example.gov.cn/art/2024/5/c@2x.png 2x');
    const hrefs = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('http://www.example.gov.cn/art/2024/list.html');
    // In-page links resolve against <base> too, as the browser resolves them.
    expect(hrefs).toContain('http://www.example.gov.cn/art/2024/5/#note');
    // The live page keeps its own attributes.
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('/images/loading.gif');
  });

  it('reads the info bar into the header and drops it from the top of the body only', () => {
    const doc = page(
      `<div class="article"><h1>我县召开春季农业生产工作会议</h1>
       <div class="TRS_Editor"><p>发布时间：2024-05-09 16:20\u3000来源：县融媒体中心\u3000作者：记者 李文静</p>${NEWS.replace(/<h1>.*?<\/h1><div class="TRS_Editor">/, '').replace('</div>', '')}
       <p>来源：县融媒体中心</p></div></div>`,
    );
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article).toMatchObject({ source: '县融媒体中心', byline: '记者 李文静', published: '2024-05-09 16:20' });
    expect(norm(r.article.textContent)).toMatch(/^5月9日，我县召开/);
    expect(norm(r.article.textContent)).toMatch(/来源：县融媒体中心$/);
  });

  it('falls back to the CMS content container when Readability picks the sidebar', () => {
    // Every clause is under 25 characters, so Readability scores none of them; the sidebar's two
    // long paragraphs win. The .pages_content container holds the notice.
    const clauses = ['因管网维修，定于下列时间暂停供水：', '一、停水时间', '6月5日8:00至18:00。', '二、停水范围', '城区东部，含以下小区：', '1.幸福小区；', '2.阳光花园；', '3.建设路沿线。', '请用户提前储水。', '特此公告。', '县自来水公司', '2024年6月3日'];
    const tip = '本网站所发布信息均由各单位提供，如需转载请注明出处。为获得最佳浏览效果，建议使用谷歌浏览器或者360浏览器极速模式，屏幕分辨率设置为1920×1080，如遇页面显示异常，请尝试清除浏览器缓存后重新访问。';
    const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于暂停供水的公告_某县人民政府</title></head><body>
      <div class="side"><h4>温馨提示</h4><p>${tip}</p><p>${tip}</p></div>
      <div class="main"><h1>关于暂停供水的公告</h1><div class="pages_content">${clauses.map((c) => `<p>${c}</p>`).join('')}</div></div></body></html>`;
    const url = 'http://www.x.gov.cn/art/2024/6/3/art_1.html';
    const doc = load(html, url).window.document;
    expect(norm(new Readability(doc.cloneNode(true) as Document, { charThreshold: 150 }).parse()?.textContent)).toContain('温馨提示');
    const r = extractArticle(doc);
    expect(r.ok && r.article.textContent.replace(/\s/g, '')).toBe(clauses.join(''));
  });

  it('works on English pages as Readability does', () => {
    const doc = load(
      `<!doctype html><html lang="en"><head><title>Council approves budget | Town News</title></head><body><nav><a href="/">Home</a></nav>
       <article><h1>Council approves budget</h1>${'<p>The town council approved a budget of four million dollars on Tuesday, after a long debate about road repairs, the library and the pool. Members voted five to two.</p>'.repeat(4)}</article></body></html>`,
      'https://town.example/news/budget',
    ).window.document;
    const r = extractArticle(doc);
    const alone = norm(new Readability(doc.cloneNode(true) as Document).parse()?.textContent);
    expect(r.ok && norm(r.article.textContent)).toBe(alone);
    expect(r.ok && r.article.title).toBe('Council approves budget');
  });
});
