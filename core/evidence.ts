/**
 * The evidence report of a hacked page (issue 5): what the cleaner found, as JSON for tools and as
 * a self-contained HTML page a reader can send to the site's webmaster or to 12377.cn. Pure:
 * built in the popup from the PageReport, saved only when the reader clicks (nothing is sent).
 *
 * The HTML carries no script and loads nothing (a CSP meta denies everything but inline style);
 * every page-derived string is escaped. Injected links are shown as text, never as <a>, with the
 * scheme written "hxxp" so a mail or chat client does not turn them into live links; the domains
 * are left intact so the webmaster can search templates and the database for them. The JSON keeps
 * the exact URLs (and is embedded at the end of the HTML page, so one file carries both).
 */
import { TECHNIQUE_LABELS } from './spam/labels';
import type { PageReport, Placement, ReportItem } from './spam/report';
import type { TechniqueId } from './spam/types';

export interface EvidencePage {
  url: string;
  title: string;
  time: Date;
  /** The extension's version (manifest). */
  version: string;
}

/** Bumped when the JSON shape changes incompatibly. */
export const EVIDENCE_FORMAT = 'qingdu-evidence/1';
const REPORT_SITE = 'https://www.12377.cn/';

export const PLACEMENT_LABELS: Record<Placement, string> = {
  head: '<head> 中（标题、描述等）',
  'body-start': '<body> 开头，正文之前',
  'body-end': '<body> 末尾（源代码中常写在 </html> 之后）',
  footer: '页脚中',
};

