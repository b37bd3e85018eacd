/**
 * The reading view: shows the stored Extraction (read by main.tsx) as the article or a message,
 * and applies the reading preferences to the document (CSS does the rest, reader.css). Preferences change instantly,
 * are saved, and follow changes made in another reader tab.
 */
import { useEffect, useErrorBoundary, useLayoutEffect, useState } from 'preact/hooks';
import { articleLang, fontScript, type FontScript } from '../../components/article-lang';
import { ArticleView, isWebUrl } from '../../components/ArticleView';
import { useT } from '../../components/i18n';
import { ReaderControls } from '../../components/ReaderControls';
import { ReaderMessage, type ReaderProblem } from '../../components/ReaderMessage';
import type { Article, Extraction } from '../../core/reader/model';
import { WIDTH_EM, type ReaderPrefs } from '../../core/reader/prefs';
import type { ReaderSource } from './source';

type View = { kind: 'article'; article: Article; lang: string } | ReaderProblem;

function toView(ex: Extraction | undefined, fallbackUrl: string | undefined): View {
  if (!ex) return { kind: 'missing', url: fallbackUrl };
  if (!ex.ok) return { kind: 'not-article', reason: ex.reason, message: ex.message, url: ex.url || (fallbackUrl ?? ''), title: ex.title };
  return { kind: 'article', article: ex.article, lang: articleLang(ex.article.lang, ex.article.textContent) };
}

/** The preferences as attributes and custom properties on <html>: the theme covers the whole page. */
function applyPrefs(root: HTMLElement, prefs: ReaderPrefs, script: FontScript): void {
  root.dataset.theme = prefs.theme;
  root.dataset.font = prefs.font;
  root.dataset.script = script;
  root.dataset.indent = prefs.indent ? 'on' : 'off';
  root.style.setProperty('--reader-size', `${prefs.fontSize}px`);
  root.style.setProperty('--reader-leading', String(prefs.lineHeight));
  root.style.setProperty('--reader-measure', String(WIDTH_EM[prefs.width]));
}

/** The tab's own history when it has one (the reading view replaced the page in the same tab);
 * otherwise the page itself. The Navigation API knows; history.length is the fallback. */
function canGoBack(): boolean {
  const nav = (window as { navigation?: { canGoBack?: boolean } }).navigation;
  return nav?.canGoBack ?? history.length > 1;
}

export interface ReaderProps {
  source: ReaderSource;
  /** What was stored for this view (undefined: nothing, or nothing usable). */
  extraction: Extraction | undefined;
  initialPrefs: ReaderPrefs;
  /** The page's URL when the address says it (for the link back when the stored data is gone). */
  fallbackUrl?: string;
}

export function Reader({ source, extraction, initialPrefs, fallbackUrl }: ReaderProps) {
  const t = useT();
  const [view] = useState<View>(() => toView(extraction, fallbackUrl));
  const [prefs, setPrefs] = useState(initialPrefs);
  const [crash] = useErrorBoundary((e: unknown) => console.error('[Qingdu] reading view failed:', e));

  useEffect(() => source.watchPrefs(setPrefs), [source]);

  const script = view.kind === 'article' ? fontScript(view.lang) : 'sc';
  useLayoutEffect(() => applyPrefs(document.documentElement, prefs, script), [prefs, script]);
  useEffect(() => {
    if (view.kind !== 'article') return;
    document.title = view.article.title || t('readerTitle');
    // The article is in the DOM: `npm run bench` reads this mark (click → rendered article).
    requestAnimationFrame(() => performance.mark('qingdu:reader-rendered'));
  }, [view]);

  const change = (next: ReaderPrefs) => {
    setPrefs(next);
    source.savePrefs(next).catch((e: unknown) => console.warn('[Qingdu] reader preferences not saved:', e));
  };

  const url = view.kind === 'article' ? view.article.url : view.url;
  const back = () => {
    if (canGoBack()) history.back();
    else if (isWebUrl(url)) location.assign(url);
  };
  const problem: ReaderProblem | undefined = crash
    ? { kind: 'not-article', reason: 'error', message: t('readerCrash'), url: url ?? '', title: view.kind === 'article' ? view.article.title : '' }
    : view.kind !== 'article'
      ? view
      : undefined;

  return (
    <>
      <nav class="toolbar" aria-label={t('readerView')}>
        {(canGoBack() || isWebUrl(url)) && (
          <button type="button" class="tool back" data-testid="reader-back" onClick={back}>
            <span aria-hidden="true">←</span> {t('readerBack')}
          </button>
        )}
        <span class="brand" aria-hidden="true">
          {t('extShortName')}
        </span>
        <ReaderControls prefs={prefs} script={script} onChange={change} />
      </nav>
      {problem ? <ReaderMessage problem={problem} /> : view.kind === 'article' && <ArticleView article={view.article} lang={view.lang} />}
    </>
  );
}
