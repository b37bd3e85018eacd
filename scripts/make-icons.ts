/**
 * Renders the toolbar icons from one SVG design in headless Chromium, so the set is reproducible:
 *
 *   npx tsx scripts/make-icons.ts            writes public/icon/{16,32,48,128}.png (active, jade)
 *                                            and public/icon/off/{…}.png (cleanup off: grey)
 *   npx tsx scripts/make-icons.ts --preview  also writes demo/icons-preview.png: every icon at its
 *                                            real size on a light and a dark toolbar, and 4× zoomed
 *
 * The design: an open book (读, reading) with a leaf rising from its spine (清, clear/fresh) in
 * white on a rounded square. The 16 px icon drops the lines of text, which would only blur.
 * core/toolbar-icon.ts names these paths; core/toolbar-icon.test.ts checks the files and sizes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, ROOT } from '../e2e/harness';
import { ICON_SIZES } from '../core/toolbar-icon';

/** Jade for "Qingdu is cleaning this site", a neutral grey for "off for this site" (the
 * toolbar convention for a disabled extension, e.g. uBlock Origin's grey icon). */
const PALETTES = {
  active: { bg: '#1f8a66', bgEdge: '#17724f', ink: '#1f8a66' },
  off: { bg: '#8e959c', bgEdge: '#79808a', ink: '#8e959c' },
} as const;
type Palette = (typeof PALETTES)[keyof typeof PALETTES];

function svg(size: number, p: Palette): string {
  const small = size < 24;
  const spine = small ? 2 : 0;
  // Lines of text on the pages, only where there are pixels enough to show them.
  const lines = small
    ? ''
    : `<g stroke="${p.ink}" stroke-width="4" stroke-linecap="round" opacity="0.55">
        <path d="M30 64c8-1.6 16-1 24 1.6M30 75c8-1.6 16-1 24 1.6M74 66.6c8-2.6 16-3.2 24-1.6M74 77.6c8-2.6 16-3.2 24-1.6"/>
      </g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.bg}"/><stop offset="1" stop-color="${p.bgEdge}"/></linearGradient></defs>
  <rect x="4" y="4" width="120" height="120" rx="28" fill="url(#g)"/>
  <!-- the leaf: from the spine up and to the right, with its midrib (at 16 px: larger, no rib) -->
  <path d="M64 50C58 34 66 18 90 12C94 34 84 48 64 50Z" fill="#fff" ${small ? 'transform="translate(64 52) scale(1.25) translate(-64 -52)"' : ''}/>
  ${small ? '' : `<path d="M66 46C70 36 76 28 84 21" stroke="${p.ink}" stroke-width="3.5" stroke-linecap="round" fill="none"/>`}
  <!-- the open book: two pages curving down into the spine (at 16 px a wider spine, or it blurs shut) -->
  <path d="M${61 - spine} 56C49 48 35 46 18 48V98C35 96 49 98 ${61 - spine} 106Z" fill="#fff"/>
  <path d="M${67 + spine} 56C79 48 93 46 110 48V98C93 96 79 98 ${67 + spine} 106Z" fill="#fff"/>
  ${lines}
</svg>`;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
const page = await browser.newPage();
const dirs = { active: path.join(ROOT, 'public/icon'), off: path.join(ROOT, 'public/icon/off') };
for (const [state, dir] of Object.entries(dirs) as [keyof typeof PALETTES, string][]) {
  fs.mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg(size, PALETTES[state])}`);
    await page.screenshot({ path: path.join(dir, `${size}.png`), omitBackground: true });
  }
}
console.log('icons written to', dirs.active, 'and', dirs.off);

if (process.argv.includes('--preview')) {
  // Each icon at 1× (as the toolbar shows it at 16, or 32 on a 2× screen) and at 4× to inspect.
  const img = (state: string, size: number, zoom: number) =>
    `<img src="data:image/png;base64,${fs.readFileSync(path.join(dirs[state as keyof typeof dirs], `${size}.png`)).toString('base64')}" width="${size * zoom}" height="${size * zoom}" style="image-rendering:pixelated">`;
  const row = (zoom: number) => ICON_SIZES.map((s) => `${img('active', s, zoom)} ${img('off', s, zoom)}`).join(' ');
  const bar = (bg: string) => `<div style="background:${bg};padding:8px;display:flex;gap:8px;align-items:center">${row(1)}</div>`;
  await page.setViewportSize({ width: 1100, height: 760 });
  await page.setContent(`<body style="margin:0;font:12px sans-serif">${bar('#f1f3f4')}${bar('#35363a')}<div style="padding:8px;display:flex;gap:8px;align-items:end;flex-wrap:wrap">${ICON_SIZES.filter((s) => s <= 48)
    .map((s) => `${img('active', s, 4)}${img('off', s, 4)}`)
    .join('')}</div></body>`);
  const out = path.join(ROOT, 'demo/icons-preview.png');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log('preview:', out);
}
await browser.close();
