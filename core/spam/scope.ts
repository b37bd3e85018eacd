import type { ScanContext } from './types';

/** The elements matching `selector` in the scan's scope: the whole document, or only the roots
 * a mutation added (each root itself included). */
export function* inScope(ctx: Pick<ScanContext, 'doc' | 'roots'>, selector: string): Generator<Element> {
  for (const root of ctx.roots ?? [ctx.doc.documentElement]) {
    if (root.matches(selector)) yield root;
    yield* root.querySelectorAll(selector);
  }
}
