import { describe, expect, it } from 'vitest';
import { load, norm } from '../../tests/reader-fixtures/load';
import { tidyBottom, tidyTop } from './tidy';

const body = (html: string) => {
  const d = load(`<!doctype html><body><div id="c">${html}</div></body>`, 'http://a.cn/1.html').window.document;
  return d.getElementById('c')!;
};
const P = '<p>5月9日，我县召开春季农业生产工作会议，总结前一阶段工作，安排部署小麦“一喷三防”和夏粮收获工作。</p>';

describe('tidyTop', () => {
  it('drops the repeated headline, breadcrumb, tools and a covered info line', () => {
    const c = body(`<p>当前位置：<a href="/">首页</a> &gt; <a href="/n/">新闻</a></p><h2>我县召开会议</h2><p>发布时间：2024-05-09\u3000来源：县融媒体中心</p><p>【字体：大 中 小】</p>${P}`);
    tidyTop(c, '我县召开会议', { published: '2024-05-09', source: '县融媒体中心' });
    expect(norm(c.textContent)).toMatch(/^5月9日/);
  });

  it('keeps an info line that says more than the header, and stops at the first sentence', () => {
    const c = body(`<p>来源：县融媒体中心 作者：李文静</p>${P}<p>来源：县融媒体中心</p>`);
    tidyTop(c, '我县召开会议', { source: '县融媒体中心' });
    expect(norm(c.textContent)).toMatch(/^来源：县融媒体中心 作者：李文静/);
    expect(norm(c.textContent)).toMatch(/来源：县融媒体中心$/);
  });

  it('never drops a lead picture', () => {
    const c = body(`<p><img src="https://a.cn/x.jpg"></p>${P}`);
    tidyTop(c, '我县召开会议', {});
    expect(c.querySelector('img')).not.toBeNull();
  });
});

describe('tidyBottom', () => {
  it('cuts related lists, tag rows and comments after the text', () => {
    const c = body(
      `${P}${P}<p>责任编辑：张丽</p><div class="tags">标签：<a href="/t/1">春耕</a><a href="/t/2">农业</a></div>
       <div><h3>相关新闻</h3><ul><li><a href="/a">梁村镇小麦喷施“一喷三防”</a></li></ul></div>
       <div><h3>网友评论（2）</h3><p>网友甲：好！</p></div>`,
    );
    tidyBottom(c);
    expect(norm(c.textContent)).toMatch(/责任编辑：张丽$/);
  });

  it('keeps attachment links and a heading that comes before most of the text', () => {
    const c = body(`<h3>相关政策</h3>${P}${P}<p>附件：<a href="/f/1.docx">1.回执表</a></p><p><a href="/f/2.xlsx">2.名额分配表</a></p>`);
    tidyBottom(c);
    expect(c.querySelectorAll('a')).toHaveLength(2);
    expect(c.querySelector('h3')).not.toBeNull();
  });
});
