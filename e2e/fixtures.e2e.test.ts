/** Every golden fixture, in Chromium with the built extension: exactly the expected elements are
 * marked, with the expected reasons; legitimate text stays visible, spam text does not. Then page
 * safety (e2e/page-safety.ts, issue 6): no page error or console message from the extension, the
 * page's scripts run after load, and nothing but what is hidden moves. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtures, runFixture } from './fixtures';
import { launch, type Harness } from './harness';
import { collectErrors } from './page-errors';
import { quiet, safetyProblems, snapshot, withProbe, type Snapshot } from './page-safety';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  await withProbe(h.context);
});
afterAll(() => h?.close());

const fixtures = loadFixtures();
const seen = new Map<string, { snap: Snapshot; errors: ReturnType<typeof collectErrors> }>();

describe('golden fixtures', () => {
  for (const f of fixtures) {
    it(f.name, async () => {
      let errors: ReturnType<typeof collectErrors> | undefined;
      h.context.once('page', (p) => (errors = collectErrors(p)));
      const { page, problems } = await runFixture(h, f);
      const url = page.url();
      await quiet(page);
      seen.set(f.name, { snap: await snapshot(page), errors: errors! });
      await page.close();
      expect(problems).toEqual([]);
      expect(url, 'the visitor stays on the page').toBe(f.url);
    });
  }

  it('page safety: same page errors as without the extension, no message from it, page scripts run, nothing else moves', async () => {
    const bare = await launch({ extension: false });
    await withProbe(bare.context);
    const page = await bare.context.newPage();
    const bareErrors: string[] = [];
    page.on('pageerror', (e) => bareErrors.push(e.message));
    const found: Record<string, string[]> = {};
    try {
      for (const f of fixtures) {
        const ext = seen.get(f.name);
        if (!ext) continue; // its own test failed
        bare.serve(f.url, f.html);
        // No referrer without the extension: its referrer guard (deliberately) shows the page a
        // direct visit, so that is the page's behaviour to compare with.
        const all = await safetyProblems(page, bareErrors, f.url, ext);
        if (all.length) found[f.name] = all;
      }
    } finally {
      await bare.close();
    }
    expect(seen.size).toBeGreaterThan(0);
    expect(found).toEqual({});
  }, 600_000);
});
