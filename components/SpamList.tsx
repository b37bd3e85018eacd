/** The list of what the cleaner hid on the page and why. */
import { TECHNIQUE_LABELS } from '../core/spam/labels';
import type { ReportItem } from '../core/spam/report';

const hostOf = (href: string): string => /^https?:\/\/([^/?#:]+)/i.exec(href)?.[1] ?? '';

interface Row {
  key: number;
  reason: ReportItem['reason'];
  count: number;
  sample: string;
  links: ReportItem['links'];
}

/** Items without links and with the same reason (a page's dozen junk tags) become one row. */
function rows(items: ReportItem[]): Row[] {
  const out: Row[] = [];
  const grouped = new Map<string, Row>();
  for (const it of items) {
    if (it.links.length === 0 && it.reason === 'junk-tags') {
      const g = grouped.get(it.reason);
      if (g) {
        g.count++;
        continue;
      }
      const row = { key: it.id, reason: it.reason, count: 1, sample: '', links: [] };
      grouped.set(it.reason, row);
      out.push(row);
      continue;
    }
    out.push({ key: it.id, reason: it.reason, count: 1, sample: it.sample, links: it.links });
  }
  return out;
}

export function SpamList({ items }: { items: ReportItem[] }) {
  if (items.length === 0) return <p class="empty">这个页面没有发现注入的垃圾内容。</p>;
  return (
    <ol class="spam-list" aria-label="已隐藏的内容">
      {rows(items).map((r) => {
        const hosts = [...new Set(r.links.map((l) => hostOf(l.href)).filter(Boolean))];
        return (
          <li key={r.key} class="spam-item" data-reason={r.reason}>
            <span class="reason">
              {TECHNIQUE_LABELS[r.reason] ?? r.reason}
              {r.count > 1 && <span class="times"> ×{r.count}</span>}
            </span>
            {r.sample && (
              <span class="sample" title={r.sample}>
                {r.sample}
              </span>
            )}
            {r.links.length > 0 && (
              <span class="meta">
                {r.links.length} 个链接
                {hosts.length > 0 && ` · ${hosts.slice(0, 3).join('、')}${hosts.length > 3 ? ` 等 ${hosts.length} 个域名` : ''}`}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
