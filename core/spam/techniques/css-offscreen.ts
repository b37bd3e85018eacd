import { px } from '../style-env';
import type { HidingTechnique } from '../types';

/** Tunable: a box pushed this far past the page edge is off-screen on purpose (injections use
 * -999…-9999px; layout tricks like slide-in menus stay within a screen width). */
const OFFSCREEN_PX = -500;
/** Tunable: text-indent beyond this pushes the text out of its box, off the page's left edge. */
const INDENT_PX = -999;

/**
 * position:absolute|fixed with left/top around -999…-9999px (or relative, which moves the box as
 * far), a huge negative margin, or text-indent:-9999px, which sends the text off the left edge
 * (SPAM-PATTERNS.md "Off-screen boxes"; YuanZhao special_hiding_detector.py `position_offscreen`;
 * aljcscan rules.txt `text-indent`).
 */
export const cssOffscreen: HidingTechnique = {
  id: 'css-offscreen',
  kind: 'hiding',
  test(el, env) {
    const cs = env.style(el);
    const positioned = cs.position === 'absolute' || cs.position === 'fixed';
    if ((positioned || cs.position === 'relative') && (px(cs.left) <= OFFSCREEN_PX || px(cs.top) <= OFFSCREEN_PX)) return 1;
    if (positioned) {
      if (px(cs.right) >= -OFFSCREEN_PX * 10 || px(cs.bottom) >= -OFFSCREEN_PX * 10) return 1;
    }
    if (px(cs.marginLeft) <= OFFSCREEN_PX * 2 || px(cs.marginTop) <= OFFSCREEN_PX * 2) return 1;
    if (env.hasLayout && positioned) {
      const r = el.getBoundingClientRect();
      const win = el.ownerDocument.defaultView;
      const scrollY = win ? win.scrollY : 0;
      const scrollX = win ? win.scrollX : 0;
      if (r.width + r.height > 0 && (r.right + scrollX < 0 || r.bottom + scrollY < 0)) return 1;
    }
    // (Inherited: the text of every descendant goes with it.)
    return px(cs.textIndent) <= INDENT_PX ? 2 : 0;
  },
};
