/**
 * Hostile markup against the extraction. jsdom has no named properties, so a clobbered property is
 * written here as the browser presents it to script: an own property of the object that hides
 * the prototype's (the real thing runs in Chromium: e2e/hostile-reader.e2e.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { load, READER_FIXTURES } from '../../tests/reader-fixtures/load';
import { extractArticle } from './extract';
import { neutralize, own, trustedBase } from './hostile';

const URL_ = 'http://www.mszf.gov.cn/zwdt/2024/0812/5602.aspx';
const CLOBBER = fs.readFileSync(path.join(READER_FIXTURES, 'form-clobber/source.html'), 'utf8');

/** What `<img name=…>` / `<input name=…>` do to a document or a form in a browser. */
function clobber(obj: object, names: string[], by: Element): void {
  for (const name of names) Object.defineProperty(obj, name, { value: by, configurable: true });
}

describe('own', () => {
  it('reads getters and methods from the prototype chain, past a property on the object itself', () => {
    const doc = load('<title>真标题</title><p>x</p>', URL_).window.document;
    const img = doc.createElement('img');
    clobber(doc, ['title', 'body', 'URL', 'cloneNode', 'querySelector'], img);
    expect(doc.title).toBe(img);
    expect(own<string>(doc, 'title')).toBe('真标题');
    expect(own<Element>(doc, 'body').localName).toBe('body');
    expect(own<string>(doc, 'URL')).toBe(URL_);
    expect(own<(d: boolean) => Document>(doc, 'cloneNode')(true).title).toBe('真标题');
    expect(own<(s: string) => Element>(doc, 'querySelector')('p').textContent).toBe('x');
    expect(own(doc, 'noSuchThing')).toBeUndefined();
  });
});

describe('extractArticle on a clobbered document', () => {
  it('reads the live page through its prototypes: title, URL, clone, element count', () => {
    const doc = load(CLOBBER, URL_).window.document;
    const img = doc.querySelector('img[name=title]')!;
    clobber(doc, ['title', 'body', 'URL', 'baseURI', 'documentElement', 'contentType', 'cloneNode', 'getElementsByTagName', 'querySelector'], img);
    const r = extractArticle(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.article.title).toBe('市政务服务中心延长周末办件时间');
    expect(r.article.url).toBe(URL_);
    expect(r.article.textContent).toContain('周末窗口实行“一窗受理、集成服务”');
  });
});

describe('neutralize', () => {
  it('strips the names and ids that become form or document properties, and nothing else', () => {
    const doc = load(CLOBBER, URL_).window.document;
    const clone = doc.cloneNode(true) as Document;
    neutralize(clone);
    expect([...clone.querySelectorAll('form :is(input, select, button, textarea, img)[name], form :is(input, select, button, textarea, img)[id]')].map((e) => e.outerHTML)).toEqual([]);
    expect([...clone.querySelectorAll('img[name], form[name], embed[name], iframe[name], object[name], object[id]')]).toEqual([]);
    // Ids that scoring reads (the article container) and the forms' own ids stay.
    expect(clone.querySelector('#zoom')).not.toBeNull();
    expect(clone.querySelector('form#aspnetForm')).not.toBeNull();
    expect(doc.querySelector('input[name=parentNode]'), 'the live page is untouched').not.toBeNull();
  });

  it('removes a <base> outside the head and keeps the head one', () => {
    const doc = load('<head><base href="http://www.a.cn/x/"></head><body><p>x</p><base href="http://evil.example/"></body>', URL_).window.document;
    const clone = doc.cloneNode(true) as Document;
    neutralize(clone);
    expect([...clone.querySelectorAll('base')].map((b) => b.getAttribute('href'))).toEqual(['http://www.a.cn/x/']);
  });
});

describe('trustedBase', () => {
  const base = (html: string) => trustedBase(load(html, URL_).window.document);

  it('is the head <base> when the first <base href> is in the head', () => {
    expect(base('<head><base href="/static/"></head><body><base href="http://evil.example/"></body>')).toBe('http://www.mszf.gov.cn/static/');
  });

  it('is the document URL when the first <base href> is in the body (injected), or there is none', () => {
    const injected = '<head><title>t</title></head><body><p>x</p><base href="http://evil.example/"></body>';
    expect(load(injected, URL_).window.document.baseURI, 'what the browser would use').toBe('http://evil.example/');
    expect(base(injected)).toBe(URL_);
    expect(base('<head><base target="_blank"></head><body></body>')).toBe(URL_);
  });
});
