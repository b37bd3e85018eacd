/** In-place conversion on a live (jsdom) document, checked against opencc-js's own converter. */
import * as OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { page } from '../tests/dom';
import { startCleaner } from './cleaner';
import { compileVariant } from '../core/convert/compile';
import { createConverter } from '../core/convert/converter';
import { startPageConverter, type Convert } from './page-convert';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
let s2t: Convert;
let s2hk: Convert;
beforeAll(() => {
  s2t = OpenCC.Converter({ from: 'cn', to: 't' });
  s2hk = OpenCC.Converter({ from: 'cn', to: 'hk' });
});

const BODY = `<h1 title="头发与发型">理发店里的头发</h1>
<p id="p">后来他们在面馆里吃了一碗面。<img alt="台风过后的云" src="a.png"> <b>发布</b>时间：2024年</p>
<input id="in" value="简体输入" placeholder="请输入关键词"><textarea id="ta">简体文本</textarea>
<pre id="pre">代码里的头发</pre><code id="code">var 头发 = 1</code><div id="ce" contenteditable="true">编辑区的头发</div>
<select><option>选项没有值</option><option value="1">选项有值</option></select>
<script id="s">var t = "脚本里的头发";</script><style>.a::after{content:"样式里的头发"}</style>`;

const fresh = (body = BODY, head = '<title>理发店里的头发 - 县融媒体中心</title>') => {
  const doc = page(body, head);
  return { doc, before: doc.documentElement.outerHTML };
};

