/**
 * Readability's own 130 test pages (../shared/corpora/readability-pages): after our pipeline the
 * article text equals what Readability alone extracts from the same page, except on the pages
 * listed, with the reason, in corpus-differences.json (data, checked like code).
 */
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { CORPUS_URL, corpusPages, load, norm } from '../../tests/reader-fixtures/load';
import differences from './corpus-differences.json';
import { extractArticle } from './extract';

const KINDS = ['cjk-tuning', 'not-article'] as const;
type Kind = (typeof KINDS)[number];
interface Difference {
  page: string;
  kind: Kind;
  reason: string;
}

const listed = differences.pages as Difference[];
const byPage = new Map(listed.map((d) => [d.page, d]));
const pages = corpusPages();

describe('corpus-differences.json', () => {
  it('is sorted, without duplicates, every entry with a known kind and a reason', () => {
    const names = listed.map((d) => d.page);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
    for (const d of listed) {
      expect(KINDS, d.page).toContain(d.kind);
      expect(d.reason.length, d.page).toBeGreaterThan(20);
    }
  });

  it.skipIf(pages.length === 0)('names only pages of the corpus', () => {
    const all = new Set(pages.map((p) => p.name));
    for (const d of listed) expect(all.has(d.page), d.page).toBe(true);
  });
});

describe.skipIf(pages.length === 0)(`Readability's test pages (${pages.length})`, () => {
  for (const p of pages) {
    it(p.name, { timeout: 30_000 }, () => {
      const dom = load(p.html, CORPUS_URL);
      const doc = dom.window.document;
      const alone = norm(new Readability(doc.cloneNode(true) as Document).parse()?.textContent);
      const r = extractArticle(doc);
      const ours = r.ok ? norm(r.article.textContent) : '';
      const entry = byPage.get(p.name);
      if (!entry) {
        expect(r.ok, r.ok ? '' : r.message).toBe(true);
        expect(ours).toBe(alone);
      } else {
        expect(ours, 'listed in corpus-differences.json but no longer differs').not.toBe(alone);
        expect(r.ok ? 'cjk-tuning' : r.reason).toBe(entry.kind);
      }
      dom.window.close();
    });
  }
});
