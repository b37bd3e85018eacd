/** The cleaner on a live (jsdom) document: marking, wrapping, late spam, exact undo, and a
 * pass in slices (a huge page) finding what one at once does. Tests that read the result at once
 * give the pass all the time it needs (sliceMs: Infinity): jsdom is slower than a browser. */
import { describe, expect, it, vi } from 'vitest';
import { ARTICLE, page } from '../tests/dom';
import { startCleaner } from './cleaner';
import { ATTR } from './mark';
import { placeOf } from '../core/spam/report';

const LIST = '国产精品gz久久久| 国内精品久久久久影院薰衣草| 亚洲国产香蕉人人爽成AV片久久| 伊人久久大香线蕉综合热线| 久久一日本道色综合久久|';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('startCleaner', () => {
  it('marks spam, reports it, and undo restores the page exactly', () => {
    const doc = page(ARTICLE + `<div id="foot">推薦閱讀 相關新聞 ${LIST}</div><div style="display:none"><a href="http://x1k9.xyz/">澳门葡京</a><a href="http://x2k8.top/">百家乐</a></div>`, '<title>澳门葡京娱乐城_真人百家乐</title><meta property="og:title" content="东昌府区全面打响创城工作攻坚战">');
    const before = doc.documentElement.outerHTML;
    const reports: number[] = [];
    const c = startCleaner(doc, { signal: new AbortController().signal, onReport: (r) => reports.push(r.count), sliceMs: Infinity });
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

  it("keeps, per report item, the element marked and the one its path names, whose place the evidence export works out", () => {
    const doc = page(ARTICLE + `<div id="foot" class="footer">推薦閱讀 相關新聞 ${LIST}</div><div id="farm" style="display:none"><a href="http://x1k9.xyz/">澳门葡京</a><a href="http://x2k8.top/">百家乐</a></div>`);
    const c = startCleaner(doc, { signal: new AbortController().signal, sliceMs: Infinity });
    const items = c.report().items;
    expect(c.located).toHaveLength(items.length);
    const places = c.located.map(([marked, at]) => placeOf(marked, at));
    const foot = doc.getElementById('foot')!;
    // Wrapped text: the wrapper is marked, the path names its parent (the wrapper is not the page's).
    expect(c.located.find(([m]) => m.parentElement === foot)).toEqual([foot.querySelector(`[${ATTR}]`), foot]);
    expect(places.map((p) => p.placement)).toEqual(expect.arrayContaining(['footer']));
    for (const p of places) expect(doc.querySelectorAll(p.where)).toHaveLength(1);
    expect(items.every((it) => it.where === undefined), 'the cleaner itself works out no paths').toBe(true);
    c.undo();
    expect(c.located).toHaveLength(0);
  });

  it('marks spam that a script adds later, in one batch', async () => {
    const doc = page(ARTICLE);
    const counts: number[] = [];
    const ac = new AbortController();
    startCleaner(doc, { signal: ac.signal, onReport: (r) => counts.push(r.count), sliceMs: Infinity });
    const div = doc.createElement('div');
    div.innerHTML = Array.from({ length: 5 }, (_, i) => `<a href="http://w${i}x${i}7.xyz/">澳门威尼斯人娱乐城${i}</a>`).join(' | ');
    doc.body.append(div);
    await wait(150);
    expect(div.getAttribute(ATTR)).toBe('keyword-list');
    expect(counts.at(-1)).toBe(1);
    ac.abort();
  });

  it("puts the real headline back when a script rewrites the title's text, also in a new <title>; other text changes wake nothing", async () => {
    const HIJACKED = '澳门葡京娱乐城_真人百家乐';
    const REAL = '东昌府区全面打响创城工作攻坚战';
    const doc = page(ARTICLE, `<title>${HIJACKED}</title><meta property="og:title" content="${REAL}">`);
    const passes: string[] = [];
    // Each pass leaves one measure (jsdom has no performance.measure: this one counts them).
    Object.defineProperty(doc.defaultView!.performance, 'measure', { configurable: true, value: (name: string) => void passes.push(name) });
    const ac = new AbortController();
    startCleaner(doc, { signal: ac.signal, sliceMs: Infinity });
    expect(doc.title).toBe(REAL);
    const n = passes.length;
    // Text rewritten all over the page (a ticker, a converter): no record, no pass.
    for (const p of doc.querySelectorAll('p')) (p.firstChild as Text).data = `${(p.firstChild as Text).data}。`;
    await wait(150);
    expect(passes.length, 'no pass for text changes outside the title').toBe(n);
    // The title's own text node set back to the hijacked one.
    (doc.querySelector('title')!.firstChild as Text).data = HIJACKED;
    await wait(150);
    expect(doc.title).toBe(REAL);
    // A new <title> in place of the old one, then its text rewritten.
    const fresh = doc.createElement('title');
    fresh.textContent = REAL;
    doc.querySelector('title')!.replaceWith(fresh);
    await wait(150);
    (fresh.firstChild as Text).data = HIJACKED;
    await wait(150);
    expect(doc.title).toBe(REAL);
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

  describe('in slices', () => {
    /** 40 blocks of innocent links, a spam farm after block 25 and a keyword run in a footer. */
    const BIG = ARTICLE + Array.from({ length: 40 }, (_, i) => `<ul>${Array.from({ length: 50 }, (_, j) => `<li><a href="/n/${i}-${j}.html">县区民生新闻第${j}期</a></li>`).join('')}</ul>${i === 25 ? `<div id="farm" style="display:none"><a href="http://x1k9.xyz/">澳门葡京</a><a href="http://x2k8.top/">百家乐</a></div>` : ''}`).join('') + `<div id="foot">推薦閱讀 相關新聞 ${LIST}</div>`;
    const marks = (doc: Document) => [...doc.querySelectorAll(`[${ATTR}]`)].map((el) => `${el.localName}#${el.id}:${el.getAttribute(ATTR)}:${el.textContent!.slice(0, 12)}`);

    it('finds what one pass at once finds, handing the page back between slices', async () => {
      const once = page(BIG);
      startCleaner(once, { signal: new AbortController().signal, sliceMs: Infinity });
      expect(marks(once)).toHaveLength(2);

      const doc = page(BIG);
      const counts: number[] = [];
      const ac = new AbortController();
      startCleaner(doc, { signal: ac.signal, sliceMs: 0, onReport: (r) => counts.push(r.count) });
      expect(marks(doc), 'nothing yet: control is back with the page, the pass goes on in later tasks').toEqual([]);
      await vi.waitFor(() => expect(counts).toEqual([2]), { timeout: 5000 });
      expect(marks(doc)).toEqual(marks(once));
      ac.abort();
    });

    it('scans what the page adds meanwhile, and drops what it removes', async () => {
      const doc = page(BIG);
      const ac = new AbortController();
      startCleaner(doc, { signal: ac.signal, sliceMs: 0 });
      doc.getElementById('farm')!.remove();
      const late = doc.createElement('div');
      late.id = 'late';
      late.innerHTML = Array.from({ length: 5 }, (_, i) => `<a href="http://w${i}x${i}7.xyz/">澳门威尼斯人娱乐城${i}</a>`).join(' | ');
      doc.body.prepend(late);
      await vi.waitFor(() => expect(doc.querySelector(`#late[${ATTR}]`)).not.toBeNull(), { timeout: 5000 });
      await vi.waitFor(() => expect(doc.querySelector(`#foot [${ATTR}]`)).not.toBeNull(), { timeout: 5000 });
      expect(doc.querySelectorAll(`[${ATTR}]`)).toHaveLength(2);
      ac.abort();
    });

    it('stops with undo mid-pass, leaving the page as it was', async () => {
      const doc = page(BIG);
      const before = doc.documentElement.outerHTML;
      const counts: number[] = [];
      const c = startCleaner(doc, { signal: new AbortController().signal, sliceMs: 0, onReport: (r) => counts.push(r.count) });
      c.undo();
      await new Promise((r) => setTimeout(r, 300));
      expect(doc.documentElement.outerHTML).toBe(before);
      expect(counts).toEqual([0]);
    });
  });
});
