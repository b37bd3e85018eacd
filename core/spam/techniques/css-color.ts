import type { HidingTechnique } from '../types';
import { parseColor } from '../color';

/** Tunable: summed RGB distance below which text is unreadable on its background. */
const MAX_DISTANCE = 24;

/**
 * Text in the background colour (white on white, #fefefe on #fff), or fully transparent text
 * (SPAM-PATTERNS.md "Text in the background colour"; DarkLinkScaner rules.txt `color:#fff`).
 * Colour is inherited, so it must hold on the spam link itself, where the page's own CSS may
 * already have set a visible colour.
 */
export const cssColor: HidingTechnique = {
  id: 'css-color',
  kind: 'hiding',
  test(el, env) {
    const fg = parseColor(env.style(el).color);
    if (!fg) return 0;
    if (fg[3] === 0) return 2;
    const bg = env.background(el);
    if (!bg) return 0;
    const d = Math.abs(fg[0] - bg[0]) + Math.abs(fg[1] - bg[1]) + Math.abs(fg[2] - bg[2]);
    return d < MAX_DISTANCE ? 2 : 0;
  },
};
