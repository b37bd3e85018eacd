import { inScope } from '../scope';
import type { DocumentTechnique, Finding } from '../types';
import { isStrong, scoreText } from '../vocab';

const HREF = /<a\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/gi;
const TAGS = /<[^>]*>/g;

/**
 * Spam links inside <noscript>: invisible to visitors with scripting on, read by crawlers and by
 * reading views (SPAM-PATTERNS.md "Links inside <noscript>"). With scripting on the contents are
 * raw text, so the links are read from it; with scripting off they are real elements.
 */
export const noscriptLinks: DocumentTechnique = {
  id: 'noscript-links',
  kind: 'document',
  detect(ctx) {
    const out: Finding[] = [];
    for (const ns of inScope(ctx, 'noscript')) {
      if (ctx.isHandled(ns)) continue;
      const raw = ns.children.length ? ns.innerHTML : (ns.textContent ?? '');
      const links: { href: string; text: string }[] = [];
      let domainScore = 0;
      HREF.lastIndex = 0;
      for (let m = HREF.exec(raw); m; m = HREF.exec(raw)) {
        const href = m[1] ?? '';
        const h = ctx.hostAt(href);
        domainScore += h.score;
        links.push({ href, text: '' });
      }
      if (links.length === 0) continue;
      const words = scoreText(raw.replace(TAGS, ' '));
      if (isStrong(words) || domainScore >= 3) {
        out.push({ reason: 'noscript-links', element: ns, detail: `${links.length} link${links.length > 1 ? 's' : ''} inside <noscript>`, links });
      }
    }
    return out;
  },
};
