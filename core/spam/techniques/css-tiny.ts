import { px } from '../style-env';
import type { HidingTechnique } from '../types';

/** Tunables: text at or below MAX_FONT_PX cannot be read; a box at or below MAX_BOX_PX that clips
 * its overflow shows nothing. */
const MAX_FONT_PX = 1;
const MAX_BOX_PX = 1;

const clips = (v: string) => v === 'hidden' || v === 'clip';
/** clip:rect(…) whose box is at most 1px either way. */
function tinyClipRect(clip: string): boolean {
  const m = /^rect\(([^)]*)\)$/.exec(clip);
  if (!m) return false;
  const n = (m[1] ?? '').split(/[\s,]+/).map((s) => parseFloat(s) || 0);
  if (n.length !== 4) return false;
  const [top, right, bottom, left] = n as [number, number, number, number];
  return bottom - top <= MAX_BOX_PX || right - left <= MAX_BOX_PX;
}
/** clip-path that leaves nothing: inset(50%)+, circle(0), a degenerate polygon. */
function emptyClipPath(v: string): boolean {
  if (!v || v === 'none') return false;
  const inset = /^inset\((\d+(?:\.\d+)?)%/.exec(v);
  if (inset) return parseFloat(inset[1] ?? '0') >= 50;
  if (/^(?:circle|ellipse)\(0(?:px)?[\s)]/.test(v)) return true;
  const poly = /^polygon\((.*)\)$/.exec(v);
  return !!poly && new Set((poly[1] ?? '').split(',').map((p) => p.trim())).size <= 1;
}

/**
 * Boxes too small to show their text: font-size:0/1px, height:0 + overflow:hidden, a 1px box with
 * clip:rect(0,0,0,0) or clip-path, transform:scale(0)
 * (SPAM-PATTERNS.md "Hiding"; aljcscan rules.txt `font-size:0`, `height:0`).
 * The same CSS as a `.sr-only` label: only spam content inside it makes it count.
 */
export const cssTiny: HidingTechnique = {
  id: 'css-tiny',
  kind: 'hiding',
  test(el, env) {
    const cs = env.style(el);
    const overflowClips = clips(cs.overflow) || clips(cs.overflowX) || clips(cs.overflowY);
    if (overflowClips && cs.display !== 'inline') {
      if (px(cs.height) <= MAX_BOX_PX || px(cs.width) <= MAX_BOX_PX) return 1;
      if (px(cs.maxHeight) <= MAX_BOX_PX || px(cs.maxWidth) <= MAX_BOX_PX) return 1;
    }
    if ((cs.position === 'absolute' || cs.position === 'fixed') && tinyClipRect(cs.clip)) return 1;
    if (emptyClipPath(cs.clipPath)) return 1;
    if (/^matrix\(0, 0, 0, 0,|^scale\(0\)/.test(cs.transform)) return 1;
    if (px(cs.fontSize) <= MAX_FONT_PX) return 2;
    return 0;
  },
};