describe('startPageConverter', () => {
  it('converts text, the title and visible attributes, and sets lang', () => {
    const { doc } = fresh();
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    expect(doc.querySelector('h1')!.textContent).toBe(s2t('理发店里的头发'));
    expect(doc.querySelector('h1')!.getAttribute('title')).toBe(s2t('头发与发型'));
    expect(doc.getElementById('p')!.textContent).toBe(s2t('后来他们在面馆里吃了一碗面。 发布时间：2024年'));
    expect(doc.querySelector('img')!.getAttribute('alt')).toBe(s2t('台风过后的云'));
    expect(doc.getElementById('in')!.getAttribute('placeholder')).toBe(s2t('请输入关键词'));
    expect(doc.title).toBe(s2t('理发店里的头发 - 县融媒体中心'));
    expect(doc.documentElement.lang).toBe('zh-Hant');
    expect(c.active).toBe(true);
  });

  it('never touches form values, code, scripts, styles or editable regions', () => {
    const { doc } = fresh();
    startPageConverter(doc, { signal: new AbortController().signal }).set(s2t, 'zh-Hant');
    expect((doc.getElementById('in') as HTMLInputElement).value).toBe('简体输入');
    expect(doc.getElementById('ta')!.textContent).toBe('简体文本');
    expect(doc.getElementById('pre')!.textContent).toBe('代码里的头发');
    expect(doc.getElementById('code')!.textContent).toBe('var 头发 = 1');
    expect(doc.getElementById('ce')!.textContent).toBe('编辑区的头发');
    expect(doc.getElementById('s')!.textContent).toBe('var t = "脚本里的头发";');
    expect(doc.querySelector('style')!.textContent).toContain('样式里的头发');
    const [noValue, withValue] = doc.querySelectorAll('option');
    expect(noValue!.textContent).toBe('选项没有值'); // its text IS its submitted value
    expect(withValue!.textContent).toBe(s2t('选项有值'));
  });

  it('restores the page exactly, lang included', () => {
    const { doc, before } = fresh();
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    c.set(null);
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.documentElement.hasAttribute('lang')).toBe(false);
    expect(c.active).toBe(false);
  });

  it('restores an existing lang attribute', () => {
    const doc = page('<p>头发</p>');
    doc.documentElement.setAttribute('lang', 'zh-CN');
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    c.set(null);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
  });

  it('switching variants converts from the original, never a conversion of a conversion', () => {
    const { doc, before } = fresh();
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    c.set(s2hk, 'zh-Hant-HK');
    const direct = fresh().doc;
    startPageConverter(direct, { signal: new AbortController().signal }).set(s2hk, 'zh-Hant-HK');
    expect(doc.documentElement.outerHTML).toBe(direct.documentElement.outerHTML);
    c.set(null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('converts what scripts add later, once per batch, and never re-processes its own writes', async () => {
    const doc = page('<div id="feed"><p>第一条消息的头发</p></div>');
    let calls = 0;
    const counting: Convert = (s) => (calls++, s2t(s));
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(counting, 'zh-Hant');
    const feed = doc.getElementById('feed')!;
    for (let i = 0; i < 5; i++) feed.insertAdjacentHTML('beforeend', `<p title="提示${i}">后来的第${i}条面条消息</p>`);
    expect(feed.lastElementChild!.textContent).toBe('后来的第4条面条消息'); // not yet: queued
    await wait(150);
    expect(feed.lastElementChild!.textContent).toBe(s2t('后来的第4条面条消息'));
    expect(feed.lastElementChild!.getAttribute('title')).toBe(s2t('提示4'));
    const after = calls;
    await wait(150);
    expect(calls).toBe(after); // our writes did not come back as work
    c.set(null);
    expect(feed.lastElementChild!.textContent).toBe('后来的第4条面条消息');
  });

  it("takes the page's own later change to a converted node as the new original", async () => {
    const doc = page('<p id="p">头发</p>');
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    const text = doc.getElementById('p')!.firstChild as Text;
    text.data = '后来的面条';
    await wait(150);
    expect(text.data).toBe(s2t('后来的面条'));
    c.set(null);
    expect(text.data).toBe('后来的面条');
  });

  it("takes the page's own later change to a converted attribute as the new original, one converter call for all", async () => {
    const doc = page('<p><img id="a" alt="头发" src="a.png"><img id="b" alt="面条" src="b.png"><a id="c" title="English only">x</a></p>');
    let calls = 0;
    let singles = 0;
    const counted: Convert = Object.assign(
      (t: string) => {
        singles++;
        return s2t(t);
      },
      {
        many: (texts: readonly string[]) => {
          calls++;
          return texts.map((t) => s2t(t));
        },
      },
    );
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(counted, 'zh-Hant');
    expect([calls, singles], 'one call for the attributes, one for the texts').toEqual([2, 0]);
    const [a, b, link] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!);
    expect([a!.getAttribute('alt'), b!.getAttribute('alt'), link!.getAttribute('title')]).toEqual([s2t('头发'), s2t('面条'), 'English only']);
    a!.setAttribute('alt', '后来的头发');
    b!.setAttribute('alt', 'photo');
    await wait(150);
    expect(a!.getAttribute('alt')).toBe(s2t('后来的头发'));
    expect(b!.getAttribute('alt')).toBe('photo');
    c.set(null);
    expect([a!.getAttribute('alt'), b!.getAttribute('alt'), link!.getAttribute('title')]).toEqual(['后来的头发', 'photo', 'English only']);
  });

  it('gives up on a node that someone else keeps rewriting (no ping-pong with another converter)', async () => {
    const doc = page('<p id="p">头发</p>');
    const c = startPageConverter(doc, { signal: new AbortController().signal });
    c.set(s2t, 'zh-Hant');
    const text = doc.getElementById('p')!.firstChild as Text;
    let rewrites = 0;
    const other = new MutationObserver(() => {
      if (text.data !== '头发') {
        rewrites++;
        text.data = '头发';
      }
    });
    other.observe(doc.body, { characterData: true, subtree: true });
    text.data = '头发'; // the other extension's first move
    for (let i = 0; i < 10; i++) await wait(120);
    other.disconnect();
    expect(rewrites).toBeLessThanOrEqual(4);
    c.set(null);
  });

  it('works beside the cleaner: spam wrapped after conversion, both undone exactly', async () => {
    const LIST = '国产精品gz久久久| 国内精品久久久久影院薰衣草| 亚洲国产香蕉人人爽成AV片久久| 伊人久久大香线蕉综合热线| 久久一日本道色综合久久|';
    const { doc, before } = fresh(`<h1>理发店里的头发</h1><p>后来他们在面馆里吃了一碗面。</p><div id="foot">相关新闻 ${LIST}</div>`);
    const ctl = new AbortController();
    const cleaner = startCleaner(doc, { signal: ctl.signal, sliceMs: Infinity });
    const conv = startPageConverter(doc, { signal: ctl.signal });
    conv.set(s2t, 'zh-Hant');
    expect(cleaner.report().count).toBe(1);
    await wait(150);
    conv.set(null);
    cleaner.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  describe('in slices (a huge page)', () => {
    /** 3,000 paragraphs in nested sections, a skipped <pre> among them. */
    const BIG = `<h1>理发店里的头发</h1>${Array.from({ length: 30 }, (_, i) => `<section><div>${Array.from({ length: 100 }, (_, j) => `<p>第${i}组第${j}条：后来他们在面馆里吃了一碗面，台风过后才回家。</p>`).join('')}</div></section>${i === 15 ? '<pre id="pre">代码里的头发</pre>' : ''}`).join('')}`;

    it('converts what one pass at once converts, handing the page back between slices, and restores exactly', async () => {
      const once = fresh(BIG);
      startPageConverter(once.doc, { signal: new AbortController().signal, sliceMs: Infinity }).set(s2t, 'zh-Hant');

      const { doc, before } = fresh(BIG);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: 0 });
      const r = c.set(s2t, 'zh-Hant');
      expect(r).toBeInstanceOf(Promise);
      // Control is back with the page before the pass is through (the rest goes on in later tasks).
      expect(doc.body.lastElementChild!.textContent, 'the end of the page is not reached at once').not.toBe(once.doc.body.lastElementChild!.textContent);
      expect(await r).toBeGreaterThan(0);
      expect(doc.documentElement.outerHTML).toBe(once.doc.documentElement.outerHTML);
      expect(doc.getElementById('pre')!.textContent).toBe('代码里的头发');
      c.set(null);
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    it('converts what the page adds or moves meanwhile; a restore mid-pass stops it and gives the page back', async () => {
      const { doc } = fresh(BIG);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: 0 });
      const r = c.set(s2t, 'zh-Hant');
      const late = doc.createElement('p');
      late.textContent = '新来的头发';
      doc.body.prepend(late);
      // The page moves the section the pass paused in (the first slice is 1,000 text nodes: the
      // 10th section) to the end: the pass must not end there, skipping the 20 in between.
      doc.body.append(doc.querySelectorAll('section')[9]!);
      await r;
      await wait(150);
      expect(late.textContent).toBe(s2t('新来的头发'));
      expect([...doc.querySelectorAll('p')].filter((p) => p.textContent!.includes('后来他们')), 'every paragraph converted').toEqual([]);

      const again = fresh(BIG);
      const c2 = startPageConverter(again.doc, { signal: new AbortController().signal, sliceMs: 0 });
      void c2.set(s2t, 'zh-Hant');
      await wait(5);
      c2.set(null);
      await wait(100);
      expect(again.doc.documentElement.outerHTML).toBe(again.before);
      expect(c.active).toBe(true);
    });

    it('leaves alone a skipped element the page adds further on while the pass waits', async () => {
      const { doc } = fresh(BIG);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: 0 });
      const r = c.set(s2t, 'zh-Hant');
      const code = doc.createElement('pre');
      code.textContent = '后来的代码里的头发';
      doc.querySelectorAll('section')[25]!.append(code);
      const edit = doc.createElement('div');
      edit.setAttribute('contenteditable', '');
      edit.textContent = '后来的编辑区';
      doc.querySelectorAll('section')[27]!.append(edit);
      await r;
      await wait(150);
      expect(code.textContent).toBe('后来的代码里的头发');
      expect(edit.textContent).toBe('后来的编辑区');
      expect(doc.querySelectorAll('section')[29]!.textContent).toBe(s2t(fresh(BIG).doc.querySelectorAll('section')[29]!.textContent!));
    });
  });

  it('converts thousands of text nodes through the converter\'s convertMany as node by node', () => {
    const ours = createConverter(compileVariant('s2t'));
    let calls = 0;
    const many: Convert = Object.assign((t: string) => ours.convert(t), {
      many: (texts: readonly string[]) => {
        calls++;
        return ours.convertMany(texts);
      },
    });
    const big = `${BODY}${Array.from({ length: 1200 }, (_, i) => `<p>第${i}条：剪头<b>发了</b>，吃面<i>条</i>，台<a href="#">湾</a>。</p>`).join('')}`;
    const { doc, before } = fresh(big);
    const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
    c.set(many, 'zh-Hant');
    expect(calls, 'one call per batch of up to 1,000 of the ~8,400 text nodes, not one per node').toBeLessThanOrEqual(12);
    const want = fresh(big).doc;
    const walker = want.createTreeWalker(want.body, 4);
    const skip = new Set(['script', 'style', 'textarea', 'pre', 'code']);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement!;
      if (!skip.has(parent.localName) && !parent.closest('[contenteditable="true"]') && !(parent.localName === 'option' && !parent.hasAttribute('value'))) (n as Text).data = s2t((n as Text).data);
    }
    const texts = (d: Document) => {
      const out: string[] = [];
      const w = d.createTreeWalker(d.body, 4);
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push((n as Text).data);
      return out;
    };
    expect(texts(doc)).toEqual(texts(want));
    expect(doc.querySelector('h1')!.getAttribute('title')).toBe(s2t('头发与发型'));
    c.set(null);
    expect(doc.documentElement.outerHTML).toBe(before);
    // ~9 s alone in jsdom on the 2-core machine; over 30 s beside the other test files in CI.
  }, 120_000);

  describe('ahead (the popup is open: the texts converted beforehand, nothing written)', () => {
    /** s2t that counts the texts it is given (one by one or in a batch). */
    const counting = () => {
      const seen: string[] = [];
      const conv: Convert = Object.assign(
        (t: string) => {
          seen.push(t);
          return s2t(t);
        },
        {
          many: (texts: readonly string[]) => {
            seen.push(...texts);
            return texts.map((t) => s2t(t));
          },
        },
      );
      return { conv, seen };
    };
    const big = `${BODY}${Array.from({ length: 700 }, (_, i) => `<p>第${i}条：剪头<b>发了</b>，吃面条。</p>`).join('')}`;

    it('writes nothing, and the set after it converts only what changed since', () => {
      const { doc, before } = fresh(big);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
      const { conv, seen } = counting();
      let steps = 0;
      while (!c.ahead(conv, () => ++steps % 2 === 0));
      expect(steps, 'in several steps (200 text nodes each), as enough() allowed').toBeGreaterThan(4);
      expect(doc.documentElement.outerHTML, 'nothing written ahead').toBe(before);
      expect(seen).toContain('理发店里的头发');
      seen.length = 0;
      const p = doc.querySelectorAll('p')[5]!;
      p.firstChild!.textContent = '后来改了的头发';
      c.set(conv, 'zh-Hant');
      // Only the changed text and the attributes (not done ahead) reach the converter now.
      expect(seen.sort()).toEqual(['后来改了的头发', '台风过后的云', '头发与发型', '请输入关键词'].sort());
      const want = fresh(big).doc;
      want.querySelectorAll('p')[5]!.firstChild!.textContent = '后来改了的头发';
      const w = startPageConverter(want, { signal: new AbortController().signal, sliceMs: Infinity });
      w.set(s2t, 'zh-Hant');
      expect(doc.documentElement.outerHTML).toBe(want.documentElement.outerHTML);
      c.set(null);
      const back = fresh(big).doc;
      back.querySelectorAll('p')[5]!.firstChild!.textContent = '后来改了的头发';
      expect(doc.documentElement.outerHTML).toBe(back.documentElement.outerHTML);
    });

    it('a page unchanged since the walk ahead is not walked again: the set takes its texts', () => {
      const { doc } = fresh(big);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
      const { conv } = counting();
      while (!c.ahead(conv, () => false));
      const walkers = vi.spyOn(doc, 'createTreeWalker');
      c.set(conv, 'zh-Hant');
      // (jsdom's selector engine walks with other filters)
      expect(walkers.mock.calls.filter((a) => a[1] === NodeFilter.SHOW_TEXT), 'no walk of the page').toEqual([]);
      walkers.mockRestore();
      const want = fresh(big).doc;
      startPageConverter(want, { signal: new AbortController().signal, sliceMs: Infinity }).set(s2t, 'zh-Hant');
      expect(doc.documentElement.outerHTML).toBe(want.documentElement.outerHTML);
    });

    it('a page changed after the walk ahead is walked again: what was added, what became editable', async () => {
      const change = (d: Document) => {
        d.body.insertAdjacentHTML('beforeend', '<p>新加的头发</p>');
        d.querySelectorAll('p')[3]!.setAttribute('contenteditable', 'true');
      };
      const { doc } = fresh(big);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
      const { conv } = counting();
      while (!c.ahead(conv, () => false));
      change(doc);
      await wait(0); // (the watch hears of it)
      const walkers = vi.spyOn(doc, 'createTreeWalker');
      c.set(conv, 'zh-Hant');
      expect(walkers.mock.calls.filter((a) => a[1] === NodeFilter.SHOW_TEXT).length).toBeGreaterThan(0);
      walkers.mockRestore();
      const want = fresh(big).doc;
      change(want);
      startPageConverter(want, { signal: new AbortController().signal, sliceMs: Infinity }).set(s2t, 'zh-Hant');
      expect(doc.documentElement.outerHTML).toBe(want.documentElement.outerHTML);
      expect(doc.body.lastElementChild!.textContent).toBe(s2t('新加的头发'));
      expect(doc.querySelectorAll('p')[3]!.textContent, 'editable: as it was').toBe(fresh(big).doc.querySelectorAll('p')[3]!.textContent);
    });

    it('serves one set only, and only for the same converter', () => {
      const { doc } = fresh();
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
      const a = counting();
      expect(c.ahead(a.conv, () => false)).toBe(true);
      const b = counting();
      c.set(b.conv, 'zh-Hant');
      expect(b.seen, 'another converter converts everything itself').toContain('理发店里的头发');
      c.set(null);
      a.seen.length = 0;
      c.set(a.conv, 'zh-Hant');
      expect(a.seen, 'the earlier results went with the set after them').toContain('理发店里的头发');
      expect(doc.querySelector('h1')!.textContent).toBe(s2t('理发店里的头发'));
    });

    it('is stopped by a set, and does nothing on a converted page', () => {
      const { doc } = fresh(big);
      const c = startPageConverter(doc, { signal: new AbortController().signal, sliceMs: Infinity });
      const { conv, seen } = counting();
      expect(c.ahead(conv, () => true), 'one step, then enough').toBe(false);
      c.set(conv, 'zh-Hant');
      const n = seen.length;
      expect(c.ahead(conv, () => false), 'converted: nothing to do ahead').toBe(true);
      expect(seen.length).toBe(n);
      const last = doc.querySelectorAll('p')[600]!;
      expect([...last.childNodes].map((n) => n.textContent)).toEqual(['第599条：剪头', '发了', '，吃面条。'].map((t) => s2t(t)));
    });
  });

  it('stops with its signal', async () => {
    const doc = page('<div id="feed"></div>');
    const ctl = new AbortController();
    const c = startPageConverter(doc, { signal: ctl.signal });
    c.set(s2t, 'zh-Hant');
    ctl.abort();
    doc.getElementById('feed')!.innerHTML = '<p>头发</p>';
    await wait(150);
    expect(doc.getElementById('feed')!.textContent).toBe('头发');
  });
});
