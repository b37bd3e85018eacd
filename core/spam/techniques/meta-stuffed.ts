import type { DocumentTechnique, Finding } from '../types';
import { pageHeadline } from '../headline';
import { isStuffed, mentionsSpam } from '../vocab';

const META = 'meta[name="description" i], meta[name="keywords" i], meta[property="og:description"], meta[property="og:title"], meta[name="twitter:description" i]';

/**
 * <meta name=keywords|description> stuffed with spam; it leaks into reading views as the excerpt
 * (SPAM-PATTERNS.md "Stuffed <meta>"). Marked so nothing of ours shows it.
 */
export const metaStuffed: DocumentTechnique = {
  id: 'meta-stuffed',
  kind: 'document',
  detect(ctx) {
    if (ctx.roots) return [];
    const out: Finding[] = [];
    for (const el of ctx.doc.querySelectorAll(META)) {
      const content = el.getAttribute('content') ?? '';
      if (!ctx.isHandled(el) && isStuffed(content)) {
        out.push({ reason: 'meta-stuffed', element: el, detail: `${el.getAttribute('name') ?? el.getAttribute('property')}: "${content.slice(0, 80)}"`, links: [] });
      }
    }
    // A page whose own headline is about casinos or lotteries describes itself with those words
    // (read only when some meta is stuffed: it costs the <h1>'s and <h2>'s text).
    if (out.length && mentionsSpam(pageHeadline(ctx.doc))) return [];
    return out;
  },
};
