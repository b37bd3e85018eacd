/** HTML the demo renders itself (scripts/demo.ts): the browser-like bar framed around each
 * screenshot, and the stand-in for the spam site a search redirect sends readers to. */

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const FONT = `"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif`;

export type Shot = 'before' | 'after' | 'reveal';

const BADGES: Record<Shot, { text: string; color: string }> = {
  before: { text: 'BEFORE · 没有清读', color: '#6b6b6b' },
  after: { text: 'AFTER · 装了清读', color: '#1e7d32' },
  reveal: { text: 'REVEAL · 显示已隐藏的内容', color: '#c62828' },
};

/** A page screenshot (PNG) under a bar that shows what a screenshot can't: the tab title and the
 * address (a hijacked title, a redirect), with which run it is. */
export function framePage(o: { png: Buffer; width: number; shot: Shot; title: string; url: string; note: string }): string {
  const badge = BADGES[o.shot];
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
  body { margin: 0; width: ${o.width}px; font: 13px/1.4 ${FONT}; background: #dee1e6; color: #202124; }
  .tabs { display: flex; align-items: flex-end; height: 34px; padding: 0 8px; }
  .tab { max-width: 520px; padding: 7px 14px; background: #fff; border-radius: 8px 8px 0 0; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .badge { margin-left: auto; align-self: center; padding: 3px 10px; border-radius: 12px; color: #fff; font-weight: 600; background: ${badge.color}; }
  .bar { display: flex; align-items: center; gap: 12px; background: #fff; padding: 6px 10px 8px; border-bottom: 1px solid #c4c7c5; }
  .url { flex: 1; padding: 4px 12px; border-radius: 14px; background: #f1f3f4; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .note { color: #5f6368; white-space: nowrap; }
  img { display: block; }
  </style></head><body>
  <div class="tabs"><div class="tab">${esc(o.title || '(无标题)')}</div><div class="badge">${esc(badge.text)}</div></div>
  <div class="bar"><div class="url">${esc(o.url)}</div>${o.note ? `<div class="note">${esc(o.note)}</div>` : ''}</div>
  <img src="data:image/png;base64,${o.png.toString('base64')}" width="${o.width}">
  </body></html>`;
}

/** Stands in for the sites' own pictures (not part of the fixtures), instead of broken-image icons. */
export const PLACEHOLDER_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="#e4e6e8"/><path d="M250 250l60-80 45 55 30-35 55 60z" fill="#c3c7cb"/><circle cx="395" cy="135" r="22" fill="#c3c7cb"/></svg>`;

/** Served (to the run without the extension only) at any address a hacked page navigates to:
 * the real spam site is never contacted. */
export function standInPage(url: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(new URL(url).host)} (垃圾网站)</title><style>
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: #2b0b0b; color: #fff; font: 18px/1.7 ${FONT}; }
  main { max-width: 760px; padding: 40px; border: 3px dashed #ff8a80; border-radius: 12px; }
  h1 { margin: 0 0 12px; font-size: 30px; color: #ff8a80; }
  code { font-size: 20px; color: #ffd54f; }
  p { margin: 10px 0; }
  .small { color: #bbb; font-size: 14px; }
  </style></head><body><main>
  <h1>读者被带走了</h1>
  <p>从百度搜索结果点开这篇新闻的读者，没有看到文章，而是被页面里注入的脚本送到了：</p>
  <p><code>${esc(url)}</code></p>
  <p class="small">A reader who clicked this article in a Baidu result was sent here by a script injected into the page.
  (Demo stand-in: the real spam site is never contacted.)</p>
  </main></body></html>`;
}
