/**
 * Test pages for the reading view's extraction (core/reader/*.test.ts): the reader fixtures
 * (tests/reader-fixtures/<case>/, FORMAT.md), the cleaner's spam fixtures with their expected
 * marks applied, and Readability's 130 test pages. jsdom documents at the page's own URL, so
 * baseURI is what the browser would have.
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const READER_FIXTURES = path.join(ROOT, 'tests/reader-fixtures');
export const SPAM_FIXTURES = path.join(ROOT, 'tests/fixtures');
export const CORPUS = path.resolve(ROOT, '../shared/corpora/readability-pages');
export const SEED = path.resolve(ROOT, '../shared/seeds/000_575520ba510e706a.txt');
/** The URL Readability's own test suite serves its pages at (test/utils.js). */
export const CORPUS_URL = 'http://fakehost/test/page.html';

export interface ReaderExpected {
  description: string;
  url: string;
  notArticle?: boolean;
  reason?: string;
  title?: string;
  firstSentence?: string;
  lastSentence?: string;
  mustInclude?: string[];
  mustExclude?: string[];
  source?: string;
  byline?: string;
  published?: string;
  siteName?: string;
  leadImage?: string;
  excerpt?: string;
  lang?: string;
  images?: number;
  tables?: number;
  imageSources?: string[];
  links?: string[];
  readabilityAlone?: { mustInclude?: string[]; mustExclude?: string[] };
}

export interface Case<E> {
  name: string;
  html: string;
  expected: E;
}

function cases<E>(dir: string): Case<E>[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'expected.json')))
    .map((d) => ({
      name: d.name,
      html: fs.readFileSync(path.join(dir, d.name, 'source.html'), 'utf8'),
      expected: JSON.parse(fs.readFileSync(path.join(dir, d.name, 'expected.json'), 'utf8')) as E,
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const readerFixtures = (): Case<ReaderExpected>[] => cases<ReaderExpected>(READER_FIXTURES);

/** A page in jsdom; its console (CSS it cannot parse, navigation it does not do) is dropped. */
export function load(html: string, url: string, runScripts = false): JSDOM {
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole(), pretendToBeVisual: true, ...(runScripts ? { runScripts: 'dangerously' as const } : {}) });
}

/** The spam fixtures' expected.json (tests/fixtures/FORMAT.md). */
export interface SpamExpected {
  description: string;
  url?: string;
  marked: { selector: string; reason: string }[];
  wrapped?: { within: string; reason: string; text: string }[];
  visibleMustInclude?: string[];
  visibleMustExclude?: string[];
  title?: string;
  /** false: the page is no article (an e-paper page's image map, a web directory); the reading
   * view says so. */
  article?: boolean;
}

export const spamFixtures = (): Case<SpamExpected>[] => cases<SpamExpected>(SPAM_FIXTURES);
export const spamUrl = (c: Case<SpamExpected>): string => c.expected.url ?? `http://news.qingdu.test/${c.name}/`;

const missing = (doc: Document, e: SpamExpected): boolean => e.marked.some((m) => doc.querySelectorAll(m.selector).length !== 1);

/**
 * A spam fixture as the cleaner leaves it. Pages whose spam is written by their own scripts
 * (document.write, a timer after load) run those scripts until every expected element exists.
 */
export async function loadSpamFixture(c: Case<SpamExpected>): Promise<JSDOM> {
  let dom = load(c.html, spamUrl(c));
  if (missing(dom.window.document, c.expected)) {
    dom.window.close();
    dom = load(c.html, spamUrl(c), true);
    const deadline = Date.now() + 4000;
    while (missing(dom.window.document, c.expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  applyMarks(dom.window.document, c.expected);
  return dom;
}

/** Where a keyword run ends: sentence punctuation, a label's colon, a closing bracket, a line. */
const RUN_STOP = /[。！？!?：:）)」』】>\n]/;

/**
 * The cleaner's marks, as its expected.json names them: `data-qingdu-spam` on each `marked`
 * element; for each `wrapped` text, the keyword run around it (up to sentence punctuation, a
 * label's colon or a closing bracket, as dom/mark.ts wraps a finding) in a marked span; and the
 * repaired title.
 */
export function applyMarks(doc: Document, e: SpamExpected): void {
  for (const m of e.marked) {
    const el = doc.querySelector(m.selector);
    if (!el) throw new Error(`no element for ${m.selector}`);
    el.setAttribute('data-qingdu-spam', m.reason);
  }
  for (const w of e.wrapped ?? []) {
    const within = doc.querySelector(w.within);
    const walker = doc.createTreeWalker(within ?? doc.body, 4 /* SHOW_TEXT */);
    let node: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n as Text).data.includes(w.text)) {
        node = n as Text;
        break;
      }
    }
    if (!node) throw new Error(`no text "${w.text}" in ${w.within}`);
    const at = node.data.indexOf(w.text);
    let start = at;
    while (start > 0 && !RUN_STOP.test(node.data[start - 1]!)) start--;
    let end = at + w.text.length;
    while (end < node.data.length && !RUN_STOP.test(node.data[end]!)) end++;
    const middle = node.splitText(start);
    middle.splitText(end - start);
    const span = doc.createElement('span');
    span.setAttribute('data-qingdu-wrap', '');
    span.setAttribute('data-qingdu-spam', w.reason);
    middle.replaceWith(span);
    span.append(middle);
  }
  // The cleaner writes the real headline into the live title when it repairs a hijack.
  if (e.title !== undefined && e.marked.some((m) => m.reason === 'title-hijack')) doc.title = e.title;
}

/** Readability's test pages, in name order ([] when the shared corpus is not checked out). */
export function corpusPages(): { name: string; html: string }[] {
  if (!fs.existsSync(CORPUS)) return [];
  return fs
    .readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(CORPUS, d.name, 'source.html')))
    .map((d) => ({ name: d.name, html: fs.readFileSync(path.join(CORPUS, d.name, 'source.html'), 'utf8') }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Whitespace-normalised text, as the corpus comparison reads it. */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
