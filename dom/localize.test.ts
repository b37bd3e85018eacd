import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { en, tw } from '../tests/catalogs';
import { localizePage } from './localize';

const page = () => new JSDOM('<!doctype html><html><head><title data-i18n="optionsTitle"></title></head><body><p data-i18n="readerLoading">x</p><p>kept</p></body></html>').window.document;

describe('localizePage', () => {
  it('fills data-i18n elements and sets <html lang> to the catalog’s language', () => {
    const doc = page();
    localizePage(doc, en);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.title).toBe('Qingdu settings');
    expect(doc.querySelector('p')!.textContent).toBe('Loading the reading view…');
    expect(doc.querySelectorAll('p')[1]!.textContent).toBe('kept');
    localizePage(doc, tw);
    expect([doc.documentElement.lang, doc.title]).toEqual(['zh-TW', '清讀 設定']);
  });
});
