/** The serializable report of what the cleaner hid on a page: what the badge counts and the
 * popup lists. */
import { nameSet } from './scope';
import type { Finding, TechniqueId } from './types';

export interface ReportItem {
  id: number;
  reason: TechniqueId;
  detail: string;
  /** Where in the page: a CSS path from <body> with :nth-of-type, to find the element again
   * (the wrapper's parent for wrapped text). Not worked out by the cleaner (it runs on every page):
   * the evidence export asks the tab for it (entrypoints/where.ts, placeOf, withPlaces). */
  where?: string;
  /** The first characters of the hidden text. */
  sample: string;
  links: { href: string; text: string }[];
  /** How many links the finding had (`links` keeps the first MAX_LINKS). */
  linkCount?: number;
  /** A recognisable place in the page, when there is one (evidence report; as `where`). */
  placement?: Placement;
}

/** head: in <head>. body-start / body-end: a direct child of <body> before / after the page's
 * containers (content written after </html> is moved by the parser to the end of <body>). */
export type Placement = 'head' | 'body-start' | 'body-end' | 'footer';

export interface PageReport {
  url: string;
  count: number;
  items: ReportItem[];
}

/** Tunables: how much of each item the report keeps (the popup shows a line; reports stay small). */
const MAX_SAMPLE = 80;
const MAX_LINKS = 50;

const MAX_PATH = 12;
const SIMPLE_CLASS = /^[A-Za-z_][\w-]*$/;
const FOOTER = /foot|copyright|banquan/i;
const INERT = nameSet('script style link meta noscript template');
const CONTAINER = 'div, p, ul, ol, table, section, article, header, footer, nav, main, form';

/** How many of `el`'s earlier siblings pass `test`. */
function before(el: Element, test: (c: Element) => boolean): number {
  let n = 0;
  for (let c = el.previousElementSibling; c; c = c.previousElementSibling) if (test(c)) n++;
  return n;
}

export function cssPath(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && e.localName !== 'html'; e = e.parentElement) {
    let s = e.localName;
    const cls = typeof e.className === 'string' ? e.className.trim().split(/\s+/)[0] : '';
    if (cls && SIMPLE_CLASS.test(cls)) s += `.${cls}`;
    if (e.parentElement && e.localName !== 'body' && e.localName !== 'head') {
      // Sibling walks, not arrays of the parent's children (a 20 MB page's <body> has 90,000).
      const n = before(e, (c) => c.localName === e!.localName);
      let other = n > 0;
      for (let c = e.nextElementSibling; c && !other; c = c.nextElementSibling) other = c.localName === e.localName;
      if (other) s += `:nth-of-type(${n + 1})`;
    }
    parts.unshift(s);
  }
  return (parts.length > MAX_PATH ? ['…', ...parts.slice(-MAX_PATH)] : parts).join(' > ');
}

export function placementOf(el: Element): Placement | undefined {
  if (el.closest('head')) return 'head';
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement) {
    if (e.localName === 'footer' || FOOTER.test(e.id) || (typeof e.className === 'string' && FOOTER.test(e.className))) return 'footer';
    // A page's own wrapper around the finding is not "at the start/end of <body>".
    if (e.parentElement?.localName !== 'body' || (e !== el && e.querySelector(CONTAINER))) continue;
    // Earlier findings are already marked (dom/mark.ts ATTR; core does not import dom).
    let start = true;
    for (let c = e.previousElementSibling; c && start; c = c.previousElementSibling) start = INERT.has(c.localName) || c.hasAttribute('data-qingdu-spam');
    if (start) return 'body-start';
    // No later sibling holds a container: one native query (a per-sibling one reads every element
    // after the finding: 100 ms on a 100,000-link page).
    const later = `:scope > :nth-child(n+${before(e, () => true) + 2})${[...INERT].map((t) => `:not(${t})`).join('')}`;
    if (!e.parentElement.querySelector(CONTAINER.split(', ').map((c) => `${later} ${c}`).join(', '))) return 'body-end';
  }
  return undefined;
}

export function toReportItem(f: Finding, id: number, marked: Element): ReportItem {
  // `marked` is the wrapper span for wrapped text: its text is the spam run.
  const text = f.element.localName === 'title' || f.element.localName === 'meta' ? f.detail : (marked.textContent ?? '');
  return {
    id,
    reason: f.reason,
    detail: f.detail,
    sample: text.replace(/\s+/g, ' ').trim().slice(0, MAX_SAMPLE),
    links: f.links.slice(0, MAX_LINKS),
    linkCount: f.links.length,
  };
}

/** Where an item's element is: its path (a wrapped text's: the wrapper's parent, `at`) and its
 * place (the element marked). */
export interface Place {
  where: string;
  placement: Placement | null;
}

export const placeOf = (marked: Element, at: Element): Place => ({ where: cssPath(at), placement: placementOf(marked) ?? null });

/** The items with their places (by position; none when the tab's list is not the same length). */
export const withPlaces = (items: readonly ReportItem[], places: readonly Place[] | null | undefined): ReportItem[] =>
  places?.length === items.length ? items.map((it, i) => ({ ...it, where: places[i]!.where, placement: places[i]!.placement ?? undefined })) : [...items];
