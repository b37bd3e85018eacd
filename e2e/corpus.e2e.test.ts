/** Readability's 130 real pages (../shared/corpora/readability-pages): nothing is marked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusPages } from './fixtures';
import { launch, markedElements, type Harness } from './harness';

const pages = corpusPages();
let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

describe('no false positives on real pages', () => {
  it('has the corpus', () => {
    expect(pages.length).toBe(130);
  });
  it('marks nothing on any of them', async () => {
    const page = await h.context.newPage();
    const marked: Record<string, unknown> = {};
    for (const c of pages) {
      h.serve(c.url, c.html);
      await page.goto(c.url, { waitUntil: 'load' });
      await page.waitForTimeout(100);
      const m = await markedElements(page);
      if (m.length) marked[c.name] = m;
    }
    await page.close();
    expect(marked).toEqual({});
  }, 300_000);
});
