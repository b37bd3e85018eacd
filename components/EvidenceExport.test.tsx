import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withT } from '../tests/i18n';
import type { PageReport, Place } from '../core/spam/report';
import { EvidenceExport, saveFile } from './EvidenceExport';

const report: PageReport = {
  url: 'http://www.axnews.cn/cy/a.htm',
  count: 1,
  items: [{ id: 1, reason: 'keyword-list', detail: '', where: 'body > div', sample: '金沙', links: [{ href: 'http://www.js9905.xyz/', text: '金沙' }] }],
};
const time = new Date(2026, 10, 25, 21, 7);

describe('EvidenceExport', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is not shown when nothing was found', () => {
    const el = document.createElement('div');
    render(withT(<EvidenceExport report={{ url: report.url, count: 0, items: [] }} version="1" />), el);
    expect(el.innerHTML).toBe('');
  });

  it('saves JSON and HTML named after the host and the minute, with the tab title', async () => {
    const el = document.createElement('div');
    const save = vi.fn();
    await act(async () => {
      render(withT(<EvidenceExport report={report} version="0.1.0" pageTitle={() => Promise.resolve('安溪新闻网')} save={save} now={() => time} />), el);
    });
    await act(async () => {}); // the title arrives after the first render
    await act(async () => {
      el.querySelector<HTMLButtonElement>('[data-testid=report-json]')!.click();
      el.querySelector<HTMLButtonElement>('[data-testid=report-html]')!.click();
    });
    expect(save).toHaveBeenCalledTimes(2);
    const [name, json, type] = save.mock.calls[0]!;
    expect(name).toBe('qingdu-report-www.axnews.cn-20261125-2107.json');
    expect(type).toBe('application/json');
    expect(JSON.parse(json as string)).toMatchObject({ page: { url: report.url, title: '安溪新闻网' }, generator: { version: '0.1.0' }, count: 1 });
    expect(save.mock.calls[1]![0]).toBe('qingdu-report-www.axnews.cn-20261125-2107.html');
    expect(save.mock.calls[1]![1]).toContain('<title>');
    expect(el.querySelector('[role=group]')!.getAttribute('aria-labelledby')).toBe('evidence-label');
  });

  it("names each item's place as the tab says at the click, and none when the tab cannot say", async () => {
    const saved = async (places?: () => Promise<Place[] | null>) => {
      const el = document.createElement('div');
      const save = vi.fn();
      await act(async () => {
        render(withT(<EvidenceExport report={{ ...report, items: report.items.map((it) => ({ ...it, where: undefined })) }} version="1" save={save} now={() => time} places={places} />), el);
      });
      await act(async () => el.querySelector<HTMLButtonElement>('[data-testid=report-json]')!.click());
      return (JSON.parse(save.mock.calls[0]![1] as string) as { items: { where: string | null; placement: string | null }[] }).items[0];
    };
    expect(await saved(() => Promise.resolve([{ where: 'body > div.foot', placement: 'footer' }]))).toMatchObject({ where: 'body > div.foot', placement: 'footer' });
    // A list of another length (the page marked more since) names nothing rather than the wrong places.
    expect(await saved(() => Promise.resolve([]))).toMatchObject({ where: null, placement: null });
    expect(await saved(() => Promise.reject(new Error('no access')))).toMatchObject({ where: null, placement: null });
    expect(await saved()).toMatchObject({ where: null, placement: null });
  });

  it('saves through a Blob URL and an <a download>', () => {
    const create = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    saveFile('r.json', '{}', 'application/json');
    expect(create).toHaveBeenCalledOnce();
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('r.json');
    expect(clicked[0]!.href).toBe('blob:x');
    expect(clicked[0]!.isConnected).toBe(false);
  });
});
