import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { defang, escapeHtml, evidenceFileName, evidenceHtml, evidenceJson, localTime } from './evidence';
import { cssPath, placementOf, type PageReport } from './spam/report';

const HOSTILE = '</title><script>alert(1)</script>';
const report: PageReport = {
  url: 'http://www.dcfq.gov.cn/art/2018/3/27/art_1.html',
  count: 3,
  items: [
    {
      id: 1,
      reason: 'css-offscreen',
      detail: 'left:-9999px',
      where: 'body > div.foot > div:nth-of-type(3)',
      placement: 'footer',
      sample: '澳门葡京 百家乐',
      links: [
        { href: 'http://www.js9905.xyz/', text: '澳门葡京' },
        { href: 'HTTPS://bjl.kyqp88.site/a?b=1', text: '百家乐' },
      ],
      linkCount: 120,
    },
    { id: 2, reason: 'junk-tags', detail: '', where: 'body > xmp#a1', sample: '', links: [] },
    {
      id: 3,
      reason: 'keyword-list',
      detail: HOSTILE,
      where: 'body > p',
      placement: 'body-end',
      sample: `国产精品 ${HOSTILE}`,
      links: [{ href: `http://evil.top/"><script>alert(2)</script>`, text: `<img src=x onerror=alert(3)>` }],
    },
  ],
};
const page = { url: report.url, title: `东昌府区 ${HOSTILE}`, time: new Date('2026-03-27T06:05:09Z'), version: '0.1.0' };

describe('evidenceJson', () => {
  it('has the page, time, version, a summary by technique and every item with its links and domains', () => {
    const j = JSON.parse(evidenceJson(report, page));
    expect(j.format).toBe('qingdu-evidence/1');
    expect(j.generator).toEqual({ name: '清读 Qingdu', version: '0.1.0' });
    expect(j.time).toBe('2026-03-27T06:05:09.000Z');
    expect(j.page).toEqual({ url: report.url, title: page.title, host: 'www.dcfq.gov.cn' });
    expect(j.count).toBe(3);
    expect(j.summary).toHaveLength(3);
    expect(j.summary[0]).toMatchObject({ count: 1 });
    expect(j.summary.map((s: { technique: string }) => s.technique).sort()).toEqual(['css-offscreen', 'junk-tags', 'keyword-list']);
    expect(j.domains).toEqual(['bjl.kyqp88.site', 'evil.top', 'www.js9905.xyz']);
    expect(j.items[0]).toMatchObject({ technique: 'css-offscreen', label: '移到屏幕外的链接块', where: 'body > div.foot > div:nth-of-type(3)', placement: 'footer', linkCount: 120 });
    expect(j.items[0].links[1]).toEqual({ href: 'HTTPS://bjl.kyqp88.site/a?b=1', text: '百家乐', domain: 'bjl.kyqp88.site' });
    // Without linkCount, the links kept.
    expect(j.items[1]).toMatchObject({ where: 'body > xmp#a1', placement: null, linkCount: 0, domains: [] });
    expect(j.items[2].links[0].href, 'the JSON keeps exact URLs').toBe(report.items[2]!.links[0]!.href);
  });
});

