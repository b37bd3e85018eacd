/** Every golden fixture, in Chromium with the built extension: exactly the expected elements are
 * marked, with the expected reasons; legitimate text stays visible, spam text does not. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, runFixture } from './fixtures';
import { launch, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(() => h?.close());

describe('golden fixtures', () => {
  for (const f of loadFixtures()) {
    it(f.name, async () => {
      const { page, problems } = await runFixture(h, f);
      const url = page.url();
      await page.close();
      expect(problems).toEqual([]);
      expect(url, 'the visitor stays on the page').toBe(f.url);
    });
  }
});
