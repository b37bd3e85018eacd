import type { HidingTechnique } from '../types';

/** Tunable: a marquee this small (px) shows no readable text. */
const MAX_PX = 5;

const size = (v: string | null): number => (v && /^\d+(?:px)?$/.test(v.trim()) ? parseInt(v, 10) : NaN);

/**
 * A 1×1 <marquee> full of links (SPAM-PATTERNS.md "A 1×1 <marquee>"). Government announcement
 * tickers are marquees too, at readable sizes: only the size makes this one a hiding place.
 */
export const marqueeTiny: HidingTechnique = {
  id: 'marquee-tiny',
  kind: 'hiding',
  test(el, env) {
    if (el.localName !== 'marquee') return 0;
    if (size(el.getAttribute('width')) <= MAX_PX || size(el.getAttribute('height')) <= MAX_PX) return 1;
    const cs = env.style(el);
    if (parseFloat(cs.width) <= MAX_PX || parseFloat(cs.height) <= MAX_PX) return 1;
    return 0;
  },
};
