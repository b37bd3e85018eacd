import type { HidingTechnique } from '../types';

/** Tunable: opacity at or below this is invisible to a reader. */
const MAX_OPACITY = 0.05;

/**
 * display:none, the `hidden` attribute, opacity:0, visibility:hidden — the classic 暗链 wrappers
 * (SPAM-PATTERNS.md "Hiding"; DarkLinkScaner rules.txt `display:none`, `visibility:hidden`).
 * visibility is inherited (a child can set it back to visible), so it must hold on the spam itself.
 */
export const cssHidden: HidingTechnique = {
  id: 'css-hidden',
  kind: 'hiding',
  test(el, env) {
    if (el.hasAttribute('hidden')) return 1;
    const cs = env.style(el);
    if (cs.display === 'none') return 1;
    const opacity = parseFloat(cs.opacity);
    if (!Number.isNaN(opacity) && opacity <= MAX_OPACITY) return 1;
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return 2;
    return 0;
  },
};
