/**
 * The generated news page scripts/bench-tab.ts converts (and scripts/profile-convert.ts profiles):
 * real Chinese paragraphs of the fixtures and the corpus, shuffled with a seed, to about the
 * characters asked for, with links, bold runs, headings and figures.
 */
import * as OpenCC from 'opencc-js';
import { isStrong, scoreText } from '../core/spam/vocab';
import { corpusPages, loadFixtures } from '../e2e/fixtures';

/** mulberry32, as scripts/bench-pages.ts. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', ldquo: '“', rdquo: '”', middot: '·', mdash: '—', hellip: '…' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : (ENTITIES[e.toLowerCase()] ?? m),
  );

/** Chinese paragraphs of the fixtures and the corpus, in simplified script (traditional ones go
 * through opencc-js t→cn), without spam (any fixture's visibleMustExclude, or strong spam
 * vocabulary) and without kana. */
export function chineseParagraphs(): string[] {
  const fixtures = loadFixtures();
  const spam = [...new Set(fixtures.flatMap((x) => x.expected.visibleMustExclude ?? []))].filter((s) => s.length >= 2);
  const sources = [...fixtures.map((x) => x.html), ...corpusPages().map((c) => c.html)];
  const t2cn = OpenCC.Converter({ from: 't', to: 'cn' });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const html of sources) {
    for (const m of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
      const text = decode(m[1]!.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim();
      const cjk = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
      // Nor spam a fixture does not list (a keyword list the cleaner hides would make the page's
      // innerText differ from one snapshot to the next, as its passes come and go).
      if (cjk < 20 || cjk < text.length * 0.6 || /[\u3040-\u30ff]/.test(text) || spam.some((s) => text.includes(s)) || isStrong(scoreText(text))) continue;
      const simplified = t2cn(text);
      if (seen.has(simplified)) continue;
      seen.add(simplified);
      // News paragraphs are short: cut long ones at a full stop near the middle.
      let rest = simplified;
      while (rest.length > 140) {
        const cut = rest.indexOf('。', Math.floor(rest.length / 2) - 30);
        if (cut < 0 || cut >= rest.length - 10) break;
        out.push(rest.slice(0, cut + 1));
        rest = rest.slice(cut + 1);
      }
      out.push(rest);
    }
  }
  return out;
}

export interface GeneratedPage {
  html: string;
  paragraphs: number;
  chars: number;
  links: number;
  bolds: number;
  images: number;
}

/** A long news article page of ≥ `target` characters of paragraph text. `conv` turns every piece
 * of text (used for the traditional twin); inline elements wrap whole clauses (between
 * punctuation), so node-by-node conversion and whole-text conversion agree. */
export function articlePage(pool: string[], target: number, conv: (s: string) => string = (s) => s): GeneratedPage {
  const r = rng(20240514);
  const order = pool.map((_, i) => i);
  const body: string[] = [];
  let chars = 0;
  let paragraphs = 0;
  let links = 0;
  let bolds = 0;
  let images = 0;
  let k = 0;
  const inline = (text: string): string => {
    const clauses = text.split(/(?<=[，。、；：！？])/);
    if (clauses.length < 3) return esc(text);
    const roll = r();
    const at = 1 + Math.floor(r() * (clauses.length - 2));
    const parts = clauses.map(esc);
    if (roll < 0.25) {
      parts[at] = `<a href="/news/2024-05/${14 + (at % 10)}/content_${5_600_000 + k}.html">${parts[at]}</a>`;
      links++;
    } else if (roll < 0.4) {
      parts[at] = `<b>${parts[at]}</b>`;
      bolds++;
    }
    return parts.join('');
  };
  while (chars < target) {
    if (k % pool.length === 0) {
      // A fresh shuffle of the pool each time round (the pool holds ~50k characters).
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(r() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    const text = conv(pool[order[k % pool.length]!]!);
    if (k % 40 === 39) body.push(`<h2>${esc(conv(pool[order[(k + 7) % pool.length]!]!.slice(0, 16)))}</h2>`);
    if (k % 25 === 12) {
      const alt = conv(pool[order[(k + 3) % pool.length]!]!.slice(0, 20));
      body.push(`<figure><img src="/img/2024-05/${k}.jpg" alt="${esc(alt)}" width="640" height="360"><figcaption>${esc(alt)}</figcaption></figure>`);
      images++;
    }
    body.push(`<p>${inline(text)}</p>`);
    chars += text.length;
    paragraphs++;
    k++;
  }
  const title = conv('濮阳市全面推进文明城市创建工作 群众满意度持续提升');
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)} - ${esc(conv('濮阳网'))}</title>
<style>body{margin:0;font:16px/1.8 "Microsoft YaHei",sans-serif;color:#222}article{width:760px;margin:0 auto}nav a{margin:0 8px}</style>
</head>
<body>
<header><div class="logo">${esc(conv('濮阳网 · 新闻中心'))}</div><nav>${['首页', '本地新闻', '县区', '民生', '教育', '健康', '交通'].map((c, i) => `<a href="/c${i}/" title="${esc(conv(c))}">${esc(conv(c))}</a>`).join('')}</nav></header>
<article>
<h1>${esc(title)}</h1>
<div class="info">${esc(conv('来源：濮阳日报　作者：记者 张丽华　发布时间：2024-05-14 09:30'))}</div>
${body.join('\n')}
</article>
<footer>${esc(conv('濮阳网 版权所有 未经授权禁止复制或建立镜像'))}</footer>
</body>
</html>
`;
  return { html, paragraphs, chars, links, bolds, images };
}

