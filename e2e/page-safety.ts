/**
 * Page safety (issue 6): on a page the extension cleaned, (1) the page's own scripts still run
 * after load and see their DOM, (2) the extension adds no page error and logs nothing, (3) nothing
 * outside what it hides moves. Checked against the same page in a browser without the extension,
 * where the marks the extension made are then copied onto the same elements and hidden the same
 * way: every element's box must then be the same as with the extension (exact, to 0.1 px).
 * Folded into e2e/fixtures.e2e.test.ts and e2e/corpus.e2e.test.ts, which load every page anyway.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Page world, every page: after load, a page script notes that it ran and what DOM it saw. */
export const PROBE = `addEventListener('load', function () { setTimeout(function () {
  window.__qdProbe = { ran: true, body: document.body ? document.body.localName : null, elements: document.getElementsByTagName('*').length - document.querySelectorAll('[data-qingdu-wrap]').length };
}, 0); });`;

export interface Snapshot {
  /** What the page script saw after load (PROBE). */
  probe: { ran: boolean; body: string | null; elements: number } | null;
  /** Elements now, wrappers excluded. */
  elements: number;
  marks: { path: string; reason: string }[];
  wraps: { path: string; text: string; reason: string }[];
  /** path → "x,y,w,h" of every element in <body> (wrappers left out of paths and boxes). */
  boxes: Record<string, string>;
}

export async function withProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: PROBE });
}

/** Reads the page: marks, wrappers and boxes, by element path (wrappers skipped in the path). */
export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    // Boxes are read relative to the viewport, and where a page is scrolled to is not its layout:
    // an autofocus field scrolls into view wherever it lies at that moment (the corpus page
    // bug-1255978: 330 or 619 px down, from one load to the next, with or without the extension).
    // Both pages are read from the top.
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' });
    const WRAP = 'data-qingdu-wrap';
    const paths = new Map<Element, string>();
    const boxes: Record<string, string> = {};
    const marks: { path: string; reason: string }[] = [];
    const wraps: { path: string; text: string; reason: string }[] = [];
    let elements = 0;
    const visit = (el: Element, path: string, inBody: boolean, moving: boolean) => {
      paths.set(el, path);
      elements++;
      const reason = el.getAttribute('data-qingdu-spam');
      if (reason !== null) marks.push({ path, reason });
      // A marquee's content moves by itself: not comparable between two loads.
      if (inBody && !moving) {
        const r = el.getBoundingClientRect();
        boxes[path] = [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10).join(',');
      }
      let i = 0;
      for (const c of el.children) {
        if (c.hasAttribute(WRAP)) {
          wraps.push({ path, text: c.textContent ?? '', reason: c.getAttribute('data-qingdu-spam') ?? '' });
          continue;
        }
        visit(c, `${path}/${i++}`, inBody || c === document.body, moving || c.localName === 'marquee');
      }
    };
    if (document.documentElement) visit(document.documentElement, '', false, false);
    const probe = (window as unknown as { __qdProbe?: Snapshot['probe'] }).__qdProbe ?? null;
    return { probe, elements, marks, wraps, boxes };
  });
}

/** Copies the extension's marks (and wrappers) onto the same elements of an extension-free page
 * and hides them as hide.css does. */
export function mirror(page: Page, snap: Snapshot): Promise<string[]> {
  return page.evaluate(({ marks, wraps }) => {
    const problems: string[] = [];
    const at = (path: string): Element | null => {
      let el: Element | null = document.documentElement;
      for (const i of path.split('/').slice(1)) el = el?.children[Number(i)] ?? null;
      return el;
    };
    for (const w of wraps) {
      const parent = at(w.path);
      const node = parent && [...parent.childNodes].find((n): n is Text => n.nodeType === 3 && (n as Text).data.includes(w.text));
      if (!node) {
        problems.push(`no text "${w.text.slice(0, 30)}" under ${w.path}`);
        continue;
      }
      const start = node.data.indexOf(w.text);
      const middle = node.splitText(start);
      middle.splitText(w.text.length);
      const span = document.createElement('span');
      span.setAttribute('data-qingdu-wrap', '');
      span.setAttribute('data-qingdu-spam', w.reason);
      middle.replaceWith(span);
      span.append(middle);
    }
    for (const m of marks) {
      const el = at(m.path);
      if (el) el.setAttribute('data-qingdu-spam', m.reason);
      else problems.push(`no element at ${m.path}`);
    }
    // hide.css's rule, as a constructed sheet: no element added to the page.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('[data-qingdu-spam]{display:none!important}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return problems;
  }, snap);
}

/**
 * Whether the page's errors with the extension are the page's own, given its errors on several
 * extension-free loads: every one of them was seen without the extension too (on some load), and
 * every one seen on all extension-free loads was seen with it. A page whose own scripts race (an
 * inline script that calls `googletag` before or after the tag it loads has failed) throws a
 * different set from one load to the next, extension or not; an error the extension causes is on
 * no extension-free load, and one it prevents is missing although every such load had it.
 */
export function errorsExplained(withExt: string[], bareLoads: string[][]): boolean {
  const ext = new Set(withExt);
  const union = new Set(bareLoads.flat());
  if ([...ext].some((e) => !union.has(e))) return false;
  return [...union].every((e) => ext.has(e) || bareLoads.some((l) => !l.includes(e)));
}

