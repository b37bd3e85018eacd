/** The list of what the cleaner hid on the page and why. */
import { plural } from '../core/i18n';
import { TECHNIQUE_KEYS } from '../core/spam/labels';
import type { ReportItem } from '../core/spam/report';
import { useT } from './i18n';

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
  const t = useT();
  if (items.length === 0) return <p class="empty">{t('spamNone')}</p>;
  return (
    <ol class="spam-list" aria-label={t('spamListLabel')}>
      {rows(items).map((r) => {
        const hosts = [...new Set(r.links.map((l) => hostOf(l.href)).filter(Boolean))];
        return (
          <li key={r.key} class="spam-item" data-reason={r.reason}>
            <span class="reason">
              {TECHNIQUE_KEYS[r.reason] ? t(TECHNIQUE_KEYS[r.reason]) : r.reason}
              {r.count > 1 && <span class="times"> ×{r.count}</span>}
            </span>
            {r.sample && (
              <span class="sample" title={r.sample}>
                {r.sample}
              </span>
            )}
            {r.links.length > 0 && (
              <span class="meta">
                {plural(t, 'spamLinks', r.links.length)}
                {hosts.length > 0 && ` · ${hosts.slice(0, 3).join(t('listSeparator'))}${hosts.length > 3 ? ` ${plural(t, 'spamMoreDomains', hosts.length)}` : ''}`}
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
