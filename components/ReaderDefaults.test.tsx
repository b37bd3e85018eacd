import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../core/reader/prefs';
import { ReaderDefaults } from './ReaderDefaults';

let host: HTMLElement;
afterEach(() => host?.remove());

function mount(prefs: ReaderPrefs = { ...DEFAULT_READER_PREFS }) {
  host = document.body.appendChild(document.createElement('div'));
  const seen: ReaderPrefs[] = [];
  const draw = (p: ReaderPrefs) => render(withT(<ReaderDefaults prefs={p} onChange={(n) => (seen.push(n), draw(n))} />), host);
  act(() => draw(prefs));
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;
  const radio = (group: string, value: string) => q<HTMLInputElement>(`[data-testid=${group}] input[value=${value}]`);
  return { seen, q, radio };
}

describe('ReaderDefaults', () => {
  it('shows the preferences in named groups, the current values checked', () => {
    const { q } = mount({ ...DEFAULT_READER_PREFS, theme: 'sepia', width: 'wide' });
    const groups = [...host.querySelectorAll('fieldset')].map((f) => ({
      legend: f.querySelector('legend')!.textContent,
      options: [...f.querySelectorAll('label')].map((l) => l.textContent),
      checked: f.querySelector<HTMLInputElement>('input:checked')!.value,
    }));
    expect(groups).toEqual([
      { legend: '主题', options: ['跟随系统', '浅色', '米黄', '深色'], checked: 'sepia' },
      { legend: '字体', options: ['黑体', '宋体'], checked: 'sans' },
      { legend: '版面宽度', options: ['窄', '适中', '宽'], checked: 'wide' },
    ]);
    expect(q('[data-testid=defaults-font-size] output').textContent).toBe('18');
    expect(q('[data-testid=defaults-line-height] output').textContent).toBe('1.8');
  });

  it('reports each change as a whole preferences object, and the preview follows', () => {
    const { seen, q, radio } = mount();
    act(() => radio('defaults-theme', 'dark').click());
    act(() => radio('defaults-font', 'serif').click());
    act(() => radio('defaults-width', 'narrow').click());
    act(() => q('[aria-label=放大字号]').click());
    act(() => q('[aria-label=减小行距]').click());
    act(() => q('[data-testid=defaults-indent]').click());
    expect(seen.at(-1)).toEqual({ ...DEFAULT_READER_PREFS, theme: 'dark', font: 'serif', width: 'narrow', fontSize: 20, lineHeight: 1.7, indent: true });
    const preview = q('.reader-preview');
    expect([preview.dataset.theme, preview.dataset.font]).toEqual(['dark', 'serif']);
    const p = preview.querySelector('p')!;
    expect([p.style.fontSize, p.style.lineHeight, p.style.textIndent, p.style.maxWidth]).toEqual(['20px', '1.7', '2em', '32em']);
    act(() => q('[data-testid=defaults-reset]').click());
    expect(seen.at(-1)).toEqual(DEFAULT_READER_PREFS);
  });

  it('stops at the ends of the steps', () => {
    const { seen, q } = mount({ ...DEFAULT_READER_PREFS, fontSize: 32 });
    expect(q('[aria-label=放大字号]').getAttribute('aria-disabled')).toBe('true');
    act(() => q('[aria-label=放大字号]').click());
    expect(seen).toEqual([]);
  });
});