/** Differences between the extension's page and the mirrored extension-free one ([] when none). */
export function compare(withExt: Snapshot, without: Snapshot): string[] {
  const out: string[] = [];
  if (!withExt.probe?.ran) out.push('the page script after load did not run (with the extension)');
  // (What it saw at load is not compared: on pages whose own scripts race with the load event it
  // varies from one load to the next, extension or not.)
  if (withExt.probe && withExt.probe.body !== without.probe?.body) out.push(`the page script saw <body> as ${withExt.probe.body} with the extension, ${without.probe?.body} without`);
  if (withExt.elements !== without.elements) out.push(`${withExt.elements} elements with the extension, ${without.elements} without`);
  const moved = Object.keys(withExt.boxes).filter((p) => without.boxes[p] !== undefined && withExt.boxes[p] !== without.boxes[p]);
  const missing = Object.keys(without.boxes).filter((p) => withExt.boxes[p] === undefined);
  if (moved.length) out.push(`${moved.length} boxes differ, e.g. ${moved.slice(0, 3).map((p) => `${p}: ${withExt.boxes[p]} vs ${without.boxes[p]}`).join('; ')}`);
  if (missing.length) out.push(`${missing.length} elements missing with the extension, e.g. ${missing.slice(0, 3).join(', ')}`);
  return out;
}

/** Waits (up to 3 s) for the probe's after-load run. Polls with evaluate: a page's CSP may forbid
 * the eval that waitForFunction needs. */
export async function probed(page: Page): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!(await page.evaluate(() => (window as unknown as { __qdProbe?: unknown }).__qdProbe !== undefined)) && Date.now() < deadline) await page.waitForTimeout(50);
}

/** Elements in the page, the extension's text wrappers left out (as in Snapshot.elements). */
function elementCount(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length - document.querySelectorAll('[data-qingdu-wrap]').length);
}

/** Waits (up to 3 s) until the page's element count has not changed for `quietMs`: both loads of
 * a page are read once its own after-load scripts are done adding and removing. */
export async function quiet(page: Page, quietMs = 250): Promise<void> {
  const deadline = Date.now() + 3000;
  let last = await elementCount(page);
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await page.waitForTimeout(50);
    const n = await elementCount(page);
    if (n !== last) [last, since] = [n, Date.now()];
  }
}

/** Loads `url` in `page` (an extension-free browser), waits until the page's DOM has as many
 * elements as the extension's run saw (scripts that write or remove late), mirrors and snapshots
 * it. */
export async function bareSnapshot(page: Page, url: string, withExt: Snapshot, referer?: string): Promise<{ snap: Snapshot; problems: string[] }> {
  await page.goto(url, { waitUntil: 'load', referer });
  // Until the page's DOM is quiet and, within 4 s, has the count the extension's run saw: a page
  // script that writes late adds elements; article-author-tag's adds one and removes it again
  // some ms after load (a slow machine read the bare page in between: one element more).
  await quiet(page);
  const deadline = Date.now() + 4000;
  while ((await elementCount(page)) !== withExt.elements && Date.now() < deadline) await page.waitForTimeout(50);
  await probed(page);
  const problems = await mirror(page, withExt);
  return { snap: await snapshot(page), problems };
}

/** Tunable: extension-free loads tried against the extension's one. Some pages' own scripts race
 * (lazy-image-2 inserts its ad iframes before or after its other body children, from one load to
 * the next, extension or not): the extension's load must match one of them. */
export const BARE_TRIES = 3;

/** Everything that differs between the extension's load of `url` and an extension-free one (in
 * `page`, whose uncaught errors `bareErrors` collects), trying up to BARE_TRIES loads: [] when one
 * matches. */
export async function safetyProblems(
  page: Page,
  bareErrors: string[],
  url: string,
  ext: { snap: Snapshot; errors: { page: string[]; extension: string[] } },
  opts: { racyLayout?: boolean } = {},
): Promise<string[]> {
  let all: string[] = [];
  const bareLoads: string[][] = [];
  for (let i = 0; i < BARE_TRIES; i++) {
    // (The page before unloaded first: its late errors are not this load's.)
    await page.goto('about:blank');
    bareErrors.length = 0;
    const { snap, problems } = await bareSnapshot(page, url, ext.snap);
    const layout = opts.racyLayout ? [] : [...problems, ...compare(ext.snap, snap)];
    if (opts.racyLayout && !snap.probe?.ran) layout.push('the page script after load did not run (without the extension)');
    if (opts.racyLayout && !ext.snap.probe?.ran) layout.push('the page script after load did not run (with the extension)');
    all = [...layout, ...ext.errors.extension.map((e) => `extension logged ${e}`)];
    bareLoads.push([...bareErrors]);
    if (!errorsExplained(ext.errors.page, bareLoads)) all.push(`page errors ${JSON.stringify(ext.errors.page)} with the extension, ${JSON.stringify(bareLoads)} on the loads without`);
    if (!all.length || ext.errors.extension.length) break; // (a message from the extension is not the page's race)
  }
  return all;
}
