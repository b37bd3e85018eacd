/** Loads the golden fixtures (tests/fixtures/<case>/) and checks a cleaned page against one. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT, type Harness } from './harness';

export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const CORPUS = path.resolve(ROOT, '../shared/corpora/readability-pages');

export interface Expected {
  description: string;
  url?: string;
  referrer?: string;
  marked: { selector: string; reason: string }[];
  wrapped?: { within: string; reason: string; text: string }[];
  visibleMustInclude?: string[];
  visibleMustExclude?: string[];
  title?: string;
}

export interface Fixture {
  name: string;
  url: string;
  html: string;
  expected: Expected;
}

/** The golden fixtures (or the cases of another folder in the same format: `root`). */
export function loadFixtures(root = FIXTURES): Fixture[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, d.name, 'expected.json')))
    .map((d) => {
      const dir = path.join(root, d.name);
      const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')) as Expected;
      return { name: d.name, url: expected.url ?? `http://news.qingdu.test/${d.name}/`, html: fs.readFileSync(path.join(dir, 'source.html'), 'utf8'), expected };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function corpusPages(): { name: string; url: string; html: string }[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORPUS, d.name, 'source.html')))
    .map((d) => ({ name: d.name, url: `http://corpus.qingdu.test/${d.name}/`, html: fs.readFileSync(path.join(CORPUS, d.name, 'source.html'), 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Problems with the cleaned page against its expectations: [] when it matches exactly. */
export function checkPage(page: Page, expected: Expected): Promise<string[]> {
  return page.evaluate((exp) => {
    const problems: string[] = [];
    const describe = (el: Element) => `<${el.localName}${el.id ? '#' + el.id : ''}${el.getAttribute('data-fx') ? ` data-fx=${el.getAttribute('data-fx')}` : ''}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}"`;
    const want = new Map<Element, string>();
    for (const m of exp.marked) {
      const els = document.querySelectorAll(m.selector);
      if (els.length !== 1) problems.push(`selector ${m.selector} matches ${els.length} elements`);
      else want.set(els[0]!, m.reason);
    }
    for (const w of exp.wrapped ?? []) {
      const within = document.querySelector(w.within);
      const hit = within && [...within.querySelectorAll('[data-qingdu-spam]')].find((e) => (e.textContent ?? '').includes(w.text));
      if (!hit) problems.push(`no marked wrapper with "${w.text}" inside ${w.within}`);
      else want.set(hit, w.reason);
    }
    for (const el of document.querySelectorAll('[data-qingdu-spam]')) {
      const reason = el.getAttribute('data-qingdu-spam');
      if (!want.has(el)) problems.push(`marked but legitimate (or not outermost): ${describe(el)} as ${reason}`);
      else if (want.get(el) !== reason) problems.push(`reason ${reason}, expected ${want.get(el)}: ${describe(el)}`);
    }
    for (const [el, reason] of want) if (!el.hasAttribute('data-qingdu-spam')) problems.push(`missed (${reason}): ${describe(el)}`);
    const text = document.body.innerText;
    for (const s of exp.visibleMustInclude ?? []) if (!text.includes(s)) problems.push(`visible text lost: "${s}"`);
    for (const s of exp.visibleMustExclude ?? []) if (text.includes(s)) problems.push(`spam still visible: "${s}"`);
    if (exp.title !== undefined && document.title !== exp.title) problems.push(`title is "${document.title}", expected "${exp.title}"`);
    return problems;
  }, expected);
}

/** Opens a fixture and waits until it matches (spam written by scripts arrives late), up to `timeoutMs`. */
export async function runFixture(h: Harness, f: Fixture, timeoutMs = 4000): Promise<{ page: Page; problems: string[] }> {
  h.serve(f.url, f.html);
  const page = await h.context.newPage();
  await page.goto(f.url, { referer: f.expected.referrer, waitUntil: 'load' });
  const isTrap = f.expected.marked.length === 0 && !f.expected.wrapped?.length;
  // A trap is only clean once its late scripts have had their chance to trip the cleaner.
  await page.waitForTimeout(isTrap ? 1600 : 150);
  const deadline = Date.now() + timeoutMs;
  let problems = await checkPage(page, f.expected);
  while (problems.length && Date.now() < deadline) {
    await page.waitForTimeout(200);
    problems = await checkPage(page, f.expected);
  }
  if (!problems.length) {
    await page.waitForTimeout(300); // still right a moment later (no late false positive)
    problems = await checkPage(page, f.expected);
  }
  return { page, problems };
}
