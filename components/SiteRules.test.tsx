import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import { DEFAULT_SETTINGS, withSite, type Settings } from '../core/settings';
import { SiteRules } from './SiteRules';

let host: HTMLElement;
afterEach(() => host?.remove());

/** Clicks inside act and lets the handler's awaits (the save) finish before act's flush. */
const click = (el: Element) =>
  act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });

/** Mounts the rules over a settings object kept like storage would: each save replaces it. */
async function mount(initial: Settings, opts: { fail?: boolean } = {}) {
  host = document.body.appendChild(document.createElement('div'));
  const saved: Settings[] = [];
  let current = initial;
  const draw = () =>
    render(withT(
      <SiteRules
        settings={current}
        onSave={async (next) => {
          if (opts.fail) return false;
          saved.push(next);
          current = next;
          draw();
          return true;
        }}
      />),
      host,
    );
  await act(draw);
  const q = <T extends Element = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;
  const row = (h: string) => q(`tr[data-host="${h}"]`);
  const type = async (text: string) => {
    const input = q<HTMLInputElement>('[data-testid=site-host-input]');
    await act(() => {
      input.value = text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };
  const submit = () => click(q('[data-testid=site-add]'));
  return { saved, q, row, type, submit, current: () => current };
}
const rowText = (tr: Element) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent);

describe('SiteRules', () => {
  const two = withSite(withSite(DEFAULT_SETTINGS, 'www.b.cn', { cleanup: false }), 'www.a.cn', { script: 's2hk', reader: true });

  it('lists the sites in order, with labelled controls showing each rule', async () => {
    const { q, row } = await mount(two);
    expect([...host.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-host'))).toEqual(['www.a.cn', 'www.b.cn']);
    expect([...q('thead').querySelectorAll('th')].map((t) => t.textContent)).toEqual(['网站', '清理垃圾内容', '简繁转换', '自动阅读视图', '操作']);
    const a = row('www.a.cn');
    expect(a.querySelector('[data-testid=site-cleanup]')!.getAttribute('aria-checked')).toBe('true');
    expect(a.querySelector('[data-testid=site-cleanup]')!.textContent).toContain('清理 www.a.cn');
    expect(a.querySelector<HTMLSelectElement>('[data-testid=site-script]')!.value).toBe('s2hk');
    expect(a.querySelector('[data-testid=site-script]')!.getAttribute('aria-label')).toBe('www.a.cn 的简繁转换');
    expect(a.querySelector('[data-testid=site-reader]')!.getAttribute('aria-checked')).toBe('true');
    expect(row('www.b.cn').querySelector('[data-testid=site-cleanup]')!.getAttribute('aria-checked')).toBe('false');
    expect(a.querySelector('[data-testid=site-remove]')!.getAttribute('aria-label')).toBe('删除 www.a.cn 的规则');
    const options = [...a.querySelectorAll('option')].map((o) => o.value);
    expect(options).toEqual(['original', 't2s', 's2tw', 's2twp', 's2hk', 's2t']);
  });

  it('says so when there are no rules', async () => {
    const { q } = await mount(DEFAULT_SETTINGS);
    expect(q('.empty').textContent).toContain('还没有网站规则');
    expect(host.querySelector('table')).toBeNull();
  });

  it('edits a rule in place through withSite; back at the defaults it leaves storage but stays listed', async () => {
    const { row, saved, current } = await mount(two);
    const select = row('www.b.cn').querySelector<HTMLSelectElement>('[data-testid=site-script]')!;
    await act(async () => {
      select.value = 's2tw';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(current().sites['www.b.cn']).toEqual({ cleanup: false, script: 's2tw', reader: false });
    await act(async () => {
      select.value = 'original';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () => row('www.b.cn').querySelector<HTMLElement>('[data-testid=site-cleanup]')!.click());
    expect(current().sites['www.b.cn']).toBeUndefined();
    expect(rowText(row('www.b.cn'))[0]).toBe('www.b.cn默认');
    expect(saved.length).toBeGreaterThanOrEqual(3);
  });

  it('removes a rule and moves the focus to the next row', async () => {
    const { row, current } = await mount(two);
    await click(row('www.a.cn').querySelector('[data-testid=site-remove]')!);
    expect(Object.keys(current().sites)).toEqual(['www.b.cn']);
    expect(host.querySelector('tr[data-host="www.a.cn"]')).toBeNull();
    expect(document.activeElement).toBe(row('www.b.cn').querySelector('[data-testid=site-remove]'));
    expect(host.querySelector('[role=status]')!.textContent).toBe('已删除 www.a.cn 的规则。');
  });

  it('adds a site from a pasted address, with the chosen rule', async () => {
    const { q, type, submit, current } = await mount(two);
    await type('https://News.Example.CN/2024/05/1.html');
    await act(async () => q('[data-testid=add-site-cleanup]').click());
    await act(async () => {
      const s = q<HTMLSelectElement>('[data-testid=add-site-script]');
      s.value = 's2twp';
      s.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await submit();
    expect(current().sites['news.example.cn']).toEqual({ cleanup: false, script: 's2twp', reader: false });
    expect(q<HTMLInputElement>('[data-testid=site-host-input]').value).toBe('');
    expect(q('[data-testid=add-site-cleanup]').getAttribute('aria-checked')).toBe('true');
    expect(q('[role=status]').textContent).toBe('已添加 news.example.cn 的规则。');
  });

  it('refuses an invalid or existing host with a message tied to the field, saving nothing', async () => {
    const { q, type, submit, saved } = await mount(two);
    await type('chrome://settings');
    await submit();
    const input = q<HTMLInputElement>('[data-testid=site-host-input]');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain('add-site-error');
    expect(q('#add-site-error').textContent).toMatch(/http/);
    await type('WWW.A.CN');
    expect(host.querySelector('#add-site-error')).toBeNull();
    await submit();
    expect(q('#add-site-error').textContent).toBe('已经有 www.a.cn 的规则，请在上面的表格里修改。');
    expect(saved).toEqual([]);
  });

  it('lists a site added at the defaults without storing it', async () => {
    const { type, submit, saved, row, q } = await mount(DEFAULT_SETTINGS);
    await type('www.c.cn');
    await submit();
    expect(saved).toEqual([]);
    expect(row('www.c.cn')).toBeTruthy();
    expect(q('[role=status]').textContent).toContain('改动任一项后才会保存');
  });

  it('keeps the form as typed when saving fails', async () => {
    const { type, submit, q } = await mount(DEFAULT_SETTINGS, { fail: true });
    await type('www.c.cn');
    await act(async () => q('[data-testid=add-site-reader]').click());
    await submit();
    expect(q<HTMLInputElement>('[data-testid=site-host-input]').value).toBe('www.c.cn');
    expect(host.querySelector('tr[data-host="www.c.cn"]')).toBeNull();
  });
});
