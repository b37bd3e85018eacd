import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { withT } from '../tests/i18n';
import type { Phrase } from '../core/phrases';
import { PhraseBulk } from './PhraseBulk';

let host: HTMLElement;
afterEach(() => host?.remove());

const settle = () => new Promise((r) => setTimeout(r, 0));
const TABLE: Phrase[] = [
  ['头发', '頭髮'],
  ['内存', '記憶體'],
];

async function mount(initial: Phrase[] = TABLE) {
  host = document.body.appendChild(document.createElement('div'));
  let current = initial;
  const saves: Phrase[][] = [];
  const downloads: [string, string, string][] = [];
  const draw = () =>
    render(withT(
      <PhraseBulk
        phrases={current}
        now={() => new Date(2024, 4, 17)}
        onSave={async (next) => {
          saves.push(next);
          current = next;
          draw();
          return true;
        }}
        onDownload={(...a) => downloads.push(a)}
      />),
      host,
    );
  await act(draw);
  const q = <T extends HTMLElement = HTMLElement>(sel: string) => host.querySelector<T>(sel)!;
  const area = () => q<HTMLTextAreaElement>('[data-testid=phrase-text]');
  const edit = (text: string) =>
    act(() => {
      area().value = text;
      area().dispatchEvent(new Event('input', { bubbles: true }));
    });
  const click = (sel: string) =>
    act(async () => {
      q(sel).click();
      await settle();
    });
  const importFile = (name: string, text: string) =>
    act(async () => {
      const input = q<HTMLInputElement>('[data-testid=phrase-import]');
      Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
      input.dispatchEvent(new Event('change', { bubbles: true }));
      for (let i = 0; i < 5; i++) await settle();
    });
  return { q, area, edit, click, importFile, saves, downloads, current: () => current };
}

describe('PhraseBulk', () => {
  it('shows the table as tab-separated text under a label and a hint', async () => {
    const { q, area } = await mount();
    expect(area().value).toBe('头发\t頭髮\n内存\t記憶體\n');
    expect(q('label[for=phrase-text]').textContent).toBe('全部词语（文本）');
    expect(area().getAttribute('aria-describedby')).toBe('phrase-text-hint');
  });

  it('replaces the table with the edited text', async () => {
    const { edit, click, current, q, area } = await mount();
    await edit('# 新表\n软件 軟體\n头发\t头髮X\n');
    await click('[data-testid=phrase-text-save]');
    expect(current()).toEqual([
      ['软件', '軟體'],
      ['头发', '头髮X'],
    ]);
    expect(area().value).toBe('软件\t軟體\n头发\t头髮X\n');
    expect(q('[role=status]').textContent).toBe('已保存词语表：共 2 条。');
  });

  it('lists bad lines by number, saves nothing, and a line button selects that line', async () => {
    const { edit, click, q, area, saves } = await mount();
    await edit('软件 軟體\n只有原词\n头发\t頭髮\n头发 X');
    await click('[data-testid=phrase-text-save]');
    expect(saves).toEqual([]);
    const box = q('[data-testid=phrase-problems]');
    expect(box.getAttribute('role')).toBe('alert');
    expect(box.querySelector('p')!.textContent).toBe('文本中有 2 处错误，没有保存任何改动：');
    expect([...box.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
      '第 2 行：缺少目标词（每行写：原词、Tab 或空格、目标词）',
      '第 4 行：“头发”与第 3 行重复',
    ]);
    expect(area().getAttribute('aria-invalid')).toBe('true');
    await act(() => box.querySelector<HTMLButtonElement>('li button')!.click());
    expect(document.activeElement).toBe(area());
    expect(area().value.slice(area().selectionStart, area().selectionEnd)).toBe('只有原词');
    expect(area().value).toBe('软件 軟體\n只有原词\n头发\t頭髮\n头发 X');
  });

  it('merges an imported file into the table', async () => {
    const { importFile, current, q } = await mount();
    await importFile('mine.json', '[["内存", "內存"], ["软件", "軟體"]]');
    expect(current()).toEqual([
      ['头发', '頭髮'],
      ['内存', '內存'],
      ['软件', '軟體'],
    ]);
    expect(q('[role=status]').textContent).toBe('已从 mine.json 导入：新增 1 条，更新 1 条。');
  });

  it('refuses a file with a bad line, naming the file and the line', async () => {
    const { importFile, q, saves } = await mount();
    await importFile('bad.txt', '软件\t軟體\n坏行\n');
    expect(saves).toEqual([]);
    expect(q('[data-testid=phrase-problems]').textContent).toBe('文件 bad.txt 中有 1 处错误，没有保存任何改动：第 2 行：缺少目标词（每行写：原词、Tab 或空格、目标词）');
  });

  it('exports the table as text and as JSON, named by the date', async () => {
    const { click, downloads } = await mount();
    await click('[data-testid=phrase-export-text]');
    await click('[data-testid=phrase-export-json]');
    expect(downloads[0]).toEqual(['qingdu-phrases-20240517.txt', '头发\t頭髮\n内存\t記憶體\n', 'text/plain']);
    expect(downloads[1]![0]).toBe('qingdu-phrases-20240517.json');
    expect(JSON.parse(downloads[1]![1])).toEqual(TABLE);
  });
});
