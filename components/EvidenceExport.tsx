/** The popup's "导出证据报告": saves what was found on the page as JSON or as an HTML page
 * (core/evidence.ts). The file is made in the popup and saved through an <a download>: nothing
 * leaves the browser, and no `downloads` permission is needed. */
import { useEffect, useState } from 'preact/hooks';
import { evidenceFileName, evidenceHtml, evidenceJson } from '../core/evidence';
import { withPlaces, type PageReport, type Place } from '../core/spam/report';
import { useT } from './i18n';

/** A Blob URL must outlive the click that starts its download; the popup closing frees it anyway. */
const REVOKE_AFTER_MS = 30_000;

export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

interface Props {
  report: PageReport;
  /** The extension's version, for the report's footer of provenance. */
  version: string;
  /** The tab's title (looked up once, on mount). */
  pageTitle?: () => Promise<string | undefined>;
  save?: typeof saveFile;
  now?: () => Date;
  /** Where each item is in the page, asked of the tab at each download (the cleaner does not
   * work it out itself); without it, or when the tab cannot say, the report names no places. */
  places?: () => Promise<readonly Place[] | null>;
}

export function EvidenceExport({ report, version, pageTitle, save = saveFile, now = () => new Date(), places }: Props) {
  const t = useT();
  const [title, setTitle] = useState('');
  useEffect(() => {
    void pageTitle?.()
      .then((t) => setTitle(t ?? ''))
      .catch(() => undefined); // no title is still a report
  }, []); // once: the popup shows one page

  if (report.items.length === 0) return null;
  const download = async (kind: 'json' | 'html') => {
    // (Asked at the click, the places are those of the items shown; the save stays within the
    // click's user activation, which lasts seconds.)
    const located = { ...report, items: withPlaces(report.items, await places?.().catch(() => null)) };
    const time = now();
    const page = { url: report.url, title, time, version };
    if (kind === 'json') save(evidenceFileName(report.url, time, 'json'), evidenceJson(located, page), 'application/json');
    else save(evidenceFileName(report.url, time, 'html'), evidenceHtml(located, page), 'text/html;charset=utf-8');
  };
  return (
    <section class="controls evidence" aria-label={t('evidenceSection')} style={{ marginTop: '10px' }}>
      <div class="variant" style={{ marginTop: '4px' }}>
        <span id="evidence-label">{t('evidenceExport')}</span>
        <div class="segmented" role="group" aria-labelledby="evidence-label">
          <button type="button" class="seg" style={{ padding: '4px 12px' }} data-testid="report-json" title={t('evidenceJsonTitle')} onClick={() => void download('json')}>
            JSON
          </button>
          <button type="button" class="seg" style={{ padding: '4px 12px' }} data-testid="report-html" title={t('evidenceHtmlTitle')} onClick={() => void download('html')}>
            {t('evidenceHtml')}
          </button>
        </div>
      </div>
      <p style={{ margin: '4px 0 6px', fontSize: '11px', color: 'var(--muted)' }}>{t('evidenceHint')}</p>
    </section>
  );
}
