import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { ReaderMessage } from './ReaderMessage';

const mount = (node: preact.ComponentChild) => {
  const el = document.createElement('div');
  render(withT(node), el);
  return el;
};

describe('ReaderMessage', () => {
  it('says a page is not an article, with the reason and a link back', () => {
    const el = mount(
      <ReaderMessage problem={{ kind: 'not-article', reason: 'not-article', message: '页面上没有找到足够长的正文。', url: 'https://www.example.cn/', title: '某市新闻网首页' }} />,
    );
    expect(el.querySelector('h1')?.textContent).toBe('这个页面不像是一篇文章');
    expect(el.textContent).toContain('页面上没有找到足够长的正文。');
    expect(el.textContent).toContain('《某市新闻网首页》');
    const a = el.querySelector('a')!;
    expect(a.textContent).toBe('返回原网页');
    expect(a.getAttribute('href')).toBe('https://www.example.cn/');
    expect(el.querySelector('article')).toBeNull();
  });

  it('has a heading for every reason and a hint when the message is empty', () => {
    const el = mount(<ReaderMessage problem={{ kind: 'not-article', reason: 'too-large', message: '', url: '', title: '' }} />);
    expect(el.querySelector('h1')?.textContent).toContain('太大');
    expect(el.querySelector('.reason')?.textContent).toContain('首页');
    expect(el.querySelector('a')).toBeNull();
  });

  it('says to open the view again when the stored article is gone, linking back when it can', () => {
    const el = mount(<ReaderMessage problem={{ kind: 'missing', url: 'https://news.example.cn/a.html' }} />);
    expect(el.querySelector('h1')?.textContent).toBe('阅读视图已失效');
    expect(el.textContent).toContain('重新打开阅读视图');
    expect(el.querySelector('a')?.getAttribute('href')).toBe('https://news.example.cn/a.html');
    expect(mount(<ReaderMessage problem={{ kind: 'missing' }} />).querySelector('a')).toBeNull();
    expect(mount(<ReaderMessage problem={{ kind: 'missing', url: 'javascript:alert(1)' }} />).querySelector('a')).toBeNull();
  });
});
