/** Parses computed colours: rgb()/rgba() (what getComputedStyle returns), #hex and a few names
 * (what jsdom may return). Returns [r,g,b,a] or null. */
const NAMED: Record<string, [number, number, number, number]> = {
  white: [255, 255, 255, 1],
  black: [0, 0, 0, 1],
  transparent: [0, 0, 0, 0],
  red: [255, 0, 0, 1],
};

export function parseColor(v: string): [number, number, number, number] | null {
  const s = v.trim().toLowerCase();
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(s);
  if (m) {
    let a = m[4] === undefined ? 1 : parseFloat(m[4]);
    if (m[4]?.endsWith('%')) a /= 100;
    return [parseFloat(m[1] ?? '0'), parseFloat(m[2] ?? '0'), parseFloat(m[3] ?? '0'), a];
  }
  const h = /^#([0-9a-f]{3,8})$/.exec(s)?.[1];
  if (h) {
    const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
    const n = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [n(0), n(2), n(4), full.length === 8 ? n(6) / 255 : 1];
  }
  return NAMED[s] ?? null;
}
