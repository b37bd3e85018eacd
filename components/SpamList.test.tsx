import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { en, tw, withT } from '../tests/i18n';
import { SpamList } from './SpamList';

describe('SpamList', () => {
  it('lists each item with its reason and the domains it links to', () => {
    const el = document.createElement('div');
    render(withT(
      <SpamList items={[{ id: 1, reason: 'css-offscreen', detail: '', where: 'body > div', sample: '澳门葡京 百家乐', links: [{ href: 'http://a.xyz/', text: '澳门葡京' }, { href: 'http://b.top/x', text: '百家乐' }] }]} />),
      el,
    );
    const item = el.querySelector('li')!;
    expect(item.textContent).toContain('移到屏幕外的链接块');
    expect(item.textContent).toContain('2 个链接');
    expect(item.textContent).toContain('a.xyz、b.top');
  });
  it('folds a page of junk tags into one row with a count', () => {
    const el = document.createElement('div');
    const junk = (id: number) => ({ id, reason: 'junk-tags' as const, detail: '', where: 'body > xmp#a1b2', sample: '', links: [] });
    render(withT(<SpamList items={[junk(1), junk(2), junk(3)]} />), el);
    expect(el.querySelectorAll('li')).toHaveLength(1);
    expect(el.textContent).toContain('×3');
  });

  it('speaks the UI language: English counts its links in the plural, Traditional uses its own words', () => {
    const link = (host: string) => ({ href: `http://${host}/`, text: host });
    const items = [
      { id: 1, reason: 'css-hidden' as const, detail: '', where: 'body > div', sample: 'x', links: [link('a.xyz')] },
      { id: 2, reason: 'keyword-list' as const, detail: '', where: 'body > p', sample: 'y', links: ['a.xyz', 'b.top', 'c.vip', 'd.cc'].map(link) },
    ];
    const el = document.createElement('div');
    render(withT(<SpamList items={items} />, en), el);
    const [one, many] = [...el.querySelectorAll('li')].map((li) => li.textContent);
    expect(one).toContain('Hidden link block');
    expect(one).toContain('1 link · a.xyz');
    expect(many).toContain('4 links · a.xyz, b.top, c.vip … 4 domains in all');
    render(withT(<SpamList items={items} />, tw), el);
    expect(el.textContent).toContain('隱藏的連結區塊');
    expect(el.textContent).toContain('4 個連結 · a.xyz、b.top、c.vip 等 4 個網域');
  });

  it('says so when nothing was found', () => {
    const el = document.createElement('div');
    render(withT(<SpamList items={[]} />), el);
    expect(el.textContent).toContain('没有发现');
  });
});
