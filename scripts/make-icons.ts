/**
 * Renders the toolbar icon (public/icon/{16,32,48,128}.png) from one SVG in headless Chromium, so
 * the icon set is reproducible: npx tsx scripts/make-icons.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, FLAGS, ROOT } from '../e2e/harness';

const svg = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#b3261e"/>
  <path d="M28 34h72M28 54h72M28 74h44" stroke="#fff" stroke-width="10" stroke-linecap="round" opacity="0.95"/>
  <circle cx="92" cy="90" r="22" fill="#fff"/>
  <path d="M81 90l8 8 15-16" stroke="#b3261e" stroke-width="8" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
const page = await browser.newPage();
const out = path.join(ROOT, 'public/icon');
fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size)}`);
  await page.screenshot({ path: path.join(out, `${size}.png`), omitBackground: true });
}
await browser.close();
console.log('icons written to', out);
