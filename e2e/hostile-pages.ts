/**
 * Hostile pages (issue 6), generated: shared by the load e2e suite (e2e/load.e2e.test.ts) and
 * `npm run bench`'s hostile section (scripts/bench-hostile.ts). Deterministic: no randomness, the
 * same bytes every run.
 *
 * Every page carries a heartbeat: a page-side setInterval (HEARTBEAT_MS) that records the longest
 * gap between its ticks in `window.__qdHeartbeat` — a frozen tab shows as a long gap.
 */

/** Tunable: the heartbeat's period; a gap far beyond it means the main thread was blocked. */
export const HEARTBEAT_MS = 20;

/** A hidden gambling farm the cleaner marks (css-hidden): the block the storm and injector reuse. */
export const SPAM_BLOCK =
  '<div class="qd-farm" style="display:none"><a href="http://www.pj8866.xyz/">澳门葡京娱乐场</a> <a href="http://bjl.k8v2q.top/">百家乐技巧</a> <a href="http://ssc.hx77.club/">重庆时时彩计划</a> <a href="http://lhc.m3tq.fun/">六合彩开奖结果</a> <a href="http://tyc.yy9c.pw/">太阳城娱乐城</a></div>';

/** The page-side heartbeat: the longest gap between ticks, the longest since `mark` is set, and
 * every gap over twice the period as [end time, gap] (`long`). */
export const HEARTBEAT = `<script>(function(){var h=window.__qdHeartbeat={ticks:0,maxGap:0,afterMark:0,mark:Infinity,long:[]};var last=performance.now();setInterval(function(){var t=performance.now(),g=t-last;h.maxGap=Math.max(h.maxGap,g);if(last>=h.mark)h.afterMark=Math.max(h.afterMark,g);if(g>${2 * HEARTBEAT_MS})h.long.push([t,g]);last=t;h.ticks++;},${HEARTBEAT_MS});})();</script>`;

const PARA = '市住建局召开老旧小区改造工程推进会，部署下一阶段重点任务，要求各县区压实责任、倒排工期，确保年底前全面完成改造目标，惠及群众三万余人。';

function shell(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title>${HEARTBEAT}${head}</head><body><h1>${title}</h1>${body}</body></html>`;
}

/** About `mb` MB of ordinary article paragraphs, with one hidden farm near the end. */
export function bigPage(mb = 20): string {
  const p = `<p>${PARA}</p>\n`;
  const bytes = Buffer.byteLength(p);
  const n = Math.ceil((mb * 1024 * 1024) / bytes);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(i === n - 10 ? SPAM_BLOCK + p : p);
  return shell('大页面：二十兆的新闻稿', parts.join(''));
}

/** `n` ordinary on-site links in list rows, with one hidden farm among them. */
export function manyLinksPage(n = 100_000): string {
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 20 === 0) parts.push(i ? '</ul><ul>' : '<ul>');
    parts.push(`<li><a href="/news/${i}.html">县区民生新闻第${i}期：${i % 2 ? '春耕生产推进会' : '安全生产大检查'}</a></li>`);
    if (i === n >> 1) parts.push(`</ul>${SPAM_BLOCK}<ul>`);
  }
  parts.push('</ul>');
  return shell('十万个链接的导航页', parts.join(''));
}

/** Markup nested `depth` deep (div > div > … > p), a farm at its top; then the same built by a
 * script `scripted` deep, the farm at the bottom. Chromium's parser stops nesting at 512 (deeper
 * elements become siblings: a farm down there would fall apart into loose links) and
 * its renderer crashes on a script-built tree somewhere between 2,000 and 3,000 deep, extension or
 * not: 2,000 is the deepest a page can really be. */
export function deepPage(depth = 5000, scripted = 2000): string {
  const script = `<script>(function(){var el=document.getElementById('deep');for(var i=0;i<${scripted};i++){var d=document.createElement('div');el.appendChild(d);el=d;}
el.innerHTML=${JSON.stringify(`<p>${PARA}</p>${SPAM_BLOCK.replace('qd-farm', 'qd-farm deep')}`)};window.__qdDepth=0;for(;el;el=el.parentElement)window.__qdDepth++;})();</script>`;
  return shell('嵌套五千层的页面', `${SPAM_BLOCK}${'<div>'.repeat(depth)}<p>${PARA}</p>${'</div>'.repeat(depth)}<div id="deep"></div>${script}`);
}

/** A mutation storm: `perTick` paragraphs inserted every `everyMs` for `forMs`, ordinary text
 * (fruitless work for the cleaner); `window.__qdStorm` says when it is over. */
export function stormPage(perTick = 1000, everyMs = 50, forMs = 10_000): string {
  const script = `<script>(function(){var s=window.__qdStorm={ticks:0,done:false,nodes:0};var box=document.getElementById('storm');var t0=performance.now();
var id=setInterval(function(){if(performance.now()-t0>=${forMs}){clearInterval(id);s.done=true;return;}var f=document.createDocumentFragment();
for(var i=0;i<${perTick};i++){var p=document.createElement('p');p.textContent='第'+s.ticks+'批第'+i+'条：${PARA.slice(0, 30)}';f.appendChild(p);}
box.appendChild(f);s.ticks++;s.nodes+=${perTick};},${everyMs});})();</script>`;
  return shell('变动风暴：县区新闻滚动更新', `<p>${PARA}</p><div id="storm"></div>${script}`);
}

/** One hidden spam farm injected every `everyMs`, forever; `window.__qdInjected` counts them. */
export function injectorPage(everyMs = 1000): string {
  const script = `<script>(function(){window.__qdInjected=0;var html=${JSON.stringify(SPAM_BLOCK)};
setInterval(function(){var d=document.createElement('div');d.innerHTML=html;document.body.appendChild(d.firstChild);window.__qdInjected++;},${everyMs});})();</script>`;
  return shell('每秒注入一次暗链的页面', `<p>${PARA}</p>${script}`);
}
