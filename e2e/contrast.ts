/**
 * WCAG AA contrast of a rendered extension page, measured in the page (pass this function to
 * page.evaluate; it is self-contained): every visible, enabled text against the backgrounds
 * painted under it, composited (4.5:1, or 3:1 for large text), every enabled switch's track
 * against what is around it and its thumb against the track, and the focus ring colour (--accent)
 * against the body (3:1, WCAG 1.4.11). Returns one line per failure.
 */
export function contrastFailures(): string[] {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    const m = /rgba?\(([^)]*)\)/.exec(c);
    if (!m) throw new Error(`unexpected colour ${c}`);
    const [r = 0, g = 0, b = 0, a = 1] = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = (top: RGBA, under: RGBA): RGBA => [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])).concat(1) as RGBA;
  /** What an element is painted on: the backgrounds of it and its ancestors, composited. */
  const backdrop = (el: Element | null): RGBA => {
    const layers: RGBA[] = [];
    for (let e = el; e; e = e.parentElement) layers.push(parse(getComputedStyle(e).backgroundColor));
    return layers.reduceRight<RGBA>((under, top) => over(top, under), [255, 255, 255, 1]);
  };
  const lum = ([r, g, b]: RGBA) => {
    const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
  };
  const ratio = (a: RGBA, b: RGBA) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!n.nodeValue!.trim() || !el.getClientRects().length || el.closest(':disabled, [hidden], [aria-hidden=true]')) continue;
    const s = getComputedStyle(el);
    const bg = backdrop(el);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const r = ratio(over(parse(s.color), bg), bg);
    if (r < (large ? 3 : 4.5)) out.push(`text "${n.nodeValue!.trim().slice(0, 20)}" ${r.toFixed(2)}:1`);
  }
  for (const sw of document.querySelectorAll<HTMLElement>('.switch:not(:disabled)')) {
    const track = sw.querySelector('.switch-track')!;
    const r = ratio(backdrop(track), backdrop(sw));
    if (r < 3) out.push(`switch track of "${sw.textContent}" (${sw.getAttribute('aria-checked')}) ${r.toFixed(2)}:1`);
    const thumb = ratio(backdrop(track.firstElementChild), backdrop(track));
    if (thumb < 3) out.push(`switch thumb of "${sw.textContent}" (${sw.getAttribute('aria-checked')}) ${thumb.toFixed(2)}:1`);
  }
  const ring = parse(getComputedStyle(document.documentElement).getPropertyValue('--accent').trim().replace(/^#(..)(..)(..)$/, (_, r, g, b) => `rgb(${parseInt(r, 16)}, ${parseInt(g, 16)}, ${parseInt(b, 16)})`));
  const r = ratio(ring, backdrop(document.body));
  if (r < 3) out.push(`focus ring ${r.toFixed(2)}:1`);
  return out;
}
