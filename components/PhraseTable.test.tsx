import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import type { Phrase } from '../core/phrases';
import { PhraseTable } from './PhraseTable';

let host: HTMLElement;
afterEach(() => host?.remove());

const click = (el: Element) =>
  act(async () => {
    (el as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
const type = (input: HTMLInputElement, text: string) =>
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

async function mount(initial: Phrase[], opts: { fail?: boolean } = {}) {
  host = document.body.appendChild(document.createElement('div'));
  let current = initial;
  const saves: Phrase[][] = [];
  const draw = () =>
    render(withT(
      <PhraseTable
        phrases={current}
        onSave={async (next) => {
          if (opts.fail) return false;
          saves.push(next);
          current = next;
          draw();
          return true;
        }}
      />),
      host,
    );
  await act(draw);
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;
  const rows = () => [...host.querySelectorAll('tbody tr')].map((r) => [...r.querySelectorAll('td')].slice(0, 2).map((c) => c.textContent));
  return { q, rows, saves, current: () => current };
}

const TABLE: Phrase[] = [
  ['头发', '頭髮'],
  ['内存', '記憶體'],
];

describe('PhraseTable', () => {
  it('lists the pairs under named columns, with labelled actions', async () => {
    const { q, rows } = await mount(TABLE);
    expect(rows()).toEqual([
      ['头发', '頭髮'],
      ['内存', '記憶體'],
    ]);
    expect([...q('thead').querySelectorAll('th')].map((t) => t.textContent)).toEqual(['原词', '替换为', '操作']);
    expect([...host.querySelectorAll('tbody button')].map((b) => b.getAttribute('aria-label'))).toEqual(['编辑“头发”', '删除“头发”', '编辑“内存”', '删除“内存”']);
    expect(q('.count').textContent).toBe('共 2 条（最多 5000 条）');
  });

  it('adds a pair, clearing the form', async () => {
    const { q, current } = await mount(TABLE);
    expect(q('label[for=phrase-add-from]').textContent).toBe('原词');
    await type(q('[data-testid=phrase-add-from]'), ' 软件 ');
    await type(q('[data-testid=phrase-add-to]'), '軟體');
    await click(q('[data-testid=phrase-add]'));
    expect(current()).toEqual([...TABLE, ['软件', '軟體']]);
    expect(q<HTMLInputElement>('[data-testid=phrase-add-from]').value).toBe('');
    expect(document.activeElement).toBe(q('[data-testid=phrase-add-from]'));
    expect(q('[role=status]').textContent).toBe('已添加“软件”→“軟體”。');
  });

  it('refuses a duplicate or empty pair with a message tied to the fields, keeping the text', async () => {
    const { q, saves } = await mount(TABLE);
    await type(q('[data-testid=phrase-add-from]'), '头发');
    await type(q('[data-testid=phrase-add-to]'), '頭髮X');
    await click(q('[data-testid=phrase-add]'));
    expect(q('#phrase-add-error').textContent).toBe('“头发”已在词语表中。');
    expect(q('[data-testid=phrase-add-from]').getAttribute('aria-describedby')).toBe('phrase-add-error');
    expect(q<HTMLInputElement>('[data-testid=phrase-add-to]').value).toBe('頭髮X');
    await type(q('[data-testid=phrase-add-to]'), '');
    await type(q('[data-testid=phrase-add-from]'), '软件');
    await click(q('[data-testid=phrase-add]'));
    expect(q('#phrase-add-error').textContent).toBe('请填写要替换成的文字。');
    expect(saves).toEqual([]);
  });

  it('edits a pair in its row: save, or Escape to cancel;, the focus comes back to the row', async () => {
    const { q, current, rows } = await mount(TABLE);
    await click(q('tr[data-index="0"] .edit'));
    const from = q<HTMLInputElement>('[data-testid=phrase-edit-from]');
    expect(document.activeElement).toBe(from);
    expect(from.value).toBe('头发');
    await type(q('[data-testid=phrase-edit-to]'), '头髮X');
    await click(q('[data-testid=phrase-save]'));
    expect(current()[0]).toEqual(['头发', '头髮X']);
    expect(rows()[0]).toEqual(['头发', '头髮X']);
    expect(document.activeElement).toBe(q('tr[data-index="0"] .edit'));

    await click(q('tr[data-index="1"] .edit'));
    await type(q('[data-testid=phrase-edit-to]'), 'x');
    await act(() => {
      q('[data-testid=phrase-edit-to]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(host.querySelector('[data-testid=phrase-edit-to]')).toBeNull();
    expect(current()[1]).toEqual(['内存', '記憶體']);
    expect(document.activeElement).toBe(q('tr[data-index="1"] .edit'));
  });

  it('an edit may keep its own original but not take another pair\'s', async () => {
    const { q } = await mount(TABLE);
    await click(q('tr[data-index="1"] .edit'));
    await type(q('[data-testid=phrase-edit-from]'), '头发');
    await click(q('[data-testid=phrase-save]'));
    expect(q('#phrase-edit-error').textContent).toBe('“头发”已在词语表中。');
  });

  it('removes a pair', async () => {
    const { q, current } = await mount(TABLE);
    await click(q('tr[data-index="0"] [data-testid=phrase-remove]'));
    expect(current()).toEqual([TABLE[1]]);
    expect(q('[role=status]').textContent).toBe('已删除“头发”。');
    expect(document.activeElement).toBe(q('tr[data-index="0"] .edit'));
  });

  it('filters a long table by either side', async () => {
    const many: Phrase[] = Array.from({ length: 12 }, (_, i) => [`词${i}`, `詞${i}`]);
    const { q, rows } = await mount([...many, ['头发', '頭髮']]);
    await type(q('#phrase-filter'), '頭');
    expect(rows()).toEqual([['头发', '頭髮']]);
    await type(q('#phrase-filter'), '没有');
    expect(q('.empty').textContent).toBe('没有包含“没有”的词语。');
  });

  it('keeps the form when saving fails', async () => {
    const { q } = await mount([], { fail: true });
    expect(q('.empty').textContent).toBe('词语表是空的。');
    await type(q('[data-testid=phrase-add-from]'), '软件');
    await type(q('[data-testid=phrase-add-to]'), '軟體');
    await click(q('[data-testid=phrase-add]'));
    expect(q<HTMLInputElement>('[data-testid=phrase-add-from]').value).toBe('软件');
  });
});
