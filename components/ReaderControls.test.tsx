import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { DEFAULT_READER_PREFS, type ReaderPrefs } from '../core/reader/prefs';
import { ReaderControls } from './ReaderControls';

let host: HTMLElement;
afterEach(() => host?.remove());

function mount(prefs: ReaderPrefs = { ...DEFAULT_READER_PREFS }, script: 'sc' | 'tc' | 'hk' = 'sc') {
  host = document.createElement('div');
  document.body.append(host);
  const seen: ReaderPrefs[] = [];
  const draw = (p: ReaderPrefs) => render(withT(<ReaderControls prefs={p} script={script} onChange={(n) => (seen.push(n), draw(n))} />), host);
  act(() => draw(prefs));
  const toggle = host.querySelector<HTMLButtonElement>('[data-testid=reader-settings-toggle]')!;
  const panel = host.querySelector<HTMLElement>('#reader-settings')!;
  return { seen, toggle, panel };
}
/** What a screen reader reads for a label: its text without the aria-hidden swatch. */
const labelText = (l: Element) => {
  const c = l.cloneNode(true) as Element;
  c.querySelectorAll('[aria-hidden=true]').forEach((x) => x.remove());
  return c.textContent;
};
const radio = (panel: HTMLElement, label: string) =>
  [...panel.querySelectorAll('label')].find((l) => labelText(l) === label)!.querySelector('input')!;

describe('ReaderControls', () => {
  it('opens from a labelled button that says whether it is expanded, focusing the current choice', () => {
    const { toggle, panel } = mount({ ...DEFAULT_READER_PREFS, theme: 'sepia' });
    expect(toggle.textContent).toContain('阅读设置');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(toggle.getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    expect(document.activeElement).toBe(radio(panel, '米黄'));
  });

  it('has named radio groups with Chinese labels, the current value checked', () => {
    const { panel } = mount();
    const groups = [...panel.querySelectorAll('fieldset')].map((f) => ({
      legend: f.querySelector('legend')!.textContent,
      options: [...f.querySelectorAll('label')].map(labelText),
      checked: labelText(f.querySelector<HTMLInputElement>('input:checked')!.closest('label')!),
      names: new Set([...f.querySelectorAll('input')].map((i) => i.type + ':' + i.name)).size,
    }));
    expect(groups).toEqual([
      { legend: '主题', options: ['跟随系统', '浅色', '米黄', '深色'], checked: '跟随系统', names: 1 },
      { legend: '字体', options: ['黑体', '宋体'], checked: '黑体', names: 1 },
      { legend: '版面宽度', options: ['窄', '适中', '宽'], checked: '适中', names: 1 },
    ]);
  });

  it('calls the serif 明体 for Traditional text', () => {
    const { panel } = mount(undefined, 'tc');
    expect(radio(panel, '明体')).toBeTruthy();
  });

  it('reports each change as a whole new preferences object', () => {
    const { panel, seen } = mount();
    act(() => radio(panel, '深色').click());
    act(() => radio(panel, '宋体').click());
    act(() => radio(panel, '宽').click());
    act(() => panel.querySelector<HTMLButtonElement>('[aria-label=放大字号]')!.click());
    act(() => panel.querySelector<HTMLButtonElement>('[aria-label=增大行距]')!.click());
    act(() => panel.querySelector<HTMLButtonElement>('[data-testid=reader-indent]')!.click());
    expect(seen.at(-1)).toEqual({ ...DEFAULT_READER_PREFS, theme: 'dark', font: 'serif', width: 'wide', fontSize: 20, lineHeight: 2, indent: true });
    expect(panel.querySelector('[data-testid=reader-font-size] output')?.textContent).toBe('20');
    expect(panel.querySelector('[data-testid=reader-line-height] output')?.textContent).toBe('2.0');
    act(() => [...panel.querySelectorAll('button')].find((b) => b.textContent === '恢复默认设置')!.click());
    expect(seen.at(-1)).toEqual(DEFAULT_READER_PREFS);
  });

  it('closes on Escape, giving the focus back to the button, and on a click outside', () => {
    const { toggle, panel } = mount();
    act(() => toggle.click());
    act(() => {
      radio(panel, '浅色').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    act(() => toggle.click());
    expect(panel.hidden).toBe(false);
    act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    expect(panel.hidden).toBe(true);
  });

  it('closes when the focus moves out of it', () => {
    const { toggle, panel } = mount();
    const outside = document.createElement('button');
    document.body.append(outside);
    act(() => toggle.click());
    act(() => outside.focus());
    expect(panel.hidden).toBe(true);
    outside.remove();
  });
});