const hostOf = (href: string): string => /^[a-z][a-z0-9+.-]*:\/\/([^/?#:@]+)/i.exec(href)?.[1]?.toLowerCase() ?? '';
const label = (t: TechniqueId): string => TECHNIQUE_LABELS[t] ?? t;

/** "http://x.com/" → "hxxp://x.com/": readable and searchable, not clickable when pasted. */
export function defang(href: string): string {
  return href.replace(/^(\s*)http(s?):/i, (_m, sp: string, s: string) => `${sp}hxxp${s.toLowerCase()}:`);
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
/** Local time with its offset: "2026-03-27 14:05:09 (UTC+08:00)". */
export function localTime(d: Date): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())} (UTC${sign}${pad(Math.floor(Math.abs(off) / 60))}:${pad(Math.abs(off) % 60)})`;
}

/** qingdu-report-<host>-<YYYYMMDD-HHmm>.<ext>, in local time; the host made file-name safe. */
export function evidenceFileName(url: string, time: Date, ext: 'json' | 'html'): string {
  const host = (hostOf(url) || 'page').replace(/[^a-z0-9.-]/g, '_');
  const stamp = `${time.getFullYear()}${pad(time.getMonth() + 1)}${pad(time.getDate())}-${pad(time.getHours())}${pad(time.getMinutes())}`;
  return `qingdu-report-${host}-${stamp}.${ext}`;
}

function summary(items: ReportItem[]): { technique: TechniqueId; label: string; count: number }[] {
  const counts = new Map<TechniqueId, number>();
  for (const it of items) counts.set(it.reason, (counts.get(it.reason) ?? 0) + 1);
  return [...counts].map(([technique, count]) => ({ technique, label: label(technique), count })).sort((a, b) => b.count - a.count);
}

const itemDomains = (it: ReportItem): string[] => [...new Set(it.links.map((l) => hostOf(l.href)).filter(Boolean))];

function evidence(report: PageReport, page: EvidencePage) {
  const domains = [...new Set(report.items.flatMap(itemDomains))].sort();
  return {
    format: EVIDENCE_FORMAT,
    generator: { name: '清读 Qingdu', version: page.version },
    time: page.time.toISOString(),
    page: { url: page.url || report.url, title: page.title, host: hostOf(page.url || report.url) },
    count: report.items.length,
    summary: summary(report.items),
    domains,
    items: report.items.map((it) => ({
      id: it.id,
      technique: it.reason,
      label: label(it.reason),
      detail: it.detail,
      where: it.where ?? null,
      placement: it.placement ?? null,
      sample: it.sample,
      domains: itemDomains(it),
      linkCount: it.linkCount ?? it.links.length,
      links: it.links.map((l) => ({ href: l.href, text: l.text, domain: hostOf(l.href) })),
    })),
  };
}

export function evidenceJson(report: PageReport, page: EvidencePage): string {
  return JSON.stringify(evidence(report, page), null, 2) + '\n';
}

const STYLE = `
body { margin: 0 auto; max-width: 1100px; padding: 24px 20px 48px; color: #1d1d1f; background: #fff; font: 15px/1.6 system-ui, -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; }
h1 { font-size: 22px; margin: 0 0 12px; }
h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #e3e3e6; padding-bottom: 4px; }
dl.page { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0; }
dl.page dt { color: #5f6368; }
dl.page dd { margin: 0; word-break: break-all; }
.explain { background: #fdf3f2; border-left: 4px solid #b3261e; padding: 4px 16px 10px; margin-top: 16px; }
.explain h2 { margin-top: 8px; }
table.summary { width: auto; min-width: 40%; }
.explain p, .explain ul { margin: 6px 0; }
.note { color: #5f6368; font-size: 13px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #d5d5da; padding: 6px 8px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
table.items { table-layout: fixed; }
th { background: #f3f3f5; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
code.t { font: inherit; }
code, .url { font: 12px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; word-break: break-all; }
ol.links { margin: 0; padding-left: 1.4em; }
ul.domains { columns: 3 16em; margin: 0; padding-left: 1.2em; }
pre { white-space: pre-wrap; word-break: break-all; background: #f6f6f8; padding: 10px; font-size: 12px; }
@media print { details > pre { display: none; } }
`;

/** Page text in <code>: escaped, and skipped by Qingdu's own keyword-list scan (core/spam/scan.ts
 * SKIP_TEXT), so the extension, if it runs on the saved report, does not hide the evidence. */
const text = (s: string): string => `<code class="t">${escapeHtml(s)}</code>`;

function itemRow(it: ReturnType<typeof evidence>['items'][number]): string {
  const where = [it.placement ? escapeHtml(PLACEMENT_LABELS[it.placement]) : '', it.where ? `<code>${escapeHtml(it.where)}</code>` : ''].filter(Boolean).join('<br>') || '—';
  const links = it.links.length
    ? `<ol class="links">${it.links.map((l) => `<li>${l.text ? `${text(l.text)}：` : ''}<code>${escapeHtml(defang(l.href))}</code></li>`).join('')}</ol>` +
      (it.linkCount > it.links.length ? `<p class="note">共 ${it.linkCount} 个，这里列出前 ${it.links.length} 个。</p>` : '')
    : '—';
  return `<tr><td class="n">${it.id}</td><td>${escapeHtml(it.label)}<br><span class="note">${escapeHtml(it.detail)}</span></td><td>${where}</td><td>${it.domains.map(escapeHtml).join('<br>') || '—'}</td><td>${links}</td><td>${it.sample ? text(it.sample) : '—'}</td></tr>`;
}

export function evidenceHtml(report: PageReport, page: EvidencePage): string {
  const e = evidence(report, page);
  const host = e.page.host || e.page.url;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>网页被注入垃圾内容的证据报告 · ${escapeHtml(host)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>网页被注入垃圾内容的证据报告</h1>
<dl class="page">
<dt>网页地址</dt><dd class="url">${escapeHtml(e.page.url)}</dd>
<dt>网页标题</dt><dd>${e.page.title ? text(e.page.title) : '（无）'}</dd>
<dt>检查时间</dt><dd>${escapeHtml(localTime(page.time))}</dd>
<dt>发现</dt><dd><strong>${e.count}</strong> 处注入的内容${e.domains.length ? `，涉及 <strong>${e.domains.length}</strong> 个外部域名` : ''}</dd>
<dt>生成工具</dt><dd>浏览器扩展“清读 Qingdu” ${escapeHtml(e.generator.version)}</dd>
</dl>

<section class="explain">
<h2>这是什么</h2>
<p>这个网页里藏着普通访客看不见、或本不该出现的内容：指向赌博、色情等网站的链接和关键词。这通常叫“暗链”或“SEO 垃圾注入”：攻击者入侵网站后把它们写进页面，借这个网站在搜索引擎里的信誉，抬高那些非法网站的排名。访客看不到，搜索引擎却会收录。</p>
<p><strong>出现暗链通常说明网站已被入侵。</strong>建议网站管理员检查：</p>
<ul>
<li>网页模板和静态文件（首页、文章页、页头页脚模板，公共 JS 文件），搜索下面列出的域名和关键词；</li>
<li>数据库中的文章、栏目、友情链接和站点设置（标题、描述、关键词）；</li>
<li>服务器：最近被改动的文件、陌生的上传文件或网页后门（WebShell）、后台账号与密码、网站程序和插件是否有未打的补丁。</li>
</ul>
<p>只删除暗链而不修补漏洞、不更换密码，暗链往往很快会再出现。网站无人处理时，可以向中央网信办（国家互联网信息办公室）违法和不良信息举报中心举报：<a href="${REPORT_SITE}">www.12377.cn</a>。</p>
<p class="note">本报告由读者浏览器中的扩展在本机生成，没有上传任何数据。检测是自动的，可能有误，请以网页源代码为准。为防止误点，链接开头的 http 写作 hxxp；域名未作改动，可直接搜索。“位置”一栏是元素在网页中的 CSS 路径。原始数据（JSON）附在文末。</p>
</section>

<h2>概况</h2>
<table class="summary">
<thead><tr><th>手法</th><th>数量</th></tr></thead>
<tbody>
${e.summary.map((s) => `<tr><td>${escapeHtml(s.label)} <span class="note">${escapeHtml(s.technique)}</span></td><td class="n">${s.count}</td></tr>`).join('\n')}
</tbody>
</table>
${e.domains.length ? `<h2>涉及的域名（${e.domains.length} 个）</h2>\n<ul class="domains">${e.domains.map((d) => `<li><code>${escapeHtml(d)}</code></li>`).join('')}</ul>` : ''}

<h2>明细</h2>
<table class="items">
<colgroup><col style="width: 2.5em"><col style="width: 17%"><col style="width: 22%"><col style="width: 14%"><col style="width: 27%"><col></colgroup>
<thead><tr><th>#</th><th>手法与依据</th><th>位置</th><th>域名</th><th>链接</th><th>内容摘要</th></tr></thead>
<tbody>
${e.items.map(itemRow).join('\n')}
</tbody>
</table>

<h2>原始数据</h2>
<details><summary>JSON（与单独导出的 JSON 文件相同）</summary>
<pre>${escapeHtml(JSON.stringify(e, null, 2))}</pre>
</details>
</body>
</html>
`;
}
