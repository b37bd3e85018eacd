/** The serializable report of what the cleaner hid on a page: what the badge counts and the
 * popup lists. */
import type { Finding, TechniqueId } from './types';

export interface ReportItem {
  id: number;
  reason: TechniqueId;
  detail: string;
  /** Where in the page: a short CSS-like path of the marked element. */
  where: string;
  /** The first characters of the hidden text. */
  sample: string;
  links: { href: string; text: string }[];
}

export interface PageReport {
  url: string;
  count: number;
  items: ReportItem[];
}

/** Tunables: how much of each item the report keeps (the popup shows a line; reports stay small). */
const MAX_SAMPLE = 80;
const MAX_LINKS = 50;

export function describeElement(el: Element): string {
  const parts: string[] = [];
  for (let e: Element | null = el; e && parts.length < 4 && e.localName !== 'html'; e = e.parentElement) {
    let s = e.localName;
    if (e.id && !/\s/.test(e.id)) s += `#${e.id}`;
    else if (typeof e.className === 'string' && e.className.trim()) s += `.${e.className.trim().split(/\s+/)[0]}`;
    parts.unshift(s);
    if (e.localName === 'body' || e.localName === 'head') break;
  }
  return parts.join(' > ');
}

export function toReportItem(f: Finding, id: number, marked: Element): ReportItem {
  // `marked` is the wrapper span for wrapped text: its text is the spam run.
  const text = f.element.localName === 'title' || f.element.localName === 'meta' ? f.detail : (marked.textContent ?? '');
  return {
    id,
    reason: f.reason,
    detail: f.detail,
    where: describeElement(marked),
    sample: text.replace(/\s+/g, ' ').trim().slice(0, MAX_SAMPLE),
    links: f.links.slice(0, MAX_LINKS),
  };
}
