import { inScope } from '../scope';
import type { DocumentTechnique, Finding } from '../types';
import { scoreText } from '../vocab';

/** Tunable: a frame this small (px) shows nothing. */
const MAX_PX = 2;
const size = (v: string | null) => (v && /^\s*\d+/.test(v) ? parseInt(v, 10) : NaN);

/**
 * A 0×0 or hidden <iframe> loading a spam site (SPAM-PATTERNS.md "a 0×0 or hidden <iframe>").
 * Tag managers and analytics use invisible frames too, so the frame's host must look like spam
 * (cheap TLD, random name, gambling token) or its URL/title carry spam words.
 */
export const iframeHidden: DocumentTechnique = {
  id: 'iframe-hidden',
  kind: 'document',
  detect(ctx) {
    const out: Finding[] = [];
    for (const f of inScope(ctx, 'iframe, frame')) {
      if (ctx.isHandled(f)) continue;
      const src = f.getAttribute('src') ?? '';
      const host = ctx.hostAt(src);
      if (!host.offsite) continue;
      const words = scoreText(decodeURIComponentSafe(src) + ' ' + (f.getAttribute('title') ?? '')).score;
      // Any spam evidence in the host: a random-looking name (hg0088-vip.com) is no widget's.
      if (host.score < 1 && words < 3) continue;
      const cs = ctx.env.style(f);
      const tiny =
        size(f.getAttribute('width')) <= MAX_PX || size(f.getAttribute('height')) <= MAX_PX ||
        cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) === 0 ||
        (ctx.env.hasLayout && ((r: DOMRect) => r.width <= MAX_PX || r.height <= MAX_PX)(f.getBoundingClientRect()));
      if (tiny) out.push({ reason: 'iframe-hidden', element: f, detail: `invisible frame loading ${host.domain}`, links: [{ href: src, text: '' }] });
    }
    return out;
  },
};

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
