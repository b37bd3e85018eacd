/** The list of what the cleaner hid on the page and why. */
import { TECHNIQUE_LABELS } from '../core/spam/labels';
import type { ReportItem } from '../core/spam/report';

const hostOf = (href: string): string => /^https?:\/\/([^/?#:]+)/i.exec(href)?.[1] ?? '';

export function SpamList({ items }: { items: ReportItem[] }) {
  if (items.length === 0) return <p class="empty">这个页面没有发现注入的垃圾内容。</p>;
  return (
    <ol class="spam-list" aria-label="已隐藏的内容">
      {items.map((it) => {
        const hosts = [...new Set(it.links.map((l) => hostOf(l.href)).filter(Boolean))];
        return (
          <li key={it.id} class="spam-item" data-reason={it.reason}>
            <span class="reason">{TECHNIQUE_LABELS[it.reason] ?? it.reason}</span>
            {it.sample && <span class="sample" title={it.sample}>{it.sample}</span>}
            <span class="meta">
              {it.links.length > 0 && <>{it.links.length} 个链接{hosts.length > 0 && ` · ${hosts.slice(0, 3).join('、')}${hosts.length > 3 ? ` 等 ${hosts.length} 个域名` : ''}`}</>}
              {it.links.length === 0 && <code>{it.where}</code>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
