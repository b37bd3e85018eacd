/**
 * The popup for keyboard and screen-reader users (issue 5), on the built extension with the seed
 * page: every control has a name, Tab visits them top to bottom with a visible focus ring, Space
 * and Enter work the switches and buttons, and text and controls meet WCAG AA contrast (4.5:1 for
 * text, 3:1 for large text and for what shows a control's state) in the light and the dark theme.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastFailures } from './contrast';
import { loadFixtures } from './fixtures';
import { launch, openPopup, tabIdOf, type Harness } from './harness';

const seed = loadFixtures().find((f) => f.name === 'seed')!;

let h: Harness;
let page: Page;
let popup: Page;

beforeAll(async () => {
  h = await launch();
  h.serve(seed.url, seed.html);
  page = await h.context.newPage();
  await page.goto(seed.url);
  await page.locator('[data-qingdu-spam]').first().waitFor({ state: 'attached' });
  popup = await openPopup(h, await tabIdOf(h, seed.url), 'spam-count', { viewport: { width: 360, height: 700 } });
  await popup.waitForFunction(() => Number(document.querySelector('[data-testid=spam-count]')?.textContent) > 0);
});
afterAll(() => h?.close());

/** What has the keyboard focus: its test id (or text), where it is, and whether a ring shows. */
const focused = () =>
  popup.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return {
      id: el.dataset.testid ?? el.textContent!.trim(),
      top: Math.round(r.top),
      left: Math.round(r.left),
      ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
    };
  });

/** The focusable controls in document order, as the browser would tab through them. */
const tabbable = () =>
  popup.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, select, input, a[href], [tabindex]')]
      .filter((el) => !(el as HTMLButtonElement).disabled && el.tabIndex >= 0 && el.getClientRects().length > 0)
      .map((el) => el.dataset.testid ?? el.textContent!.trim()),
  );

describe('popup: keyboard and screen reader', () => {
  it('names every control and every group', async () => {
    const unnamed = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, [role=group], section, ol')]
        .filter((el) => {
          if (el.localName === 'section' && !el.hasAttribute('aria-label')) return false; // no landmark role without a name
          const labelled = (el as HTMLInputElement).labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby');
          return !(labelled || (el.localName === 'button' && el.textContent!.trim()));
        })
        .map((el) => el.outerHTML.slice(0, 100)),
    );
    expect(unnamed).toEqual([]);
    // The switches say what they are and whether they are on.
    const switches = await popup.locator('[role=switch]').evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('aria-checked')]));
    expect(switches.length).toBeGreaterThanOrEqual(3);
    for (const [name, checked] of switches) {
      expect(name).toBeTruthy();
      expect(['true', 'false']).toContain(checked);
    }
    // The count is announced when it changes.
    expect(await popup.locator('.count').getAttribute('aria-live')).toBe('polite');
  });

  it('Tab visits every control once, top to bottom, each with a visible focus ring', async () => {
    const expected = await tabbable();
    expect(expected).toEqual(expect.arrayContaining(['open-options', 'cleanup-toggle', 'reveal-toggle', 'reader-open', 'script-original', 'script-simplified', 'script-traditional', 'script-variant', 'report-json', 'report-html']));
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const seen: Awaited<ReturnType<typeof focused>>[] = [];
    for (let i = 0; i < expected.length; i++) {
      await popup.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen.map((f) => f.id)).toEqual(expected);
    expect(seen.filter((f) => !f.ring).map((f) => f.id), 'controls focused without a ring').toEqual([]);
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [seen[i - 1]!, seen[i]!];
      expect(b.top > a.top || (b.top === a.top && b.left > a.left), `${a.id} → ${b.id} goes back up the popup`).toBe(true);
    }
  });

  it('Space works a switch and Enter a button, from the keyboard alone', async () => {
    const reveal = popup.getByTestId('reveal-toggle');
    await reveal.focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => reveal.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-qingdu-reveal'))).toBe(true);
    await popup.keyboard.press('Space');
    await expect.poll(() => reveal.getAttribute('aria-checked')).toBe('false');
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-qingdu-reveal'))).toBe(false);

    const simplified = popup.getByTestId('script-simplified');
    await simplified.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => simplified.getAttribute('aria-pressed')).toBe('true');
    const original = popup.getByTestId('script-original');
    await original.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => original.getAttribute('aria-pressed')).toBe('true');
  });

  describe.each(['light', 'dark'] as const)('%s theme', (scheme) => {
    it('text meets 4.5:1 (3:1 when large), and a switch’s track and the focus ring 3:1, against what is behind them', async () => {
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.waitForTimeout(400); // the switches' colour transitions (0.15 s) settle
      expect(await popup.evaluate(contrastFailures)).toEqual([]);
    });
  });
});