describe('evidenceHtml', () => {
  const html = evidenceHtml(report, page);
  const doc = new JSDOM(html).window.document;

  it('runs no script, loads nothing and escapes every page-derived string', () => {
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, [onerror], [onload]')).toHaveLength(0);
    expect(html).not.toMatch(/<script|<img/i);
    expect(doc.querySelector('meta[http-equiv=Content-Security-Policy]')!.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(doc.title).toBe('网页被注入垃圾内容的证据报告 · www.dcfq.gov.cn');
    expect(doc.body.textContent).toContain(`东昌府区 ${HOSTILE}`);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(3)>');
  });

  it('shows injected links as defanged text, never as links; only 12377.cn is a link', () => {
    expect([...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://www.12377.cn/']);
    const links = [...doc.querySelectorAll('ol.links li')].map((li) => li.textContent);
    expect(links[0]).toBe('澳门葡京：hxxp://www.js9905.xyz/');
    expect(links[1]).toBe('百家乐：hxxps://bjl.kyqp88.site/a?b=1');
    expect(doc.body.textContent).toContain('共 120 个，这里列出前 2 个。');
  });

  it('explains, summarises and lists, in Chinese, with where each item was', () => {
    const text = doc.body.textContent!;
    for (const s of ['暗链', '已被入侵', '模板', '数据库', '服务器', '12377']) expect(text).toContain(s);
    const summary = [...doc.querySelectorAll('table')[0]!.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(summary).toHaveLength(3);
    expect(summary.join()).toContain('移到屏幕外的链接块');
    const rows = doc.querySelectorAll('table')[1]!.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.textContent).toContain('页脚中');
    expect(rows[0]!.textContent).toContain('body > div.foot > div:nth-of-type(3)');
    expect(rows[2]!.textContent).toContain('</html> 之后');
    expect(text).toContain(localTime(page.time));
    expect(text).toContain('0.1.0');
  });

  it('embeds the same JSON', () => {
    expect(JSON.parse(doc.querySelector('details pre')!.textContent!)).toEqual(JSON.parse(evidenceJson(report, page)));
  });
});

describe('helpers', () => {
  it('defangs only the scheme', () => {
    expect(defang('http://a.xyz/b')).toBe('hxxp://a.xyz/b');
    expect(defang('https://a.xyz/')).toBe('hxxps://a.xyz/');
    expect(defang('/local/path')).toBe('/local/path');
    expect(defang('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
  it('escapes the five characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('names the file after the host and the local minute', () => {
    const t = new Date(2026, 2, 7, 9, 5);
    expect(evidenceFileName('http://www.dcfq.gov.cn:8080/x', t, 'json')).toBe('qingdu-report-www.dcfq.gov.cn-20260307-0905.json');
    expect(evidenceFileName('file:///C:/a.html', t, 'html')).toBe('qingdu-report-page-20260307-0905.html');
  });
});

describe('where an item was (core/spam/report.ts, recorded for this report)', () => {
  const doc = new JSDOM(`<!doctype html><html><head><title>t</title></head><body>
<xmp id="j1"></xmp><div class="w1000"><div class="main"><p>a</p><p>b <span>x</span></p></div><div class="footer"><div>1</div><div>2</div><div id="f3">3</div></div></div>
<script></script></body></html><div id="after1"><a href="http://a.xyz/">a</a></div><div id="after2">kw</div>`).window.document;
  const $ = (sel: string) => doc.querySelector(sel)!;

  it('gives a CSS path with :nth-of-type that finds the element again', () => {
    expect(cssPath($('#f3'))).toBe('body > div.w1000:nth-of-type(1) > div.footer:nth-of-type(2) > div:nth-of-type(3)');
    expect(cssPath($('span'))).toBe('body > div.w1000:nth-of-type(1) > div.main:nth-of-type(1) > p:nth-of-type(2) > span');
    for (const sel of ['#f3', 'span', '#after1', '#after2']) expect(doc.querySelectorAll(cssPath($(sel)))).toEqual(doc.querySelectorAll(sel));
  });

  it('names the head, the footer, the start and the end of <body> (after </html> in the source)', () => {
    expect(placementOf($('title'))).toBe('head');
    expect(placementOf($('#f3'))).toBe('footer');
    expect(placementOf($('#j1'))).toBe('body-start');
    expect(placementOf($('#after1'))).toBe('body-end');
    expect(placementOf($('#after2'))).toBe('body-end');
    expect(placementOf($('span')), 'inside the page: no named place').toBeUndefined();
  });

  it('is not at the end of <body> when a later sibling holds a container; plain lists, scripts and templates do not count', () => {
    const d = new JSDOM(`<!doctype html><body><div class="page"><p>text</p></div><div id="a">spam</div><ul><li><a href="/1">1</a></li></ul>
<noscript><div>no script</div></noscript><template><div>t</div></template><div id="b">spam</div><section><div>more page</div></section><div id="c">spam</div>`).window.document;
    expect(placementOf(d.getElementById('a')!)).toBeUndefined();
    expect(placementOf(d.getElementById('b')!)).toBeUndefined();
    expect(placementOf(d.getElementById('c')!)).toBe('body-end');
    d.querySelector('section')!.innerHTML = 'more page';
    expect(placementOf(d.getElementById('b')!), 'a list, a noscript and a template after it are no page container').toBe('body-end');
  });
});
