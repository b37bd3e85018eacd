/** Cached computed-style access for one scan (each getComputedStyle call costs a style lookup). */
import { parseColor } from './color';
import type { StyleEnv } from './types';

/** A computed length in pixels; NaN for anything else (auto, %, em). */
export const px = (v: string): number => (v.endsWith('px') ? parseFloat(v) : NaN);

const WHITE: [number, number, number] = [255, 255, 255];

export function createStyleEnv(doc: Document): StyleEnv {
  const win = doc.defaultView;
  const styles = new Map<Element, CSSStyleDeclaration>();
  const backgrounds = new Map<Element, [number, number, number] | null>();
  // jsdom has no layout engine: every box measures 0×0 there.
  const hasLayout = !!win && !/jsdom/i.test(win.navigator.userAgent);

  let first = true;
  const style = (el: Element): CSSStyleDeclaration => {
    let cs = styles.get(el);
    if (!cs) {
      if (first && hasLayout) {
        // The first computed-style read makes the browser compute style and layout for the whole
        // page, work it does for its first paint anyway. Done here on its own, it is measured
        // apart from the cleaner's own time (`npm run bench` reports both).
        first = false;
        const perf = win!.performance;
        const t0 = perf.now();
        doc.documentElement.getBoundingClientRect();
        perf.measure?.('qingdu:style-layout', { start: t0, end: perf.now() });
      }
      cs = win!.getComputedStyle(el);
      styles.set(el, cs);
    }
    return cs;
  };

  const background = (el: Element): [number, number, number] | null => {
    if (backgrounds.has(el)) return backgrounds.get(el)!;
    const cs = style(el);
    let result: [number, number, number] | null;
    const c = parseColor(cs.backgroundColor);
    const image = !!cs.backgroundImage && cs.backgroundImage !== 'none';
    // An image with an opaque colour behind it (`#fff url(top.png) repeat-x top`, old portals'
    // header strip) mostly shows the colour; an image alone is unknown.
    if (c && c[3] > 0.9) result = [c[0], c[1], c[2]];
    else if (image) result = null;
    else if (el.parentElement) result = background(el.parentElement);
    else result = WHITE; // the canvas default
    backgrounds.set(el, result);
    return result;
  };

  return { style, background, hasLayout };
}
