import { inScope, nameSet } from '../scope';
import type { DocumentTechnique, Finding } from '../types';

/** Tunables: a random id repeats at least this often; it looks machine-made (letters and digits). */
const MIN_REPEATS = 3;
const RANDOM_ID = /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{4,10}$/i;
/** Elements that are never junk wrappers. */
const NEVER = nameSet('html head body script style link meta img input iframe video audio canvas svg br hr');

/**
 * Empty tags sharing one random id — `<noscript id="lnez7">`, `<blockquote id="lnez7"><pre
 * id="lnez7">` — that spider-pool (蜘蛛池) templates scatter through a page (the seed page,
 * SPAM-PATTERNS.md "Empty junk tags with one random id"). Only empty ones are marked: a junk
 * wrapper around the real article is the article.
 */
export const junkTags: DocumentTechnique = {
  id: 'junk-tags',
  kind: 'document',
  detect(ctx) {
    const byId = new Map<string, Element[]>();
    for (const el of inScope(ctx, '[id]')) {
      const id = el.id;
      let list = byId.get(id);
      if (!list) byId.set(id, (list = []));
      list.push(el);
    }
    const findings: Finding[] = [];
    for (const [id, els] of byId) {
      // On the whole page an id seen fewer than MIN_REPEATS times is out before any regex.
      if (!ctx.roots && els.length < MIN_REPEATS) continue;
      if (!RANDOM_ID.test(id)) continue;
      if (ctx.roots) els.push(...[...ctx.doc.querySelectorAll(`[id="${id}"]`)].filter((e) => !els.includes(e)));
      if (els.length < MIN_REPEATS) continue;
      const isJunk = (el: Element) =>
        !NEVER.has(el.localName) && (el.textContent ?? '').trim() === '' && [...el.querySelectorAll('*')].every((c) => c.id === id);
      const junk = els.filter(isJunk);
      if (junk.length < MIN_REPEATS) continue;
      for (const el of junk) {
        if (ctx.isHandled(el)) continue;
        const parent = el.parentElement;
        if (parent && parent.id === id && isJunk(parent)) continue; // the outer one is marked
        findings.push({ reason: 'junk-tags', element: el, detail: `empty <${el.localName} id="${id}"> (${els.length} tags share this id)`, links: [] });
      }
    }
    return findings;
  },
};
