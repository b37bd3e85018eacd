/**
 * Writes the cleaner's verdicts into the page: the `data-qingdu-spam` marker (the extension's
 * stylesheet hides it), wrapper spans for spam text inside legitimate elements, the real title.
 * Everything written can be undone exactly (cleanup turned off for the site).
 */
import { toReportItem, type ReportItem } from '../core/spam/report';
import type { Finding } from '../core/spam/types';

export const ATTR = 'data-qingdu-spam';
export const WRAPPER_ATTR = 'data-qingdu-wrap';

interface Wrap {
  span: HTMLElement;
  before: Text;
  after: Text;
}

export class Marker {
  readonly items: ReportItem[] = [];
  /** Per item, [the element marked, the element its path names] (the evidence export's places:
   * entrypoints/where.ts). */
  readonly located: [Element, Element][] = [];
  private marked: Element[] = [];
  private wraps: Wrap[] = [];
  private originalTitle: string | null = null;
  private nextId = 1;

  constructor(private readonly doc: Document) {}

  get count(): number {
    return this.items.length;
  }

  /** Applies findings (reads were all done by the scan: this only writes). */
  apply(findings: Finding[]): ReportItem[] {
    const added: ReportItem[] = [];
    // Wraps in one text node go right to left so earlier offsets stay valid.
    const ordered = [...findings].sort((a, b) => (a.wrap && b.wrap && a.wrap.node === b.wrap.node ? b.wrap.start - a.wrap.start : 0));
    for (const f of ordered) {
      let target: Element | null;
      if (f.wrap) target = this.wrap(f);
      else if (f.element.hasAttribute(ATTR) && f.reason !== 'title-hijack') target = null;
      else target = f.element;
      if (!target) continue;
      if (f.reason === 'title-hijack') {
        if (this.originalTitle === null) this.originalTitle = this.doc.title;
        const real = f.realTitle ?? '';
        if (this.doc.title !== real) this.doc.title = real;
        if (target.hasAttribute(ATTR)) continue;
      }
      target.setAttribute(ATTR, f.reason);
      this.marked.push(target);
      const item = toReportItem(f, this.nextId++, target);
      this.items.push(item);
      this.located.push([target, f.wrap ? f.element : target]);
      added.push(item);
    }
    return added;
  }

  private wrap(f: Finding): Element | null {
    const { node, start, end } = f.wrap!;
    if (!node.parentNode || end > node.data.length || start >= end) return null;
    const after = node.splitText(end);
    const middle = node.splitText(start);
    const span = this.doc.createElement('span');
    span.setAttribute(WRAPPER_ATTR, '');
    middle.replaceWith(span);
    span.append(middle);
    this.wraps.push({ span, before: node, after });
    return span;
  }

  /** Removes every trace: markers, wrappers (text re-joined exactly), the original title. */
  undo(): void {
    for (const el of this.marked) el.removeAttribute(ATTR);
    for (const w of this.wraps.reverse()) {
      const text = w.span.textContent ?? '';
      if (w.span.parentNode && w.before.parentNode === w.span.parentNode) {
        w.before.data += text + (w.after.parentNode === w.span.parentNode ? w.after.data : '');
        if (w.after.parentNode === w.span.parentNode) w.after.remove();
        w.span.remove();
      } else w.span.replaceWith(...w.span.childNodes);
    }
    if (this.originalTitle !== null) this.doc.title = this.originalTitle;
    this.marked = [];
    this.wraps = [];
    this.items.length = 0;
    this.located.length = 0;
    this.originalTitle = null;
  }
}
