import type { ScanContext } from './types';

/** A set of names written as one space-separated string (fewer bytes in the content script than
 * an array of quoted strings). */
export const nameSet = (names: string): ReadonlySet<string> => new Set(names.split(' '));

/** The elements matching `selector` in the scan's scope: the whole document, or only the roots
 * a mutation added (each root itself included). An array filled by an indexed loop: on a
 * 10,000-link page a generator costs as much as the reads of each link. */
export function inScope(ctx: Pick<ScanContext, 'doc' | 'roots'>, selector: string): Element[] {
  const out: Element[] = [];
  for (const root of ctx.roots ?? [ctx.doc.documentElement]) {
    if (root.matches(selector)) out.push(root);
    const all = root.querySelectorAll(selector);
    for (let i = 0; i < all.length; i++) out.push(all[i]!);
  }
  return out;
}
