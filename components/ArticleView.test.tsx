import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import type { Article } from '../core/reader/model';
import { ArticleView, prepareBody } from './ArticleView';

const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://news.example.cn/2024/0506/a1.html',
  title: '市区三条公交线路今起调整',
  siteName: '某市新闻网',
  source: '某市融媒体中心',
  byline: '记者 张三 通讯员 李四',
  published: '2024-05-06 09:30',
  contentHtml: '<p>　　记者从市交通运输局获悉，5月6日起三条公交线路调整。</p><p>详情如下。</p>',
  textContent: '记者从市交通运输局获悉，5月6日起三条公交线路调整。详情如下。',
  readingUnits: 1200,
  lang: 'zh-CN',
  ...over,
});

function mount(a: Article, lang = 'zh-CN') {
  const el = document.createElement('div');
  document.body.append(el);
  render(withT(<ArticleView article={a} lang={lang} />), el);
  return el;
}

describe('ArticleView', () => {
  it('puts the headline in the one <h1> and the body in the one <article>, with its lang', () => {
    const el = mount(article({ contentHtml: '<h1>市区三条公交线路今起调整</h1><p>正文。</p><h1>一、调整内容</h1><p>二。</p>' }));
    expect([...el.querySelectorAll('h1')].map((h) => h.textContent)).toEqual(['市区三条公交线路今起调整']);
    expect(el.querySelectorAll('article')).toHaveLength(1);
    const body = el.querySelector('article')!;
    expect(body.getAttribute('lang')).toBe('zh-CN');
    expect(body.querySelector('h2')?.textContent).toBe('一、调整内容');
    expect(body.textContent).toBe('正文。一、调整内容二。');
  });

  it('shows site, 来源, byline, date, reading time and the link to the original', () => {
    const el = mount(article());
    expect(el.querySelector('.site-name')?.textContent).toBe('某市新闻网');
    const meta = el.querySelector('.meta')!;
    expect(meta.querySelector('.source')?.textContent).toBe('来源：某市融媒体中心');
    expect(meta.querySelector('.byline')?.textContent).toBe('记者 张三 通讯员 李四');
    expect(meta.querySelector('.published')?.textContent).toBe('2024-05-06 09:30');
    expect(meta.querySelector('.reading-time')?.textContent).toBe('约 3 分钟');
    const link = meta.querySelector<HTMLAnchorElement>('a.original')!;
    expect(link.textContent).toBe('查看原网页');
    expect(link.getAttribute('href')).toBe('https://news.example.cn/2024/0506/a1.html');
  });

  it('leaves out what the page did not give, and a 来源 that repeats the site name', () => {
    const el = mount(article({ source: '某市新闻网', byline: undefined, published: undefined, readingUnits: 0 }));
    const meta = el.querySelector('.meta')!;
    expect(meta.querySelector('.source, .byline, .published, .reading-time')).toBeNull();
  });

  it('does not link to a URL that is not a web page', () => {
    const el = mount(article({ url: 'javascript:alert(1)' }));
    expect(el.querySelector('a.original')).toBeNull();
    expect(el.querySelector('.article-foot')).toBeNull();
  });

  it('renders the body sanitized: no script, handler, javascript: link, iframe or style', () => {
    const el = mount(
      article({
        contentHtml:
          '<p>正文<script>window.__xss=1</script></p><img src="https://img.example.cn/a.jpg" onerror="window.__xss=1"><a href="javascript:alert(1)">点此</a>' +
          '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe><svg onload="window.__xss=1"></svg><style>p{color:red}</style><p style="x:expression(alert(1))">二</p>',
      }),
    );
    const body = el.querySelector('article')!;
    expect(body.querySelector('script, iframe, svg, style, [onerror], [onload], [style]')).toBeNull();
    expect(body.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(body.querySelector('img')?.getAttribute('src')).toBe('https://img.example.cn/a.jpg');
    expect((window as { __xss?: number }).__xss).toBeUndefined();
  });

  it('re-renders the body when the article changes', () => {
    const el = document.createElement('div');
    render(withT(<ArticleView article={article()} lang="zh-CN" />), el);
    render(withT(<ArticleView article={article({ contentHtml: '<p>新的正文</p>' })} lang="zh-CN" />), el);
    expect(el.querySelector('article')!.textContent).toBe('新的正文');
  });
});

describe('prepareBody', () => {
  const prepared = (html: string, title = '标题') => {
    const div = document.createElement('div');
    div.innerHTML = html;
    prepareBody(div, title);
    return div;
  };

  it('drops hand-made indents and empty spacer paragraphs', () => {
    const div = prepared('<p>　　第一段。</p><p>&nbsp;</p><p>\u00a0\u00a0<strong>　第二段</strong>。</p><p><br></p><p><img src="https://a.cn/x.png"></p>');
    expect([...div.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['第一段。', '第二段。', '']);
    expect(div.querySelector('p img')).not.toBeNull();
  });

  it('keeps spaces inside a paragraph', () => {
    expect(prepared('<p>　　5 月 6 日　起</p>').textContent).toBe('5 月 6 日　起');
  });

  it('wraps tables for horizontal scrolling, and removes images with no usable source', () => {
    const div = prepared('<table><tr><td>2024年10月</td><td>改造内容包括雨污管网、屋面防水、楼道照明和加装电梯</td></tr></table><img alt="x"><img src="https://a.cn/y.png">');
    expect(div.querySelector('.table-scroll > table')).not.toBeNull();
    expect([...div.querySelectorAll('td')].map((td) => td.classList.contains('short'))).toEqual([true, false]);
    expect(div.querySelectorAll('img')).toHaveLength(1);
    expect(div.querySelector('img')!.getAttribute('loading')).toBe('lazy');
  });

  it('removes a body <h1> that repeats the headline, even with other spacing', () => {
    const div = prepared('<h1>市区 三条公交线路\n今起调整</h1><p>x</p>', '市区三条公交线路今起调整');
    expect(div.querySelector('h1, h2')).toBeNull();
  });
});
