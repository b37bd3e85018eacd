import type { HidingTechnique } from '../types';

/**
 * A positioned block with a negative z-index, painted behind the page's opaque content
 * (SPAM-PATTERNS.md "z-index:-1 behind other content"). Decorative layers use it too, but they
 * carry no spam links, and only blocks that do are ever tested.
 */
export const cssBehind: HidingTechnique = {
  id: 'css-behind',
  kind: 'hiding',
  test(el, env) {
    const cs = env.style(el);
    if (cs.position === 'static') return 0;
    const z = parseInt(cs.zIndex, 10);
    return !Number.isNaN(z) && z < 0 ? 1 : 0;
  },
};
